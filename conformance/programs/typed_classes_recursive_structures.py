# Recursive structures with typed classes: linked list, binary search tree, expression tree.
class ListNode:
    def __init__(self, value, next):
        self.value = value
        self.next = next

    def total(self):
        return self.value + (self.next.total() if self.next is not None else 0)

    def to_list(self):
        out = []
        node = self
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


head = None
for v in [5, 4, 3, 2, 1]:
    head = ListNode(v, head)
print(head.to_list(), head.total())


class BST:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = BST(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = BST(key)
            else:
                self.right.insert(key)

    def inorder(self):
        left = self.left.inorder() if self.left is not None else []
        right = self.right.inorder() if self.right is not None else []
        return left + [self.key] + right

    def height(self):
        lh = self.left.height() if self.left is not None else 0
        rh = self.right.height() if self.right is not None else 0
        return 1 + max(lh, rh)


root = BST(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder(), root.height())


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def show(self):
        return str(self.v)


class Add:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self):
        return self.a.eval() + self.b.eval()

    def show(self):
        return f"({self.a.show()} + {self.b.show()})"


class Mul:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self):
        return self.a.eval() * self.b.eval()

    def show(self):
        return f"{self.a.show()} * {self.b.show()}"


e = Add(Num(2), Mul(Num(3), Add(Num(4), Num(5))))
print(e.show(), "=", e.eval())
