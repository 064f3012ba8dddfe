# The program's own modules: import forms, packages, relative imports, module state,
# `__name__`, import once, module objects as values, tracebacks through modules.
import appmods
import appmods.inventory
from appmods import inventory as inv
from appmods.inventory import add, take, OutOfStock
from appmods.shapes import Circle, square
import appmods.shapes.square as sq

print(appmods.PACKAGE_NAME, appmods.inventory.__name__, inv is appmods.inventory)
add("apple", 0.5, 10)
add("pear", 0.75, 4)
inv.add("fig", 2.0)
print(inv.loads, inv.report())
take("apple", 3)
try:
    take("pear", 9)
except OutOfStock as e:
    print("OutOfStock:", e, e.name)
print(inv.report())
print(Circle(2).area(), square.area(3), sq.area(4), sq is square)
mod = appmods.shapes
print(mod.square.area(5), getattr(inv, "loads"), hasattr(inv, "nope"))
import appmods.inventory
print(inv.loads)
sq.fail(0)
