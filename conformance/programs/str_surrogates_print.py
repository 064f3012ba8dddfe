# Printing a lone surrogate: stdout's UTF-8 encoder raises UnicodeEncodeError, after the
# pieces print wrote before it; sys.stdout.write does the same. Uncaught, the traceback on
# stderr shows it escaped.
import sys
print("before")
try:
    print("ok", "bad\ud800", "never")
except UnicodeEncodeError as e:
    print()
    print("caught:", e)
try:
    sys.stdout.write("x\udc80y\n")
except UnicodeEncodeError as e:
    print("caught:", e)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("a\ud800", "", 3, sep="\udc00", end="\udfff", file=sink)
print(ascii(sink.parts))
print("after")
raise ValueError("bad value \ud800 here")
