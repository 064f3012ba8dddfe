# finally runs while an exception propagates through several frames.
def level3():
    try:
        print("level3 start")
        raise KeyError("deep")
    finally:
        print("level3 finally")


def level2():
    try:
        level3()
        print("not reached")
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
    finally:
        print("level1 finally")
    return "done"


print(level1())
try:
    try:
        raise ValueError("v")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)
count = 0
for i in range(3):
    try:
        if i == 1:
            continue
        count += 10
    finally:
        count += 1
        print("finally in loop", i)
print(count)
while True:
    try:
        break
    finally:
        print("finally on break")
