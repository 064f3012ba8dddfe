# Indexing and slicing strings, with negative indices and steps.
s = "Hello, World!"
print(s[0], s[4], s[-1], s[-2], s[len(s) - 1])
print(s[0:5])
print(s[7:])
print(s[:5])
print(s[-6:])
print(s[-6:-1])
print(s[::2])
print(s[1::2])
print(s[::-1])
print(s[::-2])
print(s[10:2:-1])
print(s[10:2:-3])
print(repr(s[5:5]), repr(s[5:2]), repr(s[100:]), repr(s[-100:3]))
print(s[3:100])
print(s[:])
print(s[-100:100:4])
alpha = "abcdefghijklmnopqrstuvwxyz"
print(alpha[::5], alpha[3:20:4], alpha[-1:-10:-2])
print(alpha[len(alpha) // 2:])
for i in range(0, 26, 6):
    print(i, alpha[i:i + 6])
u = "\u00e9t\u00e9 \u4e2d\u6587"
print(u[0], u[-1], u[1:4], u[::-1])
