//! Instances of known classes in the walker (see `infer/classes.rs`): `C(args)` allocates the
//! instance and calls its `__init__` directly, `obj.f` on a field is a read of its slot,
//! `obj.f = v` a store joining `v`'s type into the field, and `obj.m(args)` a direct call of
//! the method found along the MRO at compile time, monomorphised like module functions.

use super::{FnEmitter, Val};
use crate::infer::types::Ty;
use crate::infer::DefKind;
use metal0_dialects::{Attr, OpId, Value, attr};

impl FnEmitter<'_> {
    /// The object of known class `c` (its global); with `escapes`, the class is used as a
    /// value, so dynamic code may call its methods with its instances.
    pub(super) fn class_object(&mut self, c: &str, escapes: bool) -> Value {
        if escapes {
            self.state.heap.escape_instance(c);
        }
        self.emit_value("typed.load_global", &[], Ty::Object, vec![attr("name", Attr::str(c))])
    }

    /// Whether `name` is a field of instances of `c`: not bound by a class of its MRO.
    fn field_name(&self, c: &str, name: &str) -> bool {
        !name.starts_with("__") && self.state.classes[c].owner(&self.state.classes, name).is_none()
    }

    /// `obj.name` on an instance of known class `c`, used as a value.
    pub(super) fn instance_getattr(&mut self, obj: Value, c: &str, name: &str) -> (Value, Ty) {
        if self.field_name(c, name) {
            if let Some((index, t)) = self.state.heap.field(c, name) {
                let t = if self.state.dynamic_attrs.contains(name) { Ty::Object } else { t.or_object() };
                let attrs = vec![attr("name", Attr::str(name)), attr("index", Attr::i64(index as i64))];
                let v = self.emit_value("typed.field.get", &[obj], t.clone(), attrs);
                return (v, t);
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
            self.emit_op("typed.field.set", &[o, v], None, vec![attr("name", Attr::str(&name)), attr("index", Attr::i64(index as i64))]);
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
        is_self && rebinds <= 1 && !escaped
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
