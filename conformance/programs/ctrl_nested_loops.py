# Nested loops, including break in the inner loop only.
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end="\t")
    print()
pairs = []
for i in range(5):
    for j in range(i + 1, 5):
        if i + j == 5:
            pairs.append((i, j))
print(pairs)
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(j, end="")
    print()
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 30:
            print("triple", a, b, c)
            if found == None:
                found = (a, b, c)
print(found)
