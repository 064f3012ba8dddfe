# super() chains through multiple inheritance with cooperative __init__ and methods.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return ["Named"] + super().describe()


class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")

    def describe(self):
        return ["Aged"] + super().describe()


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")

    def describe(self):
        return ["Person"] + super().describe()


p = Person(name="ann", age=30)
print(p.name, p.age, p.log, p.describe())
print([c.__name__ for c in Person.__mro__])
print(isinstance(p, Aged), issubclass(Person, Named), Person.__bases__)


class Counter:
    def __init__(self):
        self.count = 0

    def inc(self):
        self.count += 1
        return self


class LoudCounter(Counter):
    def inc(self):
        print("inc!")
        return super().inc()


c = LoudCounter().inc().inc()
print(c.count, type(c).__name__)
