//! Numbers: int arithmetic with inline fast paths on tagged small ints, float arithmetic,
//! bools and conversions between them.
//!
//! Small ints are tagged words `(v << 1) | 1`. The fast paths work on tagged words directly
//! and fall back to the `rt_int_*` slow path (which handles big ints and raises) when an
//! operand is big or the result overflows the 63-bit small range.

use super::FuncLowering;
use super::exprs::SMALL_MIN;
use super::known::{CondFacts, FULL, Range, arith_range};
use super::refcount::Temp;
use metal0_dialects::runtime_abi::FLOAT_VALUE_OFFSET;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{BlockId, OpId, Type, Value};

/// The signed `icmp` predicate of a comparison.
fn icmp_pred(op: &str) -> Option<&'static str> {
    Some(match op {
        "lt" => "slt",
        "le" => "sle",
        "eq" => "eq",
        "ne" => "ne",
        "gt" => "sgt",
        "ge" => "sge",
        _ => return None,
    })
}

/// The slow path of an operation with an inline small-int fast path.
#[derive(Copy, Clone)]
pub(super) enum Slow {
    /// `rt_int_<op>(a, b)`: the operands are ints.
    Int,
    /// `f(code, a, b)` (`rt_binop`, `rt_inplace_binop`): any objects.
    Generic(&'static str, i32),
}

/// A `typed.int.cmp` not lowered yet: the `typed.if` or `while` condition right after it
/// branches on it directly (no i1 merge of the fast and slow paths).
pub(super) struct PendingCmp {
    pub op: OpId,
    /// Operands whose last use is the comparison (dropped on its slow path).
    pub dying: Vec<Temp>,
}

impl FuncLowering<'_> {
    // ---- int helpers -------------------------------------------------------------------------

    /// An int operand as a word (a bool operand becomes 0 or 1).
    pub(super) fn int_word(&mut self, src: Value) -> Value {
        match self.repr(src) {
            Repr::Bool => {
                let b = self.mv(src);
                self.bool_to_int(b)
            }
            Repr::F64 => {
                self.internal("a float where an int is expected");
                self.mv(src)
            }
            Repr::Word => self.mv(src),
        }
    }

    pub(super) fn bool_to_int(&mut self, b: Value) -> Value {
        let (one, zero) = (self.i64c(3), self.i64c(1));
        self.select(b, one, zero)
    }

    /// i1: the word is a small int (constant true when known).
    pub(super) fn is_small(&mut self, w: Value) -> Value {
        if self.small_range(w).is_some() {
            return self.i1c(true);
        }
        let t = self.bin_imm("band", w, 1);
        self.icmp_imm("ne", t, 0)
    }

    pub(super) fn both_small(&mut self, a: Value, b: Value) -> Value {
        // A constant operand is a small int already, and so is a known small word.
        match (self.small_range(a), self.small_range(b)) {
            (Some(_), Some(_)) => self.i1c(true),
            (Some(_), None) => self.is_small(b),
            (None, Some(_)) => self.is_small(a),
            (None, None) => {
                let t = self.bin("band", a, b);
                self.is_small(t)
            }
        }
    }

    // ---- int ---------------------------------------------------------------------------------

    pub(super) fn lower_int(&mut self, op: OpId) {
        let ops = self.operands(op);
        let r = self.result(op);
        let opname = self.str_attr(op, "op");
        // Operands whose last use is this op: dropped on the slow path only.
        let dying = self.dying_temps(&ops);
        match self.src.op(op).name.as_str() {
            "typed.int.binop" => {
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let v = self.int_binop(&opname, a, b, &dying);
                self.produce_as(r, v, Repr::Word);
            }
            "typed.int.truediv" => {
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let v = self.int_truediv(a, b, &dying);
                self.produce_as(r, v, Repr::F64);
            }
            "typed.int.neg" | "typed.int.invert" => {
                let a = self.int_word(ops[0]);
                let v = self.int_unary(self.src.op(op).name == "typed.int.neg", a, &dying);
                self.produce_as(r, v, Repr::Word);
            }
            _ => {
                if icmp_pred(&opname).is_some() && self.defer_int_cmp(op, &dying) {
                    return;
                }
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let Some(pred) = icmp_pred(&opname) else {
                    self.internal(format!("unknown int comparison '{opname}'"));
                    return;
                };
                let v = self.int_cmp(pred, a, b, &dying);
                self.produce_as(r, v, Repr::Bool);
            }
        }
    }

