# Matrix arithmetic with lists of lists: multiply, transpose, power, determinant.
def zeros(rows, cols):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            row.append(0)
        m.append(row)
    return m


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def shape(m):
    return (len(m), len(m[0]))


def matmul(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError(f"shape mismatch: {ra}x{ca} times {rb}x{cb}")
    out = zeros(ra, cb)
    for i in range(ra):
        for j in range(cb):
            acc = 0
            for k in range(ca):
                acc += a[i][k] * b[k][j]
            out[i][j] = acc
    return out


def transpose(m):
    r, c = shape(m)
    out = zeros(c, r)
    for i in range(r):
        for j in range(c):
            out[j][i] = m[i][j]
    return out


def matpow(m, e):
    result = identity(len(m))
    base = m
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e //= 2
    return result


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = []
        for i in range(1, n):
            row = []
            for j in range(n):
                if j != col:
                    row.append(m[i][j])
            minor.append(row)
        sign = 1
        if col % 2 == 1:
            sign = -1
        total += sign * m[0][col] * det(minor)
    return total


def show(name, m):
    print(name + ":")
    width = 1
    for row in m:
        for v in row:
            if len(str(v)) > width:
                width = len(str(v))
    for row in m:
        cells = []
        for v in row:
            cells.append(f"{v:>{width}}")
        print("  [" + " ".join(cells) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", matmul(a, b))
show("B x A", matmul(b, a))
show("A^T", transpose(a))
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 90, 100]:
    print("fib", n, "=", matpow(fib, n)[0][1])
show("fib^20", matpow(fib, 20))
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(m3) =", det(m3))
m4 = [[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]
print("det(m4) =", det(m4))
print("det(I5) =", det(identity(5)))
f = [[0.5, 1.5], [2.0, -1.0]]
show("F x F", matmul(f, f))
h = zeros(4, 4)
for i in range(4):
    for j in range(4):
        h[i][j] = 1 / (i + j + 1)
hh = matmul(h, h)
for row in hh:
    cells = []
    for v in row:
        cells.append(f"{v:8.4f}")
    print(" ".join(cells))
big = [[2 ** 40, 1], [1, 2 ** 40]]
show("big^3", matpow(big, 3))
trace = 0
p = matpow(m3, 5)
for i in range(3):
    trace += p[i][i]
print("trace(m3^5) =", trace)
print("det(m3^5) == det(m3)^5:", det(p) == det(m3) ** 5)
