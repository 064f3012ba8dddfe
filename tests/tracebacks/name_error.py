def greet():
    return "hi " + nme


greet()
