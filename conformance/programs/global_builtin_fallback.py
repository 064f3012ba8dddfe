# A module global named like a builtin reads the builtin while the global is unbound
# (CPython's LOAD_GLOBAL), in functions and in the module body.
def show():
    print("show", len("abcd"), max(3, 4))


def total(xs):
    return sum(xs)


show()
print("before:", sum([1, 2, 3]), total([4, 5]))
sum = lambda_free = 10
print("bound:", sum)
try:
    total([1])
except TypeError as e:
    print("TypeError:", e)
del sum
print("unbound again:", total([6, 7]), sum([1]))
len = "not a function"
try:
    show()
except TypeError as e:
    print("TypeError:", e)
del len
show()


def missing():
    return not_a_builtin_name


not_a_builtin_name = 1
del not_a_builtin_name
try:
    missing()
except NameError as e:
    print("NameError:", e)
print = 5
