# Early returns from loops and branches.
def find_first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i
    return -1


print(find_first_negative([3, 4, -1, 5, -2]))
print(find_first_negative([1, 2, 3]))
print(find_first_negative([]))


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n < 10:
        return "small"
    return "large"


for n in [-3, 0, 7, 42]:
    print(n, classify(n))


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


primes = []
for n in range(50):
    if is_prime(n):
        primes.append(n)
print(primes)


def first_word_longer_than(words, k):
    for w in words:
        if len(w) > k:
            return w
    return ""


print(repr(first_word_longer_than(["a", "bb", "ccc", "dddd"], 2)))
print(repr(first_word_longer_than(["a", "bb"], 5)))
