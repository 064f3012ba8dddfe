# Method calls on values that may be an instance of a typed class or something else
# (None, another class with a method of the same name, a subclass): the right method runs.
class Node:
    def __init__(self, left, right, value=0):
        self.left = left
        self.right = right
        self.value = value

    def total(self):
        s = self.value
        if self.left is not None:
            s += self.left.total()
        if self.right is not None:
            s += self.right.total()
        return s


class Leaf:
    def __init__(self, value):
        self.value = value

    def total(self):
        return self.value * 100


class Special(Node):
    def total(self):
        return -1


def build(d):
    if d == 0:
        return Node(None, None, 1)
    return Node(build(d - 1), build(d - 1), d)


tree = build(4)
print(tree.total())
mixed = Node(Leaf(2), Special(None, None, 5), 7)
print(mixed.total(), mixed.left.total(), mixed.right.total())
things = [tree, Leaf(3), Special(None, None), None]
for t in things:
    try:
        print(type(t).__name__, t.total())
    except AttributeError as e:
        print("AttributeError:", e)
