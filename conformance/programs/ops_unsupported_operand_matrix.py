# Binary, comparison and unary operators across many type pairs: the result or
# the exact TypeError message.

VALUES = [3, 2.5, True, "ab", [1], (2,), {1: 2}, {3}, None]
NAMES = ["int", "float", "bool", "str", "list", "tuple", "dict", "set", "None"]

BINOPS = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b),
    ("@", lambda a, b: a @ b),
    ("<<", lambda a, b: a << b),
    (">>", lambda a, b: a >> b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
]

CMPOPS = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
]

UNOPS = [
    ("-", lambda a: -a),
    ("+", lambda a: +a),
    ("~", lambda a: ~a),
    ("not", lambda a: not a),
]


def attempt(f, a, b):
    try:
        return "= " + repr(f(a, b))
    except Exception as e:
        return "! " + type(e).__name__ + ": " + str(e)


for sym, f in BINOPS:
    print("== operator", sym)
    for i in range(len(VALUES)):
        for j in range(len(VALUES)):
            print(" ", NAMES[i], sym, NAMES[j], attempt(f, VALUES[i], VALUES[j]))

for sym, f in CMPOPS:
    print("== comparison", sym)
    for i in range(len(VALUES)):
        for j in range(len(VALUES)):
            print(" ", NAMES[i], sym, NAMES[j], attempt(f, VALUES[i], VALUES[j]))

print("== unary")
for sym, f in UNOPS:
    for i in range(len(VALUES)):
        try:
            r = "= " + repr(f(VALUES[i]))
        except Exception as e:
            r = "! " + type(e).__name__ + ": " + str(e)
        print(" ", sym, NAMES[i], r)

print("== abs")
for i in range(len(VALUES)):
    try:
        r = "= " + repr(abs(VALUES[i]))
    except Exception as e:
        r = "! " + type(e).__name__ + ": " + str(e)
    print("  abs", NAMES[i], r)

print("== augmented")
for i in range(len(VALUES)):
    for j in range(len(VALUES)):
        a = VALUES[i]
        if isinstance(a, list):
            a = list(a)
        elif isinstance(a, dict):
            a = dict(a)
        elif isinstance(a, set):
            a = set(a)
        try:
            a += VALUES[j]
            r = "= " + repr(a)
        except Exception as e:
            r = "! " + type(e).__name__ + ": " + str(e)
        print(" ", NAMES[i], "+=", NAMES[j], r)
        try:
            a = VALUES[i]
            a -= VALUES[j]
            r = "= " + repr(a)
        except Exception as e:
            r = "! " + type(e).__name__ + ": " + str(e)
        print(" ", NAMES[i], "-=", NAMES[j], r)
        try:
            a = VALUES[i]
            a |= VALUES[j]
            r = "= " + repr(a)
        except Exception as e:
            r = "! " + type(e).__name__ + ": " + str(e)
        print(" ", NAMES[i], "|=", NAMES[j], r)

print("== mixed extras")
extra = [
    (lambda: "abc" % [], "'abc' % []"),
    (lambda: "abc" % {}, "'abc' % {}"),
    (lambda: "abc" % (), "'abc' % ()"),
    (lambda: "%s" % [1, 2], "'%s' % [1, 2]"),
    (lambda: "%s" % ((1, 2),), "'%s' % ((1, 2),)"),
    (lambda: [1, 2] * -1, "[1, 2] * -1"),
    (lambda: (1,) * 0, "(1,) * 0"),
    (lambda: 1 << -1, "1 << -1"),
    (lambda: 1 >> -1, "1 >> -1"),
    (lambda: 2.5 % -1, "2.5 % -1"),
    (lambda: True + True, "True + True"),
    (lambda: True & False, "True & False"),
    (lambda: True | 2, "True | 2"),
    (lambda: True ^ True, "True ^ True"),
    (lambda: -True, "-True"),
    (lambda: ~False, "~False"),
    (lambda: {1: 2}.keys() | {3}, "keys() | {3}"),
    (lambda: {1: 2}.keys() & [1], "keys() & [1]"),
    (lambda: {1: 2}.keys() - {1}, "keys() - {1}"),
    (lambda: {1: 2}.values() | {3}, "values() | {3}"),
    (lambda: frozenset([1]) | {2}, "frozenset | set"),
    (lambda: {2} | frozenset([1]), "set | frozenset"),
    (lambda: [1] + (2,), "[1] + (2,)"),
    (lambda: (2,) + [1], "(2,) + [1]"),
    (lambda: "a" + 1, "'a' + 1"),
    (lambda: 1 + "a", "1 + 'a'"),
    (lambda: None + None, "None + None"),
    (lambda: 10 ** -2, "10 ** -2"),
    (lambda: 0 ** 0, "0 ** 0"),
    (lambda: 0 ** -1, "0 ** -1"),
    (lambda: 0.0 ** -1, "0.0 ** -1"),
    (lambda: 1 / False, "1 / False"),
    (lambda: 1 % False, "1 % False"),
    (lambda: 1.5 // False, "1.5 // False"),
]
for f, label in extra:
    try:
        r = "= " + repr(f())
    except Exception as e:
        r = "! " + type(e).__name__ + ": " + str(e)
    print(" ", label, r)
