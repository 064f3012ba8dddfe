# An exception raised by __del__ is reported on stderr ("Exception ignored in: ...") and
# ignored: the program goes on.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        raise ValueError("from __del__ %d" % self.n)
n = Noisy(1)
del n
print("still running")
xs = [Noisy(2), Noisy(3)]
xs = None
print("done")
