# math.hypot and math.dist: CPython 3.11's scaled, compensated Euclidean norm (not the C library's
# hypot, which differs in the last bit for about one input in two hundred).
import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0
bad = 0
total = 0.0
for i in range(20000):
    k = 2 + i % 4
    v = [(rnd() * 2 - 1) * 10.0 ** int(rnd() * 40 - 20) for _ in range(k)]
    h = math.hypot(*v)
    total += h
    if i % 2000 == 0:
        print(repr(h))
print(repr(total))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2.5), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
print(math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308), math.hypot(1e-310, 3e-310))
print(math.dist((1, 2, 3), (4, 6, 3)), math.dist([0.1, 0.2], [0.3, 0.7]), math.dist((), ()))
for p, q in [((1, 2), (1, 2, 3)), ((1, "a"), (1, 2))]:
    try:
        math.dist(p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
