def total(prices, extra):
    return sum(prices) + extra


print(total([1, 2], "3"))
