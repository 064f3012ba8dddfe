# expect: 3:5: not supported yet: async with statements
async def main(lock):
    async with lock:
        return 1
