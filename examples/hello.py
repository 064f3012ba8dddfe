"""metal0's first example: `metal0 examples/hello.py`, or `metal0 build examples/hello.py`."""


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


print("Hello from metal0!")
print("30! =", factorial(30))
print("2 ** 100 =", 2**100)
