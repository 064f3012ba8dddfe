# Bare raise inside except re-raises the active exception.
def inner():
    raise ValueError("original")


def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise


try:
    middle()
except ValueError as e:
    print("top caught:", e, e.args)


def convert_error():
    try:
        {}["nope"]
    except KeyError as e:
        raise RuntimeError("wrapped: " + str(e))


try:
    convert_error()
except RuntimeError as e:
    print(repr(e))
for i in range(3):
    try:
        try:
            if i == 1:
                raise IndexError("i is 1")
            print("ok", i)
        except IndexError:
            print("cleanup for", i)
            raise
    except IndexError as e:
        print("handled:", e)
