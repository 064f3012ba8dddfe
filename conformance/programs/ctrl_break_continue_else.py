# break / continue and the else clause on for and while loops.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    print("loop", i)
else:
    print("for-else ran (no break)")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("after break, i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("while broke at", n)


def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")


find([5, 6, 7], 6)
find([5, 6, 7], 9)
for i in []:
    print("never")
else:
    print("empty for-else")
count = 0
for i in range(20):
    if i % 3 == 0:
        continue
    count += 1
print(count)
