# List and dict workload: build int lists with append, index them, sort a
# copy, count occurrences in dicts with .get() using int keys and str keys,
# iterate dicts in insertion order, and check membership. Measures list
# growth, list indexing, sorting, hashing of ints and strs, dict get/set and
# f-string / str() building of keys.
#
# Values come from a 31-bit linear congruential generator, so every product
# below stays under 2^63: the C version uses int64_t without overflow.
# Usage: list_dict.py [n]   (default 300000 elements per round, 8 rounds)
import sys

MOD = 1000000007


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def build(n, seed):
    values = []
    x = seed
    for i in range(n):
        x = lcg(x)
        values.append(x)
    return values, x


def count_ints(values, buckets):
    counts = {}
    for v in values:
        k = v % buckets
        counts[k] = counts.get(k, 0) + 1
    return counts


def count_strs(values, buckets):
    counts = {}
    for v in values:
        key = f"k{v % buckets}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def sorted_checksum(values):
    s = values[:]
    s.sort()
    acc = 0
    i = 0
    n = len(s)
    while i < n:
        acc = (acc + s[i] * (i % 1000 + 1)) % MOD
        i += 1
    return acc, s[0], s[n // 2], s[n - 1]


def dict_checksum(counts):
    acc = 0
    pos = 1
    best = 0
    for k in counts:
        c = counts[k]
        acc = (acc + c * pos) % MOD
        if c > best:
            best = c
        pos += 1
    return acc, len(counts), best


def str_dict_checksum(counts):
    acc = 0
    pos = 1
    for k in counts:
        acc = (acc + counts[k] * pos + len(k)) % MOD
        pos += 1
    return acc


def probe(values, counts, buckets):
    # random-access list indexing and dict membership / lookups
    hits = 0
    acc = 0
    n = len(values)
    j = 0
    for i in range(n):
        j = (j + values[i]) % n
        k = values[j] % (buckets * 2)
        if k in counts:
            hits += 1
            acc = (acc + counts[k] * (i + 1)) % MOD
    return hits, acc


def main():
    n = 300000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    seed = 42
    total = 0
    for rnd in range(8):
        values, seed = build(n, seed)
        buckets = 1000 + rnd * 997
        icounts = count_ints(values, buckets)
        scounts = count_strs(values, buckets // 2)
        sacc, lo, mid, hi = sorted_checksum(values)
        iacc, ilen, ibest = dict_checksum(icounts)
        sdacc = str_dict_checksum(scounts)
        hits, pacc = probe(values, icounts, buckets)
        print(f"round {rnd}: sorted={sacc} min={lo} mid={mid} max={hi}")
        print(f"  ints: keys={ilen} best={ibest} order={iacc} probe={hits}/{pacc}")
        print(f"  strs: keys={len(scounts)} order={sdacc}")
        total = (total + sacc + iacc + sdacc + pacc) % MOD
    print(f"total: {total}")


main()
