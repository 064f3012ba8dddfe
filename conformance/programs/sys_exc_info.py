# sys.exc_info() and sys.exception() inside and outside handlers, nested handlers, and the
# encodings sys reports.
import sys
def g():
    try:
        raise TypeError("inner")
    except TypeError:
        return sys.exc_info()[0].__name__
print(g(), sys.exc_info(), sys.exception())
try:
    raise KeyError(1)
except KeyError as k:
    t, v, _ = sys.exc_info()
    print(t.__name__, v is k, sys.exception() is k)
    try:
        raise ValueError(2)
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
finally:
    print("finally", sys.exc_info()[:2])
def in_finally():
    try:
        raise OSError("x")
    finally:
        print("during finally", sys.exception())
try:
    in_finally()
except OSError as e:
    print("caught", e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
try:
    sys.exc_info(1)
except TypeError as e:
    print(e)
