# An uncaught KeyError raised three calls deep; exit code 1.
config = {"host": "localhost", "port": 8080}


def get_setting(name):
    return config[name]


def connect():
    host = get_setting("host")
    port = get_setting("port")
    print("connecting to", host, port)
    user = get_setting("x")
    print("as", user)


def main():
    print("starting")
    connect()
    print("finished")


main()
