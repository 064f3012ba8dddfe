# A failing assert with a message terminates the program.
def check_sorted(values):
    for i in range(1, len(values)):
        assert values[i - 1] <= values[i], "not sorted at index " + str(i)
    print("sorted:", values)


def check_all(batches):
    for b in batches:
        print("checking", b)
        check_sorted(b)


check_all([[1, 2, 3], [], [-5, 0, 5], [1, 5, 3, 4], [9, 8]])
