# Module-level globals read from functions and rebound with `global`.
counter = 0
total = 0
history = []
LIMIT = 5


def increment():
    global counter
    counter += 1
    return counter


def add(x):
    global total
    total = total + x
    history.append(x)


def reset():
    global counter, total
    counter = 0
    total = 0


def under_limit():
    return counter < LIMIT


while under_limit():
    n = increment()
    add(n * 10)
print(counter, total, history)
reset()
print(counter, total, len(history))
increment()
increment()
print(counter)


def shadow():
    counter = 100
    return counter


print(shadow(), counter)

name = "global"


def read_name():
    return "read " + name


def set_name(v):
    global name
    name = v


print(read_name())
set_name("changed")
print(read_name(), name)
