//! tuple objects: immutable item arrays; construction, indexing, slicing, concatenation,
//! repetition, hashing (CPython's xxHash-based tuplehash), count and index. Instances of
//! `tuple` subclasses (named tuples) are tuple objects whose type is the class.

use crate::exceptions::{index_error, value_error};
use crate::object::*;
use std::sync::OnceLock;

#[repr(C)]
pub struct TupleObj {
    pub hdr: ObjHeader,
    pub items: Box<[W]>,
}

impl Drop for TupleObj {
    /// Items are released last to first, as CPython's `tupledealloc`.
    fn drop(&mut self) {
        for &w in self.items.iter().rev() {
            decref(w);
        }
    }
}

static EMPTY: OnceLock<W> = OnceLock::new();

fn empty() -> Ref {
    Ref::new(*EMPTY.get_or_init(|| {
        let w = alloc(TupleObj { hdr: ObjHeader::new(&TUPLE_TYPE), items: Box::new([]) });
        unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
        w
    }))
}

/// A tuple of borrowed items.
pub fn new(items: &[W]) -> Ref {
    if items.is_empty() {
        return empty();
    }
    for &w in items {
        incref(w);
    }
    Ref::new(alloc(TupleObj { hdr: ObjHeader::new(&TUPLE_TYPE), items: items.into() }))
}

/// A tuple taking ownership of the items.
pub fn from_vec(items: Vec<Ref>) -> Ref {
    if items.is_empty() {
        return empty();
    }
    let v: Vec<W> = items.into_iter().map(|r| r.into_w()).collect();
    Ref::new(alloc(TupleObj { hdr: ObjHeader::new(&TUPLE_TYPE), items: v.into_boxed_slice() }))
}

/// An instance of `tuple` subclass `t` (a heap class whose instances are tuples) taking
/// ownership of the items.
pub fn from_vec_of_type(t: &'static TypeObject, items: Vec<Ref>) -> Ref {
    let v: Vec<W> = items.into_iter().map(|r| r.into_w()).collect();
    Ref::new(alloc(TupleObj { hdr: ObjHeader::new(t), items: v.into_boxed_slice() }))
}

/// Is `w` exactly a tuple (not an instance of a subclass)?
#[inline]
fn is_exact(w: W) -> bool {
    is_type(w, &TUPLE_TYPE)
}

/// A tuple taking ownership of raw owned words.
pub fn from_owned_words(v: Vec<W>) -> Ref {
    if v.is_empty() {
        return empty();
    }
    Ref::new(alloc(TupleObj { hdr: ObjHeader::new(&TUPLE_TYPE), items: v.into_boxed_slice() }))
}

pub fn pair(a: Ref, b: Ref) -> Ref {
    from_vec(vec![a, b])
}

#[inline]
pub fn is_tuple(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Tuple
}

#[inline]
pub fn items(w: W) -> &'static [W] {
    unsafe { &obj::<TupleObj>(w).items }
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let it = items(w);
    match crate::str::norm_index(i, it.len()) {
        Some(j) => Ok(Ref::borrow(it[j])),
        None => Err(index_error("tuple index out of range")),
    }
}

pub fn getslice(w: W, start: i64, stop: i64, step: i64) -> Ref {
    let it = items(w);
    let n = crate::slice::slice_len(start, stop, step);
    if step == 1 && start == 0 && n == it.len() && is_exact(w) {
        return Ref::borrow(w);
    }
    let mut v = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        v.push(it[i as usize]);
        i += step;
    }
    new(&v)
}

pub fn concat(a: W, b: W) -> Ref {
    let mut v = items(a).to_vec();
    v.extend_from_slice(items(b));
    new(&v)
}

pub fn repeat(a: W, n: i64) -> PyResult<Ref> {
    let it = items(a);
    if n <= 0 || it.is_empty() {
        return Ok(empty());
    }
    if n == 1 && is_exact(a) {
        return Ok(Ref::borrow(a));
    }
    if it.len().saturating_mul(n as usize) > (1 << 32) {
        return Err(crate::exceptions::raise_new(&crate::exceptions::MEMORY_ERROR, ""));
    }
    let mut v = Vec::with_capacity(it.len() * n as usize);
    for _ in 0..n {
        v.extend_from_slice(it);
    }
    Ok(new(&v))
}

/// CPython's tuplehash.
pub fn hash(w: W) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let it = items(w);
    let mut acc: u64 = P5;
    for &x in it {
        let lane = crate::ops::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((it.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

pub fn count(w: W, x: W) -> PyResult<usize> {
    let mut n = 0;
    for &y in items(w) {
        if crate::ops::eq(y, x)? {
            n += 1;
        }
    }
    Ok(n)
}

pub fn index(w: W, x: W, start: i64, stop: i64) -> PyResult<usize> {
    let it = items(w);
    let (a, b) = crate::slice::clamp_range(start, stop, it.len());
    for (i, &y) in it.iter().enumerate().take(b).skip(a) {
        if crate::ops::eq(y, x)? {
            return Ok(i);
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes() {
        // python3: hash(()), hash((1,2)), hash((1,)), hash((-1, 'a'[0:0]))
        assert_eq!(hash(new(&[]).w()).unwrap(), 5740354900026072187);
        let (a, b) = (Ref::int(1), Ref::int(2));
        assert_eq!(hash(new(&[a.w(), b.w()]).w()).unwrap(), -3550055125485641917);
        assert_eq!(hash(new(&[a.w()]).w()).unwrap(), -6644214454873602895);
    }

    #[test]
    fn slicing() {
        let v: Vec<Ref> = (0..5).map(Ref::int).collect();
        let t = from_vec(v);
        let s = getslice(t.w(), 4, -1, -2);
        assert_eq!(items(s.w()).len(), 3);
        assert_eq!(crate::ops::repr_string(s.w()).unwrap(), "(4, 2, 0)");
        assert_eq!(crate::ops::repr_string(repeat(getslice(t.w(), 0, 1, 1).w(), 2).unwrap().w()).unwrap(), "(0, 0)");
        assert_eq!(crate::ops::repr_string(getslice(t.w(), 0, 1, 1).w()).unwrap(), "(0,)");
    }
}
