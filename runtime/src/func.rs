//! Callables: the vectorcall argument view (`Args`), builtin functions, compiled function
//! objects, bound methods and method descriptors, and the generic `call`.

use crate::exceptions::type_error;
use crate::object::*;

/// Arguments of a call: positional values, then keyword names (str words) and values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [W],
    pub kwnames: &'a [W],
    pub kwvals: &'a [W],
    /// The kwnames tuple when the call came through the ABI (0 otherwise).
    pub kwtuple: W,
}

impl<'a> Args<'a> {
    pub fn pos(p: &'a [W]) -> Self {
        Args { pos: p, kwnames: &[], kwvals: &[], kwtuple: 0 }
    }

    /// The value passed for keyword `name`.
    pub fn kw(&self, name: &str) -> Option<W> {
        self.kwnames.iter().position(|&k| crate::str::s(k) == name).map(|i| self.kwvals[i])
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// METH_O style: `f() takes exactly one argument (N given)`.
    pub fn exactly_one(&self, fname: &str) -> PyResult<()> {
        self.no_kw(fname)?;
        if self.pos.len() != 1 {
            return Err(type_error(format!("{fname}() takes exactly one argument ({} given)", self.pos.len())));
        }
        Ok(())
    }

    /// Argument-clinic style positional count check.
    pub fn expect(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kw(fname)?;
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let pl = |k: usize| if k == 1 { "argument" } else { "arguments" };
        let msg = if max == 0 {
            format!("{fname}() takes no arguments ({n} given)")
        } else if min == max {
            format!("{fname} expected {min} {}, got {n}", pl(min))
        } else if n < min {
            format!("{fname} expected at least {min} {}, got {n}", pl(min))
        } else {
            format!("{fname} expected at most {max} {}, got {n}", pl(max))
        };
        Err(type_error(msg))
    }

    /// Rejects keywords outside `allowed`.
    pub fn check_kw(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for &k in self.kwnames {
            let name = crate::str::s(k);
            if !allowed.contains(&name) {
                return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()")));
            }
        }
        Ok(())
    }
}

pub type NativeFn = fn(&Args) -> PyResult<Ref>;

#[repr(C)]
pub struct BuiltinFnObj {
    pub hdr: ObjHeader,
    pub name: &'static str,
    pub f: NativeFn,
}

/// The code of a compiled function: `W code(W function, const W *args, I64 nargs, W kwnames)`
/// (the function object itself comes first, so the code can reach its closure and defaults).
pub type CodeFn = extern "C" fn(W, *const W, i64, W) -> W;

#[repr(C)]
pub struct FunctionObj {
    pub hdr: ObjHeader,
    pub name: W,
    pub code: CodeFn,
    /// A tuple of cells (the free variables), or None.
    pub closure: W,
    /// The signature of a compiled `def` (null for functions the runtime makes itself).
    pub info: *const crate::code::CodeInfo,
    /// The positional defaults (a tuple) or 0.
    pub defaults: W,
    /// The keyword-only defaults (a dict) or 0.
    pub kwdefaults: W,
    /// Attributes set on the function (`f.calls = 0`), a dict made on first use, or 0.
    pub dict: W,
    /// `__annotations__`: a dict, or 0 until set or first read (an empty dict is made then).
    pub annotations: W,
}

impl Drop for FunctionObj {
    fn drop(&mut self) {
        decref(self.name);
        decref(self.closure);
        decref(self.defaults);
        decref(self.kwdefaults);
        decref(self.dict);
        decref(self.annotations);
    }
}

/// A closure cell: one variable shared between a function and the functions nested in it.
/// Compiled code reads and writes `value` in place (`CELL_VALUE_OFFSET` in the ABI table);
/// 0 means unbound.
#[repr(C)]
pub struct CellObj {
    pub hdr: ObjHeader,
    pub value: W,
}

impl Drop for CellObj {
    fn drop(&mut self) {
        decref(self.value);
    }
}

pub fn new_cell(v: W) -> Ref {
    incref(v);
    Ref::new(alloc(CellObj { hdr: ObjHeader::new(&CELL_TYPE), value: v }))
}

/// A method bound to its receiver: a builtin method by name, or a callable with `self`.
#[repr(C)]
pub struct BoundMethodObj {
    pub hdr: ObjHeader,
    pub self_: W,
    pub name: W,
    /// 0 for a builtin method looked up by name.
    pub func: W,
}

impl Drop for BoundMethodObj {
    fn drop(&mut self) {
        decref(self.self_);
        decref(self.name);
        decref(self.func);
    }
}

/// An unbound method of a builtin type (`str.lower`).
#[repr(C)]
pub struct MethodDescrObj {
    pub hdr: ObjHeader,
    pub owner: &'static TypeObject,
    pub name: W,
}

impl Drop for MethodDescrObj {
    fn drop(&mut self) {
        decref(self.name);
    }
}

pub fn new_builtin(name: &'static str, f: NativeFn) -> Ref {
    Ref::new(alloc(BuiltinFnObj { hdr: ObjHeader::new(&BUILTIN_FN_TYPE), name, f }))
}

pub fn new_function(name: W, code: CodeFn, closure: W) -> Ref {
    incref(name);
    incref(closure);
    Ref::new(alloc(FunctionObj { hdr: ObjHeader::new(&FUNCTION_TYPE), name, code, closure, info: std::ptr::null(), defaults: 0, kwdefaults: 0, dict: 0, annotations: 0 }))
}

/// A function object for a compiled `def` with signature `info` (arguments borrowed).
pub fn new_compiled(info: &'static crate::code::CodeInfo, code: CodeFn, defaults: W, kwdefaults: W, closure: W) -> Ref {
    for w in [info.name.w(), defaults, kwdefaults, closure] {
        incref(w);
    }
    Ref::new(alloc(FunctionObj { hdr: ObjHeader::new(&FUNCTION_TYPE), name: info.name.w(), code, closure, info, defaults, kwdefaults, dict: 0, annotations: 0 }))
}

/// The qualified name of a function (its `__qualname__`).
pub fn qualname_of(f: &FunctionObj) -> Ref {
    match unsafe { f.info.as_ref() } {
        Some(i) => Ref::borrow(i.qualname.w()),
        None => Ref::borrow(f.name),
    }
}

pub fn bound_builtin(self_: W, name: W) -> Ref {
    incref(self_);
    incref(name);
    Ref::new(alloc(BoundMethodObj { hdr: ObjHeader::new(&BUILTIN_METHOD_TYPE), self_, name, func: 0 }))
}

pub fn method_descr(owner: &'static TypeObject, name: W) -> Ref {
    incref(name);
    Ref::new(alloc(MethodDescrObj { hdr: ObjHeader::new(&METHOD_DESCR_TYPE), owner, name }))
}

/// Calls a compiled function with the vectorcall convention.
fn call_code(fw: W, a: &Args) -> PyResult<Ref> {
    let f = unsafe { obj::<FunctionObj>(fw) };
    let r = if a.kwvals.is_empty() {
        (f.code)(fw, a.pos.as_ptr(), a.pos.len() as i64, 0)
    } else {
        let contiguous = std::ptr::eq(a.kwvals.as_ptr(), a.pos.as_ptr().wrapping_add(a.pos.len()));
        let kwt = if a.kwtuple != 0 { Ref::borrow(a.kwtuple) } else { crate::tuple::new(a.kwnames) };
        if contiguous {
            (f.code)(fw, a.pos.as_ptr(), a.pos.len() as i64, kwt.w())
        } else {
            let mut v = a.pos.to_vec();
            v.extend_from_slice(a.kwvals);
            (f.code)(fw, v.as_ptr(), a.pos.len() as i64, kwt.w())
        }
    };
    if r == 0 { Err(Raised) } else { Ok(Ref::new(r)) }
}

/// Calls `self_` prepended to the arguments.
fn call_with_self(func: W, self_: W, a: &Args) -> PyResult<Ref> {
    let mut v = Vec::with_capacity(1 + a.pos.len() + a.kwvals.len());
    v.push(self_);
    v.extend_from_slice(a.pos);
    v.extend_from_slice(a.kwvals);
    let n = 1 + a.pos.len();
    let b = Args { pos: &v[..n], kwnames: a.kwnames, kwvals: &v[n..], kwtuple: a.kwtuple };
    call(func, &b)
}

/// Calls any callable.
pub fn call(c: W, a: &Args) -> PyResult<Ref> {
    if c == 0 {
        return Err(type_error("'NoneType' object is not callable"));
    }
    match kind_of(c) {
        Kind::BuiltinFn => {
            let f = unsafe { obj::<BuiltinFnObj>(c) };
            (f.f)(a)
        }
        Kind::Function => call_code(c, a),
        Kind::BoundMethod => {
            let m = unsafe { obj::<BoundMethodObj>(c) };
            if m.func != 0 {
                call_with_self(m.func, m.self_, a)
            } else if std::ptr::eq(type_of(c), &crate::classes::BASE_METHOD_TYPE) || std::ptr::eq(type_of(c), &crate::slots::SLOT_METHOD_TYPE) {
                crate::slots::call_bound(m.self_, crate::str::s(m.name), a)
            } else {
                crate::ops::call_method(m.self_, crate::str::s(m.name), a)
            }
        }
        Kind::MethodDescr => {
            let d = unsafe { obj::<MethodDescrObj>(c) };
            let name = crate::str::s(d.name);
            let wrapper = crate::slots::is_wrapper_descr(c);
            let Some(&self_) = a.pos.first() else {
                return Err(type_error(if wrapper {
                    format!("descriptor '{}' of '{}' object needs an argument", name, d.owner.name)
                } else {
                    format!("unbound method {}.{}() needs an argument", d.owner.name, name)
                }));
            };
            if !type_of(self_).is_subtype(d.owner) {
                return Err(type_error(if wrapper {
                    format!("descriptor '{}' requires a '{}' object but received a '{}'", name, d.owner.name, type_name(self_))
                } else {
                    format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, d.owner.name, type_name(self_))
                }));
            }
            let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
            if crate::slots::is_dunder(name)
                && let Some((owner, _)) = crate::slots::find(d.owner, name)
            {
                return crate::slots::call(owner, self_, name, &rest);
            }
            if matches!(d.owner.kind, Kind::Object | Kind::Exception | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float) && crate::classes::base_has(d.owner, name) {
                return crate::classes::call_base(self_, name, &rest);
            }
            crate::ops::call_method(self_, name, &rest)
        }
        Kind::Type => {
            let t = unsafe { obj::<TypeObject>(c) };
            if t.heap { crate::classes::instantiate(t, a) } else { crate::builtins::construct(t, a) }
        }
        _ => {
            if let Some(f) = crate::classes::special(c, "__call__") {
                return crate::classes::call_with_self(f, c, a);
            }
            Err(type_error(format!("'{}' object is not callable", type_name(c))))
        }
    }
}

