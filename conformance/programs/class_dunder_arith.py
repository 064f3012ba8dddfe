# Arithmetic dunders: binary, unary, abs, pow with 3 args, divmod, round, int/float/index.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v!r})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    def __truediv__(self, o):
        return Num(self.v / o.v)
    def __floordiv__(self, o):
        return Num(self.v // o.v)
    def __mod__(self, o):
        return Num(self.v % o.v)
    def __divmod__(self, o):
        return (Num(self.v // o.v), Num(self.v % o.v))
    def __pow__(self, o, mod=None):
        if mod is None:
            return Num(self.v ** o.v)
        return Num(pow(self.v, o.v, mod))
    def __lshift__(self, o):
        return Num(self.v << o)
    def __rshift__(self, o):
        return Num(self.v >> o)
    def __and__(self, o):
        return Num(self.v & o.v)
    def __or__(self, o):
        return Num(self.v | o.v)
    def __xor__(self, o):
        return Num(self.v ^ o.v)
    def __matmul__(self, o):
        return self.v * o.v + 1000
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        if n is None:
            return round(self.v)
        return Num(round(self.v, n))

a, b = Num(17), Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(divmod(a, b), a ** Num(2), pow(a, Num(2)), pow(a, Num(2), 7))
print(a << 2, a >> 1, a & b, a | b, a ^ b, a @ b)
print(-a, +a, ~a, abs(Num(-4)), abs(-Num(3)))
print(int(a), float(a), round(Num(2.5)), round(Num(2.675), 2), round(Num(7)))
print(bin(a), hex(a), oct(a), [10, 20, 30, 40][Num(2)], "abcdef"[Num(1):Num(4)])
print(a + 3, a * 2, a - 1.5)
print(sum([Num(1), Num(2)], Num(0)))
print(range(Num(3)), list(range(Num(2), Num(6))))
n = Num(1)
n += 4
print(n)
n *= Num(3)
print(n)
n -= 5
print(n)
n **= Num(2)
print(n)
n //= Num(7)
print(n, n.v)
