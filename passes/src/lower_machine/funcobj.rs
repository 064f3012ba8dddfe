//! Module-level functions used as values (`typed.make_function`, e.g. `sorted(xs, key=f)`).
//!
//! The value is a runtime function object (`rt_function_new`), created on first use and cached
//! in slot `fn.<instance>` (which keeps it alive for the whole run); each use is a new
//! reference to it. Its code is a local wrapper `<instance machine name>.vc` with the
//! runtime's vectorcall convention `W code(W closure, const W *args, I64 nargs, W kwnames)`,
//! generated once per instance. The wrapper:
//! - raises TypeError for keyword arguments (not supported yet) and, with CPython's messages,
//!   for too many or too few positional arguments;
//! - fills missing trailing arguments from the `def`'s defaults, the hidden globals
//!   `<f>.__defaults__.<k>` (boxed words, set once when the `def` ran: borrowed);
//! - calls the instance (all parameters are objects) and returns its result as a word: a word
//!   as is (0 passes the error on), a float or bool boxed after checking the error flag.
//!
//! The wrapper has no frame of its own: its errors record no traceback entry (CPython reports
//! argument errors at the call site, and the callee records its own entries).

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
    /// The Python name (messages, default globals).
    pub py_name: String,
    pub params: Vec<String>,
    /// How many trailing parameters have defaults.
    pub num_defaults: usize,
    pub loc: Location,
}

/// A piece of an error message.
enum Part<'s> {
    Text(&'s str),
    /// A raw i64 shown as a decimal int.
    Int(Value),
}

