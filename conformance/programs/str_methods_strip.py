# strip / lstrip / rstrip with and without a character set.
s = "   padded text \t\n"
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print(repr("xxhixx".strip("x")))
print(repr("xxhixx".lstrip("x")))
print(repr("xxhixx".rstrip("x")))
print(repr("abcHelloabc".strip("cba")))
print(repr("...!!!wow!!!...".strip(".!")))
print(repr("".strip()))
print(repr("    ".strip()))
print(repr("nochange".strip()))
print(repr("0001200".lstrip("0")))
print(repr("3.1400".rstrip("0")))
print(repr("www.example.com".strip("cmowz.")))
lines = ["  alpha  ", "\tbeta", "gamma\n", " delta "]
for ln in lines:
    print("[" + ln.strip() + "]")
