# A TypeError from mixing str and int reaches the top level.
def label(name, count):
    return name + ": " + count


def report(inventory):
    for name, count in inventory:
        print(label(name, count))


report([("apples", "3"), ("figs", "12")])
report([("pears", 4)])
