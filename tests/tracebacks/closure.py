def make():
    base = {}

    def get(k):
        return base[k]
    return get


make()("x")
