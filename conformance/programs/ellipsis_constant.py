# Ellipsis: the constant, its identity and type, in stubs and slices of user classes.
def stub(): ...
x = ...
print(x, stub(), type(x).__name__, x is Ellipsis, repr(...), bool(...))
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[..., 1], Grid()[...])
print([...], {...: 1})
