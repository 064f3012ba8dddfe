# Module-level functions named like builtins: until the `def` runs, the name is the builtin.
def total(xs):
    return sum(xs)              # the builtin sum before `def sum` runs, the def after


print(len([1, 2, 3]), total([1, 2, 3]))


def len(v):
    return -1


def sum(xs):
    acc = 0
    for x in xs:
        acc += x * 10
    return acc


print(len([1, 2, 3]), total([1, 2, 3]), sum([4, 5]))


def max(a, b):
    return a if a > b else b


print(max(3, 9), max("a", "b"))


def report():
    return [abs(-3), min(4, 2), round(2.5)]


print(report())


def abs(x):
    return "abs called"


print(report(), abs(-1))
for i in range(3):
    print(max(i, 1), len(i), sum(range(i)))
