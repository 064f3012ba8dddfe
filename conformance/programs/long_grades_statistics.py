# A school grades report: students and courses parsed from CSV-like text, weighted
# assessment scores, letter grades with +/- via match, per-course statistics (mean,
# median, stdev, percentiles), rankings with tie handling, and validation errors.
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

WEIGHTS = {"hw": 0.25, "midterm": 0.30, "final": 0.45}


class GradeError(Exception):
    pass


class MissingScore(GradeError):
    def __init__(self, student, course, part):
        super().__init__(f"{student} has no {part} score in {course}")


class BadScore(GradeError, ValueError):
    pass


def mean(xs: Sequence[float]) -> float:
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs: Sequence[float]) -> float:
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) if len(xs) > 1 else 0.0


def percentile(xs: Sequence[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def letter(score: float) -> str:
    base = min(int(score) // 10, 10)
    match base:
        case 10 | 9:
            g = "A"
        case 8:
            g = "B"
        case 7:
            g = "C"
        case 6:
            g = "D"
        case _:
            return "F"
    unit = score % 10 if score < 100 else 9.9
    if unit >= 7 and g != "A":
        return g + "+"
    if unit < 3:
        return g + "-"
    return g


@dataclass
class Enrollment:
    course: str
    scores: Dict[str, float] = field(default_factory=dict)

    def total(self, student: str) -> float:
        missing = [p for p in WEIGHTS if p not in self.scores]
        if missing:
            raise MissingScore(student, self.course, missing[0])
        return sum(self.scores[p] * w for p, w in WEIGHTS.items())


@dataclass
class Student:
    name: str
    year: int
    courses: Dict[str, Enrollment] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)

    def gpa(self) -> Optional[float]:
        points = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "F": 0.0}
        got = []
        for e in self.courses.values():
            try:
                g = letter(e.total(self.name))
            except MissingScore:
                continue
            bonus = 0.3 if g.endswith("+") else -0.3 if g.endswith("-") else 0.0
            got.append(min(points[g[0]] + bonus, 4.0))
        return round(mean(got), 2) if got else None


RAW = """\
name,year,course,part,score
ana,2,math,hw,92
ana,2,math,midterm,88
ana,2,math,final,95
ana,2,physics,hw,78
ana,2,physics,midterm,81
ana,2,physics,final,74.5
ben,1,math,hw,65
ben,1,math,midterm,58
ben,1,math,final,71
ben,1,art,hw,99
ben,1,art,midterm,97
cara,3,math,hw,100
cara,3,math,midterm,100
cara,3,math,final,98
cara,3,physics,hw,88
cara,3,physics,midterm,x
cara,3,physics,final,91
dev,2,math,hw,73
dev,2,math,midterm,79
dev,2,math,final,77
dev,2,physics,hw,55
dev,2,physics,midterm,61
dev,2,physics,final,49
eli,1,math,hw,81
eli,1,math,midterm,120
eli,1,math,final,85
eli,1,art,hw,90
eli,1,art,midterm,86
eli,1,art,final,93
fay,3,physics,hw,96
fay,3,physics,midterm,92
fay,3,physics,final,97
"""


def load(text: str) -> Dict[str, Student]:
    students: Dict[str, Student] = {}
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    for lineno, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, line.split(",")))
        st = students.setdefault(row["name"], Student(row["name"], int(row["year"])))
        enr = st.courses.setdefault(row["course"], Enrollment(row["course"]))
        try:
            value = float(row["score"])
            if not 0 <= value <= 100:
                raise BadScore(f"line {lineno}: score {value:g} out of range")
        except BadScore as e:
            st.notes.append(str(e))
            continue
        except ValueError:
            st.notes.append(f"line {lineno}: not a number: {row['score']!r}")
            continue
        enr.scores[row["part"]] = value
    return students


students = load(RAW)
print(len(students), "students:", ", ".join(f"{s.name}(y{s.year})" for s in students.values()))
for s in students.values():
    for note in s.notes:
        print(f"  note for {s.name}: {note}")

by_course: Dict[str, List[tuple]] = {}
print(f"\n{'student':<8}{'course':<9}{'hw':>6}{'mid':>6}{'final':>7}{'total':>8}  grade")
for s in students.values():
    for e in s.courses.values():
        cells = [f"{e.scores[p]:>{w}.1f}" if p in e.scores else f"{'--':>{w}}"
                 for p, w in zip(WEIGHTS, (6, 6, 7))]
        try:
            total = e.total(s.name)
            by_course.setdefault(e.course, []).append((s.name, total))
            tail = f"{total:>8.2f}  {letter(total)}"
        except GradeError as err:
            tail = f"{'n/a':>8}  ({err})"
        print(f"{s.name:<8}{e.course:<9}{''.join(cells)}{tail}")

print()
for course, rows in by_course.items():
    totals = [t for _, t in rows]
    print(f"{course:<8} n={len(totals)} mean={mean(totals):6.2f} median={median(totals):6.2f} "
          f"sd={stdev(totals):5.2f} p25={percentile(totals, 25):6.2f} p90={percentile(totals, 90):6.2f}")
    ranked = sorted(rows, key=lambda r: (-round(r[1], 6), r[0]))
    place, prev = 0, None
    for i, (name, t) in enumerate(ranked, 1):
        if t != prev:
            place, prev = i, t
        z = (t - mean(totals)) / stdev(totals) if stdev(totals) else 0.0
        print(f"    #{place} {name:<5} {t:6.2f} z={z:+.2f} {'*' * round(t / 10)}")

dist: Dict[str, int] = {}
for rows in by_course.values():
    for _, t in rows:
        g = letter(t)[0]
        dist[g] = dist.get(g, 0) + 1
print("letter distribution:", dict(sorted(dist.items())))
gpas = {s.name: s.gpa() for s in students.values()}
print("GPAs:", gpas)
honour = [n for n, g in sorted(gpas.items(), key=lambda kv: -(kv[1] or 0)) if g is not None and g >= 3.5]
print("honour roll:", honour)
by_year: Dict[int, List[float]] = {}
for s in students.values():
    if gpas[s.name] is not None:
        by_year.setdefault(s.year, []).append(gpas[s.name])
for year in sorted(by_year):
    print(f"year {year}: avg GPA {mean(by_year[year]):.3f} over {len(by_year[year])}")
print([letter(x) for x in (100, 99.5, 97, 92.9, 89, 83, 80.0, 77.7, 65, 59.99, 0)])
try:
    mean([])
except ValueError as e:
    print("ValueError:", e, "| BadScore is ValueError:", issubclass(BadScore, ValueError))
