"""Every expression kind of Python 3.11."""
n = -1 + +2 - ~3 * 4 / 5 // 6 % 7 ** 8 @ m
bits = 1 << 2 >> 3 | 4 ^ 5 & 6
flag = not a and b or c
cmp = a < b <= c == d != e > f >= g is h is not i in j not in k
cond = a if b else c
walrus = (w := 10)
lam = lambda x, *ys, z=1, **kw: (x, ys, z, kw)
call = f(1, *args, key=2, **kwargs)
method = obj.method(1).attr[2]
sub = seq[1], seq[1:2], seq[::3], seq[1:2, ...], seq[*idx]
displays = [1, *xs], (1, *xs), {1, *xs}, {"k": 1, **d}, (), [], {}
literals = 1, 1.5, 2j, 0x10, 0o7, 0b1, 1_000, 10**100, 123456789012345678901234567890
strings = "s", 's', """triple""", r"raw\n", b"bytes", rb"\x00", "con" "cat", "\N{BULLET}", "\ud800\udc00"
fstrings = f"{x}", f"{x!r:>10}", f"{x=}", f"{x:{width}.{precision}}", f"{{literal}}", f"a" "b" f"{c}"
comprehensions = [i for i in range(3)], {i for i in range(3) if i}, {i: j for i, j in pairs}, (i for i in range(3) for j in range(i))
nested = [[j for j in range(i)] for i in range(3)]
singletons = None, True, False, ...
starred_call = print(*[1, 2], sep="")


def generator():
    received = yield 1
    yield
    yield from range(3)
    return received


async def coroutine():
    await something()
    async for item in aiter():
        print(item)
    async with lock as held:
        pass
    result = [await x async for x in aiter() if await x]
    gen = (x async for x in aiter())
    return result, gen


async def async_generator():
    yield 1
    await something()
