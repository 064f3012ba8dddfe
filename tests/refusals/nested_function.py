# expect: 3:5: not supported yet: nested functions
def outer():
    def inner():
        return 1
    return inner()
print(outer())
