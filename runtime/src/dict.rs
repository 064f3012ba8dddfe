//! dict objects: a compact, insertion-ordered hash table (CPython's layout: an index table
//! probed with CPython's perturbation scheme, over a dense entry array), dict methods and
//! the keys/values/items views.

use crate::exceptions::{key_error, raise_new, runtime_error, type_error, value_error, KEY_ERROR};
use crate::func::Args;
use crate::object::*;
use crate::ops;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// 0 for a deleted entry.
    pub key: W,
    pub value: W,
}

/// Key equality for lookups, with a fast path for str keys.
#[inline]
fn key_eq(a: W, b: W) -> PyResult<bool> {
    if crate::str::is_str(a) && crate::str::is_str(b) {
        return Ok(crate::str::s(a) == crate::str::s(b));
    }
    ops::eq(a, b)
}

/// The ordered hash table behind dict, laid out as CPython 3.11's combined table: `indices`
/// (the hash index, empty until the first insertion) over `entries`, which keeps the holes
/// left by deletions (key 0) until a resize compacts it. `usable` counts the entries that
/// can still be appended before a resize (CPython's dk_usable), so resizes, and with them
/// what a dict iterator sees when the dict changes under it, happen when CPython's do.
#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    pub used: usize,
    usable: usize,
}

/// CPython's USABLE_FRACTION: the entries a table of `size` index slots holds.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's calculate_keysize (64-bit build): a power of two, at least 8, above
/// `minsize - 1` (and above `minsize` when that is a power of two of 16 or more).
fn calculate_keysize(minsize: usize) -> usize {
    let m = (minsize | 8) - 1;
    1usize << (usize::BITS - (m | 7).leading_zeros())
}

/// CPython's estimate_keysize: the table size that holds `n` entries without a resize.
fn estimate_keysize(n: usize) -> usize {
    calculate_keysize((n * 3 + 1) / 2)
}

