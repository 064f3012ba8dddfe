# expect: 2:1: not supported yet: generators (yield)
def count():
    yield 1
print(list(count()))
