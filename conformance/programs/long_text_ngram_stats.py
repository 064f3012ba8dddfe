# Text statistics: tokenizing, word/bigram/trigram counts ordered by (-count, word), sentence stats, histograms, Zipf and concordance.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us!
We were all going direct to Heaven; we were all going direct the other way. In short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only. Was it? Really -- it was. Naïve readers ("café" critics) don't agree;
they'd say the author's style is over-wrought... but the well-known text endures."""

PUNCT = ".,;:!?()\"'"


def sentences(text):
    out = []
    cur = ""
    for ch in text.replace("\n", " "):
        cur += ch
        if ch in ".!?":
            s = cur.strip()
            if s.strip(".!? "):
                out.append(s)
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


def tokenize(text):
    words = []
    for raw in text.split():
        w = raw.strip(PUNCT + "-").lower()
        if not w:
            continue
        if w.endswith("'s"):
            w = w[:-2]
        words.append(w)
    return words


def count(items):
    c = {}
    for it in items:
        c[it] = c.get(it, 0) + 1
    return c


def ranked(counter):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def ngrams(words, n):
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


words = tokenize(TEXT)
sents = sentences(TEXT)
print("chars", len(TEXT), "lines", len(TEXT.splitlines()), "words", len(words), "sentences", len(sents))
vocab = count(words)
print("distinct", len(vocab), "type/token", f"{len(vocab) / len(words):.4f}")
print("hapax", sum(1 for c in vocab.values() if c == 1), sorted(w for w, c in vocab.items() if c == 1)[:12])

print("top words")
top = ranked(vocab)[:15]
width = max(len(w) for w, _ in top)
for rank, (w, c) in enumerate(top, 1):
    print(f"{rank:>3} {w:<{width}} {c:>3} {'#' * c}")

print("top bigrams")
for gram, c in ranked(count(ngrams(words, 2)))[:10]:
    print(f"  {' '.join(gram):<20}{c:>3}")
print("top trigrams")
for gram, c in ranked(count(ngrams(words, 3)))[:8]:
    print(f"  {' '.join(gram):<26}{c:>3}")

print("sentences")
for i, s in enumerate(sents, 1):
    toks = tokenize(s)
    longest = max(toks, key=lambda w: (len(w), w)) if toks else ""
    print(f"{i:>2} words={len(toks):>3} longest={longest!r:<16} starts={s[:28]!r}")
lens = [len(tokenize(s)) for s in sents]
print("avg sentence", round(sum(lens) / len(lens), 3), "min", min(lens), "max", max(lens), "median", sorted(lens)[len(lens) // 2])

print("word length histogram")
by_len = count(len(w) for w in words)
for L in range(1, max(by_len) + 1):
    n = by_len.get(L, 0)
    print(f"{L:>2} {n:>3} {'=' * n}")

print("letters")
letters = count(ch for ch in TEXT.lower() if ch.isalpha())
total_letters = sum(letters.values())
for ch, c in ranked(letters)[:10]:
    print(f"  {ch} {c:>4} {c / total_letters:7.2%}")
print("non-ascii letters", sorted(ch for ch in letters if not ch.isascii()), "vowels", sum(letters.get(v, 0) for v in "aeiou"))

print("zipf")
for rank, (w, c) in enumerate(ranked(vocab)[:8], 1):
    print(f"{rank:>2} {w:<8} {c:>3} rank*count={rank * c:>4}")

print("concordance for 'was'")
for i, w in enumerate(words):
    if w == "was" and i % 3 == 0:
        left = " ".join(words[max(0, i - 3):i])
        right = " ".join(words[i + 1:i + 4])
        print(f"{left:>24} [{w}] {right}")

print("first occurrence order")
seen = {}
for i, w in enumerate(words):
    if w not in seen:
        seen[w] = i
print(list(seen)[:20])
print("capitalised", sorted(set(t.strip(PUNCT) for t in TEXT.split() if t.strip(PUNCT)[:1].isupper())))
print("hyphenated", [t.strip(PUNCT) for t in TEXT.split() if "-" in t.strip(PUNCT + "-")])
print("contractions", [w for w in words if "'" in w])
