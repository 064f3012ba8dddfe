# Encoding and decoding with every error handler CPython has for utf-8, ascii and latin-1,
# where lone surrogates come and go.
texts = ["\ud800", "a\ud800\udc00b", "x\udc80y", "é\ud800", "aé€😀", "plain"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"]
for s in texts:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in handlers:
            try:
                print(ascii(s), enc, err, s.encode(enc, err))
            except Exception as e:
                print(ascii(s), enc, err, type(e).__name__, e)
datas = [b"a\xed\xa0\x80b", b"\xff\xfe", b"a\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\x80abc\xe9", b"ok",
         b"\xed\xbf\xbf\xed", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\xaf"]
for b in datas:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in handlers[:3] + ["backslashreplace", "surrogateescape", "surrogatepass", "bogus"]:
            try:
                print(b, enc, err, ascii(b.decode(enc, err)))
            except Exception as e:
                print(b, enc, err, type(e).__name__, e)
raw = b"caf\xe9 \xff\xfe"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), len(s), s.encode("utf-8", "surrogateescape") == raw)
print(ascii(bytes("\udcff", "utf-8", "surrogateescape")), ascii(str(b"\xe9", "latin-1")), ascii(str(b"\xe9", encoding="latin_1")))
for enc in ["UTF8", "utf_8", "Latin-1", "US-ASCII", "L1"]:
    print(enc, "é".encode(enc, "replace"))
try:
    "\ud800".encode("utf-8", errors="strict")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode(errors="xmlcharrefreplace")
except TypeError as e:
    print(type(e).__name__, e)
