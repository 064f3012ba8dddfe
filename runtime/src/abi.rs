//! The extern "C" surface: one function per entry of `dialects/src/runtime_abi.rs`, with
//! the ABI's ownership (arguments borrowed, results new references) and error conventions
//! (0 / -1 / flag). Everything here is a thin adapter over the safe-ish internals.

use crate::exceptions as exc;
use crate::func::Args;
use crate::object::*;
use crate::{bytes, dict, float, int, list, ops, set, str as pstr, tuple};
use std::ffi::{c_char, CStr};
use std::sync::atomic::Ordering::Relaxed;

#[inline]
fn st(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

#[inline]
fn stb(r: PyResult<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

/// Flag-convention f64 result: the value, or 0.0 with the exception set.
#[inline]
fn stf(r: PyResult<f64>) -> f64 {
    r.unwrap_or(0.0)
}

fn make_immortal(w: W) -> W {
    if w & 1 == 0 && w != 0 {
        unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, Relaxed) };
    }
    w
}

unsafe fn bytes_of<'a>(p: *const u8, len: i64) -> &'a [u8] {
    if len <= 0 || p.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(p, len as usize) } }
}

unsafe fn words<'a>(p: *const W, n: i64) -> &'a [W] {
    if n <= 0 || p.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(p, n as usize) } }
}

unsafe fn text<'a>(p: *const u8, len: i64) -> &'a str {
    let b = unsafe { bytes_of(p, len) };
    std::str::from_utf8(b).unwrap_or("")
}

// ---- reference counting and constants

