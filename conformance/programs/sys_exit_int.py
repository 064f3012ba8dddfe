# sys.exit(n) ends the program with exit status n; finally blocks still run.
import sys


def main():
    total = 0
    for i in range(10):
        total += i
        print("step", i, total)
        if total > 20:
            print("limit exceeded")
            sys.exit(3)
    print("never printed")


try:
    main()
finally:
    print("cleanup in finally")
print("never printed either")
