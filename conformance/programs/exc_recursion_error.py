# Runaway recursion raises RecursionError (caught here, then uncaught at the end: exit 1).
def f(n):
    return f(n + 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def guarded(n):
    try:
        return guarded(n + 1)
    finally:
        pass


try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("deep:", e)
try:
    guarded(0)
except RecursionError as e:
    print("finally:", e)
# The depth is restored after every unwinding: the same recursion works again.
print(depth(950))
f(0)