    /// Defers comparison `op` when its only use is the condition of the next op of the block:
    /// a `typed.if`, or the `typed.result` of a `while` condition (when nothing but the dying
    /// operands is held past the comparison). Its dying operands stay held until the branch.
    fn defer_int_cmp(&mut self, op: OpId, dying: &[Temp]) -> bool {
        let r = self.result(op);
        if self.use_counts.get(&r) != Some(&1) {
            return false;
        }
        let scope = self.scopes.last().expect("scope");
        let (block, index) = (scope.block, scope.index);
        let Some(&next) = self.src.block(block).ops.get(index + 1) else { return false };
        let nd = self.src.op(next);
        let fusable = match nd.name.as_str() {
            "typed.if" => nd.operands.first() == Some(&r),
            "typed.result" => {
                let parent = self.src.parent_op(next);
                let in_while_cond = parent.is_some_and(|p| {
                    let pd = self.src.op(p);
                    pd.name == "typed.while" && pd.regions.first().and_then(|&reg| self.src.region(reg).blocks.first().copied()) == Some(block)
                });
                in_while_cond && nd.operands.first() == Some(&r) && scope.temps.iter().all(|t| t.until <= index)
            }
            _ => false,
        };
        if !fusable {
            return false;
        }
        let scope = self.scopes.last_mut().expect("scope");
        for t in scope.temps.iter_mut() {
            if dying.iter().any(|d| d.src == t.src && d.held == t.held) {
                t.until = usize::MAX;
            }
        }
        self.pending_cmp = Some(PendingCmp { op, dying: dying.to_vec() });
        true
    }

    /// Branches to `then` when typed bool `cond` holds, else to `els`; a deferred int
    /// comparison branches from its fast and slow paths directly, and returns what each edge
    /// teaches about a never-reassigned local it compares with a constant.
    /// With `exit_first`, `els` leaves a loop: it is the first target of the branches (see
    /// `cond_br_exit_first`).
    pub(super) fn branch_on(&mut self, cond: Value, then: BlockId, els: BlockId, exit_first: bool) -> CondFacts {
        let br = |s: &mut Self, c: Value| {
            if exit_first {
                s.cond_br_exit_first(c, then, els);
            } else {
                s.cond_br(c, then, els);
            }
        };
        let pending = self.pending_cmp.take_if(|p| self.src.op(p.op).results.first() == Some(&cond));
        let Some(p) = pending else {
            let c = self.operand_as(cond, Repr::Bool, false);
            br(self, c);
            return CondFacts::default();
        };
        let saved = std::mem::replace(&mut self.loc, self.src.op(p.op).loc.clone());
        let ops = self.operands(p.op);
        let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
        let pred = icmp_pred(&self.str_attr(p.op, "op")).unwrap_or("eq");
        let small = self.both_small(a, b);
        if self.const_value(small) == Some(1) {
            let c = self.icmp(pred, a, b);
            br(self, c);
        } else {
            let (fast, slow) = (self.new_block(), self.new_block());
            self.cond_br(small, fast, slow);
            self.enter(fast);
            let c = self.icmp(pred, a, b);
            br(self, c);
            self.enter_cold(slow);
            let r = self.rt_val("rt_int_cmp", &[a, b]);
            let r = self.drop_temps_keeping(&p.dying, r);
            let c = self.icmp_imm(pred, r, 0);
            br(self, c);
        }
        self.forget_temps(&p.dying);
        self.loc = saved;
        self.cond_facts(p.op, pred, a, b)
    }

