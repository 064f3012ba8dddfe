# Chained comparisons evaluate each operand once, left to right.
calls = 0


def val(x):
    global calls
    calls += 1
    print("eval", x)
    return x


print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1)
print(1 == 1 != 2)
print(1 <= 1 < 2 <= 2)
print(5 > 3 < 4)
print(1 < 2 > 0 < 10)
print(val(1) < val(2) < val(3))
print(calls)
print(val(3) < val(2) < val(10))
print(calls)
x = 5
print(0 < x < 10, 0 < x < 5, 5 <= x <= 5)
print("a" < "b" < "c", "b" < "a" < "c")
print(1 < 2.5 < 3, 2.5 == 2.5 > 2)
print(-1 < 0 == 0.0 > -0.5)
lo = 10
hi = 20
for v in [5, 10, 15, 20, 25]:
    if lo <= v < hi:
        print(v, "in range")
    else:
        print(v, "out of range")
