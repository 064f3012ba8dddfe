# Out-of-range string indexing raises IndexError; slicing never does.
s = "abc"
for i in [0, 2, -1, -3, 3, -4, 10]:
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
print(repr(s[5:10]), repr(s[-10:1]))
try:
    print(""[0])
except IndexError as e:
    print("empty:", e)
