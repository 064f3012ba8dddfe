a = 1
b = 2
c = 0
print((a + b) // c * 2)
