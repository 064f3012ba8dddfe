# A spreadsheet-like cell evaluator: formulas parsed by recursive descent, dependency
# tracking, cycle detection, memoised evaluation, ranges, functions, recalculation.
import math
from typing import Dict, List, Set, Tuple


class SheetError(Exception):
    code = "#ERR"


class CycleError(SheetError):
    code = "#CYCLE"

    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path


class RefError(SheetError):
    code = "#REF"


class FormulaError(SheetError):
    code = "#PARSE"


class DivError(SheetError, ZeroDivisionError):
    code = "#DIV/0"


def split_ref(ref: str) -> Tuple[str, int]:
    col = ref.rstrip("0123456789")
    row = ref[len(col):]
    if not col or not row or not col.isalpha() or not col.isupper():
        raise RefError(f"bad reference {ref!r}")
    return col, int(row)


def expand_range(a: str, b: str) -> List[str]:
    (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
    cols = [chr(c) for c in range(ord(min(c1, c2)), ord(max(c1, c2)) + 1)]
    return [f"{c}{r}" for r in range(min(r1, r2), max(r1, r2) + 1) for c in cols]


FUNCS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs) if xs else 0,
    "MAX": max,
    "MIN": min,
    "SQRT": lambda xs: math.sqrt(xs[0]),
    "COUNT": len,
}


class Formula:
    def __init__(self, text: str):
        self.text = text
        self.toks, self.i, self.refs = self.lex(text), 0, []
        self.tree = self.expr()
        if self.i != len(self.toks):
            raise FormulaError(f"unexpected {self.toks[self.i]!r} in {text!r}")

    @staticmethod
    def lex(text: str) -> List[str]:
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isalnum() or c == ".":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "."):
                    j += 1
                toks.append(text[i:j])
                i = j
            elif c in "+-*/(),:^":
                toks.append(c)
                i += 1
            else:
                raise FormulaError(f"bad character {c!r}")
        return toks

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, want=None):
        tok = self.peek()
        if tok is None or (want is not None and tok != want):
            raise FormulaError(f"expected {want or 'token'}, got {tok!r} in {self.text!r}")
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = (self.take(), node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.peek() in ("*", "/"):
            node = (self.take(), node, self.power())
        return node

    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return ("^", base, self.power())
        return base

    def atom(self):
        tok = self.take()
        if tok == "-":
            return ("neg", self.atom())
        if tok == "(":
            node = self.expr()
            self.take(")")
            return node
        if tok[0].isdigit() or tok[0] == ".":
            return ("num", float(tok) if "." in tok else int(tok))
        if self.peek() == "(":
            self.take("(")
            args = []
            while self.peek() != ")":
                first = self.take()
                if self.peek() == ":":
                    self.take()
                    cells = expand_range(first, self.take())
                    self.refs.extend(cells)
                    args.append(("range", cells))
                else:
                    self.i -= 1
                    args.append(self.expr())
                if self.peek() == ",":
                    self.take()
            self.take(")")
            if tok not in FUNCS:
                raise FormulaError(f"unknown function {tok}")
            return ("call", tok, args)
        split_ref(tok)
        self.refs.append(tok)
        return ("ref", tok)


class Sheet:
    def __init__(self):
        self.raw: Dict[str, str] = {}
        self.cache: Dict[str, object] = {}
        self.evals = 0

    def __setitem__(self, ref, text):
        split_ref(ref)
        self.raw[ref] = text
        self.cache.clear()

    def __getitem__(self, ref):
        return self.value(ref, [])

    def value(self, ref, stack):
        if ref in self.cache:
            return self.cache[ref]
        if ref in stack:
            raise CycleError(stack[stack.index(ref):] + [ref])
        text = self.raw.get(ref, "")
        self.evals += 1
        if not text.startswith("="):
            result = float(text) if "." in text else int(text or 0)
        else:
            result = self.eval(Formula(text[1:]).tree, stack + [ref])
        self.cache[ref] = result
        return result

    def eval(self, node, stack):
        match node:
            case ("num", n):
                return n
            case ("ref", r):
                return self.value(r, stack)
            case ("neg", x):
                return -self.eval(x, stack)
            case ("range", cells):
                return [self.value(c, stack) for c in cells]
            case ("call", name, args):
                flat = []
                for a in args:
                    v = self.eval(a, stack)
                    flat.extend(v if isinstance(v, list) else [v])
                return FUNCS[name](flat)
            case (op, a, b):
                x, y = self.eval(a, stack), self.eval(b, stack)
                match op:
                    case "+": return x + y
                    case "-": return x - y
                    case "*": return x * y
                    case "^": return x ** y
                    case "/":
                        if y == 0:
                            raise DivError(f"division by zero in {stack[-1]}")
                        return x / y

    def dependents(self, target: str) -> Set[str]:
        out = set()
        for ref, text in self.raw.items():
            if text.startswith("=") and target in Formula(text[1:]).refs:
                out.add(ref)
        return out

    def show(self, title):
        print(f"--- {title} ---")
        for ref in sorted(self.raw, key=lambda r: (split_ref(r)[1], split_ref(r)[0])):
            try:
                v = self[ref]
                shown = f"{v:.4g}" if isinstance(v, float) else str(v)
            except SheetError as e:
                shown = f"{e.code} ({e})"
            print(f"{ref:>4} {self.raw[ref]:<22} {shown}")


sheet = Sheet()
data = {"A1": "10", "A2": "20", "A3": "30.5", "A4": "=SUM(A1:A3)", "B1": "=A1*2",
        "B2": "=B1+A2^2", "B3": "=AVG(A1:A3, B1)", "B4": "=SQRT(A1*10) - -3",
        "C1": "=(A1+A2)/(A2-20)", "C2": "=MAX(A1:B3)", "C3": "=COUNT(A1:C2)", "C4": "=2^3^2"}
for k, v in data.items():
    sheet[k] = v
sheet.show("initial")
print("evaluations:", sheet.evals, "| dependents of A1:", sorted(sheet.dependents("A1")))
sheet["A2"] = "21"
sheet["D1"] = "=D2+1"
sheet["D2"] = "=D3*2"
sheet["D3"] = "=D1"
sheet["D4"] = "=A1 +* 2"
sheet["D5"] = "=FOO(A1)"
sheet["D6"] = "=A1 & 2"
sheet.show("after edits")
try:
    sheet["1A"] = "5"
except RefError as e:
    print("RefError:", e)
sheet["A2"] = "20"
try:
    sheet["C1"]
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e)
try:
    sheet["D1"]
except CycleError as e:
    print("cycle path:", e.path, len(e.path))
print(Formula("SUM(A1:B2, 3) * -(C1 - 1)").tree)
print(expand_range("C3", "A2"))