/// The machine symbol of the wrapper of an instance named `machine_name`.
fn wrapper_name(machine_name: &str) -> String {
    format!("{machine_name}.vc")
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of missing parameter names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
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
    /// `typed.make_function {callee, py_name}`: NameError if the `def` has not run, then a new
    /// reference to the cached function object.
    pub(super) fn lower_make_function(&mut self, op: OpId) {
        let callee = self.src.attr(op, "callee").and_then(Attr::as_symbol).unwrap_or_default().to_string();
        let r = self.result(op);
        let Some(sig) = self.ms.funcs.get(&callee).cloned() else {
            self.internal(format!("function object of unknown function @{callee}"));
            let z = self.zero_of(self.repr(r));
            self.values.insert(r, z);
            return;
        };
        let py_name = self.src.str_attr(op, "py_name").map(str::to_string).unwrap_or(sig.py_name.clone());
        let params: Vec<String> =
            self.src.attr(op, "param_names").and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_str().unwrap_or_default().to_string()).collect();
        let num_defaults = self.src.attr(op, "num_defaults").and_then(Attr::as_int).unwrap_or(0).max(0) as usize;
        if params.len() != sig.params.len() || sig.params.iter().any(|p| *p != Repr::Word) || num_defaults > params.len() {
            self.internal(format!("@{callee} cannot be used as a function object: its parameters must be {} objects with names", params.len()));
        }
        // A function using itself as a value is running, so its `def` ran.
        let is_func_global = self.ms.globals.get(&py_name).is_some_and(|t| t.is("typed", "func"));
        if is_func_global && py_name != self.py_name {
            let slot = self.ms.global_slot(&py_name);
            let p = self.addr(&slot);
            let w = self.load(p, Type::Int(64), 0);
            let unbound = self.icmp_imm("eq", w, 0);
            self.raise_if(unbound, |s| s.raise_name_error(&py_name));
        }
        let wrapper = self.ms.wrapper_sym(WrapperSpec { callee: callee.clone(), py_name: py_name.clone(), params, num_defaults, loc: self.loc.clone() });
        let slot = self.ms.slot_sym("fn", callee.as_bytes(), true);
        let p = self.addr(&slot);
        let cached = self.load(p, Type::Int(64), 0);
        let missing = self.icmp_imm("eq", cached, 0);
        let (make, join) = (self.new_block(), self.new_block());
        self.cond_br(missing, make, join);
        self.enter_cold(make);
        let name = self.cached_const("str", "rt_str_const", py_name.as_bytes());
        let code = self.addr(&wrapper);
        let none = self.rt_val("rt_none", &[]);
        let f = self.rt_val("rt_function_new", &[name, code, none]);
        let failed = self.icmp_imm("eq", f, 0);
        self.fail_if(failed);
        self.store(f, p, 0);
        self.br(join);
        self.enter(join);
        let w = self.load(p, Type::Int(64), 0);
        self.incref(w, RcKind::Obj);
        self.produce(r, w);
    }

    /// Raises `TypeError` with the message made of `parts` and leaves for the handler (an
    /// error path: the temporaries made here are dropped on the way).
    fn raise_type_error(&mut self, parts: &[Part]) {
        let mark = self.scopes.last().expect("scope").temps.len();
        let slot = self.ms.slot_sym("builtin", b"TypeError", true);
        let s = self.addr(&slot);
        let (p, n) = self.bytes_ref(b"TypeError");
        let cls = self.rt_checked_val("rt_load_builtin", &[s, p, n]);
        self.hold(cls, RcKind::Obj);
        let msg = match parts {
            // Borrowed from its cache slot.
            [Part::Text(t)] => self.cached_const("str", "rt_str_const", t.as_bytes()),
            _ => {
                let mut words = Vec::new();
                for part in parts {
                    let w = match part {
                        Part::Text(t) => self.str_obj(t),
                        Part::Int(v) => {
                            let t = self.bin("iadd", *v, *v);
                            let w = self.bin_imm("bor", t, 1);
                            let s = self.rt_checked_val("rt_str", &[w]);
                            self.hold(s, RcKind::Obj);
                            s
                        }
                    };
                    words.push(w);
                }
                let arr = self.word_array(&words);
                let n = self.i64c(words.len() as i64);
                let msg = self.rt_checked_val("rt_str_concat_n", &[arr, n]);
                self.hold(msg, RcKind::Obj);
                msg
            }
        };
        let args = self.word_array(&[msg]);
        let one = self.i64c(1);
        let zero = self.i64c(0);
        let exc = self.rt_checked_val("rt_call", &[cls, args, one, zero]);
        self.rt("rt_raise", &[exc]);
        self.rt("rt_decref", &[exc]);
        self.goto_handler(true);
        // These temporaries exist on this error path only.
        self.scopes.last_mut().expect("scope").temps.truncate(mark);
    }

    /// When `cond` holds, raises `TypeError(parts)`; continues on the other edge.
    fn type_error_if(&mut self, cond: Value, parts: &[Part]) {
        let (err, ok) = (self.new_block(), self.new_block());
        self.cond_br(cond, err, ok);
        self.enter_cold(err);
        self.raise_type_error(parts);
        self.enter(ok);
    }

    /// The body of a wrapper: argument checks, defaults, the call, the result as a word.
    fn wrapper_body(&mut self, spec: &WrapperSpec, callee: &str, ret: Repr) {
        let entry_args = self.ms.out.block(self.entry).args.clone();
        let (argv, nargs, kwnames) = (entry_args[1], entry_args[2], entry_args[3]);
        let f = spec.py_name.as_str();
        let n = spec.params.len();
        let required = n - spec.num_defaults.min(n);

        let has_kw = self.icmp_imm("ne", kwnames, 0);
        let msg = format!("{f}() keyword arguments are not supported for functions used as values yet");
        self.type_error_if(has_kw, &[Part::Text(&msg)]);

        // Too many positional arguments.
        let too_many = self.icmp_imm("sgt", nargs, n as i64);
        let (many, ok) = (self.new_block(), self.new_block());
        self.cond_br(too_many, many, ok);
        self.enter_cold(many);
        let takes = if required == n {
            format!("{f}() takes {n} positional argument{} but ", if n == 1 { "" } else { "s" })
        } else {
            format!("{f}() takes from {required} to {n} positional arguments but ")
        };
        if n == 0 {
            // Only then can a single argument be too many.
            let one = self.icmp_imm("eq", nargs, 1);
            self.type_error_if(one, &[Part::Text(&format!("{takes}1 was given"))]);
        }
        self.raise_type_error(&[Part::Text(&takes), Part::Int(nargs), Part::Text(" were given")]);
        self.enter(ok);

        // Too few: the message names the missing parameters, which depend on nargs.
        if required > 0 {
            let too_few = self.icmp_imm("slt", nargs, required as i64);
            let (few, ok) = (self.new_block(), self.new_block());
            self.cond_br(too_few, few, ok);
            self.enter_cold(few);
            for k in 0..required {
                let missing = &spec.params[k..required];
                let msg = format!(
                    "{f}() missing {} required positional argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(missing)
                );
                if k + 1 < required {
                    let is_k = self.icmp_imm("eq", nargs, k as i64);
                    self.type_error_if(is_k, &[Part::Text(&msg)]);
                } else {
                    self.raise_type_error(&[Part::Text(&msg)]);
                }
            }
            self.enter(ok);
        }

        // The arguments: given ones borrowed from the caller, defaults from their globals.
        let mut args = Vec::with_capacity(n);
        for i in 0..n {
            if i < required {
                args.push(self.load(argv, Type::Int(64), 8 * i as i64));
                continue;
            }
            let var = self.new_var(Type::Int(64));
            let slot = self.ms.global_slot(&format!("{f}.__defaults__.{}", i - required));
            let p = self.addr(&slot);
            let dflt = self.load(p, Type::Int(64), 0);
            self.set(var, dflt);
            let given = self.icmp_imm("sgt", nargs, i as i64);
            let (take, join) = (self.new_block(), self.new_block());
            self.cond_br(given, take, join);
            self.enter(take);
            let a = self.load(argv, Type::Int(64), 8 * i as i64);
            self.set(var, a);
            self.br(join);
            self.enter(join);
            args.push(self.get(var));
        }
        args.push(self.callee_depth());
        let v = self.call_fn(callee, &args, machine_type(ret));
        let w = match ret {
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
        };
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
