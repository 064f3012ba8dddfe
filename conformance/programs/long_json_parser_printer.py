# A hand-written tokenizer and recursive-descent parser for a JSON-like language, with a
# pretty printer, a path query helper, and error reporting with positions.
from typing import Any, Iterator, List, Tuple


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at offset {pos}")
        self.pos = pos


class LexError(ParseError):
    pass


PUNCT = "{}[]:,"
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def tokenize(text: str) -> Iterator[Tuple[str, Any, int]]:
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in PUNCT:
            yield ("punct", ch, i)
            i += 1
        elif ch == '"':
            start = i
            i += 1
            buf = []
            while True:
                if i >= n:
                    raise LexError("unterminated string", start)
                c = text[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\":
                    esc = text[i + 1] if i + 1 < n else ""
                    if esc not in ESCAPES:
                        raise LexError(f"bad escape \\{esc}", i)
                    buf.append(ESCAPES[esc])
                    i += 2
                else:
                    buf.append(c)
                    i += 1
            yield ("str", "".join(buf), start)
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                i += 1
            raw = text[start:i]
            try:
                value = float(raw) if any(c in raw for c in ".eE") else int(raw)
            except ValueError:
                raise LexError(f"bad number {raw!r}", start) from None
            yield ("num", value, start)
        elif ch.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            word = text[start:i]
            match word:
                case "true":
                    yield ("const", True, start)
                case "false":
                    yield ("const", False, start)
                case "null":
                    yield ("const", None, start)
                case _:
                    raise LexError(f"unknown word {word!r}", start)
        else:
            raise LexError(f"unexpected character {ch!r}", i)
    yield ("eof", None, n)


class Parser:
    def __init__(self, text: str):
        self.tokens: List[Tuple[str, Any, int]] = list(tokenize(text))
        self.pos = self.depth = self.max_depth = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v, at = self.advance()
        if kind != "punct" or v != value:
            raise ParseError(f"expected {value!r}, got {v!r}", at)

    def parse(self):
        value = self.value()
        kind, v, at = self.peek()
        if kind != "eof":
            raise ParseError(f"trailing data {v!r}", at)
        return value

    def value(self):
        kind, v, at = self.peek()
        if kind == "punct" and v == "{":
            return self.nested(self.obj)
        if kind == "punct" and v == "[":
            return self.nested(self.arr)
        if kind in ("str", "num", "const"):
            self.advance()
            return v
        raise ParseError(f"unexpected {kind} {v!r}", at)

    def nested(self, method):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        try:
            return method()
        finally:
            self.depth -= 1

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek()[1] == "}":
            self.advance()
            return result
        while True:
            kind, key, at = self.advance()
            if kind != "str":
                raise ParseError("object keys must be strings", at)
            self.expect(":")
            result[key] = self.value()
            kind, v, at = self.advance()
            if v == "}":
                return result
            if v != ",":
                raise ParseError(f"expected ',' or '}}', got {v!r}", at)

    def arr(self):
        self.expect("[")
        items = []
        if self.peek()[1] == "]":
            self.advance()
            return items
        while True:
            items.append(self.value())
            kind, v, at = self.advance()
            if v == "]":
                return items
            if v != ",":
                raise ParseError(f"expected ',' or ']', got {v!r}", at)


def dump(value, indent=0, step=2) -> str:
    pad = " " * indent
    inner = " " * (indent + step)
    match value:
        case None:
            return "null"
        case bool():
            return "true" if value else "false"
        case int() | float():
            return repr(value)
        case str():
            out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            return f'"{out}"'
        case []:
            return "[]"
        case list():
            if all(not isinstance(x, (list, dict)) for x in value) and len(value) <= 4:
                return "[" + ", ".join(dump(x) for x in value) + "]"
            parts = [inner + dump(x, indent + step, step) for x in value]
            return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
        case {"__ref__": str(target)}:
            return dump(f"<ref {target}>")
        case dict() if not value:
            return "{}"
        case dict():
            parts = [f"{inner}{dump(k)}: {dump(v, indent + step, step)}" for k, v in value.items()]
            return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    raise TypeError(f"cannot dump {type(value).__name__}")


def query(value, path: str):
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)]
        elif isinstance(value, dict):
            value = value[part]
        else:
            raise KeyError(part)
    return value


def walk(value, prefix="$"):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{prefix}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, f"{prefix}[{i}]")
    else:
        yield prefix, value


DOC = '''
{"name": "metal0", "version": [0, 4, 2], "stable": false,
 "authors": [{"name": "Ada", "commits": 412}, {"name": "Bo \\"B\\" Li", "commits": 97}],
 "ratio": 0.125, "big": -12345678901234567890, "exp": 1.5e3,
 "notes": "line1\\nline2", "empty": {}, "none": null, "tags": [],
 "link": {"__ref__": "authors"},
 "matrix": [[1, 2], [3, 4], [5, [6, 7]]]}
'''

p = Parser(DOC)
print(len(p.tokens), "tokens; first five:", p.tokens[:5])
doc = p.parse()
print("max depth:", p.max_depth)
print(dump(doc))
print(sorted(doc.keys(), key=lambda k: (len(k), k)))
for path in ["authors.1.name", "version.2", "matrix.2.1.0", "notes", "authors.5.name", "ratio.x"]:
    try:
        print(f"{path:>16} -> {query(doc, path)!r}")
    except (IndexError, KeyError) as e:
        print(f"{path:>16} !! {type(e).__name__}: {e}")

leaves = list(walk(doc))
print(len(leaves), "leaves")
for where, v in leaves[:8]:
    print(f"  {where:<22} {type(v).__name__:<8} {v!r}")
numbers = [v for _, v in leaves if isinstance(v, (int, float)) and not isinstance(v, bool)]
print("numbers:", numbers, "sum:", sum(numbers))
commits = {a["name"]: a["commits"] for a in doc["authors"]}
print(commits, f"share={commits['Ada'] / sum(commits.values()):.1%}")
print(dump(doc, step=4) == dump(Parser(dump(doc, step=4)).parse(), step=4))

BAD = ['{"a": 1,}', '[1 2]', '{"a" 1}', '"abc', '[tru]', '{"x": [1, 2}', '{1: 2}',
       '[1, 2] 3', '"bad \\q"', '@', '[-]', '']
for text in BAD:
    try:
        Parser(text).parse()
        print(f"{text!r:>16}: ok?!")
    except LexError as e:
        print(f"{text!r:>16}: lex error: {e} (pos {e.pos})")
    except ParseError as e:
        print(f"{text!r:>16}: parse error: {e}")
