# finally blocks run before an uncaught exception terminates the program.
def work(n):
    try:
        print("working on", n)
        if n == 2:
            raise OverflowError("too big: " + str(n))
    finally:
        print("finally for", n)


for i in range(4):
    work(i)
