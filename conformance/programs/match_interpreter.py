# A small calculator language: a tokenizer, a recursive-descent parser building node
# objects, an evaluator and a simplifier dispatching with `match` on class, sequence,
# mapping and literal patterns, and variable scopes managed with `with`.

class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Call:
    __match_args__ = ("func", "args")

    def __init__(self, func, args):
        self.func = func
        self.args = args


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join([show(a) for a in args])})"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        match c:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "," | "=":
                tokens.append(("op", c))
                i += 1
            case _ if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _ if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"unexpected character {c!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.take()
                    node = BinOp(op, node, self.term())
                case _:
                    return node

    def term(self):
        node = self.atom()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.take()
                    node = BinOp(op, node, self.atom())
                case _:
                    return node

    def atom(self):
        match self.take():
            case ("num", value):
                return Num(value)
            case ("name", name):
                if self.peek() == ("op", "("):
                    self.take()
                    args = []
                    while self.peek() != ("op", ")"):
                        args.append(self.expr())
                        if self.peek() == ("op", ","):
                            self.take()
                    self.take()
                    return Call(name, args)
                return Var(name)
            case ("op", "("):
                node = self.expr()
                self.take()
                return node
            case ("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case tok:
                raise SyntaxError(f"unexpected token {tok}")


class Scope:
    def __init__(self, env, bindings):
        self.env = env
        self.bindings = bindings
        self.saved = {}

    def __enter__(self):
        for k, v in self.bindings.items():
            if k in self.env:
                self.saved[k] = self.env[k]
            self.env[k] = v
        return self.env

    def __exit__(self, exc_type, exc, tb):
        for k in self.bindings:
            if k in self.saved:
                self.env[k] = self.saved[k]
            else:
                del self.env[k]
        return False


FUNCTIONS = {}


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unknown variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            divisor = evaluate(r, env)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in " + show(node))
            return evaluate(l, env) // divisor
        case Call("max", [first, *rest]):
            return max([evaluate(a, env) for a in [first, *rest]])
        case Call(name, args) if name in FUNCTIONS:
            params, body = FUNCTIONS[name]
            values = [evaluate(a, env) for a in args]
            with Scope(env, dict(zip(params, values))) as inner:
                return evaluate(body, inner)
        case Call(name, _):
            raise NameError(f"unknown function {name}")


def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case Call(f, args):
            return Call(f, [simplify(a) for a in args])
        case _:
            return node


def run(line, env):
    match line.split("=", 1) if "=" in line and not line.startswith("def ") else [line]:
        case [target, expression] if target.strip().isidentifier():
            env[target.strip()] = evaluate(Parser(tokenize(expression)).expr(), env)
            return f"{target.strip()} := {env[target.strip()]}"
        case [text] if text.startswith("def "):
            head, body = text[4:].split("=", 1)
            name, params = head.split("(")
            FUNCTIONS[name.strip()] = ([p.strip() for p in params.rstrip(") ").split(",")], Parser(tokenize(body)).expr())
            return f"defined {name.strip()}"
        case [text]:
            tree = Parser(tokenize(text)).expr()
            return f"{show(tree)} => {show(simplify(tree))} = {evaluate(tree, env)}"


program = [
    "1 + 2 * 3",
    "x = 10",
    "y = x * 2 - 5",
    "(x + y) / 3",
    "0 + x * 1",
    "def square(n) = n * n",
    "def hyp(a, b) = square(a) + square(b)",
    "hyp(3, 4) + 0 * y",
    "max(x, y, square(4))",
    "-x + 2 * (3 + 4)",
    "n = 7",
    "square(2) + n",
    "z + 1",
    "10 / (x - 10)",
    "nope(1)",
    "1 $ 2",
]
env = {}
for line in program:
    try:
        print(run(line, env))
    except (NameError, ZeroDivisionError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(env.items()))

commands = [{"op": "push", "value": 3}, {"op": "push", "value": 4}, {"op": "add"}, {"op": "push", "value": 5}, {"op": "mul"},
            {"op": "dup"}, {"op": "print"}, {"op": "pop", "count": 2}, {"op": "jump"}]
stack = []
for cmd in commands:
    match cmd:
        case {"op": "push", "value": int(v)}:
            stack.append(v)
        case {"op": "add" | "mul" as op}:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a * b)
        case {"op": "dup"}:
            stack.append(stack[-1])
        case {"op": "print"}:
            print("stack:", stack)
        case {"op": "pop", **options}:
            for _ in range(options.get("count", 1)):
                stack.pop()
            print("after pop:", stack)
        case {"op": unknown}:
            print("unknown command", unknown)
