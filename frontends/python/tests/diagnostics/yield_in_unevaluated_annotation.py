# cpython: 3:11: 'yield expression' can not be used within an annotation
from __future__ import annotations
def f(x: (yield)):
    pass
