# print(file=sys.stderr) must work; only stdout is compared.
import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
print("err", 42, [1, 2], file=sys.stderr, sep=",", end="!\n")
for i in range(3):
    print("out", i)
    print("err", i, file=sys.stderr)
print("done")
