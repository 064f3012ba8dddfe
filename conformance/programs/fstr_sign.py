# Sign options + - and space in format specs.
for v in [5, -5, 0, 2.5, -2.5, 0.0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+.1f}] [{v:+6}]")
print(f"{42:+d} {-42:+d} {42: d}")
print(f"{1234567:+,}")
print(f"{3.14159:+.2f}")
print(f"{-0.0:+}")
print(f"{float('inf'):+} {float('-inf'):+} {float('nan'):+}")
deltas = [12, -3, 0, 150, -47]
for d in deltas:
    print(f"change: {d:+5}")
