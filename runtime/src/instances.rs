//! Instances of the program's *known classes*, whose attributes the compiler typed
//! statically. Such a class carries a field table (`HeapType::fields`, set once by
//! `rt_class_set_fields` right after the class is made, before any instance exists), and each
//! of its instances keeps those attributes in slots right after its `InstanceObj` header, at
//! `INSTANCE_FIELDS_OFFSET + 8 * index`. A slot holds an object word (0 = unbound), or, for
//! the fields the compiler typed `float` (`HeapType::float_fields`), the f64 itself, bound
//! while its bit in the instance's `bound` word is set. Compiled code loads and stores the
//! slots in place; dynamic access (`getattr`, `obj.x` on an `object`, the dunder protocol)
//! finds them here by name, so both always see the same values. The instance dict of such an
//! instance is created only when an attribute outside the table is stored.

use crate::classes::{HeapType, InstanceObj, heap};
use crate::object::*;
use std::alloc::Layout;

/// Where the field slots start (the ABI's `INSTANCE_FIELDS_OFFSET`).
pub const FIELDS_OFFSET: usize = std::mem::size_of::<InstanceObj>();

/// The number of field slots of instances of `t` (0 for classes without a field table).
pub fn field_count(t: &'static TypeObject) -> usize {
    if t.heap { heap(t).fields.len() } else { 0 }
}

/// Where field `name` of instances of `t` lives: its index and whether it is an unboxed float.
fn field_index(t: &'static TypeObject, name: &str) -> Option<(usize, bool)> {
    if !t.heap {
        return None;
    }
    let h = heap(t);
    let i = h.fields.iter().position(|f| f == name)?;
    Some((i, is_float_field(h.float_fields, i)))
}

fn is_float_field(mask: u64, i: usize) -> bool {
    i < 64 && mask & (1 << i) != 0
}

fn inst(w: W) -> &'static mut InstanceObj {
    unsafe { obj_mut::<InstanceObj>(w) }
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
pub fn get(w: W, name: &str) -> Option<Option<Ref>> {
    let (i, float) = field_index(type_of(w), name)?;
    if float {
        let bound = inst(w).bound & (1 << i) != 0;
        return Some(bound.then(|| crate::float::new(f64::from_bits(unsafe { *slot(w, i) } as u64))));
    }
    let v = unsafe { *slot(w, i) };
    Some(if v == 0 { None } else { Some(Ref::borrow(v)) })
}

/// Stores `v` (borrowed) into field `name` of `w`; false when `name` is not a field.
pub fn set(w: W, name: &str, v: W) -> PyResult<bool> {
    let Some((i, float)) = field_index(type_of(w), name) else { return Ok(false) };
    if float {
        // Inference made every value that can reach this field a float.
        if is_small(v) || !std::ptr::eq(type_of(v), &FLOAT_TYPE) {
            return Err(crate::exceptions::type_error(format!("internal error: a {} stored into float field '{name}'", type_of(v).name)));
        }
        unsafe { *slot(w, i) = crate::float::val(v).to_bits() as W };
        inst(w).bound |= 1 << i;
        return Ok(true);
    }
    incref(v);
    let old = unsafe { std::ptr::replace(slot(w, i), v) };
    if old != 0 {
        decref(old);
    }
    Ok(true)
}

/// Unbinds field `name` of `w`: `Some(false)` when it was unbound, `None` when `name` is not
/// a field.
pub fn delete(w: W, name: &str) -> Option<bool> {
    let (i, float) = field_index(type_of(w), name)?;
    if float {
        let o = inst(w);
        let bound = o.bound & (1 << i) != 0;
        o.bound &= !(1 << i);
        return Some(bound);
    }
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
        std::ptr::write(p, InstanceObj { hdr: ObjHeader::new(t), dict: 0, slots: 0, bound: 0 });
        Ref::new(p as W)
    }
}

/// Frees an instance made by [`new`] (its fields, dict and slot storage released).
///
/// # Safety
/// `w` is an instance of a class with a field table and no remaining references.
pub unsafe fn free(w: W) {
    let t = type_of(w);
    let n = field_count(t);
    let floats = heap(t).float_fields;
    for i in (0..n).filter(|&i| !is_float_field(floats, i)) {
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

/// Sets the field table of class `cls` from `spec`: field names separated by newlines, each
/// followed by `:f` when it holds an unboxed float.
pub fn set_fields(cls: &'static TypeObject, spec: &str) {
    let h = cls as *const TypeObject as *mut HeapType;
    let mut fields = Vec::new();
    let mut floats = 0u64;
    for (i, f) in spec.split('\n').filter(|s| !s.is_empty()).enumerate() {
        match f.strip_suffix(":f") {
            Some(name) if i < 64 => {
                floats |= 1 << i;
                fields.push(name.to_string());
            }
            _ => fields.push(f.to_string()),
        }
    }
    unsafe {
        (*h).fields = fields;
        (*h).float_fields = floats;
    }
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
        let word = |name| get(o.w(), name).map(|v| v.map(|r| r.w()));
        assert_eq!(word("x"), Some(None));
        let x = pstr::new("x");
        let v = pstr::new("v");
        crate::ops::setattr(o.w(), x.w(), v.w()).unwrap();
        assert_eq!(word("x"), Some(Some(v.w())));
        assert_eq!(crate::ops::getattr(o.w(), x.w()).unwrap().w(), v.w());
        assert_eq!(delete(o.w(), "x"), Some(true));
        assert!(crate::ops::getattr(o.w(), x.w()).is_err());
        crate::exceptions::clear();
        assert_eq!(word("z"), None);
    }

    #[test]
    fn float_fields_hold_the_value_and_a_bound_bit() {
        let ns = dict::new();
        let bases = tuple::new(&[]);
        let cls = crate::classes::new_class("V", bases.w(), ns.w()).unwrap();
        let t = unsafe { obj::<TypeObject>(cls.w()) };
        set_fields(t, "s\nx:f");
        assert_eq!(heap(t).fields, ["s", "x"]);
        let o = new(t);
        assert!(get(o.w(), "x").is_some_and(|v| v.is_none()));
        let f = crate::float::new(2.5);
        assert_eq!(set(o.w(), "x", f.w()).ok(), Some(true));
        assert_eq!(unsafe { *slot(o.w(), 1) } as u64, 2.5f64.to_bits());
        assert_eq!(inst(o.w()).bound, 0b10);
        let back = get(o.w(), "x").flatten().map(|r| crate::float::val(r.w()));
        assert_eq!(back, Some(2.5));
        // Only floats reach a float field; anything else is an internal error, not a crash.
        let s = pstr::new("no");
        assert!(set(o.w(), "x", s.w()).is_err());
        crate::exceptions::clear();
        assert_eq!(delete(o.w(), "x"), Some(true));
        assert_eq!(inst(o.w()).bound, 0);
        assert_eq!(delete(o.w(), "x"), Some(false));
    }
}
