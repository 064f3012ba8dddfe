# Lone surrogates in error messages, reprs of containers and the traceback printed on stderr.
import sys
for f in (int, float):
    try:
        f("1\ud800")
    except ValueError as e:
        print(e)
x = "\ud800"; print(f"{x!a} {x!r}".encode("utf-8", "backslashreplace"))
class C: pass
try:
    getattr(C(), "\ud800x")
except AttributeError as e:
    print(ascii(str(e)))
d = {}
d["\udc80"] = 1
print(ascii(list(d)), "{}".format(d))
getattr(C(), "\ud800y")
