# str.split with and without a separator, and with maxsplit.
print("a b  c   d".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a, b, c".split(", "))
print("one two three four".split(" ", 2))
print("one  two".split(" "))
print("1-2-3-4-5".split("-", 1))
print("1-2-3-4-5".split("-", 0))
print("1-2-3-4-5".split("-", -1))
print("a b c d".split(None, 2))
print("".split())
print("".split(","))
print("   ".split())
print("no separators here".split("|"))
print("x::y::z".split("::"))
print("tab\tsep\nnewline  and space".split())
line = "name=alice;age=30;city=paris"
for field in line.split(";"):
    kv = field.split("=")
    print(kv[0], "->", kv[1])
csv = "10,20,30,40"
total = 0
for part in csv.split(","):
    total += int(part)
print(total)
words = "the cat sat on the mat".split()
print(len(words), words[0], words[-1])
