# The context manager protocol: __enter__'s result bound to any target, __exit__ called
# with (None, None, None) on every normal way out: falling off the end, return, break,
# continue; several managers in one statement; managers that are user classes.

class Tracker:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type} {exc}")
        return False


log = []
with Tracker("a", log) as x:
    log.append("body " + x)
print(log)

log = []
with Tracker("outer", log) as o, Tracker("inner", log) as i:
    log.append(o + "/" + i)
print(log)

log = []
with Tracker("pair", log) as (first, *others):
    log.append(first + "".join(others))
print(log)


class Box:
    pass


box = Box()
log = []
with Tracker("attr", log) as box.value:
    pass
print(box.value, log)

items = {}
with Tracker("item", []) as items["k"]:
    pass
print(items)


def early_return(log):
    with Tracker("ret", log) as r:
        log.append("returning")
        return r.lower() + "!"
    log.append("never")


log = []
print(early_return(log), log)


def loop(log):
    for i in range(4):
        with Tracker(str(i), log):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body " + str(i))
    return log


print(loop([]))


def nested_finally(log):
    try:
        with Tracker("w", log):
            try:
                return "value"
            finally:
                log.append("inner finally")
    finally:
        log.append("outer finally")


log = []
print(nested_finally(log), log)


class SelfManager:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *args):
        print("exit args", args)


m = SelfManager()
with m as same:
    print(same is m, m.entered)
with m:
    pass
print(m.entered)


class WithInBody:
    with Tracker("class", []) as attr:
        doubled = attr * 2


print(WithInBody.attr, WithInBody.doubled)


def closure():
    with Tracker("cell", []) as captured:
        def read():
            return captured
    return read()


print(closure())

count = 0
while count < 3:
    with SelfManager():
        count += 1
print("count", count)
