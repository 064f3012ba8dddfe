# A realistic program: a backtracking sudoku solver with constraint sets, and an n-queens
# counter with a generator of solutions; closures, comprehensions and generators throughout.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def box_of(r, c):
    return (r // 3) * 3 + c // 3


class Sudoku:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.steps = 0
        for r in range(9):
            for c in range(9):
                v = self.grid[r][c]
                if v:
                    self.place(r, c, v)

    def place(self, r, c, v):
        self.grid[r][c] = v
        self.rows[r].add(v)
        self.cols[c].add(v)
        self.boxes[box_of(r, c)].add(v)

    def remove(self, r, c, v):
        self.grid[r][c] = 0
        self.rows[r].discard(v)
        self.cols[c].discard(v)
        self.boxes[box_of(r, c)].discard(v)

    def candidates(self, r, c):
        used = self.rows[r] | self.cols[c] | self.boxes[box_of(r, c)]
        return [v for v in range(1, 10) if v not in used]

    def empty_cells(self):
        return [(r, c) for r in range(9) for c in range(9) if self.grid[r][c] == 0]

    def solve(self):
        cells = self.empty_cells()
        if not cells:
            return True
        r, c = min(cells, key=lambda rc: len(self.candidates(*rc)))
        for v in self.candidates(r, c):
            self.steps += 1
            self.place(r, c, v)
            if self.solve():
                return True
            self.remove(r, c, v)
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            parts = [" ".join(str(v) for v in row[i:i + 3]) for i in (0, 3, 6)]
            lines.append(" | ".join(parts))
        return "\n".join(lines)


def valid(grid):
    groups = []
    groups += [set(row) for row in grid]
    groups += [{grid[r][c] for r in range(9)} for c in range(9)]
    groups += [{grid[r][c] for r in range(9) for c in range(9) if box_of(r, c) == b} for b in range(9)]
    return all(g == set(range(1, 10)) for g in groups)


s = Sudoku(parse(PUZZLE))
print("empty cells:", len(s.empty_cells()))
print("candidates at (0, 2):", s.candidates(0, 2))
print("solved:", s.solve(), "steps:", s.steps)
print(s)
print("valid:", valid(s.grid))


def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row - col)
            diag2.discard(row + col)

    return place(0)


for n in range(1, 9):
    sols = queens(n)
    first = next(sols, None)
    count = (1 if first else 0) + sum(1 for _ in sols)
    print(f"{n} queens: {count} solutions, first {first}")

board = next(queens(6))
for row in board:
    print("".join("Q" if c == row else "." for c in range(6)))
