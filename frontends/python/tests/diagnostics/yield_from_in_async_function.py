# cpython: 3:5: 'yield from' inside async function
async def f():
    yield from x
