try:
    {}["k"]
except KeyError:
    print([][1])
