# expect: 3:1: not supported yet: `**` unpacking in class keywords
opts = {"flag": True}
class A(**opts):
    pass
