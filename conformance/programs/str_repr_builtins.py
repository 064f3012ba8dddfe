# str() and repr() of many values.
vals = [0, -12, 2 ** 80, 1.0, 0.1, -0.0, 1e100, "txt", "q'uote", "", None, True,
        [1, "a"], (1,), (), {"k": [1]}, [[]]]
for v in vals:
    print(str(v), "|", repr(v))
print(str(str(5)), repr(repr(5)), repr(str(5)), str(repr("a")))
print(len(str(2 ** 64)), len(repr("ab")), len(str("ab")))
s = str(12) + str(3.5) + str(None) + str([1])
print(s)
print(str(1) == "1", repr(1) == "1", repr("1") == "'1'")
