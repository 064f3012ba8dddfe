# Recursive Fibonacci: measures function-call overhead, int add/compare and
# recursion. fib(35) = 9227465 makes ~30 million calls.
# Usage: fib.py [n]   (default 35; taken from argv so nothing can be folded)
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 35
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print(fib(n))


main()
