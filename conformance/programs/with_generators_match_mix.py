# with, generators and match working together: a tiny command processor.
class Session:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("close" if exc is None else f"close after {type(exc).__name__}")
        return isinstance(exc, KeyError)


def commands(text):
    for line in text.strip().splitlines():
        parts = line.split()
        yield parts[0], parts[1:]


def run(text):
    stack = []
    with Session("calc") as s:
        for cmd, args in commands(text):
            match cmd, args:
                case "push", [value]:
                    stack.append(int(value))
                case "add", []:
                    b, a = stack.pop(), stack.pop()
                    stack.append(a + b)
                case "mul", []:
                    b, a = stack.pop(), stack.pop()
                    stack.append(a * b)
                case "dup", []:
                    stack.append(stack[-1])
                case "lookup", [key]:
                    stack.append({"one": 1}[key])
                case ("print" | "show"), _:
                    print("stack:", stack)
                case _:
                    print("unknown:", cmd, args)
    return stack, s.log


print(run("push 2\npush 3\nadd\ndup\nmul\nshow\nfrob 1"))
print(run("push 1\nlookup two\npush 5"))
