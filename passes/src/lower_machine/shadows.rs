//! Float identity: the *shadow* objects of unboxed floats.
//!
//! A `float` value kept as an f64 has no object, but CPython's value is one object: `x is y`
//! after `y = x`, `n in [n]` for a NaN, `xs[0] is v` after `v = xs[0]` must hold. A shadow is
//! that object, known beside the f64 wherever the value may still be boxed, so boxing reuses
//! it (a new reference) instead of making a new float:
//!
//! - an f64 SSA value has a shadow (a borrowed word, never 0, valid until the value's last
//!   use) when it came from an object: `typed.unbox` (list and dict items, loop variables,
//!   call results of generic code), `typed.load_global` (the global's slot holds the box), a
//!   float constant (one cached box per constant and function, as CPython's code constants),
//!   a parameter or a call result passed as a word (below), or a load of a local that has one;
//! - a float local that some load needs as an object has a shadow *slot* (a word variable
//!   owning its reference, 0 = none): a store sets it to the stored value's shadow (0 for the
//!   result of arithmetic, a new object in CPython too), and a load whose value is needed as
//!   an object first boxes the f64 into the slot when it is empty, so every later box and
//!   every copy (`y = x`) of that value share the object.
//!
//! Only values that flow without arithmetic get shadows, and only where a use needs the
//! object (a box, a store to a global, a local whose loads need it, ...): arithmetic on
//! floats (nbody's locals) is untouched.
//!
//! Across calls (`signatures`): a float parameter whose local needs a shadow is passed as the
//! object (a word; the callee reads the f64 from it), and a function that may return a value
//! with a shadow (not only arithmetic results and constants) returns the object; both are
//! decided to a fixpoint over the module. Not covered: unboxed fields of known classes (the
//! slot holds the f64 itself), results of `a if c else b` / `and` / `or`, and parameters of
//! generators.

use super::refcount::{Held, RcKind, Temp};
use super::{FuncLowering, FuncSig};
use metal0_dialects::runtime_abi::FLOAT_VALUE_OFFSET;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{Attr, Module, OpId, Type, Value};
use std::collections::{HashMap, HashSet};

/// Ops whose f64 operands never need their object.
const NO_BOX: &[&str] = &[
    "typed.float.binop",
    "typed.float.neg",
    "typed.float.cmp",
    "typed.truthy",
    "typed.not",
    "typed.field.set",
    // Region results are not followed: the value of `a if c else b` is a new f64.
    "typed.result",
];

/// What one function needs shadows for.
#[derive(Default)]
pub(super) struct ShadowFacts {
    /// f64 values some use needs as an object.
    pub wanted: HashSet<Value>,
    /// Float locals with a shadow slot.
    pub locals: HashSet<String>,
    /// Whether some `typed.return` operand may have a shadow (see `signatures`).
    pub returns_shadow: bool,
}

/// The shadow state of the function being lowered.
#[derive(Default)]
pub(super) struct Shadows {
    pub facts: ShadowFacts,
    /// Shadow slots of locals.
    pub slots: HashMap<String, u32>,
    /// Shadows of f64 values (borrowed words).
    pub of: HashMap<Value, Value>,
}

/// How a use of an f64 value relates to its object.
enum Use {
    Never,
    Always,
    /// A store to this float local: as needed as the local's shadow.
    Local(String),
}

fn is_f64(m: &Module, v: Value) -> bool {
    repr_of(m.value_type(v)) == Repr::F64
}

