//! Element types of lists and dicts: allocation-site abstract objects.
//!
//! Lists and dicts are mutable and aliased, so an element type cannot belong to a variable:
//! it belongs to every object a variable may hold. Each allocation site (a display,
//! `list()`, `sorted()`, `xs[:]`, `d.copy()`, ...) is a *class* of objects with an id;
//! `Ty::List(id)` / `Ty::Dict(id)` name the class, and the [`Heap`] keeps the element type
//! of each class (dicts: key and value types). Joining two different classes (a variable
//! holding lists of two sites) unifies them (union-find), so the element type is shared by
//! every alias. Writes the program makes (`append`, `xs[i] = v`, `d[k] = v`, ...) join into
//! the element type; reads (`xs[i]`, iteration, `pop`, `d.get`) give it.
//!
//! A container *escapes* when it reaches code inference does not follow (an object-typed
//! variable, an unknown callee or method, a container of `object` elements, a builtin not
//! modelled): dynamic code may then store anything into it, so its element types become
//! `object`, and so do those of every container reachable from it.

use super::types::Ty;
use metal0_dialects::typed::ty;
use metal0_dialects::{OpId, Type};
use std::collections::{HashMap, HashSet};

/// What inference knows about one class of containers (valid at the class's root).
#[derive(Clone, Debug)]
struct Class {
    /// List: the element type; dict: the key type.
    a: Ty,
    /// Dict: the value type (unused for lists).
    b: Ty,
    escaped: bool,
}

/// Which element type of a class.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// List element or dict key.
    A,
    /// Dict value.
    B,
}

/// The abstract heap: container classes, their element types, and the allocation sites.
/// The instances of one known class: the type of each field (in slot order) and whether an
/// instance escaped to code inference does not follow.
#[derive(Clone, Debug, Default)]
pub struct InstanceClass {
    pub fields: Vec<(String, Ty)>,
    pub escaped: bool,
}

#[derive(Default)]
pub struct Heap {
    /// Known classes by name (see `classes.rs`).
    pub instances: HashMap<String, InstanceClass>,
    parent: Vec<u32>,
    classes: Vec<Class>,
    sites: HashMap<OpId, u32>,
    /// Set whenever an element type grows, classes merge or a class escapes.
    pub changed: bool,
    /// Set for the final walk: the heap no longer changes.
    pub frozen: bool,
}

impl Heap {
    /// The class of the containers created by py op `site` (created on first request).
    pub fn site(&mut self, site: OpId) -> u32 {
        if let Some(&id) = self.sites.get(&site) {
            return self.find(id);
        }
        let id = self.classes.len() as u32;
        self.classes.push(Class { a: Ty::Bottom, b: Ty::Bottom, escaped: false });
        self.parent.push(id);
        self.sites.insert(site, id);
        self.changed = true;
        id
    }

    /// The representative of class `id`.
    pub fn find(&self, mut id: u32) -> u32 {
        while let Some(&p) = self.parent.get(id as usize) {
            if p == id {
                break;
            }
            id = p;
        }
        id
    }

