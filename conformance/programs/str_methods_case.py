# upper / lower / isdigit / isalpha.
s = "Hello World 123"
print(s.upper())
print(s.lower())
print("\u00e9t\u00e9".upper(), "STRASSE".lower())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "-5".isdigit())
print("abc".isalpha(), "ab c".isalpha(), "".isalpha(), "\u00e9t\u00e9".isalpha())
print("ABC".isalpha(), "a1".isalpha())
tokens = ["42", "hello", "x9", "007", "World", "3.14", ""]
for t in tokens:
    if t.isdigit():
        print(repr(t), "digits ->", int(t))
    elif t.isalpha():
        print(repr(t), "letters ->", t.upper())
    else:
        print(repr(t), "mixed")
letters = 0
digits = 0
other = 0
for ch in "Python 3.11 is Fun!":
    if ch.isalpha():
        letters += 1
    elif ch.isdigit():
        digits += 1
    else:
        other += 1
print(letters, digits, other)
name = "aLiCe"
print(name[0].upper() + name[1:].lower())
