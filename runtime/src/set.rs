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

/// An empty instance of `t`, a subclass of `set` or `frozenset` (a heap class whose
/// instances are sets).
pub fn new_of_type(t: &'static TypeObject) -> Ref {
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

    /// CPython's set_table_resize: the smallest power of two above `minused` (at least
    /// MINSIZE), reinserting the live keys in table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            // the small table is kept as it is when it holds no dummies
            return;
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

/// CPython's set_contains_key: `k in s` for the set algorithms (no frozenset retry).
pub fn contains(s: W, k: W) -> PyResult<bool> {
    let h = ops::hash(k)?;
    Ok(sobj(s).find(k, h)?.is_some())
}

/// Runs `f` on `key`; when that fails with TypeError and `key` is a set (not a frozenset),
/// runs it again on `frozenset(key)`, as CPython's set_contains, set_remove and set_discard
/// do (a set is looked up as the frozenset it equals).
fn with_frozen_retry<T>(key: W, f: impl Fn(W) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Ok(v) => Ok(v),
        Err(e) => {
            let cur = crate::exceptions::current();
            if is_small(key) || kind_of(key) != Kind::Set || cur == 0 || !type_of(cur).is_subtype(&crate::exceptions::TYPE_ERROR) {
                return Err(e);
            }
            crate::exceptions::clear();
            let tmp = new_empty(true);
            update(tmp.w(), key)?;
            f(tmp.w())
        }
    }
}

/// `k in s` (the `in` operator and `__contains__`): a set key is looked up as a frozenset.
pub fn contains_op(s: W, k: W) -> PyResult<bool> {
    with_frozen_retry(k, |k| contains(s, k))
}

