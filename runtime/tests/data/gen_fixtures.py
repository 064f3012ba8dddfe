"""Generates the CPython 3.11 reference fixtures used by tests/cpython_fixtures.rs.

Run with `python3 gen_fixtures.py` in this folder; the outputs are committed.
"""
import random, struct

random.seed(20261126)

def rand_float():
    k = random.random()
    if k < 0.3:
        return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if k < 0.6:
        return random.uniform(-1e6, 1e6)
    if k < 0.8:
        return round(random.uniform(-1000, 1000), random.randint(0, 6))
    return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, 1e16, 1e-5, 123456789.0, 0.1, 1/3, 2.675, 1e22, 9.995, 5e-324, 1.7976931348623157e308])

def finite(x):
    return x == x and x not in (float('inf'), float('-inf'))

with open('float_repr.txt', 'w') as f:
    for _ in range(3000):
        x = rand_float()
        if x != x:
            continue
        f.write('%s %r\n' % (struct.pack('<d', x).hex(), x))

specs_f = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.1f', '.2f', '.3e', '.10g', '.17g', '.0e', '.1', '.5', '.12',
           '10.3f', '<12.4e', '^15g', '=+12.2f', '*>20,.3f', '_.2f', ',', ',.1f', '#.0f', '#g', '#.3g', '+', ' ', 'z.1f', '012.3f', '015,.2f', '020e', '.0%', '.3%']
with open('format_float.txt', 'w') as f:
    for _ in range(3000):
        x = rand_float()
        if not finite(x) or abs(x) > 1e60:
            x = random.uniform(-1e9, 1e9)
        s = random.choice(specs_f)
        f.write('%s\t%s\t%s\n' % (struct.pack('<d', x).hex(), s, format(x, s)))

specs_i = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_b', '_x', '10', '<10', '^10', '=+10', '010', '010,', '+d', ' d', '#012x', '*^20,', 'e', '.2f', '%', 'g', 'c', 'n']
with open('format_int.txt', 'w') as f:
    for _ in range(2000):
        k = random.random()
        v = random.randint(-10**6, 10**6) if k < 0.6 else random.randint(-10**40, 10**40)
        s = random.choice(specs_i)
        if s == 'c':
            v = random.randint(32, 0x2000)
        f.write('%d\t%s\t%s\n' % (v, s, format(v, s)))

def rand_int():
    k = random.random()
    if k < 0.4:
        return random.randint(-100, 100)
    if k < 0.7:
        return random.randint(-2**62, 2**62)
    return random.randint(-10**60, 10**60)

ops = ['+', '-', '*', '//', '%', '/', '&', '|', '^', '<<', '>>', '**', 'cmp']
with open('int_ops.txt', 'w') as f:
    for _ in range(3000):
        a, b = rand_int(), rand_int()
        op = random.choice(ops)
        if op in ('<<', '>>'):
            b = random.randint(0, 130)
        if op == '**':
            a = random.randint(-50, 50); b = random.randint(-3, 40)
        if op in ('//', '%', '/') and b == 0:
            b = 7
        try:
            if op == 'cmp':
                r = (a > b) - (a < b)
            else:
                r = eval('a %s b' % op)
            r = repr(r)
        except Exception as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        f.write('%d %s %d %s\n' % (a, op, b, r))

with open('float_round.txt', 'w') as f:
    for _ in range(2000):
        x = rand_float()
        if not finite(x):
            continue
        n = random.randint(-5, 8)
        f.write('%s %d %r\n' % (struct.pack('<d', x).hex(), n, round(x, n)))

with open('float_ops.txt', 'w') as f:
    for _ in range(3000):
        a, b = rand_float(), rand_float()
        if random.random() < 0.3:
            b = float(random.randint(-5, 5))
        op = random.choice(['//', '%', '**', '/'])
        if op == '**':
            a = random.uniform(-10, 10); b = random.choice([random.uniform(-5, 5), float(random.randint(-4, 6))])
        try:
            r = eval('a %s b' % op)
            if isinstance(r, complex):
                continue  # complex numbers are not supported
            r = repr(r)
        except Exception as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        f.write('%s %s %s %s\n' % (struct.pack('<d', a).hex(), op, struct.pack('<d', b).hex(), r))

with open('hashes.txt', 'w') as f:
    for _ in range(2000):
        k = random.random()
        if k < 0.5:
            x = rand_float()
            if x != x:
                continue
            f.write('f %s %d\n' % (struct.pack('<d', x).hex(), hash(x)))
        else:
            v = rand_int()
            f.write('i %d %d\n' % (v, hash(v)))

