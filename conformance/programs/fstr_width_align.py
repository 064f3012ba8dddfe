# f-string width, alignment and fill.
name = "metal"
n = 42
print(f"[{name}]")
print(f"[{name:10}]")
print(f"[{name:<10}]")
print(f"[{name:>10}]")
print(f"[{name:^10}]")
print(f"[{name:*^11}]")
print(f"[{name:-<8}]")
print(f"[{name:.>9}]")
print(f"[{name:3}]")
print(f"[{n:6}]")
print(f"[{n:<6}]")
print(f"[{n:^6}]")
print(f"[{n:0>6}]")
print(f"[{n:06}]")
print(f"[{-n:06}]")
print(f"[{n:#^7}]")
print(f"[{3.5:8}]")
print(f"[{3.5:<8}]")
print(f"[{True:>6}]")
print(f"[{'ab':^5}]")
items = [("apple", 3, 1.25), ("banana", 12, 0.5), ("kiwi", 100, 12.0)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}")
print("-" * 25)
for item, qty, price in items:
    print(f"{item:<10}|{qty:>5}|{price:>8.2f}")
print(f"{'':=^25}")
