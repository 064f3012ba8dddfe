# sys.exit("msg") prints msg to stderr and exits with status 1.
import sys


def validate(values):
    for v in values:
        if v < 0:
            sys.exit("error: negative value " + str(v))
        print("ok", v)


validate([3, 1, 4])
validate([1, 5, -9, 2])
print("unreachable")
