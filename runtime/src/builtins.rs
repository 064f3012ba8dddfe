//! The builtins namespace: builtin functions, calling builtin types (constructors), and
//! name lookup for `rt_load_builtin`.

use crate::exceptions::{self as exc, type_error, value_error};
use crate::func::{new_builtin, Args, NativeFn};
use crate::iter::{ENUMERATE_TYPE, FILTER_TYPE, MAP_TYPE, REVERSED_TYPE, ZIP_TYPE};
use crate::object::*;
use crate::{dict, float, int, list, ops, set, str as pstr, tuple};
use std::collections::HashMap;
use std::sync::OnceLock;

/// An index-like argument for slicing methods (None not allowed here).
pub fn slice_index_arg(w: W) -> PyResult<i64> {
    if let Some(v) = ops::index_value(w) {
        let v = v?;
        let w = v.w();
        return Ok(int::to_i64(w).unwrap_or(if int::sign(w) < 0 { i64::MIN / 2 } else { i64::MAX / 2 }));
    }
    Err(type_error("slice indices must be integers or have an __index__ method"))
}

fn print(a: &Args) -> PyResult<Ref> {
    a.check_kw("print", &["sep", "end", "file", "flush"])?;
    let opt_str = |name: &str| -> PyResult<Option<&'static str>> {
        match a.kw(name) {
            None => Ok(None),
            Some(w) if is_none(w) => Ok(None),
            Some(w) => match pstr::as_str(w) {
                Some(s) => Ok(Some(s)),
                None => Err(type_error(format!("{name} must be None or a string, not {}", type_name(w)))),
            },
        }
    };
    let sep = opt_str("sep")?.unwrap_or(" ");
    let end = opt_str("end")?.unwrap_or("\n");
    // CPython writes each argument, separator and the end separately; `ends` remembers where
    // each piece ends, for the files that can tell the difference.
    let mut out = String::new();
    let mut ends = Vec::with_capacity(2 * a.pos.len() + 1);
    for (i, &x) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
            ends.push(out.len());
        }
        if pstr::is_str(x) && !type_of(x).heap {
            out.push_str(pstr::s(x));
        } else {
            out.push_str(&ops::str_string(x)?);
        }
        ends.push(out.len());
    }
    out.push_str(end);
    ends.push(out.len());
    let pieces = || ends.iter().scan(0, |start, &e| Some(&out[std::mem::replace(start, e)..e]));
    let file = a.kw("file").filter(|&f| !is_none(f));
    match file {
        Some(f) if kind_of(f) != Kind::Stream => {
            for p in pieces() {
                ops::call_method(f, "write", &Args::pos(&[pstr::new(p).w()]))?;
            }
        }
        _ => {
            let fd = file.map_or(1, crate::sys::stream_fd);
            if crate::surrogates::has_standins(&out) {
                for p in pieces() {
                    crate::sys::write_text(fd, p)?;
                }
            } else {
                crate::sys::write_fd(fd, out.as_bytes());
            }
        }
    }
    if let Some(fl) = a.kw("flush")
        && ops::truthy(fl)?
    {
        match file {
            None => crate::sys::flush_stdout(),
            Some(f) if kind_of(f) == Kind::Stream => {
                if crate::sys::stream_fd(f) == 1 {
                    crate::sys::flush_stdout()
                }
            }
            Some(f) => {
                ops::call_method(f, "flush", &Args::pos(&[]))?;
            }
        }
    }
    Ok(Ref::none())
}

fn len(a: &Args) -> PyResult<Ref> {
    a.exactly_one("len")?;
    Ok(Ref::int(ops::len(a.pos[0])? as i64))
}

fn repr(a: &Args) -> PyResult<Ref> {
    a.exactly_one("repr")?;
    ops::repr(a.pos[0])
}

fn ascii(a: &Args) -> PyResult<Ref> {
    a.exactly_one("ascii")?;
    ops::ascii(a.pos[0])
}

fn abs(a: &Args) -> PyResult<Ref> {
    a.exactly_one("abs")?;
    let x = a.pos[0];
    if int::is_int(x) {
        return Ok(int::abs(x));
    }
    if float::is_float(x) {
        return Ok(float::new(float::val(x).abs()));
    }
    if let Some(r) = crate::classes::call_special(x, "__abs__", &[]) {
        return r;
    }
    Err(type_error(format!("bad operand type for abs(): '{}'", type_name(x))))
}

