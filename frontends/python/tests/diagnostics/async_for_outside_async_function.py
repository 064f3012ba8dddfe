# cpython: 3:5: 'async for' outside async function
def f():
    async for x in y:
        pass
