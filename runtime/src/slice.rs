//! slice objects and CPython's index arithmetic (PySlice_Unpack / AdjustIndices).

use crate::exceptions::{type_error, value_error};
use crate::object::*;

#[repr(C)]
pub struct SliceObj {
    pub hdr: ObjHeader,
    pub start: W,
    pub stop: W,
    pub step: W,
}

impl Drop for SliceObj {
    fn drop(&mut self) {
        decref(self.start);
        decref(self.stop);
        decref(self.step);
    }
}

pub fn new(start: W, stop: W, step: W) -> Ref {
    let fix = |w: W| if w == 0 { none() } else { w };
    let (a, b, c) = (fix(start), fix(stop), fix(step));
    incref(a);
    incref(b);
    incref(c);
    Ref::new(alloc(SliceObj { hdr: ObjHeader::new(&SLICE_TYPE), start: a, stop: b, step: c }))
}

#[inline]
pub fn is_slice(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Slice
}

pub fn sobj(w: W) -> &'static SliceObj {
    unsafe { obj::<SliceObj>(w) }
}

/// A slice bound as a clamped i64 (big ints saturate, as CPython's _PyEval_SliceIndex).
fn bound(w: W) -> PyResult<i64> {
    if let Some(v) = crate::int::to_i64(w) {
        return Ok(v);
    }
    if crate::int::is_int(w) {
        return Ok(if crate::int::sign(w) < 0 { i64::MIN / 2 } else { i64::MAX / 2 });
    }
    if let Some(v) = crate::ops::index_value(w) {
        return bound(v?.w());
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method"))
}

/// (start, stop, step) adjusted for a sequence of length `len`.
pub fn indices(w: W, len: usize) -> PyResult<(i64, i64, i64)> {
    let s = sobj(w);
    let step = if is_none(s.step) { 1 } else { bound(s.step)? };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let start = if is_none(s.start) { if step < 0 { len - 1 } else { 0 } } else { adjust(bound(s.start)?, len, step) };
    let stop = if is_none(s.stop) { if step < 0 { -1 } else { len } } else { adjust(bound(s.stop)?, len, step) };
    Ok((start, stop, step))
}

fn adjust(mut i: i64, len: i64, step: i64) -> i64 {
    if i < 0 {
        i += len;
        if i < 0 {
            i = if step < 0 { -1 } else { 0 };
        }
    } else if i >= len {
        i = if step < 0 { len - 1 } else { len };
    }
    i
}

/// Number of items an adjusted slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if start < stop { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// Clamps (start, stop) arguments of index()/count()-style methods to 0..len.
pub fn clamp_range(start: i64, stop: i64, len: usize) -> (usize, usize) {
    let l = len as i64;
    let a = if start < 0 { (start + l).max(0) } else { start.min(l) };
    let b = if stop < 0 { (stop + l).max(0) } else { stop.min(l) };
    (a as usize, b as usize)
}

pub fn repr(w: W) -> PyResult<String> {
    let s = sobj(w);
    Ok(format!(
        "slice({}, {}, {})",
        crate::ops::repr_string(s.start)?,
        crate::ops::repr_string(s.stop)?,
        crate::ops::repr_string(s.step)?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjust_indices() {
        // python3: slice(None,None,-1).indices(5), slice(-10,10,2).indices(5), slice(3,1).indices(5)
        let n = none();
        let s = new(n, n, mk_small(-1));
        assert_eq!(indices(s.w(), 5).unwrap(), (4, -1, -1));
        let s = new(mk_small(-10), mk_small(10), mk_small(2));
        assert_eq!(indices(s.w(), 5).unwrap(), (0, 5, 2));
        assert_eq!(slice_len(0, 5, 2), 3);
        assert_eq!(slice_len(4, -1, -1), 5);
        assert_eq!(slice_len(3, 1, 1), 0);
    }
}
