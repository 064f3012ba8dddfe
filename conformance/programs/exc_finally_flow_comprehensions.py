# finally interacting with return/break/continue, exceptions raised inside list/dict/set
# comprehensions and generator expressions, and exceptions escaping generators midway.
def ret_in_finally():
    try:
        return "try"
    finally:
        print("  finally before return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def counter_in_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n in finally", n)


print(ret_in_finally(), finally_overrides(), finally_swallows(), counter_in_finally())


def loop_control():
    log = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    else:
        log.append("else")
    return log


print(loop_control())


def while_break_in_finally():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i == 3:
                raise KeyError("dropped")
        finally:
            log.append(i)
            if i >= 3:
                break
    return log


print(while_break_in_finally())


def continue_in_finally():
    out = []
    for x in [1, 0, 2, 0, 3]:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("div0")
            continue
        finally:
            out.append("f")
        out.append("after")
    return out


print(continue_in_finally())


def nested_finally():
    order = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                order.append("inner")
        except KeyError:
            order.append("wrong handler")
        finally:
            order.append("middle")
    except IndexError as e:
        order.append("caught " + str(e))
    finally:
        order.append("outer")
    return order


print(nested_finally())


def parse(s):
    return int(s)


items = ["1", "2", "x", "4"]
try:
    values = [parse(s) for s in items]
except ValueError as e:
    print("list comp failed:", e)
    values = None
print("values", values)

try:
    d = {s: 10 // int(s) for s in ["5", "2", "0", "1"]}
except ZeroDivisionError as e:
    print("dict comp failed:", e)

try:
    s = {len(w) for w in ["ab", "c", None]}
except TypeError as e:
    print("set comp failed:", e)

progress = []


def tracked(xs):
    for x in xs:
        progress.append(x)
        yield x


try:
    total = sum(100 // x for x in tracked([5, 4, 0, 2]))
except ZeroDivisionError as e:
    print("genexp failed:", e, "progress", progress)

safe = [(lambda v: 100 // v if v else "skip")(v) for v in [5, 0, 20]]
print(safe)


def risky_gen():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
    yield 3


got = []
try:
    for v in risky_gen():
        got.append(v)
except RuntimeError as e:
    print("collected before error", got, e)

g = risky_gen()
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("next raised", e)
try:
    next(g)
except StopIteration:
    print("generator is finished after raising")


def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  gen finally")


print([x for x in gen_with_finally()])
gwf = gen_with_finally()
try:
    print([1 // 0 for x in gwf])
except ZeroDivisionError as e:
    print("comp over gen failed:", e)
finally:
    gwf.close()
    print("closed explicitly")


def stop_inside_gen():
    yield 1
    raise StopIteration("inside")


try:
    list(stop_inside_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

matrix = [[1, 2], [3, 0], [5, 6]]
try:
    inverted = [[1 / v for v in row] for row in matrix]
except ZeroDivisionError as e:
    print("nested comp:", e)
inverted = [[1 / v if v else None for v in row] for row in matrix]
print(inverted)


def first_failure(funcs):
    results = []
    for f in funcs:
        try:
            results.append(f())
        except Exception as e:
            results.append(type(e).__name__)
            break
        finally:
            results.append("|")
    return results


print(first_failure([lambda: 1, lambda: [][1], lambda: 3]))
print(first_failure([lambda: "a", lambda: {}["k"]]))


def return_from_except():
    try:
        raise ValueError("v")
    except ValueError:
        return "from except"
    finally:
        print("  finally after except-return")


print(return_from_except())
