# set and frozenset methods with several arguments of mixed iterable types, and their errors.
s = {1, 2, 3}
print(s.union([3, 4], (5,), range(6, 8)), s.intersection([1, 2, 9], {2, 3}), s.difference([1], {2}), s.symmetric_difference([3, 4]))
print(s.union(), s.intersection(), s.difference(), s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint((3,)))
t = s.copy()
t.add(4)
t.add(1)
print(s, t, t.copy() == t, t.copy() is t)
t.discard(1)
t.discard(100)
print(t)
t.remove(2)
print(t)
try:
    t.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    t.remove((1, 2))
except KeyError as e:
    print("KeyError", e)
u = {5, 6, 7}
u.update([8], {9}, range(2))
print(u)
u.intersection_update([5, 6, 8, 9, 0], {5, 6, 0, 42})
print(u)
u.difference_update({5}, [0])
print(u)
u.symmetric_difference_update([6, 10])
print(u)
x = {10, 20, 30}
while x:
    print("pop", x.pop())
try:
    x.pop()
except KeyError as e:
    print("KeyError", e)
y = {1, 2}
y.clear()
print(y, len(y))
f = frozenset([3, 1, 2])
print(f.union([4]), f.intersection({1, 9}), f.difference([1]), f.symmetric_difference({1, 5}), f.copy() is f, f.issubset({1, 2, 3}))
print(type(f.union([4])).__name__, type(f.copy()).__name__, frozenset(f) is f, set(f) == f)
for name in ["add", "update", "pop", "clear"]:
    try:
        if name == "add":
            f.add(1)
        elif name == "update":
            f.update([1])
        elif name == "pop":
            f.pop()
        else:
            f.clear()
    except AttributeError as e:
        print("AttributeError", e)
try:
    s.union(5)
except TypeError as e:
    print("TypeError", e)
try:
    s.issubset(None)
except TypeError as e:
    print("TypeError", e)
try:
    s.add()
except TypeError as e:
    print("TypeError", e)
try:
    s.add(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
print(set(), set([]), set(()), set(range(3)), set("aab") == {"a", "b"}, set({1: 2, 3: 4}), frozenset(range(2)))
print(sorted({3, 1, 2}), sum({1, 2, 3}), min({4, 2, 8}), max(frozenset([4, 2, 8])), len(frozenset()), list(set([5])))
e = set()
e.update("ab", "bc")
print(sorted(e), sorted(set("hello") & set("world")))
print({1, 2}.union({3}).intersection({1, 3}).difference({3}), s.issuperset(s), s.issubset(s), {1}.isdisjoint(set()))
