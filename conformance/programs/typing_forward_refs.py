"""typing.ForwardRef: text annotations of NamedTuple and TypedDict fields (with
from __future__ import annotations) and ForwardRef objects themselves."""
from __future__ import annotations
from typing import TypedDict, NamedTuple, ForwardRef
class M(TypedDict):
    a: int
print(M.__annotations__)
N = NamedTuple('N', [('a', 'int')])
print(N.__annotations__, ForwardRef('x') == ForwardRef('x'), ForwardRef('x', module='m'), hash(ForwardRef('x')) == hash(('x', None)))
try: ForwardRef(1)
except TypeError as e: print(e)
print(ForwardRef('a').__forward_arg__, ForwardRef('a').__forward_module__, {ForwardRef('a'): 1}[ForwardRef('a')])
