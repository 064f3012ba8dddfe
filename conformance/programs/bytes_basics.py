# bytes: literals, repr, indexing, slicing, iteration, concatenation, comparison, decode, hex/fromhex, methods, errors.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:], list(b[:3]), b"" == b"", bytes())
print(b'\x00\xff\n\t\\\'"', b"it's", b'say "hi"', b'both \' and "', rb"\d+", b"\x7f\x80", repr(b"\r"))
for x in b"az":
    print(x)
print(b + b"!", b * 2, 3 * b"ab", b"ab" * 0, b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"x" == b"x", b"x" != b"y")
print(104 in b, b"wor" in b, b"xyz" in b, b"" in b)
print(b.decode(), b.decode("utf-8"), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"abc".decode("ascii"), len(b"\xe6\x97\xa5".decode()))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="replace"))
for bad in [b"\xff", b"abc\xc3", b"\xc3\x28", b"\xe6\x97", b"ok\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b.hex(), b"\x00\x01\xab".hex(), b"".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2))
print(bytes.fromhex("48 65 6c6c 6f"), bytes.fromhex(""), bytes.fromhex("  ff00  "))
try:
    bytes.fromhex("4g")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"), bytes((1, 2)))
for args in [(-1,), ([256],), ([1, "a"],), ("text",), (1.5,)]:
    try:
        print(bytes(args[0]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b.count(b"o"), b.count(111), b.count(b"l", 3, 8), b.find(b"o"), b.find(b"o", 5), b.rfind(b"o"), b.find(b"zz"), b.index(b"w"), b.rindex(b"l"), b.find(119))
print(b.startswith(b"he"), b.endswith(b"ld"), b.startswith((b"x", b"h")), b.startswith(b"wor", 6), b.endswith(b"lo", 0, 5))
print(b.upper(), b.lower(), b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"  x y  ".strip(), b"xxaxx".strip(b"x"), b"  a ".lstrip(), b"  a ".rstrip(), b"a,b,,c".split(b","), b"a b  c".split(), b"a b c".split(None, 1), b"a,b,c".rsplit(b",", 1))
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True), b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"abc".partition(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"))
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"-42".zfill(6), b"42".zfill(1))
print(b"abc".isalpha(), b"a1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Title Case".istitle(), b"\x80".isascii(), b"".isalpha())
try:
    b + "str"
except TypeError as e:
    print("TypeError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    "x" in b
except TypeError as e:
    print("TypeError", e)
try:
    300 in b
except ValueError as e:
    print("ValueError", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    b.split(b"")
except ValueError as e:
    print("ValueError", e)
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"), ord(b"a"), list(reversed(b"ab")))
print(str(b"x"), "%s" % b"x", f"{b'y'}", format(b"z"), int(b"12"), float(b"1.5") if False else int(b"ff", 16))
print(b"%s=%d" % (b"k", 5), b"%5s|%-5s|" % (b"ab", b"cd"), b"%x %o %c %c" % (255, 8, 65, b"z"), b"%r %a" % (b"q", "é"), b"%.2f %%" % 1.5, b"%(k)s" % {b"k": b"v"})
for fmt, arg in [(b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"%d", b"1"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b"))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
