# assert with and without a message.
def check_positive(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x


print(check_positive(5))
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True
assert [1], "non-empty list is truthy"
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
total = 0
for i in range(5):
    assert i < 5
    total += i
print(total)
