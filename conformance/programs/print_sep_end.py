# print with sep= and end=.
print("a", "b", "c", sep="-")
print("a", "b", "c", sep="")
print("x", "y", sep=", ")
print(1, 2, 3, sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print("multi", end="...")
print("line", end="\n\n")
print("after blank")
for i in range(5):
    print(i, end=" ")
print()
for i in range(3):
    print(i, i * i, sep=":", end=";")
print()
print("sep only", sep="***")
print("a", "b", sep="\n")
print(sep="X", end="[empty]\n")
print(1.5, None, [1, 2], (3,), sep=" / ")
words = ["alpha", "beta", "gamma"]
for i, w in enumerate(words):
    print(w, end=", ")
print("done")
