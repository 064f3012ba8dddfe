# finally runs on return; a return in finally overrides.
def f():
    try:
        return "from try"
    finally:
        print("finally ran")


print(f())


def g():
    try:
        return 1
    finally:
        return 2


print(g())


def h(x):
    log = []
    try:
        if x > 0:
            log.append("positive")
            return log
        log.append("non-positive")
    finally:
        log.append("finally")
    log.append("end")
    return log


print(h(1))
print(h(-1))


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(swallow())


def counter():
    n = 0
    try:
        n = 10
        return n
    finally:
        n = 20
        print("n in finally", n)


print(counter())
