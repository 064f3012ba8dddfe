//! Instances of the program's *known classes*, whose attributes the compiler typed
//! statically. Such a class carries a field table (`HeapType::fields`, set once by
//! `rt_class_set_fields` right after the class is made, before any instance exists), and each
//! of its instances keeps those attributes in word slots right after its `InstanceObj`
//! header, at `INSTANCE_FIELDS_OFFSET + 8 * index` (0 = unbound). Compiled code loads and
//! stores the slots in place; dynamic access (`getattr`, `obj.x` on an `object`, the dunder
//! protocol) finds them here by name, so both always see the same values. The instance dict
//! of such an instance is created only when an attribute outside the table is stored.

use crate::classes::{HeapType, InstanceObj, heap};
use crate::object::*;
use std::alloc::Layout;

/// Where the field slots start (the ABI's `INSTANCE_FIELDS_OFFSET`).
pub const FIELDS_OFFSET: usize = std::mem::size_of::<InstanceObj>();

/// The number of field slots of instances of `t` (0 for classes without a field table).
pub fn field_count(t: &'static TypeObject) -> usize {
    if t.heap { heap(t).fields.len() } else { 0 }
}

fn field_index(t: &'static TypeObject, name: &str) -> Option<usize> {
    if !t.heap {
        return None;
    }
    heap(t).fields.iter().position(|f| f == name)
}

fn slot(w: W, i: usize) -> *mut W {
    (w as usize + FIELDS_OFFSET + 8 * i) as *mut W
}

fn layout(n: usize) -> Layout {
    // size and alignment are small constants: this never fails
    Layout::from_size_align(FIELDS_OFFSET + 8 * n, 8).unwrap_or(Layout::new::<InstanceObj>())
}

/// Attribute `name` of instance `w` when it is a field of its class: `Some(None)` while
/// unbound; `None` when `name` is not a field.
pub fn get(w: W, name: &str) -> Option<Option<W>> {
    let i = field_index(type_of(w), name)?;
    let v = unsafe { *slot(w, i) };
    Some(if v == 0 { None } else { Some(v) })
}

/// Stores `v` (borrowed) into field `name` of `w`; false when `name` is not a field.
pub fn set(w: W, name: &str, v: W) -> bool {
    let Some(i) = field_index(type_of(w), name) else { return false };
    incref(v);
    let old = unsafe { std::ptr::replace(slot(w, i), v) };
    if old != 0 {
        decref(old);
    }
    true
}

/// Unbinds field `name` of `w`: `Some(false)` when it was unbound, `None` when `name` is not
/// a field.
pub fn delete(w: W, name: &str) -> Option<bool> {
    let i = field_index(type_of(w), name)?;
    let old = unsafe { std::ptr::replace(slot(w, i), 0) };
    if old == 0 {
        return Some(false);
    }
    decref(old);
    Some(true)
}

/// A new instance of class `t` with every field unbound and no instance dict yet.
pub fn new(t: &'static TypeObject) -> Ref {
    let n = field_count(t);
    unsafe {
        let p = std::alloc::alloc_zeroed(layout(n)) as *mut InstanceObj;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout(n));
        }
        std::ptr::write(p, InstanceObj { hdr: ObjHeader::new(t), dict: 0, slots: 0 });
        Ref::new(p as W)
    }
}

/// Frees an instance made by [`new`] (its fields, dict and slot storage released).
///
/// # Safety
/// `w` is an instance of a class with a field table and no remaining references.
pub unsafe fn free(w: W) {
    let n = field_count(type_of(w));
    for i in 0..n {
        let v = unsafe { *slot(w, i) };
        if v != 0 {
            decref(v);
        }
    }
    unsafe {
        std::ptr::drop_in_place(w as *mut InstanceObj);
        std::alloc::dealloc(w as *mut u8, layout(n));
    }
}

/// Sets the field table of class `cls` from `spec` (field names separated by newlines).
pub fn set_fields(cls: &'static TypeObject, spec: &str) {
    let h = cls as *const TypeObject as *mut HeapType;
    unsafe { (*h).fields = spec.split('\n').filter(|s| !s.is_empty()).map(String::from).collect() };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{dict, str as pstr, tuple};

    #[test]
    fn fields_are_shared_with_dynamic_access() {
        let ns = dict::new();
        let bases = tuple::new(&[]);
        let cls = crate::classes::new_class("P", bases.w(), ns.w()).unwrap();
        let t = unsafe { obj::<TypeObject>(cls.w()) };
        set_fields(t, "x\ny");
        let o = new(t);
        assert_eq!(get(o.w(), "x"), Some(None));
        let x = pstr::new("x");
        let v = pstr::new("v");
        crate::ops::setattr(o.w(), x.w(), v.w()).unwrap();
        assert_eq!(get(o.w(), "x"), Some(Some(v.w())));
        assert_eq!(crate::ops::getattr(o.w(), x.w()).unwrap().w(), v.w());
        assert_eq!(delete(o.w(), "x"), Some(true));
        assert!(crate::ops::getattr(o.w(), x.w()).is_err());
        crate::exceptions::clear();
        assert_eq!(get(o.w(), "z"), None);
    }
}
