def older(a, b):
    return a < b


older(3, "4")
