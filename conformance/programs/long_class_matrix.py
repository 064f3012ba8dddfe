# A matrix class with operator overloading, reflected scalar ops, equality/hash rules,
# iteration, indexing with tuples, and errors raised like a library would.
class MatrixError(Exception):
    def __init__(self, op, a, b):
        super().__init__(f"cannot {op} {a.shape} and {b.shape}")
        self.op = op


class Matrix:
    def __init__(self, rows):
        if not rows or not all(len(r) == len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    @property
    def T(self):
        r, c = self.shape
        return Matrix([[self.rows[i][j] for i in range(r)] for j in range(c)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self.rows)

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return list(self.rows[idx])

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for row in self.rows:
            yield tuple(row)

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def _zip(self, other, op, name):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise MatrixError(name, self, other)
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b, "add")

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b, "subtract")

    def __rsub__(self, other):
        return (-self).__add__(other)

    def __mul__(self, other):
        return self._zip(other, lambda a, b: a * b, "multiply")

    __rmul__ = __mul__

    def __truediv__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[a / k for a in r] for r in self.rows])

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __abs__(self):
        return Matrix([[abs(a) for a in r] for r in self.rows])

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise MatrixError("matmul", self, other)
        cols = other.T.rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        if n < 0:
            raise ValueError("negative powers are not supported")
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __iadd__(self, other):
        out = self + other
        self.rows = out.rows
        return self

    def trace(self):
        return sum(self[i, i] for i in range(min(self.shape)))

    def __bool__(self):
        return any(x for row in self.rows for x in row)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b), repr(a * 2), repr(2 * a), repr(10 - a), repr(1 + a))
print(a @ b)
print(repr(a ** 0), repr(a ** 5), (a ** 5).trace())
print(repr(a.T), a.shape, a[1], a[1, 0], len(a), list(a), sum(a @ Matrix.identity(2), Matrix.zeros(2, 2)))
print(repr(-a), repr(+a) == repr(a), repr(abs(-a)), repr(a / 2))
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == [[1, 2], [3, 4]], bool(Matrix.zeros(3, 3)), bool(a))
c = a
c += 1
print(c is a, repr(a))
a[0, 0] = 100
print(a[0], max(max(r) for r in a))
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** n)[0, 1] for n in range(1, 15)])
print((fib ** 90)[0, 1])
rect = Matrix([[1, 2, 3], [4, 5, 6]])
print(rect @ rect.T)
print(rect.T @ rect)
errors = [
    lambda: rect @ rect,
    lambda: rect + a,
    lambda: a @ 3,
    lambda: a / "x",
    lambda: "s" * a,
    lambda: Matrix([]),
    lambda: Matrix([[1], [2, 3]]),
    lambda: a ** -1,
    lambda: {a: 1},
]
for f in errors:
    try:
        print(f())
    except MatrixError as e:
        print("MatrixError", e.op, "-", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
rot = Matrix([[0, -1], [1, 0]])
v = Matrix([[1], [0]])
path = []
for _ in range(4):
    v = rot @ v
    path.append((v[0, 0], v[1, 0]))
print(path)
