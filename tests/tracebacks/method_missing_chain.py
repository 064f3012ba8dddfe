name = " x "
print(name.strip().titlecase())
