# Precision in f-strings.
pi = 3.141592653589793
print(f"{pi:.0f} {pi:.1f} {pi:.2f} {pi:.5f} {pi:.10f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{-1.5:.0f} {-0.0001:.2f} {1e20:.2f} {1e-10:.3f}")
print(f"{42:.2f} {-7:.1f}")
print(f"{pi:10.3f}|{pi:<10.3f}|{pi:^10.3f}|")
print(f"{'truncate me':.5}|{'ab':.5}|")
print(f"{'abcdef':>8.3}|")
print(f"{pi}", f"{1/3}", f"{2.0}", f"{1e16}")
print(f"{123.456:.1f} {99.95:.1f} {99.94:.1f} {0.05:.1f}")
values = [1, 22.5, 333.333, 4444.4444]
for v in values:
    print(f"{v:12.2f}")
print(f"{pi:.3}", f"{1234.5678:.6}", f"{0.000012345:.3}")
