# __init_subclass__ hooks: implicit classmethod, super() chain to object, overriding in a subclass.
class Plugin:
    registry = []
    def __init_subclass__(cls):
        super().__init_subclass__()
        print("registering", cls.__name__)
        Plugin.registry.append(cls)
class A(Plugin): pass
class B(A): pass
class C(B):
    def __init_subclass__(cls):
        print("C hook for", cls.__name__)
class D(C): pass
print([c.__name__ for c in Plugin.registry])
