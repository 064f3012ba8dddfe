//! Instances of known classes in the walker (see `infer/classes.rs`): `C(args)` allocates the
//! instance and calls its `__init__` directly, `obj.f` on a field is a read of its slot,
//! `obj.f = v` a store joining `v`'s type into the field, and `obj.m(args)` a direct call of
//! the method found along the MRO at compile time, monomorphised like module functions.

use super::{FnEmitter, Val};
use crate::infer::types::Ty;
use crate::infer::DefKind;
use metal0_dialects::{Attr, OpId, Value, attr};

/// Whether field `index` of type `t` is kept as an unboxed f64 (see `runtime/src/instances.rs`).
pub(super) fn unboxed_field(index: usize, t: &Ty) -> bool {
    *t == Ty::Float && index < 64
}

/// The attributes of `typed.field.get/set` on field `index` named `name` of type `t`, with
/// `bound` when the op need not check or mark the field bound.
fn field_attrs(name: &str, index: usize, t: &Ty, bound: bool) -> Vec<(String, Attr)> {
    let mut attrs = vec![attr("name", Attr::str(name)), attr("index", Attr::i64(index as i64))];
    if unboxed_field(index, t) {
        attrs.push(attr("unboxed", Attr::Unit));
    }
    if bound {
        attrs.push(attr("bound", Attr::Unit));
    }
    attrs
}

