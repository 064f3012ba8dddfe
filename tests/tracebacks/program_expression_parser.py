def tokenize(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(int(text[i:j]))
            i = j
        elif c in "+-*/()":
            out.append(c)
            i += 1
        else:
            i += 1
    return out


def parse_expr(toks, pos):
    left, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in ("+", "-"):
        op = toks[pos]
        right, pos = parse_term(toks, pos + 1)
        left = left + right if op == "+" else left - right
    return left, pos


def parse_term(toks, pos):
    left, pos = parse_atom(toks, pos)
    while pos < len(toks) and toks[pos] in ("*", "/"):
        op = toks[pos]
        right, pos = parse_atom(toks, pos + 1)
        left = left * right if op == "*" else left // right
    return left, pos


def parse_atom(toks, pos):
    tok = toks[pos]
    if tok == "(":
        value, pos = parse_expr(toks, pos + 1)
        return value, pos + 1
    return tok, pos + 1


for src in ["1+2*3", "(4+4)/2", "7/(3-3)"]:
    print(src, parse_expr(tokenize(src), 0)[0])
