# List indexing edge cases: negative indexes, out-of-range reads/writes/deletes with
# their IndexError messages, huge (big int) indexes, bool and index-typed values.
xs = [10, 20, 30, 40, 50]
for i in range(-len(xs), len(xs)):
    print(i, xs[i], xs[i] == xs[i % len(xs)])

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except IndexError as e:
        print(label, "IndexError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)

attempt("xs[len(xs)]", lambda: xs[len(xs)])
attempt("xs[-len(xs)-1]", lambda: xs[-len(xs) - 1])
attempt("xs[10**30]", lambda: xs[10 ** 30])
attempt("xs[-10**30]", lambda: xs[-(10 ** 30)])
attempt("xs[2**63]", lambda: xs[2 ** 63])
attempt("xs[2**63-1]", lambda: xs[2 ** 63 - 1])
attempt("xs[-2**63]", lambda: xs[-(2 ** 63)])
attempt("xs[True]", lambda: xs[True])
attempt("xs[False]", lambda: xs[False])
attempt("xs['1']", lambda: xs["1"])
attempt("xs[1.0]", lambda: xs[1.0])
attempt("xs[None]", lambda: xs[None])
attempt("slice big", lambda: xs[10 ** 30:])
attempt("slice neg big", lambda: xs[-(10 ** 30):2])
attempt("slice both big", lambda: xs[-(10 ** 40):10 ** 40:2])
attempt("slice step big", lambda: xs[:: 10 ** 20])
attempt("slice step neg big", lambda: xs[:: -(10 ** 20)])
attempt("slice step 0", lambda: xs[::0])
attempt("[][0]", lambda: [][0])
attempt("[][-1]", lambda: [][-1])
attempt("().index", lambda: (1, 2)[5])
attempt("pop empty", lambda: [].pop())
attempt("pop big", lambda: [1, 2].pop(10 ** 30))
attempt("pop out", lambda: [1, 2].pop(2))
attempt("pop neg", lambda: [1, 2].pop(-3))
attempt("index missing", lambda: [1, 2].index(3))
attempt("insert big", lambda: (lambda l: (l.insert(10 ** 30, 9), l)[1])([1, 2]))
attempt("insert neg big", lambda: (lambda l: (l.insert(-(10 ** 30), 9), l)[1])([1, 2]))

def store(i, v):
    ys = [0, 1, 2]
    ys[i] = v
    return ys

attempt("store -1", lambda: store(-1, "a"))
attempt("store 3", lambda: store(3, "a"))
attempt("store -4", lambda: store(-4, "a"))
attempt("store big", lambda: store(10 ** 30, "a"))
attempt("store 2**64", lambda: store(2 ** 64, "a"))

def delete(i):
    ys = [0, 1, 2]
    del ys[i]
    return ys

attempt("del 0", lambda: delete(0))
attempt("del -1", lambda: delete(-1))
attempt("del 3", lambda: delete(3))
attempt("del big", lambda: delete(-(10 ** 25)))

big = 10 ** 30
idx = big - big + 2
print("big minus big", idx, xs[idx], xs[big // big])
print("huge mod", xs[big % 5], xs[(big + 3) % 5], xs[-(big + 1) % 5])
n = 2 ** 100
print(xs[n >> 98], xs[-(n >> 99)])
nested = [[i * j for j in range(4)] for i in range(4)]
print(nested[-1][-1], nested[2][-3], nested[-4][3])
attempt("nested out", lambda: nested[1][4])
attempt("nested neg out", lambda: nested[-5][0])
s = "hello"
attempt("str index", lambda: s[5])
attempt("str big", lambda: s[10 ** 30])
print(s[-5], s[4], s[10 ** 30:], s[-(10 ** 30):3])
t = (1, 2, 3)
attempt("tuple big", lambda: t[-(2 ** 70)])
print(t[-3], t[2 ** 70 - 2 ** 70 + 1])
r = range(0, 100, 7)
attempt("range big", lambda: r[10 ** 30])
attempt("range out", lambda: r[15])
print(r[-1], r[14], len(r))
