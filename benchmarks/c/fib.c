/* Recursive Fibonacci, same algorithm as programs/fib.py. fib(35) = 9227465. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int64_t fib(int64_t n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    int64_t n = 35;
    if (argc > 1)
        n = atoll(argv[1]);
    printf("%lld\n", (long long)fib(n));
    return 0;
}
