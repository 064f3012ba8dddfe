def divide(a, b):
    return a // b


result = divide(
    1,
    0,
)
