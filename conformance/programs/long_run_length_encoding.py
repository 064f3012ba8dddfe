# Run-length encoding and decoding of strings and lists, with validation.
def rle_encode(s):
    if s == "":
        return []
    runs = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current = ch
            count = 1
    runs.append((current, count))
    return runs


def rle_decode(runs):
    out = ""
    for ch, n in runs:
        out += ch * n
    return out


def runs_to_text(runs):
    out = ""
    for ch, n in runs:
        if n == 1:
            out += ch
        else:
            out += str(n) + ch
    return out


def text_to_runs(text):
    runs = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            if num == "":
                runs.append((ch, 1))
            else:
                n = int(num)
                if n == 0:
                    raise ValueError("zero-length run before " + repr(ch))
                runs.append((ch, n))
            num = ""
    if num != "":
        raise ValueError("dangling count " + repr(num))
    return runs


def encode_list(values):
    out = []
    for v in values:
        if len(out) > 0 and out[-1][0] == v:
            out[-1] = (v, out[-1][1] + 1)
        else:
            out.append((v, 1))
    return out


def decode_list(pairs):
    out = []
    for v, n in pairs:
        for i in range(n):
            out.append(v)
    return out


samples = [
    "",
    "a",
    "aaaa",
    "abc",
    "aaabbbcccd",
    "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
    "\u00e9\u00e9\u00e9\u4e2d\u4e2d!",
    "  spaces   here ",
    "mississippi",
]
for s in samples:
    runs = rle_encode(s)
    text = runs_to_text(runs)
    back = rle_decode(runs)
    print(f"{s[:20]!r:<24} -> {text[:30]!r:<34} ok={back == s}")
    ratio = 0.0
    if len(s) > 0:
        ratio = len(text) / len(s)
    print(f"    runs={len(runs):>3} encoded={len(text):>3} ratio={ratio:.3f}")

for text in ["3a2b", "12x", "a0b", "5", "10z1y", "2\u00e92 "]:
    try:
        runs = text_to_runs(text)
        print(repr(text), "decodes to", repr(rle_decode(runs)))
    except ValueError as e:
        print(repr(text), "invalid:", e)

data = [1, 1, 1, 2, 2, 3, 1, 1, 0, 0, 0, 0, 2 ** 70, 2 ** 70]
pairs = encode_list(data)
print(pairs)
print(decode_list(pairs) == data)
words = "a a b b b a c c c c".split()
print(encode_list(words))
floats = [0.1, 0.1, 0.30000000000000004, 0.3, 0.3]
print(encode_list(floats))

longest = ("", 0)
for ch, n in rle_encode("aabcccccaaaddddddddbb"):
    if n > longest[1]:
        longest = (ch, n)
print("longest run:", longest)

def histogram(runs):
    counts = {}
    for ch, n in runs:
        counts[ch] = counts.get(ch, 0) + n
    return counts


h = histogram(rle_encode("abracadabra"))
for ch in sorted(h):
    print(f"{ch}: {h[ch]:>2} {'=' * h[ch]}")
image = [
    "....####....",
    "...######...",
    "..##....##..",
    "..########..",
    "..##....##..",
    "..##....##..",
]
encoded_rows = []
for row in image:
    encoded_rows.append(runs_to_text(rle_encode(row)))
for row, enc in zip(image, encoded_rows):
    print(f"{row}  {enc}")
restored = []
for enc in encoded_rows:
    restored.append(rle_decode(text_to_runs(enc)))
print("image restored:", restored == image)
total_in = 0
total_out = 0
for row, enc in zip(image, encoded_rows):
    total_in += len(row)
    total_out += len(enc)
print(f"compression: {total_in} -> {total_out} ({total_out / total_in:.1%})")
