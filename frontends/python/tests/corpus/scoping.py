"""Scoping corners: cells, free variables, classes, comprehensions, globals, mangling."""
counter = 0


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def shadow():
    print = lambda *a: None
    print("local print")


def uses_global():
    global counter
    counter += 1
    del counter


def class_in_function(base):
    value = 10

    class Inner(base):
        value = value
        other = len([value for _ in range(2)])

        def get(self):
            return value, __class__

        def __private(self):
            return self.__secret

    return Inner


def comprehension_scopes(items):
    total = sum(x for x in items)
    pairs = [(x, y) for x in items for y in items if x != y]
    if any((found := x) > 2 for x in items):
        return found
    return total, pairs


class Outer:
    __mangled = 1

    def method(self):
        return self.__mangled, Outer.__mangled

    def deleter(self):
        del self.__mangled


def closure_in_loop():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return fns


def del_local():
    x = 1
    del x


def nested_nonlocal():
    a = 1

    def middle():
        def inner():
            nonlocal a
            a = 2

        inner()
        return a

    return middle
