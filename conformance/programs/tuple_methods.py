# tuple: count/index with ranges, comparisons, concatenation, repetition, hashing, slicing, errors.
t = (1, 2, 3, 2, 1, 2, "a", (1, 2), 2.0)
print(t.count(2), t.count(1), t.count("a"), t.count((1, 2)), t.count(99), t.count(True))
print(t.index(2), t.index(2, 2), t.index(2, 4, 6), t.index(1, -5), t.index("a"), t.index((1, 2)), t.index(2.0, 0, 100))
for args in [(99,), (2, 6, 8), (1, 1, 4), (2, -1)]:
    try:
        if len(args) == 1:
            print(t.index(args[0]))
        elif len(args) == 2:
            print(t.index(args[0], args[1]))
        else:
            print(t.index(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError", e)
try:
    t.index()
except TypeError as e:
    print("TypeError", e)
try:
    t.count()
except TypeError as e:
    print("TypeError", e)
try:
    t.index(1, "a")
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) != (1, 2.0), (1, 2) >= (1, 2))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5, (1,) * -1, len(()), len((1,)), (1, 2, 3)[::-1], (1, 2, 3, 4, 5)[1:4:2])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)), hash(()), hash((-1,)), hash((1.5, "")) == hash((1.5, "")))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    t[100]
except IndexError as e:
    print("IndexError", e)
try:
    t["x"]
except TypeError as e:
    print("TypeError", e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), (1,), ((),), repr((1,)), str(("a", 1.0, None)))
print(1 in t, "b" in t, (1, 2) in t, min((3, 1, 2)), max(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
a, b, c = (1, 2, 3)
print(a, b, c, t[-1], t[-9], t[2:-2], t[100:], t[:-100])
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
