def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


def service(q):
    return load(q)


print(service(["1", "x"]))
