//! range objects: lazy arithmetic sequences (i64 bounds) with len, indexing, slicing,
//! membership, equality, repr, index() and count().

use crate::exceptions::{index_error, not_implemented, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::ops;

#[repr(C)]
pub struct RangeObj {
    pub hdr: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

pub fn compute_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 { (start as i128, stop as i128, step as i128) } else { (stop as i128, start as i128, -(step as i128)) };
    if lo >= hi { 0 } else { ((hi - lo - 1) / st + 1) as i64 }
}

pub fn new(start: i64, stop: i64, step: i64) -> Ref {
    let len = compute_len(start, stop, step);
    Ref::new(alloc(RangeObj { hdr: ObjHeader::new(&RANGE_TYPE), start, stop, step, len }))
}

#[inline]
pub fn is_range(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Range
}

pub fn robj(w: W) -> &'static RangeObj {
    unsafe { obj::<RangeObj>(w) }
}

fn arg(w: W) -> PyResult<i64> {
    if let Some(v) = crate::ops::index_value(w) {
        let v = v?;
        return crate::int::to_i64(v.w()).ok_or_else(|| not_implemented("range() bounds beyond 64 bits"));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(w))))
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn construct(a: &Args) -> PyResult<Ref> {
    a.no_kw("range")?;
    let p = a.pos;
    match p.len() {
        0 => Err(type_error("range expected at least 1 argument, got 0")),
        1 => Ok(new(0, arg(p[0])?, 1)),
        2 | 3 => {
            let start = arg(p[0])?;
            let stop = arg(p[1])?;
            let step = if p.len() == 3 { arg(p[2])? } else { 1 };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(new(start, stop, step))
        }
        n => Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    }
}

pub fn item(w: W, i: i64) -> i64 {
    let r = robj(w);
    r.start + i * r.step
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let r = robj(w);
    let j = if i < 0 { i + r.len } else { i };
    if j < 0 || j >= r.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(Ref::int(item(w, j)))
}

pub fn getslice(w: W, sl: W) -> PyResult<Ref> {
    let r = robj(w);
    let (start, stop, step) = crate::slice::indices(sl, r.len as usize)?;
    let n = crate::slice::slice_len(start, stop, step) as i64;
    let nstart = r.start + start * r.step;
    let nstep = r.step * step;
    let nstop = nstart + n * nstep;
    Ok(new(nstart, nstop, nstep))
}

pub fn contains(w: W, x: W) -> PyResult<bool> {
    let r = robj(w);
    if is_small(x) || kind_of(x) == Kind::Bool || kind_of(x) == Kind::Int {
        let Some(v) = crate::int::to_i64(x) else { return Ok(false) };
        if r.len == 0 {
            return Ok(false);
        }
        let in_bounds = if r.step > 0 { v >= r.start && v < r.stop } else { v <= r.start && v > r.stop };
        return Ok(in_bounds && (v as i128 - r.start as i128) % r.step as i128 == 0);
    }
    for i in 0..r.len {
        let y = Ref::int(item(w, i));
        if ops::eq(y.w(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn eq(a: W, b: W) -> bool {
    let (x, y) = (robj(a), robj(b));
    if x.len != y.len {
        return false;
    }
    if x.len == 0 {
        return true;
    }
    if x.start != y.start {
        return false;
    }
    x.len == 1 || x.step == y.step
}

pub fn repr(w: W) -> String {
    let r = robj(w);
    if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) }
}

pub fn getattr(w: W, name: &str) -> Option<Ref> {
    let r = robj(w);
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
            if contains(w, x)? {
                if let Some(v) = crate::int::to_i64(x) {
                    let r = robj(w);
                    return Ok(Ref::int((v - r.start) / r.step));
                }
                for i in 0..robj(w).len {
                    let y = Ref::int(item(w, i));
                    if ops::eq(y.w(), x)? {
                        return Ok(Ref::int(i));
                    }
                }
            }
            Err(value_error(format!("{} is not in range", ops::repr_string(x)?)))
        }
        "count" => {
            a.exactly_one("range.count")?;
            Ok(Ref::int(contains(w, a.pos[0])? as i64))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        // python3: len(range(0,10,3)), range(10,0,-3)[1], 7 in range(1,10,3), repr(range(0,10,3)[::-1])
        assert_eq!(robj(new(0, 10, 3).w()).len, 4);
        assert_eq!(small_val(getitem_index(new(10, 0, -3).w(), 1).unwrap().w()), 7);
        assert!(contains(new(1, 10, 3).w(), mk_small(7)).unwrap());
        assert!(!contains(new(1, 10, 3).w(), mk_small(8)).unwrap());
        let n = none();
        let sl = crate::slice::new(n, n, mk_small(-1));
        assert_eq!(repr(getslice(new(0, 10, 3).w(), sl.w()).unwrap().w()), "range(9, -3, -3)");
        assert_eq!(repr(new(0, 5, 1).w()), "range(0, 5)");
        assert!(eq(new(0, 0, 1).w(), new(5, 2, 3).w()));
    }
}