    /// `a <op> b` on int words: an inline fast path on small ints, else `rt_int_<op>`.
    /// `dying` (operands whose last use this is) are dropped on the slow path and forgotten.
    ///
    /// Operands known to be small skip the tag test; an operation whose result provably stays
    /// small (from the operands' ranges, or by its nature) has no overflow check. A result
    /// that can only come from the fast path is known small.
    pub(super) fn int_binop(&mut self, op: &str, a: Value, b: Value, dying: &[Temp]) -> Value {
        self.small_binop(op, a, b, dying, Slow::Int)
    }

    /// `a <op> b` with an inline fast path when both words are small ints (see `int_binop`)
    /// and `slow` otherwise.
    pub(super) fn small_binop(&mut self, op: &str, a: Value, b: Value, dying: &[Temp], slow_call: Slow) -> Value {
        let slow_fn = match op {
            "add" => "rt_int_add",
            "sub" => "rt_int_sub",
            "mul" => "rt_int_mul",
            "floordiv" => "rt_int_floordiv",
            "mod" => "rt_int_mod",
            "pow" => "rt_int_pow",
            "lshift" => "rt_int_lshift",
            "rshift" => "rt_int_rshift",
            "bitand" => "rt_int_and",
            "bitor" => "rt_int_or",
            "bitxor" => "rt_int_xor",
            _ => {
                self.internal(format!("unknown int operator '{op}'"));
                return a;
            }
        };
        let call_slow = |s: &mut Self| match slow_call {
            Slow::Int => s.rt_checked_val(slow_fn, &[a, b]),
            Slow::Generic(f, code) => {
                let c = s.i32c(code as i64);
                s.rt_checked_val(f, &[c, a, b])
            }
        };
        // Shifts are inline by a constant count only (a left shift checks for overflow).
        let shift = self.small_range(b).filter(|r| r.0 == r.1).map(|r| r.0);
        let inline_shift = match op {
            "rshift" => shift.is_some_and(|k| k >= 0),
            "lshift" => shift.is_some_and(|k| (0..=62).contains(&k)),
            _ => true,
        };
        if op == "pow" || !inline_shift {
            return call_slow(self);
        }
        let (ra, rb) = (self.small_range(a), self.small_range(b));
        let known = ra.zip(rb);
        let res = self.new_var(Type::Int(64));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.both_small(a, b);
        if self.const_value(small) == Some(1) {
            self.br(fast);
        } else {
            self.cond_br(small, fast, slow);
        }
        self.enter(fast);
        // The range of the result when the fast path cannot overflow.
        let mut out: Option<Range> = None;
        match op {
            // (2x+1) + (2y+1) - 1 = 2(x+y) + 1, and likewise for -.
            "add" | "sub" => {
                let b1 = self.bin_imm("isub", b, 1);
                match known.and_then(|(x, y)| arith_range(op, x, y)) {
                    Some(r) => {
                        let s = self.bin(if op == "add" { "iadd" } else { "isub" }, a, b1);
                        self.set(res, s);
                        self.br(join);
                        out = Some(r);
                    }
                    None => {
                        let (s, o) = self.overflow(if op == "add" { "sadd_overflow" } else { "ssub_overflow" }, a, b1);
                        self.set(res, s);
                        self.cond_br(o, slow, join);
                    }
                }
            }
            // x * 2y + 1 = 2xy + 1 (the +1 cannot overflow an even product).
            "mul" => {
                let x = self.bin_imm("sshr", a, 1);
                let b1 = self.bin_imm("isub", b, 1);
                match known.and_then(|(x, y)| arith_range(op, x, y)) {
                    Some(r) => {
                        let p = self.bin("imul", x, b1);
                        let t = self.bin_imm("iadd", p, 1);
                        self.set(res, t);
                        self.br(join);
                        out = Some(r);
                    }
                    None => {
                        let (p, o) = self.overflow("smul_overflow", x, b1);
                        let t = self.bin_imm("iadd", p, 1);
                        self.set(res, t);
                        self.cond_br(o, slow, join);
                    }
                }
            }
            "floordiv" | "mod" => {
                let y = rb.filter(|r| r.0 == r.1).map(|r| r.0);
                out = self.int_divmod(op == "floordiv", a, b, y, ra, res, slow, join);
            }
            "rshift" => {
                // x >> k floors; (2x+1) >> k = x >> (k-1), and setting the low bit gives the
                // tagged x >> k. Counts from 63 on give 0 or -1, as a shift by 63 does.
                let k = shift.unwrap_or(0).min(63);
                let w = if k == 0 {
                    a
                } else {
                    let t = self.bin_imm("sshr", a, k);
                    self.bin_imm("bor", t, 1)
                };
                self.set(res, w);
                self.br(join);
                out = Some(match ra {
                    Some((lo, hi)) => (lo >> k, hi >> k),
                    None => FULL,
                });
            }
            "lshift" => {
                // 2x << k, overflowing when shifting back does not give 2x again.
                let k = shift.unwrap_or(0);
                let x2 = self.bin_imm("isub", a, 1);
                let t = self.bin_imm("shl", x2, k);
                let back = self.bin_imm("sshr", t, k);
                let o = self.icmp("ne", back, x2);
                let w = self.bin_imm("bor", t, 1);
                self.set(res, w);
                self.cond_br(o, slow, join);
            }
            // Two's complement bit operations commute with the tag.
            "bitand" => {
                let w = self.bin("band", a, b);
                self.set(res, w);
                self.br(join);
                // And with a non-negative value stays within [0, that value].
                let nonneg = [ra, rb].into_iter().flatten().filter(|r| r.0 >= 0).map(|r| r.1).min();
                out = Some(nonneg.map_or(FULL, |hi| (0, hi)));
            }
            "bitor" => {
                let w = self.bin("bor", a, b);
                self.set(res, w);
                self.br(join);
                out = Some(FULL);
            }
            _ => {
                let t = self.bin("bxor", a, b);
                let w = self.bin_imm("bor", t, 1);
                self.set(res, w);
                self.br(join);
                out = Some(FULL);
            }
        }
        let has_slow = self.targeted.contains(&slow);
        if has_slow {
            self.enter_cold(slow);
            let w = call_slow(self);
            let w = self.drop_temps_keeping(dying, w);
            self.set(res, w);
            self.br(join);
        }
        self.enter(join);
        self.forget_temps(dying);
        let v = self.get(res);
        if !has_slow {
            self.mark_small(v, out.unwrap_or(FULL));
        }
        v
    }

