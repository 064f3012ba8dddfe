# find/rfind/index/rindex/count/startswith/endswith with start/end, negative indices, tuples.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o", -5), s.rfind("o", -5, -1))
print(s.find(""), s.find("", 5), s.find("", 100), s.rfind(""), s.rfind("", 3, 7))
print(s.find("o", -100), s.find("o", 5, 2))
print(s.index("world"), s.rindex("o"), s.index("l", 5))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 5), s.count("l", 5, 12), "".count(""))
print("aaaa".count("aa"), "aaaa".count("a", -2))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("world", 6, 8))
print(s.startswith(("x", "he")), s.endswith(("on", "zz")), s.endswith("hello", 0, 18))
print(s.startswith(""), "".startswith(""), "".endswith("", 1), "abc".startswith("", 3), "abc".startswith("", 4))
print(s.endswith("python", -6), s.endswith("pyth", -6, -2))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.startswith(5)
except TypeError as e:
    print("TypeError", e)
try:
    s.endswith(["a"])
except TypeError as e:
    print("TypeError", e)
try:
    s.startswith(("a", 1))
except TypeError as e:
    print("TypeError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
try:
    s.count(None)
except TypeError as e:
    print("TypeError", e)
u = "ünïcödé ünïcödé"
print(u.find("ö"), u.rfind("ö"), u.index("é", 7), u.count("ü"), u.find("d", 3, 6))
print(u.startswith("ïc", 2), u.endswith("dé", 0, 7))
print(s.find("o", None, None), s.count("l", None, 10))
