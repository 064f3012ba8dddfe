config = {"host": "localhost"}


def lookup(key):
    return config[key]


print(lookup("port"))
