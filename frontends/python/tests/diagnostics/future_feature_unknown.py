# cpython: 2:1: future feature nope is not defined
from __future__ import nope
