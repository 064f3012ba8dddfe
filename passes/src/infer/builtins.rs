//! What inference knows about builtins and methods of builtin types: the static type of a
//! result when the runtime guarantees it. Anything not listed returns `Object`, which is
//! always safe; an entry here is a promise the runtime keeps (or raises). Results that are
//! new lists or dicts (`sorted`, `str.split`, `xs + ys`, ...) get a container class from
//! their call site, in `emit/containers.rs`.

use super::types::Ty;

/// The names of CPython 3.11's `builtins` module (`dir(builtins)` without the module's own
/// dunders and the keywords `True`, `False`, `None`): a module global of one of these names
/// reads the builtin while the global is unbound.
const BUILTIN_NAMES: &[&str] = &[
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
    "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
    "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
    "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError",
    "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__import__", "abs", "aiter",
    "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
    "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
    "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min",
    "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
    "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
    "tuple", "type", "vars", "zip",
];

/// Whether `name` is a builtin (see [`BUILTIN_NAMES`]).
pub fn is_builtin_name(name: &str) -> bool {
    BUILTIN_NAMES.binary_search(&name).is_ok()
}

/// The result type of calling the builtin `name` with positional arguments of types `args`
/// and `nkw` keyword arguments.
pub fn builtin_result(name: &str, args: &[Ty], nkw: usize) -> Ty {
    let all = |t: &Ty| !args.is_empty() && args.iter().all(|a| a == t);
    match name {
        "len" | "ord" | "hash" | "id" if nkw == 0 => Ty::Int,
        "int" => Ty::Int,
        "str" | "repr" | "ascii" | "chr" | "hex" | "bin" | "oct" | "format" | "input" => Ty::Str,
        "float" => Ty::Float,
        "bool" | "isinstance" | "issubclass" | "callable" | "any" | "all" => Ty::Bool,
        "print" => Ty::None,
        "set" => Ty::Set,
        "abs" if args.len() == 1 && nkw == 0 => match &args[0] {
            Ty::Int | Ty::Bool => Ty::Int,
            Ty::Float => Ty::Float,
            _ => Ty::Object,
        },
        "round" if nkw == 0 => match args {
            [Ty::Float] | [Ty::Int] | [Ty::Bool] => Ty::Int,
            [Ty::Int, Ty::Int] => Ty::Int,
            [Ty::Float, Ty::Int] => Ty::Float,
            _ => Ty::Object,
        },
        "min" | "max" if nkw == 0 && args.len() >= 2 => {
            if all(&Ty::Int) {
                Ty::Int
            } else if all(&Ty::Float) {
                Ty::Float
            } else if all(&Ty::Str) {
                Ty::Str
            } else {
                Ty::Object
            }
        }
        _ => Ty::Object,
    }
}

/// The result type of `receiver.name(...)` for a receiver of a known builtin type.
pub fn method_result(receiver: &Ty, name: &str) -> Ty {
    match receiver {
        Ty::Str => match name {
            "upper" | "lower" | "strip" | "lstrip" | "rstrip" | "replace" | "join" | "capitalize" | "title" | "swapcase"
            | "casefold" | "zfill" | "center" | "ljust" | "rjust" | "format" | "expandtabs" => Ty::Str,
            "find" | "rfind" | "count" | "index" | "rindex" => Ty::Int,
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower"
            | "isdecimal" | "isnumeric" | "isidentifier" | "istitle" | "isprintable" | "isascii" => Ty::Bool,
            "encode" => Ty::Bytes,
            _ => Ty::Object,
        },
        Ty::Set => match name {
            "add" | "discard" | "remove" | "clear" | "update" => Ty::None,
            "copy" | "union" | "intersection" | "difference" | "symmetric_difference" => Ty::Set,
            "issubset" | "issuperset" | "isdisjoint" => Ty::Bool,
            _ => Ty::Object,
        },
        Ty::Tuple(_) => match name {
            "index" | "count" => Ty::Int,
            _ => Ty::Object,
        },
        Ty::Float => match name {
            "is_integer" => Ty::Bool,
            _ => Ty::Object,
        },
        Ty::Int => match name {
            "bit_length" | "bit_count" => Ty::Int,
            _ => Ty::Object,
        },
        _ => Ty::Object,
    }
}

/// The static result type of `a <op> b` computed by the runtime's generic path, for
/// operands of builtin types where CPython guarantees it.
pub fn generic_binop_result(op: &str, a: &Ty, b: &Ty) -> Ty {
    match (op, a, b) {
        ("add", Ty::Str, Ty::Str) | ("mul", Ty::Str, Ty::Int) | ("mul", Ty::Int, Ty::Str) | ("mod", Ty::Str, _) => Ty::Str,
        ("add", Ty::Bytes, Ty::Bytes) | ("mul", Ty::Bytes, Ty::Int) => Ty::Bytes,
        ("add", Ty::Tuple(x), Ty::Tuple(y)) => Ty::Tuple(x.iter().chain(y).cloned().collect()),
        ("bitor" | "bitand" | "bitxor" | "sub", Ty::Set, Ty::Set) => Ty::Set,
        _ => Ty::Object,
    }
}
