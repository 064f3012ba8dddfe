# The iterator protocol for user classes: __iter__/__next__, StopIteration, iter()/next().
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(4)], sum(Countdown(10)))
c = Countdown(2)
print(iter(c) is c, next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), max(t), 4 in t, sorted(t, reverse=True))

class Pairs:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return PairIter(self.data)

class PairIter:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __next__(self):
        if self.i + 1 >= len(self.data):
            raise StopIteration()
        p = (self.data[self.i], self.data[self.i + 1])
        self.i += 2
        return p
    def __iter__(self):
        return self

p = Pairs([1, 2, 3, 4, 5])
print(list(p), dict(p), list(zip(p, "ab")), list(enumerate(p)))
for a, b in p:
    print(a, "->", b)
print(list(map(lambda ab: ab[0] * ab[1], p)), list(filter(lambda ab: ab[0] > 1, p)))
x, y = Pairs([7, 8, 9, 10])
print(x, y)
print(*Pairs([1, 2]))
print([*Pairs(["a", "b", "c", "d"]), "end"])

class NotIter:
    def __iter__(self):
        return 42
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    for q in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

f = Fib(50)
print(list(f), list(f), any(x > 30 for x in f), all(x < 100 for x in f))
gen = iter(f)
print(next(gen), next(gen), next(gen), type(gen).__name__)

class Infinite:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
for v in Infinite():
    if v > 3:
        break
    print("v", v)

class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("finished")
print(list(Stopper()))
try:
    next(Stopper())
except StopIteration as e:
    print(e.value, e.args)

class Raiser:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    list(Raiser())
except ValueError as e:
    print("ValueError:", e)
