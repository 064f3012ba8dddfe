# __del__ runs when the last reference goes: del, rebinding, a local at return, containers
# cleared or freed (a list's and a tuple's items last to first, a dict's in order), once per
# object even when it resurrects itself. (Every object here dies before the program ends.)
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Res("a")
del a
b = Res("b1")
b = Res("b2")
b = None
def scope():
    r = Res("local")
    print("in scope")
    return 1
scope()
xs = [Res("x1"), Res("x2"), Res("x3")]
xs = None
t = (Res("t1"), Res("t2"))
del t
d = {"k1": Res("v1"), "k2": Res("v2")}
d.clear()
d = {"k1": Res("w1"), "k2": Res("w2")}
del d
ys = [Res("y1"), Res("y2")]
ys.pop(0)
ys.clear()

class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)
class Child(Base):
    pass
Child()
print("after temporary")

saved = []
class Phoenix:
    def __init__(self, n):
        self.n = n
        self.deaths = 0
    def __del__(self):
        self.deaths += 1
        print("phoenix dies", self.n, self.deaths)
        if self.deaths == 1:
            saved.append(self)
p = Phoenix(1)
del p
print("saved", len(saved), saved[0].deaths)
saved.clear()
print("cleared again")

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __del__(self):
        print("node", self.v)
chain = Node(1, Node(2, Node(3)))
chain = None

class Err(Exception):
    def __del__(self):
        print("exception object freed")
try:
    raise Err("e")
except Err as e:
    print("caught", e)
print("after except")

def make():
    return Res("returned")
make()
print("end")
