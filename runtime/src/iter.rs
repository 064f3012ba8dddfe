//! Iterator objects: sequence, str, range, dict and set iterators, and the lazy builtins
//! enumerate, zip, map, filter and reversed.

use crate::exceptions::{runtime_error, type_error};
use crate::func::Args;
use crate::object::*;
use crate::ops;

static_type!(LIST_ITER_TYPE, "list_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(LIST_REVITER_TYPE, "list_reverseiterator", &OBJECT_TYPE, Kind::Iter);
static_type!(TUPLE_ITER_TYPE, "tuple_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(STR_ITER_TYPE, "str_ascii_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(RANGE_ITER_TYPE, "range_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(LONGRANGE_ITER_TYPE, "longrange_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(DICT_KEYITER_TYPE, "dict_keyiterator", &OBJECT_TYPE, Kind::Iter);
static_type!(DICT_VALUEITER_TYPE, "dict_valueiterator", &OBJECT_TYPE, Kind::Iter);
static_type!(DICT_ITEMITER_TYPE, "dict_itemiterator", &OBJECT_TYPE, Kind::Iter);
static_type!(SET_ITER_TYPE, "set_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(BYTES_ITER_TYPE, "bytes_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(BYTEARRAY_ITER_TYPE, "bytearray_iterator", &OBJECT_TYPE, Kind::Iter);
static_type!(SEQ_ITER_TYPE, "iterator", &OBJECT_TYPE, Kind::Iter);
pub static ENUMERATE_TYPE: TypeObject = TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "enumerate", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };
pub static ZIP_TYPE: TypeObject = TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "zip", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };
pub static MAP_TYPE: TypeObject = TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "map", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };
pub static FILTER_TYPE: TypeObject = TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "filter", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };
pub static CALLABLE_ITER_TYPE: TypeObject =
    TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "callable_iterator", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };
pub static REVERSED_TYPE: TypeObject = TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: "reversed", base: &OBJECT_TYPE, kind: Kind::Iter, heap: false };

pub enum IterState {
    /// list or tuple (by index; lists may change size while iterated)
    Seq { seq: W, idx: usize },
    ListRev { seq: W, idx: usize },
    Str { s: W, pos: usize },
    Range { cur: i64, step: i64, left: i64 },
    /// CPython's dictiterobject: `size` the dict's size when made, `left` the items still
    /// expected (see `dict::iter_next`)
    Dict { d: W, pos: usize, which: u8, size: usize, left: usize },
    Set { s: W, pos: usize, size: usize },
    Bytes { b: W, idx: usize },
    /// reversed() over anything with len and getitem
    SeqRev { seq: W, idx: i64 },
    /// the old sequence protocol: getitem(0), getitem(1), ... until IndexError
    SeqFwd { seq: W, idx: i64 },
    Enumerate { it: W, count: W },
    Zip { its: Vec<W>, strict: bool },
    Map { f: W, its: Vec<W> },
    Filter { f: W, it: W },
    /// `iter(f, sentinel)`: f() until it returns the sentinel or raises StopIteration
    Callable { f: W, sentinel: W },
    /// `for line in sys.stdin`
    Stdin,
    Done,
}

#[repr(C)]
pub struct IterObj {
    pub hdr: ObjHeader,
    pub st: IterState,
}

impl Drop for IterObj {
    fn drop(&mut self) {
        release(std::mem::replace(&mut self.st, IterState::Done));
    }
}

fn release(st: IterState) {
    match st {
        IterState::Seq { seq, .. } | IterState::ListRev { seq, .. } | IterState::SeqRev { seq, .. } | IterState::SeqFwd { seq, .. } => decref(seq),
        IterState::Str { s, .. } | IterState::Set { s, .. } => decref(s),
        IterState::Dict { d, .. } => decref(d),
        IterState::Bytes { b, .. } => decref(b),
        IterState::Enumerate { it, count } => {
            decref(it);
            decref(count)
        }
        IterState::Zip { its, .. } => its.into_iter().for_each(decref),
        IterState::Map { f, its } => {
            decref(f);
            its.into_iter().for_each(decref)
        }
        IterState::Filter { f, it } => {
            decref(f);
            decref(it)
        }
        IterState::Callable { f, sentinel } => {
            decref(f);
            decref(sentinel)
        }
        IterState::Range { .. } | IterState::Stdin | IterState::Done => {}
    }
}

