# Exceptions crossing generators, methods and closures; custom hierarchy; else/finally order.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line

class Parser:
    def __init__(self, text):
        self.lines = text.splitlines()

    def records(self):
        for i, line in enumerate(self.lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                raise ParseError(i, f"expected key=value, got {line!r}")
            key, _, value = line.partition("=")
            yield key.strip(), value.strip()

def load(text):
    result = {}
    try:
        for k, v in Parser(text).records():
            if k in result:
                raise KeyError(k)
            result[k] = v
    except ParseError as e:
        print("parse error at", e.line, "-", e)
        return None
    except KeyError as e:
        print("duplicate key", e)
        return None
    else:
        print("loaded", len(result), "keys")
    finally:
        print("done")
    return result

print(load("a=1\n# comment\n\nb = two"))
print(load("a=1\nbroken line"))
print(load("a=1\na=2"))
def safe(fn):
    def wrapper(*a):
        try:
            return fn(*a)
        except (ZeroDivisionError, ValueError) as e:
            return f"{type(e).__name__}: {e}"
    return wrapper
div = safe(lambda a, b: a / b)
conv = safe(int)
print(div(1, 0), div(6, 3), conv("x"), conv("7"))
