# Raising and catching each builtin exception type with a message.
def boom(i):
    if i == 0:
        raise ValueError("value problem")
    if i == 1:
        raise TypeError("type problem")
    if i == 2:
        raise KeyError("key problem")
    if i == 3:
        raise IndexError("index problem")
    if i == 4:
        raise ZeroDivisionError("zero problem")
    if i == 5:
        raise RuntimeError("runtime problem")
    if i == 6:
        raise AssertionError("assert problem")
    if i == 7:
        raise OverflowError("overflow problem")
    if i == 8:
        raise NameError("name problem")
    if i == 9:
        raise AttributeError("attribute problem")
    if i == 10:
        raise StopIteration("stop problem")
    raise Exception("generic problem")


for i in range(12):
    try:
        boom(i)
    except Exception as e:
        print(i, repr(e), "|", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), str(e) == "")
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", repr(e))
