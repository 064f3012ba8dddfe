# Set displays of 3+ constants are built as CPython builds them (from a frozenset constant),
# so their iteration order is CPython's; other displays add their items in order.
print({3, 1, 2, 100, 5})
print({"b", "a", "c"} == {"a", "b", "c"}, len({"b", "a", "c"}))
print({-1, 7, -8, 64, 1000, 3})
print({1.5, -2.5, 0.25, 100.0})
print({1, True, 2, 1.0})
print({33, 1, 17, 2})
x = 33
print({x, 1, 17, 2})
print({3, 1}, {9, 2, 5, *[4, 40]})
for item in {10, 200, 3000, 7, 64}:
    print(item)
print(sorted({5, 3, 9}), {(1, 2), 3, 4} == {3, 4, (1, 2)})
