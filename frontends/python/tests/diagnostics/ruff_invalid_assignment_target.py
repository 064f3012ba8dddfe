# ruff (not CPython's wording)
1 = x
