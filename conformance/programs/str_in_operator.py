# Substring membership with in / not in.
s = "the quick brown fox"
print("quick" in s)
print("slow" in s)
print("" in s)
print("q" in s, "z" in s)
print("fox" not in s, "dog" not in s)
print(" " in s, "the q" in s, "brown fox" in s)
print("The" in s)
vowels = "aeiou"
count = 0
for ch in s:
    if ch in vowels:
        count += 1
print("vowels:", count)
words = ["apple", "banana", "cherry"]
for w in words:
    if "an" in w:
        print(w, "contains an")
    elif "rr" in w:
        print(w, "contains rr")
    else:
        print(w, "neither")
print("ana" in "banana", "nab" in "banana")
