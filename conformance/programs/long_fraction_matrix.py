# An exact-arithmetic library: a Fraction class with gcd normalisation and the full
# operator protocol, and a Matrix class over fractions with Gauss-Jordan elimination.
import math
from typing import List, Sequence, Union

Number = Union[int, "Frac"]


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num: int = 0, den: int = 1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def of(x) -> "Frac":
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, other):
        o = Frac.of(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __sub__(self, other):
        return self + (-Frac.of(other))

    def __rsub__(self, other):
        return Frac.of(other) - self

    def __mul__(self, other):
        o = Frac.of(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Frac.of(other)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Frac.of(other) / self

    def __pow__(self, n: int):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        o = Frac.of(other)
        if o is NotImplemented:
            return False
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = Frac.of(other)
        return self.num * o.den < o.num * self.den

    def __gt__(self, other):
        return Frac.of(other) < self

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 52 else self.num // self.den

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(str(self), spec)


class SingularMatrix(ArithmeticError):
    pass


class Matrix:
    def __init__(self, rows: Sequence[Sequence[Number]]):
        self.rows: List[List[Frac]] = [[Frac.of(x) for x in row] for row in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) != 1:
            raise ValueError(f"ragged rows: widths {sorted(widths)}")
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, Frac)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac()) for c in cols] for r in self.rows])

    __matmul__ = __mul__

    def __rmul__(self, k):
        return self * k

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self) -> Frac:
        a = [row[:] for row in self.rows]
        n, sign, result = self.n, 1, Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            result = result * a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return result * sign

    def inverse(self) -> "Matrix":
        n = self.n
        aug = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: (abs(aug[r][col]), -r))
            if not aug[pivot][col]:
                raise SingularMatrix(f"matrix is singular at column {col}")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(f"{c:>{w}}" for c in r) + " ]" for r in cells)


half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, repr(-half))
print(1 + half, 1 - third, 2 * third, 1 / third, third ** 3, third ** -2, Frac(6, -8))
print(half == Frac(2, 4), half != third, third < half, half <= half, bool(Frac(0, 5)))
print(float(Frac(22, 7)), int(Frac(-7, 2)), abs(Frac(-3, 9)), f"[{Frac(5, 12):>8}]")
print(sorted([Frac(3, 4), Frac(-1, 2), Frac(2, 3), Frac(5, 8), 1]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), max(Frac(7, 9), Frac(4, 5)))
h = sum(Frac(1, k) for k in range(1, 11))
print("H10 =", h, f"~ {float(h):.6f}")
e_approx = sum((Frac(1, math.factorial(k)) for k in range(15)), Frac())
print("e ~", e_approx, f"{float(e_approx):.12f}", f"err={abs(float(e_approx) - math.e):.2e}")

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[Frac(1, 2), 0, 0], [0, third, 0], [0, 0, 4]])
print(A, "", B, sep="\n")
print("det A =", A.det(), " det B =", B.det(), " det AB =", (A @ B).det())
Ai = A.inverse()
print("A^-1 =")
print(Ai)
print("A*A^-1 == I:", A * Ai == Matrix.identity(3), " A^T^T == A:", A.transpose().transpose() == A)
print(3 * B + A)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ArithmeticError as e:
    print(type(e).__name__, "-", e)
for bad in ([[1, 2], [3]], "shape"):
    try:
        if bad == "shape":
            A @ Matrix([[1, 2]])
        else:
            Matrix(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
hilbert = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", hilbert.det())
print(hilbert.inverse())