    /// The fast path of `a // b` or `a % b` on small ints, ending in a branch to `join` (with
    /// the tagged result in `res`) or to `slow`. Python floors: the truncated quotient and
    /// remainder are adjusted when the remainder is non-zero and its sign differs from the
    /// divisor's. A divisor of 0 takes the slow path (which raises); -2**62 // -1 overflows
    /// the small range. With a constant divisor `y` neither check is emitted when it cannot
    /// matter, and a power of two is a mask or a shift. Returns the result range when the
    /// path cannot fail.
    #[allow(clippy::too_many_arguments)]
    fn int_divmod(&mut self, floordiv: bool, a: Value, b: Value, y: Option<i64>, ra: Option<Range>, res: u32, slow: BlockId, join: BlockId) -> Option<Range> {
        if let Some(k) = y.filter(|&k| k > 0 && k & (k - 1) == 0) {
            let s = k.trailing_zeros() as i64;
            let w = if floordiv {
                // (2x+1) >> s = x >> (s-1); setting the low bit tags x >> s.
                if s == 0 {
                    a
                } else {
                    let t = self.bin_imm("sshr", a, s);
                    self.bin_imm("bor", t, 1)
                }
            } else {
                // x mod 2**s = x & (2**s - 1); on the tagged word, mask the bits above the tag.
                let t = self.bin_imm("band", a, (k - 1) << 1);
                self.bin_imm("bor", t, 1)
            };
            self.set(res, w);
            self.br(join);
            return Some(if floordiv {
                ra.map_or(FULL, |(lo, hi)| (lo >> s, hi >> s))
            } else {
                (0, k - 1)
            });
        }
        let x = self.bin_imm("sshr", a, 1);
        let yv = self.bin_imm("sshr", b, 1);
        match y {
            Some(0) => {
                self.br(slow);
                return None;
            }
            Some(_) => {}
            None => {
                let yz = self.icmp_imm("eq", yv, 0);
                let divide = self.new_block();
                self.cond_br(yz, slow, divide);
                self.enter(divide);
            }
        }
        // One division: a division can trap, so the backend would keep an unused one.
        let (q, r) = if floordiv {
            let q = self.bin("sdiv", x, yv);
            let qy = self.bin("imul", q, yv);
            (Some(q), self.bin("isub", x, qy))
        } else {
            (None, self.bin("srem", x, yv))
        };
        let rnz = self.icmp_imm("ne", r, 0);
        let adjust = match y {
            // The remainder's sign differs from a positive divisor's when it is negative.
            Some(k) if k > 0 => self.icmp_imm("slt", r, 0),
            _ => {
                let sx = self.bin("bxor", r, yv);
                let neg = self.icmp_imm("slt", sx, 0);
                self.bin("band", rnz, neg)
            }
        };
        if let Some(q) = q {
            let adj = self.zext(adjust, Type::Int(64));
            let q = self.bin("isub", q, adj);
            // Only a divisor of -1 can leave the small range.
            if y.is_some_and(|k| k != -1) {
                let t = self.bin("iadd", q, q);
                let w = self.bin_imm("bor", t, 1);
                self.set(res, w);
                self.br(join);
                return Some(FULL);
            }
            let (t, o) = self.overflow("sadd_overflow", q, q);
            let w = self.bin_imm("bor", t, 1);
            self.set(res, w);
            self.cond_br(o, slow, join);
            None
        } else {
            let ry = self.bin("iadd", r, yv);
            let m = self.select(adjust, ry, r);
            let t = self.bin("iadd", m, m);
            let w = self.bin_imm("bor", t, 1);
            self.set(res, w);
            self.br(join);
            Some(match y {
                Some(k) if k > 0 => (0, k - 1),
                Some(k) => (k + 1, 0),
                None => FULL,
            })
        }
    }

