# Set algebra in a small program: friends graph, common interests, symmetric differences.
interests = {
    "ann": {"chess", "go", "python"},
    "bob": {"go", "rust", "climbing"},
    "cid": {"python", "rust", "chess"},
}
people = sorted(interests)
for i, a in enumerate(people):
    for b in people[i + 1:]:
        common = interests[a] & interests[b]
        print(a, b, sorted(common), sorted(interests[a] ^ interests[b]))
everything = set().union(*interests.values())
shared = set.intersection(*interests.values())
print(sorted(everything), shared, len(everything))
counts = {topic: sum(topic in s for s in interests.values()) for topic in everything}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens - threes), sorted(evens | threes)[:5], evens.isdisjoint({1, 3}), {6, 12} <= evens & threes)
fs = frozenset([1, 2, 3])
print(fs | {4}, fs & {2, 9}, hash(fs) == hash(frozenset([3, 2, 1])), {fs: "ok"}[frozenset([1, 2, 3])])
s = {3, 1, 2}
s.add(10); s.discard(1); s.update([7, 8]); s -= {8}
print(sorted(s), s.pop() in {2, 3, 7, 10}, len(s))
