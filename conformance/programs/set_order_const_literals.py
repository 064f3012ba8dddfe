# Iteration order of set displays made only of constants: CPython builds them from a frozenset
# constant (built twice by the compiler's constant merging), then SET_UPDATE into a new set.
print({5, 3, 1, 8, 2})
print({100, 7, 33, 64, 1, 0, -1, -5})
print({-1, -2, -3, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64})
print({3, 11, 19, 27}, list({3, 11, 19, 27}))
print({(1, 2), (2, 1), (0, 0), (3, 4), (-1, 5)})
print({8, 16, 24, 32, 40, 48, 56, 64})
print({1, 9, 17, 25, 33, 41}, {0, 32, 64, 96, 1, 33, 65})
print({9, -32, -9, 9223372036854775809, (0, 3)})
print({(1, 2), (3, (4, 5)), 7, -1, (0,)})
for x in {(5, 6), 1, (2, -3), 40}:
    print(x)
print({(i, 1) for i in range(5)} == {(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)})
print({7 // -2, -7 // 2, 7 % -2, -7 % 2, 2**64 // -3, -(2**64) % 7, (2**64) // 5, 1 << 100, (1 << 64) - 1})
