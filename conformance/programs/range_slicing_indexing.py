# range objects: indexing (negative, out of range, huge and bool indexes), slicing with
# every kind of step (CPython computes the result's start/stop/step from the slice's
# indices), empty ranges, and ranges whose bounds or steps are big ints.

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except IndexError as e:
        print(label, "IndexError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)

ranges = [
    range(10),
    range(0),
    range(3, 3),
    range(5, 2),
    range(1, 11, 3),
    range(0, 100, 7),
    range(10, 0, -1),
    range(10, -10, -4),
    range(-5, 5, 2),
    range(0, -1),
    range(7, 8),
    range(0, 5, 100),
]

print("--- indexing")
for r in ranges:
    n = len(r)
    items = []
    for i in range(-n, n):
        items.append(r[i])
    print(r, n, items, list(r) == items[n:])
    attempt("  r[n]", lambda: r[n])
    attempt("  r[-n-1]", lambda: r[-n - 1])

big = 10 ** 30
r = range(10)
attempt("r[10**30]", lambda: r[big])
attempt("r[-(10**30)]", lambda: r[-big])
attempt("r[2**63]", lambda: r[2 ** 63])
attempt("r[2**63-1]", lambda: r[2 ** 63 - 1])
attempt("r[-2**63]", lambda: r[-(2 ** 63)])
attempt("r[2**62]", lambda: r[2 ** 62])
attempt("r[True]", lambda: r[True])
attempt("r[False]", lambda: r[False])
attempt("r[big - big + 3]", lambda: r[big - big + 3])
attempt("r['1']", lambda: r["1"])
attempt("r[1.0]", lambda: r[1.0])
attempt("r[None]", lambda: r[None])
attempt("range(0)[0]", lambda: range(0)[0])
attempt("range(0)[-1]", lambda: range(0)[-1])
attempt("range(5, 2)[0]", lambda: range(5, 2)[0])

print("--- slicing")
bounds = [None, 0, 1, 2, -1, -2, 3, -3, 5, -5, 12, -12, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -3, 7, -7, 100, -100]
for r in [range(10), range(1, 11, 3), range(10, -10, -4), range(0), range(4, 1), range(0, 100, 7)]:
    seen = 0
    mismatches = 0
    for a in bounds:
        for b in bounds:
            for c in steps:
                s = r[a:b:c]
                if list(s) != list(r)[a:b:c]:
                    mismatches += 1
                    print("  mismatch", r, a, b, c, s)
                seen += 1
    print(r, "slices checked:", seen, "mismatches:", mismatches)

r = range(10)
print(r[::3], r[::-3], range(5)[::100], range(0, 100, 7)[::2])
print(r[1::4], r[::-1], r[::-2], r[8:2:-3], r[-1:-11:-1], r[-100:100:-2])
print(r[2:8], r[8:2], r[2:8:-1], r[100:], r[:-100], r[-100:100])
print(range(10, 0, -1)[::2], range(10, 0, -1)[::-2], range(10, 0, -1)[3:7], range(10, 0, -1)[7:3:-1])
print(range(-5, 5, 2)[1:-1], range(-5, 5, 2)[::-1], range(1, 11, 3)[::-1])
print(range(0)[::-1], range(0)[::2], range(5, 2)[::-1], range(3, 3)[1:2])
print(range(0, 100, 7)[::10 ** 20])
print(r[::2 ** 62], r[::2 ** 63], r[::-(2 ** 63)], r[::-(2 ** 62)])
print(r[::10 ** 30], r[::-(10 ** 30)], r[10 ** 30:], r[:10 ** 30], r[-(10 ** 30):], r[-(10 ** 30)::-1])
print(r[10 ** 30::-1], r[:-(10 ** 30):-1], r[5:10 ** 30:3], r[True:False:-1])
attempt("r[::0]", lambda: r[::0])
attempt("r['a':]", lambda: r["a":])
attempt("r[:1.5]", lambda: r[:1.5])
attempt("r[::None]", lambda: r[::None])

print("--- nested slices")
r = range(3, 300, 5)
t = r[10:50:3]
u = t[::-2]
v = u[1:-1]
print(t, u, v, len(t), len(u), len(v))
print(list(v) == list(r)[10:50:3][::-2][1:-1], v[0], v[-1], v.start, v.stop, v.step)
print(r[::-1][::-1] == r, r[::-1][::-1], r[::2][::2], r[::-3][::-5])

print("--- big int bounds")
r = range(10 ** 20)
attempt("len(range(10**20))", lambda: len(r))
print(r, r[0], r[-1], r[10 ** 19], r[-(10 ** 19)], bool(r), bool(range(10 ** 20, 0)))
attempt("r[10**20]", lambda: r[10 ** 20])
attempt("r[-(10**20)-1]", lambda: r[-(10 ** 20) - 1])
print(r[10 ** 19:], r[::-1], r[::10 ** 19], r[-3:], r[5:2:-1], r[: -(10 ** 20) + 3])
print(list(r[-3:]), list(r[:3]), len(r[10 ** 20 - 7:]), len(r[::10 ** 18]))
print(10 ** 20 - 1 in r, 10 ** 20 in r, -1 in r, 0 in r, 5 * 10 ** 19 in r)
print(r.index(12345678901234567890), r.count(10 ** 19), r.count(-1))
attempt("r.index(10**20)", lambda: r.index(10 ** 20))
print(r.start, r.stop, r.step)

r = range(-(10 ** 20), 10 ** 20, 10 ** 19)
print(r, len(r), r[0], r[-1], r[7], list(r)[:3], list(r)[-2:])
print(r[::-1], list(r[::-1])[:3], r[::3], list(r[::3]), r[2:-2:4])
print(10 ** 19 in r, 10 ** 19 + 1 in r, r.index(3 * 10 ** 19), r.count(0))
print(sum(r), min(r), max(r), list(reversed(r))[:2])

r = range(2 ** 63 - 2, 2 ** 63 + 2)
print(r, len(r), list(r), list(reversed(r)), r[1], r[-1], r[::-1], r[1:3])
r = range(-(2 ** 63) - 2, -(2 ** 63) + 2)
print(r, len(r), list(r), list(reversed(r)), r[::2], r[::-2])
r = range(0, 10 ** 25, 3 * 10 ** 24)
print(r, len(r), list(r), r[::-1], list(r[::-1]), r[1:], r[:-1])
r = range(0, -10, -(2 ** 63))
print(r, len(r), list(r), list(reversed(r)), r[::-1])
r = range(10 ** 20, 0, -(10 ** 19))
print(r, len(r), r[0], r[-1], list(r)[-3:], r[::-1], list(r[::-1])[:3])

print("--- equality")
print(range(0) == range(5, 2), range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3))
print(range(5, 6) == range(5, 100, 100), range(5, 6, 2) == range(5, 7, 10), range(10) == range(10 ** 20))
print(range(10 ** 20) == range(10 ** 20), range(10 ** 20, 10 ** 20 + 1) == range(10 ** 20, 10 ** 20 + 5, 5))
print(range(0, 105, 14) == range(0, 100, 7)[::2], range(0, 100, 7)[::10 ** 20] == range(0, 1))
print(range(10 ** 20, 10 ** 20 + 30, 3) == range(10 ** 20, 10 ** 20 + 28, 3), range(3) != range(3), range(3) != range(4))
