//! Numbers: int arithmetic with inline fast paths on tagged small ints, float arithmetic,
//! bools and conversions between them.
//!
//! Small ints are tagged words `(v << 1) | 1`. The fast paths work on tagged words directly
//! and fall back to the `rt_int_*` slow path (which handles big ints and raises) when an
//! operand is big or the result overflows the 63-bit small range.

use super::FuncLowering;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{OpId, Type, Value};

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

    /// i1: the word is a small int.
    pub(super) fn is_small(&mut self, w: Value) -> Value {
        let t = self.bin_imm("band", w, 1);
        self.icmp_imm("ne", t, 0)
    }

    pub(super) fn both_small(&mut self, a: Value, b: Value) -> Value {
        // A constant operand is a small int already.
        match (self.const_value(a), self.const_value(b)) {
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
        match self.src.op(op).name.as_str() {
            "typed.int.binop" => {
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let v = self.int_binop(&opname, a, b);
                self.produce_as(r, v, Repr::Word);
            }
            "typed.int.truediv" => {
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let v = self.int_truediv(a, b);
                self.produce_as(r, v, Repr::F64);
            }
            "typed.int.neg" | "typed.int.invert" => {
                let a = self.int_word(ops[0]);
                let v = self.int_unary(self.src.op(op).name == "typed.int.neg", a);
                self.produce_as(r, v, Repr::Word);
            }
            _ => {
                let (a, b) = (self.int_word(ops[0]), self.int_word(ops[1]));
                let Some(pred) = icmp_pred(&opname) else {
                    self.internal(format!("unknown int comparison '{opname}'"));
                    return;
                };
                let v = self.int_cmp(pred, a, b);
                self.produce_as(r, v, Repr::Bool);
            }
        }
    }

    /// `a <op> b` on int words: an inline fast path on small ints, else `rt_int_<op>`.
    pub(super) fn int_binop(&mut self, op: &str, a: Value, b: Value) -> Value {
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
        if matches!(op, "pow" | "lshift" | "rshift") {
            return self.rt_checked_val(slow_fn, &[a, b]);
        }
        let res = self.new_var(Type::Int(64));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.both_small(a, b);
        self.cond_br(small, fast, slow);
        self.enter(fast);
        match op {
            // (2x+1) + (2y+1) - 1 = 2(x+y) + 1, and likewise for -.
            "add" | "sub" => {
                let b1 = self.bin_imm("isub", b, 1);
                let (s, o) = self.overflow(if op == "add" { "sadd_overflow" } else { "ssub_overflow" }, a, b1);
                self.set(res, s);
                self.cond_br(o, slow, join);
            }
            // x * 2y + 1 = 2xy + 1 (the +1 cannot overflow an even product).
            "mul" => {
                let x = self.bin_imm("sshr", a, 1);
                let b1 = self.bin_imm("isub", b, 1);
                let (p, o) = self.overflow("smul_overflow", x, b1);
                let t = self.bin_imm("iadd", p, 1);
                self.set(res, t);
                self.cond_br(o, slow, join);
            }
            // Python floors: adjust the truncated quotient/remainder when the remainder is
            // non-zero and its sign differs from the divisor's. Divisor 0 takes the slow path
            // (which raises); -2**62 // -1 overflows the small range and retags with overflow.
            "floordiv" | "mod" => {
                let x = self.bin_imm("sshr", a, 1);
                let y = self.bin_imm("sshr", b, 1);
                let yz = self.icmp_imm("eq", y, 0);
                let divide = self.new_block();
                self.cond_br(yz, slow, divide);
                self.enter(divide);
                // One division: a division can trap, so the backend would keep an unused one.
                let (q, r) = if op == "floordiv" {
                    let q = self.bin("sdiv", x, y);
                    let qy = self.bin("imul", q, y);
                    (Some(q), self.bin("isub", x, qy))
                } else {
                    (None, self.bin("srem", x, y))
                };
                let rnz = self.icmp_imm("ne", r, 0);
                let sx = self.bin("bxor", r, y);
                let neg = self.icmp_imm("slt", sx, 0);
                let adjust = self.bin("band", rnz, neg);
                if let Some(q) = q {
                    let adj = self.zext(adjust, Type::Int(64));
                    let q = self.bin("isub", q, adj);
                    let (t, o) = self.overflow("sadd_overflow", q, q);
                    let w = self.bin_imm("bor", t, 1);
                    self.set(res, w);
                    self.cond_br(o, slow, join);
                } else {
                    let ry = self.bin("iadd", r, y);
                    let m = self.select(adjust, ry, r);
                    let t = self.bin("iadd", m, m);
                    let w = self.bin_imm("bor", t, 1);
                    self.set(res, w);
                    self.br(join);
                }
            }
            // Two's complement bit operations commute with the tag.
            "bitand" => {
                let w = self.bin("band", a, b);
                self.set(res, w);
                self.br(join);
            }
            "bitor" => {
                let w = self.bin("bor", a, b);
                self.set(res, w);
                self.br(join);
            }
            _ => {
                let t = self.bin("bxor", a, b);
                let w = self.bin_imm("bor", t, 1);
                self.set(res, w);
                self.br(join);
            }
        }
        self.enter_cold(slow);
        let w = self.rt_checked_val(slow_fn, &[a, b]);
        self.set(res, w);
        self.br(join);
        self.enter(join);
        self.get(res)
    }

    /// `-a` (2 - a on tagged words, overflowing only for -2**62) or `~a` (a ^ -2).
    pub(super) fn int_unary(&mut self, neg: bool, a: Value) -> Value {
        let res = self.new_var(Type::Int(64));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.is_small(a);
        self.cond_br(small, fast, slow);
        self.enter(fast);
        if neg {
            let two = self.i64c(2);
            let (d, o) = self.overflow("ssub_overflow", two, a);
            self.set(res, d);
            self.cond_br(o, slow, join);
        } else {
            let w = self.bin_imm("bxor", a, -2);
            self.set(res, w);
            self.br(join);
        }
        self.enter_cold(slow);
        let w = self.rt_checked_val(if neg { "rt_int_neg" } else { "rt_int_invert" }, &[a]);
        self.set(res, w);
        self.br(join);
        self.enter(join);
        self.get(res)
    }

    /// Comparison of int words: tagged words compare like their values.
    pub(super) fn int_cmp(&mut self, pred: &str, a: Value, b: Value) -> Value {
        let res = self.new_var(Type::Int(1));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let small = self.both_small(a, b);
        self.cond_br(small, fast, slow);
        self.enter(fast);
        let c = self.icmp(pred, a, b);
        self.set(res, c);
        self.br(join);
        self.enter_cold(slow);
        let r = self.rt_val("rt_int_cmp", &[a, b]);
        let c = self.icmp_imm(pred, r, 0);
        self.set(res, c);
        self.br(join);
        self.enter(join);
        self.get(res)
    }

    /// `a / b` on ints: when both are small and exactly representable as doubles (|v| <=
    /// 2**53) and b != 0, one correctly rounded division, as CPython does; else the runtime.
    pub(super) fn int_truediv(&mut self, a: Value, b: Value) -> Value {
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
        self.set(res, q);
        self.br(join);
        self.enter(join);
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
