# str.replace, including the count argument and empty patterns.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("dog", "cat"))
print(s.replace(" ", ""))
print("aaaa".replace("aa", "b"))
print("aaa".replace("a", "aa"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("hello".replace("l", "L", 1))
print("a.b.c".replace(".", ""))
print("tab\there".replace("\t", "    "))
text = "The rain in Spain stays mainly in the plain"
print(text.replace("ain", "AIN"))
t = text
for old in ["The", "rain", "Spain"]:
    t = t.replace(old, old.upper())
print(t)
print(s.count("fish"), s.replace("fish", "").count(" "))
