/* Same algorithms as programs/int_loop.py: Collatz chain lengths below N and
 * a multiply/modulo accumulation loop. All values fit in int64_t (no big ints
 * are needed by the Python version either), and all operands are
 * non-negative, so C's / and % agree with Python's // and %. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int64_t collatz_len(int64_t n) {
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

static void longest_chain(int64_t limit, int64_t *best_start_out,
                          int64_t *best_out, int64_t *total_out) {
    int64_t best = 0, best_start = 1, total = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t length = collatz_len(start);
        total += length;
        if (length > best) {
            best = length;
            best_start = start;
        }
    }
    *best_start_out = best_start;
    *best_out = best;
    *total_out = total;
}

static int64_t mix_loop(int64_t count) {
    int64_t acc = 0;
    for (int64_t i = 0; i < count; i++)
        acc = (acc * 31 + i * i % 7 + (i ^ (i >> 3))) % 2147483647;
    return acc;
}

int main(int argc, char **argv) {
    int64_t limit = 400000;
    if (argc > 1)
        limit = atoll(argv[1]);
    int64_t best_start, best, total;
    longest_chain(limit, &best_start, &best, &total);
    printf("longest collatz chain below %lld: start=%lld steps=%lld\n",
           (long long)limit, (long long)best_start, (long long)best);
    printf("total steps: %lld\n", (long long)total);
    printf("mix checksum: %lld\n", (long long)mix_loop(limit * 10));
    return 0;
}
