# A tokenizer, shunting-yard parser and RPN evaluator using lists and dicts.
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^": True}
OPERATORS = "+-*/%^"


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            start = i
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            num = text[start:i]
            if "." in num:
                tokens.append(("num", float(num)))
            else:
                tokens.append(("num", int(num)))
            continue
        if ch == "/" and i + 1 < n and text[i + 1] == "/":
            tokens.append(("op", "//"))
            i += 2
            continue
        if ch in OPERATORS:
            tokens.append(("op", ch))
        elif ch == "(":
            tokens.append(("lparen", ch))
        elif ch == ")":
            tokens.append(("rparen", ch))
        elif ch.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            tokens.append(("name", text[start:i]))
            continue
        else:
            raise ValueError("unexpected character " + repr(ch) + " at " + str(i))
        i += 1
    return tokens


def to_rpn(tokens):
    output = []
    stack = []
    for kind, value in tokens:
        if kind == "num" or kind == "name":
            output.append((kind, value))
        elif kind == "op":
            while len(stack) > 0 and stack[-1][0] == "op":
                top = stack[-1][1]
                if PRECEDENCE[top] > PRECEDENCE[value]:
                    output.append(stack.pop())
                elif PRECEDENCE[top] == PRECEDENCE[value] and value not in RIGHT_ASSOC:
                    output.append(stack.pop())
                else:
                    break
            stack.append((kind, value))
        elif kind == "lparen":
            stack.append((kind, value))
        else:
            while len(stack) > 0 and stack[-1][0] != "lparen":
                output.append(stack.pop())
            if len(stack) == 0:
                raise ValueError("mismatched ')'")
            stack.pop()
    while len(stack) > 0:
        top = stack.pop()
        if top[0] == "lparen":
            raise ValueError("mismatched '('")
        output.append(top)
    return output


def rpn_text(rpn):
    parts = []
    for kind, value in rpn:
        parts.append(str(value))
    return " ".join(parts)


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    if op == "^":
        return a ** b
    raise ValueError("unknown operator " + op)


def evaluate(rpn, variables):
    stack = []
    for kind, value in rpn:
        if kind == "num":
            stack.append(value)
        elif kind == "name":
            if value not in variables:
                raise KeyError(value)
            stack.append(variables[value])
        else:
            if len(stack) < 2:
                raise ValueError("not enough operands for " + value)
            b = stack.pop()
            a = stack.pop()
            stack.append(apply(value, a, b))
    if len(stack) != 1:
        raise ValueError("malformed expression, stack: " + str(stack))
    return stack[0]


variables = {"x": 7, "y": 2.5, "big": 2 ** 64}
expressions = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "(2 ^ 3) ^ 2",
    "100 / 7",
    "100 // 7",
    "-7 + 3",
    "100 % 7 + x * y",
    "big * big - 1",
    "2 ^ 100",
    "1.5 * 4 - 0.1",
    "10 / (5 - 5)",
    "10 // (x - 7)",
    "(1 + 2",
    "1 + 2)",
    "3 $ 4",
    "z + 1",
    "2 ^ 0.5",
    "((((1))))",
    "0.1 + 0.2",
]
ok = 0
failed = 0
for expr in expressions:
    try:
        tokens = tokenize(expr)
        rpn = to_rpn(tokens)
        result = evaluate(rpn, variables)
        print(f"{expr:<18} => {rpn_text(rpn):<22} = {result!r}")
        ok += 1
    except ZeroDivisionError as e:
        print(f"{expr:<18} => division error: {e}")
        failed += 1
    except KeyError as e:
        print(f"{expr:<18} => unknown variable {e}")
        failed += 1
    except ValueError as e:
        print(f"{expr:<18} => syntax error: {e}")
        failed += 1
print(f"{ok} evaluated, {failed} failed")
print(tokenize("12+x//3"))
