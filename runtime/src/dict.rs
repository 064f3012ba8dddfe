//! dict objects: a compact, insertion-ordered hash table (CPython's layout: an index table
//! probed with CPython's perturbation scheme, over a dense entry array), dict methods and
//! the keys/values/items views.

use crate::exceptions::{key_error, raise_new, type_error, value_error, KEY_ERROR};
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

/// The ordered hash table behind dict.
#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    pub used: usize,
    /// Index slots that are not EMPTY (live + dummy); bounds probe lengths.
    fill: usize,
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

    fn rebuild(&mut self, size: usize) {
        let mut entries: Vec<Entry> = Vec::with_capacity(size * 2 / 3 + 1);
        entries.extend(self.entries.iter().filter(|e| e.key != 0).copied());
        self.entries = entries;
        self.fill = self.entries.len();
        self.indices = vec![EMPTY; size];
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

    fn grow_if_needed(&mut self) {
        let size = self.indices.len();
        if size == 0 || self.entries.len().max(self.fill) + 1 > size * 2 / 3 {
            let mut n = 8;
            while n * 2 / 3 <= self.used * 3 / 2 + 1 {
                n *= 2;
            }
            self.rebuild(n);
        }
    }

    /// Inserts or replaces; takes new references to key and value.
    pub fn set(&mut self, key: W, hash: i64, value: W) -> PyResult<()> {
        if !self.indices.is_empty() {
            let (_, found) = self.find(key, hash)?;
            if let Some(ix) = found {
                incref(value);
                let old = std::mem::replace(&mut self.entries[ix].value, value);
                decref(old);
                return Ok(());
            }
        }
        self.grow_if_needed();
        let (slot, _) = self.find(key, hash)?;
        incref(key);
        incref(value);
        if self.indices[slot] == EMPTY {
            self.fill += 1;
        }
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        Ok(())
    }

    /// Removes a key; returns the (owned) key and value.
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
        // drop trailing deleted entries so popitem and appends stay cheap
        while self.entries.last().is_some_and(|e| e.key == 0) && self.used < self.entries.len() {
            self.entries.pop();
        }
        if self.used == 0 {
            self.entries.clear();
        }
        Ok(Some(kv))
    }

    pub fn clear(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.indices = Vec::new();
        self.used = 0;
        self.fill = 0;
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

pub fn copy(d: W) -> PyResult<Ref> {
    let n = new();
    for e in table(d).iter() {
        table(n.w()).set(e.key, e.hash, e.value)?;
    }
    Ok(n)
}

/// d.update(other): a dict, or an iterable of key/value pairs, or an object with keys().
pub fn update(d: W, other: W) -> PyResult<()> {
    if is_dict(other) {
        let entries: Vec<Entry> = table(other).iter().copied().collect();
        for e in entries {
            table(d).set(e.key, e.hash, e.value)?;
        }
        return Ok(());
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
    let t = table(d);
    let Some(e) = t.entries.iter().rev().find(|e| e.key != 0).copied() else {
        return Err(raise_new(&KEY_ERROR, "popitem(): dictionary is empty"));
    };
    let (k, v) = t.remove(e.key, e.hash)?.unwrap_or((0, 0));
    Ok(crate::tuple::pair(Ref::new(k), Ref::new(v)))
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

pub fn fromkeys(a: &Args) -> PyResult<Ref> {
    a.expect("fromkeys", 1, 2)?;
    let v = a.pos.get(1).copied().unwrap_or(none());
    let d = new();
    let it = ops::iter(a.pos[0])?;
    while let Some(k) = ops::next(it.w())? {
        setitem(d.w(), k.w(), v)?;
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
            match get(w, a.pos[0])? {
                Some(v) => Ok(Ref::borrow(v)),
                None => {
                    setitem(w, a.pos[0], dflt)?;
                    Ok(Ref::borrow(dflt))
                }
            }
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
}
