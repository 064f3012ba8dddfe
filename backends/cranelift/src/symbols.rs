//! Module-level symbols: every `machine.func`, `machine.global` and `machine.data` of the
//! module, declared in the Cranelift object module (and data defined), plus the runtime
//! functions the code calls, declared lazily as imports.
//!
//! Linkage: `linkage = "export"` (or `"external"`) makes a symbol global; no linkage (or
//! `"internal"`, `"private"`, `"local"`) keeps it local to the object. A module function shadows
//! a runtime function of the same name, as the `machine.call` verifier does.

use crate::checked;
use crate::error::{BackendError, Result};
use crate::types::Sig;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module as _};
use cranelift_object::ObjectModule;
use metal0_dialects::runtime_abi;
use metal0_dialects::{Attr, Module, OpId};
use std::collections::HashMap;

/// A `machine.func` of the module.
pub(crate) struct FuncInfo {
    pub op: OpId,
    pub name: String,
    pub sig: Sig,
    pub id: FuncId,
}

/// What a symbol name refers to.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Sym {
    /// Index into [`Symbols::funcs`].
    Func(usize),
    Data(DataId),
}

pub(crate) struct Symbols {
    pub funcs: Vec<FuncInfo>,
    map: HashMap<String, Sym>,
    runtime: HashMap<&'static str, (FuncId, Sig)>,
}

/// The `sym_name` of a module-level op (a string, or a symbol reference).
fn sym_name(m: &Module, op: OpId) -> Result<String, String> {
    match m.attr(op, "sym_name") {
        Some(Attr::Symbol(s)) => Ok(s.clone()),
        Some(a) => a.as_str().map(str::to_string).ok_or_else(|| "sym_name must be a UTF-8 string".to_string()),
        None => Err("requires attribute 'sym_name'".into()),
    }
    .and_then(|s| if s.is_empty() || s.contains('\0') { Err(format!("invalid symbol name {s:?}")) } else { Ok(s) })
}

fn linkage(m: &Module, op: OpId) -> Result<Linkage, String> {
    match m.attr(op, "linkage") {
        None => Ok(Linkage::Local),
        Some(a) => match a.as_str() {
            Some("export" | "external") => Ok(Linkage::Export),
            Some("internal" | "private" | "local") => Ok(Linkage::Local),
            _ => Err(format!("unsupported linkage {}; expected \"export\" or \"internal\"", metal0_dialects::printer::print_attr(a))),
        },
    }
}

/// An error about a module-level op.
fn top_error(m: &Module, op: OpId, msg: impl std::fmt::Display) -> BackendError {
    let name = checked::op(m, op).map(|d| d.name.as_str()).unwrap_or("?");
    BackendError::malformed(format!("'{name}' op: {msg}"))
}

impl Symbols {
    /// Declares every module-level symbol and defines the data objects.
    pub(crate) fn declare(m: &Module, obj: &mut ObjectModule) -> Result<Symbols> {
        let call_conv = obj.isa().default_call_conv();
        let mut syms = Symbols { funcs: Vec::new(), map: HashMap::new(), runtime: HashMap::new() };
        let top = checked::top_ops(m).map_err(BackendError::malformed)?;
        for &op in top {
            let data = checked::op(m, op).map_err(BackendError::malformed)?;
            let kind = data.name.as_str();
            if !matches!(kind, "machine.func" | "machine.global" | "machine.data") {
                return Err(top_error(m, op, "is not allowed at module level in the machine dialect (expected machine.func, machine.global or machine.data)"));
            }
            let name = sym_name(m, op).map_err(|e| top_error(m, op, e))?;
            let link = linkage(m, op).map_err(|e| top_error(m, op, e))?;
            if syms.map.contains_key(&name) {
                return Err(top_error(m, op, format!("redefines symbol @{name}")));
            }
            let declare_err = |e: cranelift_module::ModuleError| top_error(m, op, format!("cannot declare @{name}: {e}"));
            let sym = match kind {
                "machine.func" => {
                    let ty = m.attr(op, "function_type").and_then(Attr::as_type).ok_or_else(|| top_error(m, op, "requires a type attribute 'function_type'"))?;
                    let sig = Sig::of_function_type(ty, call_conv).map_err(|e| top_error(m, op, e))?;
                    let id = obj.declare_function(&name, link, &sig.clif).map_err(declare_err)?;
                    syms.funcs.push(FuncInfo { op, name: name.clone(), sig, id });
                    Sym::Func(syms.funcs.len() - 1)
                }
                "machine.global" => {
                    let size = m.attr(op, "size").and_then(Attr::as_int).ok_or_else(|| top_error(m, op, "requires an integer attribute 'size'"))?;
                    let size = usize::try_from(size).map_err(|_| top_error(m, op, format!("has a negative size {size}")))?;
                    let id = obj.declare_data(&name, link, true, false).map_err(declare_err)?;
                    let mut desc = DataDescription::new();
                    // A zero-sized global still gets one byte so distinct globals have distinct addresses.
                    desc.define_zeroinit(size.max(1));
                    desc.set_align(8);
                    obj.define_data(id, &desc).map_err(|e| top_error(m, op, format!("cannot define @{name}: {e}")))?;
                    Sym::Data(id)
                }
                _ => {
                    let bytes = m.attr(op, "bytes").and_then(Attr::as_bytes).ok_or_else(|| top_error(m, op, "requires a string attribute 'bytes'"))?;
                    let id = obj.declare_data(&name, link, false, false).map_err(declare_err)?;
                    let mut contents = Vec::with_capacity(bytes.len() + 1);
                    contents.extend_from_slice(bytes);
                    contents.push(0);
                    let mut desc = DataDescription::new();
                    desc.define(contents.into_boxed_slice());
                    // Word alignment, so data holding tables of words can be loaded aligned.
                    desc.set_align(8);
                    obj.define_data(id, &desc).map_err(|e| top_error(m, op, format!("cannot define @{name}: {e}")))?;
                    Sym::Data(id)
                }
            };
            syms.map.insert(name, sym);
        }
        Ok(syms)
    }

    /// A symbol of this module.
    pub(crate) fn get(&self, name: &str) -> Option<Sym> {
        self.map.get(name).copied()
    }

    /// The runtime function `name` (declared as an import on first use), or None if the
    /// runtime ABI has no such function.
    pub(crate) fn runtime(&mut self, obj: &mut ObjectModule, name: &str) -> Result<Option<(FuncId, &Sig)>, String> {
        let Some(f) = runtime_abi::lookup(name) else { return Ok(None) };
        if !self.runtime.contains_key(f.name) {
            let sig = Sig::of_runtime(f, obj.isa().default_call_conv());
            let id = obj.declare_function(f.name, Linkage::Import, &sig.clif).map_err(|e| format!("cannot import runtime function @{name}: {e}"))?;
            self.runtime.insert(f.name, (id, sig));
        }
        Ok(self.runtime.get(f.name).map(|(id, sig)| (*id, sig)))
    }
}
