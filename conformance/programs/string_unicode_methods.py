# Unicode text through methods, slicing, formatting and comparisons.
s = "Grüße, 世界! naïve café"
print(len(s), s.upper(), s.title(), s[7:9], s[::-1])
print(s.find("世"), s.index("!"), s.count("é"), s.encode("utf-8")[:10])
print([c for c in s if not c.isascii()], "".join(sorted(set("mississippi"))))
print(f"|{s[:5]:^11}|{'αβγ':>6}|{'x':*<4}|", "ß".upper(), "ǅ".lower(), "straße".casefold())
words = s.replace(",", "").replace("!", "").split()
print(words, sorted(words), max(words, key=len), [w.isalpha() for w in words])
print("é" == "e\u0301", len("e\u0301"), ord("世"), chr(0x1F600) == "😀", "😀".encode())
table = {"ü": "ue", "ß": "ss"}
print("".join(table.get(c, c) for c in "Grüße"))
print("a,b,,c".split(","), "  pad  ".strip(), "x".join("abc"), "CamelCaseWord".swapcase())
