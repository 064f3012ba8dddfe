//! Lowering of each machine op to Cranelift instructions, with the type checks that keep the
//! emitted Cranelift IR well typed (so malformed input is reported against the machine op, not
//! as a Cranelift verifier error or a panic).
//!
//! Meanings decided here where the dialect table is terse:
//! - `i1` is an `I8` holding 0/1; `machine.trunc` to `i1` keeps the low bit; a `machine.load`
//!   of an `i1` reads one byte and keeps its low bit; `machine.sext` of an `i1` gives 0 or -1.
//!   Arithmetic other than `band`/`bor`/`bxor` on `i1` is rejected.
//! - `zext`/`sext`/`trunc` between types of the same width (`i64` <-> `!machine.ptr`) are no-ops;
//!   `!machine.ptr` and `i64` mix freely wherever Cranelift types agree (pointer arithmetic).
//! - The shift amount of `shl`/`sshr`/`ushr` may be any integer type; all three take the amount
//!   modulo the width (Cranelift semantics).
//! - `machine.sdiv` of the minimum value by -1 traps (Cranelift `sdiv`), rather than wrapping;
//!   `machine.srem` of the same gives 0.
//! - `machine.const` values must fit the result width (signed or unsigned); `offset` on
//!   `load`/`store` defaults to 0 when absent.
//! - `machine.stack_alloc` is one fixed stack slot per op, whatever the number of times it runs.
//! - `machine.trap` is a Cranelift `trap` with user code [`TRAP_CODE`] (`ud2` on x86_64: SIGILL).
//! - `machine.symbol_addr` of a runtime function name gives the address of that import.

use crate::checked;
use crate::lower::Lowerer;
use crate::symbols::Sym;
use crate::types::{MTy, Sig};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, InstBuilder, MemFlagsData, SourceLoc, StackSlotData, StackSlotKind, TrapCode, types};
use cranelift_module::{FuncId, Module as _};
use metal0_dialects::ir::OpData;
use metal0_dialects::{Attr, BlockId, OpId, Value};

type R<T> = Result<T, String>;

/// Block arguments of every branch (machine branches carry none).
pub(crate) const NO_ARGS: &[ir::BlockArg] = &[];

/// The Cranelift user trap code of `machine.trap`.
pub const TRAP_CODE: u8 = 1;

/// How an integer binary op is lowered.
#[derive(Copy, Clone, PartialEq, Eq)]
enum IntBin {
    Add,
    Sub,
    Mul,
    SDiv,
    SRem,
    And,
    Or,
    Xor,
    Shl,
    SShr,
    UShr,
}

fn int_cc(pred: &str) -> Option<IntCC> {
    Some(match pred {
        "eq" => IntCC::Equal,
        "ne" => IntCC::NotEqual,
        "slt" => IntCC::SignedLessThan,
        "sle" => IntCC::SignedLessThanOrEqual,
        "sgt" => IntCC::SignedGreaterThan,
        "sge" => IntCC::SignedGreaterThanOrEqual,
        "ult" => IntCC::UnsignedLessThan,
        "ule" => IntCC::UnsignedLessThanOrEqual,
        "ugt" => IntCC::UnsignedGreaterThan,
        "uge" => IntCC::UnsignedGreaterThanOrEqual,
        _ => return None,
    })
}

/// `eq lt le gt ge` are ordered (false when either side is NaN); `ne` is unordered-or-not-equal
/// (true when either side is NaN), as Python's `!=` on floats.
fn float_cc(pred: &str) -> Option<FloatCC> {
    Some(match pred {
        "eq" => FloatCC::Equal,
        "ne" => FloatCC::NotEqual,
        "lt" => FloatCC::LessThan,
        "le" => FloatCC::LessThanOrEqual,
        "gt" => FloatCC::GreaterThan,
        "ge" => FloatCC::GreaterThanOrEqual,
        _ => return None,
    })
}

