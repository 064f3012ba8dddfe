/* Same work as programs/annotated_callbacks.py: the number below n whose Collatz sequence is
 * the longest (the first such), Newton square roots and logistic-map iterations called
 * through a table of function pointers, and midpoint-rule integrals of x^2/(1+x^2). The
 * double operations are done in the same order as the Python version; build with
 * -ffp-contract=off (run.py does) so the printed digits match CPython exactly. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int64_t collatz_steps(int64_t n) {
    int64_t steps = 0;
    while (n != 1) {
        if (n % 2 == 0)
            n = n / 2;
        else
            n = 3 * n + 1;
        steps += 1;
    }
    return steps;
}

static double newton_sqrt(double x, int64_t iters) {
    double g = x;
    for (int64_t i = 0; i < iters; i++)
        g = 0.5 * (g + x / g);
    return g;
}

static double logistic(double r, int64_t iters) {
    double x = 0.5;
    for (int64_t i = 0; i < iters; i++)
        x = r * x * (1.0 - x);
    return x;
}

static double midpoint(double a, double b, int64_t n) {
    double h = (b - a) / (double)n;
    double acc = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = a + ((double)i + 0.5) * h;
        acc += x * x / (1.0 + x * x);
    }
    return acc * h;
}

typedef double (*op_fn)(double, int64_t);

int main(int argc, char **argv) {
    int64_t n = argc > 1 ? atoll(argv[1]) : 300000;
    int64_t best = 1, best_steps = -1;
    for (int64_t i = 1; i < n; i++) {
        int64_t s = collatz_steps(i);
        if (s > best_steps) {
            best = i;
            best_steps = s;
        }
    }
    printf("collatz below %lld: %lld takes %lld steps\n", (long long)n, (long long)best, (long long)collatz_steps(best));
    volatile op_fn ops[2] = {newton_sqrt, logistic};
    double total = 0.0;
    for (int64_t i = 1; i < n; i++) {
        total += ops[0]((double)i, 20);
        total += ops[1](3.5 + (double)(i % 10) * 0.04, 50);
    }
    printf("callbacks: %.6f\n", total);
    double s = 0.0;
    for (int64_t k = 1; k < n / 1000; k++)
        s += midpoint(0.0, (double)k / 10.0, 2000);
    printf("x^2/(1+x^2): %.6f\n", s);
    return 0;
}
