# Module and class annotations are evaluated in order into __annotations__ (CPython 3.11)
order = []


def note(label):
    order.append(label)
    return label


a: note("ann a") = note("value a")
b: note("ann b")


class C:
    p: note("ann p")
    q: note("ann q") = note("value q")
    print("inside", __annotations__)

    def method(self, z: int) -> str:
        w: note("never") = 1
        return str(z + w)


c = C()
c.attr: note("ann attr") = 5
print(order)
print(__annotations__, C.__annotations__, C.q, c.method(1), c.attr)
print("p" in C.__dict__, hasattr(C, "p"))
if False:
    late: int
print(__annotations__)
bad: undefined_name = 3
