# In-place list algorithms: rotation, dedup preserving order, partition, binary search, matrix ops.
def rotate(xs, k):
    k %= len(xs)
    xs[:] = xs[-k:] + xs[:-k]
    return xs

def dedup(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

def partition(xs, pred):
    yes, no = [], []
    for x in xs:
        (yes if pred(x) else no).append(x)
    return yes, no

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

print(rotate([1, 2, 3, 4, 5], 2), rotate(list("abc"), -1))
print(dedup([3, 1, 3, 2, 1, 4]), partition(range(10), lambda v: v % 3 == 0))
xs = [1, 3, 3, 5, 8, 13]
print([bisect_left(xs, v) for v in (0, 3, 4, 13, 20)])
m = [[1, 2], [3, 4], [5, 6]]
print(transpose(m), matmul(m, transpose(m)))
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * c
print(grid, [row[::-1] for row in grid][::-1])
stack, queue = [], []
for i in range(5):
    stack.append(i)
    queue.insert(0, i)
print(stack.pop(), queue.pop(), stack, queue)
words = ["pear", "Apple", "fig", "apple", "Fig"]
words.sort(key=str.lower)
print(words, sorted(words, key=len, reverse=True))
