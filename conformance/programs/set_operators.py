# set/frozenset operators: | & - ^, comparisons, in-place forms, mixing set and frozenset, errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
fa = frozenset([1, 2, 3, 4])
fb = frozenset({3, 4, 5})
print(a | b, a & b, a - b, b - a, a ^ b)
print(fa | fb, fa & fb, fa - fb, fa ^ fb)
print(a | fb, fa | b, type(a | fb).__name__, type(fa | b).__name__, type(fa & b).__name__, type(fa - b).__name__, type(fa ^ b).__name__)
print(a == fa, fa == a, a != b, {1, 2} < a, {1, 2} <= a, a < a, a <= a, a > {1}, a >= fa, b > a, fa < a)
print(set() < a, set() == frozenset(), {1} == {1.0}, {0} == {False}, {1, 2} != {2, 1})
c = {1, 2}
d = c
c |= {3}
print(c, d, c is d)
c &= {2, 3, 4}
print(c, d)
c -= {2}
print(c, d)
c ^= {3, 9}
print(c, d)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
for op in ["|", "&", "-", "^", "<"]:
    try:
        if op == "|":
            print(a | [1])
        elif op == "&":
            print(a & (1,))
        elif op == "-":
            print(a - "x")
        elif op == "^":
            print(a ^ None)
        else:
            print(a < [1])
    except TypeError as e:
        print("TypeError", e)
try:
    a |= [5]
except TypeError as e:
    print("TypeError", e)
print(len(a), 3 in a, 9 in a, 9 not in a, (1, 2) in {(1, 2)}, [] in set() if False else 1 in fa)
try:
    print([1] in a)
except TypeError as e:
    print("TypeError", e)
try:
    print({[1, 2]})
except TypeError as e:
    print("TypeError", e)
try:
    s = set()
    s.add({1})
except TypeError as e:
    print("TypeError", e)
print({frozenset({1}): "x"}[frozenset([1])], {frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
print(bool(set()), bool({0}), set("abc") == {"a", "b", "c"}, sorted({"b", "a"} | {"c"}), repr(set()), repr(frozenset()))
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3}, {1, 2} & {2, 3} & {2}, {True, 1, 1.0}, {2, 2.0, 3})