with open('printable.txt', 'w') as f:
    # str.isprintable() (what repr() uses) for code points across the planes
    for cp in list(range(0, 0x800)) + list(range(0x800, 0xD800, 5)) + list(range(0xE000, 0x10000, 7)) + list(range(0x10000, 0x30000, 31)) + list(range(0xE0000, 0xE0200, 3)):
        f.write('%x %d\n' % (cp, chr(cp).isprintable()))

def rand_text():
    alphabet = ['a', 'b', 'c', 'A', 'B', ' ', ' ', '\t', '\n', ',', '-', 'é', 'ß', '日', 'x', 'y', '1', '2', "'", '"', '\\', '\r', 'Σ', 'ǅ', '\u2028', '\x0b']
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, 14)))

def enc(v):
    if v is None:
        return 'n'
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    return 's:' + v.encode().hex()

methods = [
    ('split', lambda: random.choice([[], [None, random.randint(-1, 3)], [random.choice([',', ' ', 'a', 'ab', '-'])], [random.choice([',', 'a']), random.randint(-1, 3)]])),
    ('rsplit', lambda: random.choice([[], [None, random.randint(-1, 3)], [random.choice([',', ' ', 'a'])], [random.choice([',', 'a']), random.randint(-1, 3)]])),
    ('strip', lambda: random.choice([[], [None], [random.choice(['a', ' ab', ',-', 'é'])]])),
    ('lstrip', lambda: random.choice([[], [random.choice(['a', ' ab', ',-'])]])),
    ('rstrip', lambda: random.choice([[], [random.choice(['a', ' ab', ',-'])]])),
    ('find', lambda: [random.choice(['a', 'b', 'ab', '', 'é', '日x'])] + random.choice([[], [random.randint(-5, 10)], [random.randint(-5, 10), random.randint(-5, 12)]])),
    ('rfind', lambda: [random.choice(['a', 'b', 'ab', '', 'é'])] + random.choice([[], [random.randint(-5, 10)], [random.randint(-5, 10), random.randint(-5, 12)]])),
    ('count', lambda: [random.choice(['a', 'b', 'ab', '', ' '])] + random.choice([[], [random.randint(-5, 10)], [random.randint(-5, 10), random.randint(-5, 12)]])),
    ('replace', lambda: [random.choice(['a', 'b', '', ' ', 'é']), random.choice(['', 'X', 'YY'])] + random.choice([[], [random.randint(-1, 3)]])),
    ('startswith', lambda: [random.choice(['a', 'b', '', 'ab'])] + random.choice([[], [random.randint(-5, 10)]])),
    ('endswith', lambda: [random.choice(['a', 'b', '', 'ab'])] + random.choice([[], [random.randint(-5, 10)], [0, random.randint(-5, 10)]])),
    ('upper', lambda: []), ('lower', lambda: []), ('title', lambda: []), ('capitalize', lambda: []), ('swapcase', lambda: []), ('casefold', lambda: []),
    ('center', lambda: [random.randint(0, 20)] + random.choice([[], ['*']])),
    ('ljust', lambda: [random.randint(0, 20)] + random.choice([[], ['*']])),
    ('rjust', lambda: [random.randint(0, 20)] + random.choice([[], ['*']])),
    ('zfill', lambda: [random.randint(0, 20)]),
    ('partition', lambda: [random.choice(['a', ' ', ','])]),
    ('rpartition', lambda: [random.choice(['a', ' ', ','])]),
    ('splitlines', lambda: random.choice([[], [True]])),
    ('expandtabs', lambda: random.choice([[], [random.randint(0, 6)]])),
    ('isalpha', lambda: []), ('isdigit', lambda: []), ('isspace', lambda: []), ('isupper', lambda: []), ('islower', lambda: []), ('istitle', lambda: []),
    ('isalnum', lambda: []), ('isdecimal', lambda: []), ('isnumeric', lambda: []), ('isprintable', lambda: []), ('isidentifier', lambda: []), ('isascii', lambda: []),
    ('removeprefix', lambda: [random.choice(['a', 'ab', ''])]), ('removesuffix', lambda: [random.choice(['a', 'ab', ''])]),
    ('__repr__', lambda: []),
    ('__getitem__', lambda: [random.randint(-5, 5)]),
    ('__slice__', lambda: [random.choice([None, random.randint(-8, 8)]), random.choice([None, random.randint(-8, 8)]), random.choice([None, random.choice([-3, -2, -1, 1, 2, 3])])]),
]
with open('str_methods.txt', 'w') as f:
    for _ in range(5000):
        s = rand_text()
        name, argf = random.choice(methods)
        args = argf()
        try:
            if name == '__slice__':
                r = s[slice(*args)]
            elif name == '__getitem__':
                r = s[args[0]]
            else:
                r = getattr(s, name)(*args)
            r = repr(r)
        except Exception as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        f.write('%s\t%s\t%s\t%s\n' % (name, enc(s), ' '.join(enc(a) for a in args), r))

