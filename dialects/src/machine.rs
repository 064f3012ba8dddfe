//! The `machine` dialect: what every backend consumes. Functions are control-flow graphs of
//! blocks over scalar types (`i1`, `i8`, `i32`, `i64`, `f64`, `!machine.ptr`); Python values
//! are `i64` words (see [`crate::runtime_abi`]). Local variables are numbered slots read and
//! written with `machine.var_get` / `machine.var_set`; backends turn them into SSA with their
//! own SSA builder (Cranelift's `Variable`s), so lowering never builds phis by hand.
//!
//! Module-level ops: `machine.func`, `machine.global` (zero-initialised writable bytes),
//! `machine.data` (read-only bytes). Inside a function, an SSA value may be used in any block
//! its definition dominates; branches carry no operands.

use crate::dialect::{Arity::*, Dialect, OpSpec, op};
use crate::ir::{Module, OpId, Type};
use crate::runtime_abi;

pub static DIALECT: Dialect = Dialect { name: "machine", ops: OPS };

/// `!machine.ptr`: a pointer-sized integer address.
pub fn ptr() -> Type {
    Type::dialect("machine", "ptr")
}

/// The Python value word: `i64`.
pub fn word() -> Type {
    Type::Int(64)
}

static OPS: &[OpSpec] = &[
    // --- module level
    op("machine.func", Exactly(0), Exactly(0), Exactly(1), &["sym_name", "function_type"],
       "a function: one CFG region whose entry block arguments are the parameters; optional `linkage = \"export\"` and `var_types = [types]` (slot i has type var_types[i])")
        .verified_by(verify_func),
    op("machine.global", Exactly(0), Exactly(0), Exactly(0), &["sym_name", "size"], "zero-initialised writable data of `size` bytes, 8-byte aligned"),
    op("machine.data", Exactly(0), Exactly(0), Exactly(0), &["sym_name", "bytes"], "read-only bytes (string attribute), NUL-terminated by the backend"),
    // --- constants and addresses
    op("machine.const", Exactly(0), Exactly(1), Exactly(0), &["value"], "integer constant of the result type"),
    op("machine.fconst", Exactly(0), Exactly(1), Exactly(0), &["value"], "f64 constant"),
    op("machine.symbol_addr", Exactly(0), Exactly(1), Exactly(0), &["symbol"], "address of a global, data or function symbol"),
    op("machine.stack_alloc", Exactly(0), Exactly(1), Exactly(0), &["size"], "address of `size` bytes of stack, 8-byte aligned, live for the whole function"),
    // --- integer arithmetic (operands and result of one type)
    op("machine.iadd", Exactly(2), Exactly(1), Exactly(0), &[], "wrapping add"),
    op("machine.isub", Exactly(2), Exactly(1), Exactly(0), &[], "wrapping subtract"),
    op("machine.imul", Exactly(2), Exactly(1), Exactly(0), &[], "wrapping multiply"),
    op("machine.sdiv", Exactly(2), Exactly(1), Exactly(0), &[], "signed division truncating toward zero (divisor never 0)"),
    op("machine.srem", Exactly(2), Exactly(1), Exactly(0), &[], "signed remainder with the dividend's sign (divisor never 0)"),
    op("machine.band", Exactly(2), Exactly(1), Exactly(0), &[], "bitwise and"),
    op("machine.bor", Exactly(2), Exactly(1), Exactly(0), &[], "bitwise or"),
    op("machine.bxor", Exactly(2), Exactly(1), Exactly(0), &[], "bitwise xor"),
    op("machine.shl", Exactly(2), Exactly(1), Exactly(0), &[], "shift left (amount taken modulo the width)"),
    op("machine.sshr", Exactly(2), Exactly(1), Exactly(0), &[], "arithmetic shift right"),
    op("machine.ushr", Exactly(2), Exactly(1), Exactly(0), &[], "logical shift right"),
    op("machine.sadd_overflow", Exactly(2), Exactly(2), Exactly(0), &[], "(sum, i1 signed overflow)"),
    op("machine.ssub_overflow", Exactly(2), Exactly(2), Exactly(0), &[], "(difference, i1 signed overflow)"),
    op("machine.smul_overflow", Exactly(2), Exactly(2), Exactly(0), &[], "(product, i1 signed overflow)"),
    op("machine.icmp", Exactly(2), Exactly(1), Exactly(0), &["pred"], "i1 comparison: pred is eq ne slt sle sgt sge ult ule ugt uge"),
    op("machine.select", Exactly(3), Exactly(1), Exactly(0), &[], "(cond i1, a, b): a if cond else b"),
    op("machine.zext", Exactly(1), Exactly(1), Exactly(0), &[], "zero-extend to the (wider) result type"),
    op("machine.sext", Exactly(1), Exactly(1), Exactly(0), &[], "sign-extend to the (wider) result type"),
    op("machine.trunc", Exactly(1), Exactly(1), Exactly(0), &[], "truncate to the (narrower) result type"),
    // --- floating point
    op("machine.fadd", Exactly(2), Exactly(1), Exactly(0), &[], "f64 add"),
    op("machine.fsub", Exactly(2), Exactly(1), Exactly(0), &[], "f64 subtract"),
    op("machine.fmul", Exactly(2), Exactly(1), Exactly(0), &[], "f64 multiply"),
    op("machine.fdiv", Exactly(2), Exactly(1), Exactly(0), &[], "f64 divide (IEEE)"),
    op("machine.fma", Exactly(3), Exactly(1), Exactly(0), &[], "(a, b, c): a * b + c rounded once (IEEE fusedMultiplyAdd)"),
    op("machine.fneg", Exactly(1), Exactly(1), Exactly(0), &[], "f64 negate"),
    op("machine.fabs", Exactly(1), Exactly(1), Exactly(0), &[], "f64 absolute value"),
    op("machine.fsqrt", Exactly(1), Exactly(1), Exactly(0), &[], "f64 square root (IEEE, correctly rounded)"),
    op("machine.fcmp", Exactly(2), Exactly(1), Exactly(0), &["pred"], "i1 comparison: pred is eq lt le gt ge (ordered: false on NaN) or ne (true on NaN)"),
    op("machine.sitofp", Exactly(1), Exactly(1), Exactly(0), &[], "signed i64 to f64"),
    op("machine.bitcast", Exactly(1), Exactly(1), Exactly(0), &[], "reinterpret the bits of an i64 as f64 or of an f64 as i64"),
    // --- memory and variables
    op("machine.load", Exactly(1), Exactly(1), Exactly(0), &["offset"], "load the result type from ptr + offset"),
    op("machine.store", Exactly(2), Exactly(0), Exactly(0), &["offset"], "(value, ptr): store value at ptr + offset"),
    op("machine.var_get", Exactly(0), Exactly(1), Exactly(0), &["var"], "read variable slot `var`"),
    op("machine.var_set", Exactly(1), Exactly(0), Exactly(0), &["var"], "write variable slot `var`"),
    // --- calls
    op("machine.call", AtLeast(0), Range(0, 1), Exactly(0), &["callee"], "direct call of a machine.func of this module or of a runtime function (runtime_abi)")
        .verified_by(verify_call),
    // --- terminators
    op("machine.br", Exactly(0), Exactly(0), Exactly(0), &[], "jump to the one successor").terminator(),
    op("machine.cond_br", Exactly(1), Exactly(0), Exactly(0), &[], "(cond i1): jump to successor 0 if true, else successor 1").terminator(),
    op("machine.return", Range(0, 1), Exactly(0), Exactly(0), &[], "return from the function").terminator(),
    op("machine.trap", Exactly(0), Exactly(0), Exactly(0), &[], "unreachable: abort the program").terminator(),
];

