//! Signatures of compiled `def`s and CPython's argument binding.
//!
//! The compiler describes each `def` site once as a text spec (`rt_code_const`, parsed on
//! first use and cached in a slot for the whole run); a function object made from it
//! (`rt_function_new`) carries its defaults. When the function is called through the generic
//! convention, its wrapper calls `rt_bind_args`, which matches positional and keyword
//! arguments to parameters as CPython's `initialize_locals` does — the same checks in the same
//! order, with the same messages — and fills one word per parameter.

use crate::exceptions::type_error;
use crate::func::{Args, FunctionObj};
use crate::object::*;
use crate::{dict, str as pstr, tuple};

/// The signature of one `def`.
pub struct CodeInfo {
    pub name: Ref,
    pub qualname: Ref,
    /// Parameter names in source order: positional (positional-only first), `*args`,
    /// keyword-only, `**kwargs` — the order of the function's entry arguments.
    pub params: Vec<Ref>,
    /// Positional parameters, positional-only ones included.
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
}

impl CodeInfo {
    /// Parses the compiler's spec: lines `name`, `qualname`,
    /// `argcount posonly kwonly varargs varkw` (the last two 0 or 1), then one parameter name
    /// per line in source order.
    pub fn parse(spec: &str) -> Option<CodeInfo> {
        let mut lines = spec.split('\n');
        let name = lines.next()?;
        let qualname = lines.next()?;
        let nums: Vec<usize> = lines.next()?.split(' ').map(|x| x.parse().ok()).collect::<Option<_>>()?;
        let [argcount, posonly, kwonly, varargs, varkw] = nums[..] else { return None };
        let params: Vec<Ref> = lines.map(pstr::new).collect();
        if params.len() != argcount + kwonly + varargs + varkw || posonly > argcount {
            return None;
        }
        Some(CodeInfo { name: pstr::new(name), qualname: pstr::new(qualname), params, argcount, posonly, kwonly, varargs: varargs == 1, varkw: varkw == 1 })
    }

    fn qual(&self) -> &str {
        pstr::s(self.qualname.w())
    }

    /// Index of the `*args` parameter.
    fn varargs_index(&self) -> usize {
        self.argcount
    }

    /// Index of the first keyword-only parameter.
    fn kwonly_start(&self) -> usize {
        self.argcount + self.varargs as usize
    }

    fn varkw_index(&self) -> usize {
        self.kwonly_start() + self.kwonly
    }
}

/// CPython's list of names in arity errors: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds the arguments `a` of a call of `f` to its parameters: on success `out` holds one
/// new reference per parameter (source order); on error nothing is left in `out`.
pub fn bind(f: &FunctionObj, info: &CodeInfo, a: &Args, out: &mut [W]) -> PyResult<()> {
    let n = info.params.len();
    let mut slots: Vec<Option<Ref>> = (0..n).map(|_| None).collect();
    let q = info.qual();
    let kwdict = if info.varkw { Some(dict::new()) } else { None };
    // Positional arguments, the extra ones packed into *args.
    let given = a.pos.len();
    for (i, &v) in a.pos.iter().take(info.argcount).enumerate() {
        slots[i] = Some(Ref::borrow(v));
    }
    if info.varargs {
        let extra = if given > info.argcount { &a.pos[info.argcount..] } else { &[][..] };
        slots[info.varargs_index()] = Some(tuple::new(extra));
    }
    // Keyword arguments.
    for (&k, &v) in a.kwnames.iter().zip(a.kwvals) {
        let Some(key) = pstr::as_str(k) else {
            return Err(type_error(format!("{q}() keywords must be strings")));
        };
        let named = (info.posonly..info.argcount).chain(info.kwonly_start()..info.varkw_index()).find(|&i| pstr::s(info.params[i].w()) == key);
        match named {
            Some(i) if slots[i].is_some() => return Err(type_error(format!("{q}() got multiple values for argument '{key}'"))),
            Some(i) => slots[i] = Some(Ref::borrow(v)),
            None => match &kwdict {
                Some(d) => dict::setitem(d.w(), k, v)?,
                None => {
                    let posonly: Vec<&str> = a
                        .kwnames
                        .iter()
                        .filter_map(|&k| pstr::as_str(k))
                        .filter(|k| info.params[..info.posonly].iter().any(|p| pstr::s(p.w()) == *k))
                        .collect();
                    if !posonly.is_empty() {
                        return Err(type_error(format!("{q}() got some positional-only arguments passed as keyword arguments: '{}'", posonly.join(", "))));
                    }
                    return Err(type_error(format!("{q}() got an unexpected keyword argument '{key}'")));
                }
            },
        }
    }
    if let Some(d) = kwdict {
        slots[info.varkw_index()] = Some(d);
    }
    // Too many positional arguments.
    let defaults: &[W] = if f.defaults != 0 { tuple::items(f.defaults) } else { &[] };
    if given > info.argcount && !info.varargs {
        let kwonly_given = (info.kwonly_start()..info.varkw_index()).filter(|&i| slots[i].is_some()).count();
        let (sig, plural) = if defaults.is_empty() {
            (info.argcount.to_string(), info.argcount != 1)
        } else {
            (format!("from {} to {}", info.argcount - defaults.len(), info.argcount), true)
        };
        let kw_sig = if kwonly_given > 0 {
            format!(" positional argument{} (and {kwonly_given} keyword-only argument{})", if given != 1 { "s" } else { "" }, if kwonly_given != 1 { "s" } else { "" })
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
        return Err(type_error(format!("{q}() takes {sig} positional argument{} but {given}{kw_sig} {verb} given", if plural { "s" } else { "" })));
    }
    // Missing positional arguments: defaults, else an error naming them.
    let first_default = info.argcount - defaults.len().min(info.argcount);
    let missing: Vec<&str> = (0..first_default).filter(|&i| slots[i].is_none()).map(|i| pstr::s(info.params[i].w())).collect();
    if !missing.is_empty() {
        return Err(missing_error(q, &missing, "positional"));
    }
    for i in first_default..info.argcount {
        if slots[i].is_none() {
            slots[i] = Some(Ref::borrow(defaults[i - first_default]));
        }
    }
    // Missing keyword-only arguments.
    let mut missing = Vec::new();
    for i in info.kwonly_start()..info.varkw_index() {
        if slots[i].is_none() {
            let dflt = if f.kwdefaults != 0 { dict::get(f.kwdefaults, info.params[i].w())? } else { None };
            match dflt {
                Some(d) => slots[i] = Some(Ref::borrow(d)),
                None => missing.push(pstr::s(info.params[i].w())),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(q, &missing, "keyword-only"));
    }
    for (o, s) in out.iter_mut().zip(slots) {
        *o = s.map(Ref::into_w).unwrap_or(0);
    }
    Ok(())
}

fn missing_error(q: &str, missing: &[&str], kind: &str) -> Raised {
    type_error(format!("{q}() missing {} required {kind} argument{}: {}", missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(missing)))
}
