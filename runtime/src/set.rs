//! set and frozenset: CPython's open-addressing set table (linear probes then
//! perturbation, same growth policy), so iteration order matches CPython for ints;
//! set methods and set algebra.

use crate::exceptions::{key_error, raise_new, type_error, KEY_ERROR};
use crate::func::Args;
use crate::object::*;
use crate::ops;

const DUMMY: W = 2; // never a valid word (even, below any real pointer)
const LINEAR_PROBES: usize = 9;
const MINSIZE: usize = 8;

#[derive(Clone, Copy)]
pub struct SEntry {
    pub hash: i64,
    /// 0 empty, DUMMY deleted.
    pub key: W,
}

#[repr(C)]
pub struct SetObj {
    pub hdr: ObjHeader,
    pub table: Vec<SEntry>,
    pub fill: usize,
    pub used: usize,
    pub finger: usize,
}

impl Drop for SetObj {
    fn drop(&mut self) {
        for e in &self.table {
            if e.key != 0 && e.key != DUMMY {
                decref(e.key);
            }
        }
    }
}

pub fn new_empty(frozen: bool) -> Ref {
    let t: &'static TypeObject = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    Ref::new(alloc(SetObj { hdr: ObjHeader::new(t), table: vec![SEntry { hash: 0, key: 0 }; MINSIZE], fill: 0, used: 0, finger: 0 }))
}

#[inline]
pub fn is_set(w: W) -> bool {
    !is_small(w) && matches!(kind_of(w), Kind::Set | Kind::FrozenSet)
}

#[inline]
#[allow(clippy::mut_from_ref)]
pub fn sobj(w: W) -> &'static mut SetObj {
    unsafe { obj_mut::<SetObj>(w) }
}

