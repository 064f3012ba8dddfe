# __eq__/__hash__ interplay for dict keys and set members.


class Key:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __eq__(self, other):
        print("  eq", self.tag, getattr(other, "tag", other))
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return "Key(" + repr(self.k) + "," + self.tag + ")"


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class NoEq:
    pass


class BigHash:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, BigHash) and self.h == other.h


class ConstHash:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 42

    def __eq__(self, other):
        print("  const-eq", self.n, other.n)
        return self.n == other.n

    def __repr__(self):
        return "C" + str(self.n)


class BadHash:
    def __hash__(self):
        return "not an int"


class HashNone:
    __hash__ = None


class InheritEq(EqOnly):
    pass


class RestoreHash(EqOnly):
    __hash__ = object.__hash__


print("-- Key as dict key")
d = {}
d[Key(1, "a")] = "first"
print("insert second equal key:")
d[Key(1, "b")] = "second"
print(d, len(d))
print("lookup:")
print(d[Key(1, "c")])
print("membership of different:")
print(Key(2, "d") in d)

print("-- Key in set")
s = {Key(1, "x")}
print("add equal:")
s.add(Key(1, "y"))
print(s)

print("-- eq without hash")
for obj_desc, obj in [("EqOnly", EqOnly(1)), ("InheritEq", InheritEq(1)), ("HashNone", HashNone())]:
    try:
        hash(obj)
        print(obj_desc, "hashable")
    except TypeError as e:
        print(obj_desc, "TypeError:", e)
    try:
        {obj: 1}
        print(obj_desc, "dict ok")
    except TypeError as e:
        print(obj_desc, "dict TypeError:", e)
    try:
        set([obj])
        print(obj_desc, "set ok")
    except TypeError as e:
        print(obj_desc, "set TypeError:", e)
    try:
        print(obj_desc, "in list:", obj in [obj])
    except TypeError as e:
        print(obj_desc, "in list TypeError:", e)
    try:
        print(obj_desc, "in set:", obj in {1, 2})
    except TypeError as e:
        print(obj_desc, "in set TypeError:", e)
print("EqOnly.__hash__ is None:", EqOnly.__hash__ is None)
print("RestoreHash hashable:", hash(RestoreHash(3)) == hash(RestoreHash(3)) or True)
r1 = RestoreHash(5)
r2 = RestoreHash(5)
print("RestoreHash equal:", r1 == r2, "distinct keys:", len({r1: 1, r2: 2}))

print("-- identity-based")
n1 = NoEq()
n2 = NoEq()
dn = {n1: "one", n2: "two"}
print(len(dn), dn[n1], dn[n2], n1 == n2, n1 == n1, n1 != n2)

print("-- big hashes")
for h in [0, -1, -2, 2**61 - 1, 2**61, 2**64 + 5, -(2**70), 10**30]:
    b = BigHash(h)
    print(h, "->", hash(b), hash(b) == hash(h))
bd = {BigHash(2**64 + 5): "big", BigHash(-1): "neg"}
print(bd[BigHash(2**64 + 5)], bd[BigHash(-1)])
print("hash(-1) == hash(-2):", hash(-1) == hash(-2), hash(-1))

print("-- bad hash")
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError:", e)

print("-- 1, 1.0, True")
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, type(list(m)[0]).__name__)
m2 = {True: "bool"}
m2[1] = "int"
print(m2)
m3 = {1.0: "a", 1: "b", True: "c", 0: "z", False: "f", 0.0: "g"}
print(m3)
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, True, 1})
print({0, False, 0.0, -0.0})
print(len({1, 1.0, True, 2, 2.0}))
print(1 in {True}, 1.0 in {1}, True in {1.0}, 2 in {2.0})
print({(1, 2): "t"}[(1.0, 2.0)], {(True,): 1}[(1,)])
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(2.0) == hash(2))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
fs = {frozenset([1, 2]): "fs"}
print(fs[frozenset([2, 1, 2])])
print({frozenset(): 1}[frozenset([])])
dk = dict.fromkeys([1, 1.0, True, 2])
print(dk)
u = {1: "a"}
u.update({1.0: "b", True: "c"})
print(u)
print(u.get(True), u.pop(1.0), u)
st = {1, 2, 3}
st.discard(True)
st.discard(2.0)
print(st)
print({1: 1} == {1.0: 1}, {1} == {True}, [1] == [1.0], (1,) == (True,))
print(sorted({3: 1, 1.0: 2, True: 3, 2: 4}.items()))
class K:
    def __hash__(self): return 1
    def __eq__(self, o): print("eq"); return False
print("display")
d2 = {K(): 1, K(): 2}
print("setdefault")
d2.setdefault(K(), 3)
print("setitem")
d2[K()] = 4
print("get")
d2.get(K())
print("in")
K() in d2
print("update")
d2.update({K(): 5})
