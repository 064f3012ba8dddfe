/* Same workload as programs/list_dict.py, written plainly in C: a growable
 * int64 array for the list, qsort for list.sort(), and an insertion-ordered
 * open-addressing hash table (an index table pointing into an entries array,
 * like CPython's dict) for the int-keyed and str-keyed dicts, so that
 * iterating the dict visits keys in insertion order as Python does.
 * Values come from a 31-bit LCG, so all products fit in int64_t. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define MOD 1000000007LL

/* ---- list of int64 ---- */
typedef struct {
    int64_t *data;
    int64_t len, cap;
} List;

static void list_append(List *l, int64_t v) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->data = realloc(l->data, (size_t)l->cap * sizeof(int64_t));
        if (!l->data) { perror("realloc"); exit(1); }
    }
    l->data[l->len++] = v;
}

/* ---- insertion-ordered hash table, int64 or string keys ---- */
#define KEYLEN 24
typedef struct {
    int64_t ikey;
    char skey[KEYLEN];
    uint64_t hash;
    int64_t value;
} Entry;

typedef struct {
    int is_str;
    int32_t *index;   /* slot -> entry position, -1 = empty */
    uint64_t mask;    /* index size - 1 (power of two) */
    Entry *entries;
    int64_t len, cap;
} Dict;

static uint64_t hash_int(int64_t k) {
    uint64_t x = (uint64_t)k;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 1099511628211ULL;
    }
    return h;
}

static void dict_init(Dict *d, int is_str) {
    d->is_str = is_str;
    d->mask = 7;
    d->index = malloc(8 * sizeof(int32_t));
    memset(d->index, 0xff, 8 * sizeof(int32_t));
    d->cap = 8;
    d->len = 0;
    d->entries = malloc((size_t)d->cap * sizeof(Entry));
}

static void dict_free(Dict *d) {
    free(d->index);
    free(d->entries);
}

static int entry_eq(const Dict *d, const Entry *e, uint64_t h, int64_t ik,
                    const char *sk) {
    if (e->hash != h)
        return 0;
    return d->is_str ? strcmp(e->skey, sk) == 0 : e->ikey == ik;
}

/* Returns the slot holding the key, or the empty slot where it would go. */
static uint64_t dict_slot(const Dict *d, uint64_t h, int64_t ik, const char *sk) {
    uint64_t i = h & d->mask;
    for (;;) {
        int32_t pos = d->index[i];
        if (pos < 0 || entry_eq(d, &d->entries[pos], h, ik, sk))
            return i;
        i = (i + 1) & d->mask;
    }
}

static void dict_grow(Dict *d) {
    uint64_t size = (d->mask + 1) * 4;
    free(d->index);
    d->index = malloc(size * sizeof(int32_t));
    memset(d->index, 0xff, size * sizeof(int32_t));
    d->mask = size - 1;
    for (int64_t p = 0; p < d->len; p++) {
        uint64_t i = d->entries[p].hash & d->mask;
        while (d->index[i] >= 0)
            i = (i + 1) & d->mask;
        d->index[i] = (int32_t)p;
    }
}

/* Pointer to the entry for the key, or NULL. */
static Entry *dict_find(const Dict *d, int64_t ik, const char *sk) {
    uint64_t h = d->is_str ? hash_str(sk) : hash_int(ik);
    int32_t pos = d->index[dict_slot(d, h, ik, sk)];
    return pos < 0 ? NULL : &d->entries[pos];
}

/* d[key] = d.get(key, 0) + delta */
static void dict_add(Dict *d, int64_t ik, const char *sk, int64_t delta) {
    uint64_t h = d->is_str ? hash_str(sk) : hash_int(ik);
    uint64_t slot = dict_slot(d, h, ik, sk);
    int32_t pos = d->index[slot];
    if (pos >= 0) {
        d->entries[pos].value += delta;
        return;
    }
    if (d->len == d->cap) {
        d->cap *= 2;
        d->entries = realloc(d->entries, (size_t)d->cap * sizeof(Entry));
        if (!d->entries) { perror("realloc"); exit(1); }
    }
    Entry *e = &d->entries[d->len];
    e->hash = h;
    e->ikey = ik;
    if (d->is_str)
        snprintf(e->skey, KEYLEN, "%s", sk);
    e->value = delta;
    d->index[slot] = (int32_t)d->len;
    d->len++;
    if ((uint64_t)d->len * 3 >= (d->mask + 1) * 2)
        dict_grow(d);
}

