# Binary search, insertion sort, merge sort and selection by hand, checked against sorted().
def insertion_sort(values):
    out = values.copy()
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


def merge(a, b):
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(values):
    if len(values) <= 1:
        return values.copy()
    mid = len(values) // 2
    return merge(merge_sort(values[:mid]), merge_sort(values[mid:]))


def binary_search(values, target):
    lo = 0
    hi = len(values) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid, steps
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(values, target):
    lo = 0
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def lcg(seed):
    return (seed * 1103515245 + 12345) % 2147483648


seed = 42
data = []
for i in range(60):
    seed = lcg(seed)
    data.append(seed % 1000 - 500)
print("data[:12]:", data[:12])
a = insertion_sort(data)
b = merge_sort(data)
c = sorted(data)
print("sorted[:12]:", a[:12])
print("sorted[-5:]:", a[-5:])
print("insertion == sorted:", a == c, "merge == sorted:", b == c, "input untouched:", data != c)
for target in [a[0], a[-1], a[30], 0, 1000, -501, a[17]]:
    idx, steps = binary_search(a, target)
    lb = lower_bound(a, target)
    if idx >= 0:
        print(f"search {target:>5}: found at {idx:>2} in {steps} steps, lower_bound {lb}")
    else:
        print(f"search {target:>5}: missing after {steps} steps, insert at {lb}")
words = "delta alpha echo bravo charlie foxtrot golf alpha hotel".split()
sw = insertion_sort(words)
print(sw)
print(merge_sort(words) == sw)
for w in ["alpha", "charlie", "india", "aardvark"]:
    print(w, binary_search(sw, w), lower_bound(sw, w))
floats = [3.5, -1.25, 2.0, 0.1, 1e10, -1e-3, 2.0]
print(insertion_sort(floats))
print(merge_sort(floats))
print(merge_sort([]), insertion_sort([7]))
big = []
seed = 7
for i in range(500):
    seed = lcg(seed)
    big.append(seed)
sb = merge_sort(big)
print("500 items sorted:", sb == sorted(big), sb[0], sb[-1])
hits = 0
total_steps = 0
for i in range(0, 500, 7):
    idx, steps = binary_search(sb, big[i])
    if idx >= 0 and sb[idx] == big[i]:
        hits += 1
    total_steps += steps
print("hits:", hits, "average steps:", round(total_steps / hits, 3))
inversions = 0
small = data[:25]
for i in range(len(small)):
    for j in range(i + 1, len(small)):
        if small[i] > small[j]:
            inversions += 1
print("inversions in first 25:", inversions)
median = a[len(a) // 2 - 1] / 2 + a[len(a) // 2] / 2
print("median:", median)
k = 0
uniq = []
for v in a:
    if len(uniq) == 0 or uniq[-1] != v:
        uniq.append(v)
print("distinct values:", len(uniq), "duplicates:", len(a) - len(uniq))
