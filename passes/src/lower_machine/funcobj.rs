//! Function objects (`typed.make_function`): every `def` and `lambda` that is not called
//! directly, and module-level functions used as values (`sorted(xs, key=f)`).
//!
//! The object is made by the runtime (`rt_function_new`) from the `def`'s signature (parsed
//! once by `rt_code_const` and cached in a slot), its positional and keyword-only defaults and
//! its closure (a tuple of cells), then given its `__annotations__` dict when the `def` has
//! annotations. A module-level function used as a value is made once, on
//! first use, and cached in slot `fn.<instance>` (which keeps it alive for the whole run).
//!
//! Its code is a local wrapper `<instance machine name>.vc` with the runtime's vectorcall
//! convention `W code(W function, const W *args, I64 nargs, W kwnames)`, generated once per
//! instance. The wrapper calls the instance (closure tuple first when it has one, then one
//! object per parameter) with:
//! - the caller's words as they are, when the signature is plain (positional parameters
//!   only) and the call gives exactly that many positional arguments and no keywords;
//! - otherwise the words `rt_bind_args` fills, binding as CPython does (defaults, `*args`,
//!   keyword-only parameters, `**kwargs`, and CPython's TypeErrors), dropped after the call.
//!
//! The result is returned as a word (0 passes the error on; a float or bool is boxed after
//! checking the error flag). The wrapper has no frame of its own: its errors record no
//! traceback entry (CPython reports argument errors at the call site, and the callee records
//! its own entries).

use super::refcount::{RcKind, Scope};
use super::{FuncLowering, ModuleState, analysis, errors::Handler, machine_type};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, BlockId, Location, Module, OpId, Type, Value, attr, machine};
use std::collections::HashMap;
use std::rc::Rc;

/// What the wrapper of one instance needs, recorded at its first `typed.make_function`.
#[derive(Clone, Debug)]
pub(super) struct WrapperSpec {
    /// The typed instance called.
    pub callee: String,
    /// The Python name (the function's frame).
    pub py_name: String,
    /// Parameters (closure excluded).
    pub num_params: usize,
    /// Whether the instance takes the closure tuple first.
    pub has_closure: bool,
    /// Only positional parameters (no `*args`, keyword-only or `**kwargs`): calls with exactly
    /// that many positional arguments skip binding.
    pub plain: bool,
    pub loc: Location,
}

/// The counts line of a signature spec: `argcount posonly kwonly varargs varkw`.
fn spec_counts(code: &str) -> Option<[usize; 5]> {
    let line = code.split('\n').nth(2)?;
    let v: Vec<usize> = line.split(' ').map(|x| x.parse().ok()).collect::<Option<_>>()?;
    v.try_into().ok()
}

/// The machine symbol of the wrapper of an instance named `machine_name`.
fn wrapper_name(machine_name: &str) -> String {
    format!("{machine_name}.vc")
}

impl ModuleState {
    /// The wrapper symbol of `spec.callee`, requesting its generation the first time.
    fn wrapper_sym(&mut self, spec: WrapperSpec) -> String {
        let sym = wrapper_name(&self.funcs[&spec.callee].machine_name);
        if !self.wrappers.iter().any(|w| w.callee == spec.callee) {
            self.wrappers.push(spec);
        }
        sym
    }
}

