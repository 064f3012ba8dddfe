/* binary-trees: the same trees as benchmarks/programs/binary_trees.py, malloc'd nodes. */
#include <stdio.h>
#include <stdlib.h>
typedef struct Node { struct Node *left, *right; } Node;
static Node *make(int d) {
    Node *n = malloc(sizeof(Node));
    if (d == 0) { n->left = n->right = NULL; }
    else { n->left = make(d - 1); n->right = make(d - 1); }
    return n;
}
static long check(Node *n) { return n->left ? 1 + check(n->left) + check(n->right) : 1; }
static void release(Node *n) { if (n->left) { release(n->left); release(n->right); } free(n); }
int main(void) {
    int max_depth = 15, stretch = max_depth + 1;
    Node *s = make(stretch);
    printf("stretch tree of depth %d\t check: %ld\n", stretch, check(s));
    release(s);
    Node *long_lived = make(max_depth);
    for (int d = 4; d <= max_depth; d += 2) {
        long iters = 1L << (max_depth - d + 4), total = 0;
        for (long i = 0; i < iters; i++) { Node *t = make(d); total += check(t); release(t); }
        printf("%ld\t trees of depth %d\t check: %ld\n", iters, d, total);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    return 0;
}