impl FnEmitter<'_> {
    /// The object of known class `c` (its global); with `escapes`, the class is used as a
    /// value, so dynamic code may call its methods with its instances.
    pub(super) fn class_object(&mut self, c: &str, escapes: bool) -> Value {
        if escapes {
            self.state.heap.escape_instance(c);
            if !self.state.final_pass && self.state.escaped_classes.insert(c.to_string()) {
                self.state.changed = true;
            }
        }
        self.emit_value("typed.load_global", &[], Ty::Object, vec![attr("name", Attr::str(c))])
    }

    /// Known class `c`'s object for an exact-class test (`typed.instance.is`): 0 while its
    /// `class` statement has not run (then nothing is an instance of it), never NameError.
    pub(super) fn class_for_test(&mut self, c: &str) -> Value {
        self.emit_value("typed.load_global", &[], Ty::Object, vec![attr("name", Attr::str(c)), attr("unbound_ok", Attr::Unit)])
    }

    /// Whether `name` is a field of instances of `c`: not bound by a class of its MRO.
    fn field_name(&self, c: &str, name: &str) -> bool {
        !name.starts_with("__") && self.state.classes[c].owner(&self.state.classes, name).is_none()
    }

    /// Whether field `name` is bound in every instance of known class `c` (see
    /// `classes::init_prefix`), `__init__` being what the class statement made it.
    fn bound_at_init(&self, c: &str, name: &str) -> bool {
        self.state.classes[c].bound_at_init.contains(name) && !self.state.dynamic_attrs.contains("__init__")
    }

    /// `obj.name` on an instance of known class `c`, used as a value.
    pub(super) fn instance_getattr(&mut self, obj: Value, c: &str, name: &str) -> (Value, Ty) {
        if self.field_name(c, name) {
            if let Some((index, t)) = self.state.heap.field(c, name) {
                // Strict in Bottom: a field only ever stored unknown values is unknown yet.
                let known = if t == Ty::Bottom && !self.state.final_pass { Ty::Bottom } else { t.or_object() };
                let t = if self.state.dynamic_attrs.contains(name) { Ty::Object } else { t.or_object() };
                let attrs = field_attrs(name, index, &t, self.bound_at_init(c, name));
                let v = self.emit_value("typed.field.get", &[obj], t.clone(), attrs);
                return (v, if self.state.dynamic_attrs.contains(name) { Ty::Object } else { known });
            }
            if !self.state.final_pass {
                // No store seen yet: unknown until one is.
                return (self.emit_value("typed.const_none", &[], Ty::None, vec![]), Ty::Bottom);
            }
        }
        // A class attribute or method (a bound method holds the instance: it escapes), or a
        // field never stored (AttributeError).
        let o = self.boxed(obj, &Ty::Instance(c.to_string()));
        let v = self.emit_value("typed.obj.getattr", &[o], Ty::Object, vec![attr("name", Attr::str(name))]);
        (v, Ty::Object)
    }

    /// `obj.name = v` on an instance of a known class; false for other receivers.
    pub(super) fn setattr_known(&mut self, op: OpId) -> bool {
        let operands = self.py.op(op).operands.clone();
        let (o, ot) = self.val(operands[0]);
        let Ty::Instance(c) = ot else { return false };
        let name = self.str_attr(op, "name");
        let (v, vt) = self.val(operands[1]);
        if !self.field_name(&c, &name) {
            // Stored in the instance dict: it now shadows the class's binding.
            if self.state.dynamic_attrs.insert(name.clone()) {
                self.state.changed = true;
            }
            let v = self.boxed(v, &vt);
            self.emit_op("typed.obj.setattr", &[o, v], None, vec![attr("name", Attr::str(&name))]);
            return true;
        }
        let t = if self.state.dynamic_attrs.contains(&name) { Ty::Object } else { vt.clone() };
        self.state.heap.join_field(&c, &name, &t);
        if let Some((index, ft)) = self.state.heap.field(&c, &name) {
            let ft = if self.state.dynamic_attrs.contains(&name) { Ty::Object } else { ft.or_object() };
            let v = self.coerce(v, &vt, &ft);
            let bound = self.bound_at_init(&c, &name) && !self.state.init_stores.contains(&op);
            self.emit_op("typed.field.set", &[o, v], None, field_attrs(&name, index, &ft, bound));
        }
        true
    }

    /// A store or `del` of an attribute through a receiver of unknown type may reach the
    /// field of that name of any instance: the name becomes dynamic, unless the receiver is
    /// `self` in the dynamic version of a method of a known class that nothing dynamic can
    /// call with such an instance yet.
    pub(super) fn dynamic_attr(&mut self, op: OpId) {
        let recv = self.py.op(op).operands[0];
        // Strict in Bottom: a receiver whose type is not known yet decides nothing (once
        // inference settles, what is still unknown is `object` and is seen here then).
        if matches!(self.values.get(&recv), Some(Val::V(_, Ty::Instance(_) | Ty::Bottom))) || self.unescaped_method_self(recv) {
            return;
        }
        let name = self.str_attr(op, "name");
        if self.state.dynamic_attrs.insert(name) {
            self.state.changed = true;
        }
    }

    /// Whether py value `recv` is the never-rebound `self` of the dynamic version of a method
    /// of a known class none of whose instances (nor those of its known subclasses) escaped.
    fn unescaped_method_self(&self, recv: Value) -> bool {
        let Some(f) = &self.state.instances[self.inst].func else { return false };
        let def = &self.state.funcs[f];
        if def.kind != DefKind::Generic {
            return false;
        }
        let Some(cls) = self.py.parent_op(def.op) else { return false };
        let Some((c, _)) = self.state.classes.iter().find(|(_, k)| k.op == cls) else { return false };
        let Some(this) = def.params.first() else { return false };
        let is_self = self.py.defining_op(recv).is_some_and(|d| self.py.op(d).name == "py.load_local" && self.py.str_attr(d, "name") == Some(this.as_str()));
        let mut ops = Vec::new();
        self.py.walk_from(def.op, &mut ops);
        let rebinds = ops.iter().filter(|&&o| matches!(self.py.op(o).name.as_str(), "py.store_local" | "py.delete_local") && self.py.str_attr(o, "name") == Some(this.as_str())).count();
        let escaped = self.state.classes.iter().any(|(k, kc)| kc.mro.contains(c) && self.state.heap.instances.get(k).is_some_and(|i| i.escaped));
        // The dynamic version dispatches the instances of known classes to their typed
        // versions on entry (`typed_method_dispatch`): its own code only ever sees other
        // receivers, whose attributes are not fields of known classes.
        let _ = escaped;
        is_self && rebinds <= 1
    }

    /// `obj.name(args)` on an object of unknown type, when `name` is a directly callable
    /// method of exactly one known class: the direct call of its typed version when `obj` is
    /// an instance of exactly that class, else the dynamic call (an inline cache decided at
    /// compile time).
    pub(super) fn guarded_method_call(&mut self, obj: Value, name: &str, args: &[(Value, Ty)]) -> Option<(Value, Ty)> {
        let mut owners: Vec<String> = self.state.classes.keys().filter(|k| self.direct_method(k, name).is_some()).cloned().collect();
        if owners.len() != 1 || self.state.dynamic_attrs.contains(name) {
            return None;
        }
        let k = owners.pop()?;
        let key = self.direct_method(&k, name)?;
        if self.state.funcs[&key].params.len() != args.len() + 1 || args.iter().any(|(_, t)| *t == Ty::Bottom) {
            return None;
        }
        let cls = self.class_for_test(&k);
        let is_k = self.emit_value("typed.instance.is", &[obj, cls], Ty::Bool, vec![attr("class", Attr::str(&k))]);
        // Typed: the direct call, its result as an object.
        let (then, saved, st) = self.enter_block(&[]);
        let t = Ty::Instance(k.clone());
        let typed = self.emit_value("typed.instance.cast", &[obj], t.clone(), vec![attr("class", Attr::str(&k))]);
        let mut vals = vec![(typed, t)];
        vals.extend(args.iter().cloned());
        let (v, vt) = self.direct_call(&key, vals)?;
        let w = self.coerce(v, &vt, &Ty::Object);
        self.emit_op("typed.result", &[w], None, vec![]);
        self.leave_block(saved, st);
        // Otherwise the dynamic call.
        let (els, saved, st) = self.enter_block(&[]);
        self.note_dynamic_name(&Ty::Object, name);
        let mut ops = vec![obj];
        ops.extend(args.iter().map(|(v, t)| self.boxed(*v, t)).collect::<Vec<_>>());
        let kw = Attr::str_array(&vec![""; args.len()]);
        let r = self.emit_value("typed.obj.call_method", &ops, Ty::Object, vec![attr("name", Attr::str(name)), attr("kwnames", kw)]);
        self.emit_op("typed.result", &[r], None, vec![]);
        self.leave_block(saved, st);
        let o = self.emit_op("typed.ifexp", &[is_k], Some(&Ty::Object), vec![]);
        self.attach(o, &[then, els]);
        Some((self.out.op(o).results[0], Ty::Object))
    }

    /// Records that attribute `name` is read or called through a receiver of type `t`, which
    /// is not known to be an instance of a known class.
    pub(super) fn note_dynamic_name(&mut self, t: &Ty, name: &str) {
        if matches!(t, Ty::Instance(_) | Ty::Bottom) || self.state.final_pass {
            return;
        }
        if self.state.dynamic_names.insert(name.to_string()) {
            self.state.changed = true;
        }
    }

    /// Whether the dynamic version of method `name` of known class `owner` may run with an
    /// instance of a known class: one of the classes calling it escaped (the class object or
    /// an instance), and the name is a special method (the runtime calls those on its own)
    /// or is read or called through a receiver of unknown type somewhere. Otherwise only
    /// other receivers reach it (a known class's instances call their methods directly).
    pub(super) fn dynamically_reachable(&self, owner: &str, name: &str) -> bool {
        let callers: Vec<&String> = self.state.classes.iter().filter(|(_, kc)| kc.mro.iter().any(|c| c == owner)).map(|(k, _)| k).collect();
        // Through the class object (`C.m(x)`, `C(...)` running `__init__`), any method.
        if callers.iter().any(|k| self.state.escaped_classes.contains(*k)) {
            return true;
        }
        // Through an escaped instance: the special methods the runtime calls on its own
        // (all but `__init__`, which only the class runs), and names used dynamically.
        let special = name.starts_with("__") && name.ends_with("__") && name != "__init__";
        let named = special || self.state.dynamic_names.contains(name);
        named && callers.iter().any(|k| self.state.heap.instances.get(*k).is_some_and(|i| i.escaped))
    }

    /// The known class and method name when `def` is the dynamic version of a directly
    /// callable method of a known class.
    pub(super) fn method_of_known_class(&self, def: &crate::infer::FuncDef) -> Option<(String, String)> {
        if def.kind != DefKind::Generic || def.generator {
            return None;
        }
        let cls = self.py.parent_op(def.op)?;
        let name = self.py.str_attr(def.op, "sym_name")?.to_string();
        let (owner, k) = self.state.classes.iter().find(|(_, k)| k.op == cls)?;
        (k.methods.get(&name) == Some(&def.op)).then(|| (owner.clone(), name))
    }

    /// In the dynamic version of method `name` of known class `owner`: for each known class
    /// whose instances call this very method (the class and its known subclasses that do not
    /// override it), when `self` is exactly such an instance, returns the direct call of the
    /// typed version for that class; other receivers fall through to the dynamic body.
    pub(super) fn typed_method_dispatch(&mut self, owner: &str, name: &str, args: &[(Value, Ty)]) {
        if self.state.dynamic_attrs.contains(name) || args.is_empty() {
            return;
        }
        let mut targets: Vec<String> = self
            .state
            .classes
            .iter()
            .filter(|(_, k)| k.mro.iter().any(|c| c == owner))
            .filter(|(k, _)| self.direct_method(k, name).as_deref() == Some(&format!("{owner}.{name}")))
            .map(|(k, _)| k.clone())
            .collect();
        targets.sort();
        let key = format!("{owner}.{name}");
        if self.state.funcs.get(&key).is_none_or(|d| d.params.len() != args.len()) {
            return;
        }
        let this = self.boxed(args[0].0, &args[0].1);
        for k in targets {
            let cls = self.class_for_test(&k);
            let is_k = self.emit_value("typed.instance.is", &[this, cls], Ty::Bool, vec![attr("class", Attr::str(&k))]);
            let (then, saved, st) = self.enter_block(&[]);
            let t = Ty::Instance(k.clone());
            let typed = self.emit_value("typed.instance.cast", &[this], t.clone(), vec![attr("class", Attr::str(&k))]);
            let mut vals = vec![(typed, t)];
            vals.extend(args[1..].iter().cloned());
            match self.direct_call(&key, vals) {
                Some((v, vt)) => {
                    self.state.join_ret(self.inst, &vt);
                    let rt = self.state.ret(self.inst).or_object();
                    let v = self.coerce(v, &vt, &rt);
                    self.emit_op("typed.return", &[v], None, vec![]);
                }
                None => {
                    // An argument type is not known yet: nothing to return until it is.
                    let none = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
                    let rt = self.state.ret(self.inst).or_object();
                    let w = self.coerce(none, &Ty::None, &rt);
                    self.emit_op("typed.return", &[w], None, vec![]);
                }
            }
            self.leave_block(saved, st);
            let (els, saved, st) = self.enter_block(&[]);
            self.leave_block(saved, st);
            let o = self.emit_op("typed.if", &[is_k], None, vec![]);
            self.attach(o, &[then, els]);
        }
    }

    /// The typed arguments of a direct call of method `key` (self first), or None when the
    /// call does not bind exactly (it then goes through the dynamic path, which raises).
    fn method_args(&mut self, key: &str, this: (Value, Ty), args: &[Value]) -> Option<Vec<(Value, Ty)>> {
        if self.state.funcs[key].params.len() != args.len() + 1 {
            return None;
        }
        let mut vals = vec![this];
        vals.extend(args.iter().map(|v| self.val(*v)));
        Some(vals)
    }

    /// Calls method instance `key` for the argument types; the result (or None while an
    /// argument type is unknown).
    fn direct_call(&mut self, key: &str, vals: Vec<(Value, Ty)>) -> Option<(Value, Ty)> {
        if vals.iter().any(|(_, t)| *t == Ty::Bottom) {
            return None;
        }
        let tys: Vec<Ty> = vals.iter().map(|(_, t)| t.or_object()).collect();
        let callee = self.state.instance(key, tys.clone());
        let sym = self.state.instances[callee].sym.clone();
        let ret = self.state.ret(callee);
        let ops: Vec<Value> = vals.iter().zip(&tys).map(|((v, t), want)| self.coerce(*v, t, want)).collect();
        let rt = ret.or_object();
        let v = self.emit_value("typed.call", &ops, rt.clone(), vec![attr("callee", Attr::Symbol(sym)), attr("py_name", Attr::str(key))]);
        Some((v, if ret == Ty::Bottom { Ty::Bottom } else { rt }))
    }

    /// The method of known class `c` that `obj.name(...)` calls directly, by its key.
    fn direct_method(&self, c: &str, name: &str) -> Option<String> {
        let owner = self.state.classes[c].owner(&self.state.classes, name)?;
        let direct = self.state.classes[owner].methods.contains_key(name) && !self.state.dynamic_attrs.contains(name);
        direct.then(|| format!("{owner}.{name}"))
    }

    /// `obj.name(args)` (positional arguments only) on an instance of known class `c`: a
    /// direct call when the method is known; false to go through the dynamic path.
    pub(super) fn call_method(&mut self, obj: Value, c: &str, name: &str, args: &[Value], result: Value) -> bool {
        let Some(key) = self.direct_method(c, name) else { return false };
        let Some(vals) = self.method_args(&key, (obj, Ty::Instance(c.to_string())), args) else { return false };
        let (v, t) = self.direct_call(&key, vals).unwrap_or_else(|| (self.emit_value("typed.const_none", &[], Ty::None, vec![]), Ty::Bottom));
        self.set(result, v, t);
        true
    }

    /// `C(args)` (positional arguments only) of known class `c`: a new instance and a direct
    /// call of its `__init__`; false to go through the class object (when `__init__` is not a
    /// plain method, the call does not bind, or `__init__` may return something else than
    /// None, which raises TypeError).
    pub(super) fn construct(&mut self, c: &str, args: &[Value], result: Value) -> bool {
        let init = self.direct_method(c, "__init__");
        let has_init = self.state.classes[c].owner(&self.state.classes, "__init__").is_some();
        if (has_init && init.is_none()) || (!has_init && !args.is_empty()) {
            return false;
        }
        if let Some(key) = &init {
            if self.state.funcs[key].params.len() != args.len() + 1 {
                return false;
            }
            let callee_ret = self.state.instances.iter().filter(|i| i.func.as_deref() == Some(key.as_str())).map(|i| self.state.heap.canon(&i.ret)).find(|t| !matches!(t, Ty::None | Ty::Bottom));
            if callee_ret.is_some() {
                return false;
            }
        }
        let cls = self.class_object(c, false);
        let t = Ty::Instance(c.to_string());
        let obj = self.emit_value("typed.instance.new", &[cls], t.clone(), vec![attr("class", Attr::str(c))]);
        if let Some(key) = init {
            let vals = self.method_args(&key, (obj, t.clone()), args).unwrap_or_default();
            self.direct_call(&key, vals);
        }
        self.set(result, obj, t);
        true
    }
}
