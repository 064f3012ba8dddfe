# str predicates on non-ASCII text (digits, numerics, identifiers, spaces), splitlines on every line boundary, rsplit/split maxsplit.
samples = ["123", "٣٤٥", "²", "³4", "½", "Ⅻ", "三", "१२३", "𝟙𝟚", "①", "0x1F", "-1", "1.5", "", " ", "١٢a", "٠", "፩", "¼½"]
print("str dec dig num alnum alpha")
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ["٣٤٥", "१२३", "𝟙𝟚", "  ٤٢  ", "١_٠٠٠", "۱۲۳"]:
    print(repr(s), int(s), float(s))
for s in ["²", "½", "三", "Ⅻ"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)

print("--- identifiers")
for s in ["abc", "_x", "x1", "1x", "", "été", "日本", "a-b", "a b", "ℕ", "x²", "_", "__init__", "class", "None", "Ωmega", "a\u0301", "\u0301a", "🐍"]:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isascii())

print("--- spaces and printables")
for s in [" ", "\t\n\r\x0b\x0c", "\u00a0", "\u2003", "\u3000", "\u200b", "\x1c\x1d\x1e\x1f", "\x85", "a ", ""]:
    print(repr(s), s.isspace(), s.isprintable(), len(s.split()), s.strip() == "")
print(repr("\u00a0x\u2003y\u3000z".split()), repr(" a\u2028b ".strip()), repr("\x1cx\x1f".strip()))

print("--- splitlines")
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(True))
for s in ["", "\n", "a\n", "a\n\nb", "\r\n\r\n", "a\r\r\nb", "no newline", "trailing\r", "x\n\u2028\ny"]:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True), s.split("\n"))

print("--- split/rsplit with maxsplit")
line = "  a  bb\tccc \n dddd  e  "
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, line.split(maxsplit=n), line.rsplit(maxsplit=n))
csv = "x,y,,z,"
for n in [-1, 0, 1, 2, 5]:
    print(n, csv.split(",", n), csv.rsplit(",", n))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"), "ab".split("abc"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("日本:語:テキスト".rsplit(":", 1), "héllo wörld  ".rsplit(None, 1), "\u3000x\u3000y".split(None, 1))
try:
    "x".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "x".rsplit(1)
except TypeError as e:
    print("TypeError", e)
