# An uncaught exception: the traceback is printed, then the locals of the frames it left are
# finalized, then the globals.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
a = A("global")
def f():
    loc = A("local of f")
    print("raising")
    raise KeyError("k")
f()
