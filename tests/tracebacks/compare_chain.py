lo = 1
hi = "9"
print(lo < 5 < hi)
