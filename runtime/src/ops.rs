//! Generic (dynamically typed) operations with CPython's dispatch and error messages:
//! repr/str, truth, hashing, equality and ordering, binary and unary operators,
//! subscripting, membership, len, iteration, attribute access and method calls.

use crate::exceptions::{index_error, overflow_error, type_error};
use crate::func::Args;
use crate::object::*;
use crate::{bytes, dict, float, int, list, range, set, str as pstr, tuple};
use std::cell::RefCell;
use std::cmp::Ordering;

pub const OP_SYMBOLS: [&str; 13] = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"];
pub const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

thread_local! {
    static REPR_STACK: RefCell<Vec<W>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `w` is already being repr'd (then returns `recursive`).
fn guarded(w: W, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let busy = REPR_STACK.with(|s| s.borrow().contains(&w));
    if busy {
        return Ok(recursive.to_string());
    }
    crate::exceptions::recursion_enter_where(" while getting the repr of an object")?;
    REPR_STACK.with(|s| s.borrow_mut().push(w));
    let r = f();
    REPR_STACK.with(|s| s.borrow_mut().pop());
    crate::exceptions::recursion_leave();
    r
}

/// Runs a nested comparison under the recursion limit.
fn cmp_guard<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    crate::exceptions::recursion_enter_where(" in comparison")?;
    let r = f();
    crate::exceptions::recursion_leave();
    r
}

/// Is `w` an instance of a user class deriving from a builtin container (`tuple`, `list`,
/// `dict`, `set`, `frozenset`, `str`, `float`) that defines special method `name` itself? Then the generic operations call it
/// instead of the container's own behaviour (the `*_builtin` functions).
#[inline]
fn overridden(w: W, name: &str) -> bool {
    !is_small(w) && type_of(w).heap && matches!(kind_of(w), Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float) && crate::classes::special(w, name).is_some()
}

fn seq_repr(items: &[W], open: &str, close: &str, one_comma: bool) -> PyResult<String> {
    let mut s = String::from(open);
    let refs: Vec<Ref> = items.iter().map(|&x| Ref::borrow(x)).collect();
    for (i, x) in refs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_string(x.w())?);
    }
    if one_comma && items.len() == 1 {
        s.push(',');
    }
    s.push_str(close);
    Ok(s)
}

pub fn repr_string(w: W) -> PyResult<String> {
    if is_small(w) {
        return Ok(small_val(w).to_string());
    }
    if w == 0 {
        return Ok("<NULL>".into());
    }
    if type_of(w).heap {
        return crate::classes::repr(w);
    }
    repr_builtin(w)
}

/// The repr of `w` as its builtin base type makes it (no user `__repr__`).
pub fn repr_builtin(w: W) -> PyResult<String> {
    if is_small(w) {
        return Ok(small_val(w).to_string());
    }
    match kind_of(w) {
        Kind::Int => int::to_string(w),
        Kind::Bool => Ok(if w == true_w() { "True" } else { "False" }.into()),
        Kind::None => Ok("None".into()),
        Kind::NotImplemented => Ok("NotImplemented".into()),
        Kind::Ellipsis => Ok("Ellipsis".into()),
        Kind::Float => Ok(float::repr(float::val(w))),
        Kind::Str => Ok(pstr::repr(w)),
        Kind::Bytes | Kind::ByteArray => Ok(bytes::repr(w)),
        Kind::List => guarded(w, "[...]", || seq_repr(list::items(w), "[", "]", false)),
        Kind::Tuple => guarded(w, "(...)", || seq_repr(tuple::items(w), "(", ")", true)),
        Kind::Dict => guarded(w, "{...}", || dict::repr(w)),
        Kind::Set | Kind::FrozenSet => guarded(w, &format!("{}(...)", type_name(w)), || set::repr(w)),
        Kind::Range => Ok(range::repr(w)),
        Kind::Slice => crate::slice::repr(w),
        Kind::Exception => crate::exceptions::exc_repr(w),
        Kind::Type => {
            let t = unsafe { obj::<TypeObject>(w) };
            Ok(if t.heap { crate::classes::class_repr(t) } else { format!("<class '{}'>", t.name) })
        }
        Kind::Instance | Kind::Object => Ok(crate::classes::default_repr(w)),
        Kind::Property | Kind::StaticMethod | Kind::ClassMethod | Kind::Super => Ok(format!("<{} object at {:#x}>", type_name(w), w)),
        Kind::Cell => Ok(format!("<cell at {:#x}>", w)),
        Kind::Generator => Ok(crate::generator::repr(w)),
        Kind::BuiltinFn | Kind::Function | Kind::BoundMethod | Kind::MethodDescr => Ok(crate::func::repr(w)),
        Kind::Module => Ok(crate::sys::module_repr(w)),
        Kind::DictView => guarded(w, "...", || dict::view_repr(w)),
        Kind::Stream => Ok(crate::sys::stream_repr(w)),
        Kind::Iter => Ok(format!("<{} object at {:#x}>", type_name(w), w)),
    }
}

pub fn str_string(w: W) -> PyResult<String> {
    if !is_small(w) {
        if type_of(w).heap {
            return crate::classes::str(w);
        }
        match kind_of(w) {
            Kind::Str => return Ok(pstr::s(w).to_string()),
            Kind::Exception => return crate::exceptions::exc_str(w),
            _ => {}
        }
    }
    repr_string(w)
}

pub fn repr(w: W) -> PyResult<Ref> {
    if pstr::is_str(w) && !type_of(w).heap {
        return Ok(pstr::from_string(pstr::repr(w)));
    }
    Ok(pstr::from_string(repr_string(w)?))
}

pub fn str_(w: W) -> PyResult<Ref> {
    if pstr::is_str(w) && !type_of(w).heap {
        return Ok(Ref::borrow(w));
    }
    if is_small(w) {
        return Ok(pstr::from_string(small_val(w).to_string()));
    }
    Ok(pstr::from_string(str_string(w)?))
}

pub fn ascii(w: W) -> PyResult<Ref> {
    let r = repr_string(w)?;
    if r.is_ascii() {
        return Ok(pstr::from_string(r));
    }
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(pstr::from_string(out))
}

pub fn truthy(w: W) -> PyResult<bool> {
    if is_small(w) {
        return Ok(w != mk_small(0));
    }
    if overridden(w, "__bool__") || overridden(w, "__len__") {
        return crate::classes::truthy(w);
    }
    truthy_builtin(w)
}

