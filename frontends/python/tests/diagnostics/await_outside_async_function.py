# cpython: 3:5: 'await' outside async function
def f():
    await x
