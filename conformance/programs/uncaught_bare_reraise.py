# A bare raise in an except block re-raises the original uncaught exception.
def f(x):
    return x // 0


try:
    print("computing")
    f(10)
except ZeroDivisionError:
    print("logging and re-raising")
    raise
