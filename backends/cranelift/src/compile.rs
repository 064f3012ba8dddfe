//! The two entry points: machine module -> object file bytes ([`compile_object`]) and machine
//! module -> Cranelift IR text ([`emit_clif`]). Both declare the module's symbols, lower each
//! `machine.func` in module order, and verify it; `compile_object` then compiles each function
//! with Cranelift and writes the object with `cranelift-object`.

use crate::error::{BackendError, ErrorKind, Result};
use crate::lower;
use crate::options::{Options, host_isa};
use crate::symbols::Symbols;
use cranelift_codegen::ir::UserFuncName;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{Linkage, Module as _, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};
use metal0_dialects::Module;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Compiles a module in the `machine` dialect to a relocatable object file for the host
/// (ELF x86_64 on our machines). Functions with `linkage = "export"` (the entry point
/// `m0_main` among them) are global symbols, everything else is local; runtime functions are
/// undefined imports resolved when linking with the runtime.
pub fn compile_object(module: &Module, opts: &Options) -> Result<Vec<u8>> {
    guard(|| {
        let (mut obj, mut syms) = start(module, opts)?;
        let mut fctx = FunctionBuilderContext::new();
        let mut ctx = obj.make_context();
        for i in 0..syms.funcs.len() {
            ctx.func = lower::lower_function(module, &mut obj, &mut syms, i, &mut fctx)?;
            let id = syms.funcs[i].id;
            obj.define_function(id, &mut ctx).map_err(|e| {
                BackendError::new(ErrorKind::Codegen, Some(&syms.funcs[i].name), format!("{e}{}", source_chain(&e)))
            })?;
            obj.clear_context(&mut ctx);
        }
        obj.finish().emit().map_err(|e| BackendError::object(format!("cannot write the object file: {e}")))
    })
}

/// The Cranelift IR of every function of a machine module, before Cranelift's optimisations
/// (what `metal0 build --emit=clif` prints). A header maps Cranelift's external names
/// (`u0:N` functions, `u1:N` data) to symbols.
pub fn emit_clif(module: &Module) -> Result<String> {
    guard(|| {
        let (mut obj, mut syms) = start(module, &Options::default())?;
        let mut fctx = FunctionBuilderContext::new();
        let mut funcs = Vec::with_capacity(syms.funcs.len());
        for i in 0..syms.funcs.len() {
            let mut f = lower::lower_function(module, &mut obj, &mut syms, i, &mut fctx)?;
            f.name = UserFuncName::testcase(&syms.funcs[i].name);
            funcs.push(f);
        }
        let mut out = String::from("; metal0 machine module in Cranelift IR\n");
        let decls = obj.declarations();
        for (id, d) in decls.get_functions() {
            let _ = writeln!(out, "; u0:{} = {} ({})", id.as_u32(), d.linkage_name(id), linkage_name(d.linkage));
        }
        for (id, d) in decls.get_data_objects() {
            let kind = if d.writable { "writable data" } else { "read-only data" };
            let _ = writeln!(out, "; u1:{} = {} ({}, {kind})", id.as_u32(), d.linkage_name(id), linkage_name(d.linkage));
        }
        for f in funcs {
            let _ = write!(out, "\n{}", f.display());
        }
        Ok(out)
    })
}

fn linkage_name(l: Linkage) -> &'static str {
    match l {
        Linkage::Import => "import",
        Linkage::Local => "local",
        Linkage::Export => "export",
        Linkage::Preemptible => "preemptible",
        Linkage::Hidden => "hidden",
    }
}

/// The object module for the host with every module-level symbol declared.
fn start(module: &Module, opts: &Options) -> Result<(ObjectModule, Symbols)> {
    let isa = host_isa(opts)?;
    let builder = ObjectBuilder::new(isa, "metal0", default_libcall_names()).map_err(|e| BackendError::object(format!("cannot create the object module: {e}")))?;
    let mut obj = ObjectModule::new(builder);
    let syms = Symbols::declare(module, &mut obj)?;
    Ok((obj, syms))
}

/// The `source()` chain of an error, each on its own `: ` segment.
fn source_chain(e: &dyn std::error::Error) -> String {
    let mut s = String::new();
    let mut cur = e.source();
    while let Some(c) = cur {
        let text = c.to_string();
        if !s.contains(&text) {
            let _ = write!(s, ": {text}");
        }
        cur = c.source();
    }
    s
}

/// Runs `f`, turning a panic (a bug in the backend or in Cranelift, never expected) into an
/// error, so malformed input can never crash the compiler.
fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(BackendError::new(ErrorKind::Codegen, None, format!("internal error in the Cranelift backend: {msg}")))
    })
}
