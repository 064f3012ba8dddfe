"""Support modules for the conformance program modules_geometry_app.py."""
from .vectors import Vec, ORIGIN

print("init", __name__)
VERSION = (1, 2)
registry = {}


def register(name, fn):
    registry[name] = fn
    return fn
