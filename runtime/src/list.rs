//! list objects: growable item vectors; indexing, slicing (get/set/del with steps),
//! concatenation, repetition, and the list methods (including a stable sort that only uses
//! `<`, like CPython, and never panics on inconsistent comparisons). Instances of `list`
//! subclasses are list objects whose type is the class.

use crate::exceptions::{index_error, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::ops;

#[repr(C)]
pub struct ListObj {
    pub hdr: ObjHeader,
    pub items: Vec<W>,
}

impl Drop for ListObj {
    /// Items are released last to first, as CPython's `list_dealloc` (the order finalizers see).
    fn drop(&mut self) {
        for &w in self.items.iter().rev() {
            decref(w);
        }
    }
}

/// A list of borrowed items.
pub fn new(items: &[W]) -> Ref {
    for &w in items {
        incref(w);
    }
    from_owned(items.to_vec())
}

/// A list owning the given words.
pub fn from_owned(items: Vec<W>) -> Ref {
    Ref::new(alloc(ListObj { hdr: ObjHeader::new(&LIST_TYPE), items }))
}

/// An empty instance of `list` subclass `t` (a heap class whose instances are lists).
pub fn new_of_type(t: &'static TypeObject) -> Ref {
    Ref::new(alloc(ListObj { hdr: ObjHeader::new(t), items: Vec::new() }))
}

pub fn from_vec(items: Vec<Ref>) -> Ref {
    from_owned(items.into_iter().map(|r| r.into_w()).collect())
}

#[inline]
pub fn is_list(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::List
}

#[inline]
pub fn items(w: W) -> &'static Vec<W> {
    unsafe { &obj::<ListObj>(w).items }
}

#[inline]
#[allow(clippy::mut_from_ref)]
pub fn items_mut(w: W) -> &'static mut Vec<W> {
    unsafe { &mut obj_mut::<ListObj>(w).items }
}

/// Appends a borrowed item.
#[inline]
pub fn append(w: W, x: W) {
    incref(x);
    items_mut(w).push(x);
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let it = items(w);
    match crate::str::norm_index(i, it.len()) {
        Some(j) => Ok(Ref::borrow(it[j])),
        None => Err(index_error("list index out of range")),
    }
}

