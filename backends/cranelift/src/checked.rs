//! Bounds-checked access to the IR arenas. A malformed module may hold ids that point past an
//! arena (a hand-built op using a value of another module, say); the backend reports those as
//! errors instead of panicking on an index.

use metal0_dialects::ir::{BlockData, OpData, RegionData, ValueDef};
use metal0_dialects::{BlockId, Module, OpId, RegionId, Type, Value};

pub(crate) fn op(m: &Module, id: OpId) -> Result<&OpData, String> {
    m.ops.get(id.0 as usize).ok_or_else(|| format!("op id {} is out of range", id.0))
}

pub(crate) fn block(m: &Module, id: BlockId) -> Result<&BlockData, String> {
    m.blocks.get(id.0 as usize).ok_or_else(|| format!("block id {} is out of range", id.0))
}

pub(crate) fn region(m: &Module, id: RegionId) -> Result<&RegionData, String> {
    m.regions.get(id.0 as usize).ok_or_else(|| format!("region id {} is out of range", id.0))
}

pub(crate) fn value_type(m: &Module, v: Value) -> Result<&Type, String> {
    m.values.get(v.0 as usize).map(|d| &d.ty).ok_or_else(|| format!("value id {} is out of range", v.0))
}

pub(crate) fn value_def(m: &Module, v: Value) -> Result<ValueDef, String> {
    m.values.get(v.0 as usize).map(|d| d.def).ok_or_else(|| format!("value id {} is out of range", v.0))
}

/// The ops of the top-level module block.
pub(crate) fn top_ops(m: &Module) -> Result<&[OpId], String> {
    let top = op(m, m.top)?;
    let r = *top.regions.first().ok_or("the top-level module op has no region")?;
    let b = *region(m, r)?.blocks.first().ok_or("the top-level module region has no block")?;
    Ok(&block(m, b)?.ops)
}

/// `'dialect.op' op at file:line:col` for error messages.
pub(crate) fn describe_op(m: &Module, id: OpId) -> String {
    match op(m, id) {
        Ok(d) => match metal0_dialects::printer::print_loc(&d.loc) {
            Some(loc) => format!("'{}' op at {}", d.name, loc.trim_start_matches("loc(").trim_end_matches(')')),
            None => format!("'{}' op", d.name),
        },
        Err(e) => e,
    }
}

/// A readable name for a value in error messages: what defines it.
pub(crate) fn describe_value(m: &Module, v: Value) -> String {
    match value_def(m, v) {
        Ok(ValueDef::Result(o, i)) => match op(m, o) {
            Ok(d) => format!("value #{} (result {i} of a '{}' op)", v.0, d.name),
            Err(_) => format!("value #{}", v.0),
        },
        Ok(ValueDef::BlockArg(_, i)) => format!("value #{} (block argument {i})", v.0),
        Err(e) => e,
    }
}
