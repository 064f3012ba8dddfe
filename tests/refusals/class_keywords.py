# expect: 3:1: not supported yet: metaclasses (`metaclass=...`)
class Meta(type): pass
class A(metaclass=Meta):
    pass