impl SetObj {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    fn find(&self, key: W, hash: i64) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let e = self.table[j];
                if e.key == 0 {
                    return Ok(None);
                }
                if e.hash == hash && e.key != DUMMY && (e.key == key || ops::eq(e.key, key)?) {
                    return Ok(Some(j));
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_clean(table: &mut [SEntry], key: W, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key == 0 {
                table[i] = SEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for e in table[i + 1..=i + LINEAR_PROBES].iter_mut() {
                    if e.key == 0 {
                        *e = SEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SEntry { hash: 0, key: 0 }; newsize]);
        for e in old {
            if e.key != 0 && e.key != DUMMY {
                Self::insert_clean(&mut self.table, e.key, e.hash);
            }
        }
        self.fill = self.used;
    }

    /// Adds a borrowed key.
    pub fn add(&mut self, key: W, hash: i64) -> PyResult<()> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let e = self.table[j];
                if e.key == 0 {
                    incref(key);
                    if let Some(f) = freeslot {
                        self.table[f] = SEntry { hash, key };
                        self.used += 1;
                        return Ok(());
                    }
                    self.table[j] = SEntry { hash, key };
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
                    }
                    return Ok(());
                }
                if e.hash == hash && e.key != DUMMY && (e.key == key || ops::eq(e.key, key)?) {
                    return Ok(());
                }
                if e.key == DUMMY {
                    // CPython 3.11 reuses the last dummy met on the probe path
                    freeslot = Some(j);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Removes a key; true if it was present.
    pub fn discard(&mut self, key: W, hash: i64) -> PyResult<bool> {
        match self.find(key, hash)? {
            Some(j) => {
                let k = self.table[j].key;
                self.table[j] = SEntry { hash: -1, key: DUMMY };
                self.used -= 1;
                decref(k);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = W> + '_ {
        self.table.iter().filter(|e| e.key != 0 && e.key != DUMMY).map(|e| e.key)
    }
}

pub fn add(s: W, k: W) -> PyResult<()> {
    let h = ops::hash(k)?;
    sobj(s).add(k, h)
}

pub fn contains(s: W, k: W) -> PyResult<bool> {
    let h = match ops::hash(k) {
        Ok(h) => h,
        Err(e) => {
            // `{1} in set` hashes a frozenset in CPython; a set key here is simply unhashable
            return Err(e);
        }
    };
    Ok(sobj(s).find(k, h)?.is_some())
}

pub fn len(s: W) -> usize {
    sobj(s).used
}

/// Entry at table position `pos` or later: (next position, key).
pub fn next_from(s: W, pos: usize) -> Option<(usize, W)> {
    let t = &sobj(s).table;
    let mut p = pos;
    while p < t.len() {
        let k = t[p].key;
        if k != 0 && k != DUMMY {
            return Some((p + 1, k));
        }
        p += 1;
    }
    None
}

pub fn from_iter(it: W, frozen: bool) -> PyResult<Ref> {
    let s = new_empty(frozen);
    update(s.w(), it)?;
    Ok(s)
}

pub fn update(s: W, it: W) -> PyResult<()> {
    if is_set(it) {
        return merge(s, it);
    }
    if crate::dict::is_dict(it) {
        let keys: Vec<(W, i64)> = crate::dict::table(it).iter().map(|e| (e.key, e.hash)).collect();
        let so = sobj(s);
        if (so.fill + keys.len()) * 5 >= so.mask() * 3 {
            so.resize((so.used + keys.len()) * 2);
        }
        for (k, h) in keys {
            sobj(s).add(k, h)?;
        }
        return Ok(());
    }
    let iter = ops::iter(it)?;
    while let Some(x) = ops::next(iter.w())? {
        add(s, x.w())?;
    }
    Ok(())
}

/// CPython's set_merge (the table layout it produces decides iteration order).
fn merge(s: W, other: W) -> PyResult<()> {
    if s == other || sobj(other).used == 0 {
        return Ok(());
    }
    let (ofill, oused, omask) = (sobj(other).fill, sobj(other).used, sobj(other).mask());
    let entries: Vec<SEntry> = sobj(other).table.clone();
    let so = sobj(s);
    if (so.fill + oused) * 5 >= so.mask() * 3 {
        so.resize((so.used + oused) * 2);
    }
    if so.fill == 0 && so.mask() == omask && ofill == oused {
        for (i, e) in entries.iter().enumerate() {
            if e.key != 0 {
                incref(e.key);
                so.table[i] = *e;
            }
        }
        so.fill = ofill;
        so.used = oused;
        return Ok(());
    }
    if so.fill == 0 {
        so.fill = oused;
        so.used = oused;
        for e in entries.iter() {
            if e.key != 0 && e.key != DUMMY {
                incref(e.key);
                SetObj::insert_clean(&mut so.table, e.key, e.hash);
            }
        }
        return Ok(());
    }
    for e in entries.iter() {
        if e.key != 0 && e.key != DUMMY {
            sobj(s).add(e.key, e.hash)?;
        }
    }
    Ok(())
}

/// A set built the way CPython builds a literal of three or more constants
/// (`BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`), so the order matches. The compiler
/// builds the frozenset constant twice: once from the literal's items, then again from that
/// frozenset's iteration order when it merges constants (`merge_consts_recursive`).
pub fn from_const_items(items: &[W]) -> PyResult<Ref> {
    let first = new_empty(true);
    for &x in items {
        add(first.w(), x)?;
    }
    let f = new_empty(true);
    for k in keys(first.w()) {
        add(f.w(), k.w())?;
    }
    let s = new_empty(false);
    merge(s.w(), f.w())?;
    Ok(s)
}

pub fn copy(s: W, frozen: bool) -> PyResult<Ref> {
    let n = new_empty(frozen);
    update(n.w(), s)?;
    Ok(n)
}

fn keys(s: W) -> Vec<Ref> {
    sobj(s).iter().map(Ref::borrow).collect()
}

/// Converts an operand of set algebra to a set (borrowing sets as they are).
fn as_set(w: W) -> PyResult<Ref> {
    if is_set(w) { Ok(Ref::borrow(w)) } else { from_iter(w, false) }
}

pub fn union(a: W, b: W) -> PyResult<Ref> {
    let r = copy(a, kind_of(a) == Kind::FrozenSet)?;
    update(r.w(), b)?;
    Ok(r)
}

pub fn intersection(a: W, b: W) -> PyResult<Ref> {
    let b = as_set(b)?;
    let r = new_empty(kind_of(a) == Kind::FrozenSet);
    // CPython iterates the other set unless it is the larger one
    let (small, big) = if len(b.w()) > len(a) { (a, b.w()) } else { (b.w(), a) };
    for k in keys(small) {
        if contains(big, k.w())? {
            add(r.w(), k.w())?;
        }
    }
    Ok(r)
}

pub fn difference(a: W, b: W) -> PyResult<Ref> {
    let b = as_set(b)?;
    if (len(a) >> 2) > len(b.w()) {
        // CPython copies a big set and discards the few common items
        let r = copy(a, kind_of(a) == Kind::FrozenSet)?;
        for k in keys(b.w()) {
            let h = ops::hash(k.w())?;
            sobj(r.w()).discard(k.w(), h)?;
        }
        return Ok(r);
    }
    let r = new_empty(kind_of(a) == Kind::FrozenSet);
    for k in keys(a) {
        if !contains(b.w(), k.w())? {
            add(r.w(), k.w())?;
        }
    }
    Ok(r)
}

/// a ^ b: CPython starts from a copy of b and toggles the items of a.
pub fn symmetric_difference(a: W, b: W) -> PyResult<Ref> {
    let r = set_from(b, kind_of(a) == Kind::FrozenSet)?;
    symmetric_difference_update(r.w(), a)?;
    Ok(r)
}

fn set_from(b: W, frozen: bool) -> PyResult<Ref> {
    let r = new_empty(frozen);
    update(r.w(), b)?;
    Ok(r)
}

/// In place: toggles each item of `b` in `s`.
pub fn symmetric_difference_update(s: W, b: W) -> PyResult<()> {
    let b = as_set(b)?;
    if b.w() == s {
        let so = sobj(s);
        let old = std::mem::replace(&mut so.table, vec![SEntry { hash: 0, key: 0 }; MINSIZE]);
        so.fill = 0;
        so.used = 0;
        for e in old {
            if e.key != 0 && e.key != DUMMY {
                decref(e.key);
            }
        }
        return Ok(());
    }
    for k in keys(b.w()) {
        let h = ops::hash(k.w())?;
        if !sobj(s).discard(k.w(), h)? {
            sobj(s).add(k.w(), h)?;
        }
    }
    Ok(())
}

pub fn issubset(a: W, b: W) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for k in keys(a) {
        if !contains(b, k.w())? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn eq(a: W, b: W) -> PyResult<bool> {
    Ok(len(a) == len(b) && issubset(a, b)?)
}

pub fn hash(w: W) -> PyResult<i64> {
    // CPython's frozenset hash
    let mut h: u64 = 0;
    for e in sobj(w).table.iter().filter(|e| e.key != 0 && e.key != DUMMY) {
        let x = e.hash as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= ((sobj(w).used as u64).wrapping_add(1)).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    Ok(if r == -1 { 590923713 } else { r })
}

pub fn repr(w: W) -> PyResult<String> {
    let frozen = kind_of(w) == Kind::FrozenSet;
    if len(w) == 0 {
        return Ok(if frozen { "frozenset()".into() } else { "set()".into() });
    }
    let mut s = String::new();
    if frozen {
        s.push_str("frozenset(");
    }
    s.push('{');
    for (i, k) in keys(w).iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(k.w())?);
    }
    s.push('}');
    if frozen {
        s.push(')');
    }
    Ok(s)
}

pub fn pop(w: W) -> PyResult<Ref> {
    let so = sobj(w);
    if so.used == 0 {
        return Err(raise_new(&KEY_ERROR, "pop from an empty set"));
    }
    let mask = so.mask();
    let mut i = so.finger & mask;
    while so.table[i].key == 0 || so.table[i].key == DUMMY {
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let k = so.table[i].key;
    so.table[i] = SEntry { hash: -1, key: DUMMY };
    so.used -= 1;
    so.finger = i + 1;
    Ok(Ref::new(k))
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let frozen = kind_of(w) == Kind::FrozenSet;
    let mutating = matches!(
        name,
        "add" | "remove" | "discard" | "pop" | "clear" | "update" | "intersection_update" | "difference_update" | "symmetric_difference_update"
    );
    if frozen && mutating {
        return Err(ops::no_attr(w, name));
    }
    match name {
        "add" => {
            a.exactly_one("set.add")?;
            add(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "remove" => {
            a.exactly_one("set.remove")?;
            let h = ops::hash(a.pos[0])?;
            if !sobj(w).discard(a.pos[0], h)? {
                return Err(key_error(a.pos[0]));
            }
            Ok(Ref::none())
        }
        "discard" => {
            a.exactly_one("set.discard")?;
            let h = ops::hash(a.pos[0])?;
            sobj(w).discard(a.pos[0], h)?;
            Ok(Ref::none())
        }
        "pop" => {
            a.expect("pop", 0, 0)?;
            pop(w)
        }
        "clear" => {
            a.expect("clear", 0, 0)?;
            let so = sobj(w);
            let old = std::mem::replace(&mut so.table, vec![SEntry { hash: 0, key: 0 }; MINSIZE]);
            so.fill = 0;
            so.used = 0;
            for e in old {
                if e.key != 0 && e.key != DUMMY {
                    decref(e.key);
                }
            }
            Ok(Ref::none())
        }
        "copy" => {
            a.expect("copy", 0, 0)?;
            if frozen && !type_of(w).heap {
                return Ok(Ref::borrow(w));
            }
            copy(w, frozen)
        }
        "update" => {
            for &x in a.pos {
                update(w, x)?;
            }
            Ok(Ref::none())
        }
        "union" => {
            let mut r = copy(w, frozen)?;
            for &x in a.pos {
                r = union(r.w(), x)?;
            }
            Ok(r)
        }
        "intersection" | "intersection_update" => {
            let mut r = copy(w, frozen)?;
            for &x in a.pos {
                r = intersection(r.w(), x)?;
            }
            if name == "intersection_update" {
                replace_contents(w, r.w())?;
                return Ok(Ref::none());
            }
            Ok(r)
        }
        "difference" => {
            let mut r = copy(w, frozen)?;
            for &x in a.pos {
                r = difference(r.w(), x)?;
            }
            Ok(r)
        }
        "difference_update" => {
            for &x in a.pos {
                let o = as_set(x)?;
                let ks = if o.w() == w { keys(w) } else { keys(o.w()) };
                for k in ks {
                    let h = ops::hash(k.w())?;
                    sobj(w).discard(k.w(), h)?;
                }
            }
            Ok(Ref::none())
        }
        "symmetric_difference" => {
            a.exactly_one("set.symmetric_difference")?;
            symmetric_difference(w, a.pos[0])
        }
        "symmetric_difference_update" => {
            a.exactly_one("set.symmetric_difference_update")?;
            symmetric_difference_update(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "issubset" => {
            a.exactly_one("set.issubset")?;
            let o = as_set(a.pos[0])?;
            Ok(Ref::bool(issubset(w, o.w())?))
        }
        "issuperset" => {
            a.exactly_one("set.issuperset")?;
            let o = as_set(a.pos[0])?;
            Ok(Ref::bool(issubset(o.w(), w)?))
        }
        "isdisjoint" => {
            a.exactly_one("set.isdisjoint")?;
            let o = as_set(a.pos[0])?;
            let i = intersection(w, o.w())?;
            Ok(Ref::bool(len(i.w()) == 0))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

/// Takes over the table of the temporary set `src` (CPython's set_swap_bodies).
fn replace_contents(w: W, src: W) -> PyResult<()> {
    let (a, b) = (sobj(w), sobj(src));
    std::mem::swap(&mut a.table, &mut b.table);
    std::mem::swap(&mut a.fill, &mut b.fill);
    std::mem::swap(&mut a.used, &mut b.used);
    Ok(())
}

pub fn has_method(name: &str) -> bool {
    matches!(
        name,
        "add"
            | "remove"
            | "discard"
            | "pop"
            | "clear"
            | "copy"
            | "update"
            | "union"
            | "intersection"
            | "intersection_update"
            | "difference"
            | "difference_update"
            | "symmetric_difference"
            | "symmetric_difference_update"
            | "issubset"
            | "issuperset"
            | "isdisjoint"
    )
}

/// Set operators `| & - ^` (both operands sets).
pub fn binop(op: i32, a: W, b: W) -> PyResult<Ref> {
    match op {
        9 => union(a, b),
        11 => intersection(a, b),
        1 => difference(a, b),
        10 => symmetric_difference(a, b),
        _ => Err(type_error("unsupported set operation")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frozenset_hash() {
        // python3: hash(frozenset()), hash(frozenset({1,2})) -> 133146708735736 -1826646154956904602
        assert_eq!(hash(new_empty(true).w()).unwrap(), 133146708735736);
        let f = new_empty(true);
        add(f.w(), mk_small(1)).unwrap();
        add(f.w(), mk_small(2)).unwrap();
        assert_eq!(hash(f.w()).unwrap(), -1826646154956904602);
    }

    #[test]
    fn const_literal_order_matches_cpython() {
        // python3: print({3, 11, 19, 27}, {-1, -2, -3, 2**61-1, 2**61, 2**62, 2**64})
        let words = |v: &[i64]| v.iter().map(|&x| crate::int::from_i64(x)).collect::<Vec<Ref>>();
        let a = words(&[3, 11, 19, 27]);
        let s = from_const_items(&a.iter().map(|r| r.w()).collect::<Vec<W>>()).unwrap();
        assert_eq!(repr(s.w()).unwrap(), "{19, 3, 11, 27}");
        let mut b = words(&[-1, -2, -3, (1 << 61) - 1, 1 << 61, 1 << 62]);
        b.push(crate::int::from_big(num_bigint::BigInt::from(1u128 << 64)));
        let s = from_const_items(&b.iter().map(|r| r.w()).collect::<Vec<W>>()).unwrap();
        assert_eq!(repr(s.w()).unwrap(), "{2305843009213693951, 2305843009213693952, 4611686018427387904, -2, 18446744073709551616, -3, -1}");
    }

    #[test]
    fn int_order_matches_cpython() {
        // python3: print({5, 3, 100, 1, 8, 17, 33}) -> {1, 33, 3, 100, 5, 8, 17}
        let s = new_empty(false);
        for v in [5, 3, 100, 1, 8, 17, 33] {
            add(s.w(), mk_small(v)).unwrap();
        }
        assert_eq!(repr(s.w()).unwrap(), "{1, 33, 3, 100, 5, 8, 17}");
        // python3: s=set(range(20)); [s.discard(i) for i in range(0,20,3)]; print(s.pop(), s)
        let s = new_empty(false);
        for v in 0..20 {
            add(s.w(), mk_small(v)).unwrap();
        }
        for v in (0..20).step_by(3) {
            sobj(s.w()).discard(mk_small(v), v).unwrap();
        }
        let p = pop(s.w()).unwrap();
        assert_eq!(ops::repr_string(p.w()).unwrap(), "1");
        assert_eq!(repr(s.w()).unwrap(), "{2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19}");
    }

    #[test]
    fn const_literal_order() {
        // python3: print({5, 3, 100, 1, 8, 17, 33}) -> {1, 33, 3, 100, 5, 17, 8}
        let items: Vec<W> = [5, 3, 100, 1, 8, 17, 33].iter().map(|&v| mk_small(v)).collect();
        let s = from_const_items(&items).unwrap();
        assert_eq!(repr(s.w()).unwrap(), "{1, 33, 3, 100, 5, 17, 8}");
    }

    #[test]
    fn algebra() {
        let a = new_empty(false);
        let b = new_empty(false);
        for v in [1, 2, 3] {
            add(a.w(), mk_small(v)).unwrap();
        }
        for v in [2, 3, 4] {
            add(b.w(), mk_small(v)).unwrap();
        }
        assert_eq!(repr(union(a.w(), b.w()).unwrap().w()).unwrap(), "{1, 2, 3, 4}");
        assert_eq!(repr(intersection(a.w(), b.w()).unwrap().w()).unwrap(), "{2, 3}");
        assert_eq!(repr(difference(a.w(), b.w()).unwrap().w()).unwrap(), "{1}");
        assert_eq!(repr(symmetric_difference(a.w(), b.w()).unwrap().w()).unwrap(), "{1, 4}");
        assert_eq!(repr(new_empty(false).w()).unwrap(), "set()");
    }
}
