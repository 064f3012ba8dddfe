"""Generates src/dir_tables.rs: dir() of CPython 3.11's builtin types and exceptions (the
candidates of "Did you mean" suggestions). Run from runtime/: python3 tests/data/gen_dir_tables.py
"""
import builtins

types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, type(None), slice, object, type,
         type(len), type(lambda: 0), type({}.keys()), type({}.values()), type({}.items()), type(iter([])),
         property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed,
         bytearray, type(NotImplemented), type(...), type((lambda: (yield))()), type(iter(())), type(iter("")),
         type(iter(range(0))), type(iter({})), type(iter({}.values())), type(iter({}.items())), type(iter(set())),
         type(iter(b"")), type(iter(bytearray())), type(reversed([])), type([].__len__), type(list.__len__),
         type(list.append), type((lambda: 0).__get__(0)), type((lambda x: lambda: x)(0).__closure__[0])]

class _Seq:
    def __getitem__(self, i):
        raise IndexError

types.append(type(iter(_Seq())))
names = {}
for t in types:
    names[t.__name__] = sorted(dir(t))
for n in dir(builtins):
    o = getattr(builtins, n)
    if isinstance(o, type) and issubclass(o, BaseException) and not issubclass(o, BaseExceptionGroup):
        try:
            inst = o()
        except TypeError:
            inst = o.__new__(o)  # UnicodeDecodeError and friends need arguments
        names[o.__name__] = sorted(dir(inst))
out = ['//! dir() of the builtin types and exception instances as CPython 3.11 lists them, generated',
       '//! by tests/data/gen_dir_tables.py; the candidates of "Did you mean" suggestions.', '',
       'pub static DIRS: &[(&str, &[&str])] = &[']
for k in sorted(names):
    out.append('    ("%s", &[%s]),' % (k, ', '.join('"%s"' % x for x in names[k])))
out.append('];')
open('src/dir_tables.rs', 'w').write('\n'.join(out) + '\n')