/// The truth of `w` as its builtin base type decides it.
pub fn truthy_builtin(w: W) -> PyResult<bool> {
    if is_small(w) {
        return Ok(w != mk_small(0));
    }
    Ok(match kind_of(w) {
        Kind::Bool => w == true_w(),
        Kind::None => false,
        Kind::Int => true,
        Kind::Float => float::val(w) != 0.0,
        Kind::Str => pstr::len(w) != 0,
        Kind::Bytes | Kind::ByteArray => !bytes::data(w).is_empty(),
        Kind::List => !list::items(w).is_empty(),
        Kind::Tuple => !tuple::items(w).is_empty(),
        Kind::Dict => dict::len(w) != 0,
        Kind::Set | Kind::FrozenSet => set::len(w) != 0,
        Kind::Range => range::robj(w).len != 0,
        Kind::DictView => dict::len(dict::vobj(w).dict) != 0,
        _ if type_of(w).heap => return crate::classes::truthy(w),
        _ => true,
    })
}

pub fn id_hash(w: W) -> i64 {
    let h = w.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

pub fn hash(w: W) -> PyResult<i64> {
    if is_small(w) {
        let v = small_val(w);
        if v >= 0 && (v as u64) < int::HASH_MODULUS {
            return Ok(v);
        }
        return Ok(int::hash(w));
    }
    if type_of(w).heap {
        return crate::classes::hash(w);
    }
    hash_builtin(w)
}

/// The hash of `w` as its builtin base type computes it.
pub fn hash_builtin(w: W) -> PyResult<i64> {
    if is_small(w) {
        return hash(w);
    }
    match kind_of(w) {
        Kind::Str => Ok(pstr::hash(w)),
        Kind::Int | Kind::Bool => Ok(int::hash(w)),
        Kind::Float => Ok(float::hash(float::val(w), w)),
        Kind::Tuple => tuple::hash(w),
        Kind::Bytes => Ok(bytes::hash(w)),
        Kind::FrozenSet => set::hash(w),
        Kind::Range => range::hash(w),
        Kind::List | Kind::Dict | Kind::Set | Kind::Slice | Kind::DictView | Kind::ByteArray => Err(type_error(format!("unhashable type: '{}'", type_name(w)))),
        _ => Ok(id_hash(w)),
    }
}

/// A number of a builtin numeric type (not an instance of a user subclass, whose dunders
/// the generic operations call first).
fn is_plain_num(w: W) -> bool {
    is_small(w) || (matches!(kind_of(w), Kind::Int | Kind::Bool | Kind::Float) && !type_of(w).heap)
}

fn is_num(w: W) -> bool {
    is_small(w) || matches!(kind_of(w), Kind::Int | Kind::Bool | Kind::Float)
}

/// Compares two numbers (None for NaN involvement).
fn num_cmp(a: W, b: W) -> PyResult<Option<Ordering>> {
    let af = float::is_float(a);
    let bf = float::is_float(b);
    Ok(match (af, bf) {
        (false, false) => Some(int::cmp(a, b)),
        (true, true) => float::val(a).partial_cmp(&float::val(b)),
        (false, true) => int::cmp_float(a, float::val(b)),
        (true, false) => int::cmp_float(b, float::val(a)).map(|o| o.reverse()),
    })
}

/// `a == b` as PyObject_RichCompareBool (identity implies equality).
pub fn eq(a: W, b: W) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if is_small(a) && is_small(b) {
        return Ok(false);
    }
    eq_noid(a, b)
}

/// `a == b` without the identity shortcut (NaN != NaN).
fn eq_noid(a: W, b: W) -> PyResult<bool> {
    if is_plain_num(a) && is_plain_num(b) {
        return Ok(num_cmp(a, b)? == Some(Ordering::Equal));
    }
    if type_of(a).heap || type_of(b).heap {
        let r = crate::classes::richcompare(2, a, b)?;
        return truthy(r.w());
    }
    eq_builtin(a, b)
}

