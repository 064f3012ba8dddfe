# cpython: 3:12: asynchronous comprehension outside of an asynchronous function
def f():
    return [x async for x in y]
