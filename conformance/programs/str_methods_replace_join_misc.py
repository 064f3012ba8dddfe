# replace with counts, join errors, translate/maketrans, repetition, comparisons.
print("aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1), "aaaa".replace("aa", "x"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "abc".replace("b", ""))
print("héllo".replace("", "|"), "ééé".replace("é", "e", 2))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"), "-".join({"k": 1, "j": 2}))
try:
    "-".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
try:
    "-".join([b"x"])
except TypeError as e:
    print("TypeError", e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({104: "J", 111: 48}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError", e)
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, "" * 5)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "" < "a", "abc" >= "abc", "a" != "a")
print(min("hello"), max("héllo"), sorted("banana"), list("héllo"))
print("abc".__len__(), "x".__contains__("x"))
print(str(), str(12), str(1.5), str(None), str([1, "a"]), str(b"ab"), repr("a'b\"c"))
print("%s" % "x", "abc".encode(), "héllo".encode("utf-8"), "héllo".encode(encoding="utf-8"))
print(len("héllo wörld"), "héllo"[1], "héllo"[-1], "héllo"[1:3], "日本語テキスト"[::2], "日本語テキスト"[::-1], "日本語"[5:1:-1])
print(hash("abc") == hash("ab" + "c"), ord("é"), ord("日"), chr(233), chr(0x65e5), chr(0x1f600))
