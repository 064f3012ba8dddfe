//! "Did you mean" suggestions for uncaught AttributeErrors, as CPython 3.11's
//! suggestions.c computes them: a Levenshtein distance with case-insensitive substitutions
//! over dir(obj).

use crate::object::*;
use crate::{dict, str as pstr};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

/// CPython's levenshtein_distance (gives up above `max_cost`).
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[i];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name` within CPython's limits.
pub fn best_match<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn static_dir(type_name: &str) -> Vec<String> {
    crate::dir_tables::DIRS.iter().find(|(n, _)| *n == type_name).map(|(_, v)| v.iter().map(|s| s.to_string()).collect()).unwrap_or_default()
}

fn dict_keys(d: W) -> Vec<String> {
    dict::table(d).iter().filter_map(|e| pstr::as_str(e.key).map(|s| s.to_string())).collect()
}

/// The attributes a user class adds besides its namespace: the `__dict__` and `__weakref__`
/// descriptors CPython's `type.__new__` creates (unless `__slots__` leaves them out; an
/// exception class already has a `__dict__`), and one member per name in `__slots__`.
fn class_extras(k: &'static TypeObject) -> Vec<String> {
    let h = crate::classes::heap(k);
    let mut v: Vec<String> = Vec::new();
    match dict::get_str(h.dict, "__slots__") {
        None => {
            v.push("__weakref__".into());
            if k.kind != Kind::Exception {
                v.push("__dict__".into());
            }
        }
        Some(decl) => {
            let names: Vec<String> = if pstr::is_str(decl) {
                vec![pstr::s(decl).to_string()]
            } else {
                crate::ops::collect(decl).unwrap_or_else(|_| {
                    crate::exceptions::clear();
                    Vec::new()
                })
                .iter()
                .filter_map(|n| pstr::as_str(n.w()).map(|s| s.to_string()))
                .collect()
            };
            v.extend(names);
        }
    }
    v
}

/// The union of the namespaces along the MRO of class `c` (CPython's `type.__dir__`).
fn class_dir(c: &'static TypeObject) -> Vec<String> {
    let mut v = Vec::new();
    for k in crate::classes::mro_vec(c) {
        if k.heap {
            v.extend(dict_keys(crate::classes::heap(k).dict));
            v.extend(class_extras(k));
        } else {
            v.extend(static_dir(k.name));
        }
    }
    v
}

/// dir(obj), as far as the runtime models it.
pub fn dir(w: W) -> Vec<String> {
    let t = type_of(w);
    let mut names: Vec<String> = match t.kind {
        Kind::Module => {
            let m = unsafe { obj::<crate::sys::ModuleObj>(w) };
            let mut v = dict_keys(m.dict);
            v.extend(m.slots.iter().filter(|(_, p)| unsafe { **p } != 0).map(|(n, _)| pstr::s(n.w()).to_string()));
            v.extend(["__doc__", "__loader__", "__name__", "__package__", "__spec__"].iter().map(|s| s.to_string()));
            if m.file.is_some() {
                v.extend(["__builtins__", "__cached__", "__file__"].iter().map(|s| s.to_string()));
            }
            v
        }
        Kind::Type => {
            let c = unsafe { obj::<TypeObject>(w) };
            if c.heap { class_dir(c) } else { static_dir(c.name) }
        }
        _ if t.heap => {
            let mut v = Vec::new();
            if let Ok(Some(d)) = crate::classes::instance_getattr(w, pstr::new("__dict__").w()).map(|o| o.map(|r| r.w()))
                && dict::is_dict(d)
            {
                v.extend(dict_keys(d));
            }
            v.extend(class_dir(t));
            v
        }
        _ => static_dir(t.name),
    };
    names.sort();
    names.dedup();
    names
}

/// The `dir` builtin with an argument: a user class's `__dir__` (its result sorted), else
/// [`dir`].
pub fn dir_builtin(w: W) -> PyResult<Ref> {
    if let Some(r) = crate::classes::call_special(w, "__dir__", &[]) {
        let r = r?;
        let l = crate::list::from_vec(crate::ops::collect(r.w())?);
        crate::list::call_method(l.w(), "sort", &crate::func::Args::pos(&[]))?;
        return Ok(l);
    }
    Ok(crate::list::from_vec(dir(w).iter().map(|n| pstr::new(n)).collect()))
}

/// The suggestion CPython prints after an AttributeError about `name` on `obj`.
pub fn for_attribute(obj: W, name: &str) -> Option<String> {
    let d = dir(obj);
    let refs: Vec<&str> = d.iter().map(|s| s.as_str()).collect();
    best_match(name, &refs).map(|s| s.to_string())
}

/// The names of CPython 3.11's builtins module, in its dict order (python3:
/// `list(builtins.__dict__)`): the last tier of NameError suggestions.
const BUILTINS_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// The names a script's module dict starts with (python3: `list(globals())` first thing).
const MODULE_DUNDERS: &[&str] = &["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"];

/// The suggestion CPython 3.11 prints after `NameError: name 'x' is not defined`: the closest
/// of the failing function's local variables (cells excluded, as `co_varnames`), else of the
/// module's globals, else of the builtins, each tier on its own. `locals` and `globals` are
/// the compiler's lists (the names the function and the main module bind, in order).
pub fn for_name(name: &str, locals: &[&str], globals: &[&str]) -> Option<String> {
    if let Some(s) = best_match(name, locals) {
        return Some(s.to_string());
    }
    let mut g: Vec<&str> = MODULE_DUNDERS.to_vec();
    g.extend(globals.iter().filter(|n| !MODULE_DUNDERS.contains(n)));
    if let Some(s) = best_match(name, &g) {
        return Some(s.to_string());
    }
    best_match(name, BUILTINS_ORDER).map(|s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_match_cpython() {
        // python3: [].apend, "a".Upper, sys.exitt, (1).bit_lenght -> append upper exit bit_length
        let l = crate::list::new(&[]);
        assert_eq!(for_attribute(l.w(), "apend").as_deref(), Some("append"));
        let s = pstr::new("a");
        assert_eq!(for_attribute(s.w(), "Upper").as_deref(), Some("upper"));
        assert_eq!(for_attribute(s.w(), "foo"), None);
        assert_eq!(for_attribute(mk_small(1), "bit_lenght").as_deref(), Some("bit_length"));
        let sys = crate::sys::import("sys").unwrap();
        assert_eq!(for_attribute(sys, "exitt").as_deref(), Some("exit"));
    }

    #[test]
    fn name_suggestions_match_cpython() {
        // python3: NameError suggestions for valeu (local value), countre (global countr),
        // prnt, lenn (builtins), zz with z a cell (none)
        assert_eq!(for_name("valeu", &["value"], &[]).as_deref(), Some("value"));
        assert_eq!(for_name("countre", &[], &["countr", "h"]).as_deref(), Some("countr"));
        assert_eq!(for_name("prnt", &[], &[]).as_deref(), Some("print"));
        assert_eq!(for_name("lenn", &["x"], &["y"]).as_deref(), Some("len"));
        assert_eq!(for_name("zz", &["a", "g"], &["f"]), None);
    }

    #[test]
    fn dir_of_builtin_values() {
        // python3: len(dir([])), len(dir(bytearray())), dir(None)[:2], "__len__" in dir([])
        let l = crate::list::new(&[]);
        assert_eq!(dir(l.w()).len(), 48);
        let b = crate::bytes::bytearray_from_vec(Vec::new());
        assert_eq!(dir(b.w()).len(), 88);
        assert_eq!(&dir(none())[..2], ["__bool__", "__class__"]);
        assert!(dir(l.w()).iter().any(|n| n == "__len__"));
        let d = dir_builtin(mk_small(3)).unwrap();
        assert!(crate::list::items(d.w()).iter().any(|&n| pstr::s(n) == "bit_length"));
    }
}