/// The shadows of function `fop`, whose callees have signatures `funcs` and whose machine
/// result is `ret`.
pub(super) fn analyze(m: &Module, fop: OpId, funcs: &HashMap<String, FuncSig>, ret: Repr) -> ShadowFacts {
    let names: Vec<String> = m.attr(fop, "locals").and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_str().unwrap_or_default().to_string()).collect();
    let types: Vec<Repr> = m.attr(fop, "local_types").and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_type().map(repr_of).unwrap_or(Repr::Word)).collect();
    let float_locals: HashSet<&String> = names.iter().zip(&types).filter(|(_, r)| **r == Repr::F64).map(|(n, _)| n).collect();
    let entry = m.region_entry(fop, 0);
    let params: Vec<Value> = entry.map(|b| m.block(b).args.clone()).unwrap_or_default();
    let mut ops = Vec::new();
    m.walk_from(fop, &mut ops);
    let mut uses: HashMap<Value, Vec<Use>> = HashMap::new();
    // Load results of float locals, and where carried objects come from.
    let mut loads: Vec<(Value, String)> = Vec::new();
    let mut carried: HashSet<Value> = HashSet::new();
    let mut stores: Vec<(String, Value)> = Vec::new();
    let mut returns: Vec<Value> = Vec::new();
    let callee_of = |o: OpId| m.attr(o, "callee").and_then(Attr::as_symbol).and_then(|c| funcs.get(c));
    for &o in &ops {
        let d = m.op(o);
        let name = m.str_attr(o, "name").unwrap_or_default().to_string();
        match d.name.as_str() {
            "typed.load_local" if float_locals.contains(&name) => loads.push((d.results[0], name.clone())),
            "typed.store_local" if float_locals.contains(&name) => stores.push((name.clone(), d.operands[0])),
            "typed.return" => returns.extend(d.operands.iter().copied().filter(|&v| is_f64(m, v))),
            "typed.unbox" | "typed.load_global" => carried.extend(d.results.iter().copied().filter(|&v| is_f64(m, v))),
            "typed.call" if callee_of(o).is_some_and(|s| s.ret == Repr::Word) => carried.extend(d.results.iter().copied().filter(|&v| is_f64(m, v))),
            _ => {}
        }
        for (i, &v) in d.operands.iter().enumerate() {
            if !is_f64(m, v) {
                continue;
            }
            let u = match d.name.as_str() {
                "typed.store_local" if float_locals.contains(&name) => Use::Local(name.clone()),
                "typed.return" if ret != Repr::Word => Use::Never,
                "typed.call" => match callee_of(o).and_then(|s| s.params.get(i)) {
                    Some(Repr::F64) => Use::Never,
                    _ => Use::Always,
                },
                n if NO_BOX.contains(&n) => Use::Never,
                _ => Use::Always,
            };
            uses.entry(v).or_default().push(u);
        }
    }
    for (i, &p) in params.iter().enumerate() {
        let sym = m.str_attr(fop, "sym_name").unwrap_or_default();
        if is_f64(m, p) && funcs.get(sym).is_some_and(|s| s.params.get(i) == Some(&Repr::Word)) {
            carried.insert(p);
        }
    }
    // The locals whose loads are needed as objects, to a fixpoint (a load stored to another
    // local is needed when that local is).
    let mut facts = ShadowFacts::default();
    loop {
        facts.wanted = uses
            .iter()
            .filter(|(_, us)| {
                us.iter().any(|u| match u {
                    Use::Never => false,
                    Use::Always => true,
                    Use::Local(n) => facts.locals.contains(n),
                })
            })
            .map(|(v, _)| *v)
            .collect();
        let before = facts.locals.len();
        facts.locals.extend(loads.iter().filter(|(v, _)| facts.wanted.contains(v)).map(|(_, n)| n.clone()));
        if facts.locals.len() == before {
            break;
        }
    }
    // Values that may carry an object through locals, to a fixpoint.
    let mut carrying_locals: HashSet<&String> = HashSet::new();
    loop {
        let before = carrying_locals.len();
        carrying_locals.extend(stores.iter().filter(|(_, v)| carried.contains(v)).map(|(n, _)| n));
        carried.extend(loads.iter().filter(|(_, n)| carrying_locals.contains(n)).map(|(v, _)| *v));
        if carrying_locals.len() == before {
            break;
        }
    }
    facts.returns_shadow = returns.iter().any(|v| carried.contains(v));
    facts
}

