# Iteration protocols: __iter__ returning self, the __getitem__ fallback,
# __contains__ fallbacks, iter(callable, sentinel), PEP 479.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  Countdown.__iter__")
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


class SeqKeyError:
    def __getitem__(self, i):
        if i > 2:
            raise KeyError(i)
        return i


class SeqStop:
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i * 10


class ContainsOnly:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == "yes"


class ContainsTruthy:
    def __contains__(self, x):
        return x  # returns non-bool; `in` converts to bool


class IterOnly:
    def __iter__(self):
        print("  IterOnly.__iter__")
        return iter([1, 2, 3])


class NotIterable:
    pass


class IterReturnsNonIter:
    def __iter__(self):
        return 5


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


print("-- __iter__ returning self")
c = Countdown(3)
print(list(c))
print("exhausted:", list(c))
c2 = Countdown(4)
for x in c2:
    print("for", x)
    if x == 3:
        break
print("resume:", list(c2))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args)

print("-- __getitem__ fallback")
s = Seq(["a", "b", "c"])
print(list(s))
print("in:", "b" in s)
print("not in:", "z" in s)
for i, v in enumerate(Seq([7, 8])):
    print("enum", i, v)
print("tuple via KeyError stop?")
try:
    print(list(SeqKeyError()))
except KeyError as e:
    print("KeyError propagates:", e)
print("StopIteration from __getitem__:", list(SeqStop()))
print("iter() of Seq:", type(iter(Seq([]))).__name__)
si = iter(Seq([1]))
print(next(si), next(si, "end"))
print("sum/max/sorted:", sum(Seq([1, 2, 3])), max(Seq([4, 9, 2])), sorted(Seq([3, 1, 2])))
a, b = Seq(["x", "y"])
print("unpack:", a, b)
try:
    a, b = Seq(["x", "y", "z"])
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c3 = Seq(["x"])
except ValueError as e:
    print("ValueError:", e)

print("-- __contains__ and fallbacks")
co = ContainsOnly()
print("yes" in co, "no" in co, "yes" not in co)
ct = ContainsTruthy()
print(5 in ct, 0 in ct, "" in ct, [1] in ct)
io = IterOnly()
print(2 in io, 9 in io)
try:
    print(1 in NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print("TypeError:", e)
try:
    list(IterNone())
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(None in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print("TypeError:", e)

print("-- iter(callable, sentinel)")
state = [0]


def tick():
    state[0] += 1
    print("  tick", state[0])
    return state[0]


print(list(iter(tick, 4)))
print("after:", state[0])
data = ["a", "b", "", "c"]
pos = [0]


def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, "")))
ci = iter(lambda: 1, 1)
print(list(ci))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)

print("-- PEP 479")


def gen_raises_stop():
    yield 1
    raise StopIteration("inner")


def gen_next_empty():
    it = iter([])
    yield next(it)


def gen_return():
    yield 1
    return "value"


try:
    print(list(gen_raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    print(list(gen_next_empty()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(list(gen_return()))
g = gen_raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("manual next:", e)
except StopIteration:
    print("wrong: StopIteration leaked")
print("after failure:", next(g, "exhausted"))


def safe_gen():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "caught inside"


print(list(safe_gen()))

print("-- StopIteration in non-generators is fine")


def first_or(it, d):
    try:
        return next(it)
    except StopIteration:
        return d


print(first_or(iter([]), "empty"), first_or(iter([5]), "empty"))
print("map stops early:", list(map(lambda x: x, Countdown(2))))
print("zip stops shortest:", list(zip(Countdown(3), "ab")))
z = iter([1, 2, 3])
print(list(zip(z, "a")), list(z))
z2 = iter([1, 2, 3])
print(list(zip("a", z2)), list(z2))
print("iter of iter is same:", iter(z) is z)
lst = [1, 2]
li = iter(lst)
lst.append(3)
print("list iterator sees append:", list(li))
