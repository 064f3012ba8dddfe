# Instances of list, dict and str subclasses through isinstance narrowing and annotated parameters: the overrides still run (no typed fast path sees them).
class L(list):
    def __getitem__(self, i):
        return "override"

    def __len__(self):
        return 99


class D(dict):
    def __getitem__(self, k):
        return "dover"


class S(str):
    def __str__(self):
        return "S-str"


def f(x):
    if isinstance(x, list):
        return x[0], len(x), x
    if isinstance(x, dict):
        return x["a"], len(x)
    if isinstance(x, str):
        return str(x), x.upper(), x + "!", len(x), f"{x}"
    return None


print(f(L([1])), f([5]), f(D(a=1)), f({"a": 2}), f(S("s")), f("t"))
xs: list = L([3])
print(xs[0], len(xs))
def g(y: list):
    return y[0], len(y)
def h(y: str):
    return str(y), f"{y}"
print(g(L([7])), g([8]), h(S("q")), h("r"))
