value = 3.5
print(f"{value:d}")
