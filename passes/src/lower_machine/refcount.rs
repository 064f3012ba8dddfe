//! Reference counting: which words are owned temporaries of which scope, until when, and the
//! incref/decref code (inline small-int checks for words of static type `int`).
//!
//! A *scope* is one typed block being lowered. Each word an op of the block produces is a
//! temporary of that scope, dropped (decref'd) right after the op that uses it last; the
//! ones still held when control leaves early (error, return, break, continue) are dropped on
//! that path. Every held temporary dominates the rest of its scope, so any later path can
//! drop it.

use super::FuncLowering;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{BlockId, Type, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// How a word is reference counted.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum RcKind {
    /// Statically an `int`: only big ints (low bit 0) are objects; checked inline.
    Int,
    /// Statically unknown (`object`): often a small int, checked inline.
    Any,
    /// An object of a type other than int (or 0): `rt_incref` / `rt_decref`.
    Obj,
}

/// The reference counting of a typed type: None for unboxed values and `None`.
pub(super) fn rc_of(t: &Type) -> Option<RcKind> {
    if repr_of(t) != Repr::Word || t.is("typed", "none") || t.is("typed", "func") {
        None
    } else if t.is("typed", "int") {
        Some(RcKind::Int)
    } else if t.is("typed", "object") {
        Some(RcKind::Any)
    } else {
        Some(RcKind::Obj)
    }
}

/// Where an owned reference is held.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Held {
    /// A machine SSA value.
    Val(Value),
    /// A variable slot (a loop counter that changes every iteration).
    Var(u32),
}

/// An owned reference a scope must drop.
#[derive(Clone, Debug)]
pub(super) struct Temp {
    /// The typed value it is the reference of, if any (internal temporaries have none).
    pub src: Option<Value>,
    pub held: Held,
    pub rc: RcKind,
    /// Index of the op of the scope's block after which it is dropped.
    pub until: usize,
}

/// One typed block being lowered.
pub(super) struct Scope {
    /// The typed block.
    pub block: BlockId,
    pub temps: Vec<Temp>,
    /// Last use (op index in this block) of the values used in it.
    pub last_use: Rc<HashMap<Value, usize>>,
    /// Index of the op being lowered.
    pub index: usize,
}

