# A prime sieve plus a statistics report printed as f-string tables.
LIMIT = 2000


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    primes = []
    for n in range(limit + 1):
        if flags[n]:
            primes.append(n)
    return primes


def mean(values):
    return sum(values) / len(values)


def median(values):
    s = sorted(values)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


def stdev(values):
    m = mean(values)
    acc = 0.0
    for v in values:
        acc += (v - m) ** 2
    return (acc / len(values)) ** 0.5


primes = sieve(LIMIT)
print(f"primes below {LIMIT}: {len(primes)}")
print("first 15:", primes[:15])
print("last 5:", primes[-5:])

print()
print(f"{'range':<13}{'count':>6}{'sum':>9}{'density':>9}")
bucket = 250
start = 0
while start < LIMIT:
    count = 0
    total = 0
    for p in primes:
        if start <= p < start + bucket:
            count += 1
            total += p
    label = f"{start}-{start + bucket - 1}"
    print(f"{label:<13}{count:>6}{total:>9,}{count / bucket:>9.2%}")
    start += bucket

gaps = []
for i in range(1, len(primes)):
    gaps.append(primes[i] - primes[i - 1])
print()
print(f"gap mean   {mean(gaps):10.4f}")
print(f"gap median {median(gaps):10.1f}")
print(f"gap stdev  {stdev(gaps):10.4f}")
print(f"gap max    {max(gaps):10d}")
gap_counts = {}
for g in gaps:
    gap_counts[g] = gap_counts.get(g, 0) + 1
print()
print(f"{'gap':>4} {'freq':>5}  histogram")
for g in sorted(gap_counts):
    freq = gap_counts[g]
    bar = "#" * (freq // 10)
    print(f"{g:>4} {freq:>5}  {bar}")

twins = []
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins.append((primes[i - 1], primes[i]))
print()
print("twin primes:", len(twins), "last:", twins[-1])

last_digit = {}
for p in primes:
    d = p % 10
    last_digit[d] = last_digit.get(d, 0) + 1
for d in sorted(last_digit):
    print(f"ends in {d}: {last_digit[d]:4} ({last_digit[d] / len(primes):.3f})")

product = 1
for p in primes[:40]:
    product *= p
print()
print("primorial(40 primes) =", product)
print("digits:", len(str(product)))
goldbach_fail = 0
index = {}
for p in primes:
    index[p] = True
for even in range(4, 500, 2):
    found = False
    for p in primes:
        if p > even // 2:
            break
        if (even - p) in index:
            found = True
            break
    if not found:
        goldbach_fail += 1
print("goldbach failures below 500:", goldbach_fail)
