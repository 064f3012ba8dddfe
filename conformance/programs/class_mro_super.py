# Inheritance: single, multiple, diamond; C3 MRO; super() chains; __mro__, __bases__, isinstance/issubclass.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def who(self):
        return "Base"
    def hello(self):
        return "hello from " + self.who()

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()

class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
        self.trail.append("Diamond")
    def who(self):
        return "Diamond>" + super().who()

d = Diamond()
print(d.trail, d.who(), d.hello())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.__bases__ == (Left, Right), Left.__bases__ == (Base,), Base.__bases__ == (object,))
print(Diamond.__mro__[1] is Left, Diamond.mro() == list(Diamond.__mro__))
print(isinstance(d, Left), isinstance(d, (int, Right)), issubclass(Diamond, Base), issubclass(Base, Diamond))
print(issubclass(Diamond, (str, Left)), issubclass(bool, int), issubclass(Diamond, object), isinstance(d, object))
print(type(d) is Diamond, type(d) == Left, type(d).__name__, d.__class__.__name__, d.__class__ is Diamond)

class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
class E(C):
    def f(self):
        return "E" + super().f()
class F(D, E):
    def f(self):
        return "F" + super().f()
print(F().f(), [k.__name__ for k in F.__mro__])
print(super(B, D()).f(), super(C, F()).f())

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
pets = [Dog("Rex"), Puppy("Bit"), Cat("Tom", True), Animal("Generic")]
for pet in pets:
    print(pet, pet.speak(), isinstance(pet, Dog))
print([type(p).__name__ for p in pets if isinstance(p, (Cat, Puppy))])

class Mixin:
    def describe(self):
        return f"<{self.tag()}:{super().describe()}>"
class Core:
    def describe(self):
        return "core"
    def tag(self):
        return "t"
class Combined(Mixin, Core):
    pass
print(Combined().describe(), [k.__name__ for k in Combined.__mro__])

class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color, **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    pass
b = Box(color="red", size=3, weight=9)
print(b.color, b.size, b.extra)

class Base2:
    def __init__(self, x):
        self.x = x
class NoInit(Base2):
    pass
print(NoInit(4).x)
try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
try:
    super(int, d)
except TypeError as e:
    print("TypeError:", e)