impl FuncLowering<'_> {
    /// For each value used in `block`, the index of the op of `block` that uses it last
    /// (a use inside an op's regions counts as a use by that op).
    pub(super) fn last_use_map(&mut self, block: BlockId) -> Rc<HashMap<Value, usize>> {
        if let Some(m) = self.last_uses.get(&block) {
            return m.clone();
        }
        let mut map = HashMap::new();
        for (i, &op) in self.src.block(block).ops.iter().enumerate() {
            let mut nested = Vec::new();
            self.src.walk_from(op, &mut nested);
            for o in nested {
                for &v in &self.src.op(o).operands {
                    map.insert(v, i);
                }
            }
        }
        let m = Rc::new(map);
        self.last_uses.insert(block, m.clone());
        m
    }

    pub(super) fn push_scope(&mut self, block: BlockId) {
        if let Some(s) = self.small_at_region.get(&block) {
            self.small_locals = s.clone();
        }
        let last_use = self.last_use_map(block);
        self.scopes.push(Scope { block, temps: Vec::new(), last_use, index: 0 });
    }

    /// Leaves a scope; whatever it still holds is dropped on the fall-through path.
    pub(super) fn pop_scope(&mut self) {
        let scope = self.scopes.pop().expect("scope");
        if self.cur.is_some() {
            for t in scope.temps.iter().rev() {
                self.drop_temp(t);
            }
        }
    }

    /// Maps the block's arguments to machine values; owned ones become temporaries.
    pub(super) fn bind_block_args(&mut self, block: BlockId, args: &[(Value, bool)]) {
        let src_args = self.src.block(block).args.clone();
        for (&a, &(v, owned)) in src_args.iter().zip(args) {
            self.values.insert(a, v);
            if owned && let Some(rc) = rc_of(&self.ty(a)) {
                let scope = self.scopes.last().expect("scope");
                match scope.last_use.get(&a) {
                    Some(&until) => self.scopes.last_mut().expect("scope").temps.push(Temp { src: Some(a), held: Held::Val(v), rc, until }),
                    None => self.decref(v, rc),
                }
            }
        }
    }

    /// Records the machine value of typed result `src`; an owned word becomes a temporary of
    /// the current scope until its last use.
    pub(super) fn produce(&mut self, src: Value, v: Value) {
        self.values.insert(src, v);
        if let Some(rc) = rc_of(&self.ty(src)) {
            let scope = self.scopes.last_mut().expect("scope");
            let until = scope.last_use.get(&src).copied().unwrap_or(scope.index).max(scope.index);
            scope.temps.push(Temp { src: Some(src), held: Held::Val(v), rc, until });
        }
    }

    /// Holds an internal owned word until the end of the current op (so error paths of the
    /// op drop it too). Only for values that dominate the rest of the op.
    pub(super) fn hold(&mut self, v: Value, rc: RcKind) {
        let scope = self.scopes.last_mut().expect("scope");
        let until = scope.index;
        scope.temps.push(Temp { src: None, held: Held::Val(v), rc, until });
    }

    /// Holds an owned reference kept in a variable slot until the end of the current op.
    pub(super) fn hold_var(&mut self, var: u32, rc: RcKind) {
        let scope = self.scopes.last_mut().expect("scope");
        let until = scope.index;
        scope.temps.push(Temp { src: None, held: Held::Var(var), rc, until });
    }

    /// Stops holding an internal temporary: the caller takes its reference.
    pub(super) fn release(&mut self, v: Value) {
        let scope = self.scopes.last_mut().expect("scope");
        if let Some(i) = scope.temps.iter().rposition(|t| t.src.is_none() && t.held == Held::Val(v)) {
            scope.temps.remove(i);
        }
    }

    /// An owned reference to typed word `src` (a store, a result, a return): moves the
    /// temporary when this op is its last use in the current scope, else increfs.
    pub(super) fn consume(&mut self, src: Value) -> Value {
        let v = self.mv(src);
        let Some(rc) = rc_of(&self.ty(src)) else { return v };
        let scope = self.scopes.last_mut().expect("scope");
        let index = scope.index;
        if let Some(i) = scope.temps.iter().position(|t| t.src == Some(src) && t.until == index) {
            scope.temps.remove(i);
        } else {
            self.incref(v, rc);
        }
        v
    }

    /// The temporaries of the current scope held for typed values `srcs` whose last use is
    /// the op being lowered (each once). An op with an inline small-int fast path drops them
    /// itself, on its slow path only (on the fast path they are small ints), then forgets them.
    pub(super) fn dying_temps(&self, srcs: &[Value]) -> Vec<Temp> {
        let scope = self.scopes.last().expect("scope");
        let mut out: Vec<Temp> = Vec::new();
        for t in &scope.temps {
            if let Some(s) = t.src
                && srcs.contains(&s)
                && t.until == scope.index
                && !out.iter().any(|o| o.src == t.src)
            {
                out.push(t.clone());
            }
        }
        out
    }

    /// Drops `temps` here (they stay held: the caller forgets them once every path did).
    pub(super) fn drop_temps(&mut self, temps: &[Temp]) {
        for t in temps.iter().rev() {
            self.drop_temp(t);
        }
    }

    /// Drops `temps` on a slow path that continues with result `v`, which is kept in a stack
    /// slot across the calls: a value live across calls would take a callee-saved register,
    /// which every call of the function would save and restore.
    pub(super) fn drop_temps_keeping(&mut self, temps: &[Temp], v: Value) -> Value {
        if temps.is_empty() {
            return v;
        }
        let ty = self.vty(v);
        let slot = self.stack(8);
        self.store(v, slot, 0);
        self.drop_temps(temps);
        self.load(slot, ty, 0)
    }

    /// Stops holding `temps` (dropped on every path by the caller).
    pub(super) fn forget_temps(&mut self, temps: &[Temp]) {
        let scope = self.scopes.last_mut().expect("scope");
        for t in temps {
            if let Some(i) = scope.temps.iter().position(|x| x.src == t.src && x.held == t.held) {
                scope.temps.remove(i);
            }
        }
    }

    /// Drops the temporaries of the current scope whose last use was op `index`.
    pub(super) fn drop_dead(&mut self, index: usize) {
        let scope = self.scopes.last_mut().expect("scope");
        let (dead, live): (Vec<Temp>, Vec<Temp>) = std::mem::take(&mut scope.temps).into_iter().partition(|t| t.until <= index);
        scope.temps = live;
        if !dead.is_empty() {
            // Freeing an object may run user code (`__del__`).
            self.bound_fields.clear();
        }
        for t in dead.iter().rev() {
            self.drop_temp(t);
        }
    }

    /// Drops (without forgetting) every temporary held by scopes `depth..`, innermost first:
    /// the code of a path leaving those scopes.
    pub(super) fn drop_scopes_from(&mut self, depth: usize) {
        let temps: Vec<Temp> = self.scopes[depth.min(self.scopes.len())..].iter().flat_map(|s| s.temps.iter().cloned()).collect();
        for t in temps.iter().rev() {
            self.drop_temp(t);
        }
    }

    fn drop_temp(&mut self, t: &Temp) {
        let v = match t.held {
            Held::Val(v) => v,
            Held::Var(var) => self.get(var),
        };
        self.decref(v, t.rc);
    }

    pub(super) fn incref(&mut self, v: Value, rc: RcKind) {
        self.refcount_op(true, v, rc);
    }

    pub(super) fn decref(&mut self, v: Value, rc: RcKind) {
        self.refcount_op(false, v, rc);
    }

    /// Increments the count of `v`, a word known to be an object (not 0, not a small int):
    /// no test at all.
    pub(super) fn incref_object(&mut self, v: Value) {
        if !self.cur_hot {
            self.rt("rt_incref", &[v]);
            return;
        }
        let n = self.load(v, Type::Int(64), 0);
        let n = self.bin_imm("iadd", n, 1);
        self.store(n, v, 0);
    }

    /// A reference count change. Small ints and 0 are not counted. In hot code the count (the
    /// header's first word) is changed inline, and a decref that would free the object calls
    /// `rt_decref` on a cold path; cold code (slow and error paths) calls `rt_incref` or
    /// `rt_decref`, behind an inline tag test when the word may be a small int (the call is
    /// then itself cold for ints).
    fn refcount_op(&mut self, inc: bool, v: Value, rc: RcKind) {
        // A constant word is a small int (or 0): nothing to count; nor for a known small int.
        if self.ms.out.defining_op(v).is_some_and(|o| self.ms.out.op(o).name == "machine.const") || self.small.contains_key(&v) {
            return;
        }
        let f = if inc { "rt_incref" } else { "rt_decref" };
        if !self.cur_hot {
            if rc == RcKind::Obj {
                self.rt(f, &[v]);
                return;
            }
            let tag = self.bin_imm("band", v, 1);
            let object = self.icmp_imm("eq", tag, 0);
            let (call, cont) = (self.new_block(), self.new_block());
            self.cond_br(object, call, cont);
            self.enter_cold(call);
            self.rt(f, &[v]);
            self.br(cont);
            self.enter(cont);
            return;
        }
        let counted = match rc {
            RcKind::Obj => self.icmp_imm("ne", v, 0),
            // The count block of an int is cold and calls the runtime, which ignores 0.
            RcKind::Int => {
                let tag = self.bin_imm("band", v, 1);
                self.icmp_imm("eq", tag, 0)
            }
            RcKind::Any => {
                let tag = self.bin_imm("band", v, 1);
                let object = self.icmp_imm("eq", tag, 0);
                let nonzero = self.icmp_imm("ne", v, 0);
                self.bin("band", object, nonzero)
            }
        };
        let (count, cont) = (self.new_block(), self.new_block());
        self.cond_br(counted, count, cont);
        if rc == RcKind::Int {
            // Big ints are rare: a call on a cold path.
            self.enter_cold(count);
            self.rt(f, &[v]);
            self.br(cont);
            self.enter(cont);
            return;
        }
        self.enter(count);
        let n = self.load(v, Type::Int(64), 0);
        if inc {
            let n = self.bin_imm("iadd", n, 1);
            self.store(n, v, 0);
        } else {
            let (free, keep) = (self.new_block(), self.new_block());
            let last = self.icmp_imm("eq", n, 1);
            self.cond_br(last, free, keep);
            self.enter_cold(free);
            self.rt(f, &[v]);
            self.br(cont);
            self.enter(keep);
            let n = self.bin_imm("isub", n, 1);
            self.store(n, v, 0);
        }
        self.br(cont);
        self.enter(cont);
    }
}