pub fn make(t: &'static TypeObject, st: IterState) -> Ref {
    Ref::new(alloc(IterObj { hdr: ObjHeader::new(t), st }))
}

#[inline]
pub fn is_iter(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Iter
}

/// iter(x) for the builtin iterables; None when `x` is not one.
pub fn iter_of(w: W) -> Option<Ref> {
    let k = kind_of(w);
    let b = |x: W| {
        incref(x);
        x
    };
    Some(match k {
        Kind::List => make(&LIST_ITER_TYPE, IterState::Seq { seq: b(w), idx: 0 }),
        Kind::Tuple => make(&TUPLE_ITER_TYPE, IterState::Seq { seq: b(w), idx: 0 }),
        Kind::Str => make(&STR_ITER_TYPE, IterState::Str { s: b(w), pos: 0 }),
        // a range beyond i64 yields its items by index
        Kind::Range if crate::range::is_big(w) => make(&LONGRANGE_ITER_TYPE, IterState::SeqFwd { seq: b(w), idx: 0 }),
        Kind::Range => {
            let r = crate::range::robj(w);
            make(&RANGE_ITER_TYPE, IterState::Range { cur: r.start, step: r.step, left: r.len })
        }
        Kind::Dict => {
            let n = crate::dict::len(w);
            make(&DICT_KEYITER_TYPE, IterState::Dict { d: b(w), pos: 0, which: 0, size: n, left: n })
        }
        Kind::DictView => {
            let v = crate::dict::vobj(w);
            let t: &'static TypeObject = match v.which {
                0 => &DICT_KEYITER_TYPE,
                1 => &DICT_VALUEITER_TYPE,
                _ => &DICT_ITEMITER_TYPE,
            };
            let n = crate::dict::len(v.dict);
            make(t, IterState::Dict { d: b(v.dict), pos: 0, which: v.which, size: n, left: n })
        }
        Kind::Set | Kind::FrozenSet => make(&SET_ITER_TYPE, IterState::Set { s: b(w), pos: 0, size: crate::set::len(w) }),
        Kind::Bytes => make(&BYTES_ITER_TYPE, IterState::Bytes { b: b(w), idx: 0 }),
        Kind::ByteArray => make(&BYTEARRAY_ITER_TYPE, IterState::Bytes { b: b(w), idx: 0 }),
        Kind::Iter => Ref::borrow(w),
        Kind::Stream if crate::sys::stream_fd(w) == 0 => make(&SEQ_ITER_TYPE, IterState::Stdin),
        _ => return None,
    })
}

