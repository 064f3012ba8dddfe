"""Every statement kind of Python 3.11."""
from __future__ import annotations

import os
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling
from ..pkg.mod import (a, b as bee)

x = 1
y: int = 2
z: list[int]
a = b = c = 3
(d, e), *f = [(1, 2), 3, 4]
[g, h] = 5, 6
obj.attr = 7
obj.items[0] = 8
obj.items[1:2] = [9]
x += 1
obj.attr *= 2
obj.items[0] //= 3
del x, obj.attr, obj.items[0]
del (d, e), [g, h]


def function(p, /, q, r=1, *args, s, t=2, **kwargs) -> "Result":
    """Docstring."""
    global y
    y = p
    if q:
        return r
    elif s:
        pass
    else:
        return t
    for i in range(10):
        if i % 2:
            continue
        if i > 8:
            break
    else:
        print("no break")
    while args:
        args = args[1:]
    else:
        pass
    try:
        risky()
    except (ValueError, TypeError) as error:
        print(error)
    except KeyError:
        raise
    except Exception as error:
        raise RuntimeError("wrapped") from error
    else:
        print("fine")
    finally:
        cleanup()
    try:
        pass
    finally:
        pass
    with open(p) as fh, open(q) as (g1, g2):
        fh.read()
    with (open(p) as one, open(q) as two):
        pass
    assert p, "message"
    assert q
    raise


@decorator
@decorator_factory(1, key="v")
class Derived(Base, *mixins, metaclass=Meta, **options):
    """Class docstring."""
    attribute = 1
    annotated: int = 2

    def method(self, value):
        return super().method(value) + self.attribute

    @staticmethod
    def static():
        return Derived

    class Nested:
        pass


try:
    pass
except* ValueError as group:
    print(group)
except* (TypeError, KeyError):
    pass

nonlocal_free = None
pass
