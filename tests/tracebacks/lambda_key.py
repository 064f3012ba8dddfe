words = ["b", "a"]
print(sorted(words, key=lambda w: w + 1))