/* ---- the benchmark ---- */
static int64_t lcg(int64_t x) {
    return (x * 1103515245 + 12345) % 2147483648LL;
}

static int64_t build(List *values, int64_t n, int64_t seed) {
    int64_t x = seed;
    for (int64_t i = 0; i < n; i++) {
        x = lcg(x);
        list_append(values, x);
    }
    return x;
}

static void count_ints(Dict *counts, const List *values, int64_t buckets) {
    for (int64_t i = 0; i < values->len; i++)
        dict_add(counts, values->data[i] % buckets, NULL, 1);
}

static void count_strs(Dict *counts, const List *values, int64_t buckets) {
    char key[KEYLEN];
    for (int64_t i = 0; i < values->len; i++) {
        snprintf(key, sizeof key, "k%lld", (long long)(values->data[i] % buckets));
        dict_add(counts, 0, key, 1);
    }
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int64_t sorted_checksum(const List *values, int64_t *lo, int64_t *mid,
                               int64_t *hi) {
    int64_t n = values->len;
    int64_t *s = malloc((size_t)n * sizeof(int64_t));
    memcpy(s, values->data, (size_t)n * sizeof(int64_t));
    qsort(s, (size_t)n, sizeof(int64_t), cmp_i64);
    int64_t acc = 0;
    for (int64_t i = 0; i < n; i++)
        acc = (acc + s[i] * (i % 1000 + 1)) % MOD;
    *lo = s[0];
    *mid = s[n / 2];
    *hi = s[n - 1];
    free(s);
    return acc;
}

static int64_t dict_checksum(const Dict *counts, int64_t *best_out) {
    int64_t acc = 0, pos = 1, best = 0;
    for (int64_t p = 0; p < counts->len; p++) {
        int64_t c = counts->entries[p].value;
        acc = (acc + c * pos) % MOD;
        if (c > best)
            best = c;
        pos += 1;
    }
    *best_out = best;
    return acc;
}

static int64_t str_dict_checksum(const Dict *counts) {
    int64_t acc = 0, pos = 1;
    for (int64_t p = 0; p < counts->len; p++) {
        acc = (acc + counts->entries[p].value * pos +
               (int64_t)strlen(counts->entries[p].skey)) % MOD;
        pos += 1;
    }
    return acc;
}

static int64_t probe(const List *values, const Dict *counts, int64_t buckets,
                     int64_t *acc_out) {
    int64_t hits = 0, acc = 0, n = values->len, j = 0;
    for (int64_t i = 0; i < n; i++) {
        j = (j + values->data[i]) % n;
        int64_t k = values->data[j] % (buckets * 2);
        Entry *e = dict_find(counts, k, NULL);
        if (e) {
            hits += 1;
            acc = (acc + e->value * (i + 1)) % MOD;
        }
    }
    *acc_out = acc;
    return hits;
}

int main(int argc, char **argv) {
    int64_t n = 300000;
    if (argc > 1)
        n = atoll(argv[1]);
    int64_t seed = 42, total = 0;
    for (int64_t rnd = 0; rnd < 8; rnd++) {
        List values = {0};
        seed = build(&values, n, seed);
        int64_t buckets = 1000 + rnd * 997;
        Dict icounts, scounts;
        dict_init(&icounts, 0);
        dict_init(&scounts, 1);
        count_ints(&icounts, &values, buckets);
        count_strs(&scounts, &values, buckets / 2);
        int64_t lo, mid, hi, ibest, pacc;
        int64_t sacc = sorted_checksum(&values, &lo, &mid, &hi);
        int64_t iacc = dict_checksum(&icounts, &ibest);
        int64_t sdacc = str_dict_checksum(&scounts);
        int64_t hits = probe(&values, &icounts, buckets, &pacc);
        printf("round %lld: sorted=%lld min=%lld mid=%lld max=%lld\n",
               (long long)rnd, (long long)sacc, (long long)lo, (long long)mid,
               (long long)hi);
        printf("  ints: keys=%lld best=%lld order=%lld probe=%lld/%lld\n",
               (long long)icounts.len, (long long)ibest, (long long)iacc,
               (long long)hits, (long long)pacc);
        printf("  strs: keys=%lld order=%lld\n", (long long)scounts.len,
               (long long)sdacc);
        total = (total + sacc + iacc + sdacc + pacc) % MOD;
        dict_free(&icounts);
        dict_free(&scounts);
        free(values.data);
    }
    printf("total: %lld\n", (long long)total);
    return 0;
}
