table = {"a": {"x": 1}}
v = table["a"]["y"]
