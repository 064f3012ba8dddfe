//! range objects: lazy arithmetic sequences with len, indexing, slicing, membership,
//! equality, hashing, repr, index() and count().
//!
//! Bounds are arbitrary ints, as in CPython. A range whose start, stop, step and length fit
//! in i64 (and whose step is not i64::MIN, so that it can be negated) keeps them in the i64
//! fields, which iteration and indexing read directly; any other range is "big" and keeps
//! the values in `big` (its i64 `len` is then only 0 or 1, enough for truthiness).

use crate::exceptions::{index_error, overflow_error, type_error, value_error};
use crate::func::Args;
use crate::int;
use crate::object::*;
use crate::ops;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct RangeObj {
    pub hdr: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
    pub big: Option<Box<BigRange>>,
}

/// The values of a range that does not fit the i64 fields.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// CPython's compute_range_length.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi { BigInt::zero() } else { (hi - lo - 1u32) / st + 1u32 }
}

fn alloc_range(start: i64, stop: i64, step: i64, len: i64, big: Option<Box<BigRange>>) -> Ref {
    Ref::new(alloc(RangeObj { hdr: ObjHeader::new(&RANGE_TYPE), start, stop, step, len, big }))
}

/// `range(start, stop, step)` for a nonzero step.
pub fn new(start: i64, stop: i64, step: i64) -> Ref {
    let (lo, hi, st) = if step > 0 { (start as i128, stop as i128, step as i128) } else { (stop as i128, start as i128, -(step as i128)) };
    let len = if lo >= hi { 0 } else { (hi - lo - 1) / st + 1 };
    if step == i64::MIN || len > i64::MAX as i128 {
        return new_big(BigInt::from(start), BigInt::from(stop), BigInt::from(step));
    }
    alloc_range(start, stop, step, len as i64, None)
}

/// `range(start, stop, step)` with int bounds of any size, for a nonzero step.
pub fn new_big(start: BigInt, stop: BigInt, step: BigInt) -> Ref {
    let len = big_len(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(n)) = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
        && c != i64::MIN
    {
        return alloc_range(a, b, c, n, None);
    }
    let nonempty = !len.is_zero() as i64;
    alloc_range(0, 0, 0, nonempty, Some(Box::new(BigRange { start, stop, step, len })))
}

#[inline]
pub fn is_range(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Range
}

pub fn robj(w: W) -> &'static RangeObj {
    unsafe { obj::<RangeObj>(w) }
}

/// Does the range keep its values in big ints (so that the i64 fields are not its values)?
pub fn is_big(w: W) -> bool {
    robj(w).big.is_some()
}

/// (start, stop, step, len) as big ints.
pub fn parts(w: W) -> (BigInt, BigInt, BigInt, BigInt) {
    let r = robj(w);
    match &r.big {
        Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone(), b.len.clone()),
        None => (BigInt::from(r.start), BigInt::from(r.stop), BigInt::from(r.step), BigInt::from(r.len)),
    }
}

