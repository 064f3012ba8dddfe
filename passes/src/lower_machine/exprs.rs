//! Values: representation changes (boxing, unboxing, truthiness), constants, and variables
//! (locals, globals, builtins).

use super::FuncLowering;
use super::refcount::{RcKind, rc_of};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, OpId, Type, Value};

/// Smallest and largest values of a small int.
pub(super) const SMALL_MIN: i64 = -(1 << 62);
pub(super) const SMALL_MAX: i64 = (1 << 62) - 1;

/// The reference counting of a global slot's content (floats and bools are boxed there).
fn slot_rc(t: &Type) -> Option<RcKind> {
    if t.is("typed", "none") || t.is("typed", "func") {
        None
    } else if t.is("typed", "int") {
        Some(RcKind::Int)
    } else if t.is("typed", "object") {
        Some(RcKind::Any)
    } else {
        Some(RcKind::Obj)
    }
}

impl FuncLowering<'_> {
    // ---- representation changes --------------------------------------------------------------

    /// Typed value `src` as representation `want`. With `owned`, a word result is a new
    /// reference the caller keeps (moved from the temporary when possible); otherwise it is
    /// borrowed (a box made here is dropped at the end of the op).
    pub(super) fn operand_as(&mut self, src: Value, want: Repr, owned: bool) -> Value {
        let from = self.repr(src);
        if from == want {
            return if owned && want == Repr::Word { self.consume(src) } else { self.mv(src) };
        }
        if from == Repr::F64
            && want == Repr::Word
            && let Some(w) = self.shadow_word(src, owned)
        {
            return w;
        }
        if want == Repr::Bool {
            return self.truthy(src);
        }
        let v = self.mv(src);
        self.convert(v, from, want, owned)
    }

    /// A new reference to `src` as `want`, leaving its temporary alone.
    pub(super) fn operand_owned_copy(&mut self, src: Value, want: Repr) -> Value {
        if self.repr(src) == want && want == Repr::Word {
            let v = self.mv(src);
            if let Some(rc) = rc_of(&self.ty(src)) {
                self.incref(v, rc);
            }
            v
        } else {
            self.operand_as(src, want, true)
        }
    }

    pub(super) fn convert(&mut self, v: Value, from: Repr, want: Repr, owned: bool) -> Value {
        match (from, want) {
            (Repr::F64, Repr::Word) => {
                let b = self.rt_checked_val("rt_float_box", &[v]);
                if !owned {
                    self.hold(b, RcKind::Obj);
                }
                b
            }
            (Repr::Bool, Repr::Word) => {
                let z = self.zext(v, Type::Int(32));
                self.rt_val("rt_bool_box", &[z])
            }
            (Repr::Word, Repr::F64) => self.rt_checked_val("rt_float_unbox", &[v]),
            (Repr::Word, Repr::Bool) => {
                let t = self.rt_checked_val("rt_truthy", &[v]);
                self.icmp_imm("ne", t, 0)
            }
            (Repr::F64, Repr::Bool) => {
                let z = self.fconst(0.0);
                self.fcmp("ne", v, z)
            }
            (Repr::Bool, Repr::F64) => {
                let z = self.zext(v, Type::Int(64));
                self.sitofp(z)
            }
            _ => v,
        }
    }

    /// Records an owned word returned by the runtime as typed result `src`, unboxing it when
    /// the result type is unboxed.
    pub(super) fn produce_word(&mut self, src: Value, w: Value) {
        match self.repr(src) {
            Repr::Word => self.produce(src, w),
            r => {
                self.hold(w, RcKind::Obj);
                let v = self.convert(w, Repr::Word, r, false);
                self.values.insert(src, v);
            }
        }
    }

    /// Records a value of the result's representation.
    pub(super) fn produce_as(&mut self, src: Value, v: Value, from: Repr) {
        let want = self.repr(src);
        if from == want {
            if want == Repr::Word {
                self.produce(src, v);
            } else {
                self.values.insert(src, v);
            }
        } else if from == Repr::Word {
            self.produce_word(src, v);
        } else {
            let w = self.convert(v, from, want, true);
            if want == Repr::Word {
                self.produce(src, w);
            } else {
                self.values.insert(src, w);
            }
        }
    }

    // ---- constants -------------------------------------------------------------------------

    pub(super) fn lower_const(&mut self, op: OpId) {
        let r = self.result(op);
        let value = self.src.attr(op, "value").cloned();
        match self.src.op(op).name.as_str() {
            "typed.const_int" => {
                let small = match &value {
                    Some(Attr::Int(v, _)) => Some(*v),
                    Some(a) => a.as_str().and_then(|s| s.parse::<i64>().ok()),
                    None => Some(0),
                }
                .filter(|v| (SMALL_MIN..=SMALL_MAX).contains(v));
                match small {
                    // Small ints are immortal: no temporary.
                    Some(v) => {
                        let w = self.i64c((v << 1) | 1);
                        self.values.insert(r, w);
                    }
                    None => {
                        let digits = match &value {
                            Some(Attr::Int(v, _)) => v.to_string(),
                            Some(a) => a.as_str().unwrap_or("0").to_string(),
                            None => "0".to_string(),
                        };
                        // Borrowed from its cache slot.
                        let w = self.cached_const("int", "rt_int_const", digits.as_bytes());
                        self.values.insert(r, w);
                    }
                }
            }
            "typed.const_float" => {
                let f = value.as_ref().and_then(Attr::as_float).or_else(|| value.as_ref().and_then(Attr::as_int).map(|i| i as f64)).unwrap_or(0.0);
                let v = self.fconst(f);
                self.produce_as(r, v, Repr::F64);
                if self.repr(r) == Repr::F64 {
                    self.shadow_const(r, f, v);
                }
            }
            "typed.const_bool" => {
                let b = value.as_ref().and_then(|a| a.as_bool().or_else(|| a.as_int().map(|i| i != 0))).unwrap_or(false);
                let v = self.i1c(b);
                self.produce_as(r, v, Repr::Bool);
            }
            "typed.const_str" | "typed.const_bytes" => {
                let bytes = value.as_ref().and_then(Attr::as_bytes).unwrap_or(&[]).to_vec();
                let w = if self.src.op(op).name == "typed.const_str" {
                    self.cached_const("str", "rt_str_const", &bytes)
                } else {
                    self.cached_const("bytes", "rt_bytes_const", &bytes)
                };
                // Borrowed from its cache slot.
                self.values.insert(r, w);
            }
            _ => {
                let w = self.none_word();
                self.produce_word(r, w);
            }
        }
    }

    /// A constant object cached in a slot, borrowed: the slot keeps it alive for the whole run
    /// (constants are immortal). The slot is read inline; `f(slot, bytes, len)`
    /// (`rt_{str,bytes,int}_const`) creates the object and fills the slot on first use, on a
    /// cold path (checked).
    pub(super) fn cached_const(&mut self, kind: &'static str, f: &'static str, bytes: &[u8]) -> Value {
        let slot = self.ms.slot_sym(kind, bytes, false);
        let bytes = bytes.to_vec();
        self.slot_cached(&slot, move |s, slot| {
            let (p, n) = s.bytes_ref(&bytes);
            s.rt_checked_val(f, &[slot, p, n])
        })
    }

    /// The word cached in module slot `slot`, borrowed (the slot holds it for the whole run):
    /// read inline, or made by `make(slot address)` on first use, on a cold path (`make`
    /// fills the slot and returns a word the slot keeps alive).
    pub(super) fn slot_cached(&mut self, slot: &str, make: impl FnOnce(&mut Self, Value) -> Value) -> Value {
        let s = self.addr(slot);
        let var = self.new_var(Type::Int(64));
        let cached = self.load(s, Type::Int(64), 0);
        self.set(var, cached);
        let missing = self.icmp_imm("eq", cached, 0);
        let (cold, join) = (self.new_block(), self.new_block());
        self.cond_br(missing, cold, join);
        self.enter_cold(cold);
        let w = make(self, s);
        self.set(var, w);
        self.br(join);
        self.enter(join);
        self.get(var)
    }

    /// `None`, borrowed (immortal): `rt_none()` once, then from a cache slot.
    pub(super) fn none_word(&mut self) -> Value {
        let slot = self.ms.slot_sym("const", b"None", true);
        self.slot_cached(&slot, |s, slot| {
            let w = s.rt_val("rt_none", &[]);
            s.store(w, slot, 0);
            w
        })
    }

    /// A str object for `text` (borrowed from its cache slot).
    pub(super) fn str_obj(&mut self, text: &str) -> Value {
        self.cached_const("str", "rt_str_const", text.as_bytes())
    }

    // ---- locals and globals ------------------------------------------------------------------

    pub(super) fn lower_local(&mut self, op: OpId) {
        let name = self.str_attr(op, "name");
        let l = self.local(&name);
        match self.src.op(op).name.as_str() {
            "typed.load_local" => {
                let r = self.result(op);
                // A local known to hold a small int is bound.
                let known_small = if l.bound.is_none() { self.small_locals.get(&name).copied() } else { None };
                let checked = !self.facts.bound_loads.contains(&op) && known_small.is_none();
                match l.bound {
                    None => {
                        let w = self.get(l.slot);
                        if let Some(r) = known_small {
                            self.mark_small(w, r);
                        }
                        if checked {
                            let unbound = self.icmp_imm("eq", w, 0);
                            self.raise_if(unbound, |s| s.raise_unbound_local(&name));
                        }
                        if self.repr(r) == Repr::Word && self.load_is_borrowable(op, false) {
                            self.values.insert(r, w);
                        } else {
                            if let Some(rc) = rc_of(&self.ty(r)) {
                                self.incref(w, rc);
                            }
                            self.produce_as(r, w, Repr::Word);
                        }
                    }
                    Some(bound) => {
                        if checked {
                            let b = self.get(bound);
                            let unbound = self.icmp_imm("eq", b, 0);
                            self.raise_if(unbound, |s| s.raise_unbound_local(&name));
                        }
                        let v = self.get(l.slot);
                        self.produce_as(r, v, l.repr);
                        if l.repr == Repr::F64 && self.repr(r) == Repr::F64 {
                            self.shadow_load_local(op, &name, r, v);
                        }
                    }
                }
            }
            "typed.store_local" => {
                let v = self.operands(op)[0];
                if l.repr == Repr::Word && self.facts.param_stores.contains(&op) {
                    // A borrowed parameter: the local shares the caller's reference.
                    let w = self.mv(v);
                    self.set(l.slot, w);
                    return;
                }
                let nv = self.operand_as(v, l.repr, true);
                // The old value is a small int when known: nothing to drop.
                let old_small = self.small_locals.contains_key(&name);
                match self.small_range(nv) {
                    Some(r) if l.repr == Repr::Word && l.ty.is("typed", "int") => {
                        self.small_locals.insert(name.clone(), r);
                    }
                    _ => {
                        self.small_locals.remove(&name);
                    }
                }
                match l.bound {
                    None if self.facts.fresh_stores.contains(&op) => self.set(l.slot, nv),
                    None => {
                        let old = self.get(l.slot);
                        self.set(l.slot, nv);
                        if let Some(rc) = rc_of(&l.ty)
                            && !old_small
                        {
                            self.decref(old, rc);
                        }
                    }
                    Some(bound) => {
                        self.set(l.slot, nv);
                        let t = self.i1c(true);
                        self.set(bound, t);
                        if l.repr == Repr::F64 && self.repr(v) == Repr::F64 {
                            self.shadow_store_local(&name, v);
                        }
                    }
                }
            }
            _ => match l.bound {
                None => {
                    self.small_locals.remove(&name);
                    let w = self.get(l.slot);
                    let unbound = self.icmp_imm("eq", w, 0);
                    self.raise_if(unbound, |s| s.raise_unbound_local(&name));
                    let z = self.i64c(0);
                    self.set(l.slot, z);
                    if let Some(rc) = rc_of(&l.ty) {
                        self.decref(w, rc);
                    }
                }
                Some(bound) => {
                    let b = self.get(bound);
                    let unbound = self.icmp_imm("eq", b, 0);
                    self.raise_if(unbound, |s| s.raise_unbound_local(&name));
                    let f = self.i1c(false);
                    self.set(bound, f);
                    self.shadow_delete_local(&name);
                }
            },
        }
    }

    pub(super) fn raise_unbound_local(&mut self, name: &str) {
        let (p, n) = self.bytes_ref(name.as_bytes());
        self.rt("rt_raise_unbound_local", &[p, n]);
    }

    pub(super) fn raise_name_error(&mut self, name: &str) {
        let name = python_name(name);
        let (p, n) = self.bytes_ref(name.as_bytes());
        let candidates = self.name_error_candidates();
        let (cp, cn) = self.bytes_ref(&candidates);
        self.rt("rt_raise_name_error", &[p, n, cp, cn]);
    }

    /// The candidates of a NameError suggestion here (see `rt_raise_name_error`): the
    /// function's locals but its cells (CPython's `co_varnames`), NUL, the main module's
    /// globals in binding order; each newline separated.
    fn name_error_candidates(&mut self) -> Vec<u8> {
        if let Some(c) = &self.name_candidates {
            return c.clone();
        }
        let mut ops = Vec::new();
        if let Some(b) = self.fop.and_then(|f| self.src.region_entry(f, 0)) {
            for &o in &self.src.block(b).ops {
                self.src.walk_from(o, &mut ops);
            }
        }
        let cells: std::collections::HashSet<String> = ops
            .iter()
            .filter(|&&o| self.src.op(o).name == "typed.store_local")
            .filter(|&&o| self.src.op(o).operands.first().and_then(|&v| self.src.defining_op(v)).is_some_and(|d| self.src.op(d).name == "typed.cell_new"))
            .filter_map(|&o| self.src.str_attr(o, "name").map(String::from))
            .collect();
        let is_main = self.py_name == "<module>";
        let locals: Vec<String> = if is_main { Vec::new() } else { self.local_order.iter().filter(|n| !cells.contains(*n)).cloned().collect() };
        let mut c = locals.join("\n").into_bytes();
        c.push(0);
        c.extend_from_slice(self.ms.main_globals.join("\n").as_bytes());
        self.name_candidates = Some(c.clone());
        c
    }

    pub(super) fn global_type(&self, name: &str) -> Type {
        self.ms.globals.get(name).cloned().unwrap_or_else(|| metal0_dialects::typed::ty("object"))
    }

    pub(super) fn lower_global(&mut self, op: OpId) {
        let name = self.str_attr(op, "name");
        let gty = self.global_type(&name);
        let slot = self.ms.global_slot(&name);
        let p = self.addr(&slot);
        match self.src.op(op).name.as_str() {
            "typed.load_global" => {
                let r = self.result(op);
                // CPython's LOAD_GLOBAL: an unbound global falls back to the builtin of that
                // name (inference marks names of builtins; a dynamic global may be any name, as
                // when the frontend makes every name a global because the program uses `vars`).
                let w = if self.src.attr(op, "unbound_ok").is_some() {
                    // A class object for an exact-class test: 0 while unbound (nothing matches).
                    self.load(p, Type::Int(64), 0)
                } else if self.src.attr(op, "builtin_fallback").is_some() || gty == metal0_dialects::typed::ty("object") {
                    self.global_or_builtin(p, &name)
                } else {
                    let w = self.load(p, Type::Int(64), 0);
                    let unbound = self.icmp_imm("eq", w, 0);
                    self.raise_if(unbound, |s| s.raise_name_error(&name));
                    w
                };
                if self.repr(r) == Repr::Word && self.load_is_borrowable(op, true) {
                    self.values.insert(r, w);
                } else if self.repr(r) == Repr::Word {
                    if let Some(rc) = rc_of(&self.ty(r)) {
                        self.incref(w, rc);
                    }
                    self.produce(r, w);
                } else {
                    // The slot holds a box: read it without taking a reference.
                    let v = self.convert(w, Repr::Word, self.repr(r), false);
                    self.values.insert(r, v);
                    if self.repr(r) == Repr::F64 {
                        self.shadow_global(op, r, w);
                    }
                }
            }
            "typed.store_global" => {
                let v = self.operand_as(self.operands(op)[0], Repr::Word, true);
                let old = self.load(p, Type::Int(64), 0);
                self.store(v, p, 0);
                if let Some(rc) = slot_rc(&gty) {
                    self.decref(old, rc);
                }
            }
            "typed.delete_global" => {
                let old = self.load(p, Type::Int(64), 0);
                let unbound = self.icmp_imm("eq", old, 0);
                self.raise_if(unbound, |s| s.raise_name_error(&name));
                let z = self.i64c(0);
                self.store(z, p, 0);
                if let Some(rc) = slot_rc(&gty) {
                    self.decref(old, rc);
                }
            }
            _ => {
                // `def f`: the function's global is bound; it holds the function object when
                // one is given (an imported module's function, its attribute), else 1 (the
                // function is only ever called directly).
                let v = match self.operands(op).first().copied() {
                    Some(f) => self.operand_as(f, Repr::Word, true),
                    None => self.i64c(1),
                };
                self.store(v, p, 0);
            }
        }
    }

    /// The word in global slot `p`, or while it is unbound the builtin `name` (NameError if
    /// there is none), borrowed either way (the builtin from its cache slot).
    fn global_or_builtin(&mut self, p: Value, name: &str) -> Value {
        let name = python_name(name);
        let var = self.new_var(Type::Int(64));
        let w = self.load(p, Type::Int(64), 0);
        self.set(var, w);
        let unbound = self.icmp_imm("eq", w, 0);
        let (fallback, join) = (self.new_block(), self.new_block());
        self.cond_br(unbound, fallback, join);
        self.enter_cold(fallback);
        let slot = self.ms.slot_sym("builtin", name.as_bytes(), true);
        let s = self.addr(&slot);
        let (n, len) = self.bytes_ref(name.as_bytes());
        let b = self.rt_checked_val("rt_load_builtin", &[s, n, len]);
        // The cache slot keeps its own reference.
        self.rt("rt_decref", &[b]);
        self.set(var, b);
        self.br(join);
        self.enter(join);
        self.get(var)
    }

    pub(super) fn lower_builtin(&mut self, op: OpId) {
        let r = self.result(op);
        let (kind, f, name) = if self.src.op(op).name == "typed.builtin" {
            ("builtin", "rt_load_builtin", self.str_attr(op, "name"))
        } else {
            ("import", "rt_import", self.str_attr(op, "module"))
        };
        if kind == "builtin" && !crate::infer::builtins::is_builtin_name(&name) {
            // A name bound nowhere: NameError, with the suggestion CPython makes from this
            // function's locals and the module's globals.
            let one = self.i64c(1);
            let always = self.icmp_imm("eq", one, 1);
            self.raise_if(always, |s| s.raise_name_error(&name));
            let z = self.i64c(0);
            self.produce_word(r, z);
            return;
        }
        let slot = self.ms.slot_sym(kind, name.as_bytes(), true);
        if kind == "builtin" && self.repr(r) == Repr::Word {
            // Borrowed from its cache slot, which holds a reference of its own.
            let w = self.slot_cached(&slot, |s, slot| {
                let (p, n) = s.bytes_ref(name.as_bytes());
                let w = s.rt_checked_val(f, &[slot, p, n]);
                s.rt("rt_decref", &[w]);
                w
            });
            self.values.insert(r, w);
            return;
        }
        let s = self.addr(&slot);
        let (p, n) = self.bytes_ref(name.as_bytes());
        let w = self.rt_checked_val(f, &[s, p, n]);
        self.produce_word(r, w);
    }

    /// Sets `ValueError(msg)` as the current exception (on an error path).
    pub(super) fn set_value_error(&mut self, msg: &str) {
        let slot = self.ms.slot_sym("builtin", b"ValueError", true);
        let s = self.addr(&slot);
        let (p, n) = self.bytes_ref(b"ValueError");
        let cls = self.rt_checked_val("rt_load_builtin", &[s, p, n]);
        let m = self.cached_const("str", "rt_str_const", msg.as_bytes());
        let args = self.word_array(&[m]);
        let one = self.i64c(1);
        let zero = self.i64c(0);
        let exc = self.rt_val("rt_call", &[cls, args, one, zero]);
        self.rt("rt_decref", &[cls]);
        let failed = self.icmp_imm("eq", exc, 0);
        self.fail_if(failed);
        self.rt("rt_raise", &[exc]);
        self.rt("rt_decref", &[exc]);
    }

    /// Raises `ValueError(msg)` here.
    pub(super) fn raise_value_error(&mut self, msg: &str) {
        self.set_value_error(msg);
        self.goto_handler(true);
    }
}

/// The Python name of a global: an imported module's globals are named `<module>.<name>`.
fn python_name(global: &str) -> &str {
    global.rsplit('.').next().unwrap_or(global)
}
