# ord and chr round trips.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(ord("\u00e9"), ord("\u4e2d"), ord("\U0001F600"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(20013))
print(repr(chr(0)), repr(chr(127)), chr(128512))
s = ""
for code in range(ord("a"), ord("z") + 1):
    s += chr(code)
print(s)
up = ""
for ch in "Hello, World":
    if "a" <= ch <= "z":
        up += chr(ord(ch) - 32)
    else:
        up += ch
print(up)
total = 0
for ch in "metal0":
    total += ord(ch)
print(total)
for c in [ord("a"), 1114111, 0]:
    print(c, len(chr(c)))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(1114112)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
