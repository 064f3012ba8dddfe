# divmod and pow (two and three arguments).
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.0, 5), divmod(2 ** 70, 10 ** 9))
print(pow(2, 10), pow(2, 100), pow(-3, 3), pow(2, -2), pow(2.0, 0.5), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 1000000007), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, 0, 13), pow(7, 1, 1), pow(10 ** 30, 3, 97))
print(pow(3, -1, 7), pow(2, -1, 5), pow(5, -2, 13))
print(pow(123456789, 987654321, 2 ** 61 - 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
