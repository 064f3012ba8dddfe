# A CSV-like sales report: a quoted-field parser, validation with collected errors, grouping, a pivot table and aligned output.
RAW = """date,region,rep,product,units,unit_price
2024-01-03,North,"Smith, J",Widget,12,2.50
2024-01-04,South,Lee,Gadget,3,19.99
2024-01-04,North,"Smith, J",Gadget,1,19.99
2024-01-05,East,"O""Brien",Widget,40,2.35
2024-01-05,West,Nakamura,Doohickey,7,7.75
2024-01-06,South,Lee,Widget,25,2.50
2024-01-06,East,"O""Brien",Gizmo,2,120.00
bad line without enough fields
2024-01-07,North,Patel,Widget,-3,2.50
2024-01-07,West,Nakamura,Gadget,5,19.49
2024-01-08,North,Patel,Gizmo,1,115.5
2024-01-08,South,"Lee",Doohickey,x,7.75
2024-02-01,East,"O""Brien",Widget,18,2.35
2024-02-02,West,"Garcia, M",Gizmo,3,118.00
2024-02-02,North,"Smith, J",Widget,30,2.45
2024-02-03,South,Lee,Gadget,6,18.99
2024-02-03,West,"Garcia, M",Widget,11,2.55
2024-02-04,East,Kim,Doohickey,9,7.50
"unterminated,North,Kim,Widget,1,1.00
"""


def parse_line(line):
    fields = []
    cur = ""
    i = 0
    quoted = False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append(cur)
    return fields


def load(text):
    lines = text.splitlines()
    header = parse_line(lines[0])
    rows = []
    errors = []
    for lineno, line in enumerate(lines[1:], start=2):
        try:
            fields = parse_line(line)
            if len(fields) != len(header):
                raise ValueError(f"expected {len(header)} fields, got {len(fields)}")
            rec = dict(zip(header, fields))
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
            if rec["units"] <= 0:
                raise ValueError(f"non-positive units {rec['units']}")
            rec["month"] = rec["date"][:7]
            rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
            rows.append(rec)
        except ValueError as e:
            errors.append((lineno, str(e)))
    return header, rows, errors


header, rows, errors = load(RAW)
print("columns:", header)
print("loaded", len(rows), "rows;", len(errors), "errors")
for lineno, msg in errors:
    print(f"  line {lineno:>2}: {msg}")


def group_sum(rows, key, value):
    out = {}
    for r in rows:
        k = r[key]
        out[k] = out.get(k, 0) + r[value]
    return out


def print_table(title, headers, table, formats):
    widths = []
    for i, h in enumerate(headers):
        w = len(h)
        for row in table:
            w = max(w, len(format(row[i], formats[i])))
        widths.append(w)
    print(title)
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(line)
    print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
    print(line)
    for row in table:
        cells = []
        for i, v in enumerate(row):
            text = format(v, formats[i])
            if isinstance(v, str):
                cells.append(text.ljust(widths[i]))
            else:
                cells.append(text.rjust(widths[i]))
        print("| " + " | ".join(cells) + " |")
    print(line)


rev_by_region = group_sum(rows, "region", "revenue")
units_by_region = group_sum(rows, "region", "units")
total = sum(rev_by_region.values())
table = []
for region in sorted(rev_by_region, key=lambda k: (-rev_by_region[k], k)):
    table.append((region, units_by_region[region], rev_by_region[region], rev_by_region[region] / total))
table.append(("TOTAL", sum(units_by_region.values()), total, 1.0))
print_table("Revenue by region", ["region", "units", "revenue", "share"], table, ["s", "d", ",.2f", ".1%"])

reps = {}
for r in rows:
    st = reps.setdefault(r["rep"], {"orders": 0, "revenue": 0.0, "products": set()})
    st["orders"] += 1
    st["revenue"] += r["revenue"]
    st["products"].add(r["product"])
rep_table = []
for name, st in sorted(reps.items(), key=lambda kv: (-kv[1]["revenue"], kv[0])):
    rep_table.append((name, st["orders"], st["revenue"], st["revenue"] / st["orders"], ",".join(sorted(st["products"]))))
print_table("Reps", ["rep", "orders", "revenue", "avg", "products"], rep_table, ["s", "d", ".2f", ".2f", "s"])

products = sorted(set(r["product"] for r in rows))
months = sorted(set(r["month"] for r in rows))
pivot = {}
for r in rows:
    key = (r["product"], r["month"])
    pivot[key] = pivot.get(key, 0) + r["units"]
print("Units pivot")
print(f"{'product':<10}" + "".join(f"{m:>9}" for m in months) + f"{'total':>8}")
col_totals = [0] * len(months)
for p in products:
    line = f"{p:<10}"
    row_total = 0
    for j, m in enumerate(months):
        v = pivot.get((p, m), 0)
        row_total += v
        col_totals[j] += v
        line += f"{v if v else '-':>9}"
    print(line + f"{row_total:>8}")
print(f"{'total':<10}" + "".join(f"{v:>9}" for v in col_totals) + f"{sum(col_totals):>8}")

print("Running revenue by date")
running = 0.0
by_date = group_sum(rows, "date", "revenue")
peak = max(by_date.values())
for d in sorted(by_date):
    running += by_date[d]
    bar = "*" * int(by_date[d] / peak * 30)
    print(f"{d} {by_date[d]:>9.2f} {running:>10.2f} {bar}")
prices = {}
for r in rows:
    prices.setdefault(r["product"], []).append(r["unit_price"])
for p in products:
    ps = prices[p]
    mean = sum(ps) / len(ps)
    spread = max(ps) - min(ps)
    print(f"{p:<10} n={len(ps)} min={min(ps):.2f} max={max(ps):.2f} mean={mean:.4f} spread={spread:.2f}")
