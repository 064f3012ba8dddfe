# center/ljust/rjust/zfill/strip/expandtabs/removeprefix/removesuffix.
for w in [0, 1, 5, 6, 7, 10, 11]:
    print(repr("abc".center(w)), repr("abcd".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "é")))
print(repr("".center(3)), repr("x".center(2)), repr("x".center(4)), repr("xy".center(5)), repr("xyz".center(6)))
for s in ["42", "-42", "+42", "", "-", "abc", "ü1", "--7"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-3)))
print(repr("  \t\n x y \r\n\x0b\x0c".strip()), repr("\u3000 wide \u2000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("hello".strip("")), repr("abc".lstrip("ba")), repr("abc".rstrip("cb")))
print(repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("ééaéé".strip("é")), repr("aaa".strip("a")))
print(repr("abc".strip(None)), repr("  abc ".lstrip(None)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\nxyz\tq".expandtabs(3)), repr("\t".expandtabs(0)), repr("a\tb".expandtabs(-1)))
print(repr("12345\t6\r7\t8".expandtabs(tabsize=2)), repr("é\tx".expandtabs(4)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "body.txt".removesuffix(".txt"), "a".removesuffix(""), "".removeprefix("a"))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".ljust(10, "")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".rjust("10")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".zfill("5")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".center(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
