# Ackermann function for small arguments (deep recursion).
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


for m in range(3):
    for n in range(5):
        print("ack(" + str(m) + ", " + str(n) + ") =", ack(m, n))
print(ack(3, 3))
print(ack(3, 4))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves))
print(moves[:5])
print(moves[-1])


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))
