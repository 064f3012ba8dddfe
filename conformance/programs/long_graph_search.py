# A realistic program: a small road network with BFS, DFS (generator), Dijkstra with a
# hand-written binary heap, topological sort, connected components and path reporting.

class MinHeap:
    """A binary min-heap of (priority, item) pairs."""

    def __init__(self):
        self._data = []

    def __len__(self):
        return len(self._data)

    def push(self, priority, item):
        data = self._data
        data.append((priority, item))
        i = len(data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if data[parent][0] <= data[i][0]:
                break
            data[parent], data[i] = data[i], data[parent]
            i = parent

    def pop(self):
        data = self._data
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i = 0
            n = len(data)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                smallest = i
                if left < n and data[left][0] < data[smallest][0]:
                    smallest = left
                if right < n and data[right][0] < data[smallest][0]:
                    smallest = right
                if smallest == i:
                    break
                data[i], data[smallest] = data[smallest], data[i]
                i = smallest
        return top


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, []).append((b, w))
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append((a, w))

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, n):
        return sorted(self.adj.get(n, []))

    def bfs(self, start):
        seen = {start}
        order = [start]
        frontier = [start]
        while frontier:
            nxt = []
            for n in frontier:
                for m, _ in self.neighbours(n):
                    if m not in seen:
                        seen.add(m)
                        order.append(m)
                        nxt.append(m)
            frontier = nxt
        return order

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for m, _ in self.neighbours(start):
            if m not in seen:
                yield from self.dfs(m, seen)

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push(0, source)
        while len(heap):
            d, n = heap.pop()
            if d > dist.get(n, float("inf")):
                continue
            for m, w in self.neighbours(n):
                nd = d + w
                if nd < dist.get(m, float("inf")):
                    dist[m] = nd
                    prev[m] = n
                    heap.push(nd, m)
        return dist, prev

    def components(self):
        seen = set()
        out = []
        for n in self.nodes():
            if n not in seen:
                comp = sorted(self.dfs(n, seen))
                out.append(comp)
        return out

    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for n in self.adj:
            for m, _ in self.adj[n]:
                indeg[m] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for m, _ in self.neighbours(n):
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return list(reversed(path))


roads = Graph()
for a, b, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("X", "Y", 3)]:
    roads.add_edge(a, b, w)

print("nodes:", " ".join(roads.nodes()))
print("bfs from A:", roads.bfs("A"))
print("dfs from A:", list(roads.dfs("A")))
dist, prev = roads.dijkstra("A")
for n in sorted(dist):
    print(f"  {n}: {dist[n]:>3}  via {' -> '.join(path_to(prev, n))}")
print("unreachable:", [n for n in roads.nodes() if n not in dist])
print("components:", roads.components())

tasks = Graph(directed=True)
for a, b in [("wake", "shower"), ("wake", "coffee"), ("coffee", "breakfast"), ("shower", "dress"),
             ("dress", "leave"), ("breakfast", "leave")]:
    tasks.add_edge(a, b)
print("plan:", tasks.toposort())
tasks.add_edge("leave", "wake")
try:
    tasks.toposort()
except ValueError as e:
    print("error:", e)

heap = MinHeap()
for p, item in zip([5, 1, 4, 1, 3], "abcde"):
    heap.push(p, item)
print([heap.pop() for _ in range(len(heap))])
