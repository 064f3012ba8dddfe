# startswith / endswith / find / count.
s = "hello world, hello universe"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""))
print(s.endswith("universe"), s.endswith("verse"), s.endswith("hello"))
print(s.startswith(("hi", "he")), s.endswith(("x", "e")))
print(s.find("hello"), s.find("world"), s.find("xyz"), s.find(""))
print(s.find("hello", 1), s.find("o", 5), s.find("o", 5, 7))
print(s.count("hello"), s.count("l"), s.count("o"), s.count("zz"))
print("aaaa".count("aa"), "abababa".count("aba"))
print(s.count(""), "".count(""))
files = ["main.py", "README.md", "test_x.py", "setup.cfg", "test_y.txt"]
for f in files:
    if f.startswith("test_") and f.endswith(".py"):
        print(f, "is a python test")
    elif f.endswith(".py"):
        print(f, "is python")
    else:
        print(f, "other")
text = "the cat and the hat and the bat"
pos = text.find("the")
while pos != -1:
    print("found 'the' at", pos)
    pos = text.find("the", pos + 1)
