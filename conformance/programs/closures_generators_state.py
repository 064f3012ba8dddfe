# State held in closures and generators together: id generators, rate limiters, pipelines.
def id_generator(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:04d}"
    return next_id

users, orders = id_generator("U"), id_generator("O")
print(users(), users(), orders(), users())

def windowed(seq, size):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(windowed(range(6), 3)))

def running(op):
    acc = None
    def step(x):
        nonlocal acc
        acc = x if acc is None else op(acc, x)
        return acc
    return step

mx = running(max)
print([mx(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
mul = running(lambda a, b: a * b)
print([mul(v) for v in range(1, 8)])

def pipeline(*stages):
    def run(data):
        for stage in stages:
            data = stage(data)
        return data
    return run

p = pipeline(lambda xs: (x for x in xs if x % 2),
             lambda xs: (x * x for x in xs),
             lambda xs: sorted(xs, reverse=True),
             lambda xs: xs[:3])
print(p(range(20)))
