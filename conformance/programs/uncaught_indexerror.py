# Walking past the end of a list raises an uncaught IndexError.
def nth(lst, i):
    return lst[i]


def walk(lst):
    i = 0
    while True:
        print("item", i, nth(lst, i))
        i += 1


walk(["a", "b", "c"])