#[unsafe(no_mangle)]
pub extern "C" fn rt_incref(w: W) {
    incref(w)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_decref(w: W) {
    decref(w)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_none() -> W {
    none()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_bool_box(b: i32) -> W {
    bool_w(b != 0)
}

/// # Safety
/// `slot` must be a valid word slot; `p` must point to `len` bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_str_const(slot: *mut W, p: *const u8, len: i64) -> W {
    unsafe {
        if !slot.is_null() && *slot != 0 {
            return *slot;
        }
        let b = bytes_of(p, len);
        // The frontend writes lone surrogates ('\ud800') as their 3-byte sequences.
        let w = match std::str::from_utf8(b) {
            Ok(s) => make_immortal(pstr::new(s).into_w()),
            Err(_) => match crate::surrogates::from_generalized_utf8(b) {
                Some(Ok(s)) => make_immortal(pstr::from_string(s).into_w()),
                Some(Err(_)) => return 0,
                None => {
                    let _ = exc::not_implemented("str constants that are not UTF-8");
                    return 0;
                }
            },
        };
        if !slot.is_null() {
            *slot = w;
        }
        w
    }
}

/// # Safety
/// As `rt_str_const`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_bytes_const(slot: *mut W, p: *const u8, len: i64) -> W {
    unsafe {
        if !slot.is_null() && *slot != 0 {
            return *slot;
        }
        let w = make_immortal(bytes::new(bytes_of(p, len)).into_w());
        if !slot.is_null() {
            *slot = w;
        }
        w
    }
}

/// # Safety
/// As `rt_str_const`; the bytes are ASCII decimal digits with an optional '-'.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_int_const(slot: *mut W, p: *const u8, len: i64) -> W {
    unsafe {
        if !slot.is_null() && *slot != 0 {
            return *slot;
        }
        let s = text(p, len);
        let Ok(v) = s.parse::<num_bigint::BigInt>() else {
            let _ = exc::value_error(format!("invalid int constant {s:?}"));
            return 0;
        };
        let w = make_immortal(int::from_big(v).into_w());
        if !slot.is_null() {
            *slot = w;
        }
        w
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_float_box(f: f64) -> W {
    float::new(f).into_w()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_float_unbox(w: W) -> f64 {
    match float::as_f64(w) {
        Some(r) => stf(r),
        None => {
            let _ = exc::type_error(format!("must be real number, not {}", type_name(w)));
            0.0
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_truthy(w: W) -> i32 {
    stb(ops::truthy(w))
}

// ---- int slow paths

#[unsafe(no_mangle)]
pub extern "C" fn rt_int_add(a: W, b: W) -> W {
    int::add(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_sub(a: W, b: W) -> W {
    int::sub(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_mul(a: W, b: W) -> W {
    int::mul(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_floordiv(a: W, b: W) -> W {
    ret(int::floordiv(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_mod(a: W, b: W) -> W {
    ret(int::modulo(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_pow(a: W, b: W) -> W {
    ret(int::pow(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_lshift(a: W, b: W) -> W {
    ret(int::lshift(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_rshift(a: W, b: W) -> W {
    ret(int::rshift(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_and(a: W, b: W) -> W {
    int::and(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_or(a: W, b: W) -> W {
    int::or(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_xor(a: W, b: W) -> W {
    int::xor(a, b).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_neg(a: W) -> W {
    int::neg(a).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_invert(a: W) -> W {
    int::invert(a).into_w()
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_truediv(a: W, b: W) -> f64 {
    stf(int::truediv(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_cmp(a: W, b: W) -> i32 {
    int::cmp(a, b) as i32
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_int_to_float(a: W) -> f64 {
    stf(int::to_f64(a))
}

// ---- float slow paths

#[unsafe(no_mangle)]
pub extern "C" fn rt_float_div(a: f64, b: f64) -> f64 {
    stf(float::div(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_float_floordiv(a: f64, b: f64) -> f64 {
    stf(float::floordiv(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_float_mod(a: f64, b: f64) -> f64 {
    stf(float::modulo(a, b))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_float_pow(a: f64, b: f64) -> f64 {
    stf(float::pow(a, b))
}

// ---- generic operations

fn check_op(op: i32, max: i32) -> PyResult<()> {
    if op < 0 || op > max {
        return Err(exc::raise_new(&exc::SYSTEM_ERROR, format!("bad operator code {op}")));
    }
    Ok(())
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_binop(op: i32, a: W, b: W) -> W {
    ret(check_op(op, 12).and_then(|_| ops::binop(op, a, b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_inplace_binop(op: i32, a: W, b: W) -> W {
    ret(check_op(op, 12).and_then(|_| ops::inplace_binop(op, a, b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_unaryop(op: i32, a: W) -> W {
    ret(check_op(op, 3).and_then(|_| ops::unaryop(op, a)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_compare(op: i32, a: W, b: W) -> W {
    ret(check_op(op, 5).and_then(|_| ops::compare(op, a, b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_compare_bool(op: i32, a: W, b: W) -> i32 {
    stb(check_op(op, 5).and_then(|_| ops::compare_bool(op, a, b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_contains(container: W, item: W) -> i32 {
    stb(ops::contains(container, item))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_getitem(a: W, k: W) -> W {
    ret(ops::getitem(a, k))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_setitem(a: W, k: W, v: W) -> i32 {
    st(ops::setitem(a, k, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_delitem(a: W, k: W) -> i32 {
    st(ops::delitem(a, k))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_slice_new(start: W, stop: W, step: W) -> W {
    crate::slice::new(start, stop, step).into_w()
}

fn name_check(name: W) -> PyResult<()> {
    if pstr::is_str(name) {
        Ok(())
    } else {
        Err(exc::type_error(format!("attribute name must be string, not '{}'", type_name(name))))
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_getattr(o: W, name: W) -> W {
    ret(name_check(name).and_then(|_| ops::getattr(o, name)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_setattr(o: W, name: W, v: W) -> i32 {
    st(name_check(name).and_then(|_| ops::setattr(o, name, v)))
}

/// Builds the argument view of a vectorcall.
unsafe fn vector_args<'a>(args: *const W, nargs: i64, kwnames: W) -> Args<'a> {
    let nkw = if kwnames != 0 && tuple::is_tuple(kwnames) { tuple::items(kwnames).len() } else { 0 };
    let all = unsafe { words(args, nargs.max(0) + nkw as i64) };
    let np = nargs.max(0) as usize;
    Args { pos: &all[..np], kwnames: if nkw > 0 { tuple::items(kwnames) } else { &[] }, kwvals: &all[np..], kwtuple: if nkw > 0 { kwnames } else { 0 } }
}

/// # Safety
/// `args` must hold `nargs` words plus one per name in `kwnames`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_call(c: W, args: *const W, nargs: i64, kwnames: W) -> W {
    let a = unsafe { vector_args(args, nargs, kwnames) };
    ret(crate::func::call(c, &a))
}

/// `callable(*args, **kwargs)`: args a tuple (or any iterable), kwargs a dict or 0.
#[unsafe(no_mangle)]
pub extern "C" fn rt_call_ex(c: W, args: W, kwargs: W) -> W {
    ret((|| {
        let pos: Vec<Ref> = if args == 0 || is_none(args) {
            Vec::new()
        } else if tuple::is_tuple(args) || list::is_list(args) {
            ops::collect(args)?
        } else {
            match ops::collect(args) {
                Ok(v) => v,
                Err(e) => {
                    if crate::iter::iter_of(args).is_none() && !type_of(args).heap {
                        exc::clear();
                        let what = crate::func::name_of(c).map(|n| pstr::s(n.w()).to_string()).unwrap_or_else(|| type_name(c).to_string());
                        return Err(exc::type_error(format!("{what}() argument after * must be an iterable, not {}", type_name(args))));
                    }
                    return Err(e);
                }
            }
        };
        let mut words: Vec<W> = pos.iter().map(|r| r.w()).collect();
        let mut names: Vec<W> = Vec::new();
        let mut hold: Vec<Ref> = Vec::new();
        if kwargs != 0 && !is_none(kwargs) {
            if !dict::is_dict(kwargs) {
                let what = crate::func::name_of(c).map(|n| pstr::s(n.w()).to_string()).unwrap_or_else(|| type_name(c).to_string());
                return Err(exc::type_error(format!("{what}() argument after ** must be a mapping, not {}", type_name(kwargs))));
            }
            for e in dict::table(kwargs).iter() {
                if !pstr::is_str(e.key) {
                    return Err(exc::type_error("keywords must be strings"));
                }
                names.push(e.key);
                hold.push(Ref::borrow(e.value));
            }
            words.extend(hold.iter().map(|r| r.w()));
        }
        let np = pos.len();
        let kwt = if names.is_empty() { None } else { Some(tuple::new(&names)) };
        let a = Args { pos: &words[..np], kwnames: &names, kwvals: &words[np..], kwtuple: kwt.as_ref().map_or(0, |t| t.w()) };
        crate::func::call(c, &a)
    })())
}

/// # Safety
/// As `rt_call`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_call_method(o: W, name: W, args: *const W, nargs: i64, kwnames: W) -> W {
    if let Err(e) = name_check(name) {
        let _ = e;
        return 0;
    }
    let a = unsafe { vector_args(args, nargs, kwnames) };
    ret(ops::call_method(o, pstr::s(name), &a))
}

/// # Safety
/// `slot` must be a valid word slot; `p` must point to `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_builtin(slot: *mut W, p: *const u8, len: i64) -> W {
    unsafe {
        if !slot.is_null() && *slot != 0 {
            incref(*slot);
            return *slot;
        }
        let name = text(p, len);
        match crate::builtins::lookup(name) {
            Some(r) => {
                let w = r.into_w();
                if !slot.is_null() {
                    *slot = w;
                    incref(w);
                }
                w
            }
            None => {
                let _ = exc::raise_name_error(name, crate::suggestions::for_name(name, &[], &[]));
                0
            }
        }
    }
}

/// # Safety
/// As `rt_load_builtin`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_import(slot: *mut W, p: *const u8, len: i64) -> W {
    unsafe {
        if !slot.is_null() && *slot != 0 {
            incref(*slot);
            return *slot;
        }
        let name = text(p, len);
        match crate::sys::import(name) {
            Some(w) => {
                if !slot.is_null() {
                    *slot = w;
                }
                w
            }
            None => {
                let _ = exc::raise_new(&exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"));
                0
            }
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_len(w: W) -> i64 {
    match ops::len(w) {
        Ok(n) => n as i64,
        Err(_) => -1,
    }
}

/// `len(a)` as an int object: a user `__len__` may return up to 2**63-1, more than a small int
/// holds.
#[unsafe(no_mangle)]
pub extern "C" fn rt_len_obj(w: W) -> W {
    ret(ops::len(w).map(|n| Ref::int(n as i64)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_iter(w: W) -> W {
    ret(ops::iter(w))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_iter_next(it: W) -> W {
    match ops::next(it) {
        Ok(Some(x)) => x.into_w(),
        Ok(None) => 0,
        Err(_) => 0,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_str(w: W) -> W {
    ret(ops::str_(w))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_repr(w: W) -> W {
    ret(ops::repr(w))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_ascii(w: W) -> W {
    ret(ops::ascii(w))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_format(w: W, spec: W) -> W {
    let spec = pstr::as_str(spec).unwrap_or("");
    if spec.is_empty() && pstr::is_str(w) && !type_of(w).heap {
        incref(w);
        return w;
    }
    ret(crate::format::format(w, spec).map(pstr::from_string))
}

/// # Safety
/// `p` must hold `n` str words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_str_concat_n(p: *const W, n: i64) -> W {
    let parts = unsafe { words(p, n) };
    let mut len = 0;
    let mut nchars = 0;
    let mut ascii = true;
    for &x in parts {
        if !pstr::is_str(x) {
            let _ = exc::type_error(format!("can only concatenate str (not \"{}\") to str", type_name(x)));
            return 0;
        }
        let o = pstr::sobj(x);
        len += o.s.len();
        nchars += o.nchars;
        ascii &= o.ascii;
    }
    let mut s = String::with_capacity(len);
    for &x in parts {
        s.push_str(pstr::s(x));
    }
    pstr::from_string_known(s, nchars, ascii).into_w()
}

// ---- containers

/// # Safety
/// `p` must hold `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_list_new(p: *const W, n: i64) -> W {
    list::new(unsafe { words(p, n) }).into_w()
}

/// # Safety
/// `p` must hold `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_tuple_new(p: *const W, n: i64) -> W {
    tuple::new(unsafe { words(p, n) }).into_w()
}

/// # Safety
/// `p` must hold `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_set_new(p: *const W, n: i64) -> W {
    let items = unsafe { words(p, n) };
    let s = set::new_empty(false);
    for &x in items {
        if set::add(s.w(), x).is_err() {
            return 0;
        }
    }
    s.into_w()
}

/// # Safety
/// `p` must hold `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_set_new_const(p: *const W, n: i64) -> W {
    let items = unsafe { words(p, n) };
    if items.len() < 3 {
        return unsafe { rt_set_new(p, n) };
    }
    ret(set::from_const_items(items))
}

/// `xs[i]` for a list `xs` and an int `i` (small or big): `rt_getitem` without its dispatch.
#[unsafe(no_mangle)]
pub extern "C" fn rt_list_getitem(xs: W, i: W) -> W {
    ret(ops::seq_index(xs, i, "list").and_then(|j| list::getitem_index(xs, j)))
}

/// `xs[i] = v` for a list `xs` and an int `i` (small or big).
#[unsafe(no_mangle)]
pub extern "C" fn rt_list_setitem(xs: W, i: W, v: W) -> i32 {
    st(ops::seq_index(xs, i, "list").and_then(|j| list::setitem_index(xs, j, v)))
}

/// The frozenset constant CPython's compiler makes of a set display of constants iterated by
/// a `for` (it iterates that frozenset itself).
///
/// # Safety
/// `p` must hold `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_frozenset_new_const(p: *const W, n: i64) -> W {
    let items = unsafe { words(p, n) };
    let s = set::new_empty(true);
    for &x in items {
        if set::add(s.w(), x).is_err() {
            return 0;
        }
    }
    s.into_w()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_new() -> W {
    dict::new().into_w()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_setitem(d: W, k: W, v: W) -> i32 {
    st(dict::setitem(d, k, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_update(d: W, m: W) -> i32 {
    if !dict::is_dict(m) && !ops::has_attr(m, "keys") {
        let _ = exc::type_error(format!("'{}' object is not a mapping", type_name(m)));
        return -1;
    }
    st(dict::update(d, m))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_append(l: W, x: W) -> i32 {
    if !list::is_list(l) {
        let _ = exc::type_error(format!("descriptor 'append' for 'list' objects doesn't apply to a '{}' object", type_name(l)));
        return -1;
    }
    list::append(l, x);
    0
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_extend(l: W, it: W) -> i32 {
    if !list::is_list(l) {
        let _ = exc::type_error(format!("descriptor 'extend' for 'list' objects doesn't apply to a '{}' object", type_name(l)));
        return -1;
    }
    // `[*x]` of a non-iterable reads "Value after * must be an iterable, not int"
    st(list::extend(l, it))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_set_add(s: W, x: W) -> i32 {
    if !set::is_set(s) {
        let _ = exc::type_error(format!("descriptor 'add' for 'set' objects doesn't apply to a '{}' object", type_name(s)));
        return -1;
    }
    st(set::add(s, x))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_to_tuple(l: W) -> W {
    if !list::is_list(l) {
        return ret(ops::collect(l).map(tuple::from_vec));
    }
    tuple::new(list::items(l)).into_w()
}

/// The iterator UNPACK_SEQUENCE / UNPACK_EX pull from: a TypeError from getting it becomes
/// "cannot unpack non-iterable X object" when the type has neither `__iter__` nor
/// `__getitem__` (CPython: no `tp_iter` and not a sequence).
fn unpack_iter(seq: W) -> PyResult<Ref> {
    match ops::iter(seq) {
        Ok(it) => Ok(it),
        Err(e) => {
            let protocol = !is_small(seq)
                && type_of(seq).heap
                && (crate::classes::special(seq, "__iter__").is_some() || crate::classes::special(seq, "__getitem__").is_some());
            if protocol || !exc::matches(exc::current(), exc::TYPE_ERROR.word()).unwrap_or(false) {
                return Err(e);
            }
            exc::clear();
            Err(exc::type_error(format!("cannot unpack non-iterable {} object", type_name(seq))))
        }
    }
}

/// The items of an exact list or tuple (UNPACK_SEQUENCE's fast path: no iteration).
fn unpack_fast(seq: W) -> Option<&'static [W]> {
    if is_small(seq) || type_of(seq).heap {
        return None;
    }
    match kind_of(seq) {
        Kind::List => Some(list::items(seq)),
        Kind::Tuple => Some(tuple::items(seq)),
        _ => None,
    }
}

/// `a, b, ... = seq` with `n` targets: pulls at most `n + 1` items, as CPython does, so an
/// iterator that is too long (even infinite) fails after one item too many.
fn unpack_exact(seq: W, n: usize) -> PyResult<Vec<Ref>> {
    if let Some(items) = unpack_fast(seq) {
        if items.len() < n {
            return Err(exc::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        if items.len() > n {
            return Err(exc::value_error(format!("too many values to unpack (expected {n})")));
        }
        return Ok(items.iter().map(|&x| Ref::borrow(x)).collect());
    }
    let it = unpack_iter(seq)?;
    let mut got = Vec::with_capacity(n);
    while got.len() < n {
        match ops::next(it.w())? {
            Some(x) => got.push(x),
            None => return Err(exc::value_error(format!("not enough values to unpack (expected {n}, got {})", got.len()))),
        }
    }
    if ops::next(it.w())?.is_some() {
        return Err(exc::value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(got)
}

/// `a, *b, c = seq` with `before` targets before the star and `after` after it: the items
/// before the star one by one, then the rest into a list, the last `after` of which are split
/// off (UNPACK_EX).
fn unpack_star_items(seq: W, before: usize, after: usize) -> PyResult<(Vec<Ref>, Vec<Ref>)> {
    let short = |got: usize| exc::value_error(format!("not enough values to unpack (expected at least {}, got {got})", before + after));
    let mut head = Vec::with_capacity(before);
    let mut rest = Vec::new();
    if let Some(items) = unpack_fast(seq) {
        if items.len() < before + after {
            return Err(short(items.len()));
        }
        head.extend(items[..before].iter().map(|&x| Ref::borrow(x)));
        rest.extend(items[before..].iter().map(|&x| Ref::borrow(x)));
        return Ok((head, rest));
    }
    let it = unpack_iter(seq)?;
    while head.len() < before {
        match ops::next(it.w())? {
            Some(x) => head.push(x),
            None => return Err(short(head.len())),
        }
    }
    while let Some(x) = ops::next(it.w())? {
        rest.push(x);
    }
    if rest.len() < after {
        return Err(short(before + rest.len()));
    }
    Ok((head, rest))
}

/// # Safety
/// `out` must have room for `n` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unpack(seq: W, n: i64, out: *mut W) -> i32 {
    let items = match unpack_exact(seq, n.max(0) as usize) {
        Ok(v) => v,
        Err(_) => return -1,
    };
    for (i, x) in items.into_iter().enumerate() {
        unsafe { *out.add(i) = x.into_w() };
    }
    0
}

/// # Safety
/// `out` must have room for `before + 1 + after` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unpack_star(seq: W, before: i64, after: i64, out: *mut W) -> i32 {
    let (b, a) = (before.max(0) as usize, after.max(0) as usize);
    let (head, mut mid) = match unpack_star_items(seq, b, a) {
        Ok(v) => v,
        Err(_) => return -1,
    };
    let tail = mid.split_off(mid.len() - a);
    let mut k = 0;
    for x in head {
        unsafe { *out.add(k) = x.into_w() };
        k += 1;
    }
    unsafe { *out.add(k) = list::from_vec(mid).into_w() };
    k += 1;
    for x in tail {
        unsafe { *out.add(k) = x.into_w() };
        k += 1;
    }
    0
}

// ---- exceptions and tracebacks

#[unsafe(no_mangle)]
pub extern "C" fn rt_raise(w: W) {
    let _ = exc::raise(w);
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_raise_from(w: W, cause: W) {
    let _ = exc::raise_from(w, cause);
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_err_occurred() -> i32 {
    exc::occurred() as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_err_fetch() -> W {
    exc::fetch()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_err_restore(w: W) {
    exc::restore(w)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_exc_matches(e: W, spec: W) -> i32 {
    let r = exc::matches(e, spec);
    if r.is_err() {
        // CPython matches inside the handler (after PUSH_EXC_INFO): the TypeError for an
        // invalid clause has the exception being matched as its context
        exc::set_context(exc::current(), e);
    }
    stb(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_exc_set_handled(e: W) -> W {
    exc::set_handled(e)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_exc_restore_handled(prev: W) {
    exc::restore_handled(prev)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_reraise() {
    let _ = exc::reraise();
}

unsafe fn cstr<'a>(p: *const c_char) -> &'a str {
    if p.is_null() { "" } else { unsafe { CStr::from_ptr(p) }.to_str().unwrap_or("?") }
}

/// The main module's global slots, in the order its body binds them (`rt_main_global`).
pub static MAIN_GLOBALS: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// # Safety
/// `slot` must be a global word slot that lives for the whole run.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_main_global(slot: *mut W) {
    MAIN_GLOBALS.lock().unwrap_or_else(|e| e.into_inner()).push(slot as usize);
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_traceback_keep(w: W) {
    exc::traceback_keep(w)
}

/// # Safety
/// `code` must point to the function name and then the file name, each NUL-terminated UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_traceback_add(code: *const c_char, pos: i64) {
    let func = unsafe { cstr(code) };
    let file = unsafe { cstr(code.add(CStr::from_ptr(code).count_bytes() + 1)) };
    let (line, cols) = exc::TbCols::unpack(pos);
    exc::traceback_add(func, file, line, cols)
}

/// # Safety
/// `p` must point to `len` bytes of UTF-8, `cand` to `cand_len` bytes: the suggestion
/// candidates, the function's local names then the module's globals, each list newline
/// separated, the two lists separated by a NUL byte.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_raise_name_error(p: *const u8, len: i64, cand: *const u8, cand_len: i64) {
    let name = unsafe { text(p, len) };
    let cand = unsafe { text(cand, cand_len) };
    let (locals, globals) = cand.split_once('\0').unwrap_or((cand, ""));
    let split = |s: &'static str| -> Vec<&'static str> { s.split('\n').filter(|n| !n.is_empty()).collect() };
    exc::raise_name_error(name, crate::suggestions::for_name(name, &split(locals), &split(globals)));
}

/// # Safety
/// `p` must point to `len` bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_raise_unbound_local(p: *const u8, len: i64) {
    let name = unsafe { text(p, len) };
    let _ = exc::raise_new(&exc::UNBOUND_LOCAL_ERROR, format!("cannot access local variable '{name}' where it is not associated with a value"));
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_raise_assertion(msg: W) {
    if msg == 0 {
        let _ = exc::raise_args(&exc::ASSERTION_ERROR, &[]);
    } else {
        let _ = exc::raise_args(&exc::ASSERTION_ERROR, &[msg]);
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_recursion_enter() -> i32 {
    st(exc::recursion_enter())
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_recursion_leave() {
    exc::recursion_leave()
}

/// Compiled functions count their own frames inline and call this once their depth passes
/// the default limit: RecursionError when their frames plus the runtime's exceed the limit.
#[unsafe(no_mangle)]
pub extern "C" fn rt_recursion_check(compiled_depth: i64) -> i32 {
    let total = compiled_depth.saturating_add(exc::recursion_depth() as i64);
    if total > exc::recursion_limit() as i64 {
        let _ = exc::raise_new(&exc::RECURSION_ERROR, "maximum recursion depth exceeded");
        return -1;
    }
    0
}

// ---- appended entries

/// `class name(*bases): ns` — (name str, bases tuple or 0, namespace dict or 0).
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_new(name: W, bases: W, ns: W) -> W {
    let Some(n) = pstr::as_str(name) else {
        let _ = exc::type_error("class name must be a str");
        return 0;
    };
    ret(crate::classes::take_class_keywords(ns).and_then(|kw| crate::typing::build_class(n, bases, ns, &kw)))
}

/// Sets the field table of a known class (see `instances.rs`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_set_fields(cls: W, spec: W) {
    if !is_small(cls) && kind_of(cls) == Kind::Type && unsafe { obj::<TypeObject>(cls) }.heap {
        crate::instances::set_fields(unsafe { obj::<TypeObject>(cls) }, pstr::as_str(spec).unwrap_or(""));
    }
}

/// A new instance of a known class, its fields unbound (`__init__` is called by compiled code).
#[unsafe(no_mangle)]
pub extern "C" fn rt_instance_new(cls: W) -> W {
    if is_small(cls) || kind_of(cls) != Kind::Type || !unsafe { obj::<TypeObject>(cls) }.heap {
        let _ = exc::type_error("rt_instance_new expects a class");
        return 0;
    }
    crate::instances::new(unsafe { obj::<TypeObject>(cls) }).into_w()
}

/// `del obj.name`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_delattr(o: W, name: W) -> i32 {
    if name_check(name).is_err() {
        return -1;
    }
    let done = if type_of(o).heap && exc::is_exc(o) && matches!(pstr::s(name), "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__") {
        exc::del_dict_attr(o, name)
    } else if type_of(o).heap || kind_of(o) == Kind::Instance {
        crate::classes::instance_delattr(o, name)
    } else if exc::is_exc(o) {
        exc::del_dict_attr(o, name)
    } else if kind_of(o) == Kind::Type && unsafe { obj::<TypeObject>(o) }.heap {
        crate::classes::class_delattr(unsafe { obj::<TypeObject>(o) }, name)
    } else if kind_of(o) == Kind::Function {
        crate::func::function_delattr(o, name)
    } else {
        Ok(false)
    };
    match done {
        Ok(true) => 0,
        Ok(false) => {
            let _ = ops::no_attr(o, pstr::s(name));
            -1
        }
        Err(_) => -1,
    }
}

/// A function object for a compiled `def` (see `code.rs`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_function_new(info: *const crate::code::CodeInfo, code: Option<crate::func::CodeFn>, defaults: W, kwdefaults: W, closure: W) -> W {
    match (unsafe { info.as_ref() }, code) {
        (Some(info), Some(c)) => crate::func::new_compiled(info, c, defaults, kwdefaults, closure).into_w(),
        _ => {
            let _ = exc::raise_new(&exc::SYSTEM_ERROR, "rt_function_new: null code info or code pointer");
            0
        }
    }
}

/// # Safety
/// `slot` must be a valid word slot; `p` must point to `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_code_const(slot: *mut *const crate::code::CodeInfo, p: *const u8, len: i64) -> *const crate::code::CodeInfo {
    unsafe {
        if !(*slot).is_null() {
            return *slot;
        }
        match std::str::from_utf8(bytes_of(p, len)).ok().and_then(crate::code::CodeInfo::parse) {
            Some(info) => {
                let leaked: &'static crate::code::CodeInfo = Box::leak(Box::new(info));
                for w in [leaked.name.w(), leaked.qualname.w()].into_iter().chain(leaked.params.iter().map(|p| p.w())) {
                    make_immortal(w);
                }
                *slot = leaked;
                leaked
            }
            None => {
                let _ = exc::raise_new(&exc::SYSTEM_ERROR, "rt_code_const: malformed signature spec");
                std::ptr::null()
            }
        }
    }
}

/// # Safety
/// `args` must hold `nargs` words plus one per name in `kwnames`; `out` room for one word per
/// parameter of `f`, a compiled function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_bind_args(f: W, args: *const W, nargs: i64, kwnames: W, out: *mut W) -> i32 {
    let func = unsafe { obj::<crate::func::FunctionObj>(f) };
    let Some(info) = (unsafe { func.info.as_ref() }) else {
        let _ = exc::raise_new(&exc::SYSTEM_ERROR, "rt_bind_args: not a compiled function");
        return -1;
    };
    let a = unsafe { vector_args(args, nargs, kwnames) };
    let out = unsafe { std::slice::from_raw_parts_mut(out, info.params.len()) };
    match crate::code::bind(func, info, &a, out) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_function_closure(f: W) -> W {
    let c = unsafe { obj::<crate::func::FunctionObj>(f) }.closure;
    if c == 0 { none() } else { c }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_cell_new(v: W) -> W {
    crate::func::new_cell(v).into_w()
}

/// # Safety
/// `p` must point to `len` bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_raise_unbound_free(p: *const u8, len: i64) {
    let name = unsafe { text(p, len) };
    let _ = exc::raise_new(&exc::NAME_ERROR, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"));
}

/// A class-body read of the namespace: a new reference, or 0 (no exception) when unbound.
#[unsafe(no_mangle)]
pub extern "C" fn rt_ns_get(ns: W, name: W) -> W {
    match crate::dict::get_str(ns, pstr::s(name)) {
        Some(v) => {
            incref(v);
            v
        }
        None => 0,
    }
}

/// A class-body `del name`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_ns_delete(ns: W, name: W) -> i32 {
    if crate::dict::get_str(ns, pstr::s(name)).is_none() {
        let _ = exc::raise_name_error(pstr::s(name), crate::suggestions::for_name(pstr::s(name), &[], &[]));
        return -1;
    }
    match crate::dict::delitem(ns, name) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// A generator for a compiled generator function (see `generator.rs`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_gen_new(resume: Option<crate::generator::ResumeFn>, frame_words: i64, nparams: i64, info: *const crate::code::CodeInfo) -> W {
    match (resume, unsafe { info.as_ref() }) {
        (Some(r), Some(info)) => crate::generator::new(r, frame_words.max(0) as usize, nparams.max(0) as usize, info).into_w(),
        _ => {
            let _ = exc::raise_new(&exc::SYSTEM_ERROR, "rt_gen_new: null resume code or code info");
            0
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_gen_frame(g: W) -> *mut u64 {
    crate::generator::frame(g)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_yf_send(it: W, sent: W) -> W {
    match crate::generator::yf_step(it, sent) {
        Ok(Some(v)) => v.into_w(),
        Ok(None) | Err(_) => 0,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_yf_result() -> W {
    crate::generator::take_yf_result().into_w()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_module_new(name: W, file: W) -> W {
    crate::sys::new_program_module(pstr::s(name), pstr::s(file)).into_w()
}

/// # Safety
/// `slot` must be a global word slot that lives for the whole run.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_module_bind(m: W, name: W, slot: *mut W) -> i32 {
    let mo = unsafe { obj_mut::<crate::sys::ModuleObj>(m) };
    mo.slots.push((Ref::borrow(name), slot));
    0
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_import_from(m: W, name: W) -> W {
    match ops::getattr(m, name) {
        Ok(v) => v.into_w(),
        Err(_) => {
            exc::clear();
            let mo = unsafe { obj::<crate::sys::ModuleObj>(m) };
            let place = mo.file.clone().map(|f| format!(" ({f})")).unwrap_or_else(|| " (unknown location)".to_string());
            let _ = exc::raise_new(&exc::IMPORT_ERROR, format!("cannot import name '{}' from '{}'{place}", pstr::s(name), mo.name));
            0
        }
    }
}

// ---- with and match (see `with_match.rs`)

/// # Safety
/// `exit_out` must point to a writable word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_with_enter(mgr: W, exit_out: *mut W) -> W {
    let mut exit = 0;
    let r = ret(crate::with_match::with_enter(mgr, &mut exit));
    if r != 0 {
        unsafe { *exit_out = exit };
    }
    r
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_with_exit_exc(exit: W, e: W) -> i32 {
    stb(crate::with_match::with_exit_exc(exit, e))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_sequence(subject: W, n: i64, star: i32) -> i32 {
    stb(crate::with_match::match_sequence(subject, n.max(0) as usize, star != 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_mapping(subject: W, keys: W, rest: i32) -> W {
    ret(crate::with_match::match_mapping(subject, keys, rest != 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_match_class(subject: W, cls: W, nargs: i64, kwnames: W) -> W {
    ret(crate::with_match::match_class(subject, cls, nargs.max(0) as usize, kwnames))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_ellipsis() -> W {
    &ELLIPSIS as *const Singleton as W
}
