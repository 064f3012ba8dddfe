"""@dataclass(kw_only=True), field(kw_only=...) and the KW_ONLY pseudo-field: keyword-only
fields move to the end of __init__'s signature; match_args keeps the positional ones."""
from dataclasses import dataclass, field, fields, KW_ONLY, asdict, replace
import dataclasses


@dataclass(kw_only=True)
class Options:
    verbose: bool
    level: int = 1
    name: str = "default"


@dataclass
class Job:
    command: str
    retries: int = field(default=3, kw_only=True)
    timeout: float = 10.0
    _: KW_ONLY
    owner: str
    tags: list = field(default_factory=list)
    priority: int = field(default=0, kw_only=False)


@dataclass(kw_only=True)
class Base:
    created: int = 0


@dataclass
class Derived(Base):
    ident: str
    size: int = 1


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    _: KW_ONLY
    label: str = field(default="", compare=False)


o = Options(verbose=True)
print(o, Options.__doc__, Options.__match_args__)
j = Job("make", 5.0, 7, owner="ann")
print(j, Job.__doc__, Job.__match_args__)
print([(f.name, f.kw_only) for f in fields(Job)], fields(Options)[0].kw_only)
d = Derived("x", created=5)
print(d, Derived.__doc__, Derived("y", 2))
print(Version(1) < Version(1, 2, label="beta"), sorted([Version(2, label="b"), Version(1, 5)]), Version(3, label="rc") == Version(3))
print(asdict(j), replace(j, owner="bob", retries=1))
print(dataclasses.KW_ONLY is KW_ONLY, type(KW_ONLY).__name__)

match j:
    case Job(cmd, timeout, priority):
        print("matched", cmd, timeout, priority)


def attempt(label, f):
    try:
        print(label, "ok", f())
    except TypeError as err:
        print(label, "TypeError", err)


attempt("positional kw-only", lambda: Options(True))
attempt("missing kw-only", lambda: Options())
attempt("too many", lambda: Job("a", 1.0, 2, 3, owner="x"))
attempt("missing owner", lambda: Job("a"))
attempt("unknown", lambda: Job("a", owner="x", color=1))


def twice():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
    return Bad


def order_ok():
    @dataclass
    class Fine:
        a: int = 1
        _: KW_ONLY
        b: int
    return Fine(b=2)


def order_bad():
    @dataclass
    class Bad:
        a: int = 1
        b: int = field(kw_only=True)
        c: int
    return Bad


attempt("two markers", twice)
attempt("required kw-only after default", order_ok)
attempt("non-default after default", order_bad)
