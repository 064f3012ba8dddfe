# Conway's Game of Life on a fixed (non-wrapping) board and on a torus: a Board class
# with dunder methods, a rule table, pattern loading, period detection with a history
# of frozen states, generation generators, and population statistics.
import sys
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterator, List, Set, Tuple

Cell = Tuple[int, int]


@dataclass(frozen=True)
class Rule:
    born: FrozenSet[int]
    survive: FrozenSet[int]

    @classmethod
    def parse(cls, text: str) -> "Rule":
        b, s = text.upper().split("/")
        if not (b.startswith("B") and s.startswith("S")):
            raise ValueError(f"bad rule {text!r}")
        return cls(frozenset(int(c) for c in b[1:]), frozenset(int(c) for c in s[1:]))

    def __str__(self):
        return "B" + "".join(map(str, sorted(self.born))) + "/S" + "".join(map(str, sorted(self.survive)))


class Board:
    def __init__(self, width: int, height: int, rule: Rule, wrap: bool = False):
        self.w, self.h, self.rule, self.wrap = width, height, rule, wrap
        self.alive: Set[Cell] = set()
        self.generation = 0

    @classmethod
    def from_text(cls, text: str, rule: Rule, pad: int = 1, wrap: bool = False) -> "Board":
        lines = [ln for ln in text.strip("\n").split("\n")]
        width = max(len(ln) for ln in lines) + 2 * pad
        board = cls(width, len(lines) + 2 * pad, rule, wrap)
        for y, line in enumerate(lines):
            for x, ch in enumerate(line):
                if ch in "#O*":
                    board.alive.add((x + pad, y + pad))
        return board

    def __len__(self) -> int:
        return len(self.alive)

    def __contains__(self, cell: Cell) -> bool:
        return cell in self.alive

    def __eq__(self, other) -> bool:
        return isinstance(other, Board) and self.alive == other.alive

    def __str__(self) -> str:
        rows = []
        for y in range(self.h):
            rows.append("".join("#" if (x, y) in self.alive else "." for x in range(self.w)))
        return "\n".join(rows)

    def neighbours(self, cell: Cell) -> Iterator[Cell]:
        x, y = cell
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx == dy == 0:
                    continue
                nx, ny = x + dx, y + dy
                if self.wrap:
                    yield nx % self.w, ny % self.h
                elif 0 <= nx < self.w and 0 <= ny < self.h:
                    yield nx, ny

    def counts(self) -> Dict[Cell, int]:
        counts: Dict[Cell, int] = {}
        for cell in sorted(self.alive):
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        return counts

    def step(self) -> Tuple[int, int]:
        counts = self.counts()
        new = {c for c, k in counts.items()
               if (k in self.rule.survive if c in self.alive else k in self.rule.born)}
        births = len(new - self.alive)
        deaths = len(self.alive - new)
        self.alive = new
        self.generation += 1
        return births, deaths

    def key(self) -> FrozenSet[Cell]:
        return frozenset(self.alive)

    def bounds(self):
        if not self.alive:
            return None
        xs = sorted(x for x, _ in self.alive)
        ys = sorted(y for _, y in self.alive)
        return (xs[0], ys[0]), (xs[-1], ys[-1])

    def run(self, limit: int) -> Iterator[Tuple[int, int, int, int]]:
        for _ in range(limit):
            b, d = self.step()
            yield self.generation, len(self), b, d


def find_period(board: Board, limit: int = 60):
    seen: Dict[FrozenSet[Cell], int] = {board.key(): board.generation}
    for gen, pop, _, _ in board.run(limit):
        k = board.key()
        if k in seen:
            return seen[k], gen - seen[k]
        seen[k] = gen
    return None


def normalised(board: Board) -> List[Cell]:
    if not board.alive:
        return []
    (x0, y0), _ = board.bounds()
    return sorted((x - x0, y - y0) for x, y in board.alive)


LIFE = Rule.parse("B3/S23")
PATTERNS = {
    "blinker": "###",
    "toad": ".###\n###.",
    "beacon": "##..\n##..\n..##\n..##",
    "glider": ".#.\n..#\n###",
    "block": "##\n##",
    "r-pent": ".##\n##.\n.#.",
    "diehard": "......#.\n##......\n.#...###",
}

print("rule:", LIFE, "| highlife:", Rule.parse("b36/s23"), "| equal:", Rule.parse("B3/S32") == LIFE)
try:
    Rule.parse("3/23")
except ValueError as e:
    print("ValueError:", e)

board = Board.from_text(PATTERNS["glider"], LIFE, pad=1)
board.w, board.h = 8, 7
for gen in range(5):
    print(f"gen {board.generation} pop {len(board)} bounds {board.bounds()}")
    print(board)
    board.step()

print(f"{'pattern':<9}{'cells':>6}{'start':>7}{'period':>8}  shape-after")
for name, text in PATTERNS.items():
    b = Board.from_text(text, LIFE, pad=3)
    start = len(b)
    result = find_period(b, 140)
    match result:
        case None:
            desc = ("-", "none<140")
        case (first, 1):
            desc = (first, "still")
        case (first, p):
            desc = (first, f"osc {p}")
    print(f"{name:<9}{start:>6}{desc[0]!s:>7}{desc[1]:>8}  pop={len(b)} gen={b.generation}")

torus = Board.from_text(PATTERNS["glider"], LIFE, pad=0, wrap=True)
torus.w = torus.h = 6
shape0 = normalised(torus)
history = []
for gen, pop, births, deaths in torus.run(24):
    history.append((gen, pop, births, deaths))
    if normalised(torus) == shape0 and gen % 4 == 0:
        print(f"torus gen {gen}: glider shape recurs at {torus.bounds()[0]}")
print("torus populations:", sorted({p for _, p, _, _ in history}))
print("births/deaths totals:", sum(h[2] for h in history), sum(h[3] for h in history))

rp = Board.from_text(PATTERNS["r-pent"], LIFE, pad=8)
pops = [pop for _, pop, _, _ in rp.run(30)]
peak = max(range(len(pops)), key=lambda i: (pops[i], -i))
print("r-pentomino pops:", pops)
print(f"peak {pops[peak]} at gen {peak + 1}; mean {sum(pops) / len(pops):.2f}")
print(rp)
hl = Board.from_text(".###\n#..#\n#...\n#...", Rule.parse("B36/S23"), pad=2)
print("highlife pops:", [pop for _, pop, _, _ in hl.run(12)], file=sys.stdout)
print((3, 3) in hl, len(hl) > 0, str(hl).count("#") == len(hl), hl == hl, hl != rp)
