# A function that returns different types on different paths.
def parse(token):
    if token.isdigit():
        return int(token)
    if token == "none":
        return None
    if token.startswith("[") and token.endswith("]"):
        return token[1:-1].split(",")
    if "." in token:
        return float(token)
    return token


for t in ["42", "none", "[a,b,c]", "3.5", "hello", "007"]:
    v = parse(t)
    print(repr(t), "->", repr(v))


def safe_div(a, b):
    if b == 0:
        return "undefined"
    if a % b == 0:
        return a // b
    return a / b


print(safe_div(10, 2), safe_div(10, 4), safe_div(1, 0))
print(safe_div(9, 3) + 1, safe_div(7, 2) * 2, safe_div(5, 0) + "!")


def lookup(d, key):
    if key in d:
        return d[key]
    return False


table = {"a": 1, "b": "bee", "c": [3]}
for k in ["a", "b", "c", "d"]:
    print(k, lookup(table, k))