/// `a == b` as the builtin types compare (the operands' classes' overrides aside).
fn eq_builtin(a: W, b: W) -> PyResult<bool> {
    if is_num(a) && is_num(b) {
        return Ok(num_cmp(a, b)? == Some(Ordering::Equal));
    }
    if is_small(a) || is_small(b) {
        return Ok(false);
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    Ok(match (ka, kb) {
        (Kind::Str, Kind::Str) => {
            let (x, y) = (pstr::sobj(a), pstr::sobj(b));
            x.s.len() == y.s.len() && x.s == y.s
        }
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => bytes::data(a) == bytes::data(b),
        (Kind::List, Kind::List) => cmp_guard(|| {
            let (x, y) = (snapshot(a), snapshot(b));
            seq_eq(&words(&x), &words(&y))
        })?,
        (Kind::Tuple, Kind::Tuple) => cmp_guard(|| seq_eq(tuple::items(a), tuple::items(b)))?,
        (Kind::Dict, Kind::Dict) => cmp_guard(|| dict::eq(a, b))?,
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => set::eq(a, b)?,
        (Kind::Range, Kind::Range) => range::eq(a, b),
        (Kind::DictView, Kind::DictView) | (Kind::DictView, Kind::Set | Kind::FrozenSet) | (Kind::Set | Kind::FrozenSet, Kind::DictView) => {
            // dictview_richcompare: a keys or items view against a set or another one
            let set_like = |w: W| set::is_set(w) || set_like_view(w);
            if !(set_like(a) && set_like(b)) {
                a == b
            } else if set_like_view(a) {
                dict::view_richcompare(2, a, b)?
            } else {
                dict::view_richcompare(2, b, a)?
            }
        }
        (Kind::Slice, Kind::Slice) => {
            let (x, y) = (crate::slice::sobj(a), crate::slice::sobj(b));
            eq(x.start, y.start)? && eq(x.stop, y.stop)? && eq(x.step, y.step)?
        }
        (Kind::BoundMethod, Kind::BoundMethod) => {
            let x = unsafe { obj::<crate::func::BoundMethodObj>(a) };
            let y = unsafe { obj::<crate::func::BoundMethodObj>(b) };
            x.self_ == y.self_ && x.func == y.func && eq(x.name, y.name)?
        }
        // object.__eq__: identity
        _ => a == b,
    })
}

/// A keys or items view (the set-like dict views).
fn set_like_view(w: W) -> bool {
    dict::is_set_view(w)
}

/// The items of a list, each kept alive while user code may run.
fn snapshot(l: W) -> Vec<Ref> {
    list::items(l).iter().map(|&x| Ref::borrow(x)).collect()
}

fn words(v: &[Ref]) -> Vec<W> {
    v.iter().map(|r| r.w()).collect()
}

fn seq_eq(x: &[W], y: &[W]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for i in 0..x.len() {
        if !eq(x[i], y[i])? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn cmp_err(op: i32, a: W, b: W) -> Raised {
    type_error(format!("'{}' not supported between instances of '{}' and '{}'", CMP_SYMBOLS[op as usize], type_name(a), type_name(b)))
}

fn ord_result(op: i32, o: Option<Ordering>) -> bool {
    match o {
        None => op == 3,
        Some(o) => match op {
            0 => o == Ordering::Less,
            1 => o != Ordering::Greater,
            2 => o == Ordering::Equal,
            3 => o != Ordering::Equal,
            4 => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Lexicographic sequence comparison (CPython: first unequal pair decides).
fn seq_cmp(op: i32, x: &[W], y: &[W]) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !eq(x[i], y[i])? {
            if op == 2 {
                return Ok(false);
            }
            if op == 3 {
                return Ok(true);
            }
            return compare_bool(op, x[i], y[i]);
        }
    }
    Ok(ord_result(op, Some(x.len().cmp(&y.len()))))
}

/// `a <op> b` as a bool (cmpop codes: LT LE EQ NE GT GE).
pub fn compare_bool(op: i32, a: W, b: W) -> PyResult<bool> {
    if is_small(a) && is_small(b) {
        return Ok(ord_result(op, Some(small_val(a).cmp(&small_val(b)))));
    }
    if is_plain_num(a) && is_plain_num(b) {
        return Ok(ord_result(op, num_cmp(a, b)?));
    }
    if type_of(a).heap || type_of(b).heap {
        let r = crate::classes::richcompare(op, a, b)?;
        return truthy(r.w());
    }
    compare_builtin(op, a, b)
}

/// `a <op> b` as the builtin types compare (the operands' classes' overrides aside; used
/// for the comparisons a subclass of a builtin type inherits).
pub fn compare_builtin(op: i32, a: W, b: W) -> PyResult<bool> {
    if is_num(a) && is_num(b) {
        return Ok(ord_result(op, num_cmp(a, b)?));
    }
    if op == 2 {
        return eq_builtin(a, b);
    }
    if op == 3 {
        return Ok(!eq_builtin(a, b)?);
    }
    if is_small(a) || is_small(b) {
        return Err(cmp_err(op, a, b));
    }
    match (kind_of(a), kind_of(b)) {
        (Kind::Str, Kind::Str) => Ok(ord_result(op, Some(pstr::cmp(a, b)))),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => Ok(ord_result(op, Some(bytes::data(a).cmp(bytes::data(b))))),
        (Kind::List, Kind::List) => cmp_guard(|| {
            let (x, y) = (snapshot(a), snapshot(b));
            seq_cmp(op, &words(&x), &words(&y))
        }),
        (Kind::Tuple, Kind::Tuple) => cmp_guard(|| seq_cmp(op, tuple::items(a), tuple::items(b))),
        (Kind::Set | Kind::FrozenSet | Kind::DictView, Kind::Set | Kind::FrozenSet | Kind::DictView)
            if (set::is_set(a) || set_like_view(a)) && (set::is_set(b) || set_like_view(b)) =>
        {
            if set_like_view(a) {
                return dict::view_richcompare(op, a, b);
            }
            if set_like_view(b) {
                // the reflected comparison of the view
                let swapped = match op {
                    0 => 4,
                    1 => 5,
                    4 => 0,
                    5 => 1,
                    o => o,
                };
                return dict::view_richcompare(swapped, b, a);
            }
            let (la, lb) = (set::len(a), set::len(b));
            Ok(match op {
                0 => la < lb && set::issubset(a, b)?,
                1 => set::issubset(a, b)?,
                4 => la > lb && set::issubset(b, a)?,
                _ => set::issubset(b, a)?,
            })
        }
        _ => Err(cmp_err(op, a, b)),
    }
}

pub fn lt(a: W, b: W) -> PyResult<bool> {
    compare_bool(0, a, b)
}

pub fn compare(op: i32, a: W, b: W) -> PyResult<Ref> {
    if type_of(a).heap || type_of(b).heap {
        return crate::classes::richcompare(op, a, b);
    }
    Ok(Ref::bool(compare_bool(op, a, b)?))
}

fn binop_err(op: i32, a: W, b: W, inplace: bool) -> Raised {
    let sym = if op == 6 && !inplace { "** or pow()" } else { OP_SYMBOLS[op as usize] };
    let eqs = if inplace { "=" } else { "" };
    type_error(format!("unsupported operand type(s) for {sym}{eqs}: '{}' and '{}'", type_name(a), type_name(b)))
}

/// The count of a sequence repetition: any int that fits an index-sized integer (either
/// sign: `"a" * -2**100` is an OverflowError too, as CPython's `PyNumber_AsSsize_t`).
fn seq_repeat_count(n: W) -> PyResult<i64> {
    int::to_i64(n).ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// `a <op> b` for the numeric types; None when an operand is not a number.
pub fn num_binop(op: i32, a: W, b: W) -> Option<PyResult<Ref>> {
    if !is_num(a) || !is_num(b) {
        return None;
    }
    let fa = float::is_float(a);
    let fb = float::is_float(b);
    if !fa && !fb {
        let ab = !is_small(a) && !is_small(b) && kind_of(a) == Kind::Bool && kind_of(b) == Kind::Bool;
        return Some(match op {
            0 => Ok(int::add(a, b)),
            1 => Ok(int::sub(a, b)),
            2 => Ok(int::mul(a, b)),
            3 => int::truediv(a, b).map(float::new),
            4 => int::floordiv(a, b),
            5 => int::modulo(a, b),
            6 => int::pow(a, b),
            7 => int::lshift(a, b),
            8 => int::rshift(a, b),
            9 => Ok(if ab { Ref::bool(a == true_w() || b == true_w()) } else { int::or(a, b) }),
            10 => Ok(if ab { Ref::bool(a != b) } else { int::xor(a, b) }),
            11 => Ok(if ab { Ref::bool(a == true_w() && b == true_w()) } else { int::and(a, b) }),
            _ => Err(binop_err(op, a, b, false)),
        });
    }
    let x = match float::as_f64(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match float::as_f64(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    let r = match op {
        0 => Ok(x + y),
        1 => Ok(x - y),
        2 => Ok(x * y),
        3 => float::div(x, y),
        4 => float::floordiv(x, y),
        5 => float::modulo(x, y),
        6 => float::pow(x, y),
        _ => return Some(Err(binop_err(op, a, b, false))),
    };
    Some(r.map(float::new))
}

pub fn binop(op: i32, a: W, b: W) -> PyResult<Ref> {
    if is_plain_num(a)
        && is_plain_num(b)
        && let Some(r) = num_binop(op, a, b)
    {
        return r;
    }
    if (type_of(a).heap || type_of(b).heap)
        && let Some(r) = crate::classes::binop(op, a, b)
    {
        return r;
    }
    binop_builtin(op, a, b)
}

/// `a <op> b` as the builtin types compute it (the operands' classes' overrides aside).
pub fn binop_builtin(op: i32, a: W, b: W) -> PyResult<Ref> {
    if let Some(r) = num_binop(op, a, b) {
        return r;
    }
    // str concatenation and repetition make plain strs of a subclass's instances
    let sub_str = |w: W| pstr::is_str(w) && type_of(w).heap;
    if matches!(op, 0 | 2) && (sub_str(a) || sub_str(b)) {
        let plain = |w: W| if sub_str(w) { pstr::exact(w) } else { Ref::borrow(w) };
        let (x, y) = (plain(a), plain(b));
        return binop_builtin(op, x.w(), y.w());
    }
    let ka = kind_of(a);
    let kb = kind_of(b);
    match (op, ka, kb) {
        (0, Kind::Str, Kind::Str) => return Ok(pstr::concat(a, b)),
        (0, Kind::Str, _) => return Err(pstr::concat_err(b)),
        (0, Kind::List, Kind::List) => return Ok(list::concat(a, b)),
        (0, Kind::List, _) => return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(b)))),
        (0, Kind::Tuple, Kind::Tuple) => return Ok(tuple::concat(a, b)),
        (0, Kind::Tuple, _) => return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b)))),
        (0, Kind::Bytes | Kind::ByteArray, _) => return bytes::concat(a, b),
        (2, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray, _) | (2, _, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) => {
            let (seq, n) = if matches!(ka, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) { (a, b) } else { (b, a) };
            if !int::is_int(n) {
                if matches!(kind_of(n), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) && !matches!(ka, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) {
                    return Err(binop_err(op, a, b, false));
                }
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
            }
            let count = seq_repeat_count(n)?;
            return match kind_of(seq) {
                Kind::Str => pstr::repeat(seq, count),
                Kind::List => list::repeat(seq, count),
                Kind::Tuple => tuple::repeat(seq, count),
                _ => bytes::repeat(seq, count),
            };
        }
        (5, Kind::Str, _) => return crate::format::percent_format(a, b),
        (5, Kind::Bytes | Kind::ByteArray, _) => return crate::format::bytes_percent_format(a, b),
        (9, Kind::Dict, Kind::Dict) => {
            let d = dict::copy(a)?;
            dict::update(d.w(), b)?;
            return Ok(d);
        }
        (1 | 9 | 10 | 11, Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => return set::binop(op, a, b),
        // keys/items views, with any iterable on either side (dictviews_or etc.)
        (1 | 9 | 10 | 11, _, _) if set_like_view(a) || set_like_view(b) => return dict::view_binop(op, a, b),
        _ => {}
    }
    Err(binop_err(op, a, b, false))
}

pub fn inplace_binop(op: i32, a: W, b: W) -> PyResult<Ref> {
    if type_of(a).heap
        && let Some(r) = crate::classes::inplace(op, a, b)
    {
        return r;
    }
    inplace_builtin(op, a, b)
}

/// `a <op>= b` as the builtin types compute it (the operands' classes' overrides aside).
pub fn inplace_builtin(op: i32, a: W, b: W) -> PyResult<Ref> {
    if !is_small(a) {
        match (op, kind_of(a)) {
            (0, Kind::List) => {
                list::extend(a, b)?;
                return Ok(Ref::borrow(a));
            }
            (0, Kind::ByteArray) => return bytes::iconcat(a, b),
            (2, Kind::ByteArray) if int::is_int(b) => return bytes::irepeat(a, seq_repeat_count(b)?),
            (2, Kind::List) => {
                if !int::is_int(b) {
                    return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b))));
                }
                list::inplace_repeat(a, seq_repeat_count(b)?)?;
                return Ok(Ref::borrow(a));
            }
            (9, Kind::Dict) => {
                dict::update(a, b)?;
                return Ok(Ref::borrow(a));
            }
            (1 | 9 | 10 | 11, Kind::Set) if set::is_set(b) => {
                set::inplace_binop(op, a, b)?;
                return Ok(Ref::borrow(a));
            }
            _ => {}
        }
    }
    match binop(op, a, b) {
        Ok(r) => Ok(r),
        Err(e) => {
            // reword "unsupported operand" errors for the augmented form
            let cur = crate::exceptions::current();
            if cur != 0 && type_of(cur).is_subtype(&crate::exceptions::TYPE_ERROR) {
                let msg = crate::exceptions::exc_str(cur).unwrap_or_default();
                if msg.starts_with("unsupported operand type(s) for ") {
                    crate::exceptions::clear();
                    return Err(binop_err(op, a, b, true));
                }
            }
            Err(e)
        }
    }
}