pub fn is_callable(w: W) -> bool {
    !is_small(w)
        && (matches!(kind_of(w), Kind::BuiltinFn | Kind::Function | Kind::BoundMethod | Kind::MethodDescr | Kind::Type)
            || crate::classes::special(w, "__call__").is_some())
}

pub fn repr(w: W) -> String {
    match kind_of(w) {
        Kind::BuiltinFn => format!("<built-in function {}>", unsafe { obj::<BuiltinFnObj>(w) }.name),
        Kind::Function => format!("<function {} at {:#x}>", crate::str::s(qualname_of(unsafe { obj::<FunctionObj>(w) }).w()), w),
        Kind::BoundMethod => {
            let m = unsafe { obj::<BoundMethodObj>(w) };
            if m.func != 0 {
                let owner = if kind_of(m.self_) == Kind::Type { unsafe { obj::<TypeObject>(m.self_) }.name } else { type_name(m.self_) };
                let target = crate::ops::repr_string(m.self_).unwrap_or_default();
                format!("<bound method {}.{} of {}>", owner, crate::str::s(m.name), target)
            } else if std::ptr::eq(type_of(w), &crate::classes::BASE_METHOD_TYPE) {
                format!("<method-wrapper '{}' of {} object at {:#x}>", crate::str::s(m.name), type_name(m.self_), m.self_)
            } else {
                format!("<built-in method {} of {} object at {:#x}>", crate::str::s(m.name), type_name(m.self_), m.self_)
            }
        }
        Kind::MethodDescr => {
            let d = unsafe { obj::<MethodDescrObj>(w) };
            if crate::slots::is_wrapper_descr(w) {
                format!("<slot wrapper '{}' of '{}' objects>", crate::str::s(d.name), d.owner.name)
            } else {
                format!("<method '{}' of '{}' objects>", crate::str::s(d.name), d.owner.name)
            }
        }
        _ => format!("<{} object at {:#x}>", type_name(w), w),
    }
}

