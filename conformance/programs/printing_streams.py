# print to stdout and stderr, sep/end/flush, sys.stdout.write, exit codes.
import sys
print("a", "b", sep="-", end="|\n")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(1, 2, 3, sep="")
print()
print("x", end="")
print("y")
print(*["p", "q"], sep=", ", flush=True)
n = sys.stdout.write("abc\n")
print(n)
sys.exit("fatal: stopping")
