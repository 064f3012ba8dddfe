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

/// The code of a compiled function: `W code(W closure, const W *args, I64 nargs, W kwnames)`.
pub type CodeFn = extern "C" fn(W, *const W, i64, W) -> W;

#[repr(C)]
pub struct FunctionObj {
    pub hdr: ObjHeader,
    pub name: W,
    pub code: CodeFn,
    pub closure: W,
}

impl Drop for FunctionObj {
    fn drop(&mut self) {
        decref(self.name);
        decref(self.closure);
    }
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
    Ref::new(alloc(FunctionObj { hdr: ObjHeader::new(&FUNCTION_TYPE), name, code, closure }))
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
fn call_code(f: &FunctionObj, a: &Args) -> PyResult<Ref> {
    let r = if a.kwvals.is_empty() {
        (f.code)(f.closure, a.pos.as_ptr(), a.pos.len() as i64, 0)
    } else {
        let contiguous = std::ptr::eq(a.kwvals.as_ptr(), a.pos.as_ptr().wrapping_add(a.pos.len()));
        let kwt = if a.kwtuple != 0 { Ref::borrow(a.kwtuple) } else { crate::tuple::new(a.kwnames) };
        if contiguous {
            (f.code)(f.closure, a.pos.as_ptr(), a.pos.len() as i64, kwt.w())
        } else {
            let mut v = a.pos.to_vec();
            v.extend_from_slice(a.kwvals);
            (f.code)(f.closure, v.as_ptr(), a.pos.len() as i64, kwt.w())
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
        Kind::Function => call_code(unsafe { obj::<FunctionObj>(c) }, a),
        Kind::BoundMethod => {
            let m = unsafe { obj::<BoundMethodObj>(c) };
            if m.func != 0 {
                call_with_self(m.func, m.self_, a)
            } else if std::ptr::eq(type_of(c), &crate::classes::BASE_METHOD_TYPE) {
                crate::classes::call_base(m.self_, crate::str::s(m.name), a)
            } else {
                crate::ops::call_method(m.self_, crate::str::s(m.name), a)
            }
        }
        Kind::MethodDescr => {
            let d = unsafe { obj::<MethodDescrObj>(c) };
            let name = crate::str::s(d.name);
            let Some(&self_) = a.pos.first() else {
                return Err(type_error(format!("unbound method {}.{}() needs an argument", d.owner.name, name)));
            };
            if !type_of(self_).is_subtype(d.owner) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    name,
                    d.owner.name,
                    type_name(self_)
                )));
            }
            let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
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
        Kind::Function => format!("<function {} at {:#x}>", crate::str::s(unsafe { obj::<FunctionObj>(w) }.name), w),
        Kind::BoundMethod => {
            let m = unsafe { obj::<BoundMethodObj>(w) };
            if m.func != 0 {
                let owner = if kind_of(m.self_) == Kind::Type { unsafe { obj::<TypeObject>(m.self_) }.name } else { type_name(m.self_) };
                let target = crate::ops::repr_string(m.self_).unwrap_or_default();
                format!("<bound method {}.{} of {}>", owner, crate::str::s(m.name), target)
            } else {
                format!("<built-in method {} of {} object at {:#x}>", crate::str::s(m.name), type_name(m.self_), m.self_)
            }
        }
        Kind::MethodDescr => {
            let d = unsafe { obj::<MethodDescrObj>(w) };
            format!("<method '{}' of '{}' objects>", crate::str::s(d.name), d.owner.name)
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
