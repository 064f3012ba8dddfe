//! The walker that types one function instance and emits its `typed` body. During the
//! fixpoint it runs into a scratch module and only the types it joins into [`State`] matter;
//! on the final walk its output is the program.

mod containers;
mod hints;
mod instances;

use super::builtins::{builtin_result, generic_binop_result, is_builtin_name, method_result};
use super::types::Ty;
use super::runtime_modules::{self, RUNTIME_MODULES};
use super::{DefKind, Instance, State, qualify};
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{Attr, BlockId, Location, Module, OpId, RegionId, Type, Value, attr};
use std::collections::HashMap;

mod with_match;

/// What a `py` value became.
#[derive(Clone, Debug)]
enum Val {
    /// An emitted typed value.
    V(Value, Ty),
    /// A builtin, materialised only when used as a value.
    Builtin(String),
    /// A module-level function, only ever called directly.
    Func(String),
    /// `obj.name`, materialised only when not called right away.
    Attr(Value, Ty, String),
    /// A known class (`classes.rs`), materialised only when not called right away.
    Class(String),
    /// `range(...)` with int arguments, kept lazy so `for` can count instead of iterating.
    Range(Vec<(Value, Ty)>),
}

pub(crate) struct FnEmitter<'a> {
    py: &'a Module,
    state: &'a mut State,
    inst: usize,
    out: &'a mut Module,
    values: HashMap<Value, Val>,
    block: BlockId,
    /// The location of the py op being emitted, given to every op it becomes.
    cur_loc: Location,
    /// The py op being emitted: the allocation site of the containers it creates.
    site: OpId,
    /// Set once the current block ended with a terminator.
    terminated: bool,
    /// The namespace dict of a class body.
    ns: Option<Value>,
    /// The container a comprehension builds, and its kind (`list`, `set`, `dict`).
    comp: Option<(Value, &'static str, Ty)>,
    /// The module whose globals this code sees.
    module: String,
}

fn word_or(t: &Ty) -> bool {
    repr_of(&t.to_ir()) == Repr::Word
}

/// Friendly names of the constructs later issues will bring.
fn construct_name(op: &str) -> String {
    match op {
        "py.await" => "async/await".into(),
        "py.import_star" => "`from module import *`".into(),
        "py.load_name" | "py.store_name" | "py.delete_name" | "py.load_classderef" => "names outside functions and class bodies (`exec`-style code)".into(),
        "py.const_complex" => "complex numbers".into(),
        other => format!("`{}`", other.trim_start_matches("py.")),
    }
}

