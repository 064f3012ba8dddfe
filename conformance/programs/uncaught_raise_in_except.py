# An exception raised inside an except block escapes; the last line is the new one.
def risky():
    return {}["missing"]


def handler():
    try:
        risky()
    except KeyError as e:
        print("handling", repr(e))
        raise RuntimeError("handler failed")


handler()
