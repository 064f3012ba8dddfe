# staticmethod, classmethod, property (getter/setter/deleter), class counters.
class Temperature:
    instances = 0

    def __init__(self, celsius=0.0):
        self._c = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

t = Temperature(25.0)
print(t.celsius, t.fahrenheit)
t.celsius = 100.0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
print(Temperature.c_to_f(100), t.c_to_f(0))
u = Temperature.from_f(212)
print(u.celsius, type(u).__name__, Temperature.instances)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