/// The next item; Ok(None) when exhausted.
pub fn next(w: W) -> PyResult<Option<Ref>> {
    let o = unsafe { obj_mut::<IterObj>(w) };
    match &mut o.st {
        IterState::Seq { seq, idx } => {
            let items: &[W] = if crate::list::is_list(*seq) { crate::list::items(*seq) } else { crate::tuple::items(*seq) };
            if *idx < items.len() {
                let x = items[*idx];
                *idx += 1;
                return Ok(Some(Ref::borrow(x)));
            }
        }
        IterState::ListRev { seq, idx } => {
            let items = crate::list::items(*seq);
            if *idx > 0 && *idx <= items.len() {
                *idx -= 1;
                return Ok(Some(Ref::borrow(items[*idx])));
            }
        }
        IterState::Str { s, pos } => {
            let t = crate::str::s(*s);
            if *pos < t.len() {
                let b = t.as_bytes()[*pos];
                if b < 128 {
                    *pos += 1;
                    return Ok(Some(crate::str::ascii_char(b)));
                }
                let c = t[*pos..].chars().next().unwrap_or(' ');
                *pos += c.len_utf8();
                return Ok(Some(crate::str::from_char(c)));
            }
        }
        IterState::Range { cur, step, left } => {
            if *left > 0 {
                let v = *cur;
                *left -= 1;
                if *left > 0 {
                    *cur += *step;
                }
                return Ok(Some(Ref::int(v)));
            }
        }
        IterState::Dict { d, pos, which, size, left } => {
            if let Some(e) = crate::dict::iter_next(*d, pos, size, left)? {
                return Ok(Some(match which {
                    0 => Ref::borrow(e.key),
                    1 => Ref::borrow(e.value),
                    _ => crate::tuple::pair(Ref::borrow(e.key), Ref::borrow(e.value)),
                }));
            }
        }
        IterState::Set { s, pos, size } => {
            if crate::set::len(*s) != *size {
                *size = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            if let Some((p, k)) = crate::set::next_from(*s, *pos) {
                *pos = p;
                return Ok(Some(Ref::borrow(k)));
            }
        }
        IterState::Bytes { b, idx } => {
            let d = crate::bytes::data(*b);
            if *idx < d.len() {
                let v = d[*idx];
                *idx += 1;
                return Ok(Some(Ref::int(v as i64)));
            }
        }
        IterState::SeqRev { seq, idx } => {
            if *idx >= 0 {
                let i = *idx;
                *idx -= 1;
                let key = Ref::int(i);
                return match ops::getitem(*seq, key.w()) {
                    Ok(x) => Ok(Some(x)),
                    Err(e) => {
                        if crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::INDEX_ERROR.word()).unwrap_or(false) {
                            crate::exceptions::clear();
                            *idx = -1;
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                };
            }
        }
        IterState::SeqFwd { seq, idx } => {
            if *idx >= 0 {
                let key = Ref::int(*idx);
                *idx += 1;
                return match ops::getitem(*seq, key.w()) {
                    Ok(x) => Ok(Some(x)),
                    Err(e) => {
                        let cur = crate::exceptions::current();
                        if crate::exceptions::matches(cur, crate::exceptions::INDEX_ERROR.word()).unwrap_or(false)
                            || crate::exceptions::matches(cur, crate::exceptions::STOP_ITERATION.word()).unwrap_or(false)
                        {
                            crate::exceptions::clear();
                            *idx = -1;
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                };
            }
        }
        IterState::Enumerate { it, count } => {
            if let Some(x) = ops::next(*it)? {
                let c = Ref::borrow(*count);
                let n = crate::int::add(*count, mk_small(1));
                decref(std::mem::replace(count, n.into_w()));
                return Ok(Some(crate::tuple::pair(c, x)));
            }
        }
        IterState::Zip { its, strict } => {
            let mut out = Vec::with_capacity(its.len());
            if its.is_empty() {
                return Ok(None);
            }
            for (k, &i) in its.iter().enumerate() {
                match ops::next(i)? {
                    Some(x) => out.push(x),
                    None => {
                        if *strict {
                            if k > 0 {
                                let s = if k == 1 { " " } else { "s 1-" };
                                return Err(crate::exceptions::value_error(format!("zip() argument {} is shorter than argument{}{}", k + 1, s, k)));
                            }
                            for (j, &rest) in its.iter().enumerate().skip(1) {
                                if let Some(_x) = ops::next(rest)? {
                                    let s = if j == 1 { " " } else { "s 1-" };
                                    return Err(crate::exceptions::value_error(format!("zip() argument {} is longer than argument{}{}", j + 1, s, j)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            return Ok(Some(crate::tuple::from_vec(out)));
        }
        IterState::Map { f, its } => {
            let mut args = Vec::with_capacity(its.len());
            for &i in its.iter() {
                match ops::next(i)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            let raw: Vec<W> = args.iter().map(|r| r.w()).collect();
            return crate::func::call(*f, &Args::pos(&raw)).map(Some);
        }
        IterState::Filter { f, it } => {
            while let Some(x) = ops::next(*it)? {
                let keep = if is_none(*f) {
                    ops::truthy(x.w())?
                } else {
                    let r = crate::func::call(*f, &Args::pos(&[x.w()]))?;
                    ops::truthy(r.w())?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Callable { f, sentinel } => {
            let (f, sentinel) = (*f, *sentinel);
            match crate::func::call(f, &Args::pos(&[])) {
                Ok(x) => {
                    if !ops::eq(x.w(), sentinel)? {
                        return Ok(Some(x));
                    }
                }
                Err(e) => {
                    if !crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::STOP_ITERATION.word()).unwrap_or(false) {
                        return Err(e);
                    }
                    crate::exceptions::clear();
                }
            }
        }
        IterState::Stdin => {
            crate::sys::flush_stdout();
            let l = crate::sys::read_line()?;
            if !l.is_empty() {
                return Ok(Some(crate::str::from_string(l)));
            }
        }
        IterState::Done => {}
    }
    // exhausted: release what the iterator holds (lists keep their iterator live but
    // CPython also drops the reference once exhausted)
    if !matches!(o.st, IterState::Done | IterState::Enumerate { .. } | IterState::Zip { .. } | IterState::Map { .. } | IterState::Filter { .. }) {
        release(std::mem::replace(&mut o.st, IterState::Done));
    }
    Ok(None)
}

/// Remaining length hint for the sequence-backed iterators.
pub fn length_hint(w: W) -> Option<usize> {
    if !is_iter(w) {
        return None;
    }
    let o = unsafe { obj::<IterObj>(w) };
    match &o.st {
        IterState::Seq { seq, idx } => {
            let n = if crate::list::is_list(*seq) { crate::list::items(*seq).len() } else { crate::tuple::items(*seq).len() };
            Some(n.saturating_sub(*idx))
        }
        IterState::Range { left, .. } => Some(*left as usize),
        _ => None,
    }
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(f: W, sentinel: W) -> PyResult<Ref> {
    if !crate::func::is_callable(f) {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    incref(f);
    incref(sentinel);
    Ok(make(&CALLABLE_ITER_TYPE, IterState::Callable { f, sentinel }))
}

pub fn enumerate(a: &Args) -> PyResult<Ref> {
    a.check_kw("enumerate", &["iterable", "start"])?;
    let iterable = a.pos.first().copied().or(a.kw("iterable"));
    let Some(iterable) = iterable else {
        return Err(type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    if a.pos.len() > 2 {
        return Err(type_error(format!("enumerate() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    let start = a.pos.get(1).copied().or(a.kw("start")).unwrap_or(mk_small(0));
    if !crate::int::is_int(start) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(start))));
    }
    let it = ops::iter(iterable)?;
    let count = if kind_of(start) == Kind::Bool { Ref::int(crate::int::to_i64(start).unwrap_or(0)) } else { Ref::borrow(start) };
    Ok(make(&ENUMERATE_TYPE, IterState::Enumerate { it: it.into_w(), count: count.into_w() }))
}

pub fn zip(a: &Args) -> PyResult<Ref> {
    a.check_kw("zip", &["strict"])?;
    let strict = match a.kw("strict") {
        Some(s) => ops::truthy(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(a.pos.len());
    for (i, &x) in a.pos.iter().enumerate() {
        match ops::iter(x) {
            Ok(it) => its.push(it.into_w()),
            Err(e) => {
                let _ = i;
                its.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    Ok(make(&ZIP_TYPE, IterState::Zip { its, strict }))
}

pub fn map(a: &Args) -> PyResult<Ref> {
    a.no_kw("map")?;
    if a.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for &x in &a.pos[1..] {
        match ops::iter(x) {
            Ok(it) => its.push(it.into_w()),
            Err(e) => {
                its.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    incref(a.pos[0]);
    Ok(make(&MAP_TYPE, IterState::Map { f: a.pos[0], its }))
}

pub fn filter(a: &Args) -> PyResult<Ref> {
    a.no_kw("filter")?;
    a.expect("filter", 2, 2)?;
    let it = ops::iter(a.pos[1])?;
    incref(a.pos[0]);
    Ok(make(&FILTER_TYPE, IterState::Filter { f: a.pos[0], it: it.into_w() }))
}

pub fn reversed(a: &Args) -> PyResult<Ref> {
    a.no_kw("reversed")?;
    a.expect("reversed", 1, 1)?;
    let w = a.pos[0];
    // a subclass of a builtin container with a `__reversed__` of its own
    if !is_small(w)
        && type_of(w).heap
        && !matches!(kind_of(w), Kind::Instance | Kind::Object)
        && crate::classes::special(w, "__reversed__").is_some_and(|f| !is_none(f))
        && let Some(r) = crate::classes::call_special(w, "__reversed__", &[])
    {
        return r;
    }
    match kind_of(w) {
        Kind::List => {
            incref(w);
            Ok(make(&LIST_REVITER_TYPE, IterState::ListRev { seq: w, idx: crate::list::items(w).len() }))
        }
        Kind::Range if crate::range::is_big(w) => {
            let rev = crate::range::reversed_range(w);
            Ok(make(&LONGRANGE_ITER_TYPE, IterState::SeqFwd { seq: rev.into_w(), idx: 0 }))
        }
        Kind::Range => {
            let r = crate::range::robj(w);
            let last = r.start + (r.len - 1).max(0) * r.step;
            Ok(make(&RANGE_ITER_TYPE, IterState::Range { cur: last, step: -r.step, left: r.len }))
        }
        Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray => {
            let n = ops::len(w)? as i64;
            incref(w);
            Ok(make(&REVERSED_TYPE, IterState::SeqRev { seq: w, idx: n - 1 }))
        }
        Kind::Dict | Kind::DictView => {
            let l = if crate::dict::is_dict(w) { crate::dict::keys_list(w) } else { crate::dict::view_list(w) };
            crate::list::items_mut(l.w()).reverse();
            Ok(iter_of(l.w()).unwrap_or_else(Ref::none))
        }
        _ if type_of(w).heap => {
            if crate::classes::special(w, "__reversed__").is_some_and(is_none) {
                return Err(type_error(format!("'{}' object is not reversible", type_name(w))));
            }
            if let Some(r) = crate::classes::call_special(w, "__reversed__", &[]) {
                return r;
            }
            if crate::classes::special(w, "__getitem__").is_some() && crate::classes::special(w, "__len__").is_some() {
                let n = ops::len(w)? as i64;
                incref(w);
                return Ok(make(&REVERSED_TYPE, IterState::SeqRev { seq: w, idx: n - 1 }));
            }
            Err(type_error(format!("'{}' object is not reversible", type_name(w))))
        }
        _ => Err(type_error(format!("'{}' object is not reversible", type_name(w)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_and_enumerate() {
        let r = crate::range::new(0, 5, 2);
        let it = iter_of(r.w()).unwrap();
        let mut v = vec![];
        while let Some(x) = next(it.w()).unwrap() {
            v.push(small_val(x.w()));
        }
        assert_eq!(v, vec![0, 2, 4]);
        let l = crate::list::new(&[mk_small(7), mk_small(8)]);
        let one = mk_small(1);
        let e = enumerate(&Args::pos(&[l.w(), one])).unwrap();
        let l2 = ops::collect(e.w()).unwrap();
        assert_eq!(ops::repr_string(l2[1].w()).unwrap(), "(2, 8)");
        let rv = reversed(&Args::pos(&[r.w()])).unwrap();
        let got: Vec<i64> = ops::collect(rv.w()).unwrap().iter().map(|x| small_val(x.w())).collect();
        assert_eq!(got, vec![4, 2, 0]);
    }

    #[test]
    fn zip_strict() {
        let a = crate::list::new(&[mk_small(1), mk_small(2)]);
        let b = crate::list::new(&[mk_small(1)]);
        let z = zip(&Args::pos(&[a.w(), b.w()])).unwrap();
        assert_eq!(ops::collect(z.w()).unwrap().len(), 1);
    }
}
