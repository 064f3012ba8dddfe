# A realistic ~300-line program in the benchmark language subset, doing
# modest work (well under 50 ms in CPython). It is used to measure how long
# `metal0 compile300.py` takes cold (parse + compile + link + run) and how
# much a cached re-run adds on top of running the binary directly.
import sys

ALPHABET = "abcdefghijklmnopqrstuvwxyz"

TEXT = (
    "It was the best of times it was the worst of times it was the age of "
    "wisdom it was the age of foolishness it was the epoch of belief it was "
    "the epoch of incredulity it was the season of Light it was the season "
    "of Darkness it was the spring of hope it was the winter of despair we "
    "had everything before us we had nothing before us we were all going "
    "direct to Heaven we were all going direct the other way"
)


# ---------------------------------------------------------------- strings

def is_digit(c):
    return c >= "0" and c <= "9"


def is_alpha(c):
    return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z")


def lower_char(c):
    if c >= "A" and c <= "Z":
        i = 0
        upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        while upper[i] != c:
            i += 1
        return ALPHABET[i]
    return c


def split_words(text):
    words = []
    current = ""
    for c in text:
        if is_alpha(c):
            current = current + lower_char(c)
        else:
            if len(current) > 0:
                words.append(current)
            current = ""
    if len(current) > 0:
        words.append(current)
    return words


def index_of(s, c):
    i = 0
    while i < len(s):
        if s[i] == c:
            return i
        i += 1
    return -1


def caesar(text, shift):
    out = ""
    for c in text:
        i = index_of(ALPHABET, c)
        if i < 0:
            out = out + c
        else:
            out = out + ALPHABET[(i + shift) % 26]
    return out


# ------------------------------------------------------ expression parser

def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif is_digit(c):
            start = i
            while i < n and is_digit(src[i]):
                i += 1
            tokens.append(("num", src[start:i]))
        else:
            tokens.append(("op", c))
            i += 1
    tokens.append(("end", ""))
    return tokens


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while tokens[pos][1] == "+" or tokens[pos][1] == "-":
        op = tokens[pos][1]
        rhs, pos = parse_term(tokens, pos + 1)
        if op == "+":
            value = value + rhs
        else:
            value = value - rhs
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_factor(tokens, pos)
    while tokens[pos][1] == "*" or tokens[pos][1] == "/" or tokens[pos][1] == "%":
        op = tokens[pos][1]
        rhs, pos = parse_factor(tokens, pos + 1)
        if op == "*":
            value = value * rhs
        elif op == "/":
            value = value // rhs
        else:
            value = value % rhs
    return value, pos


def parse_factor(tokens, pos):
    kind, text = tokens[pos]
    if kind == "num":
        return int(text), pos + 1
    if text == "-":
        value, pos = parse_factor(tokens, pos + 1)
        return -value, pos
    if text == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return 0, pos + 1


def evaluate(src):
    value, pos = parse_expr(tokenize(src), 0)
    return value


# ------------------------------------------------------------- numerics

def sieve(limit):
    flags = []
    for i in range(limit + 1):
        flags.append(True)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if flags[i]:
            primes.append(i)
    return primes


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def sqrt(x):
    if x == 0.0:
        return 0.0
    guess = x
    for i in range(40):
        guess = 0.5 * (guess + x / guess)
    return guess


def stats(values):
    total = 0.0
    for v in values:
        total += v
    mean = total / len(values)
    var = 0.0
    for v in values:
        var += (v - mean) * (v - mean)
    return mean, sqrt(var / len(values))


def mat_mul(a, b):
    n = len(a)
    out = []
    for i in range(n):
        row = []
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out


def mat_pow(m, e):
    result = [[1, 0], [0, 1]]
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e = e // 2
    return result


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = []
    equal = []
    greater = []
    for x in items:
        if x < pivot:
            less.append(x)
        elif x > pivot:
            greater.append(x)
        else:
            equal.append(x)
    return quicksort(less) + equal + quicksort(greater)


def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


# ---------------------------------------------------------------- ledger

def apply_ledger(transactions):
    balances = {}
    rejected = 0
    for account, amount in transactions:
        current = balances.get(account, 0)
        if current + amount < 0:
            rejected += 1
        else:
            balances[account] = current + amount
    return balances, rejected


def make_transactions(count):
    names = ["alice", "bob", "carol", "dave", "erin"]
    out = []
    x = 7
    for i in range(count):
        x = (x * 75 + 74) % 65537
        out.append((names[x % 5], x % 200 - 80))
    return out


# ------------------------------------------------------------------ main

def main():
    checksum = 0
    words = split_words(TEXT)
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    ranked = []
    for w in freq:
        ranked.append((-freq[w], w))
    ranked.sort()
    print(f"words={len(words)} distinct={len(freq)}")
    for i in range(5):
        count, w = ranked[i]
        print(f"  {w:<8} {-count:>3}")
        checksum += -count * (i + 1)

    secret = caesar("the quick brown fox", 13)
    print(f"rot13: {secret} -> {caesar(secret, 13)}")

    exprs = ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 5", "-(4 - 10) * 2", "2 * (3 + 4) * (5 - 1)"]
    for e in exprs:
        v = evaluate(e)
        checksum += v
        print(f"  {e} = {v}")

    limit = 20000
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
    primes = sieve(limit)
    psum = 0
    for p in primes:
        psum += p
    print(f"primes up to {limit}: {len(primes)} sum={psum}")
    print(f"index of 7919: {binary_search(primes, 7919)}")
    checksum += len(primes)

    print(f"30! = {factorial(30)}")
    print(f"2**100 = {2 ** 100}")
    fm = mat_pow([[1, 1], [1, 0]], 90)
    print(f"fib(90) = {fm[0][1]}")

    samples = []
    x = 1
    for i in range(500):
        x = (x * 48271) % 2147483647
        samples.append((x % 1000) / 10.0)
    mean, sd = stats(samples)
    print(f"mean={mean:.4f} sd={sd:.4f}")

    data = []
    for s in samples:
        data.append(int(s * 10))
    ordered = quicksort(data)
    ok = True
    for i in range(len(ordered) - 1):
        if ordered[i] > ordered[i + 1]:
            ok = False
    print(f"sorted ok: {ok} min={ordered[0]} max={ordered[len(ordered) - 1]}")

    balances, rejected = apply_ledger(make_transactions(2000))
    for name in balances:
        print(f"  {name:>6}: {balances[name]:>7}")
        checksum += balances[name]
    print(f"rejected: {rejected}")

    print(f"checksum: {checksum}")
    return 0


main()
