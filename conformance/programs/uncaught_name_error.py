# Reading an undefined variable raises NameError at run time.
def scale(x):
    if x > 2:
        return x * unknown_factor
    return x


def compute(x):
    return scale(x) + 1


for i in range(5):
    print(i, compute(i))
