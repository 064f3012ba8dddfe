# Integer presentation types x X o b and d.
for n in [0, 1, 7, 10, 15, 16, 255, 256, 1000, -1, -255]:
    print(f"{n:d} {n:x} {n:X} {n:o} {n:b}")
print(f"{255:#x} {255:#X} {8:#o} {5:#b}")
print(f"{255:08b} {255:8x}| {255:<8X}|")
print(f"{2 ** 64:x} {2 ** 64:o}")
print(f"{-(2 ** 70):X}")
print(f"{48879:#010x}")
print(f"{True:d} {False:b}")
for i in range(16):
    print(f"{i:2d} {i:04b} {i:x} {i:o}")
