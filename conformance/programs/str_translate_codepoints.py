# str.translate/maketrans forms, removeprefix/removesuffix, code-point indexing/slicing/searching in non-ASCII text, utf-8 roundtrips.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-cab".translate(t1))
t2 = str.maketrans("aeiou", "AEIOU", "xyz")
print(sorted(t2.items()), "the quick brown fox jazzes lazily".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "long", "é": "e", ord("d"): "D", "😀": ":)"})
print(sorted(t3.items()), "abcdé😀abc".translate(t3))
print("hello".translate({104: "J", 111: 48}), "hello".translate({}), "日本語".translate({ord("本"): "ほん"}), "".translate(t1))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Ünïcode stays."
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg)
for args in [("ab", "x"), ("", "")]:
    try:
        print(str.maketrans(args[0], args[1]))
    except ValueError as e:
        print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans("abc")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError", e)

print("--- removeprefix/removesuffix")
for s in ["test_case.py", "test_", "case.py", "", "日本語.txt", "prefixprefix"]:
    print(repr(s), repr(s.removeprefix("test_")), repr(s.removesuffix(".py")), repr(s.removeprefix("")), repr(s.removesuffix(".txt")), repr(s.removeprefix("prefix")))

print("--- code points")
s = "héllo wörld"
print(len(s), s[1], s[7], s[-4], s[1:5], s[::-1], s[::2], s[-5:], s.upper(), s.find("ö"), s.index("w"), s.count("l"), s.rfind("l"))
print([c for c in s[:6]], [ord(c) for c in s[:3]], s.encode(), len(s.encode()), s.encode().decode() == s)
e = "a😀b🎉c👍🏽d"
print(len(e), e[1], e[3], e[5:7], e[::-1], e.find("🎉"), e.index("c"), [hex(ord(c)) for c in e], len(e.encode("utf-8")))
print(e.split("😀"), e.replace("🎉", "!"), e.partition("c"), e.upper(), e.isascii(), e[1:2] * 3, "😀" in e, "😀b" in e)
mix = "aé中😀"
for i in range(len(mix)):
    c = mix[i]
    print(i, c, ord(c), hex(ord(c)), len(c.encode()), c.encode(), repr(c), ascii(c), chr(ord(c)) == c)
print(ascii(mix), repr(mix), str(mix.encode()), mix.encode().hex())
back = bytes([0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80]).decode()
print(back, len(back), back == "中😀")

print("--- search and slicing")
text = "über straße café naïve 日本語 über"
print(text.find("über"), text.rfind("über"), text.find("über", 1), text.count("ü"), text.index("日本"), text.startswith("üb"), text.endswith("über"))
print(text[5:11], text[-10:-5], text[text.find("café"):text.find("café") + 4], text.split()[2][::-1], text.title(), text.upper())
words = text.split()
print(sorted(words), max(words), min(words), [len(w) for w in words], [w.encode() for w in words[:2]])
print("".join(reversed("ab😀cd")), "-".join("日本語"), "日本語" * 2, "é" < "f", "é" > "z", sorted("zéaäb"))
print(chr(0x10FFFF) == "\U0010ffff", len("\U0010ffff"), ord("\U0001F600"), chr(233), chr(0x4e2d), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("日本".encode("ascii", "replace"), "日本x".encode("ascii", "ignore"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), "a日".encode("utf-8", "strict"))
