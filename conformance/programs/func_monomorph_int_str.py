# One function called with ints, floats and strs (needs specialisation).
def double(x):
    return x + x


def triple(x):
    return x * 3


def first_and_last(seq):
    return seq[0], seq[-1]


def biggest(a, b):
    if a > b:
        return a
    return b


print(double(21))
print(double("ab"))
print(double(1.25))
print(double([1, 2]))
print(triple(7), triple("xy"), triple(0.5), triple((1,)))
print(first_and_last("hello"))
print(first_and_last([10, 20, 30]))
print(first_and_last((True, None, False)))
print(biggest(3, 9), biggest("pear", "apple"), biggest(2.5, 1))
print(biggest(2 ** 70, 5))


def show(v):
    print("value:", v, "repr:", repr(v))


show(1)
show("1")
show(1.0)
show([1, "1"])
show(None)
for item in [1, "two", 3.0]:
    print(double(item))