pub fn name_of(w: W) -> Option<Ref> {
    match kind_of(w) {
        Kind::BuiltinFn => Some(crate::str::new(unsafe { obj::<BuiltinFnObj>(w) }.name)),
        Kind::Function => Some(Ref::borrow(unsafe { obj::<FunctionObj>(w) }.name)),
        Kind::BoundMethod => Some(Ref::borrow(unsafe { obj::<BoundMethodObj>(w) }.name)),
        Kind::MethodDescr => Some(Ref::borrow(unsafe { obj::<MethodDescrObj>(w) }.name)),
        _ => None,
    }
}

/// The data attributes of a function object (`__name__`, `__qualname__`, `__defaults__`,
/// `__module__`, `__dict__`, `__annotations__`, and whatever was set on it).
pub fn function_attr(w: W, name: &str) -> PyResult<Option<Ref>> {
    let f = unsafe { obj::<FunctionObj>(w) };
    if f.dict != 0
        && let Some(v) = crate::dict::get_str(f.dict, name)
    {
        return Ok(Some(Ref::borrow(v)));
    }
    Ok(match name {
        "__name__" => Some(Ref::borrow(f.name)),
        "__qualname__" => Some(qualname_of(f)),
        "__module__" => Some(crate::str::new("__main__")),
        "__defaults__" => Some(if f.defaults == 0 { Ref::none() } else { Ref::borrow(f.defaults) }),
        "__kwdefaults__" => Some(if f.kwdefaults == 0 { Ref::none() } else { Ref::borrow(f.kwdefaults) }),
        "__closure__" => Some(if f.closure == 0 { Ref::none() } else { Ref::borrow(f.closure) }),
        "__doc__" => Some(Ref::none()),
        "__dict__" => {
            let f = unsafe { obj_mut::<FunctionObj>(w) };
            if f.dict == 0 {
                f.dict = crate::dict::new().into_w();
            }
            Some(Ref::borrow(f.dict))
        }
        "__annotations__" => {
            // As CPython's func_get_annotations: made empty on first read, then kept.
            let f = unsafe { obj_mut::<FunctionObj>(w) };
            if f.annotations == 0 {
                f.annotations = crate::dict::new().into_w();
            }
            Some(Ref::borrow(f.annotations))
        }
        _ => None,
    })
}

