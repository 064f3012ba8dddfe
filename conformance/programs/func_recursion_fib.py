# Recursive Fibonacci and friends.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(21):
    print(i, fib(i))


def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


print(fib(25), fib_iter(25))
print(fib_iter(100))
print(fib_iter(200))


def count_calls(n, counter):
    counter[0] += 1
    if n < 2:
        return n
    return count_calls(n - 1, counter) + count_calls(n - 2, counter)


c = [0]
print(count_calls(15, c), c[0])


def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)


print(sum_digits(987654321), sum_digits(2 ** 100))
