# str.join over lists and tuples of strings.
print(", ".join(["a", "b", "c"]))
print("".join(["x", "y", "z"]))
print("-".join(("2024", "01", "15")))
print(repr(" ".join([])))
print("|".join(["only"]))
print("\n".join(["line1", "line2", "line3"]))
print("+".join("abc"))
nums = [1, 2, 3, 4]
strs = []
for n in nums:
    strs.append(str(n * n))
print(" + ".join(strs))
words = "hello world from python".split()
print("_".join(words))
caps = []
for w in words:
    caps.append(w[0].upper() + w[1:])
print(" ".join(caps))
print(", ".join(sorted(["pear", "apple", "fig"])))
rev = []
for w in reversed(words):
    rev.append(w)
print(" ".join(rev))
print("::".join(["", "a", ""]))
