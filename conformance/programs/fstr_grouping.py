# Thousands separators , and _ in format specs.
print(f"{1234567:,}")
print(f"{1234567:_}")
print(f"{-9876543210:,}")
print(f"{1000:,} {999:,} {0:,}")
print(f"{1234567.891:,.2f}")
print(f"{1234567.891:_.3f}")
print(f"{2 ** 100:,}")
print(f"{1234567:>15,}")
print(f"{1234567:*^15,}")
print(f"{4294967295:_x}")
print(f"{255 * 255 * 255:_b}")
print(f"{-1234.5:,}")
amounts = [5, 1200, 34500.5, 1000000, -250000.75]
for a in amounts:
    print(f"${a:>14,.2f}")
total = 0
for a in amounts:
    total += a
print(f"total ${total:,.2f}")