impl FuncLowering<'_> {
    /// `typed.make_function(defaults..., kw-only defaults..., cells...)`: a new function
    /// object, or (`cached`) a new reference to the one made on first use, after checking the
    /// `def` has run (NameError otherwise).
    pub(super) fn lower_make_function(&mut self, op: OpId) {
        let callee = self.src.attr(op, "callee").and_then(Attr::as_symbol).unwrap_or_default().to_string();
        let r = self.result(op);
        let code = self.str_attr(op, "code");
        let (Some(sig), Some([argcount, _, kwonly, varargs, varkw])) = (self.ms.funcs.get(&callee).cloned(), spec_counts(&code)) else {
            self.internal(format!("function object of unknown function @{callee} or malformed signature"));
            let z = self.zero_of(self.repr(r));
            self.values.insert(r, z);
            return;
        };
        let ops = self.operands(op);
        let nd = self.src.attr(op, "num_defaults").and_then(Attr::as_int).unwrap_or(0).max(0) as usize;
        let kw_names: Vec<String> = self.src.attr(op, "kw_default_names").and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_str().unwrap_or_default().to_string()).collect();
        let ncells = self.src.attr(op, "num_cells").and_then(Attr::as_int).unwrap_or(0).max(0) as usize;
        let num_params = argcount + kwonly + varargs + varkw;
        let has_closure = ncells > 0;
        let has_annotations = self.src.attr(op, "annotations").is_some();
        if sig.params.len() != num_params + has_closure as usize || sig.params.iter().any(|p| *p != Repr::Word) || nd + kw_names.len() + ncells + has_annotations as usize != ops.len() || nd > argcount {
            self.internal(format!("@{callee} does not match the function object's signature"));
        }
        let plain = kwonly + varargs + varkw == 0;
        let wrapper = self.ms.wrapper_sym(WrapperSpec { callee: callee.clone(), py_name: sig.py_name.clone(), num_params, has_closure, plain, loc: self.loc.clone() });
        let mut words: Vec<Value> = ops.iter().map(|&v| self.operand_as(v, Repr::Word, false)).collect();
        let annotations = if has_annotations { words.pop() } else { None };
        if self.src.attr(op, "cached").is_none() {
            let kw: Vec<(String, Value)> = kw_names.iter().cloned().zip(words[nd..].iter().copied()).collect();
            let f = self.new_function(&code, &wrapper, &words[..nd], &kw, &words[nd + kw_names.len()..], annotations);
            self.produce(r, f);
            return;
        }
        // A module-level function: made once. A function using itself as a value is running,
        // so its `def` ran.
        let py_name = self.str_attr(op, "py_name");
        let is_func_global = self.ms.globals.get(&py_name).is_some_and(|t| t.is("typed", "func"));
        if is_func_global && py_name != self.py_name {
            let slot = self.ms.global_slot(&py_name);
            let p = self.addr(&slot);
            let w = self.load(p, Type::Int(64), 0);
            let unbound = self.icmp_imm("eq", w, 0);
            self.raise_if(unbound, |s| s.raise_name_error(&py_name));
        }
        let slot = self.ms.slot_sym("fn", callee.as_bytes(), true);
        let w = self.slot_cached(&slot, |s, p| {
            let f = s.new_function(&code, &wrapper, &words[..nd], &[], &[], annotations);
            s.store(f, p, 0);
            f
        });
        self.incref(w, RcKind::Obj);
        self.produce(r, w);
    }

    /// `rt_function_new` for signature `code` with code `wrapper`, then its `__annotations__`
    /// set when given: an owned word.
    fn new_function(&mut self, code: &str, wrapper: &str, defaults: &[Value], kw: &[(String, Value)], cells: &[Value], annotations: Option<Value>) -> Value {
        let info = self.cached_const("code", "rt_code_const", code.as_bytes());
        let mut temps = Vec::new();
        let tuple = |s: &mut Self, items: &[Value], temps: &mut Vec<Value>| {
            if items.is_empty() {
                return s.i64c(0);
            }
            let arr = s.word_array(items);
            let n = s.i64c(items.len() as i64);
            let t = s.rt_checked_val("rt_tuple_new", &[arr, n]);
            temps.push(t);
            t
        };
        let defaults = tuple(self, defaults, &mut temps);
        let closure = tuple(self, cells, &mut temps);
        let kwdefaults = if kw.is_empty() {
            self.i64c(0)
        } else {
            let d = self.rt_checked_val("rt_dict_new", &[]);
            temps.push(d);
            for (name, v) in kw {
                let key = self.cached_const("str", "rt_str_const", name.as_bytes());
                self.rt_checked("rt_dict_setitem", &[d, key, *v]);
            }
            d
        };
        let code_addr = self.addr(wrapper);
        let f = self.rt_checked_val("rt_function_new", &[info, code_addr, defaults, kwdefaults, closure]);
        for t in temps {
            self.decref(t, RcKind::Obj);
        }
        if let Some(d) = annotations {
            let name = self.cached_const("str", "rt_str_const", b"__annotations__");
            self.rt_checked("rt_setattr", &[f, name, d]);
        }
        f
    }

    /// The result `v` of an instance returning `ret`, as a word (checking the error flag
    /// before boxing an unboxed result).
    fn result_word(&mut self, v: Value, ret: Repr) -> Value {
        match ret {
            Repr::Word => v,
            Repr::F64 => {
                self.check_flag();
                self.rt_val("rt_float_box", &[v])
            }
            Repr::Bool => {
                self.check_flag();
                let z = self.zext(v, Type::Int(32));
                self.rt_val("rt_bool_box", &[z])
            }
        }
    }

    /// The body of a wrapper: the call of the instance with the bound arguments, the result
    /// as a word.
    fn wrapper_body(&mut self, spec: &WrapperSpec, callee: &str, ret: Repr) {
        let entry_args = self.ms.out.block(self.entry).args.clone();
        let (func, argv, nargs, kwnames) = (entry_args[0], entry_args[1], entry_args[2], entry_args[3]);
        let n = spec.num_params;
        let closure = spec.has_closure.then(|| self.rt_val("rt_function_closure", &[func]));
        let call = |s: &mut Self, args: &[Value]| -> Value {
            let mut all: Vec<Value> = closure.into_iter().collect();
            all.extend(args);
            all.push(s.callee_depth());
            let v = s.call_fn(callee, &all, machine_type(ret));
            // The depth slot is the runtime caller's again: its next call comes from there.
            s.restore_depth_slot();
            v
        };
        if spec.plain {
            // Exactly the positional arguments: the caller's words, borrowed.
            let no_kw = self.icmp_imm("eq", kwnames, 0);
            let exact = self.icmp_imm("eq", nargs, n as i64);
            let fast = self.bin("band", no_kw, exact);
            let (direct, bind) = (self.new_block(), self.new_block());
            self.cond_br(fast, direct, bind);
            self.enter(direct);
            let args: Vec<Value> = (0..n).map(|i| self.load(argv, Type::Int(64), 8 * i as i64)).collect();
            let v = call(self, &args);
            let w = self.result_word(v, ret);
            self.op("machine.return", &[w], &[], vec![]);
            self.cur = None;
            self.enter(bind);
        }
        let out = if n == 0 { self.null_ptr() } else { self.stack(8 * n as i64) };
        self.rt_checked("rt_bind_args", &[func, argv, nargs, kwnames, out]);
        let args: Vec<Value> = (0..n).map(|i| self.load(out, Type::Int(64), 8 * i as i64)).collect();
        let v = call(self, &args);
        for &a in &args {
            self.decref(a, RcKind::Any);
        }
        let w = self.result_word(v, ret);
        self.op("machine.return", &[w], &[], vec![]);
        self.cur = None;
    }
}

