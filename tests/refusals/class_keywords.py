# expect: 3:1: not supported yet: class keyword arguments (metaclass=...)
class Meta(type): pass
class A(metaclass=Meta):
    pass