pub fn unaryop(op: i32, a: W) -> PyResult<Ref> {
    if op == 3 {
        return Ok(Ref::bool(!truthy(a)?));
    }
    if is_small(a) || matches!(kind_of(a), Kind::Int | Kind::Bool) {
        return Ok(match op {
            0 => int::neg(a),
            1 => int::from_big(int::to_big(a)),
            _ => int::invert(a),
        });
    }
    if type_of(a).heap
        && let Some(r) = crate::classes::unary(op, a)
    {
        return r;
    }
    if float::is_float(a) && op != 2 {
        let v = float::val(a);
        return Ok(if op == 0 || type_of(a).heap { float::new(if op == 0 { -v } else { v }) } else { Ref::borrow(a) });
    }
    let sym = ["-", "+", "~"][op as usize];
    Err(type_error(format!("bad operand type for unary {sym}: '{}'", type_name(a))))
}

/// `operator.index(w)`: an int, or the result of a user class's `__index__`; None when `w`
/// has neither.
pub fn index_value(w: W) -> Option<PyResult<Ref>> {
    if int::is_int(w) {
        return Some(Ok(Ref::borrow(w)));
    }
    crate::classes::convert(w, "__index__", &INT_TYPE)
}

/// An int argument used as an index or count (TypeError for other types).
pub fn index_arg(w: W) -> PyResult<i64> {
    if is_small(w) {
        return Ok(small_val(w));
    }
    match index_value(w) {
        Some(v) => {
            let v = v?;
            int::to_i64(v.w()).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(w)))),
    }
}

pub(crate) fn seq_index(w: W, k: W, what: &str) -> PyResult<i64> {
    if is_small(k) {
        return Ok(small_val(k));
    }
    if let Some(v) = index_value(k) {
        let v = v?;
        return int::to_i64(v.w()).ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", type_name(k))));
    }
    let _ = w;
    if what == "string" {
        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(k))));
    }
    Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(k))))
}

pub fn getitem(a: W, k: W) -> PyResult<Ref> {
    if overridden(a, "__getitem__")
        && let Some(r) = crate::classes::call_special(a, "__getitem__", &[k])
    {
        return r;
    }
    getitem_builtin(a, k)
}