fn minmax(a: &Args, name: &str, is_max: bool) -> PyResult<Ref> {
    a.check_kw(name, &["key", "default"])?;
    let key = a.kw("key").filter(|&k| !is_none(k));
    let default = a.kw("default");
    if a.pos.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items: Vec<Ref> = if a.pos.len() == 1 {
        ops::collect(a.pos[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        a.pos.iter().map(|&x| Ref::borrow(x)).collect()
    };
    let mut best: Option<(Ref, Ref)> = None;
    for x in items {
        let k = match key {
            Some(f) => crate::func::call(f, &Args::pos(&[x.w()]))?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((x, k)),
            Some((_, bk)) => {
                let better = if is_max { ops::compare_bool(4, k.w(), bk.w())? } else { ops::compare_bool(0, k.w(), bk.w())? };
                if better {
                    best = Some((x, k));
                }
            }
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None => match default {
            Some(d) => Ok(Ref::borrow(d)),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(a: &Args) -> PyResult<Ref> {
    minmax(a, "min", false)
}
fn max(a: &Args) -> PyResult<Ref> {
    minmax(a, "max", true)
}

fn sum(a: &Args) -> PyResult<Ref> {
    a.check_kw("sum", &["start"])?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(type_error(format!("sum() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    let start = a.pos.get(1).copied().or(a.kw("start")).unwrap_or(mk_small(0));
    if pstr::is_str(start) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::bytes::is_bytes(start) || crate::bytes::is_bytearray(start) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter(a.pos[0])?;
    let mut acc = Ref::borrow(start);
    // fast paths: small ints then floats
    while let Some(x) = ops::next(it.w())? {
        if is_small(acc.w()) && is_small(x.w()) {
            acc = int::from_i64(small_val(acc.w()) + small_val(x.w()));
            continue;
        }
        // (exact floats: a subclass's `__add__` may differ)
        if float::is_float(acc.w()) && float::is_float(x.w()) && !type_of(acc.w()).heap && !type_of(x.w()).heap {
            acc = float::new(float::val(acc.w()) + float::val(x.w()));
            continue;
        }
        acc = ops::binop(0, acc.w(), x.w())?;
    }
    Ok(acc)
}

fn sorted(a: &Args) -> PyResult<Ref> {
    a.check_kw("sort", &["key", "reverse"])?;
    if a.pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let items = ops::collect(a.pos[0])?;
    let l = list::from_vec(items);
    let key = a.kw("key").unwrap_or(0);
    let rev = match a.kw("reverse") {
        Some(r) => list::reverse_arg(r)?,
        None => false,
    };
    list::sort(l.w(), key, rev)?;
    Ok(l)
}

fn isinstance_spec(x: W, spec: W, fname: &str) -> PyResult<bool> {
    if let Some(r) = crate::typing::protocol_instancecheck(x, spec) {
        return r;
    }
    if !is_small(spec) && kind_of(spec) == Kind::Type {
        return Ok(ops::isinstance(x, unsafe { obj::<TypeObject>(spec) }));
    }
    if tuple::is_tuple(spec) {
        for &s in tuple::items(spec) {
            if isinstance_spec(x, s, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union")))
}

fn isinstance(a: &Args) -> PyResult<Ref> {
    a.expect("isinstance", 2, 2)?;
    Ok(Ref::bool(isinstance_spec(a.pos[0], a.pos[1], "isinstance")?))
}

fn issubclass_spec(c: &'static TypeObject, spec: W) -> PyResult<bool> {
    if let Some(r) = crate::typing::protocol_subclasscheck(c, spec) {
        return r;
    }
    if !is_small(spec) && kind_of(spec) == Kind::Type {
        return Ok(c.is_subtype(unsafe { obj::<TypeObject>(spec) }));
    }
    if tuple::is_tuple(spec) {
        for &s in tuple::items(spec) {
            if issubclass_spec(c, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn issubclass(a: &Args) -> PyResult<Ref> {
    a.expect("issubclass", 2, 2)?;
    let c = a.pos[0];
    if is_small(c) || kind_of(c) != Kind::Type {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Ref::bool(issubclass_spec(unsafe { obj::<TypeObject>(c) }, a.pos[1])?))
}

fn ord(a: &Args) -> PyResult<Ref> {
    a.exactly_one("ord")?;
    let x = a.pos[0];
    if let Some(s) = pstr::as_str(x) {
        let n = pstr::len(x);
        if n != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {n} found")));
        }
        return Ok(Ref::int(s.chars().next().map_or(0, crate::surrogates::code_point) as i64));
    }
    if crate::bytes::is_bytes_like(x) {
        let d = crate::bytes::data(x);
        if d.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", d.len())));
        }
        return Ok(Ref::int(d[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(x))))
}

fn chr(a: &Args) -> PyResult<Ref> {
    a.exactly_one("chr")?;
    let v = ops::index_arg(a.pos[0]).map_err(|e| {
        if exc::matches(exc::current(), exc::OVERFLOW_ERROR.word()).unwrap_or(false) {
            exc::clear();
            exc::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if !(0..0x110000).contains(&v) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(pstr::from_char(crate::surrogates::char_for(v as u32)?))
}

fn divmod(a: &Args) -> PyResult<Ref> {
    a.expect("divmod", 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    if int::is_int(x) && int::is_int(y) {
        let (q, r) = int::divmod(x, y)?;
        return Ok(tuple::pair(q, r));
    }
    if let (Some(fx), Some(fy)) = (float::as_f64(x), float::as_f64(y)) {
        let (q, r) = float::divmod(fx?, fy?)?;
        return Ok(tuple::pair(float::new(q), float::new(r)));
    }
    if let Some(r) = crate::classes::binop_named("__divmod__", "__rdivmod__", x, y) {
        return r;
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(x), type_name(y))))
}

fn round(a: &Args) -> PyResult<Ref> {
    a.check_kw("round", &["number", "ndigits"])?;
    let x = a.pos.first().copied().or(a.kw("number"));
    let Some(x) = x else {
        return Err(type_error("round() missing required argument 'number' (pos 1)"));
    };
    if a.pos.len() > 2 {
        return Err(type_error(format!("round() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    let nd = a.pos.get(1).copied().or(a.kw("ndigits")).filter(|&n| !is_none(n));
    if int::is_int(x) {
        let Some(n) = nd else { return Ok(int::from_big(int::to_big(x))) };
        let n = ops::index_arg(n)?;
        if n >= 0 {
            return Ok(int::from_big(int::to_big(x)));
        }
        // round to a multiple of 10**-n, ties to even
        let p = int::pow(mk_small(10), int::from_i64(-n).w())?;
        let (q, r) = int::divmod(x, p.w())?;
        let twice = int::mul(r.w(), mk_small(2));
        let c = int::cmp(twice.w(), p.w());
        let q_odd = int::and(q.w(), mk_small(1));
        let up = c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && q_odd.w() == mk_small(1));
        let q = if up { int::add(q.w(), mk_small(1)) } else { q };
        return Ok(int::mul(q.w(), p.w()));
    }
    if float::is_float(x) {
        let v = float::val(x);
        return match nd {
            None => float::round_int(v),
            Some(n) => {
                let n = ops::index_arg(n)?;
                Ok(float::new(float::round_ndigits(v, n)))
            }
        };
    }
    let r = match nd {
        None => crate::classes::call_special(x, "__round__", &[]),
        Some(n) => crate::classes::call_special(x, "__round__", &[n]),
    };
    r.unwrap_or_else(|| Err(type_error(format!("type {} doesn't define __round__ method", type_name(x)))))
}

fn radix(a: &Args, name: &str, r: u32, prefix: &str) -> PyResult<Ref> {
    a.exactly_one(name)?;
    let Some(x) = ops::index_value(a.pos[0]) else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(a.pos[0]))));
    };
    let x = x?;
    let x = x.w();
    let sign = if int::sign(x) < 0 { "-" } else { "" };
    Ok(pstr::from_string(format!("{sign}{prefix}{}", int::abs_digits(x, r))))
}

fn hex(a: &Args) -> PyResult<Ref> {
    radix(a, "hex", 16, "0x")
}
fn oct(a: &Args) -> PyResult<Ref> {
    radix(a, "oct", 8, "0o")
}
fn bin(a: &Args) -> PyResult<Ref> {
    radix(a, "bin", 2, "0b")
}

fn pow(a: &Args) -> PyResult<Ref> {
    a.check_kw("pow", &["base", "exp", "mod"])?;
    let base = a.pos.first().copied().or(a.kw("base"));
    let e = a.pos.get(1).copied().or(a.kw("exp"));
    let m = a.pos.get(2).copied().or(a.kw("mod")).filter(|&m| !is_none(m));
    let (Some(b), Some(e)) = (base, e) else {
        return Err(type_error(format!("pow() missing required argument '{}' (pos {})", if base.is_none() { "base" } else { "exp" }, if base.is_none() { 1 } else { 2 })));
    };
    match m {
        None => ops::binop(6, b, e),
        Some(m) => {
            if type_of(b).heap {
                return crate::classes::ternary_pow(b, e, m).unwrap_or_else(|| {
                    Err(type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        type_name(b),
                        type_name(e),
                        type_name(m)
                    )))
                });
            }
            if !(int::is_int(b) && int::is_int(e) && int::is_int(m)) {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            int::pow_mod(b, e, m)
        }
    }
}

fn hash(a: &Args) -> PyResult<Ref> {
    a.exactly_one("hash")?;
    Ok(Ref::int(ops::hash(a.pos[0])?))
}

fn id(a: &Args) -> PyResult<Ref> {
    a.exactly_one("id")?;
    let x = a.pos[0];
    Ok(int::from_big(num_bigint::BigInt::from(x)))
}

fn callable(a: &Args) -> PyResult<Ref> {
    a.exactly_one("callable")?;
    Ok(Ref::bool(crate::func::is_callable(a.pos[0])))
}

fn iter(a: &Args) -> PyResult<Ref> {
    a.no_kw("iter")?;
    match a.pos.len() {
        1 => ops::iter(a.pos[0]),
        2 => crate::iter::callable_iter(a.pos[0], a.pos[1]),
        0 => Err(type_error("iter expected at least 1 argument, got 0")),
        n => Err(type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn next(a: &Args) -> PyResult<Ref> {
    a.expect("next", 1, 2)?;
    if crate::generator::is_generator(a.pos[0]) {
        // A generator's return value travels in its StopIteration.
        return match (crate::generator::resume(a.pos[0], none())?, a.pos.get(1)) {
            (crate::generator::Step::Yield(v), _) => Ok(v),
            (crate::generator::Step::Return(_), Some(&d)) => Ok(Ref::borrow(d)),
            (crate::generator::Step::Return(r), None) => Err(crate::generator::stop_iteration(r)),
        };
    }
    if let Some(r) = crate::classes::call_special(a.pos[0], "__next__", &[]) {
        // The StopIteration a user `__next__` raises propagates as it is (with its value).
        return match (r, a.pos.get(1)) {
            (Err(_), Some(&d)) if exc::matches(exc::current(), exc::STOP_ITERATION.word()).unwrap_or(false) => {
                exc::clear();
                Ok(Ref::borrow(d))
            }
            (r, _) => r,
        };
    }
    match ops::next(a.pos[0])? {
        Some(x) => Ok(x),
        None => match a.pos.get(1) {
            Some(&d) => Ok(Ref::borrow(d)),
            None => Err(exc::raise_args(&exc::STOP_ITERATION, &[])),
        },
    }
}

fn any_all(a: &Args, name: &str, want: bool) -> PyResult<Ref> {
    a.exactly_one(name)?;
    let it = ops::iter(a.pos[0])?;
    while let Some(x) = ops::next(it.w())? {
        if ops::truthy(x.w())? == want {
            return Ok(Ref::bool(want));
        }
    }
    Ok(Ref::bool(!want))
}

fn any(a: &Args) -> PyResult<Ref> {
    any_all(a, "any", true)
}
fn all(a: &Args) -> PyResult<Ref> {
    any_all(a, "all", false)
}

fn format(a: &Args) -> PyResult<Ref> {
    a.expect("format", 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(&s) => match pstr::as_str(s) {
            Some(t) => t,
            None => return Err(type_error(format!("format() argument 2 must be str, not {}", type_name(s)))),
        },
        None => "",
    };
    Ok(pstr::from_string(crate::format::format(a.pos[0], spec)?))
}

fn name_arg(w: W) -> PyResult<W> {
    if pstr::is_str(w) {
        Ok(w)
    } else {
        Err(type_error(format!("attribute name must be string, not '{}'", type_name(w))))
    }
}

fn getattr_b(a: &Args) -> PyResult<Ref> {
    a.expect("getattr", 2, 3)?;
    let n = name_arg(a.pos[1])?;
    match ops::getattr(a.pos[0], n) {
        Ok(v) => Ok(v),
        Err(e) => match a.pos.get(2) {
            Some(&d) if exc::matches(exc::current(), exc::ATTRIBUTE_ERROR.word()).unwrap_or(false) => {
                exc::clear();
                Ok(Ref::borrow(d))
            }
            _ => Err(e),
        },
    }
}

fn setattr_b(a: &Args) -> PyResult<Ref> {
    a.expect("setattr", 3, 3)?;
    let n = name_arg(a.pos[1])?;
    ops::setattr(a.pos[0], n, a.pos[2])?;
    Ok(Ref::none())
}

fn hasattr_b(a: &Args) -> PyResult<Ref> {
    a.expect("hasattr", 2, 2)?;
    let n = name_arg(a.pos[1])?;
    match ops::getattr(a.pos[0], n) {
        Ok(_) => Ok(Ref::bool(true)),
        Err(e) => {
            if exc::matches(exc::current(), exc::ATTRIBUTE_ERROR.word()).unwrap_or(false) {
                exc::clear();
                Ok(Ref::bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn delattr_b(a: &Args) -> PyResult<Ref> {
    a.expect("delattr", 2, 2)?;
    let n = name_arg(a.pos[1])?;
    if crate::abi::rt_delattr(a.pos[0], n) < 0 {
        return Err(Raised);
    }
    Ok(Ref::none())
}

fn vars(a: &Args) -> PyResult<Ref> {
    a.expect("vars", 0, 1)?;
    let Some(&x) = a.pos.first() else {
        return Err(exc::not_implemented("vars() without an argument"));
    };
    match ops::getattr_str(x, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) => {
            if exc::matches(exc::current(), exc::ATTRIBUTE_ERROR.word()).unwrap_or(false) {
                exc::clear();
                Err(type_error("vars() argument must have __dict__ attribute"))
            } else {
                Err(e)
            }
        }
    }
}

fn dir(a: &Args) -> PyResult<Ref> {
    a.expect("dir", 0, 1)?;
    let Some(&x) = a.pos.first() else {
        return Err(exc::not_implemented("dir() without an argument"));
    };
    crate::suggestions::dir_builtin(x)
}

fn input(a: &Args) -> PyResult<Ref> {
    a.expect("input", 0, 1)?;
    if let Some(&p) = a.pos.first() {
        let s = ops::str_string(p)?;
        crate::sys::write_text(1, &s)?;
    }
    crate::sys::flush_stdout();
    let mut line = crate::sys::read_line()?;
    if line.is_empty() {
        return Err(exc::raise_new(&exc::EOF_ERROR, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(pstr::from_string(line))
}

fn exit(a: &Args) -> PyResult<Ref> {
    a.expect("exit", 0, 1)?;
    Err(exc::raise_args(&exc::SYSTEM_EXIT, a.pos))
}

fn open(_a: &Args) -> PyResult<Ref> {
    Err(exc::not_implemented("open() (file objects)"))
}

/// Calls a builtin type: construction.
pub fn construct(t: &'static TypeObject, a: &Args) -> PyResult<Ref> {
    let p = a.pos;
    let tn = t.name;
    match t.kind {
        Kind::Int | Kind::Bool if std::ptr::eq(t, &BOOL_TYPE) => {
            a.expect("bool", 0, 1)?;
            Ok(Ref::bool(match p.first() {
                Some(&x) => ops::truthy(x)?,
                None => false,
            }))
        }
        Kind::Int => {
            a.check_kw("int", &["base"])?;
            if p.len() > 2 {
                return Err(type_error(format!("int() takes at most 2 arguments ({} given)", p.len())));
            }
            let base = p.get(1).copied().or(a.kw("base"));
            let Some(&x) = p.first() else {
                if base.is_some() {
                    return Err(type_error("int() missing string argument"));
                }
                return Ok(Ref::int(0));
            };
            if let Some(b) = base {
                let b = ops::index_arg(b)?;
                let (s, r) = if let Some(s) = pstr::as_str(x) {
                    (s.to_string(), pstr::repr(x))
                } else if crate::bytes::is_bytes_like(x) {
                    (String::from_utf8_lossy(crate::bytes::data(x)).into_owned(), crate::bytes::repr(x))
                } else {
                    return Err(type_error("int() can't convert non-string with explicit base"));
                };
                return int::from_str(&s, b, &r);
            }
            if int::is_int(x) {
                return Ok(int::from_big(int::to_big(x)));
            }
            if float::is_float(x) {
                return int::from_f64(float::val(x));
            }
            if let Some(s) = pstr::as_str(x) {
                return int::from_str(s, 10, &pstr::repr(x));
            }
            if let Some(r) = crate::classes::convert(x, "__int__", &INT_TYPE).or_else(|| ops::index_value(x)) {
                return Ok(int::from_big(int::to_big(r?.w())));
            }
            if crate::bytes::is_bytes_like(x) {
                let s = String::from_utf8_lossy(crate::bytes::data(x)).into_owned();
                return int::from_str(&s, 10, &crate::bytes::repr(x));
            }
            Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x))))
        }
        Kind::Float => {
            a.expect("float", 0, 1)?;
            let Some(&x) = p.first() else { return Ok(float::new(0.0)) };
            if float::is_float(x) && !type_of(x).heap {
                return Ok(Ref::borrow(x));
            }
            // a subclass instance: its `__float__`, else its value
            if float::is_float(x) && crate::classes::special(x, "__float__").is_none() {
                return Ok(float::new(float::val(x)));
            }
            if int::is_int(x) {
                return Ok(float::new(int::to_f64(x)?));
            }
            if let Some(s) = pstr::as_str(x) {
                return float::from_str(s, &pstr::repr(x));
            }
            if let Some(r) = crate::classes::convert(x, "__float__", &FLOAT_TYPE) {
                return Ok(float::new(float::val(r?.w())));
            }
            if let Some(r) = ops::index_value(x) {
                return Ok(float::new(int::to_f64(r?.w())?));
            }
            Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
        }
        Kind::Str => {
            a.check_kw("str", &["object", "encoding", "errors"])?;
            if p.len() > 3 {
                return Err(type_error(format!("str() takes at most 3 arguments ({} given)", p.len())));
            }
            let Some(x) = p.first().copied().or(a.kw("object")) else { return Ok(pstr::empty()) };
            if p.len() >= 2 || a.kw("encoding").is_some() {
                if pstr::is_str(x) {
                    return Err(type_error("decoding str is not supported"));
                }
                if !crate::bytes::is_bytes_like(x) {
                    return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(x))));
                }
                return crate::bytes::decode_with(crate::bytes::data(x), "str", p.get(1).copied().or(a.kw("encoding")), p.get(2).copied().or(a.kw("errors")));
            }
            ops::str_(x)
        }
        Kind::List => {
            a.expect("list", 0, 1)?;
            match p.first() {
                Some(&x) => Ok(list::from_vec(ops::collect(x)?)),
                None => Ok(list::new(&[])),
            }
        }
        Kind::Tuple => {
            a.expect("tuple", 0, 1)?;
            match p.first() {
                // a tuple subclass (a named tuple) becomes a plain tuple
                Some(&x) if tuple::is_tuple(x) && std::ptr::eq(type_of(x), &TUPLE_TYPE) => Ok(Ref::borrow(x)),
                Some(&x) => Ok(tuple::from_vec(ops::collect(x)?)),
                None => Ok(tuple::new(&[])),
            }
        }
        Kind::Dict => dict::construct(a),
        Kind::Set | Kind::FrozenSet => {
            let frozen = t.kind == Kind::FrozenSet;
            a.expect(tn, 0, 1)?;
            match p.first() {
                Some(&x) if frozen && kind_of(x) == Kind::FrozenSet && !type_of(x).heap => Ok(Ref::borrow(x)),
                Some(&x) => set::from_iter(x, frozen),
                None => Ok(set::new_empty(frozen)),
            }
        }
        Kind::Range => crate::range::construct(a),
        Kind::Bytes => crate::bytes::construct(a, false),
        Kind::ByteArray => crate::bytes::construct(a, true),
        Kind::Slice => {
            a.expect("slice", 1, 3)?;
            Ok(match p.len() {
                1 => crate::slice::new(none(), p[0], none()),
                2 => crate::slice::new(p[0], p[1], none()),
                _ => crate::slice::new(p[0], p[1], p[2]),
            })
        }
        Kind::Type => {
            if p.len() == 1 && !a.has_kw() {
                return Ok(Ref::new(type_of(p[0]).word()));
            }
            if p.len() == 3 {
                let Some(name) = pstr::as_str(p[0]) else {
                    return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", type_name(p[0]))));
                };
                if !tuple::is_tuple(p[1]) {
                    return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(p[1]))));
                }
                if !dict::is_dict(p[2]) {
                    return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", type_name(p[2]))));
                }
                return crate::classes::new_class(name, p[1], p[2]);
            }
            Err(type_error("type() takes 1 or 3 arguments"))
        }
        Kind::Property => crate::classes::property_new(a),
        Kind::StaticMethod | Kind::ClassMethod => crate::classes::wrapper_new(t, a),
        Kind::Super => crate::classes::super_new(a),
        Kind::Exception => {
            if a.has_kw() {
                return Err(type_error(format!("{tn}() takes no keyword arguments")));
            }
            Ok(exc::new_exc(t, p))
        }
        Kind::Iter => {
            if std::ptr::eq(t, &ENUMERATE_TYPE) {
                crate::iter::enumerate(a)
            } else if std::ptr::eq(t, &ZIP_TYPE) {
                crate::iter::zip(a)
            } else if std::ptr::eq(t, &MAP_TYPE) {
                crate::iter::map(a)
            } else if std::ptr::eq(t, &FILTER_TYPE) {
                crate::iter::filter(a)
            } else if std::ptr::eq(t, &REVERSED_TYPE) {
                crate::iter::reversed(a)
            } else {
                Err(type_error(format!("cannot create '{tn}' instances")))
            }
        }
        Kind::Object => {
            if !p.is_empty() || a.has_kw() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(crate::classes::new_object())
        }
        _ => Err(type_error(format!("cannot create '{tn}' instances"))),
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("ord", ord),
    ("chr", chr),
    ("divmod", divmod),
    ("round", round),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("pow", pow),
    ("hash", hash),
    ("id", id),
    ("callable", callable),
    ("iter", iter),
    ("next", next),
    ("any", any),
    ("all", all),
    ("format", format),
    ("getattr", getattr_b),
    ("setattr", setattr_b),
    ("hasattr", hasattr_b),
    ("delattr", delattr_b),
    ("vars", vars),
    ("dir", dir),
    ("input", input),
    ("exit", exit),
    ("quit", exit),
    ("open", open),
];

fn types() -> Vec<&'static TypeObject> {
    vec![
        &INT_TYPE,
        &BOOL_TYPE,
        &FLOAT_TYPE,
        &STR_TYPE,
        &BYTES_TYPE,
        &BYTEARRAY_TYPE,
        &LIST_TYPE,
        &TUPLE_TYPE,
        &DICT_TYPE,
        &SET_TYPE,
        &FROZENSET_TYPE,
        &RANGE_TYPE,
        &SLICE_TYPE,
        &TYPE_TYPE,
        &OBJECT_TYPE,
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
        &crate::classes::PROPERTY_TYPE,
        &crate::classes::STATICMETHOD_TYPE,
        &crate::classes::CLASSMETHOD_TYPE,
        &crate::classes::SUPER_TYPE,
    ]
}

fn table() -> &'static HashMap<&'static str, W> {
    static T: OnceLock<HashMap<&'static str, W>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for &(name, f) in FUNCTIONS {
            let w = new_builtin(name, f).into_w();
            unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
            m.insert(name, w);
        }
        for t in types() {
            m.insert(t.name, t.word());
        }
        for t in exc::ALL_EXCEPTIONS {
            m.insert(t.name, t.word());
        }
        m.insert("IOError", exc::OS_ERROR.word());
        m.insert("EnvironmentError", exc::OS_ERROR.word());
        m.insert("None", none());
        m.insert("True", true_w());
        m.insert("False", false_w());
        m.insert("NotImplemented", not_implemented());
        m.insert("Ellipsis", ellipsis());
        m.insert("__debug__", true_w());
        // A module global of every module, reached from __main__ only: programs are one module.
        let main = crate::str::new("__main__").into_w();
        unsafe { obj::<ObjHeader>(main).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
        m.insert("__name__", main);
        m
    })
}

/// The builtin named `name` (new reference).
pub fn lookup(name: &str) -> Option<Ref> {
    table().get(name).map(|&w| Ref::borrow(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: &[W]) -> PyResult<Ref> {
        let f = lookup(name).unwrap();
        crate::func::call(f.w(), &Args::pos(args))
    }
    fn r(x: PyResult<Ref>) -> String {
        ops::repr_string(x.unwrap().w()).unwrap()
    }
    fn err(x: PyResult<Ref>) -> String {
        assert!(x.is_err());
        let e = exc::fetch();
        let s = crate::traceback::format_exception_only(e);
        decref(e);
        s
    }

    /// Expected values from CPython 3.11.
    #[test]
    fn builtins() {
        let s = |x: &str| pstr::new(x);
        assert_eq!(r(call("len", &[s("héllo").w()])), "5");
        assert_eq!(err(call("len", &[mk_small(1)])), "TypeError: object of type 'int' has no len()");
        assert_eq!(err(call("len", &[mk_small(1), mk_small(2)])), "TypeError: len() takes exactly one argument (2 given)");
        assert_eq!(r(call("round", &[float::new(2.5).w()])), "2");
        assert_eq!(r(call("round", &[float::new(2.675).w(), mk_small(2)])), "2.67");
        assert_eq!(r(call("round", &[mk_small(25), mk_small(-1)])), "20");
        assert_eq!(r(call("round", &[mk_small(35), mk_small(-1)])), "40");
        assert_eq!(r(call("divmod", &[mk_small(-7), mk_small(2)])), "(-4, 1)");
        assert_eq!(r(call("hex", &[mk_small(-255)])), "'-0xff'");
        assert_eq!(r(call("bin", &[mk_small(5)])), "'0b101'");
        assert_eq!(r(call("pow", &[mk_small(2), mk_small(10), mk_small(1000)])), "24");
        assert_eq!(r(call("pow", &[mk_small(2), mk_small(-2)])), "0.25");
        assert_eq!(r(call("chr", &[mk_small(233)])), "'é'");
        assert_eq!(r(call("ord", &[s("é").w()])), "233");
        assert_eq!(r(call("max", &[mk_small(3), mk_small(9), mk_small(2)])), "9");
        assert_eq!(err(call("min", &[list::new(&[]).w()])), "ValueError: min() arg is an empty sequence");
        assert_eq!(r(call("sum", &[list::new(&[mk_small(1), float::new(0.5).w()]).w()])), "1.5");
        assert_eq!(r(call("isinstance", &[true_w(), INT_TYPE.word()])), "True");
        assert_eq!(r(call("isinstance", &[mk_small(1), tuple::new(&[STR_TYPE.word(), FLOAT_TYPE.word()]).w()])), "False");
        assert_eq!(r(call("int", &[s(" -12_3 ").w()])), "-123");
        assert_eq!(err(call("int", &[s("abc").w()])), "ValueError: invalid literal for int() with base 10: 'abc'");
        assert_eq!(r(call("int", &[s("ff").w(), mk_small(16)])), "255");
        assert_eq!(r(call("int", &[float::new(-3.9).w()])), "-3");
        assert_eq!(r(call("float", &[s("1e3").w()])), "1000.0");
        assert_eq!(r(call("str", &[float::new(0.1).w()])), "'0.1'");
        assert_eq!(r(call("repr", &[s("a'b").w()])), "'\"a\\'b\"'");
        assert_eq!(r(call("list", &[s("ab").w()])), "['a', 'b']");
        assert_eq!(r(call("tuple", &[list::new(&[mk_small(1)]).w()])), "(1,)");
        assert_eq!(r(call("sorted", &[list::new(&[mk_small(3), mk_small(1), mk_small(2)]).w()])), "[1, 2, 3]");
        assert_eq!(r(call("any", &[list::new(&[mk_small(0), mk_small(2)]).w()])), "True");
        assert_eq!(r(call("all", &[list::new(&[]).w()])), "True");
        assert_eq!(r(call("type", &[mk_small(1)])), "<class 'int'>");
        assert_eq!(r(call("ValueError", &[s("bad").w()])), "ValueError('bad')");
        assert_eq!(r(call("range", &[mk_small(5)])), "range(0, 5)");
        assert_eq!(err(call("next", &[ops::iter(list::new(&[]).w()).unwrap().w()])), "StopIteration");
    }
}
