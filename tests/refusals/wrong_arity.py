# expect: 4:7: not supported yet: this call raises TypeError: f() missing 1 required positional argument: 'b'
def f(a, b):
    return a + b
print(f(1))
