n = int("12a")
