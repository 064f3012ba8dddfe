# The classic entry-point guard, and __name__ read inside a function.
def describe():
    return "running as " + __name__


def main():
    print(describe())
    total = 0
    for i in range(1, 11):
        total += i * i
    print("sum of squares:", total)


if __name__ == "__main__":
    main()
else:
    print("imported")
