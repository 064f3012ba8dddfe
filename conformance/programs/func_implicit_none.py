# Functions without a return statement (or with a bare return) return None.
def no_return(x):
    y = x * 2


def bare_return(x):
    if x > 0:
        return
    print("non-positive", x)


def maybe(x):
    if x > 10:
        return x


print(no_return(5))
print(bare_return(1))
print(bare_return(-1))
print(maybe(20), maybe(5))
r = maybe(3)
print(r == None, r)
results = []
for v in [5, 15, 25, 0]:
    results.append(maybe(v))
print(results)


def log(msg):
    print("LOG:", msg)


x = log("hello")
print(x)
print([log("a"), log("b")])
