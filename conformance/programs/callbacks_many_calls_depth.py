# Thousands of calls of compiled code from the runtime (sort keys, map, filter, generators
# consumed by builtins, recursive generators): none of them may look deeper than it is.
print(sorted(range(3000), key=lambda x: -x)[:3])
f = lambda x: x + 1
print(list(map(f, range(3000)))[-1], len(list(filter(lambda x: x % 3 == 0, range(5000)))))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sum(1 for _ in subsets(list(range(12)))))

def numbers(n):
    for i in range(n):
        yield i

print(sum(numbers(5000)), max(x * 2 for x in numbers(4000)))

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

print(sorted([K(i % 97) for i in range(2000)])[-1].v)

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)

print([rec(900) for _ in range(3)])