/// len(range): OverflowError when the length does not fit an index-sized integer.
pub fn len(w: W) -> PyResult<usize> {
    let r = robj(w);
    match &r.big {
        None => Ok(r.len as usize),
        Some(b) => b.len.to_i64().map(|n| n as usize).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn arg(w: W) -> PyResult<Ref> {
    match ops::index_value(w) {
        Some(v) => v,
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(w)))),
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn construct(a: &Args) -> PyResult<Ref> {
    a.no_kw("range")?;
    let p = a.pos;
    let (start, stop, step) = match p.len() {
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        1 => (Ref::int(0), arg(p[0])?, Ref::int(1)),
        2 | 3 => {
            let start = arg(p[0])?;
            let stop = arg(p[1])?;
            let step = if p.len() == 3 { arg(p[2])? } else { Ref::int(1) };
            if int::is_zero(step.w()) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
        n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if let (Some(a), Some(b), Some(c)) = (int::to_i64(start.w()), int::to_i64(stop.w()), int::to_i64(step.w())) {
        return Ok(new(a, b, c));
    }
    Ok(new_big(int::to_big(start.w()), int::to_big(stop.w()), int::to_big(step.w())))
}

/// The i-th item of a small range, 0 <= i < len.
fn item(w: W, i: i64) -> i64 {
    let r = robj(w);
    r.start + i * r.step
}

fn out_of_range() -> Raised {
    index_error("range object index out of range")
}

/// range[i] for an i64 index.
fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let r = robj(w);
    if r.big.is_some() {
        return getitem_big(w, BigInt::from(i));
    }
    let j = if i < 0 { i as i128 + r.len as i128 } else { i as i128 };
    if j < 0 || j >= r.len as i128 {
        return Err(out_of_range());
    }
    Ok(Ref::int(item(w, j as i64)))
}

/// range[i] for an index of any size (CPython's compute_range_item).
fn getitem_big(w: W, i: BigInt) -> PyResult<Ref> {
    let (start, _, step, len) = parts(w);
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(out_of_range());
    }
    Ok(int::from_big(start + i * step))
}

/// range[key]: an int-like index or a slice.
pub fn subscript(w: W, k: W) -> PyResult<Ref> {
    if is_small(k) {
        return getitem_index(w, small_val(k));
    }
    if crate::slice::is_slice(k) {
        return getslice(w, k);
    }
    match ops::index_value(k) {
        Some(v) => {
            let v = v?;
            match int::to_i64(v.w()) {
                Some(i) => getitem_index(w, i),
                None => getitem_big(w, int::to_big(v.w())),
            }
        }
        None => Err(type_error(format!("range indices must be integers or slices, not {}", type_name(k)))),
    }
}

/// A slice's start, stop and step adjusted to a sequence of `len` items, in big ints
/// (CPython's _PySlice_GetLongIndices).
fn long_indices(sl: W, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let s = crate::slice::sobj(sl);
    let index = |w: W| -> PyResult<BigInt> {
        match ops::index_value(w) {
            Some(v) => Ok(int::to_big(v?.w())),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = if is_none(s.step) { BigInt::one() } else { index(s.step)? };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let adjust = |w: W, dflt: &BigInt| -> PyResult<BigInt> {
        if is_none(w) {
            return Ok(dflt.clone());
        }
        let v = index(w)?;
        Ok(if v.is_negative() {
            let v = v + len;
            if v < lower { lower.clone() } else { v }
        } else if v > upper {
            upper.clone()
        } else {
            v
        })
    };
    let start = adjust(s.start, if neg { &upper } else { &lower })?;
    let stop = adjust(s.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// range[slice] (CPython's compute_slice): the items the slice selects, as a range.
fn getslice(w: W, sl: W) -> PyResult<Ref> {
    let (start, _, step, len) = parts(w);
    let (i, j, k) = long_indices(sl, &len)?;
    let substart = &start + i * &step;
    let substop = &start + j * &step;
    Ok(new_big(substart, substop, step * k))
}

/// An int (or bool) that is not an instance of a subclass: membership is arithmetic.
fn exact_int(x: W) -> bool {
    is_small(x) || (matches!(kind_of(x), Kind::Int | Kind::Bool) && !type_of(x).heap)
}

/// Membership of an int by arithmetic (CPython's range_contains_long).
fn contains_int(w: W, x: W) -> bool {
    let r = robj(w);
    if r.big.is_none() {
        let Some(v) = int::to_i64(x) else { return false };
        if r.len == 0 {
            return false;
        }
        let in_bounds = if r.step > 0 { v >= r.start && v < r.stop } else { v <= r.start && v > r.stop };
        return in_bounds && (v as i128 - r.start as i128) % r.step as i128 == 0;
    }
    let (start, stop, step, _) = parts(w);
    let v = int::to_big(x);
    let in_bounds = if step.is_positive() { v >= start && v < stop } else { v <= start && v > stop };
    in_bounds && ((v - start) % step).is_zero()
}

/// The position of the first item equal to `x` by `==` (the generic sequence search).
fn search(w: W, x: W) -> PyResult<Option<BigInt>> {
    let r = robj(w);
    if r.big.is_none() {
        for i in 0..r.len {
            let y = Ref::int(item(w, i));
            if ops::eq(y.w(), x)? {
                return Ok(Some(BigInt::from(i)));
            }
        }
        return Ok(None);
    }
    let (start, _, step, len) = parts(w);
    let mut i = BigInt::zero();
    let mut v = start;
    while i < len {
        let y = int::from_big(v.clone());
        if ops::eq(y.w(), x)? {
            return Ok(Some(i));
        }
        i += 1u32;
        v += &step;
    }
    Ok(None)
}

pub fn contains(w: W, x: W) -> PyResult<bool> {
    if exact_int(x) {
        return Ok(contains_int(w, x));
    }
    Ok(search(w, x)?.is_some())
}

/// CPython's range_equals: equal as sequences.
pub fn eq(a: W, b: W) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (robj(a), robj(b));
    if x.big.is_none() && y.big.is_none() {
        if x.len != y.len {
            return false;
        }
        if x.len == 0 {
            return true;
        }
        if x.start != y.start {
            return false;
        }
        return x.len == 1 || x.step == y.step;
    }
    let (s0, _, st0, l0) = parts(a);
    let (s1, _, st1, l1) = parts(b);
    if l0 != l1 {
        return false;
    }
    if l0.is_zero() {
        return true;
    }
    if s0 != s1 {
        return false;
    }
    l0.is_one() || st0 == st1
}

/// hash(range): the hash of (len, start, step), with None for what equality ignores.
pub fn hash(w: W) -> PyResult<i64> {
    let (start, _, step, len) = parts(w);
    let t = if len.is_zero() {
        crate::tuple::new(&[mk_small(0), none(), none()])
    } else if len.is_one() {
        crate::tuple::from_vec(vec![Ref::int(1), int::from_big(start), Ref::none()])
    } else {
        crate::tuple::from_vec(vec![int::from_big(len), int::from_big(start), int::from_big(step)])
    };
    crate::tuple::hash(t.w())
}

/// The range that iterates the items of `w` in reverse order.
pub fn reversed_range(w: W) -> Ref {
    let (start, _, step, len) = parts(w);
    let last = &start + (len - 1u32) * &step;
    let stop = start - &step;
    new_big(last, stop, -step)
}

pub fn repr(w: W) -> String {
    let r = robj(w);
    match &r.big {
        None if r.step == 1 => format!("range({}, {})", r.start, r.stop),
        None => format!("range({}, {}, {})", r.start, r.stop, r.step),
        Some(b) if b.step.is_one() => format!("range({}, {})", b.start, b.stop),
        Some(b) => format!("range({}, {}, {})", b.start, b.stop, b.step),
    }
}

pub fn getattr(w: W, name: &str) -> Option<Ref> {
    let r = robj(w);
    if let Some(b) = &r.big {
        return Some(int::from_big(match name {
            "start" => b.start.clone(),
            "stop" => b.stop.clone(),
            "step" => b.step.clone(),
            _ => return None,
        }));
    }
    Some(Ref::int(match name {
        "start" => r.start,
        "stop" => r.stop,
        "step" => r.step,
        _ => return None,
    }))
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "index" => {
            a.exactly_one("range.index")?;
            let x = a.pos[0];
            if !exact_int(x) {
                return match search(w, x)? {
                    Some(i) => Ok(int::from_big(i)),
                    None => Err(value_error("sequence.index(x): x not in sequence")),
                };
            }
            if contains_int(w, x) {
                let r = robj(w);
                if r.big.is_none()
                    && let Some(v) = int::to_i64(x)
                {
                    return Ok(Ref::int(((v as i128 - r.start as i128) / r.step as i128) as i64));
                }
                let (start, _, step, _) = parts(w);
                return Ok(int::from_big((int::to_big(x) - start) / step));
            }
            Err(value_error(format!("{} is not in range", ops::repr_string(x)?)))
        }
        "count" => {
            a.exactly_one("range.count")?;
            let x = a.pos[0];
            if exact_int(x) {
                return Ok(Ref::int(contains_int(w, x) as i64));
            }
            let (start, _, step, len) = parts(w);
            let (mut n, mut i, mut v) = (0i64, BigInt::zero(), start);
            while i < len {
                if ops::eq(int::from_big(v.clone()).w(), x)? {
                    n += 1;
                }
                i += 1u32;
                v += &step;
            }
            Ok(Ref::int(n))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Ref {
        int::from_big(s.parse::<BigInt>().unwrap())
    }

    fn slice(w: W, start: W, stop: W, step: W) -> String {
        let sl = crate::slice::new(start, stop, step);
        repr(getslice(w, sl.w()).unwrap().w())
    }

    fn err_str() -> String {
        let e = crate::exceptions::fetch();
        let s = crate::exceptions::exc_str(e).unwrap();
        decref(e);
        s
    }

    #[test]
    fn basics() {
        // python3: len(range(0,10,3)), range(10,0,-3)[1], 7 in range(1,10,3), repr(range(0,10,3)[::-1])
        assert_eq!(robj(new(0, 10, 3).w()).len, 4);
        assert_eq!(small_val(getitem_index(new(10, 0, -3).w(), 1).unwrap().w()), 7);
        assert!(contains(new(1, 10, 3).w(), mk_small(7)).unwrap());
        assert!(!contains(new(1, 10, 3).w(), mk_small(8)).unwrap());
        let n = none();
        assert_eq!(slice(new(0, 10, 3).w(), n, n, mk_small(-1)), "range(9, -3, -3)");
        assert_eq!(repr(new(0, 5, 1).w()), "range(0, 5)");
        assert!(eq(new(0, 0, 1).w(), new(5, 2, 3).w()));
    }

    #[test]
    fn slices_with_steps() {
        // python3: range(10)[::3], range(10)[::-3], range(5)[::100], range(0,100,7)[::2],
        // range(0,100,7)[::10**20], range(10)[::2**63], range(10)[::-2**63], range(10)[-100:100:-2]
        let n = none();
        let r10 = new(0, 10, 1);
        assert_eq!(slice(r10.w(), n, n, mk_small(3)), "range(0, 10, 3)");
        assert_eq!(slice(r10.w(), n, n, mk_small(-3)), "range(9, -1, -3)");
        assert_eq!(slice(new(0, 5, 1).w(), n, n, mk_small(100)), "range(0, 5, 100)");
        let r7 = new(0, 100, 7);
        assert_eq!(slice(r7.w(), n, n, mk_small(2)), "range(0, 105, 14)");
        assert_eq!(slice(r7.w(), n, n, big("100000000000000000000").w()), "range(0, 105, 700000000000000000000)");
        assert_eq!(slice(r10.w(), n, n, big("9223372036854775808").w()), "range(0, 10, 9223372036854775808)");
        assert_eq!(slice(r10.w(), n, n, big("-9223372036854775808").w()), "range(9, -1, -9223372036854775808)");
        assert_eq!(slice(r10.w(), mk_small(-100), mk_small(100), mk_small(-2)), "range(-1, 9, -2)");
        // python3: range(10**20, -10**20, -3)[5:-5:4]
        let r = new_big("100000000000000000000".parse().unwrap(), "-100000000000000000000".parse().unwrap(), BigInt::from(-3));
        assert_eq!(slice(r.w(), mk_small(5), mk_small(-5), mk_small(4)), "range(99999999999999999985, -99999999999999999986, -12)");
        let sl = crate::slice::new(n, n, mk_small(0));
        assert!(getslice(r10.w(), sl.w()).is_err());
        assert_eq!(err_str(), "slice step cannot be zero");
    }

    #[test]
    fn huge_indexes() {
        // python3: range(10)[10**30] -> IndexError; range(10**20)[-1], range(10**20)[10**19]
        let r10 = new(0, 10, 1);
        assert!(subscript(r10.w(), big("1000000000000000000000000000000").w()).is_err());
        assert_eq!(err_str(), "range object index out of range");
        assert!(subscript(r10.w(), big("-1000000000000000000000000000000").w()).is_err());
        assert_eq!(err_str(), "range object index out of range");
        let r = new_big(BigInt::zero(), "100000000000000000000".parse().unwrap(), BigInt::one());
        assert!(is_big(r.w()));
        assert_eq!(ops::repr_string(subscript(r.w(), mk_small(-1)).unwrap().w()).unwrap(), "99999999999999999999");
        assert_eq!(ops::repr_string(subscript(r.w(), big("10000000000000000000").w()).unwrap().w()).unwrap(), "10000000000000000000");
        assert!(len(r.w()).is_err());
        assert_eq!(err_str(), "Python int too large to convert to C ssize_t");
        // python3: len(range(2**63, 2**63 + 5))
        let s = BigInt::from(1u64 << 63);
        assert_eq!(len(new_big(s.clone(), s + 5u32, BigInt::one()).w()).unwrap(), 5);
        assert_eq!(robj(r.w()).len, 1);
        // a range over small values whose step cannot be negated stays exact
        let r = new(0, -10, i64::MIN);
        assert!(is_big(r.w()));
        assert_eq!(repr(reversed_range(r.w()).w()), "range(0, 9223372036854775808, 9223372036854775808)");
    }

    #[test]
    fn big_membership_and_equality() {
        // python3: r = range(10**20, 10**20 + 30, 3); 10**20 + 9 in r, r.index(10**20 + 9), hash(r) == hash((10, 10**20, 3))
        let s: BigInt = "100000000000000000000".parse().unwrap();
        let r = new_big(s.clone(), &s + 30u32, BigInt::from(3));
        let x = int::from_big(&s + 9u32);
        assert!(contains(r.w(), x.w()).unwrap());
        assert!(!contains(r.w(), int::from_big(&s + 10u32).w()).unwrap());
        let i = call_method(r.w(), "index", &Args::pos(&[x.w()])).unwrap();
        assert_eq!(small_val(i.w()), 3);
        let t = crate::tuple::from_vec(vec![Ref::int(10), int::from_big(s.clone()), Ref::int(3)]);
        assert_eq!(hash(r.w()).unwrap(), crate::tuple::hash(t.w()).unwrap());
        let r2 = new_big(s.clone(), &s + 28u32, BigInt::from(3));
        assert!(eq(r.w(), r2.w()));
        assert!(!eq(r.w(), new(0, 10, 1).w()));
        // python3: range(3).index(1.5) -> ValueError
        let f = crate::float::new(1.5);
        assert!(call_method(new(0, 3, 1).w(), "index", &Args::pos(&[f.w()])).is_err());
        assert_eq!(err_str(), "sequence.index(x): x not in sequence");
    }
}
