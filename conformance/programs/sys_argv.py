# args: alpha beta 42 -7 key=value
# sys.argv: argv[0] is implementation specific, so only the rest is shown.
import sys

args = sys.argv[1:]
print(len(sys.argv))
print(args)
total = 0
for a in args:
    if a.isdigit():
        total += int(a)
    elif a.startswith("-") and a[1:].isdigit():
        total += int(a)
    else:
        print("word:", a, len(a))
print("total:", total)
for i, a in enumerate(sys.argv):
    if i > 0:
        print(i, repr(a))