/// `function.name = v`: `__name__` and `__qualname__` must be str, `__annotations__` a dict
/// (None unsets it); anything else goes to the function's `__dict__`.
pub fn function_setattr(w: W, name_w: W, v: W) -> PyResult<()> {
    let f = unsafe { obj_mut::<FunctionObj>(w) };
    match crate::str::s(name_w) {
        "__annotations__" => {
            if v != none() && !crate::dict::is_dict(v) {
                return Err(type_error("__annotations__ must be set to a dict object"));
            }
            let v = if v == none() { 0 } else { v };
            incref(v);
            decref(std::mem::replace(&mut f.annotations, v));
            Ok(())
        }
        "__name__" => {
            if !crate::str::is_str(v) {
                return Err(type_error("__name__ must be set to a string object"));
            }
            incref(v);
            decref(std::mem::replace(&mut f.name, v));
            Ok(())
        }
        _ => {
            if f.dict == 0 {
                f.dict = crate::dict::new().into_w();
            }
            crate::dict::setitem(f.dict, name_w, v)
        }
    }
}

/// `del function.name`: `__annotations__` (unset: the next read makes an empty dict) or an
/// attribute of its `__dict__`; Ok(false) when there is no such attribute.
pub fn function_delattr(w: W, name_w: W) -> PyResult<bool> {
    let f = unsafe { obj_mut::<FunctionObj>(w) };
    if crate::str::s(name_w) == "__annotations__" {
        decref(std::mem::replace(&mut f.annotations, 0));
        return Ok(true);
    }
    if f.dict == 0 || !crate::dict::contains(f.dict, name_w)? {
        return Ok(false);
    }
    crate::dict::delitem(f.dict, name_w).map(|_| true)
}

#[cfg(test)]
mod tests {
    /// Compiled code reads cells in place: `CELL_VALUE_OFFSET` in the ABI table.
    #[test]
    fn cell_value_offset_matches_the_abi() {
        assert_eq!(std::mem::offset_of!(super::CellObj, value), 16);
    }
}