impl<'a> FnEmitter<'a> {
    /// Walks instance `inst` of the program and appends its `typed.func` to `out`.
    pub fn emit(py: &'a Module, main: OpId, state: &'a mut State, inst: usize, out: &'a mut Module) {
        let Instance { sym, func, args, .. } = state.instances[inst].clone();
        let def = func.as_ref().map(|f| state.funcs[f].clone());
        let (py_region, py_name, loc) = match &def {
            None => (py.op(main).regions[0], "__main__".to_string(), py.op(main).loc.clone()),
            Some(d) => {
                let name = match py.op(d.op).name.as_str() {
                    "py.module" => "<module>",
                    "py.listcomp" => "<listcomp>",
                    "py.setcomp" => "<setcomp>",
                    "py.dictcomp" => "<dictcomp>",
                    "py.genexp" => "<genexpr>",
                    _ => py.str_attr(d.op, "sym_name").unwrap_or("<def>"),
                };
                (py.op(d.op).regions[0], name.to_string(), py.op(d.op).loc.clone())
            }
        };
        let fop = out.create_op("typed.func", &[], &[], vec![attr("sym_name", Attr::str(&sym)), attr("py_name", Attr::str(&py_name))], loc);
        let body = out.body();
        out.append_op(body, fop);
        let region = out.add_region(fop);
        let arg_types: Vec<Type> = args.iter().map(|t| state.heap.ir(t)).collect();
        let entry = out.add_block(region, &arg_types);
        let mut e = FnEmitter {
            py,
            state,
            inst,
            out,
            values: HashMap::new(),
            block: entry,
            cur_loc: Location::Unknown,
            site: main,
            terminated: false,
            ns: None,
            comp: None,
            module: def.as_ref().map_or_else(|| "__main__".to_string(), |d| d.module.clone()),
        };
        let py_entry = e.py.region(py_region).blocks.first().copied();
        let entry_args = e.out.block(entry).args.clone();
        if let Some(d) = def.as_ref().filter(|d| d.generator) {
            // Calling a generator function makes the generator, an iterator of what it yields
            // (joined by each `yield`); its `return` values end it.
            e.state.join_ret(inst, &Ty::Iter(Box::new(Ty::Bottom)));
            let spec = if py.op(d.op).name == "py.genexp" { genexp_spec(py, d.op) } else { code_spec(py, d.op) };
            e.out.set_attr(fop, "generator", Attr::Unit);
            e.out.set_attr(fop, "code", Attr::str(&spec));
        }
        if let Some(d) = &def {
            let hidden = d.hidden_args();
            if d.kind == DefKind::ClassBody {
                e.ns = Some(entry_args[0]);
            }
            // Cells: one per captured variable of this scope, and the closure's cells for the
            // free variables, each held in the local of the variable's name.
            for c in &d.cellvars {
                let cell = e.emit_value("typed.cell_new", &[], Ty::Object, vec![]);
                e.state.join_local(inst, c, &Ty::Object);
                e.emit_op("typed.store_local", &[cell], None, vec![attr("name", Attr::str(c))]);
            }
            if !d.freevars.is_empty() {
                let closure = entry_args[hidden - 1];
                for (i, f) in d.freevars.iter().enumerate() {
                    let k = e.emit_value("typed.const_int", &[], Ty::Int, vec![attr("value", Attr::i64(i as i64))]);
                    let cell = e.emit_value("typed.obj.getitem", &[closure, k], Ty::Object, vec![]);
                    e.state.join_local(inst, f, &Ty::Object);
                    e.emit_op("typed.store_local", &[cell], None, vec![attr("name", Attr::str(f))]);
                }
            }
            for (i, (name, t)) in d.params.iter().zip(&args[hidden..]).enumerate() {
                if !d.cellvars.contains(name) {
                    e.state.join_local(inst, name, t);
                }
                // The py body starts by storing each parameter block argument to its local.
                if let Some(b) = py_entry {
                    if let Some(&pa) = e.py.block(b).args.get(i) {
                        e.values.insert(pa, Val::V(entry_args[hidden + i], t.clone()));
                    }
                }
            }
        }
        let hidden = def.as_ref().map_or(0, |d| d.hidden_args());
        // The dynamic version of a method dispatches `self` (its typed twin for annotations,
        // called only when that failed, does not).
        let dynamic = args[hidden..].iter().all(|t| *t == Ty::Object);
        if let Some((owner, name)) = def.as_ref().and_then(|d| e.method_of_known_class(d)).filter(|(o, n)| dynamic && e.dynamically_reachable(o, n)) {
            let args: Vec<(Value, Ty)> = entry_args[hidden..].iter().zip(&args[hidden..]).map(|(v, t)| (*v, t.clone())).collect();
            e.typed_method_dispatch(&owner, &name, &args);
        }
        if let (Some(key), Some(d)) = (&func, def.as_ref().filter(|d| matches!(d.kind, DefKind::Known | DefKind::Generic) && !d.generator)) {
            e.hinted_dispatch(key, d, &entry_args, &args);
        }
        if func.is_none() || def.as_ref().is_some_and(|d| d.kind == DefKind::ModuleBody) {
            // The module's own `__name__`, for `if __name__ == "__main__":`.
            let g = e.g("__name__");
            e.state.join_global(&g, &Ty::Str);
            let module = e.module.clone();
            let v = e.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", Attr::str(&module))]);
            let gt = e.state.global(&g).or_object();
            let v = e.coerce(v, &Ty::Str, &gt);
            e.emit_op("typed.store_global", &[v], None, vec![attr("name", Attr::str(&g))]);
        }
        let builds_container = def.as_ref().is_some_and(|d| d.kind == DefKind::Comprehension && !d.generator);
        if let Some(b) = py_entry.filter(|_| !builds_container) {
            e.emit_block_ops(b);
        }
        if let Some(d) = def.as_ref().filter(|_| builds_container) {
            // The container, then the loops; the container is the result.
            let kind = match py.op(d.op).name.as_str() {
                "py.listcomp" => "list",
                "py.setcomp" => "set",
                _ => "dict",
            };
            // Its class is the comprehension's site; the instance returns it as it is.
            let t = match kind {
                "list" => Ty::List(e.state.heap.site(d.op)),
                "set" => Ty::Set,
                _ => Ty::Dict(e.state.heap.site(d.op)),
            };
            let c = e.emit_value(&format!("typed.{kind}.new"), &[], t.clone(), vec![]);
            e.comp = Some((c, kind, t.clone()));
            if let Some(b) = py_entry {
                e.emit_block_ops(b);
            }
            e.state.join_ret(inst, &t);
            let rt = e.state.instances[inst].ret.or_object();
            let c = e.coerce(c, &t, &rt);
            e.emit_op("typed.return", &[c], None, vec![]);
            e.terminated = true;
        }
        if !e.terminated && def.as_ref().is_some_and(|d| d.kind == DefKind::ClassBody) {
            // A class body returns its `__class__` cell, for the class to fill.
            let has_cell = def.as_ref().is_some_and(|d| d.cellvars.iter().any(|c| c == "__class__"));
            let v = if has_cell {
                e.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str("__class__"))])
            } else {
                let none = e.emit_value("typed.const_none", &[], Ty::None, vec![]);
                e.coerce(none, &Ty::None, &Ty::Object)
            };
            e.state.join_ret(inst, &Ty::Object);
            e.emit_op("typed.return", &[v], None, vec![]);
            e.terminated = true;
        }
        if !e.terminated {
            if func.is_some() {
                e.state.join_ret(inst, &Ty::None);
            }
            let ret = e.state.ret(inst);
            let none = e.emit_value("typed.const_none", &[], Ty::None, vec![]);
            let v = e.coerce(none, &Ty::None, &ret);
            e.emit_op("typed.return", &[v], None, vec![]);
        }
        let inst_data = e.state.instances[inst].clone();
        let ret = e.state.ret(inst).or_object();
        let fty = Type::Function { inputs: args.iter().map(|t| e.state.heap.ir(t)).collect(), results: vec![e.state.heap.ir(&ret)] };
        e.out.set_attr(fop, "function_type", Attr::Type(fty));
        let names: Vec<String> = inst_data.locals.iter().map(|(n, _)| n.clone()).collect();
        e.out.set_attr(fop, "locals", Attr::str_array(&names));
        e.out.set_attr(fop, "local_types", Attr::Array(inst_data.locals.iter().map(|(_, t)| Attr::Type(e.state.heap.ir(&t.or_object()))).collect()));
    }

    // ---- building ---------------------------------------------------------------------------

    fn emit_op(&mut self, name: &str, operands: &[Value], result: Option<&Ty>, attrs: Vec<(String, Attr)>) -> OpId {
        let types: Vec<Type> = result.iter().map(|t| self.state.heap.ir(t)).collect();
        let op = self.out.create_op(name, operands, &types, attrs, self.cur_loc.clone());
        self.out.append_op(self.block, op);
        op
    }

    fn emit_value(&mut self, name: &str, operands: &[Value], ty: Ty, attrs: Vec<(String, Attr)>) -> Value {
        let op = self.emit_op(name, operands, Some(&ty), attrs);
        self.out.op(op).results[0]
    }

    /// Converts `v` from type `from` to type `to` (a supertype in the lattice). Containers
    /// whose type is lost (held as `object` from now on) escape.
    fn coerce(&mut self, v: Value, from: &Ty, to: &Ty) -> Value {
        let (from, to) = (self.state.heap.canon(from), self.state.heap.canon(to));
        if from == to {
            return v;
        }
        self.escapes(&from);
        self.escape_lost(&from, &to);
        self.emit_value("typed.box", &[v], to.or_object(), vec![])
    }

    /// A module of the program used as an object: dynamic code may then rebind its globals
    /// (`setattr(mod, ...)`), so they become dynamically typed.
    fn escapes(&mut self, t: &Ty) {
        if let Ty::UserModule(m) = t {
            let names: Vec<String> = self.state.module_globals.get(m).map(|g| g.iter().cloned().collect()).unwrap_or_default();
            for n in names {
                let q = qualify(m, &n);
                if self.known_function(&q).is_none() {
                    self.state.join_global(&q, &Ty::Object);
                }
            }
        }
    }

    fn escape_lost(&mut self, from: &Ty, to: &Ty) {
        match (from, to) {
            (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => a.iter().zip(b).for_each(|(x, y)| self.escape_lost(x, y)),
            (Ty::Iter(a), Ty::Iter(b)) => self.escape_lost(a, b),
            _ if from == to => {}
            _ => self.state.heap.escape(from),
        }
    }

    /// `v` as an object word (boxing floats and bools) handed to code inference does not
    /// follow: the containers it holds escape (see `word` for the operations followed).
    fn boxed(&mut self, v: Value, t: &Ty) -> Value {
        self.reaches_dynamic_code(t);
        if word_or(t) && *t != Ty::Bottom {
            return v;
        }
        self.emit_value("typed.box", &[v], Ty::Object, vec![])
    }

    /// A value of type `t` reaches code inference does not follow: its containers, instances
    /// and modules escape.
    fn reaches_dynamic_code(&mut self, t: &Ty) {
        self.escapes(t);
        self.state.heap.escape_instances(t);
        self.state.heap.escape(t);
    }

    /// `bool(v)`.
    fn truthy(&mut self, v: Value, t: &Ty) -> Value {
        if *t == Ty::Bool {
            return v;
        }
        self.emit_value("typed.truthy", &[v], Ty::Bool, vec![])
    }

    /// A result of a dynamically dispatched op the runtime guarantees to be of type `t`.
    fn from_word(&mut self, name: &str, operands: &[Value], t: Ty, attrs: Vec<(String, Attr)>) -> (Value, Ty) {
        if word_or(&t) {
            let v = self.emit_value(name, operands, t.clone(), attrs);
            (v, t)
        } else {
            let w = self.emit_value(name, operands, Ty::Object, attrs);
            let v = self.emit_value("typed.unbox", &[w], t.clone(), vec![]);
            (v, t)
        }
    }

    /// Starts a detached block for a region of an op not created yet; returns the block and
    /// the previous insertion state.
    fn enter_block(&mut self, arg_types: &[Ty]) -> (BlockId, (BlockId, Location), bool) {
        let types: Vec<Type> = arg_types.iter().map(|t| self.state.heap.ir(t)).collect();
        let b = self.out.create_block(&types);
        let saved = ((self.block, self.cur_loc.clone()), self.terminated);
        self.block = b;
        self.terminated = false;
        (b, saved.0, saved.1)
    }

    /// Returns to the insertion point (and location) saved by `enter_block`.
    fn leave_block(&mut self, saved: (BlockId, Location), saved_terminated: bool) {
        self.block = saved.0;
        self.cur_loc = saved.1;
        self.terminated = saved_terminated;
    }

    /// Attaches detached blocks as the regions of `op`, in order.
    fn attach(&mut self, op: OpId, blocks: &[BlockId]) {
        for &b in blocks {
            let r: RegionId = self.out.add_region(op);
            self.out.append_block(r, b);
        }
    }

    // ---- values -----------------------------------------------------------------------------

    fn val(&mut self, v: Value) -> (Value, Ty) {
        let val = self.values.get(&v).cloned();
        match val {
            Some(Val::V(v, t)) => (v, t),
            Some(Val::Builtin(name)) => {
                let r = self.emit_value("typed.builtin", &[], Ty::Object, vec![attr("name", Attr::str(&name))]);
                (r, Ty::Object)
            }
            Some(Val::Func(name)) => (self.function_object(&name), Ty::Object),
            Some(Val::Class(c)) => (self.class_object(&c, true), Ty::Object),
            Some(Val::Attr(obj, Ty::Instance(c), name)) => self.instance_getattr(obj, &c, &name),
            Some(Val::Attr(obj, t, name)) => {
                self.note_dynamic_name(&t, &name);
                let o = self.boxed(obj, &t);
                let rt = if t == Ty::Module && name == "maxsize" { Ty::Int } else { Ty::Object };
                let r = self.emit_value("typed.obj.getattr", &[o], rt.clone(), vec![attr("name", Attr::str(&name))]);
                (r, rt)
            }
            Some(Val::Range(args)) => {
                let range = self.emit_value("typed.builtin", &[], Ty::Object, vec![attr("name", Attr::str("range"))]);
                let mut ops = vec![range];
                ops.extend(args.iter().map(|(v, _)| *v));
                let kw = Attr::str_array(&vec![""; args.len()]);
                let t = Ty::Iter(Box::new(Ty::Int));
                let r = self.emit_value("typed.obj.call", &ops, t.clone(), vec![attr("kwnames", kw)]);
                (r, t)
            }
            None => {
                // A value defined by an op we refused: continue with a placeholder.
                (self.emit_value("typed.const_none", &[], Ty::None, vec![]), Ty::None)
            }
        }
    }

    /// A module-level function as an object (`sorted(xs, key=f)`): calls through it run the
    /// instance taking objects for every parameter.
    fn function_object(&mut self, name: &str) -> Value {
        self.known_function_object(name, true)
    }

    /// A new function object for `Known` function `key` (its defaults from their hidden
    /// globals); `cached`: made once, after checking the `def` ran.
    fn known_function_object(&mut self, key: &str, cached: bool) -> Value {
        let def = self.state.funcs[key].clone();
        let inst = self.state.instance(key, vec![Ty::Object; def.params.len()]);
        let sym = self.state.instances[inst].sym.clone();
        // The hidden globals are read as the words they hold, 0 while the `def` has not run
        // (a `cached` object's own check then raises NameError before they are used).
        let hidden = |e: &mut Self, g: &str| {
            let t = e.state.global(g).or_object();
            e.reaches_dynamic_code(&t);
            e.emit_value("typed.load_global", &[], Ty::Object, vec![attr("name", Attr::str(g)), attr("unbound_ok", Attr::Unit)])
        };
        let mut operands: Vec<Value> = def.default_globals.iter().map(|g| hidden(self, g)).collect();
        let mut attrs = vec![
            attr("callee", Attr::Symbol(sym)),
            attr("code", Attr::str(&code_spec(self.py, def.op))),
            attr("num_defaults", Attr::i64(operands.len() as i64)),
            attr("kw_default_names", Attr::Array(Vec::new())),
            attr("num_cells", Attr::i64(0)),
        ];
        if let Some(g) = &def.annotations_global {
            operands.push(hidden(self, g));
            attrs.push(attr("annotations", Attr::Unit));
        }
        if cached {
            attrs.push(attr("cached", Attr::Unit));
            attrs.push(attr("py_name", Attr::str(key)));
        }
        self.emit_value("typed.make_function", &operands, Ty::Object, attrs)
    }

    /// Lazy values (a builtin, `obj.name`) stay lazy only when their one use is as the callee
    /// of a call; otherwise they are evaluated here, where Python evaluates them (so `obj.x`
    /// as a statement still raises AttributeError).
    fn materialise_unless_called(&mut self, py_value: Value) {
        let only_called = matches!(self.state.uses.get(&py_value).map(Vec::as_slice), Some([(user, 0)]) if self.py.op(*user).name == "py.call");
        if !only_called {
            let (v, t) = self.val(py_value);
            self.set(py_value, v, t);
        }
    }

    fn boxed_val(&mut self, v: Value) -> Value {
        let (v, t) = self.val(v);
        self.boxed(v, &t)
    }

    fn set(&mut self, py_value: Value, v: Value, t: Ty) {
        self.values.insert(py_value, Val::V(v, t));
    }

    /// The integer constant defining a py value, if it is one.
    fn const_int(&self, v: Value) -> Option<i64> {
        let op = self.py.defining_op(v)?;
        if self.py.op(op).name == "py.const_int" { self.py.attr(op, "value").and_then(Attr::as_int) } else { None }
    }

    /// True when CPython's compiler sees the py value as a constant: a literal, or `-`, `+`
    /// or `~` applied to a numeric one (which its AST optimiser folds).
    fn is_folded_const(&self, v: Value) -> bool {
        let Some(op) = self.py.defining_op(v) else { return false };
        match self.py.op(op).name.as_str() {
            "py.const_int" | "py.const_float" | "py.const_bool" | "py.const_str" | "py.const_bytes" | "py.const_none" | "py.const_complex" => true,
            "py.unaryop" => {
                let num = self.py.op(op).operands.first().and_then(|&x| self.py.defining_op(x)).is_some_and(|d| matches!(self.py.op(d).name.as_str(), "py.const_int" | "py.const_float" | "py.const_bool" | "py.const_complex"));
                num && self.py.str_attr(op, "op").is_some_and(|o| matches!(o, "neg" | "pos" | "invert"))
            }
            "py.binop" => self.cpython_folded_int(v).is_some(),
            // A tuple of constants is a constant too.
            "py.tuple" => self.py.attr(op, "starred").is_none() && self.py.op(op).operands.iter().all(|&x| self.is_folded_const(x)),
            _ => false,
        }
    }


    /// The value of `v` when it is an int expression of constants that CPython's compiler
    /// folds into one constant (the egraph folds only what fits in 64 bits, later).
    fn cpython_folded_int(&self, v: Value) -> Option<i128> {
        let op = self.py.defining_op(v)?;
        let o = self.py.op(op);
        match o.name.as_str() {
            "py.const_int" => self.py.attr(op, "value").and_then(Attr::as_int).map(i128::from),
            "py.unaryop" => {
                let x = self.cpython_folded_int(*o.operands.first()?)?;
                match self.py.str_attr(op, "op")? {
                    "neg" => x.checked_neg(),
                    "pos" => Some(x),
                    "invert" => Some(!x),
                    _ => None,
                }
            }
            "py.binop" => {
                let (a, b) = (self.cpython_folded_int(o.operands[0])?, self.cpython_folded_int(*o.operands.get(1)?)?);
                cpython_fold_int(self.py.str_attr(op, "op")?, a, b)
            }
            _ => None,
        }
    }

    // ---- statements and expressions ------------------------------------------------------

    fn emit_block_ops(&mut self, b: BlockId) {
        for op in self.py.block(b).ops.clone() {
            if self.terminated {
                break;
            }
            self.cur_loc = self.py.op(op).loc.clone();
            self.emit_py_op(op);
        }
    }

    /// Emits a py region into the detached block `b` (which must be current).
    fn emit_region_into(&mut self, py_region: RegionId) {
        if let Some(&pb) = self.py.region(py_region).blocks.first() {
            self.emit_block_ops(pb);
        }
    }

    /// Emits a py region whose block ends in `py.result`; returns the produced value without
    /// emitting the terminator.
    fn emit_region_value(&mut self, py_region: RegionId) -> Option<(Value, Ty)> {
        let pb = *self.py.region(py_region).blocks.first()?;
        let ops = self.py.block(pb).ops.clone();
        let (last, rest) = ops.split_last()?;
        for &op in rest {
            if self.terminated {
                return None;
            }
            self.cur_loc = self.py.op(op).loc.clone();
            self.emit_py_op(op);
        }
        if self.terminated || self.py.op(*last).name != "py.result" {
            self.cur_loc = self.py.op(*last).loc.clone();
            self.emit_py_op(*last);
            return None;
        }
        let v = self.py.op(*last).operands[0];
        Some(self.val(v))
    }

    fn refuse_op(&mut self, op: OpId) {
        let name = self.py.op(op).name.clone();
        let loc = self.py.op(op).loc.clone();
        self.state.refuse(&loc, &construct_name(&name));
        for r in self.py.op(op).results.clone() {
            let v = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
            self.set(r, v, Ty::Object);
        }
    }

    fn str_attr(&self, op: OpId, name: &str) -> String {
        self.py.str_attr(op, name).unwrap_or_default().to_string()
    }

    fn emit_py_op(&mut self, op: OpId) {
        self.site = op;
        let name = self.py.op(op).name.clone();
        let operands = self.py.op(op).operands.clone();
        let results = self.py.op(op).results.clone();
        match name.as_str() {
            "py.const_int" => {
                let a = self.py.attr(op, "value").cloned().unwrap_or(Attr::i64(0));
                let v = self.emit_value("typed.const_int", &[], Ty::Int, vec![attr("value", a)]);
                self.set(results[0], v, Ty::Int);
            }
            "py.const_float" | "py.const_bool" | "py.const_str" | "py.const_bytes" | "py.const_none" => {
                let t = match name.as_str() {
                    "py.const_float" => Ty::Float,
                    "py.const_bool" => Ty::Bool,
                    "py.const_str" => Ty::Str,
                    "py.const_bytes" => Ty::Bytes,
                    _ => Ty::None,
                };
                let attrs = self.py.op(op).attrs.clone();
                let v = self.emit_value(&name.replace("py.", "typed."), &[], t.clone(), attrs);
                self.set(results[0], v, t);
            }
            "py.const_ellipsis" => {
                let v = self.emit_value("typed.const_ellipsis", &[], Ty::Object, vec![]);
                self.set(results[0], v, Ty::Object);
            }
            "py.load_local" => {
                let n = self.str_attr(op, "name");
                let t = self.state.local(self.inst, &n);
                let v = self.emit_value("typed.load_local", &[], t.clone(), vec![attr("name", Attr::str(&n))]);
                self.set(results[0], v, t);
            }
            "py.store_local" => {
                let n = self.str_attr(op, "name");
                let (v, t) = self.val(operands[0]);
                self.state.join_local(self.inst, &n, &t);
                let lt = self.state.local(self.inst, &n).or_object();
                let v = self.coerce(v, &t, &lt);
                self.emit_op("typed.store_local", &[v], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.delete_local" => {
                let n = self.str_attr(op, "name");
                self.emit_op("typed.delete_local", &[], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.load_global" => {
                let raw = self.str_attr(op, "name");
                let n = self.g(&raw);
                if let Some(f) = self.known_function(&n) {
                    self.values.insert(results[0], Val::Func(f));
                } else if self.module == "__main__" && self.state.classes.contains_key(&n) {
                    self.values.insert(results[0], Val::Class(n));
                    let as_base = matches!(self.state.uses.get(&results[0]).map(Vec::as_slice), Some([(user, _)]) if self.py.op(*user).name == "py.class");
                    if !as_base {
                        self.materialise_unless_called(results[0]);
                    }
                } else if is_builtin_name(&raw) {
                    // CPython's LOAD_GLOBAL: the builtin while the global is unbound, so the
                    // value may be either.
                    if !self.state.globals.contains_key(&n) {
                        self.state.join_global(&n, &Ty::Bottom);
                    }
                    let attrs = vec![attr("name", Attr::str(&n)), attr("builtin_fallback", Attr::Unit)];
                    let v = self.emit_value("typed.load_global", &[], Ty::Object, attrs);
                    self.set(results[0], v, Ty::Object);
                } else {
                    let t = self.state.global(&n);
                    if !self.state.globals.contains_key(&n) {
                        self.state.join_global(&n, &Ty::Bottom);
                    }
                    let v = self.emit_value("typed.load_global", &[], t.clone(), vec![attr("name", Attr::str(&n))]);
                    self.set(results[0], v, t);
                }
            }
            "py.store_global" => {
                let n = self.g(&self.str_attr(op, "name"));
                let def = self.py.defining_op(operands[0]).filter(|&d| self.py.op(d).name == "py.func");
                if def.is_some() && self.state.funcs.get(&n).is_some_and(|f| Some(f.op) == def && f.kind == DefKind::Known) {
                    self.define_function(&n);
                } else if self.state.aliases.contains_key(&n) {
                    // `from m import f`: calls go straight to `m.f`.
                } else {
                    let (v, t) = self.val(operands[0]);
                    self.state.join_global(&n, &t);
                    let gt = self.state.global(&n).or_object();
                    let v = self.coerce(v, &t, &gt);
                    self.emit_op("typed.store_global", &[v], None, vec![attr("name", Attr::str(&n))]);
                }
            }
            "py.delete_global" => {
                let n = self.g(&self.str_attr(op, "name"));
                self.emit_op("typed.delete_global", &[], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.load_builtin" => {
                let n = self.str_attr(op, "name");
                self.values.insert(results[0], Val::Builtin(n));
                self.materialise_unless_called(results[0]);
            }
            "py.func" | "py.lambda" => self.emit_def(op),
            "py.class" => self.emit_class(op),
            "py.listcomp" | "py.setcomp" | "py.dictcomp" | "py.genexp" => self.emit_comprehension(op),
            "py.yield" | "py.yield_from" => {
                let t = self.val(operands[0]).1;
                let item = if name == "py.yield" { t } else { self.item_type(&t) };
                self.state.join_ret(self.inst, &Ty::Iter(Box::new(item)));
                let v = self.boxed_val(operands[0]);
                let v = self.emit_value(if name == "py.yield" { "typed.yield" } else { "typed.yield_from" }, &[v], Ty::Object, vec![]);
                self.set(results[0], v, Ty::Object);
            }
            "py.comp_for" => self.emit_for(op),
            "py.comp_if" => {
                let (c, ct) = self.val(operands[0]);
                let cond = self.truthy(c, &ct);
                let regions = self.py.op(op).regions.clone();
                let mut blocks = self.emit_regions(&regions, &[]);
                let (els, saved, st) = self.enter_block(&[]);
                self.leave_block(saved, st);
                blocks.push(els);
                let o = self.emit_op("typed.if", &[cond], None, vec![]);
                self.attach(o, &blocks);
            }
            "py.comp_append" if self.comp.is_none() => {
                // A generator expression yields each item.
                let t = self.val(operands[0]).1;
                self.state.join_ret(self.inst, &Ty::Iter(Box::new(t)));
                let v = self.boxed_val(operands[0]);
                self.emit_value("typed.yield", &[v], Ty::Object, vec![]);
            }
            "py.comp_append" => {
                let (c, kind, class) = self.comp.clone().expect("comp_append inside a comprehension");
                let mut vals = vec![c];
                for (i, v) in operands.iter().enumerate() {
                    let (v, t) = self.val(*v);
                    match &class {
                        Ty::List(id) | Ty::Dict(id) => {
                            let part = if i == 0 { crate::infer::heap::Part::A } else { crate::infer::heap::Part::B };
                            self.state.heap.join_part(*id, part, &t);
                            vals.push(self.word(v, &t));
                        }
                        _ => vals.push(self.boxed(v, &t)),
                    }
                }
                self.emit_op("typed.obj.comp_append", &vals, None, vec![attr("kind", Attr::str(kind))]);
            }
            "py.delattr" => {
                self.dynamic_attr(op);
                let o = match self.val(operands[0]) {
                    // The runtime unbinds the field slot (AttributeError when unbound).
                    (o, Ty::Instance(_)) => o,
                    (o, t) => self.boxed(o, &t),
                };
                let n = self.str_attr(op, "name");
                self.emit_op("typed.obj.delattr", &[o], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.load_cell" | "py.load_free" => {
                let n = self.str_attr(op, "name");
                let kind = if name == "py.load_cell" { "cell" } else { "free" };
                let c = self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(&n))]);
                let v = self.emit_value("typed.cell_get", &[c], Ty::Object, vec![attr("name", Attr::str(&n)), attr("kind", Attr::str(kind))]);
                self.set(results[0], v, Ty::Object);
            }
            "py.store_cell" | "py.store_free" => {
                let n = self.str_attr(op, "name");
                let v = self.boxed_val(operands[0]);
                let c = self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(&n))]);
                self.emit_op("typed.cell_set", &[c, v], None, vec![]);
            }
            "py.delete_cell" | "py.delete_free" => {
                let n = self.str_attr(op, "name");
                let kind = if name == "py.delete_cell" { "cell" } else { "free" };
                let c = self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(&n))]);
                self.emit_op("typed.cell_delete", &[c], None, vec![attr("name", Attr::str(&n)), attr("kind", Attr::str(kind))]);
            }
            "py.load_name" if self.ns.is_some() => {
                let n = self.str_attr(op, "name");
                let class_binds = self.enclosing_class_binds(&n);
                if let Some(f) = self.known_function(&self.g(&n)).filter(|_| !class_binds) {
                    self.values.insert(results[0], Val::Func(f));
                    self.materialise_unless_called(results[0]);
                } else {
                    let ns = self.ns.expect("class namespace");
                    let v = self.emit_value("typed.load_name", &[ns], Ty::Object, vec![attr("name", Attr::str(&n))]);
                    self.set(results[0], v, Ty::Object);
                }
            }
            "py.load_classderef" if self.ns.is_some() => {
                let n = self.str_attr(op, "name");
                let ns = self.ns.expect("class namespace");
                let cell = self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(&n))]);
                let v = self.emit_value("typed.load_classderef", &[ns, cell], Ty::Object, vec![attr("name", Attr::str(&n)), attr("kind", Attr::str("free"))]);
                self.set(results[0], v, Ty::Object);
            }
            "py.store_name" if self.ns.is_some() => {
                let n = self.str_attr(op, "name");
                let v = self.boxed_val(operands[0]);
                let ns = self.ns.expect("class namespace");
                self.emit_op("typed.store_name", &[ns, v], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.delete_name" if self.ns.is_some() => {
                let n = self.str_attr(op, "name");
                let ns = self.ns.expect("class namespace");
                self.emit_op("typed.delete_name", &[ns], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.import" => {
                let m = self.str_attr(op, "module");
                if RUNTIME_MODULES.contains(&m.as_str()) {
                    let v = self.emit_value("typed.import", &[], Ty::Module, vec![attr("module", Attr::str(&m))]);
                    self.set(results[0], v, Ty::Module);
                } else if self.state.modules.contains_key(&m) {
                    // `import a.b.c` runs a, a.b and a.b.c; it binds a (or a.b.c with `as`).
                    let parts: Vec<&str> = m.split('.').collect();
                    let mut bound = None;
                    for i in 1..=parts.len() {
                        let name = parts[..i].join(".");
                        let v = self.import_module(&name);
                        if i == 1 || self.py.attr(op, "bind_top").is_none() {
                            bound = Some((v, name));
                        }
                    }
                    let (v, name) = bound.expect("a module name");
                    self.set(results[0], v, Ty::UserModule(name));
                } else {
                    let loc = self.cur_loc.clone();
                    self.state.refuse(&loc, &format!("importing module '{m}' (only `sys`, `math`, `dataclasses`, `typing`, `__future__` and the program's own modules are available so far)"));
                    let v = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                    self.set(results[0], v, Ty::Object);
                }
            }
            "py.import_from" if RUNTIME_MODULES.contains(&self.str_attr(op, "module").as_str()) => {
                let m = self.str_attr(op, "module");
                let module = self.emit_value("typed.import", &[], Ty::Module, vec![attr("module", Attr::str(&m))]);
                let names: Vec<String> = self.py.attr(op, "names").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
                for (r, n) in results.iter().zip(names) {
                    if runtime_modules::missing(&m, &n) {
                        let loc = self.cur_loc.clone();
                        self.state.refuse(&loc, &format!("`{m}.{n}`"));
                    }
                    let name = self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", Attr::str(&n))]);
                    let v = self.emit_value("typed.obj.import_from", &[module, name], Ty::Object, vec![]);
                    self.set(*r, v, Ty::Object);
                }
            }
            "py.import_from" if !self.state.modules.contains_key(&self.str_attr(op, "module")) => {
                let m = self.str_attr(op, "module");
                let loc = self.cur_loc.clone();
                self.state.refuse(&loc, &format!("importing module '{m}' (only `sys`, `math`, `dataclasses`, `typing`, `__future__` and the program's own modules are available so far)"));
                for r in results.clone() {
                    let v = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                    self.set(r, v, Ty::Object);
                }
            }
            "py.import_from" => {
                let m = self.str_attr(op, "module");
                let parts: Vec<String> = m.split('.').map(String::from).collect();
                let mut module = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                for i in 1..=parts.len() {
                    module = self.import_module(&parts[..i].join("."));
                }
                let names: Vec<String> = self.py.attr(op, "names").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
                for (r, n) in results.iter().zip(names) {
                    let q = qualify(&m, &n);
                    if self.state.modules.contains_key(&q) {
                        let v = self.import_module(&q);
                        self.set(*r, v, Ty::UserModule(q));
                    } else if let Some(f) = self.known_function(&q) {
                        self.values.insert(*r, Val::Func(f));
                    } else if self.state.module_globals.get(&m).is_some_and(|g| g.contains(&n)) {
                        let t = self.state.global(&q);
                        let v = self.emit_value("typed.load_global", &[], t.clone(), vec![attr("name", Attr::str(&q))]);
                        self.set(*r, v, t);
                    } else {
                        let name = self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", Attr::str(&n))]);
                        let v = self.emit_value("typed.obj.import_from", &[module, name], Ty::Object, vec![]);
                        self.set(*r, v, Ty::Object);
                    }
                }
            }
            "py.binop" | "py.inplace" => {
                let opname = self.str_attr(op, "op");
                let (v, t) = self.binop(&opname, operands[0], operands[1], name == "py.inplace");
                self.set(results[0], v, t);
            }
            "py.unaryop" => {
                let opname = self.str_attr(op, "op");
                let (a, t) = self.val(operands[0]);
                let (v, rt) = match (opname.as_str(), &t) {
                    (_, Ty::Bottom) => (self.emit_value("typed.obj.unaryop", &[a], Ty::Object, vec![attr("op", Attr::str(&opname))]), Ty::Bottom),
                    ("not", _) => {
                        let b = self.truthy(a, &t);
                        (self.emit_value("typed.not", &[b], Ty::Bool, vec![]), Ty::Bool)
                    }
                    ("neg", Ty::Int) => (self.emit_value("typed.int.neg", &[a], Ty::Int, vec![]), Ty::Int),
                    ("neg", Ty::Bool) => {
                        let i = self.emit_value("typed.bool_to_int", &[a], Ty::Int, vec![]);
                        (self.emit_value("typed.int.neg", &[i], Ty::Int, vec![]), Ty::Int)
                    }
                    ("neg", Ty::Float) => (self.emit_value("typed.float.neg", &[a], Ty::Float, vec![]), Ty::Float),
                    ("pos", Ty::Int | Ty::Float) => (a, t.clone()),
                    ("invert", Ty::Int) => (self.emit_value("typed.int.invert", &[a], Ty::Int, vec![]), Ty::Int),
                    _ => {
                        let b = self.boxed(a, &t);
                        (self.emit_value("typed.obj.unaryop", &[b], Ty::Object, vec![attr("op", Attr::str(&opname))]), Ty::Object)
                    }
                };
                self.set(results[0], v, rt);
            }
            "py.compare" => {
                let opname = self.str_attr(op, "op");
                let (v, t) = self.compare(&opname, operands[0], operands[1], self.only_truth_tested(results[0]));
                self.set(results[0], v, t);
            }
            "py.and" | "py.or" => {
                let (lhs, lt) = self.val(operands[0]);
                let region = self.py.op(op).regions[0];
                let (b, saved, saved_t) = self.enter_block(&[]);
                let rv = self.emit_region_value(region);
                let joined = match &rv {
                    Some((_, rt)) => self.state.join(&lt, rt).or_object(),
                    None => lt.or_object(),
                };
                if let Some((rv, rt)) = rv {
                    let c = self.coerce(rv, &rt, &joined);
                    self.emit_op("typed.result", &[c], None, vec![]);
                }
                self.leave_block(saved, saved_t);
                let l = self.coerce(lhs, &lt, &joined);
                let o = self.emit_op(&name.replace("py.", "typed."), &[l], Some(&joined), vec![]);
                self.attach(o, &[b]);
                let r = self.out.op(o).results[0];
                self.set(results[0], r, joined);
            }
            "py.ifexp" => {
                let (c, ct) = self.val(operands[0]);
                let cond = self.truthy(c, &ct);
                let regions = self.py.op(op).regions.clone();
                let (b1, saved, st) = self.enter_block(&[]);
                let v1 = self.emit_region_value(regions[0]);
                self.leave_block(saved, st);
                let (b2, saved, st) = self.enter_block(&[]);
                let v2 = self.emit_region_value(regions[1]);
                self.leave_block(saved, st);
                let t1 = v1.as_ref().map(|x| x.1.clone()).unwrap_or(Ty::Bottom);
                let t2 = v2.as_ref().map(|x| x.1.clone()).unwrap_or(Ty::Bottom);
                let joined = self.state.join(&t1, &t2).or_object();
                for (b, v) in [(b1, v1), (b2, v2)] {
                    if let Some((v, t)) = v {
                        let (saved, st) = (self.block, self.terminated);
                        self.block = b;
                        let c = self.coerce(v, &t, &joined);
                        self.emit_op("typed.result", &[c], None, vec![]);
                        self.block = saved;
                        self.terminated = st;
                    }
                }
                let o = self.emit_op("typed.ifexp", &[cond], Some(&joined), vec![]);
                self.attach(o, &[b1, b2]);
                let r = self.out.op(o).results[0];
                self.set(results[0], r, joined);
            }
            "py.call" => self.emit_call(op),
            "py.getattr" if matches!(self.values.get(&operands[0]), Some(Val::V(_, Ty::UserModule(_)))) => {
                let Some(Val::V(obj, Ty::UserModule(m))) = self.values.get(&operands[0]).cloned() else { unreachable!() };
                let n = self.str_attr(op, "name");
                let q = qualify(&m, &n);
                if self.state.modules.contains_key(&q) {
                    let v = self.import_module(&q);
                    self.set(results[0], v, Ty::UserModule(q));
                } else if let Some(f) = self.known_function(&q) {
                    self.values.insert(results[0], Val::Func(f));
                    self.materialise_unless_called(results[0]);
                } else if self.state.module_globals.get(&m).is_some_and(|g| g.contains(&n)) {
                    let t = self.state.global(&q);
                    let v = self.emit_value("typed.load_global", &[], t.clone(), vec![attr("name", Attr::str(&q))]);
                    self.set(results[0], v, t);
                } else {
                    self.values.insert(results[0], Val::Attr(obj, Ty::Object, n));
                    self.materialise_unless_called(results[0]);
                }
            }
            "py.setattr" if matches!(self.values.get(&operands[0]), Some(Val::V(_, Ty::UserModule(m))) if self.state.module_globals.get(m).is_some_and(|g| g.contains(&self.str_attr(op, "name")))) => {
                let Some(Val::V(_, Ty::UserModule(m))) = self.values.get(&operands[0]).cloned() else { unreachable!() };
                let q = qualify(&m, &self.str_attr(op, "name"));
                let (v, t) = self.val(operands[1]);
                self.state.join_global(&q, &t);
                let gt = self.state.global(&q).or_object();
                let v = self.coerce(v, &t, &gt);
                self.emit_op("typed.store_global", &[v], None, vec![attr("name", Attr::str(&q))]);
            }
            "py.getattr" => {
                if let Some((loc, construct)) = runtime_modules::missing_attr(self.py, &self.state.module_names, op) {
                    self.state.refuse(&loc, &construct);
                }
                let (obj, t) = self.val(operands[0]);
                let n = self.str_attr(op, "name");
                self.values.insert(results[0], Val::Attr(obj, t, n));
                self.materialise_unless_called(results[0]);
            }
            "py.setattr" if self.setattr_known(op) => {}
            "py.setattr" => {
                self.dynamic_attr(op);
                let o = self.boxed_val(operands[0]);
                let v = self.boxed_val(operands[1]);
                let n = self.str_attr(op, "name");
                self.emit_op("typed.obj.setattr", &[o, v], None, vec![attr("name", Attr::str(&n))]);
            }
            "py.getitem" => {
                let (a, at) = self.val(operands[0]);
                let idx_is_slice = self.py.defining_op(operands[1]).is_some_and(|o| self.py.op(o).name == "py.slice");
                let k = self.const_int(operands[1]);
                let (b, bt) = self.val(operands[1]);
                let rt = self.getitem_type(op, &at, &bt, idx_is_slice, k);
                let b = self.word(b, &bt);
                let a = self.word(a, &at);
                let (v, t) = self.from_word("typed.obj.getitem", &[a, b], rt, vec![]);
                self.set(results[0], v, t);
            }
            "py.setitem" => {
                let idx_is_slice = self.py.defining_op(operands[1]).is_some_and(|o| self.py.op(o).name == "py.slice");
                let typed = [self.val(operands[0]), self.val(operands[1]), self.val(operands[2])];
                let [a, i, v] = self.setitem_words(typed[0].clone(), typed[1].clone(), typed[2].clone(), idx_is_slice);
                self.emit_op("typed.obj.setitem", &[a, i, v], None, vec![]);
            }
            "py.delitem" => {
                let (a, at) = self.val(operands[0]);
                let (i, it) = self.val(operands[1]);
                self.state.heap.share(&[at.clone(), it.clone()]);
                let a = self.word(a, &at);
                let i = self.word(i, &it);
                self.emit_op("typed.obj.delitem", &[a, i], None, vec![]);
            }
            "py.slice" => {
                let parts: Vec<Value> = operands.iter().map(|v| self.boxed_val(*v)).collect();
                let v = self.emit_value("typed.obj.slice", &parts, Ty::Object, vec![]);
                self.set(results[0], v, Ty::Object);
            }
            "py.list" | "py.tuple" | "py.set" | "py.dict" => {
                let typed: Vec<(Value, Ty)> = operands.iter().map(|v| self.val(*v)).collect();
                let starred = self.py.attr(op, "starred").or(self.py.attr(op, "unpack")).cloned();
                let spread: Vec<usize> = starred.as_ref().and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_int()).map(|i| i as usize).collect();
                let t = match name.as_str() {
                    "py.list" | "py.dict" => self.display_type(op, name == "py.dict", &typed, &spread),
                    "py.set" => Ty::Set,
                    _ if starred.is_none() => Ty::Tuple(typed.iter().map(|(_, t)| t.or_object()).collect()),
                    _ => Ty::Object,
                };
                // The items of list and dict displays and of plain tuples keep their types.
                let kept = matches!(t, Ty::List(_) | Ty::Dict(_) | Ty::Tuple(_));
                let items: Vec<Value> = typed.iter().map(|(v, t)| if kept { self.word(*v, t) } else { self.boxed(*v, t) }).collect();
                let mut attrs = Vec::new();
                if let Some(s) = starred {
                    attrs.push(attr(if name == "py.dict" { "unpack" } else { "starred" }, s));
                } else if name == "py.set" && !operands.is_empty() && operands.iter().all(|v| self.is_folded_const(*v)) {
                    // CPython iterates a `for` over such a display as a frozenset constant, and
                    // builds one of 3+ items from a frozenset constant: their own orders.
                    let only_iterated = matches!(self.state.uses.get(&results[0]).map(Vec::as_slice), Some([(user, 0)]) if self.py.op(*user).name == "py.for");
                    if only_iterated {
                        attrs.push(attr("frozen", Attr::Unit));
                    } else if operands.len() > 2 {
                        attrs.push(attr("const_items", Attr::Unit));
                    }
                }
                let opname = format!("typed.{}.new", name.trim_start_matches("py."));
                let v = self.emit_value(&opname, &items, t.clone(), attrs);
                self.set(results[0], v, t);
            }
            "py.unpack" => {
                let (v, t) = self.val(operands[0]);
                let count = results.len();
                let plain = self.py.attr(op, "before").is_none();
                let (tys, w) = match self.unpack_types(&t, count, plain) {
                    Some(tys) => (tys, self.word(v, &t)),
                    None => (vec![Ty::Object; count], self.boxed(v, &t)),
                };
                let word_tys: Vec<Ty> = tys.iter().map(|t| if word_or(t) { t.clone() } else { Ty::Object }).collect();
                let types: Vec<Type> = word_tys.iter().map(|t| self.state.heap.ir(t)).collect();
                let mut attrs = self.py.op(op).attrs.clone();
                if self.py.attr(op, "count").is_none() {
                    attrs.push(attr("count", Attr::i64(count as i64)));
                }
                let u = self.out.create_op("typed.obj.unpack", &[w], &types, attrs, self.cur_loc.clone());
                self.out.append_op(self.block, u);
                let rs = self.out.op(u).results.clone();
                for (i, r) in results.iter().enumerate() {
                    if word_or(&tys[i]) {
                        self.set(*r, rs[i], tys[i].clone());
                    } else {
                        let x = self.emit_value("typed.unbox", &[rs[i]], tys[i].clone(), vec![]);
                        self.set(*r, x, tys[i].clone());
                    }
                }
            }
            "py.format_value" => {
                let conv = self.str_attr(op, "conversion");
                let (v, t) = self.val(operands[0]);
                let w = self.word(v, &t);
                let v = match (operands.get(1), conv.as_str()) {
                    // `{x}` is `format(x, "")`: the same as `str(x)` except for objects whose
                    // class defines `__format__`.
                    (None, "") if t == Ty::Object => {
                        let empty = self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", Attr::str(""))]);
                        self.emit_value("typed.format", &[w, empty], Ty::Str, vec![])
                    }
                    (None, "") => self.emit_value("typed.str_of", &[w], Ty::Str, vec![attr("conversion", Attr::str("s"))]),
                    (None, c) => self.emit_value("typed.str_of", &[w], Ty::Str, vec![attr("conversion", Attr::str(c))]),
                    (Some(spec), c) => {
                        let (s, st) = self.val(*spec);
                        let s = self.word(s, &st);
                        let w = if c.is_empty() { w } else { self.emit_value("typed.str_of", &[w], Ty::Str, vec![attr("conversion", Attr::str(c))]) };
                        self.emit_value("typed.format", &[w, s], Ty::Str, vec![])
                    }
                };
                self.set(results[0], v, Ty::Str);
            }
            "py.build_str" => {
                let typed: Vec<(Value, Ty)> = operands.iter().map(|v| self.val(*v)).collect();
                let parts: Vec<Value> = typed.iter().map(|(v, t)| self.word(*v, t)).collect();
                let v = self.emit_value("typed.build_str", &parts, Ty::Str, vec![]);
                self.set(results[0], v, Ty::Str);
            }
            "py.if" => {
                let (c, ct) = self.val(operands[0]);
                let cond = self.truthy(c, &ct);
                let regions = self.py.op(op).regions.clone();
                let blocks = self.emit_regions(&regions, &[]);
                let o = self.emit_op("typed.if", &[cond], None, vec![]);
                self.attach(o, &blocks);
            }
            "py.while" => {
                let regions = self.py.op(op).regions.clone();
                let (cb, saved, st) = self.enter_block(&[]);
                if let Some((v, t)) = self.emit_region_value(regions[0]) {
                    let c = self.truthy(v, &t);
                    self.emit_op("typed.result", &[c], None, vec![]);
                }
                self.leave_block(saved, st);
                let mut blocks = vec![cb];
                blocks.extend(self.emit_regions(&regions[1..], &[]));
                let o = self.emit_op("typed.while", &[], None, vec![]);
                self.attach(o, &blocks);
            }
            "py.for" => self.emit_for(op),
            "py.break" | "py.continue" => {
                self.emit_op(&name.replace("py.", "typed."), &[], None, vec![]);
                self.terminated = true;
            }
            "py.return" => {
                let (v, t) = match operands.first() {
                    Some(&v) => self.val(v),
                    None => (self.emit_value("typed.const_none", &[], Ty::None, vec![]), Ty::None),
                };
                if self.in_generator() {
                    // The value of the generator's StopIteration, not what calling it returns.
                    let v = self.boxed(v, &t);
                    self.emit_op("typed.return", &[v], None, vec![]);
                    self.terminated = true;
                    return;
                }
                self.state.join_ret(self.inst, &t);
                let rt = self.state.ret(self.inst).or_object();
                let v = self.coerce(v, &t, &rt);
                self.emit_op("typed.return", &[v], None, vec![]);
                self.terminated = true;
            }
            "py.raise" => {
                let vals: Vec<Value> = operands.iter().map(|v| self.boxed_val(*v)).collect();
                let mut attrs = Vec::new();
                if self.py.attr(op, "has_cause").is_some() {
                    attrs.push(attr("has_cause", Attr::Unit));
                }
                self.emit_op("typed.raise", &vals, None, attrs);
                self.terminated = true;
            }
            "py.assert" => {
                let (c, ct) = self.val(operands[0]);
                let cond = self.truthy(c, &ct);
                let region = self.py.op(op).regions[0];
                let (b, saved, st) = self.enter_block(&[]);
                if let Some((v, t)) = self.emit_region_value(region) {
                    let w = self.boxed(v, &t);
                    self.emit_op("typed.result", &[w], None, vec![]);
                }
                self.leave_block(saved, st);
                let o = self.emit_op("typed.assert", &[cond], None, vec![]);
                self.attach(o, &[b]);
            }
            "py.try" => self.emit_try(op),
            "py.with" => self.emit_with(op),
            "py.match" => self.emit_match(op),
            n if n.starts_with("py.pattern.") => self.emit_pattern(op),
            "py.result" => {
                // A stray region result (value unused): evaluate only.
            }
            _ => self.refuse_op(op),
        }
    }

    /// Emits each py region into a fresh detached block (with the given entry arguments for
    /// the first) and returns the blocks.
    fn emit_regions(&mut self, regions: &[RegionId], first_args: &[Ty]) -> Vec<BlockId> {
        let mut out = Vec::new();
        for (i, &r) in regions.iter().enumerate() {
            let (b, saved, st) = self.enter_block(if i == 0 { first_args } else { &[] });
            self.emit_region_into(r);
            self.leave_block(saved, st);
            out.push(b);
        }
        out
    }

    /// The implicit arguments of `super()` in a method: the `__class__` cell's value and the
    /// first parameter (none outside a method: the runtime then raises CPython's error).
    fn implicit_super_args(&mut self) -> Vec<(Value, Ty)> {
        let Some(f) = self.state.instances[self.inst].func.clone() else { return Vec::new() };
        let def = self.state.funcs[&f].clone();
        let Some(first) = def.params.first() else { return Vec::new() };
        if !def.freevars.iter().any(|v| v == "__class__") {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (name, kind) in [("__class__", "free"), (first.as_str(), "cell")] {
            let v = self.emit_value("typed.load_local", &[], self.state.instances[self.inst].local(name).or_object(), vec![attr("name", Attr::str(name))]);
            if name == "__class__" || def.cellvars.iter().any(|c| c == name) {
                let c = self.emit_value("typed.cell_get", &[v], Ty::Object, vec![attr("name", Attr::str(name)), attr("kind", Attr::str(kind))]);
                out.push((c, Ty::Object));
            } else {
                let t = self.state.instances[self.inst].local(name).or_object();
                out.push((v, t));
            }
        }
        out
    }

    /// Whether the code being emitted is a generator's body.
    fn in_generator(&self) -> bool {
        self.state.instances[self.inst].func.as_ref().is_some_and(|f| self.state.funcs[f].generator)
    }

    /// The key of the module-level function called directly that global `name` (qualified)
    /// names: the function itself, or the one an alias (`from m import f`) stands for.
    fn known_function(&self, name: &str) -> Option<String> {
        let key = self.state.aliases.get(name).map(String::as_str).unwrap_or(name);
        self.state.funcs.get(key).is_some_and(|d| d.kind == DefKind::Known).then(|| key.to_string())
    }

    /// Global `name` of the module this code is in, qualified.
    fn g(&self, name: &str) -> String {
        qualify(&self.module, name)
    }

    /// Whether this code runs at module level (the script's body or an imported module's).
    fn at_module_level(&self) -> bool {
        self.inst == 0 || self.state.instances[self.inst].func.as_ref().is_some_and(|f| self.state.funcs[f].kind == DefKind::ModuleBody)
    }

    /// A `def` of `Known` function `key` ran: its global is bound. In an imported module the
    /// global holds the function object, which the module's attribute reads.
    fn define_function(&mut self, key: &str) {
        let module = self.state.funcs[key].module.clone();
        if module == "__main__" {
            self.emit_op("typed.define_function", &[], None, vec![attr("name", Attr::str(key))]);
            return;
        }
        let f = self.known_function_object(key, false);
        self.emit_op("typed.define_function", &[f], None, vec![attr("name", Attr::str(key))]);
    }

    /// `typed.import_module`: module `name` of the program, its body run on first import.
    fn import_module(&mut self, name: &str) -> Value {
        let key = qualify(name, "__body__");
        let inst = self.state.instance(&key, Vec::new());
        let sym = self.state.instances[inst].sym.clone();
        let op = self.state.modules[name];
        let file = self.py.str_attr(op, "filename").unwrap_or_default().to_string();
        let mut globals: Vec<String> = self.state.module_globals.get(name).map(|g| g.iter().cloned().collect()).unwrap_or_default();
        globals.sort();
        let attrs = vec![attr("module", Attr::str(name)), attr("callee", Attr::Symbol(sym)), attr("file", Attr::str(&file)), attr("globals", Attr::str_array(&globals))];
        self.emit_value("typed.import_module", &[], Ty::UserModule(name.to_string()), attrs)
    }

    /// Whether the class body being emitted binds `name` in its namespace anywhere.
    fn enclosing_class_binds(&self, name: &str) -> bool {
        let Some(f) = &self.state.instances[self.inst].func else { return false };
        let op = self.state.funcs[f].op;
        self.py.attr(op, "locals").and_then(Attr::as_array).is_some_and(|ls| ls.iter().any(|l| l.as_str() == Some(name)))
    }

    fn int_attr(&self, op: OpId, name: &str) -> usize {
        self.py.attr(op, name).and_then(Attr::as_int).unwrap_or(0).max(0) as usize
    }

    /// A `def` or `lambda`: a `Known` module-level function only records its defaults; any
    /// other becomes a function object (with its defaults and closure cells), decorated.
    fn emit_def(&mut self, op: OpId) {
        let name = self.str_attr(op, "sym_name");
        let loc = self.cur_loc.clone();
        if self.py.attr(op, "is_async").is_some() {
            self.state.refuse(&loc, "async functions");
        }
        let key = self.g(&name);
        let known = self.py.op(op).name == "py.func" && self.at_module_level() && self.state.funcs.get(&key).is_some_and(|f| f.op == op && f.kind == DefKind::Known);
        let operands = self.py.op(op).operands.clone();
        let (ndef, nkw) = (self.int_attr(op, "num_defaults"), self.int_attr(op, "num_kw_defaults"));
        let nann = self.py.attr(op, "annotation_names").and_then(Attr::as_array).map_or(0, |a| a.len());
        let annotations = operands.get(ndef + nkw..ndef + nkw + nann).unwrap_or(&[]).to_vec();
        if known {
            let def = self.state.funcs[&key].clone();
            for (g, v) in def.default_globals.iter().zip(operands.clone()) {
                let (v, t) = self.val(v);
                self.state.join_global(g, &t);
                let gt = self.state.global(g).or_object();
                let v = self.coerce(v, &t, &gt);
                self.emit_op("typed.store_global", &[v], None, vec![attr("name", Attr::str(g))]);
            }
            if let (Some(g), Some(d)) = (&def.annotations_global, self.annotations_dict(op, &annotations)) {
                self.state.join_global(g, &Ty::Object);
                self.emit_op("typed.store_global", &[d], None, vec![attr("name", Attr::str(g))]);
            }
            return;
        }
        let key = self.state.def_key(self.py, op, DefKind::Generic);
        let def = self.state.funcs[&key].clone();
        let inst = self.state.instance(&key, vec![Ty::Object; def.hidden_args() + def.params.len()]);
        let sym = self.state.instances[inst].sym.clone();
        let mut ops: Vec<Value> = operands[..ndef + nkw].iter().map(|v| self.boxed_val(*v)).collect();
        for f in &def.freevars {
            ops.push(self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(f))]));
        }
        let kw_names = self.py.attr(op, "kw_default_names").cloned().unwrap_or(Attr::Array(Vec::new()));
        let mut attrs = vec![
            attr("callee", Attr::Symbol(sym)),
            attr("code", Attr::str(&code_spec(self.py, op))),
            attr("num_defaults", Attr::i64(ndef as i64)),
            attr("kw_default_names", kw_names),
            attr("num_cells", Attr::i64(def.freevars.len() as i64)),
        ];
        if let Some(d) = self.annotations_dict(op, &annotations) {
            ops.push(d);
            attrs.push(attr("annotations", Attr::Unit));
        }
        let f = self.emit_value("typed.make_function", &ops, Ty::Object, attrs);
        if self.py.attr(op, "docstring").is_some() {
            let doc = self.docstring(op);
            self.emit_op("typed.obj.setattr", &[f, doc], None, vec![attr("name", Attr::str("__doc__"))]);
        }
        let f = self.decorate(f, operands.get(ndef + nkw + nann..).unwrap_or(&[]));
        self.set(self.py.op(op).results[0], f, Ty::Object);
    }

    /// The `__annotations__` dict of `def` op `op` from its evaluated annotations (names in
    /// `annotation_names`), as an object; None when it has none.
    fn annotations_dict(&mut self, op: OpId, values: &[Value]) -> Option<Value> {
        let names = self.py.attr(op, "annotation_names").and_then(Attr::as_array)?.to_vec();
        let mut items = Vec::new();
        for (name, v) in names.into_iter().zip(values) {
            items.push(self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", name)]));
            items.push(self.boxed_val(*v));
        }
        let t = Ty::Dict(self.state.heap.site(op));
        let d = self.emit_value("typed.dict.new", &items, t.clone(), vec![]);
        Some(self.coerce(d, &t, &Ty::Object))
    }

    /// A list, set or dict comprehension: its own code, called right here with the iterator
    /// of its first iterable (taken here, so an error is raised in this frame, as CPython does).
    fn emit_comprehension(&mut self, op: OpId) {
        let key = self.state.def_key(self.py, op, DefKind::Comprehension);
        let def = self.state.funcs[&key].clone();
        let mut args = Vec::new();
        if let Some(closure) = self.closure_tuple(&def.freevars) {
            args.push(closure);
        }
        let first = self.py.op(op).operands[0];
        let w = self.boxed_val(first);
        args.push(self.emit_value("typed.obj.iter", &[w], Ty::Object, vec![]));
        let inst = self.state.instance(&key, vec![Ty::Object; args.len()]);
        let sym = self.state.instances[inst].sym.clone();
        let t = match self.py.op(op).name.as_str() {
            "py.genexp" => Ty::Object,
            _ => self.state.instances[inst].ret.clone(),
        };
        let (v, t) = self.from_word("typed.call", &args, t, vec![attr("callee", Attr::Symbol(sym))]);
        self.set(self.py.op(op).results[0], v, t);
    }

    /// The docstring of a `def` or `class` (a str word), or None.
    fn docstring(&mut self, op: OpId) -> Value {
        match self.py.attr(op, "docstring").cloned() {
            Some(d) => self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", d)]),
            None => {
                let none = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                self.coerce(none, &Ty::None, &Ty::Object)
            }
        }
    }

    /// The closure tuple of code with free variables `freevars` (the cells this scope holds
    /// in the locals of those names), as an object; None when there are none.
    fn closure_tuple(&mut self, freevars: &[String]) -> Option<Value> {
        if freevars.is_empty() {
            return None;
        }
        let cells: Vec<Value> = freevars.iter().map(|f| self.emit_value("typed.load_local", &[], Ty::Object, vec![attr("name", Attr::str(f))])).collect();
        let t = Ty::Tuple(vec![Ty::Object; cells.len()]);
        let closure = self.emit_value("typed.tuple.new", &cells, t.clone(), vec![]);
        Some(self.coerce(closure, &t, &Ty::Object))
    }

    /// Applies decorators (outermost first in `decorators`) to `v`, innermost first.
    fn decorate(&mut self, mut v: Value, decorators: &[Value]) -> Value {
        let saved = self.cur_loc.clone();
        for &py_d in decorators.iter().rev() {
            // Each call is located at its decorator expression, as CPython's CALL is.
            if let Some(op) = self.py.defining_op(py_d) {
                self.cur_loc = self.py.op(op).loc.clone();
            }
            let d = self.boxed_val(py_d);
            v = self.emit_value("typed.obj.call", &[d, v], Ty::Object, vec![attr("kwnames", Attr::str_array(&[""]))]);
        }
        self.cur_loc = saved;
        v
    }

    /// A `class` statement: the body runs once as its own code with a fresh namespace dict,
    /// then the class is made from the bases and the namespace, its `__class__` cell (for
    /// `super()`) filled, and the decorators applied.
    fn emit_class(&mut self, op: OpId) {
        let loc = self.cur_loc.clone();
        let name = self.str_attr(op, "sym_name");
        let qualname = self.str_attr(op, "qualname");
        let nbases = self.int_attr(op, "num_bases");
        let kwnames: Vec<String> = self.py.attr(op, "kwnames").and_then(Attr::as_array).map_or(Vec::new(), |a| a.iter().filter_map(|k| k.as_str().map(String::from)).collect());
        let nkw = kwnames.len();
        if kwnames.iter().any(|k| k == "metaclass") {
            self.state.refuse(&loc, "metaclasses (`metaclass=...`)");
        }
        if kwnames.iter().any(|k| k == "**") {
            self.state.refuse(&loc, "`**` unpacking in class keywords");
        }
        if self.py.attr(op, "starred").is_some() {
            self.state.refuse(&loc, "`*` unpacking in class bases");
        }
        let operands = self.py.op(op).operands.clone();
        for &b in &operands[..nbases.min(operands.len())] {
            let builtin = self.py.defining_op(b).filter(|&d| self.py.op(d).name == "py.load_builtin").and_then(|d| self.py.str_attr(d, "name"));
            if let Some(t) = builtin.filter(|t| UNSUBCLASSABLE_BUILTINS.contains(t)) {
                self.state.refuse(&loc, &format!("subclassing the builtin type `{t}`"));
            }
        }
        let key = self.state.def_key(self.py, op, DefKind::ClassBody);
        let def = self.state.funcs[&key].clone();
        let known = self.module == "__main__" && self.state.classes.get(&self.g(&name)).is_some_and(|k| k.op == op);
        let bases: Vec<Value> = match known {
            // A known class's bases are known classes: using them as bases lets nothing escape.
            true => {
                let cs: Vec<String> = operands[..nbases].iter().filter_map(|v| if let Some(Val::Class(c)) = self.values.get(v) { Some(c.clone()) } else { None }).collect();
                cs.iter().map(|c| self.class_object(c, false)).collect()
            }
            false => operands[..nbases].iter().map(|v| self.boxed_val(*v)).collect(),
        };
        let bases = self.emit_value("typed.tuple.new", &bases, Ty::Tuple(vec![Ty::Object; nbases]), vec![]);
        let ns_t = Ty::Dict(self.state.heap.site(op));
        let ns = self.emit_value("typed.dict.new", &[], ns_t.clone(), vec![]);
        let module = self.module.clone();
        for (k, v) in [("__module__", module.as_str()), ("__qualname__", qualname.as_str())] {
            let v = self.emit_value("typed.const_str", &[], Ty::Str, vec![attr("value", Attr::str(v))]);
            self.emit_op("typed.store_name", &[ns, v], None, vec![attr("name", Attr::str(k))]);
        }
        let doc = self.docstring(op);
        self.emit_op("typed.store_name", &[ns, doc], None, vec![attr("name", Attr::str("__doc__"))]);
        let mut args = vec![self.coerce(ns, &ns_t, &Ty::Object)];
        if let Some(closure) = self.closure_tuple(&def.freevars) {
            args.push(closure);
        }
        let inst = self.state.instance(&key, vec![Ty::Object; args.len()]);
        let sym = self.state.instances[inst].sym.clone();
        let cell = self.emit_value("typed.call", &args, Ty::Object, vec![attr("callee", Attr::Symbol(sym)), attr("py_name", Attr::str(&name))]);
        // The class keywords reach the runtime in the namespace, under names no identifier
        // has (`CLASS_KEYWORD_PREFIX` in runtime/src/classes.rs), stored after the body ran.
        for (k, &v) in kwnames.iter().zip(&operands[nbases..nbases + nkw]) {
            let v = self.boxed_val(v);
            self.emit_op("typed.store_name", &[ns, v], None, vec![attr("name", Attr::str(&format!(".class_keyword.{k}")))]);
        }
        let mut class_attrs = vec![attr("name", Attr::str(&name))];
        if known {
            let fields = self.state.heap.instances.get(&self.g(&name)).map(|i| i.fields.clone()).unwrap_or_default();
            let names: Vec<String> = fields.iter().map(|(n, _)| n.clone()).collect();
            class_attrs.push(attr("fields", Attr::str_array(&names)));
            let floats: Vec<Attr> = (fields.iter().enumerate())
                .filter(|(i, (n, t))| !self.state.dynamic_attrs.contains(n) && instances::unboxed_field(*i, t))
                .map(|(i, _)| Attr::i64(i as i64))
                .collect();
            if !floats.is_empty() {
                class_attrs.push(attr("float_fields", Attr::Array(floats)));
            }
        }
        let cls = self.emit_value("typed.make_class", &[bases, ns], Ty::Object, class_attrs);
        if def.cellvars.iter().any(|c| c == "__class__") {
            self.emit_op("typed.cell_set", &[cell, cls], None, vec![]);
        }
        let cls = self.decorate(cls, &operands[nbases + nkw..]);
        self.set(self.py.op(op).results[0], cls, Ty::Object);
    }

    fn emit_for(&mut self, op: OpId) {
        let operands = self.py.op(op).operands.clone();
        let regions = self.py.op(op).regions.clone();
        let iterable = self.values.get(&operands[0]).cloned();
        let body_arg = self.py.region(regions[0]).blocks.first().and_then(|b| self.py.block(*b).args.first().copied());
        let (opname, operands, item_ty) = match iterable {
            Some(Val::Range(args)) => {
                let one = || Attr::i64(1);
                let (start, stop, step) = match args.len() {
                    1 => (None, args[0].clone(), None),
                    2 => (Some(args[0].clone()), args[1].clone(), None),
                    _ => (Some(args[0].clone()), args[1].clone(), Some(args[2].clone())),
                };
                let int = |s: &mut Self, x: Option<(Value, Ty)>, dflt: Attr| match x {
                    Some((v, Ty::Bool)) => s.emit_value("typed.bool_to_int", &[v], Ty::Int, vec![]),
                    Some((v, _)) => v,
                    None => s.emit_value("typed.const_int", &[], Ty::Int, vec![attr("value", dflt)]),
                };
                let start = int(self, start, Attr::i64(0));
                let stop = int(self, Some(stop), Attr::i64(0));
                let step = int(self, step, one());
                ("typed.for_range", vec![start, stop, step], Ty::Int)
            }
            _ => {
                let (v, t) = self.val(operands[0]);
                let item = self.item_type(&t);
                let w = self.word(v, &t);
                let it = self.emit_value("typed.obj.iter", &[w], Ty::Object, vec![]);
                ("typed.for", vec![it], item)
            }
        };
        // The body takes the item as a word; a float or bool item is unboxed on entry.
        let arg_ty = if word_or(&item_ty) { item_ty.clone() } else { Ty::Object };
        let (body, saved, st) = self.enter_block(std::slice::from_ref(&arg_ty));
        if let Some(pa) = body_arg {
            let item = self.out.block(body).args[0];
            let item = if arg_ty == item_ty { item } else { self.emit_value("typed.unbox", &[item], item_ty.clone(), vec![]) };
            self.set(pa, item, item_ty.clone());
        }
        self.emit_region_into(regions[0]);
        self.leave_block(saved, st);
        let mut blocks = vec![body];
        blocks.extend(self.emit_regions(&regions[1..], &[]));
        if blocks.len() == 1 {
            // A comprehension's `for` has no else clause.
            let (els, saved, st) = self.enter_block(&[]);
            self.leave_block(saved, st);
            blocks.push(els);
        }
        let o = self.emit_op(opname, &operands, None, vec![]);
        self.attach(o, &blocks);
    }

    fn emit_try(&mut self, op: OpId) {
        if self.py.attr(op, "is_star").is_some() {
            let loc = self.cur_loc.clone();
            self.state.refuse(&loc, "except* (exception groups)");
        }
        let regions = self.py.op(op).regions.clone();
        let (body, saved, st) = self.enter_block(&[]);
        self.emit_region_into(regions[0]);
        self.leave_block(saved, st);
        let (handlers, saved, st) = self.enter_block(&[]);
        let excepts: Vec<OpId> = self.py.region(regions[1]).blocks.first().map(|b| self.py.block(*b).ops.clone()).unwrap_or_default();
        for ex in excepts {
            self.cur_loc = self.py.op(ex).loc.clone();
            if self.py.op(ex).name != "py.except" {
                self.refuse_op(ex);
                continue;
            }
            let ex_regions = self.py.op(ex).regions.clone();
            let (tb, s2, st2) = self.enter_block(&[]);
            if let Some((v, t)) = self.emit_region_value(ex_regions[0]) {
                let w = self.boxed(v, &t);
                self.emit_op("typed.result", &[w], None, vec![]);
            }
            self.leave_block(s2, st2);
            let (bb, s3, st3) = self.enter_block(&[Ty::Object]);
            let exc = self.out.block(bb).args[0];
            // The py handler body takes the exception as its entry argument and binds the
            // `as` name itself (unbinding it in a finally, as CPython does).
            if let Some(pa) = self.py.region(ex_regions[1]).blocks.first().and_then(|b| self.py.block(*b).args.first().copied()) {
                self.set(pa, exc, Ty::Object);
            }
            self.emit_region_into(ex_regions[1]);
            self.leave_block(s3, st3);
            let e = self.emit_op("typed.except", &[], None, vec![]);
            self.attach(e, &[tb, bb]);
        }
        self.leave_block(saved, st);
        let rest = self.emit_regions(&regions[2..], &[]);
        let o = self.emit_op("typed.try", &[], None, vec![]);
        let mut blocks = vec![body, handlers];
        blocks.extend(rest);
        self.attach(o, &blocks);
    }

    // ---- operators ------------------------------------------------------------------------

    fn to_int(&mut self, v: Value, t: &Ty) -> Value {
        if *t == Ty::Bool { self.emit_value("typed.bool_to_int", &[v], Ty::Int, vec![]) } else { v }
    }

    fn to_float(&mut self, v: Value, t: &Ty) -> Value {
        match t {
            Ty::Float => v,
            _ => {
                let i = self.to_int(v, t);
                self.emit_value("typed.int_to_float", &[i], Ty::Float, vec![])
            }
        }
    }

    fn binop(&mut self, op: &str, a: Value, b: Value, inplace: bool) -> (Value, Ty) {
        let nonneg_exponent = self.const_int(b).is_some_and(|k| k >= 0)
            || self.py.defining_op(b).is_some_and(|o| self.py.op(o).name == "py.const_int" && self.py.attr(o, "value").is_some_and(|a| a.as_str().is_some_and(|s| !s.starts_with('-'))));
        let (av, at) = self.val(a);
        let (bv, bt) = self.val(b);
        const INT_OPS: &[&str] = &["add", "sub", "mul", "floordiv", "mod", "lshift", "rshift"];
        const FLOAT_OPS: &[&str] = &["add", "sub", "mul", "truediv", "floordiv", "mod"];
        if at == Ty::Bottom || bt == Ty::Bottom {
            // Strict in Bottom: nothing is known until both operands are.
            return (self.emit_value("typed.obj.binop", &[av, bv], Ty::Object, vec![attr("op", Attr::str(op))]), Ty::Bottom);
        }
        let both_bool = at == Ty::Bool && bt == Ty::Bool;
        if at.is_intlike() && bt.is_intlike() {
            let bitop = matches!(op, "bitand" | "bitor" | "bitxor");
            if INT_OPS.contains(&op) || (bitop && !both_bool) || (op == "pow" && nonneg_exponent) {
                let x = self.to_int(av, &at);
                let y = self.to_int(bv, &bt);
                return (self.emit_value("typed.int.binop", &[x, y], Ty::Int, vec![attr("op", Attr::str(op))]), Ty::Int);
            }
            if op == "truediv" {
                let x = self.to_int(av, &at);
                let y = self.to_int(bv, &bt);
                return (self.emit_value("typed.int.truediv", &[x, y], Ty::Float, vec![]), Ty::Float);
            }
        }
        // `**` with a float operand is a float, or an error: the runtime has no complex
        // numbers (a negative base to a fractional power raises, on both paths).
        if at.is_numeric() && bt.is_numeric() && (at == Ty::Float || bt == Ty::Float) && (FLOAT_OPS.contains(&op) || op == "pow") {
            let x = self.to_float(av, &at);
            let y = self.to_float(bv, &bt);
            return (self.emit_value("typed.float.binop", &[x, y], Ty::Float, vec![attr("op", Attr::str(op))]), Ty::Float);
        }
        let site = self.site;
        let (rt, x, y) = match self.container_binop(site, op, &at, &bt, inplace) {
            Some(rt) => (rt, self.word(av, &at), self.word(bv, &bt)),
            None => {
                // A result of a known builtin type holds no part of the operands.
                let rt = generic_binop_result(op, &at, &bt);
                if rt.is_builtin_value() && !matches!(rt, Ty::Tuple(_)) {
                    self.state.heap.share(&[at.clone(), bt.clone()]);
                    (rt, self.word(av, &at), self.word(bv, &bt))
                } else if matches!(rt, Ty::Tuple(_)) {
                    (rt, self.word(av, &at), self.word(bv, &bt))
                } else {
                    (rt, self.boxed(av, &at), self.boxed(bv, &bt))
                }
            }
        };
        let name = if inplace { "typed.obj.inplace" } else { "typed.obj.binop" };
        (self.emit_value(name, &[x, y], rt.clone(), vec![attr("op", Attr::str(op))]), rt)
    }

    /// Whether the only use of `v` tests its truth: the condition of an `if` or a `while`, or
    /// the operand of `not`.
    fn only_truth_tested(&self, v: Value) -> bool {
        let Some([(user, 0)]) = self.state.uses.get(&v).map(Vec::as_slice) else { return false };
        let u = self.py.op(*user);
        match u.name.as_str() {
            "py.if" => true,
            "py.unaryop" => self.py.str_attr(*user, "op") == Some("not"),
            "py.result" => {
                let region = u.parent.and_then(|b| self.py.block(b).parent);
                self.py.parent_op(*user).is_some_and(|p| self.py.op(p).name == "py.while" && self.py.op(p).regions.first().copied() == region)
            }
            _ => false,
        }
    }

    /// `a <op> b`; with `truth_only`, the result is only tested for truth, so a comparison of
    /// values of unknown types can produce the truth of the rich comparison's result directly
    /// (what `if a == b` does in CPython: the comparison, then `bool()` of its result).
    fn compare(&mut self, op: &str, a: Value, b: Value, truth_only: bool) -> (Value, Ty) {
        let (av, at) = self.val(a);
        let (bv, bt) = self.val(b);
        if at == Ty::Bottom || bt == Ty::Bottom {
            return (self.emit_value("typed.obj.compare", &[av, bv], Ty::Object, vec![attr("op", Attr::str(op))]), Ty::Bottom);
        }
        match op {
            "is" | "is_not" => {
                let x = self.word(av, &at);
                let y = self.word(bv, &bt);
                let r = self.emit_value("typed.is", &[x, y], Ty::Bool, vec![]);
                if op == "is_not" {
                    return (self.emit_value("typed.not", &[r], Ty::Bool, vec![]), Ty::Bool);
                }
                (r, Ty::Bool)
            }
            "in" | "not_in" => {
                self.state.heap.share(&[at.clone(), bt.clone()]);
                let x = self.word(av, &at);
                let y = self.word(bv, &bt);
                let r = self.emit_value("typed.obj.contains", &[x, y], Ty::Bool, vec![]);
                if op == "not_in" {
                    return (self.emit_value("typed.not", &[r], Ty::Bool, vec![]), Ty::Bool);
                }
                (r, Ty::Bool)
            }
            _ if at.is_intlike() && bt.is_intlike() => {
                let x = self.to_int(av, &at);
                let y = self.to_int(bv, &bt);
                (self.emit_value("typed.int.cmp", &[x, y], Ty::Bool, vec![attr("op", Attr::str(op))]), Ty::Bool)
            }
            _ if at == Ty::Float && bt == Ty::Float => (self.emit_value("typed.float.cmp", &[av, bv], Ty::Bool, vec![attr("op", Attr::str(op))]), Ty::Bool),
            _ => {
                self.state.heap.share(&[at.clone(), bt.clone()]);
                let x = self.word(av, &at);
                let y = self.word(bv, &bt);
                if truth_only || (at.is_builtin_value() && bt.is_builtin_value()) {
                    (self.emit_value("typed.obj.compare_bool", &[x, y], Ty::Bool, vec![attr("op", Attr::str(op))]), Ty::Bool)
                } else {
                    (self.emit_value("typed.obj.compare", &[x, y], Ty::Object, vec![attr("op", Attr::str(op))]), Ty::Object)
                }
            }
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    fn emit_call(&mut self, op: OpId) {
        let operands = self.py.op(op).operands.clone();
        let result = self.py.op(op).results[0];
        let kwnames: Vec<String> = match self.py.attr(op, "kwnames").and_then(Attr::as_array) {
            Some(a) => a.iter().map(|x| x.as_str().unwrap_or("").to_string()).collect(),
            None => vec![String::new(); operands.len() - 1],
        };
        let args = &operands[1..];
        let has_star = kwnames.iter().any(|k| k == "*" || k == "**");
        let npos = kwnames.iter().filter(|k| k.is_empty()).count();
        let callee = self.values.get(&operands[0]).cloned();
        match callee {
            Some(Val::Func(f)) => self.call_function(&f, args, &kwnames, result),
            Some(Val::Class(c)) if !has_star && npos == args.len() && self.construct(&c, args, result) => {}
            Some(Val::Attr(obj, Ty::Instance(c), name)) if !has_star && npos == args.len() && self.call_method(obj, &c, &name, args, result) => {}
            Some(Val::Builtin(name)) if !has_star => {
                if name == "dir" && args.is_empty() {
                    // The names of the current scope: compiled code keeps no namespace to list.
                    let loc = self.py.op(op).loc.clone();
                    self.state.refuse(&loc, "`dir()` without an argument (the names of the current scope)");
                }
                let mut typed: Vec<(Value, Ty)> = args.iter().map(|v| self.val(*v)).collect();
                let mut kwnames = kwnames.clone();
                if name == "super" && typed.is_empty() {
                    // Zero-argument `super()`: the class from the `__class__` cell and the first
                    // argument of the method, as CPython's compiler arranges.
                    typed = self.implicit_super_args();
                    kwnames = vec![String::new(); typed.len()];
                }
                let pos_tys: Vec<Ty> = typed.iter().zip(&kwnames).filter(|(_, k)| k.is_empty()).map(|((_, t), _)| t.clone()).collect();
                let nkw = kwnames.len() - npos;
                if name == "range" && nkw == 0 && (1..=3).contains(&npos) && pos_tys.iter().all(Ty::is_intlike) {
                    self.values.insert(result, Val::Range(typed));
                    let only_iterated = matches!(self.state.uses.get(&result).map(Vec::as_slice), Some([(user, 0)]) if self.py.op(*user).name == "py.for");
                    if !only_iterated {
                        let (v, t) = self.val(result);
                        self.set(result, v, t);
                    }
                    return;
                }
                if name == "len" && nkw == 0 && npos == 1 {
                    let w = self.word(typed[0].0, &typed[0].1);
                    let v = self.emit_value("typed.obj.len", &[w], Ty::Int, vec![]);
                    self.set(result, v, Ty::Int);
                    return;
                }
                if let Some((v, t)) = self.container_builtin(op, &name, &typed, &kwnames) {
                    self.set(result, v, t);
                    return;
                }
                let rt = if typed.iter().any(|(_, t)| *t == Ty::Bottom) { Ty::Bottom } else { builtin_result(&name, &pos_tys, nkw) };
                let f = self.emit_value("typed.builtin", &[], Ty::Object, vec![attr("name", Attr::str(&name))]);
                let mut ops = vec![f];
                ops.extend(typed.iter().map(|(v, t)| self.boxed(*v, t)).collect::<Vec<_>>());
                let (v, t) = self.from_word("typed.obj.call", &ops, rt, vec![attr("kwnames", Attr::str_array(&kwnames))]);
                self.set(result, v, t);
            }
            Some(Val::Attr(obj, ot, name)) if !has_star => {
                let typed: Vec<(Value, Ty)> = args.iter().map(|v| self.val(*v)).collect();
                if let Some((v, t)) = self.container_method(op, (obj, ot.clone()), &name, &typed, &kwnames) {
                    self.set(result, v, t);
                    return;
                }
                if ot == Ty::Object && kwnames.iter().all(String::is_empty) {
                    if let Some((v, t)) = self.guarded_method_call(obj, &name, &typed) {
                        self.set(result, v, t);
                        return;
                    }
                }
                self.note_dynamic_name(&ot, &name);
                let o = self.boxed(obj, &ot);
                let mut ops = vec![o];
                ops.extend(typed.iter().map(|(v, t)| self.boxed(*v, t)).collect::<Vec<_>>());
                let rt = if ot == Ty::Bottom { Ty::Bottom } else { method_result(&ot, &name) };
                let (v, t) = self.from_word("typed.obj.call_method", &ops, rt, vec![attr("name", Attr::str(&name)), attr("kwnames", Attr::str_array(&kwnames))]);
                self.set(result, v, t);
            }
            Some(Val::Attr(obj, ot, name)) => {
                self.note_dynamic_name(&ot, &name);
                let o = self.boxed(obj, &ot);
                let mut ops = vec![o];
                for v in args {
                    let b = self.boxed_val(*v);
                    ops.push(b);
                }
                let rt = if ot == Ty::Bottom { Ty::Bottom } else { method_result(&ot, &name) };
                let (v, t) = self.from_word("typed.obj.call_method", &ops, rt, vec![attr("name", Attr::str(&name)), attr("kwnames", Attr::str_array(&kwnames))]);
                self.set(result, v, t);
            }
            _ => {
                let mut ops = vec![self.boxed_val(operands[0])];
                for v in args {
                    let b = self.boxed_val(*v);
                    ops.push(b);
                }
                let v = self.emit_value("typed.obj.call", &ops, Ty::Object, vec![attr("kwnames", Attr::str_array(&kwnames))]);
                self.set(result, v, Ty::Object);
            }
        }
    }

    /// A direct call of a module-level function: arguments are matched to parameters at
    /// compile time (defaults come from the globals the `def` filled), then the instance for
    /// the argument types is called.
    fn call_function(&mut self, f: &str, args: &[Value], kwnames: &[String], result: Value) {
        let def = self.state.funcs[f].clone();
        let nparams = def.params.len();
        let mut slots: Vec<Option<(Value, Ty)>> = vec![None; nparams];
        let posonly = self.py.attr(def.op, "arg_kinds").and_then(Attr::as_array).map_or(0, |ks| ks.iter().filter(|k| k.as_str() == Some("posonly")).count());
        // A call whose binding is not decided here (`*`/`**` arguments) or that raises
        // TypeError goes through the function object.
        let mut dynamic = false;
        let mut npos = 0;
        for (v, k) in args.iter().zip(kwnames) {
            let tv = self.val(*v);
            if k == "*" || k == "**" {
                dynamic = true;
            } else if k.is_empty() {
                if npos < nparams {
                    slots[npos] = Some(tv);
                } else {
                    dynamic = true;
                }
                npos += 1;
            } else {
                match def.params.iter().position(|p| p == k) {
                    Some(i) if slots[i].is_none() && i >= posonly => slots[i] = Some(tv),
                    _ => dynamic = true,
                }
            }
        }
        let first_default = nparams - def.default_globals.len();
        let mut missing = Vec::new();
        for i in 0..nparams {
            if slots[i].is_none() {
                if i >= first_default {
                    let g = &def.default_globals[i - first_default];
                    let t = self.state.global(g).or_object();
                    let v = self.emit_value("typed.load_global", &[], t.clone(), vec![attr("name", Attr::str(g))]);
                    slots[i] = Some((v, t));
                } else {
                    missing.push(def.params[i].clone());
                }
            }
        }
        dynamic |= !missing.is_empty();
        if dynamic {
            // `*`/`**` arguments, or a call that raises TypeError: through the function object,
            // whose binding does what CPython does.
            let mut ops = vec![self.function_object(f)];
            for v in args {
                ops.push(self.boxed_val(*v));
            }
            let v = self.emit_value("typed.obj.call", &ops, Ty::Object, vec![attr("kwnames", Attr::str_array(kwnames))]);
            self.set(result, v, Ty::Object);
            return;
        }
        let vals: Vec<(Value, Ty)> = slots.into_iter().flatten().collect();
        if vals.iter().any(|(_, t)| *t == Ty::Bottom) {
            // An argument type is not known yet: no instance until it is.
            let v = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
            self.set(result, v, Ty::Bottom);
            return;
        }
        let tys: Vec<Ty> = vals.iter().map(|(_, t)| t.or_object()).collect();
        let callee = self.state.instance(f, tys.clone());
        let sym = self.state.instances[callee].sym.clone();
        let ret = self.state.ret(callee);
        let ops: Vec<Value> = vals.iter().zip(&tys).map(|((v, t), want)| self.coerce(*v, t, want)).collect();
        let rt = ret.or_object();
        let v = self.emit_value("typed.call", &ops, rt.clone(), vec![attr("callee", Attr::Symbol(sym)), attr("py_name", Attr::str(f))]);
        self.set(result, v, if ret == Ty::Bottom { Ty::Bottom } else { rt });
    }
}


/// The signature spec of a generator expression: one parameter, the iterator `.0`.
fn genexp_spec(py: &Module, op: OpId) -> String {
    format!("<genexpr>\n{}\n1 0 0 0 0\n.0", py.str_attr(op, "qualname").unwrap_or("<genexpr>"))
}

/// The signature spec of a `def` or `lambda` for `rt_code_const`: name, qualname,
/// `argcount posonly kwonly varargs varkw`, then the parameter names in source order.
fn code_spec(py: &Module, op: OpId) -> String {
    let kinds: Vec<&str> = py.attr(op, "arg_kinds").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(Attr::as_str).collect();
    let names: Vec<&str> = py.attr(op, "arg_names").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(Attr::as_str).collect();
    let count = |k: &[&str]| kinds.iter().filter(|x| k.contains(x)).count();
    let mut spec = format!(
        "{}\n{}\n{} {} {} {} {}",
        py.str_attr(op, "sym_name").unwrap_or("<lambda>"),
        py.str_attr(op, "qualname").unwrap_or("<lambda>"),
        count(&["pos", "posonly"]),
        count(&["posonly"]),
        count(&["kwonly"]),
        count(&["vararg"]),
        count(&["kwarg"])
    );
    for n in names {
        spec.push('\n');
        spec.push_str(n);
    }
    spec
}

/// Builtin types CPython lets a class derive from and the runtime cannot yet (it can `object`,
/// `tuple`, `list`, `dict`, `set`, `frozenset`, `str`, `float` and the exception classes; `bool`, `range`,
/// `slice` are no acceptable base types at all).
const UNSUBCLASSABLE_BUILTINS: &[&str] = &[
    "int", "complex", "bytes", "bytearray", "type", "property",
    "staticmethod", "classmethod", "super", "enumerate", "zip", "map", "filter", "reversed",
];

/// Python's `a // b` (rounding toward negative infinity); None when it overflows.
fn floor_div(a: i128, b: i128) -> Option<i128> {
    let q = a.checked_div(b)?;
    Some(if a % b != 0 && (a < 0) != (b < 0) { q - 1 } else { q })
}

/// `a <op> b` for int constants as CPython's compiler folds it: None when it does not (the
/// operation fails, or its result could exceed 128 bits: `MAX_INT_SIZE` and `safe_multiply`,
/// `safe_power`, `safe_lshift` in CPython's `ast_opt.c`), or when the result is not an int.
fn cpython_fold_int(op: &str, a: i128, b: i128) -> Option<i128> {
    const MAX_INT_SIZE: u32 = 128;
    let bits = |v: i128| 128 - v.unsigned_abs().leading_zeros();
    match op {
        "add" => a.checked_add(b),
        "sub" => a.checked_sub(b),
        "and" => Some(a & b),
        "or" => Some(a | b),
        "xor" => Some(a ^ b),
        "mul" if a == 0 || b == 0 || bits(a) + bits(b) <= MAX_INT_SIZE => a.checked_mul(b),
        "floordiv" if b != 0 => floor_div(a, b),
        "mod" if b != 0 => a.checked_sub(b.checked_mul(floor_div(a, b)?)?),
        "pow" if b >= 0 && (a == 0 || b == 0 || bits(a) <= MAX_INT_SIZE / u32::try_from(b).unwrap_or(u32::MAX)) => a.checked_pow(u32::try_from(b).ok()?),
        "lshift" if b >= 0 && (a == 0 || b == 0 || (b <= i128::from(MAX_INT_SIZE) && bits(a) <= MAX_INT_SIZE - b as u32)) => a.checked_shl(u32::try_from(b).ok()?).filter(|r| r >> b == a),
        "rshift" if b >= 0 => Some(a >> b.min(127)),
        _ => None,
    }
}
