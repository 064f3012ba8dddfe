# cpython: 3:5: name 'x' is parameter and nonlocal
def f(x):
    nonlocal x
