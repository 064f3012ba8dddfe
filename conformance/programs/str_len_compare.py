# len() and lexicographic comparison of strings.
print(len(""), len("a"), len("hello"), len("\u00e9\u00e9"), len("\n"))
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("apple" == "apple", "apple" != "Apple", "a" > "B")
print("10" < "9", "abc" <= "abc", "b" >= "abc")
print("\u00e9" > "z", "\u4e2d" > "\u00e9")
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "10", "9"]
print(sorted(words))
print(min(words), max(words))
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, len(longest))
a = "same"
b = "sa" + "me"
print(a == b, a < b, a > b)
