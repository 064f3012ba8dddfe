# Float fields holding nan, -0.0 and inf; a subclass adding more float fields;
# comparisons, min/max, sorting and formatting of the special values.
import math


class Sample:
    def __init__(self, label, value):
        self.label = label
        self.value = value
        self.scale = 1.0

    def scaled(self):
        return self.value * self.scale

    def describe(self):
        v = self.value
        kind = "nan" if v != v else ("inf" if math.isinf(v) else "finite")
        return f"{self.label}: {v!r} [{kind}] str={v} g={v:g} f={v:.2f} e={v:e} +={v:+}"


class Weighted(Sample):
    def __init__(self, label, value, weight):
        Sample.__init__(self, label, value)
        self.weight = weight
        self.offset = -0.0

    def scaled(self):
        return Sample.scaled(self) * self.weight + self.offset


samples = [
    Sample("nan", float("nan")),
    Sample("negzero", -0.0),
    Sample("zero", 0.0),
    Sample("inf", float("inf")),
    Sample("ninf", float("-inf")),
    Sample("tiny", 5e-324),
    Sample("huge", 1.7976931348623157e308),
]
for s in samples:
    print(s.describe())

for s in samples:
    v = s.value
    print(s.label, v == v, v < 1.0, v > 1.0, v == 0.0, math.copysign(1.0, v), math.isnan(v))

neg = samples[1]
print(neg.value, -neg.value, neg.value + 0.0, neg.value * -1.0, abs(neg.value))
print(neg.value == 0.0, str(neg.value), repr(neg.value * 0.0), 0.0 * -1.0)
neg.value = neg.value - 0.0
print("neg - 0.0 ->", neg.value)
neg.value = -neg.value
print("negated ->", neg.value)

inf = samples[3]
print(inf.value - inf.value, inf.value * 0.0, inf.value / 1e308, -inf.value, inf.value + 1.0 == inf.value)
inf.scale = -0.5
print("inf scaled", inf.scaled())
inf.scale = 0.0
print("inf * 0", inf.scaled())

nan = samples[0]
nan.scale = 0.0
print("nan scaled", nan.scaled(), nan.value is nan.value, nan.value == nan.value)

finite = [s.value for s in samples if s.value == s.value and not math.isinf(s.value)]
print("finite", finite, sorted(finite), max(finite), min(finite))
print("sum finite", sum(finite))

w = Weighted("w", 2.5, -0.0)
print(w.scaled(), w.offset, w.weight, isinstance(w, Sample))
w.weight = float("inf")
print(w.scaled())
w.value = 0.0
print(w.scaled())
w.value = -1e-300
w.weight = 1e-300
print(w.scaled(), w.describe())
w.offset = float("nan")
print(w.scaled(), w.offset)
w.offset = 3.0
w.value = 1e308
w.weight = 10.0
print(w.scaled(), w.scaled() > 1e308)
print(f"{w.value:,.1f}"[:20], f"{w.weight:08.3f}", f"{w.offset:^9}|")

vals = [1.0, float("inf"), -0.0, 0.0, -2.5, float("-inf")]
objs = [Weighted("v" + str(i), v, 1.0) for i, v in enumerate(vals)]
objs.sort(key=lambda o: o.value)
print([o.label for o in objs], [o.value for o in objs])
print(round(-0.4), round(-0.5), round(-0.0, 2), round(0.5), round(2.675, 2), int(-0.9))
print(math.floor(-0.0), math.ceil(-0.5), -0.0 // 1.0, -0.0 % 1.0, 5.0 % -0.0 if False else "skip")
