# hex and bin, including negative and big values.
for n in [0, 1, 2, 10, 15, 16, 255, 256, 4095, -1, -16, -255]:
    print(n, hex(n), bin(n))
print(hex(2 ** 64), bin(2 ** 64))
print(hex(-(2 ** 70)))
print(hex(2 ** 63 - 1), hex(-(2 ** 63)))
print(bin(2 ** 70 - 1))
print(len(bin(2 ** 100)) - 2)
print(hex(True), bin(False))
s = hex(48879)
print(s, s[2:], s.upper(), int(s[2:].isalpha()))
ones = 0
for ch in bin(2 ** 40 - 123):
    if ch == "1":
        ones += 1
print("popcount:", ones)
