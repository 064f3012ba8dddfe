# Lone surrogates in str literals: kept as single code points (len 1, repr escapes them),
# refused by the utf-8 encoder unless surrogatepass, compared and hashed like other text.
s = "\ud800"
print(len(s), repr(s), ord(s), s == "\ud800", s != "\udc00", repr("a\udfffb"), len("x\ud83d\ude00y"))
try:
    s.encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    ("ok" + "\udc80").encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(repr(chr(0xd800)), chr(0xdbff) == "\udbff", "\ud800" < "\ue000", "\ud7ff" < "\ud800")
