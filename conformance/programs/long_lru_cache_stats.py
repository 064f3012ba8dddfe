# An LRU cache class built on a dict (insertion order = recency) with hit/miss/eviction
# statistics, a decorator front-end, a TTL variant driven by a fake clock, and a report.
class CacheStats:
    def __init__(self):
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.puts = 0

    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        return (f"CacheStats(hits={self.hits}, misses={self.misses}, "
                f"evictions={self.evictions}, puts={self.puts}, ratio={self.ratio():.3f})")


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data = {}
        self.stats = CacheStats()
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.stats.hits += 1
            return value
        self.stats.misses += 1
        return default

    def put(self, key, value):
        self.stats.puts += 1
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evicted.append((oldest, self.data.pop(oldest)))
            self.stats.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.put(key, value)

    def keys(self):
        return list(self.data)

    def resize(self, capacity):
        self.capacity = capacity
        while len(self.data) > capacity:
            oldest = next(iter(self.data))
            self.evicted.append((oldest, self.data.pop(oldest)))
            self.stats.evictions += 1

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRU[{len(self)}/{self.capacity}]{{{items}}}"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache, cache.keys())
print(cache.get("a"), cache.keys())
cache.put("d", 4)
print(cache, "evicted", cache.evicted)
print(cache.get("b"), cache.get("b", "gone"), "b" in cache, "a" in cache)
cache["c"] = 30
cache["e"] = 5
print(cache, cache.evicted)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e)
print(cache["e"], cache.keys())
print(cache.stats)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

access = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3, 7, 1, 2, 8, 9, 1, 2, 3]
for cap in [1, 2, 3, 4, 5]:
    c = LRUCache(cap)
    trace = []
    for key in access:
        if c.get(key) is None:
            c.put(key, key * key)
            trace.append("M")
        else:
            trace.append("h")
    print(f"cap={cap} {''.join(trace)} {c.stats} final={c.keys()}")

big = LRUCache(8)
for i in range(20):
    big.put(i % 11, i)
print(big, len(big.evicted))
big.resize(3)
print(big, big.evicted[-5:], big.stats.evictions)


def lru_cached(capacity):
    def decorator(func):
        store = LRUCache(capacity)

        def wrapper(*args):
            if args in store:
                return store[args]
            result = func(*args)
            store.put(args, result)
            return result

        wrapper.cache = store
        wrapper.__name__ = func.__name__
        return wrapper

    return decorator


@lru_cached(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cached(4)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


print(fib(90), fib.cache.stats, len(fib.cache))
for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    print("square", n, slow_square(n))
print(slow_square.cache, slow_square.cache.stats, slow_square.__name__)


class Clock:
    def __init__(self):
        self.now = 0

    def advance(self, dt):
        self.now += dt


class TTLCache(LRUCache):
    def __init__(self, capacity, ttl, clock):
        super().__init__(capacity)
        self.ttl = ttl
        self.clock = clock
        self.expired = 0

    def put(self, key, value):
        super().put(key, (self.clock.now + self.ttl, value))

    def get(self, key, default=None):
        entry = super().get(key, None)
        if entry is None:
            return default
        deadline, value = entry
        if deadline <= self.clock.now:
            del self.data[key]
            self.expired += 1
            self.stats.hits -= 1
            self.stats.misses += 1
            return default
        return value


clock = Clock()
ttl = TTLCache(3, ttl=10, clock=clock)
ttl.put("x", "X")
clock.advance(4)
ttl.put("y", "Y")
clock.advance(4)
print(ttl.get("x"), ttl.get("y"), clock.now)
clock.advance(3)
print(ttl.get("x", "expired"), ttl.get("y"), ttl.keys(), ttl.expired)
clock.advance(3)
print(ttl.get("y", "expired"), ttl.keys(), ttl.stats, isinstance(ttl, LRUCache))

print()
print(f"{'cache':<10}{'hits':>6}{'miss':>6}{'evict':>7}{'ratio':>8}")
for name, c in [("main", cache), ("big", big), ("fib", fib.cache), ("square", slow_square.cache), ("ttl", ttl)]:
    s = c.stats
    print(f"{name:<10}{s.hits:>6}{s.misses:>6}{s.evictions:>7}{s.ratio():>8.2%}")
