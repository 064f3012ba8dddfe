# An app over its own package geomods: import order and side effects, relative imports, module state, aliases, module-level registries.
import geomods
from geomods import polygons as poly
from geomods.vectors import Vec, centroid as center_of
import geomods.vectors as vec_mod
from geomods.polygons import DegeneratePolygon, describe

print(geomods.VERSION, geomods.__name__, poly.__name__, vec_mod.__name__, poly.UNITS)
print(sorted(geomods.registry), geomods.registry["area"] is poly.area, geomods.Vec is Vec, geomods.ORIGIN == Vec(0, 0))
start = vec_mod.created
square = [Vec(0, 0), Vec(2, 0), Vec(2, 2), Vec(0, 2)]
tri = [Vec(0, 0), Vec(4, 0), Vec(0, 3)]
arrow = [Vec(0, 0), Vec(2, 1), Vec(4, 0), Vec(2, 3)]
for name, shape in [("square", square), ("tri", tri), ("arrow", arrow)]:
    print(name, describe(shape))
    print("  ", poly.area2(shape), geomods.registry["perimeter"](shape), center_of(shape))
print("vectors created since start:", vec_mod.created - start > 0)
a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3, 2 * b, a.dot(b), a.cross(b), round((a - b).norm(), 6), a == Vec(1, 2), a != b)
print({Vec(1, 2): "a", Vec(1, 2.0): "same"}, len({a, Vec(1, 2), b}))
try:
    poly.area([Vec(0, 0), Vec(1, 1)])
except DegeneratePolygon as e:
    print("DegeneratePolygon", e, isinstance(e, ValueError), type(e).__module__)
try:
    a.z = 5
except AttributeError as e:
    print("AttributeError", e)

poly.UNITS = "cm"
print(describe(tri))
import geomods.polygons
print(geomods.polygons.UNITS, geomods.polygons is poly)


def shoelace_table(shapes):
    rows = []
    for name, pts in shapes:
        rows.append((name, poly.area(pts), poly.perimeter(pts)))
    rows.sort(key=lambda r: (-r[1], r[0]))
    for name, ar, pe in rows:
        print(f"{name:<8}{ar:>8.2f}{pe:>10.4f}")


shoelace_table([("square", square), ("tri", tri), ("arrow", arrow), ("big", [p * 10 for p in square])])
geomods.register("double_area", poly.area2)
print(sorted(geomods.registry), geomods.registry["double_area"](square))
