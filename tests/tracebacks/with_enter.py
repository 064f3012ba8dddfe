class Resource:
    def __enter__(self):
        raise RuntimeError("busy")

    def __exit__(self, *exc):
        return False


with Resource() as r:
    print(r)