/// `v` truncated to `bits`, if `v` is representable in that width as a signed or an unsigned
/// number; the result is zero-extended, as Cranelift's `iconst` immediates must be.
fn fit_const(v: i64, bits: u32) -> Option<i64> {
    if bits >= 64 {
        return Some(v);
    }
    let mask = (1i64 << bits) - 1;
    let low = v & mask;
    let sign_extended = (low << (64 - bits)) >> (64 - bits);
    (low == v || sign_extended == v).then_some(low)
}

impl Lowerer<'_> {
    // ---- helpers --------------------------------------------------------------------------

    fn shape(d: &OpData, operands: usize, results: usize) -> R<()> {
        if d.operands.len() != operands {
            return Err(format!("expects {operands} operands, has {}", d.operands.len()));
        }
        if d.results.len() != results {
            return Err(format!("expects {results} results, has {}", d.results.len()));
        }
        Ok(())
    }

    /// The lowered value of an operand and its machine type.
    fn operand(&self, v: Value) -> R<(ir::Value, MTy)> {
        checked::value_type(self.m, v)?;
        self.values.get(&v).copied().ok_or_else(|| {
            format!(
                "uses {} which is not defined at this point (a value must be defined earlier in its block or in a block that dominates this one)",
                checked::describe_value(self.m, v)
            )
        })
    }

    fn int_operand(&self, v: Value, what: &str) -> R<(ir::Value, MTy)> {
        let (x, t) = self.operand(v)?;
        if !t.is_int() {
            return Err(format!("{what} has type {t}, expected an integer"));
        }
        Ok((x, t))
    }

    fn f64_operand(&self, v: Value, what: &str) -> R<ir::Value> {
        let (x, t) = self.operand(v)?;
        if t != MTy::F64 {
            return Err(format!("{what} has type {t}, expected f64"));
        }
        Ok(x)
    }

    fn result_ty(&self, d: &OpData, i: usize) -> R<MTy> {
        let v = *d.results.get(i).ok_or_else(|| format!("has no result {i}"))?;
        checked::value_type(self.m, v).and_then(MTy::of).map_err(|e| format!("result {i}: {e}"))
    }

    fn def(&mut self, v: Value, x: ir::Value, t: MTy) -> R<()> {
        if self.values.insert(v, (x, t)).is_some() {
            return Err(format!("defines {} a second time (is the op listed twice?)", checked::describe_value(self.m, v)));
        }
        Ok(())
    }

    fn int_attr(&self, op: OpId, name: &str) -> R<i64> {
        self.m.attr(op, name).and_then(Attr::as_int).ok_or_else(|| format!("requires an integer attribute '{name}'"))
    }

    fn symbol_attr(&self, op: OpId, name: &str) -> R<String> {
        match self.m.attr(op, name) {
            Some(Attr::Symbol(s)) => Ok(s.clone()),
            _ => Err(format!("requires a symbol attribute '{name}'")),
        }
    }

    fn str_attr<'m>(&'m self, op: OpId, name: &str) -> R<&'m str> {
        self.m.str_attr(op, name).ok_or_else(|| format!("requires a string attribute '{name}'"))
    }

    fn iconst(&mut self, t: MTy, v: i64) -> R<ir::Value> {
        let imm = fit_const(v, t.bits()).ok_or_else(|| format!("constant {v} does not fit in {t}"))?;
        Ok(self.b.ins().iconst(t.clif(), imm))
    }

    fn target(&self, b: BlockId) -> R<ir::Block> {
        self.blocks.get(&b).copied().ok_or_else(|| format!("branches to block id {} which is not a block of this function", b.0))
    }

    /// `ptr + offset` as a base and a 32-bit immediate offset.
    fn address(&mut self, p: ir::Value, offset: i64) -> (ir::Value, i32) {
        match i32::try_from(offset) {
            Ok(o) => (p, o),
            Err(_) => {
                let k = self.b.ins().iconst(types::I64, offset);
                (self.b.ins().iadd(p, k), 0)
            }
        }
    }

    fn address_operand(&self, v: Value) -> R<ir::Value> {
        let (p, t) = self.operand(v)?;
        if !t.compatible(MTy::Ptr) {
            return Err(format!("the address has type {t}, expected !machine.ptr or i64"));
        }
        Ok(p)
    }

    fn func_ref(&mut self, id: FuncId) -> ir::FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.obj.declare_func_in_func(id, self.b.func);
        // Runtime functions are linked statically into the same executable: a direct
        // PC-relative call reaches them (no address load through the GOT).
        self.b.func.dfg.ext_funcs[r].colocated = true;
        self.func_refs.insert(id, r);
        r
    }

    /// A function symbol: a `machine.func` of the module or a runtime function.
    fn resolve_func(&mut self, name: &str, what: &str) -> R<(FuncId, Sig)> {
        match self.syms.get(name) {
            Some(Sym::Func(i)) => Ok((self.syms.funcs[i].id, self.syms.funcs[i].sig.clone())),
            Some(Sym::Data(_)) => Err(format!("{what} @{name}, which is data, not a function")),
            None => match self.syms.runtime(self.obj, name)? {
                Some((id, sig)) => Ok((id, sig.clone())),
                None => Err(format!("{what} unknown function @{name} (neither a machine.func of this module nor a runtime function)")),
            },
        }
    }

    // ---- ops ------------------------------------------------------------------------------

    pub(crate) fn lower_op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let d = checked::op(m, op)?;
        if !d.regions.is_empty() {
            return Err("has regions; ops inside a machine function have none".into());
        }
        let line = d.loc.line();
        self.b.set_srcloc(if line == 0 { SourceLoc::default() } else { SourceLoc::new(line) });
        let name = d.name.as_str();
        match name {
            "machine.const" => {
                Self::shape(d, 0, 1)?;
                let t = self.result_ty(d, 0)?;
                if !t.is_int() {
                    return Err(format!("has result type {t}; use machine.fconst for f64"));
                }
                let v = match m.attr(op, "value") {
                    Some(Attr::Int(v, _)) => *v,
                    Some(Attr::Bool(b)) => *b as i64,
                    _ => return Err("requires an integer attribute 'value'".into()),
                };
                let x = self.iconst(t, v)?;
                self.def(d.results[0], x, t)
            }
            "machine.fconst" => {
                Self::shape(d, 0, 1)?;
                let t = self.result_ty(d, 0)?;
                if t != MTy::F64 {
                    return Err(format!("has result type {t}, expected f64"));
                }
                let v = m.attr(op, "value").and_then(Attr::as_float).ok_or("requires a float attribute 'value'")?;
                let x = self.b.ins().f64const(v);
                self.def(d.results[0], x, t)
            }
            "machine.symbol_addr" => {
                Self::shape(d, 0, 1)?;
                let t = self.result_ty(d, 0)?;
                if !t.compatible(MTy::Ptr) {
                    return Err(format!("has result type {t}, expected !machine.ptr"));
                }
                let sym = self.symbol_attr(op, "symbol")?;
                let x = match self.syms.get(&sym) {
                    Some(Sym::Data(id)) => {
                        let gv = match self.data_refs.get(&id) {
                            Some(gv) => *gv,
                            None => {
                                let gv = self.obj.declare_data_in_func(id, self.b.func);
                                self.data_refs.insert(id, gv);
                                gv
                            }
                        };
                        self.b.ins().symbol_value(types::I64, gv)
                    }
                    _ => {
                        let (id, _) = self.resolve_func(&sym, "takes the address of")?;
                        let f = self.func_ref(id);
                        self.b.ins().func_addr(types::I64, f)
                    }
                };
                self.def(d.results[0], x, t)
            }
            "machine.stack_alloc" => {
                Self::shape(d, 0, 1)?;
                let t = self.result_ty(d, 0)?;
                if !t.compatible(MTy::Ptr) {
                    return Err(format!("has result type {t}, expected !machine.ptr"));
                }
                let size = self.int_attr(op, "size")?;
                let size = u32::try_from(size).map_err(|_| format!("size {size} is out of range"))?;
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(1), 3));
                let x = self.b.ins().stack_addr(types::I64, slot, 0);
                self.def(d.results[0], x, t)
            }
            "machine.iadd" | "machine.isub" | "machine.imul" | "machine.sdiv" | "machine.srem" | "machine.band" | "machine.bor" | "machine.bxor" | "machine.shl"
            | "machine.sshr" | "machine.ushr" => {
                let kind = match name {
                    "machine.iadd" => IntBin::Add,
                    "machine.isub" => IntBin::Sub,
                    "machine.imul" => IntBin::Mul,
                    "machine.sdiv" => IntBin::SDiv,
                    "machine.srem" => IntBin::SRem,
                    "machine.band" => IntBin::And,
                    "machine.bor" => IntBin::Or,
                    "machine.bxor" => IntBin::Xor,
                    "machine.shl" => IntBin::Shl,
                    "machine.sshr" => IntBin::SShr,
                    _ => IntBin::UShr,
                };
                self.int_binary(d, kind)
            }
            "machine.sadd_overflow" | "machine.ssub_overflow" | "machine.smul_overflow" => {
                Self::shape(d, 2, 2)?;
                let t = self.result_ty(d, 0)?;
                if !t.is_int() || t == MTy::I1 {
                    return Err(format!("has result type {t}, expected an integer wider than i1"));
                }
                if self.result_ty(d, 1)? != MTy::I1 {
                    return Err("its second result (the overflow flag) must be i1".into());
                }
                let (x, tx) = self.int_operand(d.operands[0], "the left operand")?;
                let (y, ty) = self.int_operand(d.operands[1], "the right operand")?;
                if !tx.compatible(t) || !ty.compatible(t) {
                    return Err(format!("operands of types {tx} and {ty} do not match the result type {t}"));
                }
                let (r, of) = match name {
                    "machine.sadd_overflow" => self.b.ins().sadd_overflow(x, y),
                    "machine.ssub_overflow" => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.def(d.results[0], r, t)?;
                self.def(d.results[1], of, MTy::I1)
            }
            "machine.icmp" => {
                Self::shape(d, 2, 1)?;
                let pred = self.str_attr(op, "pred")?;
                let cc = int_cc(pred).ok_or_else(|| format!("unknown predicate \"{pred}\" (expected eq ne slt sle sgt sge ult ule ugt uge)"))?;
                let (x, tx) = self.int_operand(d.operands[0], "the left operand")?;
                let (y, ty) = self.int_operand(d.operands[1], "the right operand")?;
                if !tx.compatible(ty) {
                    return Err(format!("compares values of different types {tx} and {ty}"));
                }
                if self.result_ty(d, 0)? != MTy::I1 {
                    return Err("must have an i1 result".into());
                }
                let r = self.b.ins().icmp(cc, x, y);
                self.def(d.results[0], r, MTy::I1)
            }
            "machine.select" => {
                Self::shape(d, 3, 1)?;
                let (c, tc) = self.operand(d.operands[0])?;
                if tc != MTy::I1 {
                    return Err(format!("the condition has type {tc}, expected i1"));
                }
                let (a, ta) = self.operand(d.operands[1])?;
                let (b, tb) = self.operand(d.operands[2])?;
                let t = self.result_ty(d, 0)?;
                if !ta.compatible(t) || !tb.compatible(t) {
                    return Err(format!("selects between {ta} and {tb} but has result type {t}"));
                }
                let r = self.b.ins().select(c, a, b);
                self.def(d.results[0], r, t)
            }
            "machine.zext" | "machine.sext" | "machine.trunc" => {
                Self::shape(d, 1, 1)?;
                let (x, from) = self.int_operand(d.operands[0], "the operand")?;
                let to = self.result_ty(d, 0)?;
                if !to.is_int() {
                    return Err(format!("has result type {to}, expected an integer"));
                }
                let r = self.convert(name, x, from, to)?;
                self.def(d.results[0], r, to)
            }
            "machine.fadd" | "machine.fsub" | "machine.fmul" | "machine.fdiv" => {
                Self::shape(d, 2, 1)?;
                let x = self.f64_operand(d.operands[0], "the left operand")?;
                let y = self.f64_operand(d.operands[1], "the right operand")?;
                if self.result_ty(d, 0)? != MTy::F64 {
                    return Err("must have an f64 result".into());
                }
                let ins = self.b.ins();
                let r = match name {
                    "machine.fadd" => ins.fadd(x, y),
                    "machine.fsub" => ins.fsub(x, y),
                    "machine.fmul" => ins.fmul(x, y),
                    _ => ins.fdiv(x, y),
                };
                self.def(d.results[0], r, MTy::F64)
            }
            "machine.fma" => {
                Self::shape(d, 3, 1)?;
                let x = self.f64_operand(d.operands[0], "the first operand")?;
                let y = self.f64_operand(d.operands[1], "the second operand")?;
                let z = self.f64_operand(d.operands[2], "the addend")?;
                if self.result_ty(d, 0)? != MTy::F64 {
                    return Err("must have an f64 result".into());
                }
                // An FMA instruction when the host has one, else the C library's `fma`.
                let r = self.b.ins().fma(x, y, z);
                self.def(d.results[0], r, MTy::F64)
            }
            "machine.fneg" | "machine.fabs" | "machine.fsqrt" => {
                Self::shape(d, 1, 1)?;
                let x = self.f64_operand(d.operands[0], "the operand")?;
                if self.result_ty(d, 0)? != MTy::F64 {
                    return Err("must have an f64 result".into());
                }
                let ins = self.b.ins();
                let r = match name {
                    "machine.fneg" => ins.fneg(x),
                    "machine.fabs" => ins.fabs(x),
                    _ => ins.sqrt(x),
                };
                self.def(d.results[0], r, MTy::F64)
            }
            "machine.bitcast" => {
                Self::shape(d, 1, 1)?;
                let (x, from) = self.operand(d.operands[0])?;
                let to = self.result_ty(d, 0)?;
                let ty = match (from, to) {
                    (MTy::I64, MTy::F64) => types::F64,
                    (MTy::F64, MTy::I64) => types::I64,
                    _ => return Err(format!("reinterprets {from} as {to}, expected i64 to f64 or f64 to i64")),
                };
                let r = self.b.ins().bitcast(ty, MemFlagsData::new(), x);
                self.def(d.results[0], r, to)
            }
            "machine.fcmp" => {
                Self::shape(d, 2, 1)?;
                let pred = self.str_attr(op, "pred")?;
                let cc = float_cc(pred).ok_or_else(|| format!("unknown predicate \"{pred}\" (expected eq ne lt le gt ge)"))?;
                let x = self.f64_operand(d.operands[0], "the left operand")?;
                let y = self.f64_operand(d.operands[1], "the right operand")?;
                if self.result_ty(d, 0)? != MTy::I1 {
                    return Err("must have an i1 result".into());
                }
                let r = self.b.ins().fcmp(cc, x, y);
                self.def(d.results[0], r, MTy::I1)
            }
            "machine.sitofp" => {
                Self::shape(d, 1, 1)?;
                let (x, t) = self.int_operand(d.operands[0], "the operand")?;
                if self.result_ty(d, 0)? != MTy::F64 {
                    return Err("must have an f64 result".into());
                }
                let x = match t {
                    MTy::I1 => self.b.ins().uextend(types::I64, x),
                    MTy::I8 | MTy::I16 => self.b.ins().sextend(types::I64, x),
                    _ => x,
                };
                let r = self.b.ins().fcvt_from_sint(types::F64, x);
                self.def(d.results[0], r, MTy::F64)
            }
            "machine.load" => {
                Self::shape(d, 1, 1)?;
                let p = self.address_operand(d.operands[0])?;
                let t = self.result_ty(d, 0)?;
                let offset = if m.attr(op, "offset").is_some() { self.int_attr(op, "offset")? } else { 0 };
                let (p, off) = self.address(p, offset);
                let mut r = self.b.ins().load(t.clif(), MemFlagsData::new(), p, off);
                if t == MTy::I1 {
                    r = self.b.ins().band_imm_u(r, 1);
                }
                self.def(d.results[0], r, t)
            }
            "machine.store" => {
                Self::shape(d, 2, 0)?;
                let (x, _) = self.operand(d.operands[0])?;
                let p = self.address_operand(d.operands[1])?;
                let offset = if m.attr(op, "offset").is_some() { self.int_attr(op, "offset")? } else { 0 };
                let (p, off) = self.address(p, offset);
                self.b.ins().store(MemFlagsData::new(), x, p, off);
                Ok(())
            }
            "machine.var_get" | "machine.var_set" => {
                let index = self.int_attr(op, "var")?;
                let (var, vt) = usize::try_from(index)
                    .ok()
                    .and_then(|i| self.vars.get(i).copied())
                    .ok_or_else(|| format!("variable slot {index} is out of range (the function's var_types has {} slots)", self.vars.len()))?;
                if name == "machine.var_get" {
                    Self::shape(d, 0, 1)?;
                    let t = self.result_ty(d, 0)?;
                    if !t.compatible(vt) {
                        return Err(format!("reads slot {index} of type {vt} as {t}"));
                    }
                    let r = self.b.try_use_var(var).map_err(|e| format!("cannot read slot {index}: {e}"))?;
                    self.def(d.results[0], r, t)
                } else {
                    Self::shape(d, 1, 0)?;
                    let (x, t) = self.operand(d.operands[0])?;
                    if !t.compatible(vt) {
                        return Err(format!("writes a {t} to slot {index} of type {vt}"));
                    }
                    self.b.try_def_var(var, x).map_err(|e| format!("cannot write slot {index}: {e}"))
                }
            }
            "machine.call" => self.call(op, d),
            "machine.br" => {
                Self::shape(d, 0, 0)?;
                let t = self.target(d.successors[0])?;
                self.b.ins().jump(t, NO_ARGS);
                Ok(())
            }
            "machine.cond_br" => {
                Self::shape(d, 1, 0)?;
                let (c, tc) = self.operand(d.operands[0])?;
                if tc != MTy::I1 {
                    return Err(format!("the condition has type {tc}, expected i1"));
                }
                let (then, els) = (self.target(d.successors[0])?, self.target(d.successors[1])?);
                self.b.ins().brif(c, then, NO_ARGS, els, NO_ARGS);
                Ok(())
            }
            "machine.return" => {
                if !d.results.is_empty() {
                    return Err("has results".into());
                }
                if d.operands.len() != self.results.len() {
                    return Err(format!("returns {} values but the function returns {}", d.operands.len(), self.results.len()));
                }
                let mut vals = Vec::with_capacity(d.operands.len());
                for (k, &v) in d.operands.iter().enumerate() {
                    let (x, t) = self.operand(v)?;
                    if !t.compatible(self.results[k]) {
                        return Err(format!("returns a {t} but the function returns {}", self.results[k]));
                    }
                    vals.push(x);
                }
                self.b.ins().return_(&vals);
                Ok(())
            }
            "machine.trap" => {
                Self::shape(d, 0, 0)?;
                self.b.ins().trap(TrapCode::unwrap_user(TRAP_CODE));
                Ok(())
            }
            "machine.func" | "machine.global" | "machine.data" => Err("is only allowed at module level".into()),
            _ => Err("is not a machine dialect op the Cranelift backend can lower".into()),
        }
    }

    fn int_binary(&mut self, d: &OpData, kind: IntBin) -> R<()> {
        Self::shape(d, 2, 1)?;
        let t = self.result_ty(d, 0)?;
        if !t.is_int() {
            return Err(format!("has result type {t}, expected an integer"));
        }
        let bitwise = matches!(kind, IntBin::And | IntBin::Or | IntBin::Xor);
        if t == MTy::I1 && !bitwise {
            return Err("i1 arithmetic is not supported (only band, bor and bxor take i1)".into());
        }
        let shift = matches!(kind, IntBin::Shl | IntBin::SShr | IntBin::UShr);
        let (x, tx) = self.int_operand(d.operands[0], "the left operand")?;
        let (y, ty) = self.int_operand(d.operands[1], if shift { "the shift amount" } else { "the right operand" })?;
        if !tx.compatible(t) || (!shift && !ty.compatible(t)) {
            return Err(format!("operands of types {tx} and {ty} do not match the result type {t}"));
        }
        let ins = self.b.ins();
        let r = match kind {
            IntBin::Add => ins.iadd(x, y),
            IntBin::Sub => ins.isub(x, y),
            IntBin::Mul => ins.imul(x, y),
            IntBin::SDiv => ins.sdiv(x, y),
            IntBin::SRem => ins.srem(x, y),
            IntBin::And => ins.band(x, y),
            IntBin::Or => ins.bor(x, y),
            IntBin::Xor => ins.bxor(x, y),
            IntBin::Shl => ins.ishl(x, y),
            IntBin::SShr => ins.sshr(x, y),
            IntBin::UShr => ins.ushr(x, y),
        };
        self.def(d.results[0], r, t)
    }

    /// `zext`, `sext` and `trunc` between integer types.
    fn convert(&mut self, name: &str, x: ir::Value, from: MTy, to: MTy) -> R<ir::Value> {
        let same_clif = from.clif() == to.clif();
        Ok(match name {
            "machine.zext" | "machine.sext" => {
                if to.bits() < from.bits() {
                    return Err(format!("extends {from} to the narrower type {to}"));
                }
                let sext = name == "machine.sext";
                match (from, sext) {
                    // 0/1 in an I8: zero-extension is a plain widening, sign-extension negates.
                    (MTy::I1, false) if same_clif => x,
                    (MTy::I1, false) => self.b.ins().uextend(to.clif(), x),
                    (MTy::I1, true) if to == MTy::I1 => x,
                    (MTy::I1, true) => {
                        let minus = self.b.ins().ineg(x);
                        if same_clif { minus } else { self.b.ins().sextend(to.clif(), minus) }
                    }
                    _ if same_clif => x,
                    (_, false) => self.b.ins().uextend(to.clif(), x),
                    (_, true) => self.b.ins().sextend(to.clif(), x),
                }
            }
            _ => {
                if to.bits() > from.bits() {
                    return Err(format!("truncates {from} to the wider type {to}"));
                }
                if to == MTy::I1 && from != MTy::I1 {
                    let narrow = if from.clif() == types::I8 { x } else { self.b.ins().ireduce(types::I8, x) };
                    self.b.ins().band_imm_u(narrow, 1)
                } else if same_clif {
                    x
                } else {
                    self.b.ins().ireduce(to.clif(), x)
                }
            }
        })
    }

    fn call(&mut self, op: OpId, d: &OpData) -> R<()> {
        let callee = self.symbol_attr(op, "callee")?;
        if d.results.len() > 1 {
            return Err(format!("has {} results; calls return at most one value", d.results.len()));
        }
        let (id, sig) = self.resolve_func(&callee, "calls")?;
        if d.operands.len() != sig.params.len() {
            return Err(format!("passes {} arguments to @{callee}, which takes {}", d.operands.len(), sig.params.len()));
        }
        let mut args = Vec::with_capacity(d.operands.len());
        for (k, &v) in d.operands.iter().enumerate() {
            let (x, t) = self.operand(v)?;
            if !t.compatible(sig.params[k]) {
                return Err(format!("passes a {t} as argument {k} of @{callee}, which takes {}", sig.params[k]));
            }
            args.push(x);
        }
        if d.results.len() != sig.results.len() {
            return Err(format!("expects {} results from @{callee}, which returns {}", d.results.len(), sig.results.len()));
        }
        let f = self.func_ref(id);
        let inst = self.b.ins().call(f, &args);
        let rs = self.b.inst_results(inst).to_vec();
        for (i, (&v, r)) in d.results.iter().zip(rs).enumerate() {
            let t = self.result_ty(d, i)?;
            if !t.compatible(sig.results[i]) {
                return Err(format!("has result type {t} but @{callee} returns {}", sig.results[i]));
            }
            self.def(v, r, t)?;
        }
        Ok(())
    }
}