def rsl():
    return [random.choice([None, random.randint(-7, 7)]) for _ in range(2)] + [random.choice([None, 1, 1, -1, 2, -2, 3, 0])]

def fmt_none(v):
    return 'n' if v is None else str(v)

with open('list_ops.txt', 'w') as f:
    for _ in range(2000):
        lst = [random.randint(0, 9) for _ in range(random.randint(0, 8))]
        op = random.choice(['append', 'insert', 'pop', 'popi', 'remove', 'index', 'count', 'delitem', 'setitem', 'getslice', 'delslice', 'setslice', 'sort', 'sortrev', 'reverse', 'extend', 'mul', 'imul', 'contains', 'lt', 'eq'])
        v = random.randint(0, 9)
        i = random.randint(-10, 10)
        sl = rsl()
        vals = [random.randint(0, 9) for _ in range(random.randint(0, 4))]
        l = list(lst)
        try:
            if op == 'append': l.append(v); r = None
            elif op == 'insert': l.insert(i, v); r = None
            elif op == 'pop': r = l.pop()
            elif op == 'popi': r = l.pop(i)
            elif op == 'remove': l.remove(v); r = None
            elif op == 'index': r = l.index(v)
            elif op == 'count': r = l.count(v)
            elif op == 'delitem': del l[i]; r = None
            elif op == 'setitem': l[i] = v; r = None
            elif op == 'getslice': r = l[slice(*sl)]
            elif op == 'delslice': del l[slice(*sl)]; r = None
            elif op == 'setslice': l[slice(*sl)] = vals; r = None
            elif op == 'sort': l.sort(); r = None
            elif op == 'sortrev': l.sort(reverse=True); r = None
            elif op == 'reverse': l.reverse(); r = None
            elif op == 'extend': l.extend(vals); r = None
            elif op == 'mul': r = l * i
            elif op == 'imul': l *= i; r = None
            elif op == 'contains': r = v in l
            elif op == 'lt': r = l < vals
            elif op == 'eq': r = l == vals
            out = repr(r) + ' ' + repr(l)
        except Exception as e:
            out = 'ERR ' + type(e).__name__ + ': ' + str(e)
        f.write('%s|%s|%d|%d|%s|%s|%s\n' % (op, ','.join(map(str, lst)), v, i, ','.join(map(fmt_none, sl)), ','.join(map(str, vals)), out))

with open('dict_set_ops.txt', 'w') as f:
    for _ in range(600):
        is_set = random.random() < 0.5
        nkeys = random.choice([5, 20, 100])
        ops_ = []
        obj = set() if is_set else {}
        outs = []
        for _ in range(random.randint(1, 60)):
            k = random.randint(-nkeys, nkeys)
            v = random.randint(0, 99)
            if is_set:
                op = random.choice(['a', 'a', 'a', 'd', 'r', 'p', 'c'])
            else:
                op = random.choice(['s', 's', 's', 'd', 'p', 'i', 'g', 'u', 'c'])
            ops_.append('%s %d %d' % (op, k, v))
            try:
                if op == 'a': obj.add(k); r = None
                elif op == 'd' and is_set: obj.discard(k); r = None
                elif op == 'r': obj.remove(k); r = None
                elif op == 'p' and is_set: r = obj.pop()
                elif op == 'c': r = k in obj
                elif op == 's': obj[k] = v; r = None
                elif op == 'd': del obj[k]; r = None
                elif op == 'p': r = obj.pop(k, -1)
                elif op == 'i': r = obj.popitem()
                elif op == 'g': r = obj.get(k)
                elif op == 'u': r = obj.setdefault(k, v)
                outs.append(repr(r))
            except Exception as e:
                outs.append('ERR ' + type(e).__name__ + ': ' + str(e))
        f.write('%s|%s|%s|%s\n' % ('set' if is_set else 'dict', ';'.join(ops_), ';'.join(outs), repr(obj)))

