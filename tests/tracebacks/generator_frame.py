def countdown(n):
    while True:
        yield 10 // n
        n -= 1


for v in countdown(2):
    print(v)