fn verify_func(m: &Module, id: OpId) -> Result<(), String> {
    let Some(Type::Function { inputs, .. }) = m.attr(id, "function_type").and_then(|a| a.as_type()) else {
        return Err("function_type must be a function type".into());
    };
    let entry = m.region_entry(id, 0).ok_or("has an empty body")?;
    let args: Vec<&Type> = m.block(entry).args.iter().map(|v| m.value_type(*v)).collect();
    if args.len() != inputs.len() || args.iter().zip(inputs).any(|(a, b)| *a != b) {
        return Err("entry block arguments do not match function_type".into());
    }
    Ok(())
}

fn verify_call(m: &Module, id: OpId) -> Result<(), String> {
    let callee = m.attr(id, "callee").and_then(|a| a.as_symbol()).ok_or("callee must be a symbol")?;
    let defined = m.top_ops().into_iter().any(|o| m.op(o).name == "machine.func" && m.str_attr(o, "sym_name") == Some(callee));
    if defined {
        return Ok(());
    }
    let f = runtime_abi::lookup(callee).ok_or_else(|| format!("calls unknown function @{callee}"))?;
    if f.params.len() != m.op(id).operands.len() {
        return Err(format!("passes {} arguments to @{callee}, which takes {}", m.op(id).operands.len(), f.params.len()));
    }
    if f.ret.is_some() != (m.op(id).results.len() == 1) {
        return Err(format!("result count does not match @{callee}"));
    }
    Ok(())
}
