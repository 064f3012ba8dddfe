# A loop variable misspelt after the loop: the local i beats the builtin id.
def h():
    for i in range(2):
        pass
    return ii
h()
