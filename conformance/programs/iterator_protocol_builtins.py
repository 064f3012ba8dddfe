# Lazy builtins (map, filter, zip, enumerate, reversed) over user iterators and generators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

print(list(Countdown(3)), list(map(str, Countdown(2))), list(enumerate(Countdown(2), 10)))
print(list(reversed(Seq(1, 2, 3))), list(Seq("a", "b")), "b" in Seq("a", "b"))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(Countdown(5), "ab")
print(list(z))
f = filter(lambda x: x > 1, Countdown(4))
print(type(f).__name__, list(f))
it = iter(Countdown(2))
print(it is iter(it), next(it), next(it), next(it, "done"))
print(sorted(Countdown(4)), max(Countdown(3)), sum(Countdown(4)), tuple(Countdown(2)))
print(dict(enumerate("xy")), set(Countdown(3)) == {1, 2, 3})
a, b = Countdown(2)
print(a, b)
def gen():
    yield 1
    yield 2
print(list(zip(gen(), gen(), strict=True)) if False else list(zip(gen(), gen())))
print(any(x > 1 for x in Countdown(3)), all(x > 0 for x in Countdown(3)))
