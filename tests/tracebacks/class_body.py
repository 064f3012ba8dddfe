def default():
    return {}["x"]


class Settings:
    timeout = default()
