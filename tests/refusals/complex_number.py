# expect: 2:5: not supported yet: complex numbers
z = 3j
print(z)