    /// `-a` (2 - a on tagged words, overflowing only for -2**62) or `~a` (a ^ -2).
    pub(super) fn int_unary(&mut self, neg: bool, a: Value, dying: &[Temp]) -> Value {
        let ra = self.small_range(a);
        let res = self.new_var(Type::Int(64));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.is_small(a);
        if self.const_value(small) == Some(1) {
            self.br(fast);
        } else {
            self.cond_br(small, fast, slow);
        }
        self.enter(fast);
        let out = if neg {
            let two = self.i64c(2);
            match ra.filter(|r| r.0 > SMALL_MIN) {
                Some((lo, hi)) => {
                    let d = self.bin("isub", two, a);
                    self.set(res, d);
                    self.br(join);
                    (-hi, -lo)
                }
                None => {
                    let (d, o) = self.overflow("ssub_overflow", two, a);
                    self.set(res, d);
                    self.cond_br(o, slow, join);
                    FULL
                }
            }
        } else {
            let w = self.bin_imm("bxor", a, -2);
            self.set(res, w);
            self.br(join);
            ra.map_or(FULL, |(lo, hi)| (-hi - 1, -lo - 1))
        };
        let has_slow = self.targeted.contains(&slow);
        if has_slow {
            self.enter_cold(slow);
            let w = self.rt_checked_val(if neg { "rt_int_neg" } else { "rt_int_invert" }, &[a]);
            let w = self.drop_temps_keeping(dying, w);
            self.set(res, w);
            self.br(join);
        }
        self.enter(join);
        self.forget_temps(dying);
        let v = self.get(res);
        if !has_slow {
            self.mark_small(v, out);
        }
        v
    }

