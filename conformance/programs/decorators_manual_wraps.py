# Decorators written by hand: wrappers copying __name__/__doc__ manually, decorators
# with arguments, stacked decorators, call counters kept via nonlocal, registries.
def copy_meta(wrapper, wrapped):
    wrapper.__name__ = wrapped.__name__
    wrapper.__doc__ = wrapped.__doc__
    wrapper.__wrapped__ = wrapped
    return wrapper


def traced(func):
    depth = 0

    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"{indent}-> {func.__name__}({', '.join(parts)})")
        depth += 1
        try:
            result = func(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {func.__name__} = {result!r}")
        return result

    return copy_meta(wrapper, func)


@traced
def fact(n):
    """Factorial, recursively."""
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4))
print(fact.__name__, "|", fact.__doc__, "|", fact.__wrapped__.__name__)


def counted(func):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return func(*args)

    def get_calls():
        return calls

    def reset():
        nonlocal calls
        old = calls
        calls = 0
        return old

    wrapper.get_calls = get_calls
    wrapper.reset = reset
    return copy_meta(wrapper, func)


@counted
def add(a, b):
    "Add two things."
    return a + b


for i in range(5):
    add(i, i)
print(add.__name__, add.__doc__, add.get_calls(), add.reset(), add.get_calls())
print(add("x", "y"), add([1], [2]), add.get_calls())


def repeat(times, sep=" "):
    def decorator(func):
        def wrapper(*args):
            return sep.join(str(func(*args)) for _ in range(times))
        return copy_meta(wrapper, func)
    return decorator


@repeat(3)
def hello(name):
    """Say hello."""
    return "hi " + name


@repeat(times=2, sep="|")
def number(x):
    return x * 7


print(hello("bob"), "/", hello.__name__, "/", hello.__doc__)
print(number(6), number.__name__, number.__doc__)


def validate(*types):
    def decorator(func):
        def wrapper(*args):
            if len(args) != len(types):
                raise TypeError(f"{func.__name__} expects {len(types)} args, got {len(args)}")
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{func.__name__} arg {i}: expected {t.__name__}, got {type(a).__name__}")
            return func(*args)
        return copy_meta(wrapper, func)
    return decorator


@validate(int, str)
def label(n, s):
    return f"{s}#{n}"


for args in [(1, "a"), ("1", "a"), (2,), (3, 4), (True, "bool is int")]:
    try:
        print(label(*args))
    except TypeError as e:
        print("TypeError:", e)

registry = {}


def register(kind):
    def decorator(func):
        registry.setdefault(kind, []).append(func.__name__)
        return func
    return decorator


@register("math")
def double(x):
    return 2 * x


@register("text")
def shout(s):
    return s.upper() + "!"


@register("math")
def negate(x):
    return -x


print(registry, double(21), shout("hey"), negate(5))


def memoize(func):
    cache = {}
    hits = [0]

    def wrapper(n):
        if n in cache:
            hits[0] += 1
            return cache[n]
        value = func(n)
        cache[n] = value
        return value

    wrapper.cache = cache
    wrapper.hits = hits
    return copy_meta(wrapper, func)


@memoize
def fib(n):
    """Memoized Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.hits[0], fib.__doc__)


def bold(func):
    def w(*a):
        return "<b>" + func(*a) + "</b>"
    return copy_meta(w, func)


def italic(func):
    def w(*a):
        return "<i>" + func(*a) + "</i>"
    return copy_meta(w, func)


@bold
@italic
@repeat(2, sep="-")
def word(w):
    """A word."""
    return w


print(word("ok"), word.__name__, word.__doc__)
print(word.__wrapped__("x"), word.__wrapped__.__wrapped__("y"))


def undecorated(f):
    def inner():
        return f() + 1
    return inner


@undecorated
def three():
    """doc"""
    return 3


print(three(), three.__name__, three.__doc__)
