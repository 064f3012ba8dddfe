# Conversions between strings, ints and floats.
print(float('1.5'))
print(float('  -2.25  '))
print(float('3'))
print(float('1e3'))
print(float('-1E-3'))
print(float('.5'), float('5.'))
print(float('inf'), float('-inf'))
print(float(3), float(-7), float(2 ** 60))
print(float(True), float(False))
print(int(3.9), int(-3.9), int(0.999), int(-0.5))
print(int(1e20))
print(int(2.5e15))
print(int('-42'), int('42'), int(' 17 '))
print(str(1.5), str(2.0), str(-0.001))
print(int(float('12.75')))
print(float(int('12')) / 5)
print(bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
s = "3.25"
f = float(s)
print(f * 4, int(f * 4))
text = "12 7.5 -3 0.125 100"
total = 0.0
for part in text.split():
    total += float(part)
print(total)
print(int(123456789.987654321))
print(float("0.1") + float("0.2") == 0.3)