/// Passes float parameters whose local needs a shadow as objects, and returns objects from
/// functions that may return a value with a shadow (see the module doc), to a fixpoint over
/// the module's functions.
pub(super) fn signatures(m: &Module, tops: &[OpId], funcs: &mut HashMap<String, FuncSig>) {
    let fops: Vec<(OpId, String)> = tops
        .iter()
        .filter(|&&o| m.op(o).name == "typed.func" && m.attr(o, "generator").is_none())
        .filter_map(|&o| Some((o, m.str_attr(o, "sym_name")?.to_string())))
        .filter(|(_, s)| s != "__main__" && funcs.contains_key(s))
        .collect();
    loop {
        let mut changed = false;
        for (fop, sym) in &fops {
            let sig = funcs[sym].clone();
            let facts = analyze(m, *fop, funcs, sig.ret);
            let mut new = sig.clone();
            if let Some(entry) = m.region_entry(*fop, 0) {
                let args = m.block(entry).args.clone();
                for &o in &m.block(entry).ops {
                    let d = m.op(o);
                    if d.name != "typed.store_local" {
                        break;
                    }
                    if let Some(i) = args.iter().position(|&a| Some(&a) == d.operands.first())
                        && new.params.get(i) == Some(&Repr::F64)
                        && m.str_attr(o, "name").is_some_and(|n| facts.locals.contains(n))
                    {
                        new.params[i] = Repr::Word;
                    }
                }
            }
            if new.ret == Repr::F64 && facts.returns_shadow {
                new.ret = Repr::Word;
            }
            if new.params != sig.params || new.ret != sig.ret {
                funcs.insert(sym.clone(), new);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

impl FuncLowering<'_> {
    /// Finds what function `fop` needs shadows for and declares the shadow slots (0 at entry).
    pub(super) fn declare_shadows(&mut self, fop: OpId) {
        self.shadow.facts = analyze(self.src, fop, &self.ms.funcs, self.ret);
        let mut names: Vec<String> = self.shadow.facts.locals.iter().cloned().collect();
        names.sort();
        for n in names {
            let slot = self.new_var(Type::Int(64));
            let z = self.i64c(0);
            self.set(slot, z);
            self.shadow.slots.insert(n, slot);
        }
    }

    /// Drops the references of the shadow slots (at return and unwind).
    pub(super) fn decref_shadows(&mut self) {
        let mut slots: Vec<u32> = self.shadow.slots.values().copied().collect();
        slots.sort();
        for slot in slots {
            let w = self.get(slot);
            self.decref(w, RcKind::Obj);
        }
    }

    /// The parameters of the function as the body's block arguments: one passed as an object
    /// for a float parameter (see `signatures`) is read as its f64, the object its shadow
    /// (borrowed from the caller for the whole call).
    pub(super) fn shadow_params(&mut self, body: metal0_dialects::BlockId, params: &[Value]) -> Vec<(Value, bool)> {
        let args = self.src.block(body).args.clone();
        params
            .iter()
            .zip(&args)
            .map(|(&w, &a)| {
                if self.repr(a) == Repr::F64 && self.vty(w) != Type::F64 {
                    let v = self.load(w, Type::F64, FLOAT_VALUE_OFFSET);
                    self.shadow.of.insert(a, w);
                    (v, false)
                } else {
                    (w, false)
                }
            })
            .collect()
    }

    /// The object of f64 value `src` when it has a shadow: a new reference when `owned`.
    pub(super) fn shadow_word(&mut self, src: Value, owned: bool) -> Option<Value> {
        let s = *self.shadow.of.get(&src)?;
        if owned {
            self.incref_object(s);
        }
        Some(s)
    }

    /// Keeps owned word `w` until the last use of typed value `v` in the current scope.
    fn hold_until_last_use(&mut self, w: Value, v: Value) {
        let scope = self.scopes.last_mut().expect("scope");
        let until = scope.last_use.get(&v).copied().unwrap_or(scope.index).max(scope.index);
        scope.temps.push(Temp { src: None, held: Held::Val(w), rc: RcKind::Obj, until });
    }

    /// Records `w` (an object, borrowed) as the shadow of f64 result `r` of a load, taking a
    /// reference when the variable may change before `r`'s last use (`borrowable` false).
    fn shadow_from_load(&mut self, r: Value, w: Value, borrowable: bool) {
        if !borrowable {
            self.incref_object(w);
            self.hold_until_last_use(w, r);
        }
        self.shadow.of.insert(r, w);
    }

    /// `typed.unbox` to f64: `w` (the word of typed operand `obj`) is the shadow of result
    /// `r`. A temporary of the current scope is kept until `r`'s last use (an outer scope's
    /// outlives `r`); another word is borrowed for an unknown time, so it takes a reference.
    pub(super) fn shadow_unboxed(&mut self, r: Value, obj: Value, w: Value) {
        if !self.shadow.facts.wanted.contains(&r) {
            return;
        }
        let until = {
            let scope = self.scopes.last().expect("scope");
            scope.last_use.get(&r).copied().unwrap_or(scope.index).max(scope.index)
        };
        let n = self.scopes.len();
        if let Some(t) = self.scopes[n - 1].temps.iter_mut().find(|t| t.src == Some(obj) && t.held == Held::Val(w)) {
            t.until = t.until.max(until);
        } else if !self.scopes[..n - 1].iter().any(|s| s.temps.iter().any(|t| t.src == Some(obj) && t.held == Held::Val(w))) {
            self.incref_object(w);
            self.hold_until_last_use(w, r);
        }
        self.shadow.of.insert(r, w);
    }

    /// A float constant as an object: one box per constant and function, cached in a slot
    /// (CPython's code constants), borrowed.
    pub(super) fn shadow_const(&mut self, r: Value, f: f64, v: Value) {
        if !self.shadow.facts.wanted.contains(&r) {
            return;
        }
        let mut key = self.py_name.as_bytes().to_vec();
        key.extend_from_slice(&f.to_bits().to_le_bytes());
        let slot = self.ms.slot_sym("float", &key, false);
        let w = self.slot_cached(&slot, |s, slot| {
            let b = s.rt_checked_val("rt_float_box", &[v]);
            s.store(b, slot, 0);
            b
        });
        self.shadow.of.insert(r, w);
    }

    /// `typed.load_global` of a float (`w` the box in its slot) as op `op` with result `r`.
    pub(super) fn shadow_global(&mut self, op: OpId, r: Value, w: Value) {
        if self.shadow.facts.wanted.contains(&r) {
            let borrowable = self.load_is_borrowable(op, true);
            self.shadow_from_load(r, w, borrowable);
        }
    }

    /// `typed.load_local` op `op` of float local `name` (f64 `v`) with result `r`: when `r` is
    /// needed as an object, the local's shadow, made first if the local has none.
    pub(super) fn shadow_load_local(&mut self, op: OpId, name: &str, r: Value, v: Value) {
        let Some(&slot) = self.shadow.slots.get(name) else { return };
        if !self.shadow.facts.wanted.contains(&r) {
            return;
        }
        let s = self.get(slot);
        let empty = self.icmp_imm("eq", s, 0);
        let (make, join) = (self.new_block(), self.new_block());
        self.cond_br(empty, make, join);
        self.enter(make);
        let b = self.rt_checked_val("rt_float_box", &[v]);
        self.set(slot, b);
        self.br(join);
        self.enter(join);
        let w = self.get(slot);
        let borrowable = self.load_is_borrowable(op, false);
        self.shadow_from_load(r, w, borrowable);
    }

    /// A store of f64 value `v` to float local `name`: its shadow slot takes `v`'s shadow (a
    /// new reference) or 0, and drops the one it had.
    pub(super) fn shadow_store_local(&mut self, name: &str, v: Value) {
        let Some(&slot) = self.shadow.slots.get(name) else { return };
        let new = match self.shadow_word(v, true) {
            Some(w) => w,
            None => self.i64c(0),
        };
        let old = self.get(slot);
        self.set(slot, new);
        self.decref(old, RcKind::Obj);
    }

    /// `del` of float local `name`: its shadow goes too.
    pub(super) fn shadow_delete_local(&mut self, name: &str) {
        let Some(&slot) = self.shadow.slots.get(name) else { return };
        let old = self.get(slot);
        let z = self.i64c(0);
        self.set(slot, z);
        self.decref(old, RcKind::Obj);
    }

    /// The result `w` (an owned float object) of a call of a function returning its float as
    /// an object (see `signatures`), as f64 result `r` whose shadow it is.
    pub(super) fn produce_call_object(&mut self, r: Value, w: Value) {
        let v = self.load(w, Type::F64, FLOAT_VALUE_OFFSET);
        self.values.insert(r, v);
        if self.shadow.facts.wanted.contains(&r) {
            self.hold_until_last_use(w, r);
            self.shadow.of.insert(r, w);
        } else {
            self.hold(w, RcKind::Obj);
        }
    }
}
