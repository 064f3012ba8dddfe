# str.format: auto/manual numbering, keywords, attribute and index fields, conversions, nested specs, errors.
print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[0]} {0[1]} {1[k]} {1[k2]}".format([10, 20], {"k": "v", "k2": 3}))
print("{x[2]} {x[-1]}".format(x="hello") if False else "{x[2]}".format(x="hello"))
print("{0.real} {0.imag} {1.real}".format(5, 2.5), "{n.real:>5}".format(n=7))
print("{0!r} {0!s} {0!a} {1!r:>8}".format("é", "b"), "{!r}".format([1, "2"]))
print("{:>{}}|{:{}.{}f}|{:{fill}^{width}}".format("x", 4, 3.14159, 8, 2, "mid", fill="*", width=9))
print("{0:{1}}|{0:>{1}}".format("ab", 5), "{:{}}".format(3, "05"))
print("{{}} {{{}}} {{x}}".format(5), "}}{{".format(), "{:}".format(7), "{!s:}".format(8))
print("{0[a]}".format({"a": 1}), "{0[0][1]}".format([[1, 2]]), "{d[key with space]}".format(d={"key with space": 9}))
print("{:,} {:_x} {:#b} {:e} {:%}".format(1234567, 65535, 5, 1234.5, 0.25))
print("{} and {}".format(*["a", "b"]) if False else "{}{}".format("a", "b"))
print("{0}{1}{0}".format("ab", "cd"), "{:^11}".format("center"), "{:<3}|{:>3}".format(1, 2))
print("{0:0>5}|{0:x<5}|{0:=+5}".format(7), "{0:.3}|{0:.3s}".format("abcdef"))
print("{}".format(None), "{:10}|".format(None) if False else "{!s:10}|".format(None), "{}".format(True), "{:d}".format(True))
print("{:5}|{:<5}|{:5}|".format(True, 12, "s"))
print("a{}b".format(""), "{0}{0}{0}".format("-"), "{a}{a}".format(a=0))
errs = [("{} {}", ("a",), {}), ("{0} {}", ("a", "b"), {}), ("{} {1}", ("a", "b"), {}), ("{x}", (), {}), ("{2}", ("a",), {}),
        ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {}),
        ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}),
        ("{0:{1}{2}{3}}", (1, 2, 3, 4), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a.b}", (), {"a": 1}), ("{!r", (1,), {}),
        ("{0[0]}", (5,), {}), ("{0]}", (1,), {}), ("{a[0}", (), {"a": [1]})]
for fmt, args, kw in errs:
    try:
        if len(args) == 0:
            print(repr(fmt.format(**kw) if False else fmt.format(a=kw["a"]) if "a" in kw else fmt.format()))
        elif len(args) == 1:
            print(repr(fmt.format(args[0])))
        elif len(args) == 2:
            print(repr(fmt.format(args[0], args[1])))
        elif len(args) == 3:
            print(repr(fmt.format(args[0], args[1], args[2])))
        else:
            print(repr(fmt.format(args[0], args[1], args[2], args[3])))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print("{0} {name}".format_map({"name": "n"}) if False else "{name}!".format_map({"name": "n"}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
