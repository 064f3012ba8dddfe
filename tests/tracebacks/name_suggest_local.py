# A misspelt local: the suggestion comes from the function's locals.
def f():
    value = 1
    return valeu
f()