pub fn setitem_index(w: W, i: i64, v: W) -> PyResult<()> {
    let it = items_mut(w);
    match crate::str::norm_index(i, it.len()) {
        Some(j) => {
            incref(v);
            let old = std::mem::replace(&mut it[j], v);
            decref(old);
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

pub fn delitem_index(w: W, i: i64) -> PyResult<()> {
    let it = items_mut(w);
    match crate::str::norm_index(i, it.len()) {
        Some(j) => {
            let old = it.remove(j);
            decref(old);
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

pub fn getslice(w: W, start: i64, stop: i64, step: i64) -> Ref {
    let it = items(w);
    let n = crate::slice::slice_len(start, stop, step);
    if step == 1 {
        return new(if n == 0 { &[] } else { &it[start as usize..start as usize + n] });
    }
    let mut v = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        v.push(it[i as usize]);
        i += step;
    }
    new(&v)
}

/// The items of a value assigned to a slice (CPython's PySequence_Fast): a TypeError from
/// `iter(value)` becomes `msg`; errors while iterating propagate.
fn assigned_items(value: W, msg: &str) -> PyResult<Vec<Ref>> {
    if is_list(value) || crate::tuple::is_tuple(value) {
        return ops::collect(value);
    }
    let it = match ops::iter(value) {
        Ok(it) => it,
        Err(e) => {
            if crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::TYPE_ERROR.word()).unwrap_or(false) {
                crate::exceptions::clear();
                return Err(type_error(msg));
            }
            return Err(e);
        }
    };
    let mut v = Vec::new();
    while let Some(x) = ops::next(it.w())? {
        v.push(x);
    }
    Ok(v)
}

/// `a[slice] = iterable`.
pub fn setslice(w: W, sl: W, value: W) -> PyResult<()> {
    let len = items(w).len();
    let (start, stop, step) = crate::slice::indices(sl, len)?;
    let newv = if value == w {
        items(w).iter().map(|&x| Ref::borrow(x)).collect()
    } else {
        assigned_items(value, if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" })?
    };
    let it = items_mut(w);
    if step == 1 {
        let a = start as usize;
        let b = (stop.max(start)) as usize;
        let removed: Vec<W> = it.splice(a..b, newv.into_iter().map(|r| r.into_w())).collect();
        for x in removed {
            decref(x);
        }
        return Ok(());
    }
    let n = crate::slice::slice_len(start, stop, step);
    if newv.len() != n {
        return Err(value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", newv.len(), n)));
    }
    let mut i = start;
    for r in newv {
        let old = std::mem::replace(&mut it[i as usize], r.into_w());
        decref(old);
        i += step;
    }
    Ok(())
}

pub fn delslice(w: W, sl: W) -> PyResult<()> {
    let len = items(w).len();
    let (start, stop, step) = crate::slice::indices(sl, len)?;
    let n = crate::slice::slice_len(start, stop, step);
    let it = items_mut(w);
    if n == 0 {
        return Ok(());
    }
    let mut drop_list = Vec::with_capacity(n);
    if step == 1 {
        drop_list.extend(it.drain(start as usize..start as usize + n));
    } else {
        let mut sel = vec![false; it.len()];
        let mut i = start;
        for _ in 0..n {
            sel[i as usize] = true;
            i += step;
        }
        let old = std::mem::take(it);
        for (k, x) in old.into_iter().enumerate() {
            if sel[k] { drop_list.push(x) } else { it.push(x) }
        }
    }
    for x in drop_list {
        decref(x);
    }
    Ok(())
}

pub fn extend(w: W, iterable: W) -> PyResult<()> {
    if is_list(iterable) || crate::tuple::is_tuple(iterable) {
        let src: Vec<W> = if is_list(iterable) { items(iterable).clone() } else { crate::tuple::items(iterable).to_vec() };
        for &x in &src {
            incref(x);
        }
        items_mut(w).extend_from_slice(&src);
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(x) = ops::next(it.w())? {
        items_mut(w).push(x.into_w());
    }
    Ok(())
}

pub fn concat(a: W, b: W) -> Ref {
    let mut v = items(a).clone();
    v.extend_from_slice(items(b));
    new(&v)
}

pub fn repeat(a: W, n: i64) -> PyResult<Ref> {
    let it = items(a);
    if n <= 0 || it.is_empty() {
        return Ok(new(&[]));
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

pub fn inplace_repeat(a: W, n: i64) -> PyResult<()> {
    let it = items_mut(a);
    if n <= 0 {
        let old = std::mem::take(it);
        for x in old {
            decref(x);
        }
        return Ok(());
    }
    let orig = it.clone();
    for _ in 1..n {
        for &x in &orig {
            incref(x);
        }
        it.extend_from_slice(&orig);
    }
    Ok(())
}

pub fn pop(w: W, i: Option<i64>) -> PyResult<Ref> {
    let it = items_mut(w);
    if it.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let idx = match i {
        None => it.len() - 1,
        Some(i) => match crate::str::norm_index(i, it.len()) {
            Some(j) => j,
            None => return Err(index_error("pop index out of range")),
        },
    };
    Ok(Ref::new(it.remove(idx)))
}

pub fn insert(w: W, i: i64, x: W) {
    let it = items_mut(w);
    let n = it.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    incref(x);
    it.insert(j as usize, x);
}

pub fn index(w: W, x: W, start: i64, stop: i64) -> PyResult<usize> {
    let mut i = {
        let (a, _) = crate::slice::clamp_range(start, stop, items(w).len());
        a
    };
    loop {
        let it = items(w);
        let (_, b) = crate::slice::clamp_range(start, stop, it.len());
        if i >= b {
            break;
        }
        let y = it[i];
        if ops::eq(y, x)? {
            return Ok(i);
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", ops::repr_string(x)?)))
}

pub fn count(w: W, x: W) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while i < items(w).len() {
        if ops::eq(items(w)[i], x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

pub fn remove(w: W, x: W) -> PyResult<()> {
    let mut i = 0;
    while i < items(w).len() {
        if ops::eq(items(w)[i], x)? {
            let old = items_mut(w).remove(i);
            decref(old);
            return Ok(());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// `list.clear()`: items released last to first, as CPython.
pub fn clear(w: W) {
    let old = std::mem::take(items_mut(w));
    for x in old.into_iter().rev() {
        decref(x);
    }
}

/// Sorts a vector of owned words in place (stable); `keys` parallel to `v` if given.
pub fn sort_words(v: &mut [W], keys: Option<&[W]>, reverse: bool) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if keys.is_none() {
        // fast paths sorting the words themselves (CPython's order: reverse, stable sort, reverse)
        if v.iter().all(|&k| is_small(k)) {
            // equal small ints are the same word, so stability is unobservable
            v.sort_unstable_by_key(|&w| w as i64);
            if reverse {
                v.reverse();
            }
            return Ok(());
        }
        let all_str = v.iter().all(|&k| crate::str::is_str(k));
        let all_float = !all_str && v.iter().all(|&k| crate::float::is_float(k) && !crate::float::val(k).is_nan());
        if all_str || all_float {
            if reverse {
                v.reverse();
            }
            if all_str {
                v.sort_by(|&a, &b| crate::str::cmp(a, b));
            } else {
                v.sort_by(|&a, &b| crate::float::val(a).partial_cmp(&crate::float::val(b)).unwrap_or(std::cmp::Ordering::Equal));
            }
            if reverse {
                v.reverse();
            }
            return Ok(());
        }
    }
    let kv: Vec<W> = match keys {
        Some(k) => k.to_vec(),
        None => v.to_vec(),
    };
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    let mut result = Ok(());
    // fast paths with a total order
    if kv.iter().all(|&k| is_small(k)) {
        idx.sort_by_key(|&i| small_val(kv[i]));
    } else if kv.iter().all(|&k| crate::str::is_str(k)) {
        idx.sort_by(|&a, &b| crate::str::cmp(kv[a], kv[b]));
    } else if kv.iter().all(|&k| crate::float::is_float(k) && !crate::float::val(k).is_nan()) {
        idx.sort_by(|&a, &b| crate::float::val(kv[a]).partial_cmp(&crate::float::val(kv[b])).unwrap_or(std::cmp::Ordering::Equal));
    } else {
        // CPython's algorithm: user `__lt__` methods see its comparisons, and a failing one
        // leaves its partial order (reversed back, as CPython does)
        result = crate::listsort::sort(&mut idx, &mut |a, b| ops::lt(kv[a], kv[b]));
    }
    if reverse {
        idx.reverse();
    }
    let old = v.to_vec();
    for (k, &i) in idx.iter().enumerate() {
        v[k] = old[i];
    }
    result
}

/// The `reverse` argument of `list.sort` / `sorted`: Argument Clinic's `bool(accept={int})`,
/// an int (or `__index__`) that fits a C int, whose truth is taken.
pub fn reverse_arg(r: W) -> PyResult<bool> {
    let Some(v) = ops::index_value(r) else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r))));
    };
    let v = v?;
    match crate::int::to_i64(v.w()) {
        Some(n) if i32::try_from(n).is_ok() => Ok(n != 0),
        _ => Err(crate::exceptions::overflow_error("Python int too large to convert to C int")),
    }
}

/// list.sort(key=, reverse=)
pub fn sort(w: W, key: W, reverse: bool) -> PyResult<()> {
    let mut v = std::mem::take(items_mut(w));
    let result = (|| {
        if key != 0 && !is_none(key) {
            let mut keys = Vec::with_capacity(v.len());
            for &x in &v {
                keys.push(crate::func::call(key, &Args::pos(&[x]))?);
            }
            let kw: Vec<W> = keys.iter().map(|k| k.w()).collect();
            sort_words(&mut v, Some(&kw), reverse)
        } else {
            sort_words(&mut v, None, reverse)
        }
    })();
    let modified = !items(w).is_empty();
    let during = std::mem::replace(items_mut(w), v);
    for x in during {
        decref(x);
    }
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// Calls a list method by name; None when the list has no such attribute.
pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "append" => {
            a.exactly_one("list.append")?;
            append(w, a.pos[0]);
            Ok(Ref::none())
        }
        "extend" => {
            a.exactly_one("list.extend")?;
            extend(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "pop" => {
            a.expect("pop", 0, 1)?;
            let i = match a.pos.first() {
                Some(&x) => Some(ops::index_arg(x)?),
                None => None,
            };
            pop(w, i)
        }
        "insert" => {
            a.expect("insert", 2, 2)?;
            insert(w, ops::index_arg(a.pos[0])?, a.pos[1]);
            Ok(Ref::none())
        }
        "remove" => {
            a.exactly_one("list.remove")?;
            remove(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "index" => {
            a.expect("index", 1, 3)?;
            // start and stop are clamped like slice indices (CPython's _PyEval_SliceIndexNotNone)
            let start = match a.pos.get(1) {
                Some(&x) => crate::builtins::slice_index_arg(x)?,
                None => 0,
            };
            let stop = match a.pos.get(2) {
                Some(&x) => crate::builtins::slice_index_arg(x)?,
                None => i64::MAX,
            };
            Ok(Ref::int(index(w, a.pos[0], start, stop)? as i64))
        }
        "count" => {
            a.exactly_one("list.count")?;
            Ok(Ref::int(count(w, a.pos[0])? as i64))
        }
        "sort" => {
            if !a.pos.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            a.check_kw("sort", &["key", "reverse"])?;
            let key = a.kw("key").unwrap_or(0);
            let rev = match a.kw("reverse") {
                Some(r) => reverse_arg(r)?,
                None => false,
            };
            sort(w, key, rev)?;
            Ok(Ref::none())
        }
        "reverse" => {
            a.expect("reverse", 0, 0)?;
            items_mut(w).reverse();
            Ok(Ref::none())
        }
        "copy" => {
            a.expect("copy", 0, 0)?;
            Ok(new(items(w)))
        }
        "clear" => {
            a.expect("clear", 0, 0)?;
            clear(w);
            Ok(Ref::none())
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

pub fn has_method(name: &str) -> bool {
    matches!(name, "append" | "extend" | "pop" | "insert" | "remove" | "index" | "count" | "sort" | "reverse" | "copy" | "clear")
}

#[cfg(test)]
mod tests {
    use super::*;
    fn l(v: &[i64]) -> Ref {
        from_vec(v.iter().map(|&x| Ref::int(x)).collect())
    }
    fn r(w: &Ref) -> String {
        ops::repr_string(w.w()).unwrap()
    }

    #[test]
    fn reverse_argument() {
        assert!(reverse_arg(true_w()).unwrap());
        assert!(!reverse_arg(mk_small(0)).unwrap());
        assert!(reverse_arg(mk_small(-1)).unwrap());
        for (w, m) in [
            (crate::str::new("yes"), "'str' object cannot be interpreted as an integer"),
            (crate::float::new(1.5), "'float' object cannot be interpreted as an integer"),
            (Ref::none(), "'NoneType' object cannot be interpreted as an integer"),
            (Ref::int(1 << 31), "Python int too large to convert to C int"),
        ] {
            assert!(reverse_arg(w.w()).is_err());
            let e = crate::exceptions::fetch();
            assert_eq!(crate::exceptions::exc_str(e).unwrap(), m);
            decref(e);
        }
    }

    #[test]
    fn basics() {
        let a = l(&[3, 1, 2]);
        append(a.w(), mk_small(5));
        assert_eq!(r(&a), "[3, 1, 2, 5]");
        sort(a.w(), 0, false).unwrap();
        assert_eq!(r(&a), "[1, 2, 3, 5]");
        sort(a.w(), 0, true).unwrap();
        assert_eq!(r(&a), "[5, 3, 2, 1]");
        assert_eq!(r(&pop(a.w(), Some(0)).unwrap()), "5");
        insert(a.w(), -1, mk_small(9));
        assert_eq!(r(&a), "[3, 2, 9, 1]");
        assert!(pop(l(&[]).w(), None).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "pop from empty list");
        decref(e);
        assert!(index(a.w(), mk_small(5), 0, i64::MAX).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "5 is not in list");
        decref(e);
    }

    #[test]
    fn slices() {
        // python3: a=list(range(10)); a[2:5]=[0]; del a[::3]; a[::2]=[7,7,7] -> ...
        let a = l(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let n = none();
        let s = crate::slice::new(mk_small(2), mk_small(5), n);
        setslice(a.w(), s.w(), l(&[0]).w()).unwrap();
        assert_eq!(r(&a), "[0, 1, 0, 5, 6, 7, 8, 9]");
        let s = crate::slice::new(n, n, mk_small(3));
        delslice(a.w(), s.w()).unwrap();
        assert_eq!(r(&a), "[1, 0, 6, 7, 9]");
        let s = crate::slice::new(n, n, mk_small(2));
        setslice(a.w(), s.w(), l(&[7, 7, 7]).w()).unwrap();
        assert_eq!(r(&a), "[7, 0, 7, 7, 7]");
        assert!(setslice(a.w(), s.w(), l(&[7]).w()).is_err());
        crate::exceptions::clear();
        let s = crate::slice::new(n, n, mk_small(-1));
        assert_eq!(r(&ops::getitem(a.w(), s.w()).unwrap()), "[7, 7, 7, 0, 7]");
    }

    fn err_str() -> String {
        let e = crate::exceptions::fetch();
        let s = crate::exceptions::exc_str(e).unwrap();
        decref(e);
        s
    }

    #[test]
    fn index_clamps_big_bounds() {
        // python3: [1, 2, 3].index(3, 0, 10**30), [1, 2, 3].index(1, -10**30), [1, 2, 3].index(3, 10**30)
        let a = l(&[1, 2, 3]);
        let big = crate::int::from_big("1000000000000000000000000000000".parse().unwrap());
        let neg = crate::int::neg(big.w());
        let call = |args: &[W]| call_method(a.w(), "index", &Args::pos(args));
        assert_eq!(small_val(call(&[mk_small(3), mk_small(0), big.w()]).unwrap().w()), 2);
        assert_eq!(small_val(call(&[mk_small(1), neg.w()]).unwrap().w()), 0);
        assert!(call(&[mk_small(3), big.w()]).is_err());
        assert_eq!(err_str(), "3 is not in list");
        // python3: [1, 2, 3].index(3, None) -> TypeError
        assert!(call(&[mk_small(3), none()]).is_err());
        assert_eq!(err_str(), "slice indices must be integers or have an __index__ method");
    }

    #[test]
    fn assign_non_iterable_to_slice() {
        // python3: xs = [1, 2]; xs[0:1] = 5 / xs[::2] = 5 -> TypeError
        let a = l(&[1, 2]);
        let n = none();
        let s = crate::slice::new(mk_small(0), mk_small(1), n);
        assert!(setslice(a.w(), s.w(), mk_small(5)).is_err());
        assert_eq!(err_str(), "can only assign an iterable");
        let s = crate::slice::new(n, n, mk_small(2));
        assert!(setslice(a.w(), s.w(), mk_small(5)).is_err());
        assert_eq!(err_str(), "must assign iterable to extended slice");
        assert_eq!(r(&a), "[1, 2]");
        // python3: xs[0:1] = "ab" -> ['a', 'b', 2]
        let s = crate::slice::new(mk_small(0), mk_small(1), n);
        setslice(a.w(), s.w(), crate::str::new("ab").w()).unwrap();
        assert_eq!(r(&a), "['a', 'b', 2]");
    }

    #[test]
    fn stable_sort_with_key() {
        let v = vec![crate::str::new("bb"), crate::str::new("a"), crate::str::new("cc"), crate::str::new("d")];
        let a = from_vec(v);
        let len = crate::builtins::lookup("len").unwrap();
        sort(a.w(), len.w(), false).unwrap();
        assert_eq!(r(&a), "['a', 'd', 'bb', 'cc']");
        sort(a.w(), len.w(), true).unwrap();
        assert_eq!(r(&a), "['bb', 'cc', 'a', 'd']");
    }
}
