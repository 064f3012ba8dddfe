# A realistic program: a discrete-event scheduler with a hand-written priority queue,
# periodic tasks as generators, cancellation, and a statistics report.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, time, item):
        self.counter += 1
        entry = (time, self.counter, item)
        h = self.heap
        h.append(entry)
        i = len(h) - 1
        while i:
            p = (i - 1) >> 1
            if h[p] <= h[i]:
                break
            h[p], h[i] = h[i], h[p]
            i = p

    def pop(self):
        h = self.heap
        last = h.pop()
        if not h:
            return last
        top, h[0] = h[0], last
        i, n = 0, len(h)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and h[l] < h[m]:
                m = l
            if r < n and h[r] < h[m]:
                m = r
            if m == i:
                return top
            h[i], h[m] = h[m], h[i]
            i = m

    def __bool__(self):
        return bool(self.heap)


class Scheduler:
    def __init__(self):
        self.queue = PriorityQueue()
        self.now = 0
        self.cancelled = set()
        self.log = []
        self.stats = {}

    def at(self, time, name, action):
        self.queue.push(time, (name, action))

    def every(self, period, name, count):
        def ticker():
            for i in range(count):
                yield f"{name} tick {i + 1}"
        gen = ticker()

        def step():
            try:
                msg = next(gen)
            except StopIteration:
                return f"{name} finished"
            self.at(self.now + period, name, step)
            return msg
        self.at(self.now + period, name, step)

    def cancel(self, name):
        self.cancelled.add(name)

    def run(self, until):
        while self.queue:
            time, _, (name, action) = self.queue.pop()
            if time > until:
                self.log.append(f"[{until:>3}] stop: next event {name} at {time}")
                break
            self.now = time
            if name in self.cancelled:
                self.log.append(f"[{time:>3}] skip {name}")
                continue
            result = action()
            self.stats[name] = self.stats.get(name, 0) + 1
            self.log.append(f"[{time:>3}] {result}")


s = Scheduler()
s.every(10, "heartbeat", 4)
s.every(15, "backup", 2)
s.at(25, "alarm", lambda: "alarm rings")
s.at(25, "mail", lambda: "mail arrives")
s.at(32, "cancel", lambda: (s.cancel("heartbeat"), "heartbeat cancelled")[1])
s.at(99, "late", lambda: "too late")
s.run(60)
for line in s.log:
    print(line)
print(sorted(s.stats.items()))
pq = PriorityQueue()
for t, v in [(5, "e"), (1, "a"), (3, "c"), (1, "b")]:
    pq.push(t, v)
print([pq.pop()[2] for _ in range(4)])
