"""Class keyword arguments reach the nearest __init_subclass__ (object's takes none)."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **rest):
        super().__init_subclass__(**rest)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv", priority=2):
    pass


class Json(Plugin, priority=5):
    pass


class Fast(Json, name="fast-json"):
    pass


print(sorted(Plugin.registry), [(c.plugin_name, c.priority) for c in (Csv, Json, Fast)])
order = sorted(Plugin.registry.values(), key=lambda c: -c.priority)
print([c.__name__ for c in order])


class Tagged:
    def __init_subclass__(cls, **kwargs):
        cls.tags = tuple(sorted(kwargs.items()))


class A(Tagged, color="red", size=3):
    pass


print(A.tags)


def attempt(label, f):
    try:
        print(label, "ok", f())
    except TypeError as err:
        print(label, "TypeError", err)


def no_hook():
    class B(flag=True):
        pass
    return B


def unknown_kw():
    class C(Plugin, colour="blue"):
        pass
    return C


attempt("object's hook", no_hook)
attempt("unknown keyword", unknown_kw)
