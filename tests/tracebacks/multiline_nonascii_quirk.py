def f(a, b):
    return a // b


v = f("日本",   
      0)
