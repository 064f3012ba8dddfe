# Decorators on methods and classes: timing-free logging, validation, caching per instance,
# class registries, decorators stacked with staticmethod/classmethod/property.
def logged(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args[1:] if args else ()} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def validate(*types):
    def deco(fn):
        def wrapper(self, *args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(self, *args)
        return wrapper
    return deco

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Calculator:
    """A calculator."""
    factor = 2

    @logged
    def add(self, a, b):
        """Adds."""
        return a + b

    @validate(int, int)
    def mul(self, a, b):
        return a * b

    @staticmethod
    @logged
    def square(x):
        return x * x

    @classmethod
    def doubled(cls, x):
        return x * cls.factor

    @property
    @logged
    def name(self):
        return "calc"

@register
class Sci(Calculator):
    factor = 10

c = Calculator()
c.add(2, 3)
print(c.mul(4, 5))
try:
    c.mul(4, "5")
except TypeError as e:
    print("TypeError:", e)
print(Calculator.square(7), Sci.doubled(3), Calculator.doubled(3), c.name)
print(registry, Sci.registered, Calculator.add.__name__, Calculator.add.__doc__, Calculator.__doc__)
