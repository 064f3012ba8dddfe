"""typing.TypedDict: class and functional forms, totality, inheritance; instances are plain
dicts."""
from typing import TypedDict, List, Optional
import typing


class Movie(TypedDict):
    """A film."""
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float
    tags: List[str]


class Review(Movie, total=False):
    score: int
    note: Optional[str]


class Full(Partial):
    name: str


m = Movie(title="Alien", year=1979)
print(m, type(m) is dict, type(m).__name__, m["title"], len(m), list(m))
print(Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Partial.__total__, sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))
print(Review.__annotations__, Review.__total__, sorted(Review.__required_keys__), sorted(Review.__optional_keys__))
print(Full.__total__, sorted(Full.__required_keys__), sorted(Full.__optional_keys__), list(Full.__annotations__))
print(Movie.__name__, Movie.__qualname__, Movie.__module__, Movie.__doc__, Movie.__bases__, Movie.__mro__, Review.__bases__)
print(Movie(), Movie({"title": "x"}), Movie([("year", 2000)], title="y"), Review(title="t", year=1, score=5))
print(typing.is_typeddict(Movie), typing.is_typeddict(m), typing.is_typeddict(dict))

Point = TypedDict("Point", {"x": int, "y": int})
Opts = TypedDict("Opts", {"verbose": bool}, total=False)
print(Point(x=1, y=2), Point.__annotations__, Point.__total__, sorted(Point.__required_keys__), Point.__name__, Point.__module__)
print(Opts.__total__, sorted(Opts.__optional_keys__), Opts(verbose=True))


def attempt(label, f):
    try:
        print(label, "ok", f())
    except TypeError as err:
        print(label, "TypeError", err)


attempt("isinstance", lambda: isinstance(m, Movie))
attempt("issubclass", lambda: issubclass(dict, Movie))
attempt("two positional", lambda: Movie({}, {}))
attempt("not iterable", lambda: Movie(1))


class Plain:
    pass


def mixed():
    class Bad(TypedDict, Plain):
        a: int
    return Bad


attempt("mixed bases", mixed)


def inventory(items: List[Movie]) -> dict:
    by_decade: dict = {}
    for it in items:
        decade = it["year"] // 10 * 10
        by_decade.setdefault(decade, []).append(it["title"])
    return by_decade


films = [Movie(title="Alien", year=1979), Movie(title="Heat", year=1995), Movie(title="Brazil", year=1985), Movie(title="Fargo", year=1996)]
print(inventory(films))
r: Review = {"title": "Heat", "year": 1995}
r["score"] = 9
r.update(note="long")
print(r, sorted(r), r.get("missing", "default"))
