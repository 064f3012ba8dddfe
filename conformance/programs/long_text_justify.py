# A text formatter: greedy line wrapping, full justification and centring.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards "
        "jump quickly. Sphinx of black quartz, judge my vow. Extraordinarily "
        "long-winded-hyphenated-words-test the wrapping logic when they exceed width.")


def wrap(words, width):
    lines = []
    current = []
    length = 0
    for w in words:
        if len(current) == 0:
            current.append(w)
            length = len(w)
        elif length + 1 + len(w) <= width:
            current.append(w)
            length += 1 + len(w)
        else:
            lines.append(current)
            current = [w]
            length = len(w)
    if len(current) > 0:
        lines.append(current)
    return lines


def justify(line_words, width, last):
    if last or len(line_words) == 1:
        text = " ".join(line_words)
        return text + " " * (width - len(text))
    letters = 0
    for w in line_words:
        letters += len(w)
    gaps = len(line_words) - 1
    spaces = width - letters
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words):
        out += w
        if i < gaps:
            out += " " * base
            if i < extra:
                out += " "
    return out


def render(text, width, mode):
    words = text.split()
    lines = wrap(words, width)
    result = []
    for i, lw in enumerate(lines):
        last = i == len(lines) - 1
        if mode == "justify":
            result.append(justify(lw, width, last))
        elif mode == "center":
            result.append(f"{' '.join(lw):^{width}}")
        elif mode == "right":
            result.append(f"{' '.join(lw):>{width}}")
        else:
            result.append(f"{' '.join(lw):<{width}}")
    return result


def boxed(lines, width):
    print("+" + "-" * (width + 2) + "+")
    for ln in lines:
        print("| " + ln + " |")
    print("+" + "-" * (width + 2) + "+")


for width in [30, 45]:
    for mode in ["left", "right", "center", "justify"]:
        print(f"mode={mode} width={width}")
        boxed(render(TEXT, width, mode), width)
narrow = render("a bb ccc dddd eeeee ffffff", 7, "justify")
for ln in narrow:
    print(repr(ln))
stats = {}
for ln in render(TEXT, 40, "left"):
    n = len(ln.rstrip())
    stats[n] = stats.get(n, 0) + 1
print(sorted(stats.items()))
words = TEXT.split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest word:", longest, len(longest))
print("overflowing lines at width 20:")
for lw in wrap(words, 20):
    text = " ".join(lw)
    if len(text) > 20:
        print("  ", repr(text), len(text))
sentences = []
current = ""
for ch in TEXT:
    current += ch
    if ch in ".!;":
        sentences.append(current.strip())
        current = ""
if current.strip() != "":
    sentences.append(current.strip())
for i, s in enumerate(sentences, start=1):
    print(f"{i:>2}. {s[:40]:<40}{'...' * (len(s) > 40)}")
