# sys.exit() without an argument exits with status 0.
import sys


def finish(code):
    print("finishing with", code)
    if code == 0:
        sys.exit()
    sys.exit(code)


print("begin")
finish(0)
print("not reached")
