# ruff (not CPython's wording)
def first[T](xs: list[T]) -> T:
    return xs[0]
