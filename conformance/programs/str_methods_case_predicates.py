# Case conversions and is* predicates on ASCII and non-ASCII text.
words = ["hello", "HELLO", "Hello World", "hello world", "ß", "straße", "ǅungla", "ﬁne", "İstanbul",
         "ΣΑΣ", "σας", "ὈΔΥΣΣΕΎΣ", "123abc", "abc123", "they're bill's", "a1b2 c3", "", " ", "ǈ", "ŉ", "ΐ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isspace(), w.isascii(), w.isidentifier(), w.isprintable())
samples = ["123", "١٢٣", "½", "²", "Ⅻ", "٣.١", "\t\n ", "\u2003", "\x00", "\x7f", "é", "_x1", "1x", "x y", "ab\u0301", "\u00ad",
           "abc\n", "if", "Ⅻ", "𝟘𝟙", "〇", "一二三"]
for w in samples:
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalpha(), w.isalnum(), w.isspace(), w.isprintable(), w.isidentifier(), w.isupper(), w.islower())
print("hello world".title(), "HELLO wORLD".capitalize(), "o'neil mc-donald".title(), "1st 2nd".title())
print("ǆ".title(), "ǆ".capitalize(), "ǆ".upper(), "Ǆ".lower())
print("ΑΣ ΑΣ.".lower(), "Σ".lower(), "ΑΣa".lower(), "aΣ b".lower())
print("ﬀ".upper(), "ﬃ".title(), "ß".capitalize(), "ŉ".upper())
