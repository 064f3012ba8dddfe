# Nested lists of class instances updated through index loops, negative indexes,
# aliasing of rows, and in-place element rebinding.
class Cell:
    def __init__(self, r, c, value):
        self.r = r
        self.c = c
        self.value = value
        self.visits = 0

    def __repr__(self):
        return f"C{self.r}{self.c}={self.value}"


rows = 4
cols = 5
grid = [[Cell(r, c, r * cols + c) for c in range(cols)] for r in range(rows)]
print(grid[0])
print(grid[-1])
print(grid[-2][-3], grid[1][2] is grid[-3][-3])

for r in range(len(grid)):
    for c in range(len(grid[r])):
        cell = grid[r][c]
        cell.value = cell.value * 2 - c
        cell.visits += 1
print([[cell.value for cell in row] for row in grid])

for i in range(len(grid)):
    grid[i][-1] = Cell(i, 9, -i)
print([row[-1] for row in grid])

for i in range(len(grid) - 1, -1, -1):
    row = grid[i]
    for j in range(-1, -len(row) - 1, -1):
        row[j].visits += j
print([[cell.visits for cell in row] for row in grid])

alias = [grid[0]] * 3
alias[1][0].value = 1000
print(alias[2][0], grid[0][0], alias[0] is alias[2])
alias[1] = alias[1][:]
alias[1][1] = Cell(0, 1, "new")
print(alias[0][1], alias[1][1], grid[0][1])

flat = []
for row in grid:
    for cell in row:
        flat.append(cell)
print(len(flat), flat[::7])
flat.sort(key=lambda cell: (cell.value if isinstance(cell.value, int) else 0, cell.r))
print(flat[:4], flat[-3:])

col_sums = [0] * cols
for row in grid:
    for c in range(cols):
        v = row[c].value
        if isinstance(v, int):
            col_sums[c] += v
print("column sums", col_sums)

transposed = [[grid[r][c] for r in range(rows)] for c in range(cols)]
print(len(transposed), len(transposed[0]), transposed[-1][0], transposed[2][-1])
transposed[0][0].value = "T"
print(grid[0][0])

stack = [[Cell(0, 0, 1)]]
for depth in range(1, 5):
    prev = stack[-1]
    nxt = []
    for k in range(len(prev) + 1):
        left = prev[k - 1].value if k > 0 else 0
        right = prev[k].value if k < len(prev) else 0
        nxt.append(Cell(depth, k, left + right))
    stack.append(nxt)
for level in stack:
    print(" ".join(str(c.value) for c in level))

matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        matrix[i][j] = i - j
matrix[-1][-1] = 42
matrix[0][-3] += 5
print(matrix)
bad = [[0] * 2] * 2
bad[0][0] = 7
print(bad)
swapped = [row[:] for row in matrix]
for i in range(len(swapped)):
    swapped[i][0], swapped[i][-1] = swapped[i][-1], swapped[i][0]
print(swapped, matrix[0])
