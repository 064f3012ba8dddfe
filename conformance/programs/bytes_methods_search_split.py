# bytes methods: search with ranges and int needles, split families, strip sets, case/predicates, padding, translate, full repr table.
b = b"the cat sat on the mat; the end"
print(b.find(b"the"), b.find(b"the", 1), b.find(b"the", 1, 20), b.rfind(b"the"), b.rfind(b"the", 0, 20), b.find(b"dog"))
print(b.find(ord("a")), b.rfind(ord("a")), b.find(116, 5), b.index(b"sat"), b.rindex(b"at"), b.count(b"at"), b.count(b"t"), b.count(b""), b.count(ord("e")))
for args in [(b"zz",), (b"the", 25), (120,)]:
    try:
        if len(args) == 1:
            print(b.index(args[0]))
        else:
            print(b.index(args[0], args[1]))
    except ValueError as e:
        print("ValueError", e)
try:
    b.find(256)
except ValueError as e:
    print("ValueError", e)
try:
    b.find("the")
except TypeError as e:
    print("TypeError", e)
print(b.replace(b"the", b"THE"), b.replace(b"the", b"a", 2), b.replace(b"", b"-", 3), b.replace(b"t", b""))
print(b.startswith(b"the"), b.startswith((b"a", b"th")), b.endswith(b"end"), b.endswith(b"the", 0, 18), b.startswith(b"cat", 4))

print("--- split family")
line = b"  alpha  beta\tgamma\n delta  "
print(line.split(), line.split(None, 2), line.rsplit(None, 2), line.split(b" "), line.split(b"  ", 1), line.rsplit(b"a", 2))
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 1), b"".split(), b"".split(b","), b"   ".split(), b"x".split(b"x"))
print(b"one\ntwo\r\nthree\rfour\n".splitlines(), b"one\ntwo\r\nthree\rfour\n".splitlines(True), b"".splitlines(), b"\n\n".splitlines())
print(b"key=value=more".partition(b"="), b"key=value=more".rpartition(b"="), b"novalue".partition(b"="), b"novalue".rpartition(b"="))
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
print(b", ".join([b"a", b"bb", bytearray(b"ccc")]), b"".join([]), b"-".join([b"x"]), b"\x00".join([b"\x01", b"\x02"]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    b",".join([b"a", 5])
except TypeError as e:
    print("TypeError", e)

print("--- strip")
s = b"xxhello worldyx"
print(s.strip(b"xy"), s.lstrip(b"x"), s.rstrip(b"xy"), b"  \t pad \n ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"aaa".strip(b"a"))
print(b"www.example.com".strip(b"cmowz."), b"#!#value#!".strip(b"#!"), b"\x00\x00data\x00".strip(b"\x00"))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"body".removeprefix(b"x"), b"body".removesuffix(b""))

print("--- case and predicates")
m = b"hELLO wORLD 123 \xc3\xa9"
print(m.upper(), m.lower(), m.swapcase(), m.title(), m.capitalize(), b"o'neil's book".title())
for x in [b"abc", b"ABC", b"Abc", b"123", b"abc123", b"", b" \t\n", b"Title Case", b"\xe9", b"a b", b"A1"]:
    print(x, x.isalpha(), x.isdigit(), x.isalnum(), x.isspace(), x.islower(), x.isupper(), x.istitle(), x.isascii())

print("--- padding")
print(b"42".zfill(6), b"-42".zfill(6), b"+7".zfill(4), b"abc".zfill(2), b"".zfill(3))
print(b"mid".center(9), b"mid".center(10, b"*"), b"l".ljust(4, b"."), b"r".rjust(4, b"0"), b"toolong".center(3))
print(b"a\tbc\tdef\tg".expandtabs(), b"a\tbc\tdef\tg".expandtabs(4), b"\t".expandtabs(0), b"x\ty\nab\tc".expandtabs(3))
try:
    b"x".center(5, b"ab")
except TypeError as e:
    print("TypeError", e)

print("--- translate")
tbl = bytes.maketrans(b"abc", b"xyz")
print(len(tbl), tbl[97:100], b"aabbcc-abc".translate(tbl), b"aabbcc".translate(tbl, b"b"), b"delete vowels".translate(None, b"aeiou"))
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot), b"hello world".translate(rot).translate(rot))
try:
    bytes.maketrans(b"ab", b"x")
except ValueError as e:
    print("ValueError", e)

print("--- repr table")
allb = bytes(range(256))
for i in range(0, 256, 32):
    print(i, allb[i:i + 32])
print(repr(allb)[:40], len(repr(allb)), ascii(b"\x01a"), str(b"q"), b"\\" + b"'" + b'"')
