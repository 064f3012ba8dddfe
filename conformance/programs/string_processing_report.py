# String processing: parsing CSV-like text, aggregating, and formatting a report.
RAW = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Engineering,95000,2021-07-15
Carla,Sales,70000,2018-01-10
Dan,Sales,82000,2020-11-30
Eve,Support,55000,2022-02-01
Frank,Engineering,135000,2015-06-20
"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        row = dict(zip(header, values))
        row["salary"] = int(row["salary"])
        y, m, d = (int(p) for p in row["start"].split("-"))
        row["year"] = y
        rows.append(row)
    return rows

rows = parse(RAW)
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)

print(f"{'Department':<12}|{'Count':>6}|{'Average':>12}|{'Max':>10}")
print("-" * 43)
for dept in sorted(by_dept):
    people = by_dept[dept]
    salaries = [p["salary"] for p in people]
    avg = sum(salaries) / len(salaries)
    print(f"{dept:<12}|{len(people):>6}|{avg:>12,.2f}|{max(salaries):>10,}")
print("-" * 43)
total = sum(r["salary"] for r in rows)
print(f"{'Total':<12}|{len(rows):>6}|{total / len(rows):>12,.2f}|{total:>10,}")
senior = sorted((r for r in rows if r["year"] < 2020), key=lambda r: r["year"])
print("senior:", ", ".join(f"{r['name']} ({r['year']})" for r in senior))
initials = "".join(r["name"][0] for r in rows)
print(initials, initials.lower(), initials[::2], initials.center(12, "*"))
print("%-8s %5.1f%%" % ("share", 100 * by_dept["Sales"][0]["salary"] / total))
print("{0} earns {1:,} ({2[dept]})".format(rows[0]["name"], rows[0]["salary"], rows[0]))