/// The wrapper `<instance>.vc` of `spec.callee` (a detached, local `machine.func`).
pub(super) fn lower_wrapper(src: &Module, ms: &mut ModuleState, spec: &WrapperSpec) -> OpId {
    let sig = ms.funcs[&spec.callee].clone();
    let inputs = vec![machine::word(), machine::ptr(), Type::Int(64), machine::word()];
    let fty = Type::Function { inputs: inputs.clone(), results: vec![machine::word()] };
    let attrs = vec![attr("sym_name", Attr::str(&wrapper_name(&sig.machine_name))), attr("function_type", Attr::Type(fty))];
    let func = ms.out.create_op("machine.func", &[], &[], attrs, spec.loc.clone());
    let region = ms.out.add_region(func);
    let entry = ms.out.create_block(&inputs);
    let mut f = FuncLowering::new(src, ms, entry, spec.loc.clone(), spec.py_name.clone(), Repr::Word, analysis::VarFacts::default());
    f.tracebacks = false;
    // The wrapper has no frame: its callee is one deeper than the compiled code that last
    // called into the runtime.
    let p = f.depth_slot();
    f.depth = Some(f.load(p, Type::Int(64), 0));
    let unwind = f.new_block();
    f.handlers.push(Handler { block: unwind, depth: 0 });
    // One scope for the temporaries of error paths; no typed block backs it.
    f.scopes.push(Scope { block: BlockId(u32::MAX), temps: Vec::new(), last_use: Rc::new(HashMap::new()), index: 0 });
    f.wrapper_body(spec, &sig.machine_name, sig.ret);
    if f.targeted.contains(&unwind) {
        f.enter_cold(unwind);
        let z = f.i64c(0);
        f.op("machine.return", &[z], &[], vec![]);
        f.cur = None;
    }
    f.scopes.pop();
    f.finish(func, region);
    func
}
