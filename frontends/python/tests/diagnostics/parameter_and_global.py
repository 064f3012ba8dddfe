# cpython: 3:5: name 'x' is parameter and global
def f(x):
    global x