    /// Comparison of int words: tagged words compare like their values.
    pub(super) fn int_cmp(&mut self, pred: &str, a: Value, b: Value, dying: &[Temp]) -> Value {
        let small = self.both_small(a, b);
        if self.const_value(small) == Some(1) {
            self.forget_temps(dying);
            return self.icmp(pred, a, b);
        }
        let res = self.new_var(Type::Int(1));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        self.cond_br(small, fast, slow);
        self.enter(fast);
        let c = self.icmp(pred, a, b);
        self.set(res, c);
        self.br(join);
        self.enter_cold(slow);
        let r = self.rt_val("rt_int_cmp", &[a, b]);
        let r = self.drop_temps_keeping(dying, r);
        let c = self.icmp_imm(pred, r, 0);
        self.set(res, c);
        self.br(join);
        self.enter(join);
        self.forget_temps(dying);
        self.get(res)
    }

    /// `a / b` on ints: when both are small and exactly representable as doubles (|v| <=
    /// 2**53) and b != 0, one correctly rounded division, as CPython does; else the runtime.
    pub(super) fn int_truediv(&mut self, a: Value, b: Value, dying: &[Temp]) -> Value {
        let res = self.new_var(Type::F64);
        let (check, fast, slow, join) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        let small = self.both_small(a, b);
        self.cond_br(small, check, slow);
        self.enter(check);
        let x = self.bin_imm("sshr", a, 1);
        let y = self.bin_imm("sshr", b, 1);
        let xs = self.bin_imm("iadd", x, 1 << 53);
        let ys = self.bin_imm("iadd", y, 1 << 53);
        let x_ok = self.icmp_imm("ule", xs, 1 << 54);
        let y_ok = self.icmp_imm("ule", ys, 1 << 54);
        let y_nz = self.icmp_imm("ne", y, 0);
        let ok = self.bin("band", x_ok, y_ok);
        let ok = self.bin("band", ok, y_nz);
        self.cond_br(ok, fast, slow);
        self.enter(fast);
        let fx = self.sitofp(x);
        let fy = self.sitofp(y);
        let q = self.bin("fdiv", fx, fy);
        self.set(res, q);
        self.br(join);
        self.enter_cold(slow);
        let q = self.rt_checked_val("rt_int_truediv", &[a, b]);
        let q = self.drop_temps_keeping(dying, q);
        self.set(res, q);
        self.br(join);
        self.enter(join);
        self.forget_temps(dying);
        self.get(res)
    }

    pub(super) fn int_to_float(&mut self, a: Value) -> Value {
        let res = self.new_var(Type::F64);
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.is_small(a);
        self.cond_br(small, fast, slow);
        self.enter(fast);
        let x = self.bin_imm("sshr", a, 1);
        let f = self.sitofp(x);
        self.set(res, f);
        self.br(join);
        self.enter_cold(slow);
        let f = self.rt_checked_val("rt_int_to_float", &[a]);
        self.set(res, f);
        self.br(join);
        self.enter(join);
        self.get(res)
    }

    // ---- float ---------------------------------------------------------------------------