    /// `t` with every class replaced by its representative (so equal types compare equal).
    pub fn canon(&self, t: &Ty) -> Ty {
        match t {
            Ty::List(id) => Ty::List(self.find(*id)),
            Ty::Dict(id) => Ty::Dict(self.find(*id)),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| self.canon(t)).collect()),
            Ty::Iter(t) => Ty::Iter(Box::new(self.canon(t))),
            t => t.clone(),
        }
    }

    /// The element type (list) or key type (dict) of class `id`, or a dict's value type.
    pub fn part(&self, id: u32, part: Part) -> Ty {
        let c = &self.classes[self.find(id) as usize];
        self.canon(if part == Part::A { &c.a } else { &c.b })
    }

    /// The least upper bound of two types. Two classes of the same kind merge; a join to
    /// `object` of anything holding containers makes those escape.
    pub fn join(&mut self, a: &Ty, b: &Ty) -> Ty {
        match (a, b) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => self.canon(t),
            (Ty::List(x), Ty::List(y)) => self.unify(*x, *y).map_or(Ty::Object, Ty::List),
            (Ty::Dict(x), Ty::Dict(y)) => self.unify(*x, *y).map_or(Ty::Object, Ty::Dict),
            (Ty::Tuple(p), Ty::Tuple(q)) if p.len() == q.len() => Ty::Tuple(p.iter().zip(q).map(|(x, y)| self.join(x, y)).collect()),
            (Ty::Iter(p), Ty::Iter(q)) => Ty::Iter(Box::new(self.join(p, q))),
            (a, b) if a == b => a.clone(),
            _ => {
                self.escape(a);
                self.escape(b);
                Ty::Object
            }
        }
    }

    /// Merges two classes; None when frozen and they differ (the caller then uses `object`).
    fn unify(&mut self, x: u32, y: u32) -> Option<u32> {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx == ry {
            return Some(rx);
        }
        if self.frozen {
            return None;
        }
        self.parent[rx as usize] = ry;
        self.changed = true;
        let cx = self.classes[rx as usize].clone();
        if cx.escaped && !self.classes[ry as usize].escaped {
            self.escape_class(ry);
        }
        self.join_part(ry, Part::A, &cx.a);
        self.join_part(ry, Part::B, &cx.b);
        Some(self.find(ry))
    }

    /// Joins `t` into an element type of class `id` (what a write stores). Storing into an
    /// escaped class makes the stored value escape.
    pub fn join_part(&mut self, id: u32, part: Part, t: &Ty) {
        if self.frozen {
            return;
        }
        // Joining may merge classes (elements holding containers); retry until the class
        // did not move under the join.
        loop {
            let r = self.find(id);
            if self.classes[r as usize].escaped {
                self.escape(t);
                return;
            }
            let old = self.part(r, part);
            let new = self.join(&old, t);
            if self.find(id) != r || self.part(r, part) != old || self.classes[r as usize].escaped {
                continue;
            }
            let new = self.canon(&new);
            if new != old {
                let c = &mut self.classes[r as usize];
                if part == Part::A {
                    c.a = new;
                } else {
                    c.b = new;
                }
                self.changed = true;
            }
            return;
        }
    }

    /// Every container reachable from a value of type `t` escapes.
    pub fn escape(&mut self, t: &Ty) {
        match t {
            Ty::List(id) | Ty::Dict(id) => {
                let r = self.find(*id);
                self.escape_class(r);
            }
            Ty::Tuple(ts) => ts.iter().for_each(|t| self.escape(t)),
            Ty::Iter(t) => self.escape(t),
            Ty::Instance(c) => self.escape_instance(c),
            _ => {}
        }
    }

    /// Instances of class `c` reached dynamic code: it may run their methods' dynamic
    /// versions and reach what their fields hold (which escapes; field types stay, since
    /// dynamic stores are accounted by name, see `classes.rs`).
    pub fn escape_instance(&mut self, c: &str) {
        if self.frozen {
            return;
        }
        let i = self.instances.entry(c.to_string()).or_default();
        if i.escaped {
            return;
        }
        i.escaped = true;
        self.changed = true;
        let fields: Vec<Ty> = i.fields.iter().map(|(_, t)| t.clone()).collect();
        fields.iter().for_each(|t| self.escape(t));
    }

    /// Instances inside `t` (not the containers) escape: a generic operation may run their
    /// class's dunder methods.
    pub fn escape_instances(&mut self, t: &Ty) {
        match t {
            Ty::Instance(c) => self.escape_instance(c),
            Ty::Tuple(ts) => ts.iter().for_each(|t| self.escape_instances(t)),
            _ => {}
        }
    }

    /// The type of field `name` of known class `c`, if it has one.
    pub fn field(&self, c: &str, name: &str) -> Option<(usize, Ty)> {
        let i = self.instances.get(c)?;
        i.fields.iter().position(|(n, _)| n == name).map(|k| (k, self.canon(&i.fields[k].1)))
    }

    /// Joins `t` into field `name` of known class `c` (created on first store).
    pub fn join_field(&mut self, c: &str, name: &str, t: &Ty) {
        if self.frozen {
            return;
        }
        let cls = self.instances.entry(c.to_string()).or_default();
        let escaped = cls.escaped;
        let old = match cls.fields.iter().position(|(n, _)| n == name) {
            Some(k) => cls.fields[k].1.clone(),
            None => {
                cls.fields.push((name.to_string(), Ty::Bottom));
                self.changed = true;
                Ty::Bottom
            }
        };
        if escaped {
            self.escape(t);
        }
        let new = self.join(&old, t);
        let new = self.canon(&new);
        if new != self.canon(&old) {
            let cls = self.instances.entry(c.to_string()).or_default();
            if let Some(f) = cls.fields.iter_mut().find(|(n, _)| n == name) {
                f.1 = new;
            }
            self.changed = true;
        }
    }

    fn escape_class(&mut self, r: u32) {
        if self.frozen || self.classes[r as usize].escaped {
            return;
        }
        let c = &mut self.classes[r as usize];
        c.escaped = true;
        let (a, b) = (std::mem::replace(&mut c.a, Ty::Object), std::mem::replace(&mut c.b, Ty::Object));
        self.changed = true;
        self.escape(&a);
        self.escape(&b);
    }

    /// Every class escapes (the fixpoint's safety net).
    pub fn escape_all(&mut self) {
        for r in 0..self.classes.len() as u32 {
            if self.find(r) == r {
                self.escape_class(r);
            }
        }
    }

    /// Whether handing a value of type `t` to the runtime can run user code: only builtin
    /// values all the way down (no `object` anywhere reachable) are closed.
    pub fn is_closed(&self, t: &Ty) -> bool {
        self.closed(t, &mut HashSet::new())
    }

    fn closed(&self, t: &Ty, seen: &mut HashSet<u32>) -> bool {
        match t {
            // Sets hold objects of unknown types.
            Ty::Object | Ty::Func | Ty::Module | Ty::Set | Ty::Instance(_) => false,
            Ty::List(id) | Ty::Dict(id) => {
                let r = self.find(*id);
                seen.contains(&r) || {
                    seen.insert(r);
                    let c = &self.classes[r as usize];
                    self.closed(&c.a, seen) && self.closed(&c.b, seen)
                }
            }
            Ty::Tuple(ts) => ts.iter().all(|t| self.closed(t, seen)),
            Ty::Iter(t) => self.closed(t, seen),
            _ => true,
        }
    }

    /// Values of these types are handed to code that may use each of them with the others
    /// (comparisons, containment, hashing, subscripts): a value escapes when another one is
    /// not closed, since that one's methods may receive it.
    pub fn share(&mut self, tys: &[Ty]) {
        let open: Vec<bool> = tys.iter().map(|t| !self.is_closed(t)).collect();
        for (i, t) in tys.iter().enumerate() {
            if open.iter().enumerate().any(|(j, o)| j != i && *o) {
                self.escape(t);
            }
        }
    }

    /// The type of the items iterating over a value of type `t` produces.
    pub fn item_type(&self, t: &Ty) -> Ty {
        match t {
            Ty::List(id) | Ty::Dict(id) => self.part(*id, Part::A),
            Ty::Iter(t) => self.canon(t),
            Ty::Str => Ty::Str,
            Ty::Bytes => Ty::Int,
            Ty::Bottom => Ty::Bottom,
            _ => Ty::Object,
        }
    }

    /// The IR type with element types: `!typed.list<!typed.int>`,
    /// `!typed.dict<!typed.str, !typed.int>` (a list holding itself prints as `!typed.list`).
    pub fn ir(&self, t: &Ty) -> Type {
        self.ir_seen(t, &mut Vec::new())
    }

    fn ir_seen(&self, t: &Ty, seen: &mut Vec<u32>) -> Type {
        match t {
            Ty::List(id) | Ty::Dict(id) => {
                let r = self.find(*id);
                let name = if matches!(t, Ty::List(_)) { "list" } else { "dict" };
                if seen.contains(&r) {
                    return ty(name);
                }
                seen.push(r);
                let c = &self.classes[r as usize];
                let mut params = vec![self.ir_seen(&c.a.or_object(), seen)];
                if name == "dict" {
                    params.push(self.ir_seen(&c.b.or_object(), seen));
                }
                seen.pop();
                Type::dialect_with("typed", name, params)
            }
            Ty::Tuple(ts) => Type::dialect_with("typed", "tuple", ts.iter().map(|t| self.ir_seen(&t.or_object(), seen)).collect()),
            Ty::Iter(t) => Type::dialect_with("typed", "iter", vec![self.ir_seen(&t.or_object(), seen)]),
            t => t.to_ir(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_merge_and_share_element_types() {
        let mut h = Heap::default();
        let (a, b) = (h.site(OpId(1)), h.site(OpId(2)));
        h.join_part(a, Part::A, &Ty::Int);
        h.join_part(b, Part::A, &Ty::Int);
        assert_eq!(h.join(&Ty::List(a), &Ty::List(b)), Ty::List(h.find(a)));
        assert_eq!(h.part(b, Part::A), Ty::Int);
        h.join_part(a, Part::A, &Ty::Str);
        assert_eq!(h.part(b, Part::A), Ty::Object);
    }

    #[test]
    fn escaping_reaches_nested_containers() {
        let mut h = Heap::default();
        let (outer, inner) = (h.site(OpId(1)), h.site(OpId(2)));
        h.join_part(inner, Part::A, &Ty::Int);
        h.join_part(outer, Part::A, &Ty::List(inner));
        assert!(h.is_closed(&Ty::List(outer)));
        assert_eq!(h.join(&Ty::List(outer), &Ty::Int), Ty::Object);
        assert_eq!(h.part(inner, Part::A), Ty::Object);
        // Storing into an escaped container makes the stored value escape too.
        let other = h.site(OpId(3));
        h.join_part(other, Part::A, &Ty::Float);
        h.join_part(outer, Part::A, &Ty::List(other));
        assert_eq!(h.part(other, Part::A), Ty::Object);
    }

    #[test]
    fn a_list_holding_itself_prints() {
        let mut h = Heap::default();
        let a = h.site(OpId(1));
        h.join_part(a, Part::A, &Ty::List(a));
        assert_eq!(h.ir(&Ty::List(a)).to_string(), "!typed.list<!typed.list>");
    }
}
