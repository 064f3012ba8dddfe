pairs = [(1, 2), (3,)]
for a, b in pairs:
    print(a + b)
