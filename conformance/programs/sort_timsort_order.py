# list.sort / sorted follow CPython's timsort step for step: the __lt__ calls a user class
# sees, their order, and the partially sorted list left behind when one raises.


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        if self.v == 0 or other.v == 0:
            raise RuntimeError("cannot compare zero")
        return self.v < other.v

    def __repr__(self):
        return "Loud(" + str(self.v) + ")"


print(sorted([Loud(3), Loud(1), Loud(2)]))
print(sorted([Loud(5), Loud(1), Loud(4), Loud(2), Loud(3)], reverse=True))
items = [Loud(3), Loud(1), Loud(5), Loud(4), Loud(0), Loud(2)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print("left as:", items)
items = [Loud(3), Loud(1), Loud(5), Loud(4), Loud(0), Loud(2)]
try:
    items.sort(reverse=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print("left as (reverse):", items)
print(sorted([Loud(2), Loud(1)], key=lambda x: Loud(-x.v)))
data = [5, 3, "x", 1, 4]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print(data)

class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        global h, calls, fail_at
        calls += 1
        h = (h * 1000003 + self.i * 7919 + other.i) % 2305843009213693951
        if calls == fail_at:
            raise RuntimeError("stop")
        return self.v < other.v


seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def make(n, kind):
    if kind == 0:
        return [rnd() % 1000 for _ in range(n)]
    if kind == 1:
        return [rnd() % 5 for _ in range(n)]
    if kind == 2:
        # runs: ascending / descending blocks
        out = []
        while len(out) < n:
            m = rnd() % 200 + 1
            base = rnd() % 1000
            if rnd() % 2:
                out.extend(range(base, base + m))
            else:
                out.extend(range(base + m, base, -1))
        return out[:n]
    if kind == 3:
        # two sorted halves interleaved weirdly -> galloping
        a = sorted(rnd() % 100000 for _ in range(n // 2))
        b = sorted(rnd() % 100 for _ in range(n - n // 2))
        return a + b
    if kind == 4:
        return list(range(n, 0, -1))
    xs = list(range(n))
    if n == 0:
        return xs
    for _ in range(n // 20 + 1):
        i = rnd() % n
        j = rnd() % n
        xs[i], xs[j] = xs[j], xs[i]
    return xs


total = 0
for n in [0, 1, 2, 3, 5, 10, 32, 33, 64, 65, 129, 257, 1000, 2049]:
    for kind in range(6):
        for rev in (False, True):
            vals = make(n, kind)
            h = 0
            calls = 0
            fail_at = -1
            items = [K(v, i) for i, v in enumerate(vals)]
            out = sorted(items, reverse=rev)
            total += 1
            print(n, kind, rev, calls, h, [k.i for k in out][:5])
            if calls > 2:
                for frac in (3, 2):
                    fail_at = calls // frac + 1
                    h = 0
                    calls = 0
                    lst = [K(v, i) for i, v in enumerate(vals)]
                    try:
                        lst.sort(reverse=rev)
                    except RuntimeError:
                        pass
                    st = 0
                    for k in lst:
                        st = (st * 1000003 + k.i) % 2305843009213693951
                    print("  fail", fail_at, calls, h, st)
                fail_at = -1
            # keyed
            h = 0
            calls = 0
            out = sorted(range(n), key=lambda i: items[i], reverse=rev)
            print("  key", calls, h, out[:5])
print("total", total)
