# Word frequency counting with dicts and sorted(key=...), ties broken alphabetically.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way - in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""

STOP = ["the", "of", "it", "was", "we", "to", "in", "on", "or", "for", "its", "so", "that", "all"]


def clean(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha():
            out += ch
    return out


def count_words(text):
    counts = {}
    order = []
    for raw in text.split():
        w = clean(raw)
        if w == "":
            continue
        if w not in counts:
            counts[w] = 0
            order.append(w)
        counts[w] += 1
    return counts, order


def by_count_then_word(item):
    return (-item[1], item[0])


def by_length_then_word(word):
    return (-len(word), word)


counts, order = count_words(TEXT)
print("total words:", sum(counts.values()))
print("distinct words:", len(counts))
print("first seen:", order[:8])
items = []
for w in counts:
    items.append((w, counts[w]))
ranked = sorted(items, key=by_count_then_word)
print()
print(f"{'rank':>4}  {'word':<14}{'count':>5}  share")
total = sum(counts.values())
for i, (w, c) in enumerate(ranked[:15], start=1):
    print(f"{i:>4}  {w:<14}{c:>5}  {c / total:6.2%}")
print()
content = []
for w, c in ranked:
    if w not in STOP:
        content.append((w, c))
print("top content words:")
for w, c in content[:10]:
    print(f"  {w:<12} {'*' * c}")
longest = sorted(counts.keys(), key=by_length_then_word)
print()
print("longest words:", longest[:5])
by_len = {}
for w in counts:
    n = len(w)
    if n not in by_len:
        by_len[n] = []
    by_len[n].append(w)
for n in sorted(by_len):
    print(f"{n:>2} letters: {len(by_len[n]):>3} words, e.g. {sorted(by_len[n])[0]}")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
letter_items = []
for ch in letters:
    letter_items.append((ch, letters[ch]))
top_letters = sorted(letter_items, key=by_count_then_word)
line = ""
for ch, c in top_letters[:10]:
    line += f"{ch}={c} "
print()
print(line.rstrip())
singletons = []
for w, c in ranked:
    if c == 1:
        singletons.append(w)
print("hapax legomena:", len(singletons))
print(", ".join(sorted(singletons)[:12]))
bigrams = {}
words = []
for raw in TEXT.split():
    w = clean(raw)
    if w != "":
        words.append(w)
for i in range(len(words) - 1):
    key = words[i] + " " + words[i + 1]
    bigrams[key] = bigrams.get(key, 0) + 1
bigram_items = []
for k in bigrams:
    bigram_items.append((k, bigrams[k]))
for k, c in sorted(bigram_items, key=by_count_then_word)[:6]:
    print(f"{k!r:>18} {c}")