    pub(super) fn lower_float(&mut self, op: OpId) {
        let ops = self.operands(op);
        let r = self.result(op);
        let opname = self.str_attr(op, "op");
        let a = self.operand_as(ops[0], Repr::F64, false);
        match self.src.op(op).name.as_str() {
            "typed.float.neg" => {
                let v = self.val("machine.fneg", &[a], Type::F64, vec![]);
                self.produce_as(r, v, Repr::F64);
            }
            "typed.float.cmp" => {
                let b = self.operand_as(ops[1], Repr::F64, false);
                if !matches!(opname.as_str(), "lt" | "le" | "eq" | "ne" | "gt" | "ge") {
                    self.internal(format!("unknown float comparison '{opname}'"));
                }
                let v = self.fcmp(&opname, a, b);
                self.produce_as(r, v, Repr::Bool);
            }
            _ => {
                let b = self.operand_as(ops[1], Repr::F64, false);
                let v = match opname.as_str() {
                    "add" => self.bin("fadd", a, b),
                    "sub" => self.bin("fsub", a, b),
                    "mul" => self.bin("fmul", a, b),
                    "truediv" if self.fconst_value(b).is_some_and(|d| d != 0.0) => self.bin("fdiv", a, b),
                    "truediv" => {
                        let z = self.fconst(0.0);
                        let zero = self.fcmp("eq", b, z);
                        // rt_float_div raises ZeroDivisionError: float division by zero.
                        self.raise_if(zero, |s| {
                            s.rt("rt_float_div", &[a, b]);
                        });
                        self.bin("fdiv", a, b)
                    }
                    "floordiv" => self.rt_checked_val("rt_float_floordiv", &[a, b]),
                    "mod" => self.rt_checked_val("rt_float_mod", &[a, b]),
                    "pow" if self.fconst_value(b) == Some(0.5) => self.float_sqrt_pow(a, b),
                    "pow" => self.rt_checked_val("rt_float_pow", &[a, b]),
                    _ => {
                        self.internal(format!("unknown float operator '{opname}'"));
                        a
                    }
                };
                self.produce_as(r, v, Repr::F64);
            }
        }
    }

    /// `a ** 0.5`. CPython computes it with the C library's `pow`, which is not always the
    /// correctly rounded square root: about one input in a thousand differs from `sqrt`.
    /// glibc's `pow` errs by at most `0.509 ULP + |y * ln a| * 1.3 * 2^-15 ULP` (the bound
    /// its source states, 0.54 ULP over all inputs): for `y = 0.5` that is below 0.53 ULP for
    /// any finite `a`, and below 0.51 ULP for `2^-64 < a < 2^64`. So whenever the exact root
    /// lies within 0.47 ULP (0.49 ULP in that range) of `q = sqrt(a)`, every other double is
    /// farther from it than `pow`'s error and `pow` returns `q`. That distance is measured by
    /// the residual `q * q - a`, exact in one FMA for `a > 2^-1000`: about 97 inputs in 100
    /// take `sqrt`, the rest (near a rounding boundary, zero, negative, tiny, NaN, infinite,
    /// or a power-of-two root) call `pow` as CPython does.
    fn float_sqrt_pow(&mut self, a: Value, b: Value) -> Value {
        let res = self.new_var(Type::F64);
        let q = self.val("machine.fsqrt", &[a], Type::F64, vec![]);
        self.set(res, q);
        // The exact residual q * q - a, rounded once.
        let neg_a = self.val("machine.fneg", &[a], Type::F64, vec![]);
        let residual = self.val("machine.fma", &[q, q, neg_a], Type::F64, vec![]);
        let residual = self.val("machine.fabs", &[residual], Type::F64, vec![]);
        // |root - q| < 0.47 ULP(q)  <=>  |q * q - a| < q * 0.94 * ULP(q), where ULP(q) is
        // 2^-52 times q's power of two (0.49 and 0.98 in the narrower range).
        let bits = self.val("machine.bitcast", &[q], Type::Int(64), vec![]);
        let exp_mask = self.i64c(0x7ff0_0000_0000_0000);
        let exp = self.bin("band", bits, exp_mask);
        let exp = self.val("machine.bitcast", &[exp], Type::F64, vec![]);
        let (lo, hi) = (self.fconst(2f64.powi(-64)), self.fconst(2f64.powi(64)));
        let above_lo = self.fcmp("gt", a, lo);
        let below_hi = self.fcmp("lt", a, hi);
        let narrow = self.bin("band", above_lo, below_hi);
        let (wide_scale, narrow_scale) = (self.fconst(0.94 * f64::EPSILON), self.fconst(0.98 * f64::EPSILON));
        let scale = self.select(narrow, narrow_scale, wide_scale);
        let ulp = self.bin("fmul", exp, scale);
        let bound = self.bin("fmul", q, ulp);
        let near = self.fcmp("lt", residual, bound);
        let tiny = self.fconst(2f64.powi(-1000));
        let above = self.fcmp("gt", a, tiny);
        let mantissa = self.bin_imm("shl", bits, 12);
        let not_pow2 = self.icmp_imm("ne", mantissa, 0);
        let ok = self.bin("band", near, above);
        let ok = self.bin("band", ok, not_pow2);
        let (slow, join) = (self.new_block(), self.new_block());
        self.cond_br(ok, join, slow);
        self.enter_cold(slow);
        let v = self.rt_checked_val("rt_float_pow", &[a, b]);
        self.set(res, v);
        self.br(join);
        self.enter(join);
        self.get(res)
    }

