# str: partition/rpartition, expandtabs, zfill, center/ljust/rjust with fills, casefold/swapcase/title/capitalize edge cases.
for s, sep in [("key=value", "="), ("a=b=c", "="), ("novalue", "="), ("=lead", "="), ("trail=", "="), ("", "="),
               ("path/to/file.tar.gz", "."), ("path/to/file.tar.gz", "/"), ("abcabc", "bc"), ("日本=語", "=")]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print("TypeError", e)

print("--- expandtabs")
for s in ["a\tb", "\t", "ab\tc\td", "12345678\tx", "1234567\tx", "a\tb\nc\td", "a\r\tb", "\t\t", "é\tx", "no tabs"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))

print("--- zfill")
for s in ["42", "-42", "+42", "0", "-", "+", "", "abc", "-abc", "3.14", "--1", "١٢", "12345"]:
    print(repr(s), s.zfill(0), s.zfill(3), s.zfill(6))

print("--- padding")
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    print("[" + s.center(6) + "]", "[" + s.center(7, "*") + "]", "[" + s.ljust(5, ".") + "]", "[" + s.rjust(5, "→") + "]", "[" + s.center(1) + "]")
print("[" + "x".center(4, "ü") + "]", "[" + "xy".center(5, "-") + "]", "[" + "xy".center(6, "-") + "]", "[" + "xyz".center(6, "-") + "]")
for fill in ["ab", "", 5]:
    try:
        print("x".center(5, fill))
    except TypeError as e:
        print("TypeError", e)

print("--- case mapping")
words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "123abc def", "o'neil-smith jr.", "ǆemal", "ßtraße",
         "İstanbul", "ﬁne ﬂow", "ΣΊΣΥΦΟΣ", "straße", "MASSE", "Ωmega", "x1y2 z3", "  spaced  out  ", "tab\tsep", "a_b-c.d"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse", "ß".upper(), len("ß".upper()), "ﬃ".upper(), "ŉ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "σς".upper(), "İ".lower(), len("İ".lower()), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
for w in ["Hello World", "Hello world", "HELLO", "hello", "Hello2World", "A", "", "1", "Ǉubljana", "Élan Vital", "They'Re"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
