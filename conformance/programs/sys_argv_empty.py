# With no arguments sys.argv holds only the program name.
import sys

print(len(sys.argv))
print(sys.argv[1:])
print(len(sys.argv[1:]), sys.argv[1:] == [])
if len(sys.argv) > 1:
    print("unexpected arguments")
else:
    print("no arguments")
count = 0
for a in sys.argv[1:]:
    count += 1
print("counted", count)