/// CPython's set_discard_key: removes `k` if present (true when it was).
fn discard_key(s: W, k: W) -> PyResult<bool> {
    let h = ops::hash(k)?;
    sobj(s).discard(k, h)
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

/// An exact dict (PyDict_CheckExact), whose keys the set algorithms take with their hashes.
fn is_exact_dict(w: W) -> bool {
    crate::dict::is_dict(w) && !type_of(w).heap
}

/// The keys of an exact dict with their hashes, in order.
fn dict_entries(d: W) -> Vec<(Ref, i64)> {
    crate::dict::table(d).iter().map(|e| (Ref::borrow(e.key), e.hash)).collect()
}

/// CPython's set_update_internal: `s |= it` for a set, a dict or any iterable.
pub fn update(s: W, it: W) -> PyResult<()> {
    if is_set(it) {
        return merge(s, it);
    }
    if is_exact_dict(it) {
        let keys = dict_entries(it);
        let so = sobj(s);
        // one big resize at the start, as CPython does
        if (so.fill + keys.len()) * 5 >= so.mask() * 3 {
            so.resize((so.used + keys.len()) * 2);
        }
        for (k, h) in keys {
            sobj(s).add(k.w(), h)?;
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
    // no assurance against duplicates: normal insertions
    let live: Vec<(Ref, i64)> = entries.iter().filter(|e| e.key != 0 && e.key != DUMMY).map(|e| (Ref::borrow(e.key), e.hash)).collect();
    for (k, h) in live {
        sobj(s).add(k.w(), h)?;
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

fn is_frozen(s: W) -> bool {
    kind_of(s) == Kind::FrozenSet
}

/// CPython's set_copy: a new set of the base type of `s` (set or frozenset), merged from it.
fn copy_of(s: W) -> PyResult<Ref> {
    copy(s, is_frozen(s))
}

fn keys(s: W) -> Vec<Ref> {
    sobj(s).iter().map(Ref::borrow).collect()
}

/// The keys of `s` with their stored hashes, in table order (kept alive while user code
/// may run).
pub fn entries(s: W) -> Vec<(Ref, i64)> {
    sobj(s).table.iter().filter(|e| e.key != 0 && e.key != DUMMY).map(|e| (Ref::borrow(e.key), e.hash)).collect()
}

fn has_entry(s: W, k: W, h: i64) -> PyResult<bool> {
    Ok(sobj(s).find(k, h)?.is_some())
}

/// CPython's set_clear_internal.
pub fn clear(s: W) {
    let so = sobj(s);
    let old = std::mem::replace(&mut so.table, vec![SEntry { hash: 0, key: 0 }; MINSIZE]);
    so.fill = 0;
    so.used = 0;
    for e in old {
        if e.key != 0 && e.key != DUMMY {
            decref(e.key);
        }
    }
}

/// `a | b` (CPython's set_or): a copy of `a`, updated from `b` unless `b` is `a`.
pub fn union(a: W, b: W) -> PyResult<Ref> {
    let r = copy_of(a)?;
    if a != b {
        update(r.w(), b)?;
    }
    Ok(r)
}

/// `a.union(*others)` (CPython's set_union).
pub fn union_multi(a: W, others: &[W]) -> PyResult<Ref> {
    let r = copy_of(a)?;
    for &o in others {
        if o != a {
            update(r.w(), o)?;
        }
    }
    Ok(r)
}

/// `a & b` / `a.intersection(b)` (CPython's set_intersection): a copy when `b` is `a`;
/// for a set, the smaller one is iterated (`b` on a tie) and looked up in the other; any
/// other iterable is iterated in its own order.
pub fn intersection(a: W, b: W) -> PyResult<Ref> {
    if a == b {
        return copy_of(a);
    }
    let r = new_empty(is_frozen(a));
    if is_set(b) {
        let (small, big) = if len(b) > len(a) { (a, b) } else { (b, a) };
        for (k, h) in entries(small) {
            if has_entry(big, k.w(), h)? {
                sobj(r.w()).add(k.w(), h)?;
            }
        }
        return Ok(r);
    }
    let it = ops::iter(b)?;
    while let Some(k) = ops::next(it.w())? {
        let h = ops::hash(k.w())?;
        if has_entry(a, k.w(), h)? {
            sobj(r.w()).add(k.w(), h)?;
        }
    }
    Ok(r)
}

/// `a.intersection(*others)` (CPython's set_intersection_multi).
pub fn intersection_multi(a: W, others: &[W]) -> PyResult<Ref> {
    if others.is_empty() {
        return copy_of(a);
    }
    let mut r = Ref::borrow(a);
    for &o in others {
        r = intersection(r.w(), o)?;
    }
    Ok(r)
}

/// `s.intersection_update(*others)` and `s &= o`: the intersection takes over `s`'s body.
pub fn intersection_update(s: W, others: &[W]) -> PyResult<()> {
    let r = intersection_multi(s, others)?;
    replace_contents(s, r.w())
}

/// CPython's set_difference_update_internal (`s -= o`, `s.difference_update(o)`).
fn difference_update_internal(s: W, o: W) -> PyResult<()> {
    if s == o {
        clear(s);
        return Ok(());
    }
    if is_set(o) {
        // when the other set is much larger, only the common items matter
        let other = if (len(o) >> 3) > len(s) { intersection(s, o)? } else { Ref::borrow(o) };
        for (k, h) in entries(other.w()) {
            sobj(s).discard(k.w(), h)?;
        }
    } else {
        let it = ops::iter(o)?;
        while let Some(k) = ops::next(it.w())? {
            discard_key(s, k.w())?;
        }
    }
    // more than a quarter of the table dummies: resize them away
    let so = sobj(s);
    if so.fill - so.used > so.mask() / 4 {
        so.resize(if so.used > 50000 { so.used * 2 } else { so.used * 4 });
    }
    Ok(())
}

pub fn difference_update(s: W, others: &[W]) -> PyResult<()> {
    for &o in others {
        difference_update_internal(s, o)?;
    }
    Ok(())
}

fn copy_and_difference(a: W, b: W) -> PyResult<Ref> {
    let r = copy_of(a)?;
    difference_update_internal(r.w(), b)?;
    Ok(r)
}

/// `a - b` / `a.difference(b)` (CPython's set_difference): a copy with the common items
/// discarded when `b` is not a set or dict, or is small next to `a`; else the items of `a`
/// not in `b`, added in `a`'s order.
pub fn difference(a: W, b: W) -> PyResult<Ref> {
    let other_size = if is_set(b) {
        len(b)
    } else if is_exact_dict(b) {
        crate::dict::len(b)
    } else {
        return copy_and_difference(a, b);
    };
    if (len(a) >> 2) > other_size {
        return copy_and_difference(a, b);
    }
    let r = new_empty(is_frozen(a));
    let in_dict = !is_set(b);
    for (k, h) in entries(a) {
        let common = if in_dict { crate::dict::table(b).lookup(k.w(), h)?.is_some() } else { has_entry(b, k.w(), h)? };
        if !common {
            sobj(r.w()).add(k.w(), h)?;
        }
    }
    Ok(r)
}

/// `a.difference(*others)` (CPython's set_difference_multi).
pub fn difference_multi(a: W, others: &[W]) -> PyResult<Ref> {
    let Some((&first, rest)) = others.split_first() else {
        return copy_of(a);
    };
    let r = difference(a, first)?;
    difference_update(r.w(), rest)?;
    Ok(r)
}

/// `a ^ b`: CPython starts from a new set of `a`'s type built from `b` and toggles the
/// items of `a`.
pub fn symmetric_difference(a: W, b: W) -> PyResult<Ref> {
    let r = new_empty(is_frozen(a));
    update(r.w(), b)?;
    symmetric_difference_update(r.w(), a)?;
    Ok(r)
}

/// In place: toggles each item of `b` in `s` (a dict's keys in order, a set's in table
/// order, any other iterable through a temporary set).
pub fn symmetric_difference_update(s: W, b: W) -> PyResult<()> {
    if b == s {
        clear(s);
        return Ok(());
    }
    let items = if is_exact_dict(b) {
        dict_entries(b)
    } else if is_set(b) {
        entries(b)
    } else {
        let t = new_empty(is_frozen(s));
        update(t.w(), b)?;
        entries(t.w())
    };
    for (k, h) in items {
        if !sobj(s).discard(k.w(), h)? {
            sobj(s).add(k.w(), h)?;
        }
    }
    Ok(())
}

/// `a <= b` for two sets.
pub fn issubset(a: W, b: W) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for (k, h) in entries(a) {
        if !has_entry(b, k.w(), h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.issubset(o)` for any iterable `o` (through the intersection when it is not a set).
pub fn issubset_of(a: W, o: W) -> PyResult<bool> {
    if !is_set(o) {
        let t = intersection(a, o)?;
        return Ok(len(t.w()) == len(a));
    }
    issubset(a, o)
}

/// `a.issuperset(o)`: each item of a non-set `o` is looked up in `a`, in order.
pub fn issuperset_of(a: W, o: W) -> PyResult<bool> {
    if is_set(o) {
        return issubset(o, a);
    }
    let it = ops::iter(o)?;
    while let Some(k) = ops::next(it.w())? {
        if !contains(a, k.w())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(o)` (CPython's set_isdisjoint).
pub fn isdisjoint(a: W, o: W) -> PyResult<bool> {
    if a == o {
        return Ok(len(a) == 0);
    }
    if is_set(o) && !type_of(o).heap {
        let (small, big) = if len(o) > len(a) { (a, o) } else { (o, a) };
        for (k, h) in entries(small) {
            if has_entry(big, k.w(), h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = ops::iter(o)?;
    while let Some(k) = ops::next(it.w())? {
        if contains(a, k.w())? {
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
    // `{...}` for an exact set, `name({...})` for a frozenset and for subclasses
    let named = kind_of(w) == Kind::FrozenSet || type_of(w).heap;
    if len(w) == 0 {
        return Ok(format!("{}()", type_name(w)));
    }
    let mut s = String::new();
    if named {
        s.push_str(type_name(w));
        s.push('(');
    }
    s.push('{');
    for (i, k) in keys(w).iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(k.w())?);
    }
    s.push('}');
    if named {
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
    // CPython's messages name the method as `set.add` / `frozenset.copy`
    let qual = format!("{}.{name}", if frozen { "frozenset" } else { "set" });
    match name {
        "add" => {
            a.exactly_one(&qual)?;
            add(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "remove" => {
            a.exactly_one(&qual)?;
            if !with_frozen_retry(a.pos[0], |k| discard_key(w, k))? {
                return Err(key_error(a.pos[0]));
            }
            Ok(Ref::none())
        }
        "discard" => {
            a.exactly_one(&qual)?;
            with_frozen_retry(a.pos[0], |k| discard_key(w, k))?;
            Ok(Ref::none())
        }
        "pop" => {
            a.expect(&qual, 0, 0)?;
            pop(w)
        }
        "clear" => {
            a.expect(&qual, 0, 0)?;
            clear(w);
            Ok(Ref::none())
        }
        "copy" => {
            a.expect(&qual, 0, 0)?;
            if frozen && !type_of(w).heap {
                return Ok(Ref::borrow(w));
            }
            copy(w, frozen)
        }
        "update" => {
            a.no_kw(&qual)?;
            for &x in a.pos {
                update(w, x)?;
            }
            Ok(Ref::none())
        }
        "union" => {
            a.no_kw(&qual)?;
            union_multi(w, a.pos)
        }
        "intersection" => {
            a.no_kw(&qual)?;
            intersection_multi(w, a.pos)
        }
        "intersection_update" => {
            a.no_kw(&qual)?;
            intersection_update(w, a.pos)?;
            Ok(Ref::none())
        }
        "difference" => {
            a.no_kw(&qual)?;
            difference_multi(w, a.pos)
        }
        "difference_update" => {
            a.no_kw(&qual)?;
            difference_update(w, a.pos)?;
            Ok(Ref::none())
        }
        "symmetric_difference" => {
            a.exactly_one(&qual)?;
            symmetric_difference(w, a.pos[0])
        }
        "symmetric_difference_update" => {
            a.exactly_one(&qual)?;
            symmetric_difference_update(w, a.pos[0])?;
            Ok(Ref::none())
        }
        "issubset" => {
            a.exactly_one(&qual)?;
            Ok(Ref::bool(issubset_of(w, a.pos[0])?))
        }
        "issuperset" => {
            a.exactly_one(&qual)?;
            Ok(Ref::bool(issuperset_of(w, a.pos[0])?))
        }
        "isdisjoint" => {
            a.exactly_one(&qual)?;
            Ok(Ref::bool(isdisjoint(w, a.pos[0])?))
        }
        "__contains__" => {
            a.exactly_one(&qual)?;
            Ok(Ref::bool(contains_op(w, a.pos[0])?))
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
            | "__contains__"
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

/// In-place set operators `|= &= -= ^=` on a set (`b` a set): CPython's set_ior, set_iand,
/// set_isub and set_ixor.
pub fn inplace_binop(op: i32, s: W, b: W) -> PyResult<()> {
    match op {
        9 => update(s, b),
        11 => intersection_update(s, &[b]),
        1 => difference_update_internal(s, b),
        10 => symmetric_difference_update(s, b),
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

    fn built(vals: &[i64]) -> Ref {
        let s = new_empty(false);
        for &v in vals {
            add(s.w(), mk_small(v)).unwrap();
        }
        s
    }

    fn err_text() -> String {
        let e = crate::exceptions::fetch();
        let t = crate::traceback::format_exception_only(e);
        decref(e);
        t
    }

    #[test]
    fn same_operand_copies_like_cpython() {
        // python3: b = {8, 16, 24, 32, 40}; print(b | b, b & b) -> both {32, 16, 8, 24, 40}
        let items: Vec<W> = [8, 16, 24, 32, 40].iter().map(|&v| mk_small(v)).collect();
        let b = from_const_items(&items).unwrap();
        assert_eq!(repr(binop(9, b.w(), b.w()).unwrap().w()).unwrap(), "{32, 16, 8, 24, 40}");
        assert_eq!(repr(binop(11, b.w(), b.w()).unwrap().w()).unwrap(), "{32, 16, 8, 24, 40}");
        assert_eq!(repr(union_multi(b.w(), &[b.w()]).unwrap().w()).unwrap(), "{32, 16, 8, 24, 40}");
        assert_eq!(repr(intersection_multi(b.w(), &[b.w()]).unwrap().w()).unwrap(), "{32, 16, 8, 24, 40}");
        // python3: c = {8, 16, 24, 32, 40}; c &= c; print(c)
        let c = from_const_items(&items).unwrap();
        inplace_binop(11, c.w(), c.w()).unwrap();
        assert_eq!(repr(c.w()).unwrap(), "{32, 16, 8, 24, 40}");
        // python3: f = frozenset(b); print(f | f) -> frozenset({32, 16, 8, 24, 40})
        let f = copy(b.w(), true).unwrap();
        assert_eq!(repr(binop(9, f.w(), f.w()).unwrap().w()).unwrap(), "frozenset({32, 16, 8, 24, 40})");
    }

    #[test]
    fn method_paths_match_cpython() {
        // python3: a = set(); [a.add(x) for x in [-9, -28, 13, 2, 19, 16, 9]]
        //          print(a.union({-17}, [-4, 5])) -> {2, 5, 9, 13, 16, 19, -28, -17, -9, -4}
        let a = built(&[-9, -28, 13, 2, 19, 16, 9]);
        let m17 = built(&[-17]);
        let l = crate::list::new(&[mk_small(-4), mk_small(5)]);
        assert_eq!(repr(union_multi(a.w(), &[m17.w(), l.w()]).unwrap().w()).unwrap(), "{2, 5, 9, 13, 16, 19, -28, -17, -9, -4}");
        // python3: b built from [-10, -9, -28, 13, 2, 19]; b.difference([9, 14]) -> {2, 19, -28, -10, -9, 13}
        let b = built(&[-10, -9, -28, 13, 2, 19]);
        let l = crate::list::new(&[mk_small(9), mk_small(14)]);
        assert_eq!(repr(difference_multi(b.w(), &[l.w()]).unwrap().w()).unwrap(), "{2, 19, -28, -10, -9, 13}");
        // python3: c from [-32, 25, 30, -1, 12]; c.difference({21}) and c - {21} -> {-32, 12, 30, 25, -1}
        let c = built(&[-32, 25, 30, -1, 12]);
        let o = built(&[21]);
        assert_eq!(repr(difference_multi(c.w(), &[o.w()]).unwrap().w()).unwrap(), "{-32, 12, 30, 25, -1}");
        assert_eq!(repr(binop(1, c.w(), o.w()).unwrap().w()).unwrap(), "{-32, 12, 30, 25, -1}");
        // python3: s = set(list(range(11)) + [17]); s.difference_update([x for x in range(11) if x != 2])
        //          print(s) -> {17, 2} (the dummies are resized away; discarding one by one keeps {2, 17})
        let mut vals: Vec<i64> = (0..11).collect();
        vals.push(17);
        let s = built(&vals);
        let r = crate::list::new(&(0..11).filter(|&x| x != 2).map(mk_small).collect::<Vec<W>>());
        difference_update(s.w(), &[r.w()]).unwrap();
        assert_eq!(repr(s.w()).unwrap(), "{17, 2}");
        let s = built(&vals);
        for x in (0..11).filter(|&x| x != 2) {
            discard_key(s.w(), mk_small(x)).unwrap();
        }
        assert_eq!(repr(s.w()).unwrap(), "{2, 17}");
    }

    #[test]
    fn set_keys_are_looked_up_as_frozensets() {
        // python3: print({1}.discard({2})) -> None; w = {frozenset({1, 2})}; w.remove({1, 2}); print(w) -> set()
        let one = built(&[1]);
        let two = built(&[2]);
        assert!(call_method(one.w(), "discard", &Args::pos(&[two.w()])).unwrap().w() == none());
        let key = built(&[1, 2]);
        let w = new_empty(false);
        add(w.w(), copy(key.w(), true).unwrap().w()).unwrap();
        assert!(contains_op(w.w(), key.w()).unwrap());
        call_method(w.w(), "remove", &Args::pos(&[key.w()])).unwrap();
        assert_eq!(len(w.w()), 0);
        // python3: {1}.remove({7}) -> KeyError: {7}; the set algorithms themselves do not retry
        assert!(call_method(one.w(), "remove", &Args::pos(&[built(&[7]).w()])).is_err());
        assert_eq!(err_text(), "KeyError: {7}");
        assert!(contains(w.w(), key.w()).is_err());
        assert_eq!(err_text(), "TypeError: unhashable type: 'set'");
    }
}
