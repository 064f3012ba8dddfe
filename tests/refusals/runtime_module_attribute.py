# expect: 5:10: not supported yet: `math.nextafter`
import math

x = 1.0
print(x, math.nextafter(x, 2.0))
