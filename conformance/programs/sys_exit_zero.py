# sys.exit(0) terminates successfully and is not caught by `except Exception`.
import sys

print("start")
for i in range(5):
    print("tick", i)
    if i == 2:
        try:
            sys.exit(0)
        except Exception:
            print("never: sys.exit is not an Exception")
        finally:
            print("finally before exit")
print("not reached")
