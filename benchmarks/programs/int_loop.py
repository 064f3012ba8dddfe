# Tight integer loops: Collatz chain lengths for every start value below N,
# plus a mixed multiply/modulo accumulation loop. Measures int arithmetic
# (%, //, *, +), comparisons and while/for loops in a hot function body.
#
# All intermediate values fit in a signed 64-bit integer (the largest Collatz
# value reached for starts below 1,000,000 is ~5.7e10; the accumulator is kept
# below 2^31 by the modulo), so the C version with int64_t is a fair
# comparison: no big-int arithmetic is needed.
# Usage: int_loop.py [N]   (default 400000)
import sys


def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest_chain(limit):
    best = 0
    best_start = 1
    total = 0
    for start in range(1, limit):
        length = collatz_len(start)
        total += length
        if length > best:
            best = length
            best_start = start
    return best_start, best, total


def mix_loop(count):
    acc = 0
    for i in range(count):
        acc = (acc * 31 + i * i % 7 + (i ^ (i >> 3))) % 2147483647
    return acc


def main():
    limit = 400000
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
    best_start, best, total = longest_chain(limit)
    print(f"longest collatz chain below {limit}: start={best_start} steps={best}")
    print(f"total steps: {total}")
    print(f"mix checksum: {mix_loop(limit * 10)}")


main()
