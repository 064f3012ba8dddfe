# expect: 5:10: not supported yet: `math.gamma`
import math

x = 1.0
print(x, math.gamma(x))
