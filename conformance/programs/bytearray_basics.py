# bytearray: construction, repr, mutation (item/slice assignment, del, methods), += and *=, comparisons with bytes.
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], type(a[1:3]).__name__, bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"))
a[0] = 72
print(a)
a[1:3] = b"EY"
print(a)
a[1:3] = b"abcd"
print(a)
a[::2] = b"XYZ" if len(a[::2]) == 3 else a[::2]
print(a, len(a[::2]))
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a.append(33)
a.extend(b"??")
a.extend([65, 66])
a.insert(0, 60)
a.insert(100, 62)
a.insert(-1, 61)
print(a, a.pop(), a.pop(0), a)
a.remove(33)
print(a)
a.reverse()
print(a)
c = a.copy()
c.clear()
print(a, c, c is a)
b = bytearray(b"ab")
d = b
b += b"cd"
print(b, d, b is d)
b *= 2
print(b, d, b is d)
print(b == b"abcdabcd", b"abcdabcd" == b, bytearray(b"a") < b"b", b + b"!", b"!" + b, type(b"!" + b).__name__, type(b + b"!").__name__, b * 2)
print(b.decode(), b.hex(), b.upper(), type(b.upper()).__name__, b.split(b"c"), b.find(b"cd"), b.count(b"a"), b.replace(b"a", b"A"), b.strip(b"ad"))
print(bytes(b), bytearray(bytes(b)) == b, list(b), 99 in b, b"cd" in b, bytearray.fromhex("0a 0b"), b.startswith(b"ab"))
print(b"%s-%s" % (bytearray(b"x"), b"y"), bytearray(b"%d") % 5, b"-".join([bytearray(b"p"), b"q"]))
for op in range(9):
    try:
        if op == 0:
            a[100] = 1
        elif op == 1:
            a[0] = 256
        elif op == 2:
            a[0] = b"x"
        elif op == 3:
            bytearray(b"").pop()
        elif op == 4:
            a.remove(200)
        elif op == 5:
            hash(a)
        elif op == 6:
            a.append(-1)
        elif op == 7:
            a[::2] = b"toolongvalue"
        else:
            a.extend("str")
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
for v in x:
    print(v, end=" ")
print()
print(bytearray(b"a b").split(), sorted(bytearray(b"cab")), bytearray(range(65, 70)), bytearray(b"ab") * 0)
