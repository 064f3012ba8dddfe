# At shutdown the main module's globals are dropped in the order the module bound them:
# what dies is finalized at once (instances' __del__, suspended generators' finally blocks),
# while what containers and attributes held is released afterwards, in the same order
# (CPython 3.11's module teardown).
class A:
    def __init__(self, n, ref=None):
        self.n = n
        self.ref = ref
    def __del__(self):
        print("bye", self.n)
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("gen finally", tag)
z = A("z")
_p = A("_p")
L = [A("L1"), A("L2")]
g = gen("g")
next(g)
x2 = A("x2")
t = (A("t1"),)
x3 = A("x3", A("x3.ref"))
d = {"k": A("dv")}
holder = [gen("in list")]
next(holder[0])
unstarted = gen("unstarted")
b = A("b")
b2 = b
count = 5
print("main done")
