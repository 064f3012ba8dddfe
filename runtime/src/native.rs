//! Classes that the runtime's native modules (`dataclasses`, `typing`) make at run time:
//! ordinary heap classes whose methods are Rust functions. A method is a function object
//! whose closure holds the Rust function (as a builtin) and a bound datum; its code calls
//! the builtin with the datum prepended to the arguments, so it binds to instances like any
//! `def` in a class body.

use crate::func::{self, Args, BuiltinFnObj, FunctionObj, NativeFn, new_builtin};
use crate::object::*;
use crate::{classes, dict, str as pstr, tuple};

/// The arguments of a vectorcall (`args` holds the positional values, then one value per
/// name in the `kwnames` tuple, which is 0 when there are none).
///
/// # Safety
/// `args` must point to `nargs` words plus one per keyword name.
pub unsafe fn args_view<'a>(args: *const W, nargs: i64, kwnames: W) -> Args<'a> {
    let names: &'a [W] = if kwnames == 0 { &[] } else { tuple::items(kwnames) };
    let n = nargs as usize;
    let all: &'a [W] = if args.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(args, n + names.len()) } };
    Args { pos: &all[..n], kwnames: names, kwvals: &all[n..], kwtuple: kwnames }
}

extern "C" fn trampoline(fw: W, args: *const W, nargs: i64, kwnames: W) -> W {
    let f = unsafe { obj::<FunctionObj>(fw) };
    let [b, data] = tuple::items(f.closure) else { return 0 };
    let a = unsafe { args_view(args, nargs, kwnames) };
    let mut pos = Vec::with_capacity(1 + a.pos.len());
    pos.push(*data);
    pos.extend_from_slice(a.pos);
    let with_data = Args { pos: &pos, ..a };
    ret((unsafe { obj::<BuiltinFnObj>(*b) }.f)(&with_data))
}

/// A function object named `name` whose calls run `f` with `data` as the first argument.
pub fn method(name: &'static str, f: NativeFn, data: W) -> Ref {
    let b = new_builtin(name, f);
    let closure = tuple::new(&[b.w(), data]);
    let n = pstr::new(name);
    func::new_function(n.w(), trampoline, closure.w())
}

/// A class `module.name` with bases `bases` and the namespace entries `attrs`.
pub fn class(name: &str, module: &str, bases: &[W], attrs: Vec<(&str, Ref)>) -> PyResult<Ref> {
    let ns = dict::new();
    set_item(ns.w(), "__module__", pstr::new(module).w())?;
    for (k, v) in attrs {
        set_item(ns.w(), k, v.w())?;
    }
    classes::new_class(name, tuple::new(bases).w(), ns.w())
}

/// A new instance of the runtime-made class `cls` with the attributes `attrs`.
pub fn instance(cls: W, attrs: &[(&str, W)]) -> PyResult<Ref> {
    let o = func::call(cls, &Args::pos(&[]))?;
    for (k, v) in attrs {
        let n = pstr::new(k);
        crate::ops::setattr(o.w(), n.w(), *v)?;
    }
    Ok(o)
}

/// `d[key] = v` with a str key.
pub fn set_item(d: W, key: &str, v: W) -> PyResult<()> {
    let k = pstr::new(key);
    dict::setitem(d, k.w(), v)
}

/// `getattr(w, name)`.
pub fn get(w: W, name: &str) -> PyResult<Ref> {
    crate::ops::getattr_str(w, name)
}