/// `a[k]` as `a`'s builtin base type does it (a dict subclass's `__missing__` included, as
/// `dict.__getitem__` calls it).
pub fn getitem_builtin(a: W, k: W) -> PyResult<Ref> {
    if is_small(a) {
        return Err(type_error("'int' object is not subscriptable"));
    }
    match kind_of(a) {
        Kind::List => {
            if crate::slice::is_slice(k) {
                let (s, e, st) = crate::slice::indices(k, list::items(a).len())?;
                return Ok(list::getslice(a, s, e, st));
            }
            list::getitem_index(a, seq_index(a, k, "list")?)
        }
        Kind::Tuple => {
            if crate::slice::is_slice(k) {
                let (s, e, st) = crate::slice::indices(k, tuple::items(a).len())?;
                return Ok(tuple::getslice(a, s, e, st));
            }
            tuple::getitem_index(a, seq_index(a, k, "tuple")?)
        }
        Kind::Str => {
            if crate::slice::is_slice(k) {
                let (s, e, st) = crate::slice::indices(k, pstr::len(a))?;
                return Ok(pstr::getslice(pstr::exact(a).w(), s, e, st));
            }
            pstr::getitem_index(a, seq_index(a, k, "string")?)
        }
        Kind::Dict if type_of(a).heap => match dict::get(a, k)? {
            Some(v) => Ok(Ref::borrow(v)),
            None => match crate::classes::call_special(a, "__missing__", &[k]) {
                Some(r) => r,
                None => dict::getitem(a, k),
            },
        },
        Kind::Dict => dict::getitem(a, k),
        Kind::Range => range::subscript(a, k),
        Kind::Bytes | Kind::ByteArray => {
            if crate::slice::is_slice(k) {
                let (s, e, st) = crate::slice::indices(k, bytes::data(a).len())?;
                return Ok(bytes::getslice(a, s, e, st));
            }
            bytes::getitem_index(a, seq_index(a, k, if kind_of(a) == Kind::Bytes { "byte" } else { "bytearray" })?)
        }
        // `__class_getitem__` (implicitly a class method), e.g. `typing.Generic[T]`
        Kind::Type if let Some(f) = crate::classes::special_of_class(a, "__class_getitem__") => crate::func::call(f, &Args::pos(&[a, k])),
        // `list[int]` in annotations: generic aliases are represented by the class itself
        Kind::Type => Ok(Ref::borrow(a)),
        _ => match crate::classes::call_special(a, "__getitem__", &[k]) {
            Some(r) => r,
            None => Err(type_error(format!("'{}' object is not subscriptable", type_name(a)))),
        },
    }
}

pub fn setitem(a: W, k: W, v: W) -> PyResult<()> {
    if overridden(a, "__setitem__")
        && let Some(r) = crate::classes::call_special(a, "__setitem__", &[k, v])
    {
        return r.map(|_| ());
    }
    setitem_builtin(a, k, v)
}

/// `a[k] = v` as `a`'s builtin base type does it.
pub fn setitem_builtin(a: W, k: W, v: W) -> PyResult<()> {
    if !is_small(a) {
        match kind_of(a) {
            Kind::List => {
                if crate::slice::is_slice(k) {
                    return list::setslice(a, k, v);
                }
                return list::setitem_index(a, seq_index(a, k, "list")?, v);
            }
            Kind::Dict => return dict::setitem(a, k, v),
            Kind::ByteArray => return bytes::setitem(a, k, v),
            _ => {
                if let Some(r) = crate::classes::call_special(a, "__setitem__", &[k, v]) {
                    return r.map(|_| ());
                }
            }
        }
    }
    Err(type_error(format!("'{}' object does not support item assignment", type_name(a))))
}

pub fn delitem(a: W, k: W) -> PyResult<()> {
    if overridden(a, "__delitem__")
        && let Some(r) = crate::classes::call_special(a, "__delitem__", &[k])
    {
        return r.map(|_| ());
    }
    delitem_builtin(a, k)
}

/// `del a[k]` as `a`'s builtin base type does it.
pub fn delitem_builtin(a: W, k: W) -> PyResult<()> {
    if !is_small(a) {
        match kind_of(a) {
            Kind::List => {
                if crate::slice::is_slice(k) {
                    return list::delslice(a, k);
                }
                return list::delitem_index(a, seq_index(a, k, "list")?);
            }
            Kind::Dict => return dict::delitem(a, k),
            Kind::ByteArray => return bytes::delitem(a, k),
            _ => {
                if let Some(r) = crate::classes::call_special(a, "__delitem__", &[k]) {
                    return r.map(|_| ());
                }
            }
        }
    }
    Err(type_error(format!("'{}' object doesn't support item deletion", type_name(a))))
}

pub fn contains(c: W, x: W) -> PyResult<bool> {
    if overridden(c, "__contains__") {
        if crate::classes::special(c, "__contains__").is_some_and(is_none) {
            return Err(type_error(format!("'{}' object is not a container", type_name(c))));
        }
        if let Some(r) = crate::classes::call_special(c, "__contains__", &[x]) {
            return truthy(r?.w());
        }
    }
    contains_builtin(c, x)
}

