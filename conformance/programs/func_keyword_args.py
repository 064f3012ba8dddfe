# Calling functions with positional and keyword arguments.
def describe(name, age, city):
    print(name, "is", age, "and lives in", city)


describe("Ann", 30, "Oslo")
describe(name="Bob", age=25, city="Rome")
describe("Cid", city="Lima", age=40)
describe(age=19, city="Kyiv", name="Dee")


def area(width, height):
    return width * height


print(area(3, 4), area(width=3, height=4), area(height=2, width=10))


def fmt_range(start, stop, step):
    out = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out


print(fmt_range(0, 10, 3))
print(fmt_range(step=5, start=1, stop=20))
print(fmt_range(2, step=4, stop=15))


def sub(a, b):
    return a - b


print(sub(10, 3), sub(b=10, a=3), sub(3, b=10))
