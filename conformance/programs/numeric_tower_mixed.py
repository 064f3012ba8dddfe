# Mixed int/float/bool arithmetic in functions called with varying types (dynamic paths).
def combine(a, b):
    return a + b, a * b, a - b, a / b if b else None, a // b if b else None, a % b if b else None

for a, b in [(7, 2), (7.5, 2), (True, 3), (-7, 2.0), (2 ** 70, 3), (1, True), (0.1, 0.2)]:
    print(a, b, combine(a, b))
def mean(values):
    return sum(values) / len(values) if values else float("nan")
print(mean([1, 2, 3, 4]), mean([1.5, 2.5]), mean([True, False]), mean([]))
print(round(2.5), round(3.5), round(-0.5), round(1.23456, 3), round(1234, -2), int(-3.9), int(3.9))
print(3 ** -2, 2 ** 0.5, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3), 10 ** 20 / 3, 7 // -2, -7 % 3)
print(float("inf") > 10 ** 300, float("-inf") < -(10 ** 300), 1e308 * 10, -1e308 * 10)
print(max(1, 2.5, True), min([3, 1.5]), sum([0.1] * 10), sum([1, 2], 0.5), abs(-0.0))
print(isinstance(True, int), True + True, bool(0.0), bool(-1), 1 == 1.0, hash(1) == hash(1.0))
