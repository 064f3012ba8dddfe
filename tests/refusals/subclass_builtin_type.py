# expect: 4:1: not supported yet: subclassing the builtin type `float`


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
