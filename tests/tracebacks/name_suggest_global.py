# A misspelt global called from a function.
countr = 1
def h():
    return countre
h()
