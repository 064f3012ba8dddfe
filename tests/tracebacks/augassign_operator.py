total = "a"
total -= 1
