# Hot code that inference reaches only through function objects, with annotated parameters:
# a key function (`max(..., key=collatz_steps)`), callbacks looked up in a dict, and a method
# of a class that is not a known class (it is decorated), each doing int or float arithmetic
# in a loop. Their instances take objects; the annotations are hints: a guarded dispatch on
# entry runs an instance typed by them when the arguments have exactly those types.
#
# The float results are printed with fixed precision; the C version performs the same
# IEEE-754 double operations in the same order, so the printed digits must match exactly.
# Usage: annotated_callbacks.py [n]   (default 300000)
import sys


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def newton_sqrt(x: float, iters: int) -> float:
    g = x
    for _ in range(iters):
        g = 0.5 * (g + x / g)
    return g


def logistic(r: float, iters: int) -> float:
    x = 0.5
    for _ in range(iters):
        x = r * x * (1.0 - x)
    return x


OPS = {"sqrt": newton_sqrt, "logistic": logistic}


def registered(cls):
    return cls


@registered
class Integrator:
    def __init__(self, name):
        self.name = name

    def midpoint(self, a: float, b: float, n: int) -> float:
        h = (b - a) / n
        acc = 0.0
        for i in range(n):
            x = a + (i + 0.5) * h
            acc += x * x / (1.0 + x * x)
        return acc * h


def main():
    n = 300000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    best = max(range(1, n), key=collatz_steps)
    print(f"collatz below {n}: {best} takes {collatz_steps(best)} steps")
    total = 0.0
    for i in range(1, n):
        total += OPS["sqrt"](float(i), 20)
        total += OPS["logistic"](3.5 + (i % 10) * 0.04, 50)
    print(f"callbacks: {total:.6f}")
    integ = Integrator("x^2/(1+x^2)")
    s = 0.0
    for k in range(1, n // 1000):
        s += integ.midpoint(0.0, k / 10.0, 2000)
    print(f"{integ.name}: {s:.6f}")


main()
