# dict subclasses: __missing__ (d[k] only, not get), super().__init__, instance attributes, copies and dict(x) plain, ** unpacking, overrides that update/setdefault/get bypass, unhashable errors.
class Registry(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits = 0

    def __missing__(self, key):
        self.hits += 1
        return f"<missing {key}>"


r = Registry(a=1, b=2)
print(r, len(r), r.hits)
print(r["a"], r["zz"], r.hits)
print(r.get("zz"), r.get("zz", 5), r.hits)
print(isinstance(r, dict), type(r).__name__, type(r) is Registry)
print(r == {"a": 1, "b": 2}, {"a": 1, "b": 2} == r, r != {"a": 1})
r["c"] = 3
print(sorted(r), list(r.items()), "c" in r, "q" in r)
d = dict(r)
print(type(d).__name__, d)
c = r.copy()
print(type(c).__name__, c)
print({**r, "x": 9})
def f(**kw):
    return sorted(kw.items())
print(f(**r))
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
try:
    {r: 1}
except TypeError as e:
    print("TypeError:", e)


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __contains__(self, k):
        print("contains", k)
        return super().__contains__(k)

    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"


l = Loud()
l["x"] = 1
l.update(y=2)
l.setdefault("z", 3)
print(l["x"], l.get("y"), "z" in l, dict.__getitem__(l, "z"))
print(l, str(l), [l])
print(repr(dict(l)))


class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self

    def most(self):
        return max(self.items(), key=lambda kv: kv[1])


cnt = Counter()
for w in "the cat and the hat and the bat".split():
    cnt.add(w)
print(cnt, cnt.most(), len(cnt))
cnt.tag = "words"
print(cnt.tag, vars(cnt))
for k in cnt:
    print(k, end=" ")
print()
print(cnt | {"zebra": 1})
cnt |= {"the": 0}
print(type(cnt).__name__, cnt["the"])
print(Registry.__mro__)
print(bool(Registry()), bool(r))
