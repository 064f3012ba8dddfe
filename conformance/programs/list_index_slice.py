# Indexing and slicing lists (negative indices, steps, out of range).
a = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
print(a[0], a[3], a[-1], a[-3])
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[::-3])
print(a[8:2:-2], a[-2:-8:-1])
print(a[5:100], a[-100:2], a[100:], a[4:4], a[6:3])
print(a[:])
b = a[2:6]
b[0] = 999
print(a[2], b)
c = a[::-1]
print(c[0], a[0])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1], grid[1][2], grid[-1][-1], grid[0][::-1])
print(grid[1:], grid[::2])
for i in range(-len(a), 0, 3):
    print(i, a[i])
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(a[-11])
except IndexError as e:
    print("IndexError:", e)
a[0] = "zero"
a[-1] = "ninety"
print(a)
