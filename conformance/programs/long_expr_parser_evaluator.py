# A tokenizer, recursive-descent parser and evaluator for arithmetic with variables,
# assignments, comparisons, function calls and error reporting with positions.
import math


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}@{self.pos}"


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at column {pos}")
        self.pos = pos


class EvalError(Exception):
    pass


OPERATORS = ["**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", ",", "=", "<", ">"]


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            tokens.append(Token("num", src[start:i], start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.take()
        if tok.text != text:
            raise ParseError(f"expected {text!r} but found {tok.text or 'end'!r}", tok.pos)
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take()
            node = ("assign", name, self.comparison())
        else:
            node = self.comparison()
        if self.peek().kind != "end":
            tok = self.peek()
            raise ParseError(f"unexpected {tok.text!r}", tok.pos)
        return node

    def comparison(self):
        left = self.additive()
        while self.peek().text in ("==", "!=", "<", ">", "<=", ">="):
            op = self.take().text
            left = ("bin", op, left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            left = ("bin", op, left, self.unary())
        return left

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        if self.peek().text == "+":
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return ("bin", "**", base, self.unary())
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take()
                args = []
                if self.peek().text != ")":
                    args.append(self.comparison())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.comparison())
                self.expect(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.comparison()
            self.expect(")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end'!r}", tok.pos)


FUNCS = {
    "sqrt": (1, math.sqrt),
    "max": (-1, max),
    "min": (-1, min),
    "abs": (1, abs),
    "hyp": (2, lambda a, b: math.sqrt(a * a + b * b)),
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise EvalError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        if node[1] not in FUNCS:
            raise EvalError(f"unknown function {node[1]}")
        arity, fn = FUNCS[node[1]]
        args = [evaluate(a, env) for a in node[2]]
        if arity >= 0 and len(args) != arity:
            raise EvalError(f"{node[1]} takes {arity} argument(s), got {len(args)}")
        if not args:
            raise EvalError(f"{node[1]} needs arguments")
        return fn(*args)
    op, a, b = node[1], evaluate(node[2], env), evaluate(node[3], env)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise EvalError("division by zero")
        return a / b
    if op == "%":
        if b == 0:
            raise EvalError("modulo by zero")
        return a % b
    if op == "**":
        return a ** b
    table = {"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}
    return int(table[op])


def show(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return "(-" + show(node[1]) + ")"
    if kind == "assign":
        return node[1] + " := " + show(node[2])
    if kind == "call":
        return node[1] + "(" + ", ".join(show(a) for a in node[2]) + ")"
    return "(" + show(node[2]) + " " + node[1] + " " + show(node[3]) + ")"


program = [
    "x = 3",
    "y = x * 4 + 2",
    "z = (x + y) * (y - x) / 2",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "(-2) ** 2",
    "10 % 4 + 7 % -3",
    "r = sqrt(x * x + y * y)",
    "hyp(3, 4) == 5",
    "max(x, y, z, 100 / 7) - min(1, 2.5)",
    "big = 2 ** 100 + 1",
    "big % 1000007",
    "0.1 + 0.2",
    "1 < 2 == 1",
    "abs(-7.25) * -+-2",
    "w + 1",
    "1 / (x - 3)",
    "3 +",
    "foo(1)",
    "sqrt(1, 2)",
    "(1 + 2",
    "4 $ 4",
    "1 2",
    "max()",
    "q = .5 * 8",
    "q ** 0.5 + x ** -1",
]
env = {}
for line in program:
    try:
        tokens = tokenize(line)
        tree = Parser(tokens).statement()
        value = evaluate(tree, env)
        print(f"{line:<40} {show(tree):<45} => {value!r}")
    except ParseError as e:
        print(f"{line:<40} parse error: {e} (pos {e.pos})")
    except EvalError as e:
        print(f"{line:<40} eval error: {e}")
print(tokenize("a1 = 2.5**-x <= 3")[:7])
print(sorted(env.items()))
