def area(side):
    return side * side


def fail(x):
    return 1 / x
