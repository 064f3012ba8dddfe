# str.split/rsplit/splitlines/partition/rpartition: separators, maxsplit, keywords, errors.
print("a b  c".rsplit())
print("a b  c d".rsplit(None, 1))
print("a,b,c,d".rsplit(",", 2))
print("a,b,c,d".rsplit(",", 0))
print("  a  b  ".rsplit(maxsplit=1))
print("a b c".split(sep=" ", maxsplit=1))
print("a\x1cb\x1dc\x1ed\x1ff\x85g\u2028h\u3000i".split())
print("a\u00a0b".split())
print("aaa".split("a"))
print("aaa".rsplit("aa"))
print("abcabc".split("abc"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\r\nline3\rline4\n".splitlines(True))
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines())
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True))
print("no newline".splitlines())
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("nothing".partition("="))
print("nothing".rpartition("="))
print("abab".partition("ab"))
print("abab".rpartition("ab"))
for sep in ["", 5]:
    try:
        print("abc".split(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print("abc".partition(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print("abc".rpartition(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print("abc".rsplit(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("a b".split(" ", "1"))
except TypeError as e:
    print("TypeError", e)
print("héllo wörld ünïcode".split("ö"))
print("日本語 テキスト".split())
print("日本語,テキスト".partition(","))