/// `x in c` as `c`'s builtin base type does it.
pub fn contains_builtin(c: W, x: W) -> PyResult<bool> {
    if !is_small(c) {
        match kind_of(c) {
            Kind::List => {
                let mut i = 0;
                while i < list::items(c).len() {
                    if eq(list::items(c)[i], x)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                return Ok(false);
            }
            Kind::Tuple => {
                for &y in tuple::items(c) {
                    if eq(y, x)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Kind::Str => {
                if !pstr::is_str(x) {
                    return Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(x))));
                }
                return Ok(pstr::s(c).contains(pstr::s(x)));
            }
            Kind::Dict => return dict::contains(c, x),
            Kind::Set | Kind::FrozenSet => return set::contains_op(c, x),
            Kind::Range => return range::contains(c, x),
            Kind::DictView => return dict::view_contains(c, x),
            Kind::Bytes | Kind::ByteArray => return bytes::contains(c, x),
            Kind::Iter | Kind::Generator => {
                while let Some(y) = next(c)? {
                    if eq(y.w(), x)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ if type_of(c).heap => {
                if crate::classes::special(c, "__contains__").is_some_and(is_none) {
                    return Err(type_error(format!("'{}' object is not a container", type_name(c))));
                }
                if let Some(r) = crate::classes::call_special(c, "__contains__", &[x]) {
                    return truthy(r?.w());
                }
                if crate::classes::special(c, "__iter__").is_some() || crate::classes::special(c, "__getitem__").is_some() {
                    // CPython's _PySequence_IterSearch: a TypeError from getting the iterator
                    // becomes "argument of type ... is not iterable"
                    let it = match iter(c) {
                        Ok(it) => it,
                        Err(e) => {
                            if !crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::TYPE_ERROR.word()).unwrap_or(false) {
                                return Err(e);
                            }
                            crate::exceptions::clear();
                            return Err(type_error(format!("argument of type '{}' is not iterable", type_name(c))));
                        }
                    };
                    while let Some(y) = next(it.w())? {
                        if eq(y.w(), x)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
            }
            _ => {}
        }
    }
    Err(type_error(format!("argument of type '{}' is not iterable", type_name(c))))
}

pub fn len(w: W) -> PyResult<usize> {
    if overridden(w, "__len__") {
        return crate::classes::len(w);
    }
    len_builtin(w)
}

/// `len(w)` as `w`'s builtin base type computes it.
pub fn len_builtin(w: W) -> PyResult<usize> {
    if !is_small(w) {
        match kind_of(w) {
            Kind::Str => return Ok(pstr::len(w)),
            Kind::List => return Ok(list::items(w).len()),
            Kind::Tuple => return Ok(tuple::items(w).len()),
            Kind::Dict => return Ok(dict::len(w)),
            Kind::Set | Kind::FrozenSet => return Ok(set::len(w)),
            Kind::Range => return range::len(w),
            Kind::Bytes | Kind::ByteArray => return Ok(bytes::data(w).len()),
            Kind::DictView => return Ok(dict::len(dict::vobj(w).dict)),
            _ if type_of(w).heap => return crate::classes::len(w),
            _ => {}
        }
    }
    Err(type_error(format!("object of type '{}' has no len()", type_name(w))))
}

pub fn iter(w: W) -> PyResult<Ref> {
    if overridden(w, "__iter__")
        && let Some(r) = crate::classes::iter(w)
    {
        return r;
    }
    iter_builtin(w)
}

/// `iter(w)` as `w`'s builtin base type makes it.
pub fn iter_builtin(w: W) -> PyResult<Ref> {
    if !is_small(w)
        && let Some(it) = crate::iter::iter_of(w)
    {
        return Ok(it);
    }
    if crate::generator::is_generator(w) {
        return Ok(Ref::borrow(w));
    }
    if type_of(w).heap {
        if let Some(r) = crate::classes::iter(w) {
            return r;
        }
        if crate::classes::special(w, "__getitem__").is_some() {
            incref(w);
            return Ok(crate::iter::make(&crate::iter::SEQ_ITER_TYPE, crate::iter::IterState::SeqFwd { seq: w, idx: 0 }));
        }
    }
    Err(type_error(format!("'{}' object is not iterable", type_name(w))))
}

/// The next item of an iterator; Ok(None) when exhausted.
pub fn next(it: W) -> PyResult<Option<Ref>> {
    if crate::iter::is_iter(it) {
        return crate::iter::next(it);
    }
    if crate::generator::is_generator(it) {
        return crate::generator::next(it);
    }
    if let Some(r) = crate::classes::next(it) {
        return r;
    }
    Err(type_error(format!("'{}' object is not an iterator", type_name(it))))
}

/// Materialises any iterable.
pub fn collect(w: W) -> PyResult<Vec<Ref>> {
    if !is_small(w) && !overridden(w, "__iter__") {
        match kind_of(w) {
            Kind::List => return Ok(list::items(w).iter().map(|&x| Ref::borrow(x)).collect()),
            Kind::Tuple => return Ok(tuple::items(w).iter().map(|&x| Ref::borrow(x)).collect()),
            _ => {}
        }
    }
    let it = iter(w)?;
    let mut v = Vec::with_capacity(crate::iter::length_hint(it.w()).unwrap_or(0));
    while let Some(x) = next(it.w())? {
        v.push(x);
    }
    Ok(v)
}

pub fn no_attr(w: W, name: &str) -> Raised {
    let msg = match kind_of(w) {
        Kind::Type => format!("type object '{}' has no attribute '{name}'", unsafe { obj::<TypeObject>(w) }.name),
        Kind::Module => format!("module '{}' has no attribute '{name}'", crate::sys::module_name(w)),
        _ => format!("'{}' object has no attribute '{name}'", type_name(w)),
    };
    let e = crate::exceptions::new_exc_msg(&crate::exceptions::ATTRIBUTE_ERROR, &msg);
    crate::exceptions::set_attribute_error_target(e.w(), w, name);
    crate::exceptions::raise_obj(e)
}

/// Does an instance of kind `k` have a builtin method `name`?
fn has_method(k: Kind, name: &str) -> bool {
    match k {
        Kind::List => list::has_method(name),
        Kind::Dict => dict::has_method(name),
        Kind::Set => set::has_method(name),
        Kind::FrozenSet => matches!(
            name,
            "copy" | "union" | "intersection" | "difference" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint" | "__contains__"
        ),
        Kind::Str => crate::strmethods::has_method(name),
        Kind::Bytes => bytes::has_method(name, false),
        Kind::ByteArray => bytes::has_method(name, true),
        Kind::Tuple => matches!(name, "count" | "index"),
        Kind::Range => matches!(name, "count" | "index"),
        Kind::Int | Kind::Bool => crate::numbers::int_has_method(name),
        Kind::Float => crate::numbers::float_has_method(name),
        Kind::Stream => matches!(name, "write" | "flush" | "isatty" | "fileno" | "readline" | "read" | "readlines"),
        Kind::Iter => name == "__next__",
        Kind::Generator => crate::generator::has_method(name),
        Kind::DictView => name == "isdisjoint",
        Kind::Exception => name == "with_traceback" || name == "add_note",
        Kind::Property => matches!(name, "getter" | "setter" | "deleter"),
        _ => false,
    }
}

pub fn has_attr(w: W, name: &str) -> bool {
    match getattr_str(w, name) {
        Ok(_) => true,
        Err(_) => {
            crate::exceptions::clear();
            false
        }
    }
}

/// `obj.name` with the name given as a str word (used by the ABI; bound methods keep it).
pub fn getattr(w: W, name_w: W) -> PyResult<Ref> {
    let name = pstr::s(name_w);
    let t = type_of(w);
    if t.heap {
        if let Some(r) = crate::classes::getattribute_override(w, name_w) {
            return r;
        }
        if let Some(r) = crate::classes::instance_getattr(w, name_w)? {
            return Ok(r);
        }
    }
    let k = t.kind;
    match k {
        Kind::Type if unsafe { obj::<TypeObject>(w) }.heap => {
            if let Some(r) = crate::classes::class_getattr(unsafe { obj::<TypeObject>(w) }, name_w)? {
                return Ok(r);
            }
        }
        Kind::Super => return crate::classes::super_getattr(w, name_w),
        Kind::Property => {
            let p = unsafe { obj::<crate::classes::PropertyObj>(w) };
            match name {
                "fget" | "fset" | "fdel" => {
                    let v = match name {
                        "fget" => p.fget,
                        "fset" => p.fset,
                        _ => p.fdel,
                    };
                    return Ok(if v == 0 { Ref::none() } else { Ref::borrow(v) });
                }
                "getter" | "setter" | "deleter" => return Ok(crate::func::bound_builtin(w, name_w)),
                _ => {}
            }
        }
        Kind::StaticMethod | Kind::ClassMethod if name == "__func__" => {
            return Ok(Ref::borrow(unsafe { obj::<crate::classes::WrapperObj>(w) }.f));
        }
        _ => {}
    }
    if let Some(r) = special_attr(w, name)? {
        return Ok(r);
    }
    if let Some(r) = crate::slots::getattr(w, name_w, name) {
        return Ok(r);
    }
    if has_method(k, name) || (k == Kind::Type && name == "mro") {
        return Ok(crate::func::bound_builtin(w, name_w));
    }
    if k == Kind::Type {
        let t = unsafe { obj::<TypeObject>(w) };
        if t.heap {
            return Err(no_attr(w, name));
        }
        let class_method: Option<(&'static str, crate::func::NativeFn)> = match (t.kind, name) {
            (Kind::Dict, "fromkeys") => Some(("fromkeys", dict::fromkeys)),
            (Kind::Str | Kind::Tuple | Kind::Float, "__new__") => return Ok(crate::classes::builtin_new(t)),
            (Kind::Str, "maketrans") => Some(("maketrans", crate::strmethods::maketrans)),
            (Kind::Int | Kind::Bool, "from_bytes") => Some(("from_bytes", crate::numbers::int_from_bytes)),
            (Kind::Float, "fromhex") => Some(("fromhex", crate::numbers::float_fromhex)),
            (Kind::Bytes, "fromhex") => Some(("fromhex", bytes::bytes_fromhex)),
            (Kind::ByteArray, "fromhex") => Some(("fromhex", bytes::bytearray_fromhex)),
            (Kind::Bytes, "maketrans") => Some(("maketrans", bytes::bytes_maketrans)),
            (Kind::ByteArray, "maketrans") => Some(("maketrans", bytes::bytearray_maketrans)),
            _ => None,
        };
        if let Some((n, f)) = class_method {
            return Ok(crate::func::new_builtin(n, f));
        }
        if has_method(t.kind, name) || (t.kind == Kind::Bool && crate::numbers::int_has_method(name)) || crate::classes::base_has(t, name) {
            return Ok(crate::func::method_descr(t, name_w));
        }
    }
    if type_of(w).heap
        && let Some(r) = crate::classes::getattr_fallback(w, name_w)
    {
        return r;
    }
    Err(no_attr(w, name))
}

pub fn getattr_str(w: W, name: &str) -> PyResult<Ref> {
    let n = pstr::new(name);
    getattr(w, n.w())
}

/// Data attributes (not methods).
fn special_attr(w: W, name: &str) -> PyResult<Option<Ref>> {
    if name == "__class__" {
        return Ok(Some(Ref::new(type_of(w).word())));
    }
    let k = kind_of(w);
    Ok(match k {
        Kind::Int | Kind::Bool => crate::numbers::int_attr(w, name),
        Kind::Float => crate::numbers::float_attr(w, name),
        Kind::Exception => crate::exceptions::getattr(w, name),
        Kind::Range => range::getattr(w, name),
        Kind::Slice => {
            let s = crate::slice::sobj(w);
            match name {
                "start" => Some(Ref::borrow(s.start)),
                "stop" => Some(Ref::borrow(s.stop)),
                "step" => Some(Ref::borrow(s.step)),
                _ => None,
            }
        }
        Kind::Module => crate::sys::module_getattr(w, name)?,
        Kind::Type => {
            let t = unsafe { obj::<TypeObject>(w) };
            match name {
                "__name__" | "__qualname__" => Some(pstr::new(t.name)),
                "__module__" => Some(pstr::new("builtins")),
                "__base__" => Some(match t.base() {
                    Some(b) => Ref::new(b.word()),
                    None => Ref::none(),
                }),
                "__bases__" => Some(match t.base() {
                    Some(b) => tuple::new(&[b.word()]),
                    None => tuple::new(&[]),
                }),
                "__mro__" => {
                    let mut v = vec![];
                    let mut c = Some(t);
                    while let Some(x) = c {
                        v.push(x.word());
                        c = x.base();
                    }
                    Some(tuple::new(&v))
                }
                _ => None,
            }
        }
        Kind::Function => crate::func::function_attr(w, name)?,
        Kind::BuiltinFn | Kind::BoundMethod | Kind::MethodDescr => match name {
            "__name__" | "__qualname__" => crate::func::name_of(w),
            "__func__" if k == Kind::BoundMethod && unsafe { obj::<crate::func::BoundMethodObj>(w) }.func != 0 => {
                Some(Ref::borrow(unsafe { obj::<crate::func::BoundMethodObj>(w) }.func))
            }
            "__self__" if k == Kind::BoundMethod => Some(Ref::borrow(unsafe { obj::<crate::func::BoundMethodObj>(w) }.self_)),
            _ => None,
        },
        Kind::Stream => crate::sys::stream_attr(w, name),
        Kind::Generator => crate::generator::getattr(w, name),
        _ => None,
    })
}

pub fn setattr(w: W, name_w: W, v: W) -> PyResult<()> {
    let name = pstr::s(name_w);
    if !is_small(w) {
        match kind_of(w) {
            Kind::Exception => {
                if crate::exceptions::setattr(w, name, v)? {
                    return Ok(());
                }
                if type_of(w).heap && crate::classes::instance_setattr(w, name_w, v)? {
                    return Ok(());
                }
                if !type_of(w).heap && name != "__class__" {
                    return crate::exceptions::set_dict_attr(w, name_w, v);
                }
            }
            Kind::Instance if crate::classes::instance_setattr(w, name_w, v)? => return Ok(()),
            Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float if type_of(w).heap && crate::classes::instance_setattr(w, name_w, v)? => return Ok(()),
            Kind::Type if unsafe { obj::<TypeObject>(w) }.heap => {
                return crate::classes::class_setattr(unsafe { obj::<TypeObject>(w) }, name_w, v);
            }
            Kind::Module => return crate::sys::module_setattr(w, name, v),
            Kind::Function => return crate::func::function_setattr(w, name_w, v),
            Kind::Type => {
                return Err(type_error(format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    unsafe { obj::<TypeObject>(w) }.name
                )));
            }
            _ => {}
        }
    }
    if !type_of(w).heap && name != "__class__" {
        if special_attr(w, name)?.is_some() {
            return Err(crate::exceptions::attribute_error(format!("attribute '{name}' of '{}' objects is not writable", type_name(w))));
        }
        if has_method(kind_of(w), name) || (kind_of(w) != Kind::Exception && crate::slots::find(type_of(w), name).is_some()) {
            return Err(crate::exceptions::attribute_error(format!("'{}' object attribute '{name}' is read-only", type_name(w))));
        }
    }
    Err(no_attr(w, name))
}

/// `obj.name(*args)` without creating a bound method.
pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    if crate::slots::is_dunder(name)
        && let Some(r) = crate::slots::call_method(w, name, a)
    {
        return r;
    }
    if !is_small(w) {
        if type_of(w).heap
            && let Some(r) = crate::classes::call_method(w, name, a)
        {
            return r;
        }
        // a special method a subclass of a builtin type inherits (`sub.__len__()`)
        if type_of(w).heap
            && crate::slots::is_dunder(name)
            && let Some((owner, style)) = crate::slots::find(type_of(w), name)
            && !matches!(owner.kind, Kind::Object | Kind::Exception)
        {
            if style == crate::slots::Style::Null {
                return Err(type_error("'NoneType' object is not callable"));
            }
            return crate::slots::call(owner, w, name, a);
        }
        match kind_of(w) {
            Kind::Property if matches!(name, "getter" | "setter" | "deleter") => return crate::classes::property_method(w, name, a),
            Kind::List => return list::call_method(w, name, a),
            Kind::Dict => return dict::call_method(w, name, a),
            Kind::Set | Kind::FrozenSet => return set::call_method(w, name, a),
            Kind::Str => return crate::strmethods::call_method(w, name, a),
            Kind::Bytes | Kind::ByteArray => return bytes::call_method(w, name, a),
            Kind::Tuple => return tuple_method(w, name, a),
            Kind::Range => return range::call_method(w, name, a),
            Kind::Float => return crate::numbers::float_method(w, name, a),
            Kind::Int | Kind::Bool => return crate::numbers::int_method(w, name, a),
            Kind::Stream => return crate::sys::stream_method(w, name, a),
            Kind::Generator => return crate::generator::call_method(w, name, a),
            Kind::Iter if name == "__next__" => {
                a.expect("__next__", 0, 0)?;
                return match next(w)? {
                    Some(x) => Ok(x),
                    None => Err(crate::exceptions::raise_args(&crate::exceptions::STOP_ITERATION, &[])),
                };
            }
            Kind::DictView if name == "isdisjoint" && set_like_view(w) => {
                a.exactly_one(&format!("{}.isdisjoint", type_name(w)))?;
                return Ok(Ref::bool(dict::view_isdisjoint(w, a.pos[0])?));
            }
            Kind::Exception if name == "with_traceback" => return Ok(Ref::borrow(w)),
            Kind::Type if name == "mro" => {
                a.expect("mro", 0, 0)?;
                let t = unsafe { obj::<TypeObject>(w) };
                return Ok(list::from_vec(crate::classes::mro_vec(t).iter().map(|x| Ref::new(x.word())).collect()));
            }
            Kind::Exception if name == "add_note" => {
                a.exactly_one("BaseException.add_note")?;
                return crate::exceptions::add_note(w, a.pos[0]).map(|_| Ref::none());
            }
            _ => {}
        }
    } else {
        return crate::numbers::int_method(w, name, a);
    }
    let f = getattr_str(w, name)?;
    crate::func::call(f.w(), a)
}

fn tuple_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "count" => {
            a.exactly_one("tuple.count")?;
            Ok(Ref::int(tuple::count(w, a.pos[0])? as i64))
        }
        "index" => {
            a.expect("index", 1, 3)?;
            let start = match a.pos.get(1) {
                Some(&x) => crate::builtins::slice_index_arg(x)?,
                None => 0,
            };
            let stop = match a.pos.get(2) {
                Some(&x) => crate::builtins::slice_index_arg(x)?,
                None => i64::MAX,
            };
            Ok(Ref::int(tuple::index(w, a.pos[0], start, stop)? as i64))
        }
        _ => Err(no_attr(w, name)),
    }
}

