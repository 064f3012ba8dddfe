# Calls that raise TypeError are compiled and raise at run time, as in CPython.
def f(a, b):
    return a + b

def g(x, /, y=1):
    return x * y

print(f(1, 2), f(b=3, a=4), g(5), g(5, y=2))
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, a=2), lambda: f(1, c=2), lambda: g(x=1), lambda: f(*[1, 2, 3])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(f(*[1, 2]), f(**{"a": 1, "b": 2}), g(*(3,), **{"y": 3}))
f(1)