impl Table {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Finds `key`: (slot in the index table, entry index if present).
    fn find(&self, key: W, hash: i64) -> PyResult<(usize, Option<usize>)> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok((free.unwrap_or(i), None));
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.key == key || (e.hash == hash && key_eq(e.key, key)?) {
                    return Ok((i, Some(ix as usize)));
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Finds a str key by its text without creating a str object (no Python-level eq).
    pub fn lookup_str(&self, name: &str) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let hash = crate::str::hash_bytes(name.as_bytes());
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash && crate::str::is_str(e.key) && crate::str::s(e.key) == name {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    pub fn lookup(&self, key: W, hash: i64) -> PyResult<Option<usize>> {
        if self.used == 0 {
            return Ok(None);
        }
        Ok(self.find(key, hash)?.1)
    }

    pub fn get(&self, key: W) -> PyResult<Option<W>> {
        if self.used == 0 {
            // still validate hashability, as CPython does
            ops::hash(key)?;
            return Ok(None);
        }
        let h = ops::hash(key)?;
        Ok(self.lookup(key, h)?.map(|i| self.entries[i].value))
    }

    /// CPython's dictresize: a new index table of `size` slots over the live entries,
    /// compacted in order.
    fn resize(&mut self, size: usize) {
        let mut entries: Vec<Entry> = Vec::with_capacity(usable_fraction(size));
        entries.extend(self.entries.iter().filter(|e| e.key != 0).copied());
        self.entries = entries;
        self.indices = vec![EMPTY; size];
        self.usable = usable_fraction(size) - self.entries.len();
        let mask = size - 1;
        for (k, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = k as i32;
        }
    }

    /// Makes room for `n` more entries at once (CPython's presizing in dict_merge and
    /// dict.fromkeys): a resize when the table could not hold them.
    pub fn reserve(&mut self, n: usize) {
        if usable_fraction(self.indices.len()) < n {
            self.resize(estimate_keysize(self.used + n));
        }
    }

    /// An independent copy of the table, holes included (CPython's clone_combined_dict_keys);
    /// takes new references to the keys and values.
    fn clone_table(&self) -> Table {
        for e in self.entries.iter().filter(|e| e.key != 0) {
            incref(e.key);
            incref(e.value);
        }
        Table { indices: self.indices.clone(), entries: self.entries.clone(), used: self.used, usable: self.usable }
    }

    /// Inserts or replaces; takes new references to key and value.
    pub fn set(&mut self, key: W, hash: i64, value: W) -> PyResult<()> {
        if self.used > 0 {
            let (_, found) = self.find(key, hash)?;
            if let Some(ix) = found {
                incref(value);
                let old = std::mem::replace(&mut self.entries[ix].value, value);
                decref(old);
                return Ok(());
            }
        }
        self.insert_new(key, hash, value);
        Ok(())
    }

    /// `dict.setdefault`: the value of `key`, after inserting `default` when it is missing
    /// (one lookup, so a user `__eq__` runs as often as in CPython). Borrowed.
    pub fn set_default(&mut self, key: W, hash: i64, default: W) -> PyResult<W> {
        if self.used > 0
            && let (_, Some(ix)) = self.find(key, hash)?
        {
            return Ok(self.entries[ix].value);
        }
        self.insert_new(key, hash, default);
        Ok(default)
    }

    /// Adds a key known to be absent; takes new references to key and value.
    fn insert_new(&mut self, key: W, hash: i64, value: W) {
        if self.usable == 0 {
            // CPython's insertion_resize (GROWTH_RATE = used * 3)
            self.resize(calculate_keysize(self.used * 3));
        }
        // the first EMPTY or DUMMY slot on the probe path (CPython's find_empty_slot)
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        while self.indices[slot] >= 0 {
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        incref(key);
        incref(value);
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.usable -= 1;
    }

    /// Removes a key; returns the (owned) key and value. Its entry stays as a hole.
    pub fn remove(&mut self, key: W, hash: i64) -> PyResult<Option<(W, W)>> {
        if self.used == 0 {
            return Ok(None);
        }
        let (slot, found) = self.find(key, hash)?;
        let Some(ix) = found else { return Ok(None) };
        self.indices[slot] = DUMMY;
        let e = &mut self.entries[ix];
        let kv = (e.key, e.value);
        e.key = 0;
        e.value = 0;
        self.used -= 1;
        Ok(Some(kv))
    }

    /// Removes the last entry (CPython's popitem: the entries after it, all holes, are
    /// dropped, but the slots they used stay unusable until a resize).
    pub fn pop_last(&mut self) -> Option<(W, W)> {
        let i = self.entries.iter().rposition(|e| e.key != 0)?;
        let e = self.entries[i];
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut slot = (e.hash as u64 as usize) & mask;
        while self.indices[slot] != i as i32 {
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices[slot] = DUMMY;
        self.entries.truncate(i);
        self.used -= 1;
        Some((e.key, e.value))
    }

    pub fn clear(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.indices = Vec::new();
        self.used = 0;
        self.usable = 0;
        for e in old {
            if e.key != 0 {
                decref(e.key);
                decref(e.value);
            }
        }
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.key != 0)
    }
}

impl Drop for Table {
    fn drop(&mut self) {
        self.clear();
    }
}

#[repr(C)]
pub struct DictObj {
    pub hdr: ObjHeader,
    pub t: Table,
}

pub fn new() -> Ref {
    Ref::new(alloc(DictObj { hdr: ObjHeader::new(&DICT_TYPE), t: Table::default() }))
}

/// An empty instance of `dict` subclass `t` (a heap class whose instances are dicts).
pub fn new_of_type(t: &'static TypeObject) -> Ref {
    Ref::new(alloc(DictObj { hdr: ObjHeader::new(t), t: Table::default() }))
}

#[inline]
pub fn is_dict(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Dict
}

#[inline]
#[allow(clippy::mut_from_ref)]
pub fn table(w: W) -> &'static mut Table {
    unsafe { &mut obj_mut::<DictObj>(w).t }
}

pub fn setitem(d: W, k: W, v: W) -> PyResult<()> {
    let h = ops::hash(k)?;
    table(d).set(k, h, v)
}

pub fn get(d: W, k: W) -> PyResult<Option<W>> {
    table(d).get(k)
}

/// d[name] for a str key given as text (borrowed value).
pub fn get_str(d: W, name: &str) -> Option<W> {
    let t = table(d);
    t.lookup_str(name).map(|i| t.entries[i].value)
}

pub fn getitem(d: W, k: W) -> PyResult<Ref> {
    match get(d, k)? {
        Some(v) => Ok(Ref::borrow(v)),
        None => Err(key_error(k)),
    }
}

pub fn delitem(d: W, k: W) -> PyResult<()> {
    let h = ops::hash(k)?;
    match table(d).remove(k, h)? {
        Some((k2, v)) => {
            decref(k2);
            decref(v);
            Ok(())
        }
        None => Err(key_error(k)),
    }
}

pub fn contains(d: W, k: W) -> PyResult<bool> {
    Ok(get(d, k)?.is_some())
}

pub fn len(d: W) -> usize {
    table(d).used
}

/// An exact dict (PyDict_CheckExact).
fn is_exact_dict(w: W) -> bool {
    is_dict(w) && !type_of(w).heap
}

/// d.copy() (CPython's PyDict_Copy): a clone of the table, holes included, unless more
/// than a third of its entries are holes; then a compacted merge.
pub fn copy(d: W) -> PyResult<Ref> {
    let n = new();
    let t = table(d);
    if t.used == 0 {
        return Ok(n);
    }
    if t.used >= (t.entries.len() * 2) / 3 {
        *table(n.w()) = t.clone_table();
        return Ok(n);
    }
    merge(n.w(), d)?;
    Ok(n)
}

/// `a.update(b)` for two dicts (CPython's dict_merge): an empty `a` takes a clone of a
/// compact `b`; else one resize up front when needed, then `b`'s items in order.
fn merge(a: W, b: W) -> PyResult<()> {
    if a == b || len(b) == 0 {
        return Ok(());
    }
    let (ta, tb) = (table(a), table(b));
    if ta.used == 0 && tb.used == tb.entries.len() && (tb.indices.len() == 8 || usable_fraction(tb.indices.len() / 2) < tb.used) {
        *ta = tb.clone_table();
        return Ok(());
    }
    ta.reserve(tb.used);
    let items: Vec<(Ref, i64, Ref)> = tb.iter().map(|e| (Ref::borrow(e.key), e.hash, Ref::borrow(e.value))).collect();
    for (k, h, v) in items {
        table(a).set(k.w(), h, v.w())?;
    }
    Ok(())
}

/// d.update(other): a dict, or an iterable of key/value pairs, or an object with keys().
pub fn update(d: W, other: W) -> PyResult<()> {
    // a dict subclass overriding `__iter__` is read through `keys()` (CPython's dict_merge)
    if is_dict(other) && !(type_of(other).heap && crate::classes::special(other, "__iter__").is_some()) {
        return merge(d, other);
    }
    if ops::has_attr(other, "keys") {
        let keys = ops::call_method(other, "keys", &Args::pos(&[]))?;
        let items = ops::collect(keys.w())?;
        for k in items {
            let v = ops::getitem(other, k.w())?;
            setitem(d, k.w(), v.w())?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    let mut n = 0;
    while let Some(item) = ops::next(it.w())? {
        let pair = match ops::collect(item.w()) {
            Ok(p) => p,
            Err(_) => {
                crate::exceptions::clear();
                return Err(type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence")));
            }
        };
        if pair.len() != 2 {
            return Err(value_error(format!("dictionary update sequence element #{n} has length {}; 2 is required", pair.len())));
        }
        setitem(d, pair[0].w(), pair[1].w())?;
        n += 1;
    }
    Ok(())
}

pub fn eq(a: W, b: W) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    let entries: Vec<Entry> = table(a).iter().copied().collect();
    for e in entries {
        match table(b).lookup(e.key, e.hash)? {
            Some(ix) => {
                let v = table(b).entries[ix].value;
                if !ops::eq(e.value, v)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

pub fn repr(w: W) -> PyResult<String> {
    let mut s = String::from("{");
    let entries: Vec<(Ref, Ref)> = table(w).iter().map(|e| (Ref::borrow(e.key), Ref::borrow(e.value))).collect();
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(k.w())?);
        s.push_str(": ");
        s.push_str(&ops::repr_string(v.w())?);
    }
    s.push('}');
    Ok(s)
}

pub fn pop(d: W, k: W, default: Option<W>) -> PyResult<Ref> {
    let h = ops::hash(k)?;
    match table(d).remove(k, h)? {
        Some((k2, v)) => {
            decref(k2);
            Ok(Ref::new(v))
        }
        None => match default {
            Some(x) => Ok(Ref::borrow(x)),
            None => Err(key_error(k)),
        },
    }
}

pub fn popitem(d: W) -> PyResult<Ref> {
    match table(d).pop_last() {
        Some((k, v)) => Ok(crate::tuple::pair(Ref::new(k), Ref::new(v))),
        None => Err(raise_new(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

/// One step of a dict iterator (CPython's dictiter_iternextkey and siblings). `di_used` is
/// the dict's size when the iterator was made (usize::MAX once a size change was
/// reported, which sticks), `left` the items the iterator still expects, `pos` the next
/// entry index (usize::MAX once an error ended the iteration). An entry found when none is
/// expected any more means keys were replaced by others: "keys changed".
pub fn iter_next(d: W, pos: &mut usize, di_used: &mut usize, left: &mut usize) -> PyResult<Option<Entry>> {
    if *pos == usize::MAX {
        return Ok(None);
    }
    let t = table(d);
    if *di_used != t.used {
        *di_used = usize::MAX;
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let Some(i) = (*pos..t.entries.len()).find(|&i| t.entries[i].key != 0) else {
        return Ok(None);
    };
    if *left == 0 {
        *pos = usize::MAX;
        return Err(runtime_error("dictionary keys changed during iteration"));
    }
    *pos = i + 1;
    *left -= 1;
    Ok(Some(t.entries[i]))
}

pub fn keys_list(d: W) -> Ref {
    let v: Vec<W> = table(d).iter().map(|e| e.key).collect();
    crate::list::new(&v)
}

/// Builds `dict(*args, **kwargs)`.
pub fn construct(a: &Args) -> PyResult<Ref> {
    if a.pos.len() > 1 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", a.pos.len())));
    }
    let d = new();
    if let Some(&src) = a.pos.first() {
        update(d.w(), src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        setitem(d.w(), *k, *v)?;
    }
    Ok(d)
}

/// dict.fromkeys(iterable, value=None): a dict or set source is presized for and taken with
/// its stored hashes, as CPython does.
pub fn fromkeys(a: &Args) -> PyResult<Ref> {
    a.expect("fromkeys", 1, 2)?;
    let v = a.pos.get(1).copied().unwrap_or(none());
    let d = new();
    let src = a.pos[0];
    let known: Option<Vec<(Ref, i64)>> = if is_exact_dict(src) {
        Some(table(src).iter().map(|e| (Ref::borrow(e.key), e.hash)).collect())
    } else if crate::set::is_set(src) && !type_of(src).heap {
        Some(crate::set::entries(src))
    } else {
        None
    };
    if let Some(keys) = known {
        table(d.w()).resize(estimate_keysize(keys.len()));
        for (k, h) in keys {
            table(d.w()).set(k.w(), h, v)?;
        }
        return Ok(d);
    }
    let it = ops::iter(src)?;
    while let Some(k) = ops::next(it.w())? {
        setitem(d.w(), k.w(), v)?;
    }
    Ok(d)
}

/// `C.fromkeys(iterable, value=None)` for a subclass `C` of dict (the class first in `a`):
/// `C()`, then each key stored through `C`'s `__setitem__`, as CPython's `dict_fromkeys`.
pub fn fromkeys_of_class(a: &Args) -> PyResult<Ref> {
    let t = unsafe { obj::<TypeObject>(a.pos[0]) };
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
    rest.no_kw("fromkeys")?;
    rest.expect("fromkeys", 1, 2)?;
    let v = rest.pos.get(1).copied().unwrap_or(none());
    let d = crate::classes::instantiate(t, &Args::pos(&[]))?;
    let it = ops::iter(rest.pos[0])?;
    while let Some(k) = ops::next(it.w())? {
        ops::setitem(d.w(), k.w(), v)?;
    }
    Ok(d)
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "get" => {
            a.expect("get", 1, 2)?;
            match get(w, a.pos[0])? {
                Some(v) => Ok(Ref::borrow(v)),
                None => Ok(Ref::borrow(a.pos.get(1).copied().unwrap_or(none()))),
            }
        }
        "keys" | "values" | "items" => {
            a.expect(name, 0, 0)?;
            Ok(view(w, name))
        }
        "pop" => {
            a.expect("pop", 1, 2)?;
            pop(w, a.pos[0], a.pos.get(1).copied())
        }
        "popitem" => {
            a.expect("popitem", 0, 0)?;
            popitem(w)
        }
        "setdefault" => {
            a.expect("setdefault", 1, 2)?;
            let dflt = a.pos.get(1).copied().unwrap_or(none());
            let h = ops::hash(a.pos[0])?;
            table(w).set_default(a.pos[0], h, dflt).map(Ref::borrow)
        }
        "update" => {
            if a.pos.len() > 1 {
                return Err(type_error(format!("update expected at most 1 argument, got {}", a.pos.len())));
            }
            if let Some(&o) = a.pos.first() {
                update(w, o)?;
            }
            for (k, v) in a.kwnames.iter().zip(a.kwvals) {
                setitem(w, *k, *v)?;
            }
            Ok(Ref::none())
        }
        "copy" => {
            a.expect("copy", 0, 0)?;
            copy(w)
        }
        "clear" => {
            a.expect("clear", 0, 0)?;
            table(w).clear();
            Ok(Ref::none())
        }
        "fromkeys" => fromkeys(a),
        "__getitem__" => {
            a.exactly_one("dict.__getitem__")?;
            getitem(w, a.pos[0])
        }
        "__contains__" => {
            a.exactly_one("dict.__contains__")?;
            Ok(Ref::bool(contains(w, a.pos[0])?))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

pub fn has_method(name: &str) -> bool {
    matches!(
        name,
        "get" | "keys" | "values" | "items" | "pop" | "popitem" | "setdefault" | "update" | "copy" | "clear" | "fromkeys" | "__getitem__" | "__contains__"
    )
}

// ---- views

static_type!(DICT_KEYS_TYPE, "dict_keys", &OBJECT_TYPE, Kind::DictView);
static_type!(DICT_VALUES_TYPE, "dict_values", &OBJECT_TYPE, Kind::DictView);
static_type!(DICT_ITEMS_TYPE, "dict_items", &OBJECT_TYPE, Kind::DictView);

#[repr(C)]
pub struct DictViewObj {
    pub hdr: ObjHeader,
    pub dict: W,
    /// 0 keys, 1 values, 2 items
    pub which: u8,
}

impl Drop for DictViewObj {
    fn drop(&mut self) {
        decref(self.dict);
    }
}

pub fn view(d: W, name: &str) -> Ref {
    let (t, which): (&'static TypeObject, u8) = match name {
        "keys" => (&DICT_KEYS_TYPE, 0),
        "values" => (&DICT_VALUES_TYPE, 1),
        _ => (&DICT_ITEMS_TYPE, 2),
    };
    incref(d);
    Ref::new(alloc(DictViewObj { hdr: ObjHeader::new(t), dict: d, which }))
}

pub fn vobj(w: W) -> &'static DictViewObj {
    unsafe { obj::<DictViewObj>(w) }
}

/// The items a view would iterate, as a list.
pub fn view_list(w: W) -> Ref {
    let v = vobj(w);
    let t = table(v.dict);
    let items: Vec<Ref> = t
        .iter()
        .map(|e| match v.which {
            0 => Ref::borrow(e.key),
            1 => Ref::borrow(e.value),
            _ => crate::tuple::pair(Ref::borrow(e.key), Ref::borrow(e.value)),
        })
        .collect();
    crate::list::from_vec(items)
}

pub fn view_repr(w: W) -> PyResult<String> {
    let l = view_list(w);
    Ok(format!("{}({})", type_name(w), ops::repr_string(l.w())?))
}

pub fn view_contains(w: W, x: W) -> PyResult<bool> {
    let v = vobj(w);
    match v.which {
        0 => contains(v.dict, x),
        1 => {
            let vals: Vec<Ref> = table(v.dict).iter().map(|e| Ref::borrow(e.value)).collect();
            for y in vals {
                if ops::eq(y.w(), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            if !crate::tuple::is_tuple(x) || crate::tuple::items(x).len() != 2 {
                return Ok(false);
            }
            let it = crate::tuple::items(x);
            match get(v.dict, it[0])? {
                Some(val) => ops::eq(val, it[1]),
                None => Ok(false),
            }
        }
    }
}

/// A keys or items view (the set-like views).
pub fn is_set_view(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::DictView && vobj(w).which != 1
}

fn is_items_view(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::DictView && vobj(w).which == 2
}

/// CPython's dictviews_to_set: `set(x)`, built from the dict itself (its keys with their
/// hashes, presized) for a keys view of an exact dict.
fn views_to_set(x: W) -> PyResult<Ref> {
    if !is_small(x) && kind_of(x) == Kind::DictView && vobj(x).which == 0 && is_exact_dict(vobj(x).dict) {
        return crate::set::from_iter(vobj(x).dict, false);
    }
    crate::set::from_iter(x, false)
}

/// `a <op> b` for `| & - ^` where `a` or `b` is a keys or items view (CPython's
/// dictviews_or, _PyDictView_Intersect, dictviews_sub and dictviews_xor, which get the
/// operands in their written order whichever side the view is on).
pub fn view_binop(op: i32, a: W, b: W) -> PyResult<Ref> {
    match op {
        9 => {
            let r = views_to_set(a)?;
            crate::set::update(r.w(), b)?;
            Ok(r)
        }
        1 => {
            let r = views_to_set(a)?;
            crate::set::difference_update(r.w(), &[b])?;
            Ok(r)
        }
        10 => {
            if is_items_view(a) && is_items_view(b) {
                return items_xor(a, b);
            }
            let r = views_to_set(a)?;
            crate::set::symmetric_difference_update(r.w(), b)?;
            Ok(r)
        }
        _ => view_intersect(a, b),
    }
}

/// CPython's _PyDictView_Intersect.
fn view_intersect(a: W, b: W) -> PyResult<Ref> {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_view = len(vobj(view).dict);
    // a larger exact set does the work: other.intersection(view)
    if !is_small(other) && kind_of(other) == Kind::Set && !type_of(other).heap && len_view <= crate::set::len(other) {
        return crate::set::intersection_multi(other, &[view]);
    }
    // iterate the smaller of two views
    if is_set_view(other) && len(vobj(other).dict) > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let r = crate::set::new_empty(false);
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.w())? {
        if view_contains(view, k.w())? {
            crate::set::add(r.w(), k.w())?;
        }
    }
    Ok(r)
}

/// CPython's dictitems_xor: the pairs of one items view whose key is missing from the other
/// dict or maps to an unequal value.
fn items_xor(a: W, b: W) -> PyResult<Ref> {
    let temp = copy(vobj(a).dict)?;
    let r = crate::set::new_empty(false);
    let items: Vec<(Ref, i64, Ref)> = table(vobj(b).dict).iter().map(|e| (Ref::borrow(e.key), e.hash, Ref::borrow(e.value))).collect();
    for (k, h, v2) in items {
        let v1 = table(temp.w()).lookup(k.w(), h)?.map(|ix| Ref::borrow(table(temp.w()).entries[ix].value));
        let delete = match &v1 {
            Some(v1) => ops::eq(v1.w(), v2.w())?,
            None => false,
        };
        if delete {
            if let Some((k2, v)) = table(temp.w()).remove(k.w(), h)? {
                decref(k2);
                decref(v);
            }
        } else {
            let pair = crate::tuple::pair(k, v2);
            crate::set::add(r.w(), pair.w())?;
        }
    }
    let rest = view(temp.w(), "items");
    crate::set::update(r.w(), rest.w())?;
    Ok(r)
}

/// CPython's all_contained_in: every item of `a` is in `b`.
fn all_contained_in(a: W, b: W) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(it.w())? {
        if !ops::contains(b, x.w())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `view <op> other` (cmpop codes LT LE EQ NE GT GE) for a keys or items view and a set or
/// set-like view (CPython's dictview_richcompare: sizes first, then containment).
pub fn view_richcompare(op: i32, v: W, other: W) -> PyResult<bool> {
    let (ls, lo) = (ops::len(v)?, ops::len(other)?);
    Ok(match op {
        0 => ls < lo && all_contained_in(v, other)?,
        1 => ls <= lo && all_contained_in(v, other)?,
        2 => ls == lo && all_contained_in(v, other)?,
        3 => !(ls == lo && all_contained_in(v, other)?),
        4 => ls > lo && all_contained_in(other, v)?,
        _ => ls >= lo && all_contained_in(other, v)?,
    })
}

/// `view.isdisjoint(other)` (CPython's dictviews_isdisjoint): the shorter of two set-likes
/// is iterated, any other iterable is iterated and looked up in the view.
pub fn view_isdisjoint(v: W, other: W) -> PyResult<bool> {
    if v == other {
        return Ok(len(vobj(v).dict) == 0);
    }
    let (mut container, mut items) = (v, other);
    if crate::set::is_set(other) || is_set_view(other) {
        if ops::len(other)? > len(vobj(v).dict) {
            std::mem::swap(&mut container, &mut items);
        }
    }
    let it = ops::iter(items)?;
    while let Some(x) = ops::next(it.w())? {
        if ops::contains(container, x.w())? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn s(x: &str) -> Ref {
        crate::str::new(x)
    }

    #[test]
    fn order_and_ops() {
        // python3: d={}; d['a']=1; d['b']=2; d['c']=3; del d['a']; d['a']=4; d['b']=5 -> {'b': 5, 'c': 3, 'a': 4}
        let d = new();
        setitem(d.w(), s("a").w(), mk_small(1)).unwrap();
        setitem(d.w(), s("b").w(), mk_small(2)).unwrap();
        setitem(d.w(), s("c").w(), mk_small(3)).unwrap();
        delitem(d.w(), s("a").w()).unwrap();
        setitem(d.w(), s("a").w(), mk_small(4)).unwrap();
        setitem(d.w(), s("b").w(), mk_small(5)).unwrap();
        assert_eq!(repr(d.w()).unwrap(), "{'b': 5, 'c': 3, 'a': 4}");
        assert!(getitem(d.w(), s("x").w()).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::traceback::format_exception_only(e), "KeyError: 'x'");
        decref(e);
        assert_eq!(view_repr(view(d.w(), "items").w()).unwrap(), "dict_items([('b', 5), ('c', 3), ('a', 4)])");
        assert_eq!(ops::repr_string(popitem(d.w()).unwrap().w()).unwrap(), "('a', 4)");
    }

    #[test]
    fn many_keys_and_float_int_equivalence() {
        let d = new();
        for i in 0..10000 {
            setitem(d.w(), mk_small(i), mk_small(i * 2)).unwrap();
        }
        for i in (0..10000).step_by(2) {
            delitem(d.w(), mk_small(i)).unwrap();
        }
        assert_eq!(len(d.w()), 5000);
        let f = crate::float::new(4001.0);
        assert_eq!(get(d.w(), f.w()).unwrap(), Some(mk_small(8002)));
        let l = crate::list::new(&[]);
        assert!(setitem(d.w(), l.w(), mk_small(1)).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::traceback::format_exception_only(e), "TypeError: unhashable type: 'list'");
        decref(e);
    }

    fn int_dict(keys: &[i64]) -> Ref {
        let d = new();
        for &k in keys {
            setitem(d.w(), mk_small(k), mk_small(0)).unwrap();
        }
        d
    }

    fn err_text() -> String {
        let e = crate::exceptions::fetch();
        let t = crate::traceback::format_exception_only(e);
        decref(e);
        t
    }

    #[test]
    fn keys_changed_during_iteration() {
        // python3: m = {"a": 1}; for k in m: m.pop(k); m["b"] = 2
        //   -> RuntimeError: dictionary keys changed during iteration
        let m = new();
        setitem(m.w(), s("a").w(), mk_small(1)).unwrap();
        let it = ops::iter(m.w()).unwrap();
        let k = ops::next(it.w()).unwrap().unwrap();
        pop(m.w(), k.w(), None).unwrap();
        setitem(m.w(), s("b").w(), mk_small(2)).unwrap();
        assert!(ops::next(it.w()).is_err());
        assert_eq!(err_text(), "RuntimeError: dictionary keys changed during iteration");
        // the iterator is finished afterwards
        assert!(ops::next(it.w()).unwrap().is_none());
        // a size change is reported, and stays reported
        let it = ops::iter(m.w()).unwrap();
        setitem(m.w(), s("c").w(), mk_small(3)).unwrap();
        for _ in 0..2 {
            assert!(ops::next(it.w()).is_err());
            assert_eq!(err_text(), "RuntimeError: dictionary changed size during iteration");
        }
    }

    #[test]
    fn deletions_leave_holes_until_a_resize() {
        // python3: d = dict.fromkeys(range(5)); for k in d: d.pop(k); d[k + 100] = 5
        //   -> RuntimeError after seeing [0, 2, 3, 4, 100] (the 6th insertion resizes)
        let d = int_dict(&[0, 1, 2, 3, 4]);
        let it = ops::iter(d.w()).unwrap();
        let mut seen = Vec::new();
        loop {
            match ops::next(it.w()) {
                Ok(Some(k)) => {
                    let v = crate::int::to_i64(k.w()).unwrap();
                    seen.push(v);
                    pop(d.w(), k.w(), None).unwrap();
                    setitem(d.w(), mk_small(v + 100), mk_small(5)).unwrap();
                }
                Ok(None) => panic!("no error"),
                Err(_) => break,
            }
        }
        assert_eq!(err_text(), "RuntimeError: dictionary keys changed during iteration");
        assert_eq!(seen, vec![0, 2, 3, 4, 100]);
        assert_eq!(repr(d.w()).unwrap(), "{1: 0, 102: 5, 103: 5, 104: 5, 200: 5}");
    }

    #[test]
    fn keys_view_algebra_matches_cpython() {
        // python3: d = {55: 0, 13: 0, -45: 0, 9: 0, 47: 0}; print(d.keys() ^ set()) -> {-45, 55, 9, 13, 47}
        let d = int_dict(&[55, 13, -45, 9, 47]);
        let e = crate::set::new_empty(false);
        let k = view(d.w(), "keys");
        assert_eq!(crate::set::repr(view_binop(10, k.w(), e.w()).unwrap().w()).unwrap(), "{-45, 55, 9, 13, 47}");
        // python3: print(dict.fromkeys([-2, -1, 7]).keys() - {8}) -> {7, -2, -1}
        let d = int_dict(&[-2, -1, 7]);
        let eight = crate::set::new_empty(false);
        crate::set::add(eight.w(), mk_small(8)).unwrap();
        let k = view(d.w(), "keys");
        assert_eq!(crate::set::repr(view_binop(1, k.w(), eight.w()).unwrap().w()).unwrap(), "{7, -2, -1}");
        // python3: print({1: 2}.items() ^ {1: 3, 4: 5}.items()) -> {(4, 5), (1, 2), (1, 3)}
        let a = new();
        setitem(a.w(), mk_small(1), mk_small(2)).unwrap();
        let b = new();
        setitem(b.w(), mk_small(1), mk_small(3)).unwrap();
        setitem(b.w(), mk_small(4), mk_small(5)).unwrap();
        let x = view_binop(10, view(a.w(), "items").w(), view(b.w(), "items").w()).unwrap();
        assert_eq!(crate::set::repr(x.w()).unwrap(), "{(4, 5), (1, 2), (1, 3)}");
    }

    #[test]
    fn items_views_compare_without_hashing_values() {
        // python3: print({1: []}.items() == {1: []}.items()) -> True
        let a = new();
        setitem(a.w(), mk_small(1), crate::list::new(&[]).w()).unwrap();
        let b = new();
        setitem(b.w(), mk_small(1), crate::list::new(&[]).w()).unwrap();
        assert!(view_richcompare(2, view(a.w(), "items").w(), view(b.w(), "items").w()).unwrap());
        assert!(!view_isdisjoint(view(a.w(), "items").w(), view(b.w(), "items").w()).unwrap());
    }
}
