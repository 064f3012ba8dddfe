# ruff (not CPython's wording)
type X = int
