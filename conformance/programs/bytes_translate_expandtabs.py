# bytes/bytearray expandtabs (tab stops, column resets at \n and \r, tabsize edge cases),
# translate (None or 256-byte tables, deletions, keyword delete) and the static maketrans,
# with CPython's messages for wrong argument types, counts and lengths.

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)

print("--- expandtabs")
samples = [b"", b"\t", b"a\tb", b"ab\tcd\tef", b"abcdefgh\tx", b"a\tbc\tdef\tg", b"x\ty\nab\tc", b"12\r\t3\t\n\t4", b"\t\t", b" \t \t "]
for s in samples:
    outs = [s.expandtabs()]
    for n in [0, 1, 2, 3, 4, 8, 9, -1]:
        outs.append(s.expandtabs(n))
    print(repr(s), outs)
ba = bytearray(b"col1\tcol2\tcol3\nx\ty\tz")
print(ba.expandtabs(), ba.expandtabs(6), ba.expandtabs(tabsize=2), ba)
table = [b"name\tqty\tprice", b"apple\t3\t1.25", b"kiwi fruit\t12\t0.5"]
for row in table:
    print(row.expandtabs(12).decode())
print(b"a\tb".expandtabs(True), b"a\tb".expandtabs(False), bytes.expandtabs(b"\tz", 3), bytearray.expandtabs(bytearray(b"q\t"), 4))
attempt("expandtabs('4')", lambda: b"a\tb".expandtabs("4"))
attempt("expandtabs(4.0)", lambda: b"a\tb".expandtabs(4.0))
attempt("expandtabs(None)", lambda: b"a\tb".expandtabs(None))
attempt("expandtabs(2, 3)", lambda: b"a\tb".expandtabs(2, 3))
attempt("expandtabs(size=3)", lambda: b"a\tb".expandtabs(size=3))
attempt("expandtabs(2**31)", lambda: b"a\tb".expandtabs(2 ** 31))
attempt("expandtabs(-2**31)", lambda: b"a\tb".expandtabs(-(2 ** 31)))
attempt("expandtabs(10**30)", lambda: bytearray(b"a\tb").expandtabs(10 ** 30))

print("--- maketrans")
t = bytes.maketrans(b"abc", b"xyz")
print(type(t).__name__, len(t), t[95:102], t[:3], t[-3:])
t2 = bytearray.maketrans(bytearray(b"0123456789"), b"##########")
print(type(t2).__name__, t2[45:60])
print(bytes.maketrans(b"", b"") == bytes(range(256)), b"xy".maketrans(b"a", b"b")[96:99], bytearray().maketrans(b"q", b"Q")[113])
attempt("maketrans(b'ab', b'x')", lambda: bytes.maketrans(b"ab", b"x"))
attempt("maketrans('a', b'b')", lambda: bytes.maketrans("a", b"b"))
attempt("maketrans(b'a', 'b')", lambda: bytes.maketrans(b"a", "b"))
attempt("maketrans(b'a', 5)", lambda: bytearray.maketrans(b"a", 5))
attempt("maketrans(b'a')", lambda: bytes.maketrans(b"a"))
attempt("maketrans(b'a', b'b', b'c')", lambda: bytes.maketrans(b"a", b"b", b"c"))
attempt("bytes.maketrans(kw)", lambda: bytes.maketrans(frm=b"a", to=b"b"))
attempt("bytearray.maketrans(kw)", lambda: bytearray.maketrans(frm=b"a", to=b"b"))

print("--- translate")
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = b"Hello, World! The quick brown fox."
enc = msg.translate(rot)
print(enc, enc.translate(rot), enc.translate(rot) == msg)
print(b"aabbcc-abc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(t, delete=b"ac"))
print(b"delete vowels".translate(None, b"aeiou"), b"keep all".translate(None), b"keep all".translate(None, b""))
print(b"\x00\x01\xff\x80".translate(bytes(range(255, -1, -1))), b"abc".translate(bytearray(range(256))[::-1]))
ba = bytearray(b"bytearray stays mutable")
out = ba.translate(None, b" ")
out.append(33)
print(out, ba, type(ba.translate(t)).__name__, ba.translate(t, bytearray(b"y")))
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(b"mixed Case 123".translate(upper), b"mixed Case 123".translate(upper, b"0123456789 "))
counts = [0] * 4
data = b"ACGTTGCAACGT"
comp = data.translate(bytes.maketrans(b"ACGT", b"TGCA"))
for i in range(len(comp)):
    counts[b"ACGT".index(comp[i])] += 1
print(comp, comp[::-1], counts)
print(bytes.translate(b"abc", None, b"a"), bytearray.translate(bytearray(b"abc"), t))
attempt("translate(b'x')", lambda: b"abc".translate(b"x"))
attempt("translate(255 bytes)", lambda: b"abc".translate(bytes(255)))
attempt("translate(257 bytes)", lambda: bytearray(b"abc").translate(bytes(257)))
attempt("translate(str table)", lambda: b"abc".translate("x" * 256))
attempt("translate(5)", lambda: b"abc".translate(5))
attempt("translate(None, 'b')", lambda: b"abc".translate(None, "b"))
attempt("translate(None, 97)", lambda: b"abc".translate(None, 97))
attempt("translate(None, None)", lambda: b"abc".translate(None, None))
attempt("translate()", lambda: b"abc".translate())
attempt("translate(table=None)", lambda: b"abc".translate(table=None))
attempt("translate(3 args)", lambda: b"abc".translate(None, b"a", b"b"))
attempt("translate(None, b'', delete=b'')", lambda: b"abc".translate(None, b"", delete=b""))
attempt("translate(None, deletee=b'')", lambda: b"abc".translate(None, deletee=b""))
attempt("translate(bad table, 5)", lambda: b"abc".translate(b"short", 5))
