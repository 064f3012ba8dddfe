# Scoping edge cases: global/nonlocal, UnboundLocalError, class bodies,
# comprehension scopes, del then read, except-clause names.

counter = 0
name = "global-name"


def read_then_assign():
    print(counter)
    counter = 1


def assign_in_branch(flag):
    if flag:
        value = "set"
    return value


def augment_global_without_decl():
    counter += 1


def use_global():
    global counter
    counter += 5
    return counter


def del_local():
    x = 1
    del x
    return x


def del_global_name():
    global temp_global
    del temp_global


def loop_var_unset():
    for i in range(0):
        pass
    return i


for label, f in [("read_then_assign", read_then_assign),
                 ("assign_in_branch(False)", lambda: assign_in_branch(False)),
                 ("assign_in_branch(True)", lambda: assign_in_branch(True)),
                 ("augment_global_without_decl", augment_global_without_decl),
                 ("use_global", use_global),
                 ("del_local", del_local),
                 ("loop_var_unset", loop_var_unset)]:
    try:
        print(label, "->", f())
    except NameError as e:
        print(label, "!!", type(e).__name__, "|", e, "| is NameError:", isinstance(e, NameError))

temp_global = 1
del_global_name()
try:
    print(temp_global)
except NameError as e:
    print("NameError:", e)
try:
    del_global_name()
except NameError as e:
    print("NameError:", e)

print("-- nonlocal")


def outer():
    x = "outer"
    log = []

    def inner():
        nonlocal x
        log.append(x)
        x = "inner"

    def reader():
        return x

    inner()
    log.append(reader())
    x = "reassigned"
    log.append(reader())
    return log


print(outer())


def outer_unbound():
    def inner():
        return y

    try:
        inner()
    except NameError as e:
        print("free var before assignment:", type(e).__name__, "|", e)
    y = 5
    return inner()


print(outer_unbound())


def outer_del():
    z = 1

    def inner():
        return z

    del z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + " | " + str(e)


print(outer_del())


def counter_factory():
    count = 0

    def incr():
        nonlocal count
        count += 1
        return count

    def peek():
        return count

    return incr, peek


inc, peek = counter_factory()
inc()
inc()
print("peek:", peek())


def nested_nonlocal():
    a = 1

    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a

    return mid(), a


print(nested_nonlocal())


def global_in_nested():
    name = "local-name"

    def inner():
        global name
        return name

    return inner(), name


print(global_in_nested())

print("-- class bodies are not enclosing scopes")
x = "module-x"


class C:
    x = "class-x"
    y = x + "!"
    items = [x for _ in range(2)]

    def method(self):
        return x

    @staticmethod
    def smethod():
        return x

    lam = lambda self: x


print(C.y, C.items, C().method(), C.smethod(), C().lam())


def func_with_class():
    v = "func-v"

    class Inner:
        v = "class-v"
        got = v

        def m(self):
            return v

    return Inner.got, Inner().m()


print(func_with_class())


def class_reads_enclosing():
    w = "enclosing-w"

    class K:
        seen = w

    return K.seen


print(class_reads_enclosing())

print("-- comprehension scopes")
i = "outer-i"
squares = [i * i for i in range(4)]
print(squares, i)
gen = list(i for i in "ab")
print(gen, i)
dc = {i: i for i in range(2)}
print(dc, i)
sc = {i for i in [7]}
print(sc, i)
nested = [[i, j] for i in range(2) for j in range(i + 1)]
print(nested, i)
walrus = [last := v for v in range(3)]
print(walrus, last)


def comp_in_func():
    total = [n for n in range(3)]
    try:
        return n
    except NameError as e:
        return "NameError | " + str(e)


print(comp_in_func())

print("-- except clause names are deleted")
err = "before"
try:
    raise ValueError("boom")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("after except:", type(e).__name__, "|", e)


def except_name_local():
    e = "local"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError | " + str(u)


print(except_name_local())
keep = None
try:
    raise KeyError("k")
except KeyError as ex:
    keep = ex
print("kept:", repr(keep))

print("-- del then read")
a = 1
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
del lst[0]
print(lst)
dd = {"k": 1}
del dd["k"]
try:
    del dd["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e)
b1, b2 = 1, 2
del b1, b2
try:
    print(b2)
except NameError as e:
    print("NameError:", e)
print("-- builtins shadowed and restored")
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]))
