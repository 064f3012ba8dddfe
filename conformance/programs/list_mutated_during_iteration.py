# Lists changed while a for loop iterates over them: append, remove, pop, clear,
# insert, slice assignment; the iterator follows the live list by index.
xs = [1, 2, 3]
for x in xs:
    print("visit", x, "len", len(xs))
    if x < 6:
        xs.append(x + 3)
print("after append loop", xs)

ys = [1, 2, 3, 4, 5, 6, 7, 8]
for y in ys:
    print("see", y)
    if y % 2 == 1:
        ys.remove(y)
print("after remove loop", ys)

zs = [10, 20, 30, 40, 50]
seen = []
for z in zs:
    seen.append(z)
    if z == 20:
        zs.clear()
print("after clear", seen, zs)

ws = [5, 4, 3, 2, 1]
for w in ws:
    print("w", w, ws)
    if len(ws) > 2:
        ws.pop(0)
print("after pop(0)", ws)

vs = [0, 1, 2]
count = 0
for v in vs:
    count += 1
    if count > 10:
        print("stopping at", count)
        break
    vs.insert(0, v * 10)
print("after insert", vs[:6], len(vs))

us = list(range(6))
for i, u in enumerate(us):
    if u == 2:
        us[3:] = [99, 98]
    print(i, u)
print("after slice assign", us)

ts = [3, 1, 2]
it = iter(ts)
print(next(it))
ts.append(7)
ts.pop(0)
print(list(it), ts)

ps = [1, 2, 3]
it2 = iter(ps)
print(list(it2))
ps.append(4)
print("exhausted stays exhausted", list(it2))

grid = [[1, 2], [3], []]
for row in grid:
    row.append(len(row))
    if len(grid) < 5:
        grid.append([0] * len(row))
print(grid)

qs = [1, 2, 3, 4]
for q in qs[:]:
    if q % 2 == 0:
        qs.remove(q)
    qs.append(q * 100)
print("copy iteration", qs)

rs = [1, 2, 3, 4, 5]
for r in reversed(rs):
    print("rev", r)
    if r == 4:
        rs.pop()
        rs.pop()
print(rs)

ks = [4, 3, 2, 1]
i = 0
while i < len(ks):
    if ks[i] % 2 == 0:
        del ks[i]
    else:
        ks[i] *= 7
        i += 1
print("while delete", ks)

acc = [1]
for a in acc:
    if a < 200:
        acc.extend([a * 2, a * 3])
print(len(acc), acc[:12], sum(acc))

vals = [10, 20, 30]
for i in range(len(vals)):
    vals[i] = vals[i] + i
    vals.append(-1)
print(vals)
for i in range(len(vals)):
    vals[-1 - i] += i
print(vals)
