# A user-raised ValueError with a custom message escapes to the top level.
def parse_age(s):
    n = int(s)
    if n < 0:
        raise ValueError("age cannot be negative: " + s)
    return n


def load(rows):
    for row in rows:
        print("age", parse_age(row))


load(["30", "41", "-2", "7"])
