# Generator pipelines: lazy stages chained, infinite sources, early exit, send-driven coroutine.
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def mapped(f, it):
    for x in it:
        yield f(x)

def filtered(pred, it):
    return (x for x in it if pred(x))

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

squares = mapped(lambda x: x * x, numbers())
odd_squares = filtered(lambda x: x % 2, squares)
print(list(take(6, odd_squares)))
print(list(chunks(range(7), 3)))
print(sum(take(100, numbers())))

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count, avg

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def tree(depth, label="r"):
    yield label
    if depth:
        for side in "lr":
            yield from tree(depth - 1, label + side)

print(list(tree(2)))
gen = (c.upper() for c in "abc")
print(next(gen), "".join(gen))
print(list(zip(numbers(), "xyz")), dict(zip("ab", numbers())))
