# list subclasses: methods calling self.append, slices and + giving plain lists, overridden append/__getitem__/__len__/__iter__ with super() and list.append(self, x).
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
print(s[1:3], type(s[1:3]).__name__, type(s[:]).__name__)
print(s + [9], type(s + [9]).__name__, type([0] + s).__name__, type(s * 2).__name__)
print(sorted(s, reverse=True), 3 in s, 7 in s, list(reversed(s)))
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s, s < [5])
s += [5]
print(type(s).__name__, s)
s.size = "big"
print(s.size, vars(s))
a, b, *rest = s
print(a, b, rest)
print(s.pop(), s, s.index(3), s.count(1))
s.sort(key=lambda x: -x)
print(s, type(s.copy()).__name__, list(s), tuple(s))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)


class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x * 2)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Logged(super().__getitem__(i))
        print("getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        print("iter")
        return super().__iter__()


g = Logged()
g.append(1)
g.append(2)
list.append(g, 3)
g.extend([4])
print(g[0], g[-1], len(g), list.__len__(g))
print(type(g[0:2]).__name__, g[0:2])
for x in g:
    print("x", x)
print(list(g), sorted(g), bool(Logged()))
print(max(g), sum(g))


class Matrix(list):
    def __init__(self, rows, cols):
        super().__init__([0] * cols for _ in range(rows))
        self.rows, self.cols = rows, cols

    def __repr__(self):
        return f"Matrix({self.rows}x{self.cols})"

    def __str__(self):
        return "\n".join(" ".join(map(str, r)) for r in self)


m = Matrix(2, 3)
m[1][2] = 7
print(m, repr(m), [m], m[1])
print(Stack(), Stack("abc"), Stack(range(3)))
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError:", e)
e = Stack()
print(e == [], e, not e)
