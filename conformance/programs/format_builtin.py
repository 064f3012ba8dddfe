# The format() builtin with specs.
print(format(42))
print(format(42, "5"))
print(format(42, "<5") + "|")
print(format(3.14159, ".2f"))
print(format(1234567, ","))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"))
print(format(0.5, "%"), format(0.5, ".0%"))
print(format(12345.678, "e"), format(12345.678, ".3g"))
print(format("text", ">8"), format("text", "^8") + "|")
print(format(-17, "+"), format(17, "+"))
print(format(1e100, "g"))
print(repr(format("", "")), repr(format(None)))
print(format(True), format(2.0), format(2 ** 70))
specs = ["", "10", "<10", "^10", "010.3f", ",.1f", "+.2e"]
for s in specs:
    print(repr(s), "->", "[" + format(9876.54321, s) + "]")
