# Lone surrogates through str operations: they are code points like any other.
s = "a\ud800b\udfffc"
print(len(s), repr(s[1]), repr(s[-2]), repr(s[1:4]), repr(s[::-1]), repr(s[::2]))
print(repr(s + "\udc80"), repr("\ud83d" + "\ude00"), len("\ud83d" + "\ude00"))
print(repr("\ud800" * 3), repr("-".join(["\ud800", "x", "\udbff"])))
print(s.find("\udfff"), s.index("b"), "\ud800" in s, "\ud801" in s, s.count("\ud800"))
print(repr(s.split("\ud800")), repr(s.replace("\udfff", "!")), repr(s.partition("b")))
print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print(repr(s.center(9, "*")), repr(s.zfill(7)), repr(s.strip("ac")), repr(s.ljust(6, "\udc00")))
print(s.isprintable(), "\ud800".isalpha(), "\ud800".isspace(), "\ud800".isdigit(), "\ud800".isidentifier())
print("\ud800".isupper(), "\ud800".islower(), "a\ud800".islower(), "\ud800".isascii())
print(ord("\udc80"), repr(chr(0xdfff)), [hex(ord(c)) for c in "x\ud800\uffff\U0010f7ff"])
print(repr(ascii("é\ud800")), ascii(["\udbff"]), str(["\ud800"]), repr(("\udead",)))
print(repr(f"<{s}>"), repr("{}|{:>4}|{!r}".format("\ud800", "\udc00", "\ud800")))
print(repr("%s %r %a %c" % ("\ud800", "\ud800", "\ud800", 0xdc01)), repr(format(0xd800, "c")))
words = ["\ue000", "\ud800", "z", "\ud7ff", "\U00010000", "\udfff", "\uffff"]
print([hex(ord(w)) for w in sorted(words)])
print(hex(ord(min(words))), hex(ord(max(words))), "\ud800" < "\ue000", "\udfff" > "\ud7ff", "\ud800" > "\U0001f600")
print(sorted(["a\ud800", "a\ue000", "a\ud7ff"]) == ["a\ud7ff", "a\ud800", "a\ue000"])
d = {"\ud800": 1, "\udc00": 2}
d["\ud800"] += 10
print(repr(sorted(d.items())), "\udc00" in d, "\udc01" in d, len({"\ud800", "\ud800", "\udc00"}))
print(hash("\ud800") == hash("\ud800"), "\ud800" == chr(0xd800), "\ud800" != "\ufffd")
t = str.maketrans({"\ud800": "S", "a": "\udc00"})
print(repr(s.translate(t)), repr("xyz".translate({ord("y"): 0xdc80})), repr(str.maketrans("\ud800", "\udc00")))
print(repr("\ud800\n\udc00".splitlines()), repr("\ud800 \udc00".split()), repr(s.encode("utf-8", "surrogatepass")))
print(repr(list("\ud800é")), repr(list(reversed("\ud800é"))), repr([c for c in s if c > "z"]))
print(repr(str("\ud800")), repr(str(b"\xed\xa0\x80", "utf-8", "surrogatepass")), len(repr("\ud800")))
