# ruff (not CPython's wording)
x = (1 +
