# Code-point indexing and slicing of non-ASCII text, encode/decode round trips, ord/chr, repr/ascii of Unicode.
s = "aé日😀b"
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-2], s[1:4], s[::-1], s[::2], s[-3:], s[3:1:-1])
for i in range(len(s)):
    print(i, s[i], ord(s[i]), hex(ord(s[i])), len(s[i].encode()))
e = s.encode("utf-8")
print(e, len(e), e.decode("utf-8") == s, s.encode() == e, str(e, "utf-8"), str(e, encoding="utf-8") == s)
print("héllo".encode("latin-1"), "abc".encode("ascii"), b"h\xe9llo".decode("latin-1"))
for enc, text in [("ascii", "caf\xe9"), ("latin-1", "日本"), ("ascii", "ok\U0001f600")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as ex:
        print("UnicodeEncodeError", ex)
print("a日é".encode("ascii", "ignore"), "a日é".encode("ascii", "replace"), "日本x".encode("latin-1", errors="replace"))
print(repr("é\n日\t😀\x00\x7f\u200b\u00a0\ufeff"), ascii("é日😀\n"), ascii("plain"), repr("\U0010ffff"), repr("\u0378"))
print("日本語".find("語"), "日本語".index("本"), "日本語日本".rfind("日本"), "日本語".count("日"), "ü" * 3, "é".center(5, "·"))
print("😀😀".replace("😀", "x"), "a😀b".split("😀"), "😀".join(["a", "b"]), "aé😀".upper(), "ÉCOLE".lower(), len("🇫🇷"), "🇫🇷"[0] == "\U0001f1eb")
print(sorted(["é", "e", "z", "日", "😀", "a"]), min("日本"), max("aé"), "é" in "café", "fé" in "café", "x" not in "café")
for c in "aé😀":
    print(c, end="|")
print()
print(chr(0x10ffff) == "\U0010ffff", list(map(ord, "aé")), "%c" % 0x1f600, f"{'日':>3}|{'😀':^5}|")
try:
    chr(0x110000)
except ValueError as ex:
    print("ValueError", ex)
try:
    ord("ab")
except TypeError as ex:
    print("TypeError", ex)
try:
    ord("")
except TypeError as ex:
    print("TypeError", ex)
try:
    "日本"[5]
except IndexError as ex:
    print("IndexError", ex)
