# expect: 2:1: not supported yet: async functions
async def main():
    return 1
