# RecursionError from closures, methods, generators (yield from) and lambdas, caught and uncaught.
def make():
    def r(n):
        return r(n + 1)
    return r
try:
    make()(0)
except RecursionError as e:
    print("closure:", e)
class T:
    def m(self, n):
        return self.m(n + 1)
try:
    T().m(0)
except RecursionError as e:
    print("method:", e)
def g(n):
    yield from g(n + 1)
try:
    list(g(0))
except RecursionError as e:
    print("gen:", e)
f = lambda n: f(n + 1)
f(0)
