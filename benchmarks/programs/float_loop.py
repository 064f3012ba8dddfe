# Float arithmetic loops: a Mandelbrot escape-time count over a grid of
# complex points (float multiply/add/compare in a tight while loop) and a
# midpoint-rule integration of 4/(1+x^2) over [0,1] (float division; the
# result approximates pi). Measures unboxed float arithmetic.
#
# The float results are printed with fixed precision. The C version performs
# the same IEEE-754 double operations in the same order (compiled without
# FMA contraction), so the printed digits must match exactly.
# Usage: float_loop.py [size]   (default 800: a size x size grid)
import sys


def mandel_point(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return max_iter


def mandelbrot(size, max_iter):
    total = 0
    inside = 0
    edge = 0.0
    y = 0
    while y < size:
        ci = -1.5 + 3.0 * y / size
        x = 0
        while x < size:
            cr = -2.0 + 3.0 * x / size
            n = mandel_point(cr, ci, max_iter)
            total += n
            if n == max_iter:
                inside += 1
            else:
                edge += (cr * cr + ci) / (n + 1.0)
            x += 1
        y += 1
    return total, inside, edge


def integrate(steps):
    h = 1.0 / steps
    acc = 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        acc += 4.0 / (1.0 + x * x)
    return acc * h


def main():
    size = 800
    if len(sys.argv) > 1:
        size = int(sys.argv[1])
    total, inside, edge = mandelbrot(size, 300)
    print(f"mandelbrot {size}x{size}: iterations={total} inside={inside}")
    print(f"edge sum: {edge:.9f}")
    pi = integrate(size * size * 8)
    print(f"pi approx: {pi:.12f}")


main()
