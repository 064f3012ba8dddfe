//! `with` and `match` statements, expressed with the structured `typed` ops that already have
//! exact semantics (`typed.try`, `typed.if`, `typed.and`/`typed.or`) plus a few runtime-backed
//! ops for the protocol steps (`typed.with.*`, `typed.match.*`).
//!
//! `with m as x: body` becomes CPython's own expansion (PEP 343):
//! ```text
//! exit, value = typed.with.enter(m)      # BEFORE_WITH: lookups on the type, __enter__()
//! .with.N = False
//! try:
//!     x = value; body
//! except:                                # bare: every exception
//!     .with.N = True
//!     if not typed.with.exit_exc(exit, e): raise
//! finally:                               # also run by return / break / continue
//!     if not .with.N: exit(None, None, None)
//! ```
//! `.with.N` is a hidden bool local (N is the id of the `py.with` op).
//!
//! `match` runs its cases as an `if`/`else` chain: a case's pattern is a bool expression whose
//! captures go to hidden locals `.capture.<name>`; when it matches, the captures are bound to
//! their real targets (as CPython does, even when the guard then fails) and the guard decides.

use super::{FnEmitter, Ty};
use metal0_dialects::{Attr, OpId, RegionId, Type, Value, attr};

impl FnEmitter<'_> {
    /// `py.with(manager)`: see the module documentation.
    pub(super) fn emit_with(&mut self, op: OpId) {
        if self.py.attr(op, "is_async").is_some() {
            let loc = self.cur_loc.clone();
            self.state.refuse(&loc, "async with statements");
            return;
        }
        let loc = self.cur_loc.clone();
        let mgr = self.boxed_val(self.py.op(op).operands[0]);
        let enter = self.out.create_op("typed.with.enter", &[mgr], &[Ty::Object.to_ir(), Ty::Object.to_ir()], vec![], loc.clone());
        self.out.append_op(self.block, enter);
        let (exit, value) = (self.out.op(enter).results[0], self.out.op(enter).results[1]);
        let flag = self.hidden_with_flag(op);
        self.state.join_local(self.inst, &flag, &Ty::Bool);
        let f = self.emit_value("typed.const_bool", &[], Ty::Bool, vec![attr("value", Attr::Bool(false))]);
        self.emit_op("typed.store_local", &[f], None, vec![attr("name", Attr::str(&flag))]);

        let region = self.py.op(op).regions[0];
        let (body, saved, st) = self.enter_block(&[]);
        if let Some(pa) = self.py.region(region).blocks.first().and_then(|b| self.py.block(*b).args.first().copied()) {
            self.set(pa, value, Ty::Object);
        }
        self.emit_region_into(region);
        self.leave_block(saved, st);

        // except: the exception goes to __exit__, re-raised unless it returns a truthy value.
        let (handlers, saved, st) = self.enter_block(&[]);
        let (ty_block, s2, st2) = self.enter_block(&[]);
        self.leave_block(s2, st2);
        let (hb, s3, st3) = self.enter_block(&[Ty::Object]);
        let e = self.out.block(hb).args[0];
        let t = self.emit_value("typed.const_bool", &[], Ty::Bool, vec![attr("value", Attr::Bool(true))]);
        self.emit_op("typed.store_local", &[t], None, vec![attr("name", Attr::str(&flag))]);
        let suppressed = self.emit_value("typed.with.exit_exc", &[exit, e], Ty::Bool, vec![]);
        let reraise = self.emit_value("typed.not", &[suppressed], Ty::Bool, vec![]);
        let (raise_b, s4, st4) = self.enter_block(&[]);
        self.emit_op("typed.raise", &[], None, vec![]);
        self.leave_block(s4, st4);
        let (keep_b, s5, st5) = self.enter_block(&[]);
        self.leave_block(s5, st5);
        let i = self.emit_op("typed.if", &[reraise], None, vec![]);
        self.attach(i, &[raise_b, keep_b]);
        self.leave_block(s3, st3);
        let ex = self.emit_op("typed.except", &[], None, vec![]);
        self.attach(ex, &[ty_block, hb]);
        self.leave_block(saved, st);

        let (else_b, saved, st) = self.enter_block(&[]);
        self.leave_block(saved, st);

        // finally: __exit__(None, None, None) unless the except clause already called it.
        let (fin, saved, st) = self.enter_block(&[]);
        let h = self.emit_value("typed.load_local", &[], Ty::Bool, vec![attr("name", Attr::str(&flag))]);
        let normal = self.emit_value("typed.not", &[h], Ty::Bool, vec![]);
        let (call_b, s6, st6) = self.enter_block(&[]);
        let none = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
        self.emit_value("typed.obj.call", &[exit, none, none, none], Ty::Object, vec![attr("kwnames", Attr::str_array(&["", "", ""]))]);
        self.leave_block(s6, st6);
        let (skip_b, s7, st7) = self.enter_block(&[]);
        self.leave_block(s7, st7);
        let i = self.emit_op("typed.if", &[normal], None, vec![]);
        self.attach(i, &[call_b, skip_b]);
        self.leave_block(saved, st);

        let o = self.emit_op("typed.try", &[], None, vec![]);
        self.attach(o, &[body, handlers, else_b, fin]);
    }

    /// The hidden flag local of a `with` op: set once `__exit__` was called for an exception.
    fn hidden_with_flag(&self, op: OpId) -> String {
        format!(".with.{}", op.0)
    }

    // ---- match ------------------------------------------------------------------------------

    /// `py.match(subject)`: its cases as an `if`/`else` chain.
    pub(super) fn emit_match(&mut self, op: OpId) {
        let subject = self.val(self.py.op(op).operands[0]);
        let region = self.py.op(op).regions[0];
        let cases: Vec<OpId> = self.py.region(region).blocks.first().map(|b| self.py.block(*b).ops.clone()).unwrap_or_default();
        self.emit_cases(&cases, &subject);
    }

    fn emit_cases(&mut self, cases: &[OpId], subject: &(Value, Ty)) {
        let Some((&case, rest)) = cases.split_first() else { return };
        self.cur_loc = self.py.op(case).loc.clone();
        let regions = self.py.op(case).regions.clone();
        let captures: Vec<String> =
            self.py.attr(case, "captures").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
        let matched = self.pattern_region(regions[0], subject);
        // Bind the captures, then the guard (true when there is none).
        let guard_block = self.py.region(regions[1]).blocks.first().copied();
        let trivial_guard = captures.is_empty() && guard_block.is_none_or(|b| {
            let ops = &self.py.block(b).ops;
            ops.len() == 1 && self.py.op(ops[0]).operands.is_empty()
        });
        let cond = if trivial_guard {
            matched
        } else {
            let (gb, saved, st) = self.enter_block(&[]);
            if let Some(b) = guard_block {
                let args = self.py.block(b).args.clone();
                for (name, pa) in captures.iter().zip(args) {
                    let hidden = capture_local(name);
                    let t = self.state.instances[self.inst].local(&hidden);
                    let v = self.emit_value("typed.load_local", &[], t.clone(), vec![attr("name", Attr::str(&hidden))]);
                    self.set(pa, v, t);
                }
            }
            let guard = match guard_block {
                Some(_) => self.guard_value(regions[1]),
                None => Some(self.const_true()),
            };
            if let Some((v, t)) = guard {
                let b = self.truthy(v, &t);
                self.emit_op("typed.result", &[b], None, vec![]);
            }
            self.leave_block(saved, st);
            let and = self.emit_op("typed.and", &[matched], Some(&Ty::Bool), vec![]);
            self.attach(and, &[gb]);
            self.out.op(and).results[0]
        };
        let body = self.emit_regions(&regions[2..3], &[]);
        let (els, saved, st) = self.enter_block(&[]);
        self.emit_cases(rest, subject);
        self.leave_block(saved, st);
        self.cur_loc = self.py.op(case).loc.clone();
        let i = self.emit_op("typed.if", &[cond], None, vec![]);
        self.attach(i, &[body[0], els]);
    }

    /// The guard region: binds the captures, then yields the guard's value (true without a
    /// guard); None when control left the region.
    fn guard_value(&mut self, region: RegionId) -> Option<(Value, Ty)> {
        let b = *self.py.region(region).blocks.first()?;
        let ops = self.py.block(b).ops.clone();
        let (&last, rest) = ops.split_last()?;
        for &o in rest {
            if self.terminated {
                return None;
            }
            self.cur_loc = self.py.op(o).loc.clone();
            self.emit_py_op(o);
        }
        if self.terminated {
            return None;
        }
        match self.py.op(last).operands.first() {
            Some(&v) if self.py.op(last).name == "py.result" => Some(self.val(v)),
            _ => Some(self.const_true()),
        }
    }

    fn const_true(&mut self) -> (Value, Ty) {
        (self.emit_value("typed.const_bool", &[], Ty::Bool, vec![attr("value", Attr::Bool(true))]), Ty::Bool)
    }

    /// Emits a pattern region (entry argument: `subject`) into the current block; its bool.
    fn pattern_region(&mut self, region: RegionId, subject: &(Value, Ty)) -> Value {
        self.pattern_region_args(region, &[subject.clone()])
    }

    /// Emits a pattern region whose entry arguments are `args` into the current block.
    fn pattern_region_args(&mut self, region: RegionId, args: &[(Value, Ty)]) -> Value {
        if let Some(&b) = self.py.region(region).blocks.first() {
            for (pa, (v, t)) in self.py.block(b).args.clone().into_iter().zip(args) {
                self.set(pa, *v, t.clone());
            }
        }
        match self.emit_region_value(region) {
            Some((v, t)) => self.truthy(v, &t),
            None => self.const_true().0,
        }
    }

    /// `py.pattern.*`: each yields a bool.
    pub(super) fn emit_pattern(&mut self, op: OpId) {
        let name = self.py.op(op).name.clone();
        let operands = self.py.op(op).operands.clone();
        let result = self.py.op(op).results[0];
        let v = match name.as_str() {
            "py.pattern.value" => {
                let (v, t) = self.compare("eq", operands[0], operands[1], false);
                self.truthy(v, &t)
            }
            "py.pattern.singleton" => {
                let s = self.boxed_val(operands[0]);
                let k = match self.py.str_attr(op, "value") {
                    Some("None") => self.emit_value("typed.const_none", &[], Ty::None, vec![]),
                    Some(b) => {
                        let c = self.emit_value("typed.const_bool", &[], Ty::Bool, vec![attr("value", Attr::Bool(b == "True"))]);
                        self.boxed(c, &Ty::Bool)
                    }
                    None => self.emit_value("typed.const_none", &[], Ty::None, vec![]),
                };
                self.emit_value("typed.is", &[s, k], Ty::Bool, vec![])
            }
            "py.pattern.wildcard" => self.const_true().0,
            "py.pattern.capture" => {
                let hidden = capture_local(&self.str_attr(op, "name"));
                let (v, t) = self.val(operands[0]);
                self.state.join_local(self.inst, &hidden, &t);
                let lt = self.state.instances[self.inst].local(&hidden).or_object();
                let v = self.coerce(v, &t, &lt);
                self.emit_op("typed.store_local", &[v], None, vec![attr("name", Attr::str(&hidden))]);
                self.const_true().0
            }
            "py.pattern.sequence" => {
                let count = self.int_attr(op, "count");
                let star = self.py.attr(op, "star_index").and_then(Attr::as_int).map(|s| s.max(0) as usize);
                let s = self.boxed_val(operands[0]);
                let min = if star.is_some() { count.saturating_sub(1) } else { count };
                let mut attrs = vec![attr("count", Attr::i64(min as i64))];
                if star.is_some() {
                    attrs.push(attr("star", Attr::Unit));
                }
                let ok = self.emit_value("typed.match.sequence", &[s], Ty::Bool, attrs);
                let mut unpack = vec![attr("count", Attr::i64(count as i64))];
                if let Some(i) = star {
                    unpack.extend([attr("starred", Attr::Unit), attr("before", Attr::i64(i as i64)), attr("after", Attr::i64((count - i - 1) as i64))]);
                }
                self.sub_patterns(op, ok, s, count, unpack)
            }
            "py.pattern.mapping" => {
                let s = self.boxed_val(operands[0]);
                let keys: Vec<Value> = operands[1..].iter().map(|k| self.boxed_val(*k)).collect();
                let kt = Ty::Tuple(vec![Ty::Object; keys.len()]);
                let keys = self.emit_value("typed.tuple.new", &keys, kt.clone(), vec![]);
                let keys = self.coerce(keys, &kt, &Ty::Object);
                let rest = self.py.attr(op, "has_rest").is_some();
                let attrs = if rest { vec![attr("has_rest", Attr::Unit)] } else { vec![] };
                let r = self.emit_value("typed.match.mapping", &[s, keys], Ty::Object, attrs);
                let n = operands.len() - 1 + rest as usize;
                self.values_pattern(op, r, n)
            }
            "py.pattern.class" => {
                let s = self.boxed_val(operands[0]);
                let cls = self.boxed_val(operands[1]);
                let npos = self.int_attr(op, "num_positional");
                let kwd = self.py.attr(op, "kwd_names").cloned().unwrap_or(Attr::Array(Vec::new()));
                let n = npos + kwd.as_array().map_or(0, |a| a.len());
                let attrs = vec![attr("num_positional", Attr::i64(npos as i64)), attr("kwd_names", kwd)];
                let r = self.emit_value("typed.match.class", &[s, cls], Ty::Object, attrs);
                self.values_pattern(op, r, n)
            }
            "py.pattern.or" => {
                let subject = self.val(operands[0]);
                let regions = self.py.op(op).regions.clone();
                self.or_alternatives(&regions, &subject)
            }
            _ => {
                self.refuse_op(op);
                return;
            }
        };
        self.set(result, v, Ty::Bool);
    }

    /// A mapping or class pattern: `r` is None (no match) or the tuple of the `n` values its
    /// sub-patterns (the op's region) take.
    fn values_pattern(&mut self, op: OpId, r: Value, n: usize) -> Value {
        let none = self.emit_value("typed.const_none", &[], Ty::None, vec![]);
        let is_none = self.emit_value("typed.is", &[r, none], Ty::Bool, vec![]);
        let ok = self.emit_value("typed.not", &[is_none], Ty::Bool, vec![]);
        self.sub_patterns(op, ok, r, n, vec![attr("count", Attr::i64(n as i64))])
    }

    /// `ok and <the op's region on the n items unpacked from seq>`.
    fn sub_patterns(&mut self, op: OpId, ok: Value, seq: Value, n: usize, unpack_attrs: Vec<(String, Attr)>) -> Value {
        let region = self.py.op(op).regions[0];
        let (b, saved, st) = self.enter_block(&[]);
        let items: Vec<(Value, Ty)> = if n == 0 {
            Vec::new()
        } else {
            let u = self.out.create_op("typed.obj.unpack", &[seq], &vec![Type::dialect("typed", "object"); n], unpack_attrs, self.cur_loc.clone());
            self.out.append_op(self.block, u);
            self.out.op(u).results.iter().map(|&v| (v, Ty::Object)).collect()
        };
        let r = self.pattern_region_args(region, &items);
        self.emit_op("typed.result", &[r], None, vec![]);
        self.leave_block(saved, st);
        let and = self.emit_op("typed.and", &[ok], Some(&Ty::Bool), vec![]);
        self.attach(and, &[b]);
        self.out.op(and).results[0]
    }

    /// `alt0 or alt1 or ...`, each alternative a pattern region on the subject.
    fn or_alternatives(&mut self, regions: &[RegionId], subject: &(Value, Ty)) -> Value {
        let first = self.pattern_region(regions[0], subject);
        if regions.len() == 1 {
            return first;
        }
        let (b, saved, st) = self.enter_block(&[]);
        let r = self.or_alternatives(&regions[1..], subject);
        self.emit_op("typed.result", &[r], None, vec![]);
        self.leave_block(saved, st);
        let or = self.emit_op("typed.or", &[first], Some(&Ty::Bool), vec![]);
        self.attach(or, &[b]);
        self.out.op(or).results[0]
    }
}

/// The hidden local holding a capture until its case matched.
fn capture_local(name: &str) -> String {
    format!(".capture.{name}")
}
