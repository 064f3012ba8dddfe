# cpython: 3:20: 'await' outside async function
async def f():
    return lambda: await x
