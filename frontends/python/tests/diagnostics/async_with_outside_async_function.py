# cpython: 2:1: 'async with' outside async function
async with x:
    pass