    // ---- bool, truthiness, boxing -----------------------------------------------------------

    pub(super) fn lower_conversion(&mut self, op: OpId) {
        let ops = self.operands(op);
        let r = self.result(op);
        match self.src.op(op).name.as_str() {
            "typed.not" => {
                let b = self.operand_as(ops[0], Repr::Bool, false);
                let t = self.i1c(true);
                let v = self.bin("bxor", b, t);
                self.produce_as(r, v, Repr::Bool);
            }
            "typed.truthy" => {
                let v = self.truthy(ops[0]);
                self.produce_as(r, v, Repr::Bool);
            }
            "typed.int_to_float" => {
                let a = self.int_word(ops[0]);
                let v = self.int_to_float(a);
                self.produce_as(r, v, Repr::F64);
            }
            "typed.bool_to_int" => {
                let b = self.operand_as(ops[0], Repr::Bool, false);
                let v = self.bool_to_int(b);
                self.produce_as(r, v, Repr::Word);
            }
            "typed.box" => {
                let want = self.repr(r);
                let v = self.operand_as(ops[0], want, true);
                self.produce_as(r, v, want);
            }
            "typed.unbox" => {
                let want = self.repr(r);
                if want == Repr::F64 {
                    // The operand is known to be a float object: read its value (after the
                    // 16-byte object header) directly.
                    let w = self.operand_as(ops[0], Repr::Word, false);
                    let v = self.load(w, Type::F64, FLOAT_VALUE_OFFSET);
                    self.produce_as(r, v, want);
                    self.shadow_unboxed(r, ops[0], w);
                    return;
                }
                if want == Repr::Word {
                    // The same word, retyped: a new reference, as every produced word.
                    let v = self.operand_owned_copy(ops[0], Repr::Word);
                    self.produce(r, v);
                    return;
                }
                let v = self.operand_as(ops[0], want, false);
                self.produce_as(r, v, want);
            }
            _ => {
                let a = self.operand_as(ops[0], Repr::Word, false);
                let b = self.operand_as(ops[1], Repr::Word, false);
                let v = self.icmp("eq", a, b);
                self.produce_as(r, v, Repr::Bool);
            }
        }
    }

    /// `bool(x)` by the static type of x.
    pub(super) fn truthy(&mut self, src: Value) -> Value {
        let t = self.ty(src);
        match repr_of(&t) {
            Repr::Bool => self.mv(src),
            Repr::F64 => {
                let v = self.mv(src);
                let z = self.fconst(0.0);
                self.fcmp("ne", v, z)
            }
            Repr::Word if t.is("typed", "none") => self.i1c(false),
            Repr::Word if t.is("typed", "int") => {
                let w = self.mv(src);
                if self.small_range(w).is_some() {
                    return self.icmp_imm("ne", w, 1);
                }
                let res = self.new_var(Type::Int(1));
                let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
                let small = self.is_small(w);
                self.cond_br(small, fast, slow);
                self.enter(fast);
                let c = self.icmp_imm("ne", w, 1);
                self.set(res, c);
                self.br(join);
                self.enter_cold(slow);
                let c = self.convert(w, Repr::Word, Repr::Bool, false);
                self.set(res, c);
                self.br(join);
                self.enter(join);
                self.get(res)
            }
            Repr::Word => {
                let w = self.mv(src);
                self.convert(w, Repr::Word, Repr::Bool, false)
            }
        }
    }
}
