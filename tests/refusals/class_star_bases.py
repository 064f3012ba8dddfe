# expect: 3:1: not supported yet: `*` unpacking in class bases
bases = (object,)
class A(*bases):
    pass
