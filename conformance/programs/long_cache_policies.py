# Comparing cache replacement policies (FIFO, LRU, LFU, and a clairvoyant OPT) on
# deterministic workloads: a policy base class with hooks, a memoising decorator with
# nonlocal counters, workload generators (including one driven by send()), and a report.
from dataclasses import dataclass
from typing import Callable, Dict, Generator, Hashable, Iterator, List, Optional


class CacheMiss(KeyError):
    pass


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0

    @property
    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __add__(self, other: "Stats") -> "Stats":
        return Stats(self.hits + other.hits, self.misses + other.misses, self.evictions + other.evictions)


class Cache:
    name = "base"

    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity}")
        self.capacity = capacity
        self.data: Dict[Hashable, object] = {}
        self.stats = Stats()
        self.evicted: List[Hashable] = []

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"{type(self).__name__}({list(self.data)})"

    def touch(self, key) -> None:
        pass

    def victim(self) -> Hashable:
        raise NotImplementedError

    def get(self, key):
        if key not in self.data:
            self.stats.misses += 1
            raise CacheMiss(key)
        self.stats.hits += 1
        self.touch(key)
        return self.data[key]

    def put(self, key, value) -> Optional[Hashable]:
        out = None
        if key not in self.data and len(self.data) >= self.capacity:
            out = self.victim()
            del self.data[out]
            self.forget(out)
            self.stats.evictions += 1
            self.evicted.append(out)
        self.data[key] = value
        self.touch(key)
        return out

    def forget(self, key) -> None:
        pass


class FIFO(Cache):
    name = "fifo"

    def victim(self):
        return next(iter(self.data))


class LRU(Cache):
    name = "lru"

    def touch(self, key):
        self.data[key] = self.data.pop(key)

    def victim(self):
        return next(iter(self.data))


class LFU(Cache):
    name = "lfu"

    def __init__(self, capacity):
        super().__init__(capacity)
        self.freq: Dict[Hashable, int] = {}
        self.clock = 0
        self.last: Dict[Hashable, int] = {}

    def touch(self, key):
        self.clock += 1
        self.freq[key] = self.freq.get(key, 0) + 1
        self.last[key] = self.clock

    def victim(self):
        return min(self.data, key=lambda k: (self.freq[k], self.last[k]))

    def forget(self, key):
        del self.freq[key], self.last[key]


class OPT(Cache):
    name = "opt"

    def __init__(self, capacity, future: List[Hashable]):
        super().__init__(capacity)
        self.future = future
        self.pos = 0

    def victim(self):
        def next_use(k):
            try:
                return self.future.index(k, self.pos)
            except ValueError:
                return len(self.future) + 1
        return max(self.data, key=lambda k: (next_use(k), str(k)))


def simulate(cache: Cache, trace: List[Hashable]) -> Stats:
    for i, key in enumerate(trace):
        if isinstance(cache, OPT):
            cache.pos = i + 1
        try:
            cache.get(key)
        except CacheMiss:
            cache.put(key, f"v{key}")
    return cache.stats


def cyclic(n: int, rounds: int) -> Iterator[int]:
    for _ in range(rounds):
        yield from range(n)


def hot_and_cold(length: int, hot: List[int], seed: int = 7) -> Iterator[int]:
    state = seed
    for i in range(length):
        state = (state * 1103515245 + 12345) % 2 ** 31
        yield hot[state % len(hot)] if state % 10 < 7 else 100 + i


def scanner() -> Generator[int, Optional[int], str]:
    pos, jumps = 0, 0
    while pos < 40:
        target = yield pos
        if target is not None:
            pos, jumps = target, jumps + 1
        else:
            pos += 1
    return f"scanner done after {jumps} jumps"


def drive_scanner() -> List[int]:
    gen, out = scanner(), []
    key = next(gen)
    try:
        while True:
            out.append(key)
            key = gen.send(0 if key % 9 == 8 and len(out) < 30 else None)
    except StopIteration as stop:
        print(stop.value)
    return out


def memoize(cache_factory: Callable[[], Cache]):
    def deco(fn):
        cache = cache_factory()
        calls = 0

        def wrapper(n):
            nonlocal calls
            calls += 1
            try:
                return cache.get(n)
            except CacheMiss:
                value = fn(n)
                cache.put(n, value)
                return value
        wrapper.report = lambda: f"{fn.__name__}: {calls} calls, {cache.stats}, size {len(cache)}"
        return wrapper
    return deco


workloads = {
    "cyclic": list(cyclic(5, 4)),
    "hotcold": list(hot_and_cold(60, [1, 2, 3])),
    "scan": drive_scanner(),
    "mixed": [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5, 1, 1, 6, 7, 1, 2],
}
print({name: len(t) for name, t in workloads.items()}, workloads["scan"][:14])
print(f"{'trace':<8}" + "".join(f"{cls.name:>16}" for cls in (FIFO, LRU, LFU, OPT)))
grand = {cls.name: Stats() for cls in (FIFO, LRU, LFU, OPT)}
for name, trace in workloads.items():
    row = []
    for cls in (FIFO, LRU, LFU, OPT):
        cache = cls(4, trace) if cls is OPT else cls(4)
        st = simulate(cache, trace)
        grand[cls.name] = grand[cls.name] + st
        row.append(f"{st.hits:>3}/{st.misses:<3}{st.ratio:>8.1%}")
    print(f"{name:<8}" + "".join(f"{cell:>16}" for cell in row))
best = sorted(grand.items(), key=lambda kv: (-kv[1].ratio, kv[0]))
print("overall:", [(k, f"{v.ratio:.3f}", v.evictions) for k, v in best])

lru, lfu = LRU(3), LFU(3)
for c in (lru, lfu):
    simulate(c, workloads["mixed"])
    print(repr(c), "evicted", c.evicted, "len", len(c), 1 in c)


@memoize(lambda: LRU(8))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib(50), fib.report())
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
try:
    LRU(2).get("zz")
except KeyError as e:
    print("KeyError via", type(e).__name__, e)
if (n := len(workloads["hotcold"])) > 50:
    print(f"hotcold has {n} accesses, {len(set(workloads['hotcold']))} distinct")