/// isinstance(x, t) for one type object.
pub fn isinstance(x: W, t: &'static TypeObject) -> bool {
    type_of(x).is_subtype(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn s(x: &str) -> Ref {
        pstr::new(x)
    }

    #[test]
    fn repetition_counts_must_fit() {
        // "a" * -2**100, [0] * 2**100: OverflowError whatever the sign
        let big = int::from_str("1267650600228229401496703205376", 10, "").unwrap();
        let neg = int::from_str("-1267650600228229401496703205376", 10, "").unwrap();
        let l = list::new(&[mk_small(0)]);
        for seq in [s("a"), l.clone(), tuple::new(&[mk_small(1)])] {
            for n in [&big, &neg] {
                assert!(binop(2, seq.w(), n.w()).is_err());
                let e = crate::exceptions::fetch();
                assert_eq!(crate::exceptions::exc_str(e).unwrap(), "cannot fit 'int' into an index-sized integer");
                decref(e);
            }
        }
        assert!(inplace_binop(2, l.w(), neg.w()).is_err());
        crate::exceptions::clear();
        assert_eq!(repr_string(binop(2, s("ab").w(), mk_small(-3)).unwrap().w()).unwrap(), "''");
    }

    #[test]
    fn mixed_compare_and_eq() {
        let one = mk_small(1);
        let f = float::new(1.0);
        assert!(eq(one, f.w()).unwrap());
        assert!(!compare_bool(0, one, f.w()).unwrap());
        let nan = float::new(f64::NAN);
        assert!(!compare_bool(2, nan.w(), nan.w()).unwrap());
        assert!(eq(nan.w(), nan.w()).unwrap());
        assert!(compare_bool(2, true_w(), one).unwrap());
        // python3: x = None; x == None, x != None -> True False
        assert!(compare_bool(2, none(), none()).unwrap());
        assert!(!compare_bool(3, none(), none()).unwrap());
        assert!(compare_bool(2, INT_TYPE.word(), INT_TYPE.word()).unwrap());
        assert!(compare_bool(0, s("abc").w(), s("abd").w()).unwrap());
        assert!(compare_bool(0, one, s("a").w()).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "'<' not supported between instances of 'int' and 'str'");
        decref(e);
        let t1 = tuple::new(&[one, mk_small(2)]);
        let t2 = tuple::new(&[one, mk_small(3)]);
        assert!(compare_bool(0, t1.w(), t2.w()).unwrap());
    }

    #[test]
    fn binops() {
        let r = binop(0, mk_small(1), s("a").w());
        assert!(r.is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "unsupported operand type(s) for +: 'int' and 'str'");
        decref(e);
        assert_eq!(repr_string(binop(0, true_w(), mk_small(1)).unwrap().w()).unwrap(), "2");
        assert_eq!(repr_string(binop(11, true_w(), false_w()).unwrap().w()).unwrap(), "False");
        assert_eq!(repr_string(binop(2, s("ab").w(), mk_small(3)).unwrap().w()).unwrap(), "'ababab'");
        assert_eq!(repr_string(binop(3, mk_small(1), mk_small(4)).unwrap().w()).unwrap(), "0.25");
        assert_eq!(repr_string(binop(6, mk_small(2), mk_small(-1)).unwrap().w()).unwrap(), "0.5");
        assert_eq!(repr_string(unaryop(2, true_w()).unwrap().w()).unwrap(), "-2");
        assert_eq!(repr_string(binop(4, float::new(7.0).w(), mk_small(2)).unwrap().w()).unwrap(), "3.0");
    }
}
