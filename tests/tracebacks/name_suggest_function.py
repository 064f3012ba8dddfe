# A misspelt function name.
def compute_total(xs):
    return sum(xs)
print(compute_totl([1, 2]))
