/* Same algorithms as programs/float_loop.py: Mandelbrot escape counts and a
 * midpoint-rule integration of 4/(1+x^2). The double operations are done in
 * the same order as the Python version; build with -ffp-contract=off (run.py
 * does) so no fused multiply-add changes the rounding and the printed digits
 * match CPython exactly. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int64_t mandel_point(double cr, double ci, int64_t max_iter) {
    double zr = 0.0, zi = 0.0;
    int64_t n = 0;
    while (n < max_iter) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0)
            return n;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n += 1;
    }
    return max_iter;
}

static void mandelbrot(int64_t size, int64_t max_iter, int64_t *total_out,
                       int64_t *inside_out, double *edge_out) {
    int64_t total = 0, inside = 0;
    double edge = 0.0;
    for (int64_t y = 0; y < size; y++) {
        double ci = -1.5 + 3.0 * (double)y / (double)size;
        for (int64_t x = 0; x < size; x++) {
            double cr = -2.0 + 3.0 * (double)x / (double)size;
            int64_t n = mandel_point(cr, ci, max_iter);
            total += n;
            if (n == max_iter)
                inside += 1;
            else
                edge += (cr * cr + ci) / ((double)n + 1.0);
        }
    }
    *total_out = total;
    *inside_out = inside;
    *edge_out = edge;
}

static double integrate(int64_t steps) {
    double h = 1.0 / (double)steps;
    double acc = 0.0;
    for (int64_t i = 0; i < steps; i++) {
        double x = ((double)i + 0.5) * h;
        acc += 4.0 / (1.0 + x * x);
    }
    return acc * h;
}

int main(int argc, char **argv) {
    int64_t size = 800;
    if (argc > 1)
        size = atoll(argv[1]);
    int64_t total, inside;
    double edge;
    mandelbrot(size, 300, &total, &inside, &edge);
    printf("mandelbrot %lldx%lld: iterations=%lld inside=%lld\n",
           (long long)size, (long long)size, (long long)total, (long long)inside);
    printf("edge sum: %.9f\n", edge);
    printf("pi approx: %.12f\n", integrate(size * size * 8));
    return 0;
}
