# int: bit operations, bit_length/bit_count, to_bytes/from_bytes, pow with modulus, hex/oct/bin, divmod, big values.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 100) + 3, 12345678901234567890123]
for a in vals:
    print(a, a.bit_length(), a.bit_count(), hex(a), oct(a), bin(a)[:40], ~a, -a, abs(a))
    for b in [3, -3, 2 ** 70 + 1, -(2 ** 65)]:
        print(" ", a & b, a | b, a ^ b, a << 3, a >> 3, a >> 70, a << 65 >> 60)
print(1 << 100, -1 >> 1, -8 >> 1, 5 >> 100, -5 >> 100, 0 << 1000, (1 << 200) >> 199)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 40), pow(2, -2), pow(-2, -3))
print(pow(123456789, 987654321, 2 ** 127 - 1), pow(10 ** 30, 10 ** 5, 10 ** 40 + 1), pow(5, 0, 1), pow(0, 0), pow(0, 0, 7), pow(12, 34, -5))
for args in [(2, -1, 4), (2, 2, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(args[0], args[1], args[2]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(4, byteorder="little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print((10).conjugate(), (10).real, (10).imag, (10).numerator, (10).denominator, (7).as_integer_ratio(), True.bit_length())
print(divmod(7, -2), divmod(-7, 2), divmod(2 ** 100, 7), divmod(-(2 ** 100), 7 ** 20), -7 // 2, -7 % 2, 7 % -2, (2 ** 100) % -3)
print(format(2 ** 100, "x"), format(-(2 ** 100), "#o"), format(2 ** 65, "b")[:20], hex(-0), oct(8 ** 30), bin(-(2 ** 64)))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError", e)
print(int.bit_length(1023), (-(2 ** 64)).bit_length(), (2 ** 1000).bit_count(), (3 ** 100).bit_count())
print(5 & True, True | 2, True ^ True, ~True, True << 2, False >> 1)
