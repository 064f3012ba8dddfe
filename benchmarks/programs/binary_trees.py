# binary-trees (allocation heavy): trees of Node instances built and checked.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make(d):
    if d == 0:
        return Node(None, None)
    return Node(make(d - 1), make(d - 1))


max_depth = 15
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {make(stretch).check()}")
long_lived = make(max_depth)
d = 4
while d <= max_depth:
    iters = 1 << (max_depth - d + 4)
    total = 0
    for _ in range(iters):
        total += make(d).check()
    print(f"{iters}\t trees of depth {d}\t check: {total}")
    d += 2
print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")
