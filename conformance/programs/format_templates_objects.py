# Formatting through objects: __format__/__str__/__repr__ hooks, attribute/index fields, format_map, %-dicts, templates in loops.
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.cents // 100}{self.cur[0]}"
        if spec.endswith("c"):
            width = spec[:-1]
            return format(f"{self.cents // 100}.{self.cents % 100:02d} {self.cur}", ">" + width)
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.cur}"

    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.coords = [x, y]
        self.meta = {"label": f"P{x}{y}", "tags": ("a", "b")}

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


m = Money(123456)
print(format(m), format(m, "short"), format(m, "14c"), format(m, ",.1f"), format(m, ">12.3f"))
print(f"{m}|{m:short}|{m:12c}|{m!r}|{m!s:>16}|{m:_.0f}")
print("{0}|{0:short}|{0!r:^24}|{1:9c}".format(m, Money(5, "USD")))
print("%s|%r|%10s|%-14s|" % (m, m, Money(7), Money(99, "GBP")))
p = Point(3, -4)
print("{0.x},{0.y} {0.coords[1]} {0.meta[label]} {0.meta[tags][1]} {0!r}".format(p))
print("{p.x:+d}/{p.y:+d} {p.coords[0]:03d} {p.meta[label]:*^9}".format(p=p))
print(f"{p.x:>4}{p.y:>4} {p.coords!r} {p.meta['tags']} {p}")
try:
    print("{0.z}".format(p))
except AttributeError as e:
    print("AttributeError", e)
try:
    print("{0.meta[missing]}".format(p))
except KeyError as e:
    print("KeyError", e)

print("--- format_map and dict templates")
row = {"name": "widget", "qty": 12, "price": 3.5, "tags": ["x", "y"]}
print("{name:<10}|{qty:>5d}|{price:>8.2f}|{tags[0]}".format_map(row))
print("{name!r} x{qty} = {total:.2f}".format(total=row["qty"] * row["price"], **row))
print("%(name)-10s|%(qty)5d|%(price)8.2f|%(tags)s" % row)
print("%(qty)x %(qty)o %(qty)#X %(price)e %(price)g %(name).3s" % row)
try:
    print("{missing}".format_map(row))
except KeyError as e:
    print("KeyError", e)
try:
    print("%(missing)s" % row)
except KeyError as e:
    print("KeyError", e)

print("--- table rendering")
items = [("apple", 3, 0.5), ("banana split", 1, 4.25), ("cherry", 120, 0.05), ("dragonfruit", 2, 12.0)]
cols = [("item", "<", 14), ("qty", ">", 5), ("unit", ">", 8), ("total", ">", 10)]
header = ""
for name, align, width in cols:
    header += "{:{a}{w}}".format(name.upper(), a=align, w=width) + " "
print(header.rstrip())
print("-" * len(header.rstrip()))
grand = 0.0
for name, qty, unit in items:
    total = qty * unit
    grand += total
    print("{:<14.12} {:>5d} {:>8.2f} {:>10,.2f}".format(name, qty, unit, total))
print("{:>39,.2f}".format(grand))
print("%-14s %5s %8s %10.2f" % ("TOTAL", "", "", grand))
for i, (name, qty, unit) in enumerate(items, 1):
    pct = qty * unit / grand
    bar = "#" * round(pct * 20)
    print(f"{i:>2}. {name:.<16}{pct:>7.2%} {bar:<20}|")

print("--- numbers in many bases")
for n in [0, 5, 255, 4096, -17, 2 ** 40]:
    print("{0:>14d} {0:>#14x} {0:>#14o} {0:>#46b}".format(n).rstrip())
    print("%14d %#14x %#14o" % (n, n, n))
for x in [0.1, 1 / 3, 2 / 3, 1e-5, 12345.6789, 1e22]:
    print("{0:<12} {0:<12.4g} {0:<12.2e} {0:<14.6f} {0!r}".format(x))
