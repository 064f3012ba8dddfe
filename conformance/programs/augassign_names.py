# Augmented assignment on plain names of different types.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x /= 4
print(x)
f = 1.5
f += 1
f *= 2
f -= 0.25
f //= 1
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
print(t)
big = 2 ** 62
big *= 4
big += 1
print(big)
big //= 3
print(big)
big -= big
print(big)
count = 0
for i in range(10):
    count += i
print(count)
