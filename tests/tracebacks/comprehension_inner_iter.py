rows = [[1], 2]
flat = [v for row in rows for v in row]
