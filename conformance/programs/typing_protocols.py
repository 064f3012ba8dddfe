# typing.Protocol: protocol classes, @runtime_checkable, structural isinstance/issubclass and CPython's errors
from typing import Protocol, runtime_checkable, Iterable


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def close(self):
        print("closed")


class Person:
    def __init__(self, name):
        self.name = name


class Blocked:
    close = None


class Explicit(Closer):
    pass


print(isinstance(File(), Closer), isinstance(Person("a"), Closer), isinstance(Blocked(), Closer))
print(isinstance(Person("a"), Named), isinstance(File(), Named), isinstance(Explicit(), Closer))
print(issubclass(File, Closer), issubclass(Person, Closer), issubclass(Explicit, Closer))
print(Greeter._is_protocol, Explicit._is_protocol)
for check in (lambda: isinstance(File(), Greeter), lambda: issubclass(Person, Named), lambda: runtime_checkable(File)):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class Shape(Protocol):
    sides: int

    def __init__(self, sides):
        self.sides = sides


class Square(Shape):
    def __init__(self):
        super().__init__(4)


class Plain(Closer):
    pass


print(Square().sides, type(Plain()).__name__)
for make in (lambda: Shape(3), lambda: Greeter(), lambda: Plain(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:

    class Mixed(Closer, File):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixed2(File, Closer):
    pass


print(isinstance(Mixed2(), Closer), Mixed2._is_protocol)
