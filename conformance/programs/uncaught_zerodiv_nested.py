# An uncaught ZeroDivisionError from nested calls; output before it must appear.
def average(values):
    return sum(values) / len(values)


def report(groups):
    for name in groups:
        print(name, average(groups[name]))


report({"a": [1, 2, 3], "b": [10, 20], "c": []})
print("not reached")
