# math.gamma and math.lgamma: CPython's Lanczos approximation to the last bit, its special values and errors.
import math
xs = [0.0, -0.0, -1.0, -2.5, 1e-300, 171.5, 172.0, 200.5, -200.5, -171.5, float('inf'), float('-inf'), float('nan'), 1e308, -1e308, 5e-324, 1, 2, 3, 23, 24, 0.5, -0.5, 1e-20, 1e-21, -1e-21, 140.0, 139.99, 141.5, -140.5, -150.25, 5.0, 4.999, 5.524680040776729583740234375, 6.5, 30.1]
s = 12345
for i in range(150):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    xs.append((s / 2**64) * 400 - 200)
    xs.append((s / 2**64) * 10 - 5)

for f in (math.gamma, math.lgamma):
    for x in xs:
        try: r = repr(f(x))
        except Exception as e: r = type(e).__name__ + " " + str(e)
        print(f.__name__, repr(x), r)
