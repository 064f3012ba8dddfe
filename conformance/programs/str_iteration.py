# Iterating over strings character by character.
s = "Mississippi"
for ch in s:
    print(ch, end=" ")
print()
counts = {}
for ch in s:
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
for i, ch in enumerate("abc"):
    print(i, ch)
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
caesar = ""
for ch in "attack at dawn":
    if ch.isalpha():
        caesar += chr((ord(ch) - ord("a") + 3) % 26 + ord("a"))
    else:
        caesar += ch
print(caesar)
for ch in "\u00e9\u4e2d!":
    print(repr(ch), ord(ch))
i = 0
word = "level"
ok = True
while i < len(word) // 2:
    if word[i] != word[-1 - i]:
        ok = False
    i += 1
print(word, "palindrome:", ok)