def rand_numtext():
    parts = random.choice([
        lambda: str(random.randint(-10**20, 10**20)),
        lambda: repr(rand_float()),
        lambda: random.choice(['', ' ', '+', '-', '_1', '1_', '1__0', '1_000', '0x1f', '0o17', '0b101', '0X_fF', '010', '00', ' 42 ', '\t-7\n', '1e5', '1.5e-3', '.5', '5.', 'inf', '-Infinity', 'nan', 'NaN', '1e', 'e5', '1.2.3', '١٢٣', '12a', 'abc', '0_0', '1_2.3_4', '1e1_0', '+-1', '1 2', '_', '0x', '٣.٥']),
    ])
    return parts()

with open('parse_numbers.txt', 'w') as f:
    for _ in range(1500):
        t = rand_numtext()
        base = random.choice([None, None, 0, 2, 8, 10, 16, 36])
        try:
            r = repr(int(t) if base is None else int(t, base))
        except Exception as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        try:
            fr = repr(float(t))
        except Exception as e:
            fr = 'ERR ' + type(e).__name__ + ': ' + str(e)
        f.write('%s\t%s\t%s\t%s\n' % (t.encode().hex(), 'n' if base is None else base, r, fr))

pct_specs = ['%d', '%5d', '%-5d', '%05d', '%+d', '% d', '%x', '%#x', '%X', '%o', '%#o', '%e', '%.2e', '%f', '%.3f', '%10.2f', '%-10.1f', '%g', '%.3g', '%G', '%s', '%r', '%a', '%.2s', '%5s', '%-5s|', '%c', '%%', '%i', '%u', '%#.3g', '%+.1f', '%.0f', '%08.3f', '%(k)s']
with open('percent_format.txt', 'w') as f:
    for _ in range(1500):
        spec = random.choice(pct_specs)
        v = random.choice([random.randint(-10**6, 10**6), rand_float(), 'héllo', "it's", 65, 3.0, -0.0, True, None, [1, 'a']])
        if isinstance(v, float) and v != v:
            v = 1.5
        try:
            if spec == '%(k)s':
                r = spec % {'k': v}
            else:
                r = spec % (v,)
            r = repr(r)
        except Exception as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        kind = 'i' if type(v) is int else 'f' if type(v) is float else 's' if type(v) is str else 'b' if type(v) is bool else 'n' if v is None else 'l'
        val = str(v) if kind == 'i' else struct.pack('<d', v).hex() if kind == 'f' else v.encode().hex() if kind == 's' else str(int(v)) if kind == 'b' else '-'
        f.write('%s\t%s\t%s\t%s\n' % (spec, kind, val, r))

import traceback
samples = {'list': [], 'str': '', 'dict': {}, 'int': 1, 'float': 1.5, 'tuple': (), 'set': set(), 'range': range(1), 'NoneType': None, 'bytes': b'', 'bool': True}
def typo(n):
    n = list(n)
    k = random.choice(['del', 'ins', 'swap', 'case', 'sub'])
    i = random.randrange(len(n))
    if k == 'del' and len(n) > 1: del n[i]
    elif k == 'ins': n.insert(i, random.choice('abcdexyz_'))
    elif k == 'swap' and i + 1 < len(n): n[i], n[i + 1] = n[i + 1], n[i]
    elif k == 'case': n[i] = n[i].swapcase()
    else: n[i] = random.choice('abcdexyz')
    return ''.join(n)
with open('suggestions.txt', 'w') as f:
    for _ in range(800):
        tname, obj = random.choice(list(samples.items()))
        base = random.choice([d for d in dir(obj)])
        name = typo(base) if random.random() < 0.9 else ''.join(random.choice('abcxyz') for _ in range(random.randint(1, 8)))
        if hasattr(obj, name) or not name.isidentifier():
            continue
        try:
            getattr(obj, name)
        except AttributeError as e:
            # the C printer adds the suggestion (3.11's traceback module does not)
            import io, sys
            buf, old = io.StringIO(), sys.stderr
            sys.stderr = buf
            sys.__excepthook__(type(e), e, None)
            sys.stderr = old
            line = buf.getvalue().rstrip('\n').split('\n')[-1]
        f.write('%s\t%s\t%s\n' % (tname, name, line))
