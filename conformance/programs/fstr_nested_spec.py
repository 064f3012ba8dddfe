# Nested replacement fields inside format specs.
w = 10
p = 3
x = 3.14159265
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{x:>{w}.{p}f}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{w}}]")
for width in range(3, 9):
    print(f"[{width:{width}}]")
for prec in range(5):
    print(f"{x:.{prec}f}")
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
col = 0
for name, v in rows:
    if len(name) > col:
        col = len(name)
for name, v in rows:
    print(f"{name:<{col}} : {v:>{col + 2}.2f}")
spec = ">8"
print(f"[{'dyn':{spec}}]")
