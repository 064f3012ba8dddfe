//! Lowering one `machine.func` to a Cranelift function with `cranelift-frontend`'s
//! [`FunctionBuilder`]: machine blocks map 1:1 to Cranelift blocks (reachable ones, in reverse
//! postorder), the entry block's arguments are the function parameters, and variable slots
//! (`var_types`) are Cranelift [`Variable`]s, so Cranelift's SSA builder places the phis.
//! A slot read on a path where it was never written reads zero (the "unbound" word 0).
//! With an optional `hot_blocks = N` attribute, the blocks of the region after the first N
//! are cold (slow and error paths): Cranelift places them after all the others.
//! The finished function is checked by the Cranelift verifier. The per-op work is in
//! [`crate::ops`].

use crate::cfg::{self, Cfg, CfgError};
use crate::checked;
use crate::error::{BackendError, ErrorKind, Result};
use crate::symbols::Symbols;
use crate::types::{MTy, Sig};
use cranelift_codegen::ir::{self, FuncRef, GlobalValue, InstBuilder, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module as _};
use cranelift_object::ObjectModule;
use metal0_dialects::{Attr, BlockId, Module, OpId, Value};
use std::collections::HashMap;

/// The state of lowering one function.
pub(crate) struct Lowerer<'a> {
    pub m: &'a Module,
    pub obj: &'a mut ObjectModule,
    pub syms: &'a mut Symbols,
    pub b: FunctionBuilder<'a>,
    /// Machine values lowered so far, with their machine types.
    pub values: HashMap<Value, (ir::Value, MTy)>,
    /// Variable slots: slot i is `vars[i]`.
    pub vars: Vec<(Variable, MTy)>,
    pub blocks: HashMap<BlockId, ir::Block>,
    pub func_refs: HashMap<FuncId, FuncRef>,
    pub data_refs: HashMap<DataId, GlobalValue>,
    /// The function's result types (what `machine.return` must carry).
    pub results: Vec<MTy>,
}

/// The variable slot types of a function from its `var_types` attribute (none if absent).
fn var_types(m: &Module, func: OpId) -> std::result::Result<Vec<MTy>, String> {
    match m.attr(func, "var_types") {
        None => Ok(Vec::new()),
        Some(Attr::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, a)| match a.as_type() {
                Some(t) => MTy::of(t).map_err(|e| format!("var_types[{i}]: {e}")),
                None => Err(format!("var_types[{i}] is not a type")),
            })
            .collect(),
        Some(_) => Err("var_types must be an array of types".into()),
    }
}

/// Lowers `syms.funcs[index]` to a verified Cranelift function.
pub(crate) fn lower_function(m: &Module, obj: &mut ObjectModule, syms: &mut Symbols, index: usize, fctx: &mut FunctionBuilderContext) -> Result<ir::Function> {
    let info = &syms.funcs[index];
    let (fname, fop, sig, id) = (info.name.clone(), info.op, info.sig.clone(), info.id);
    let malformed = |(op, msg): CfgError| {
        let msg = match op {
            Some(op) => format!("{}: {msg}", checked::describe_op(m, op)),
            None => msg,
        };
        BackendError::new(ErrorKind::Malformed, Some(&fname), msg)
    };
    let cfg = cfg::analyze(m, fop).map_err(malformed)?;
    let slot_types = var_types(m, fop).map_err(|e| malformed((Some(fop), e)))?;
    let frontend_config = obj.isa().frontend_config();

    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig.clif.clone());
    {
        let mut b = FunctionBuilder::new(&mut func, fctx);
        let vars = slot_types.iter().map(|t| (b.declare_var(t.clif()), *t)).collect();
        let mut l = Lowerer {
            m,
            obj,
            syms,
            b,
            values: HashMap::new(),
            vars,
            blocks: HashMap::new(),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            results: sig.results.clone(),
        };
        l.lower_body(&cfg, &sig).map_err(malformed)?;
        let mut b = l.b;
        b.seal_all_blocks();
        b.finalize(frontend_config);
    }

    if let Err(errors) = cranelift_codegen::verify_function(&func, obj.isa()) {
        let message = errors.0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ");
        let mut e = BackendError::new(ErrorKind::Verifier, Some(&fname), message);
        func.name = UserFuncName::testcase(&fname);
        e.clif = Some(cranelift_codegen::print_errors::pretty_verifier_error(&func, None, errors));
        return Err(e);
    }
    Ok(func)
}

impl Lowerer<'_> {
    fn lower_body(&mut self, cfg: &Cfg, sig: &Sig) -> std::result::Result<(), CfgError> {
        let m = self.m;
        let whole = |e: String| (None, e);
        let clif_entry = self.b.create_block();
        self.b.append_block_params_for_function_params(clif_entry);
        let hot = match m.attr(cfg.func, "hot_blocks") {
            None => usize::MAX,
            Some(a) => a.as_int().and_then(|n| usize::try_from(n).ok()).ok_or_else(|| whole("hot_blocks must be a non-negative integer".into()))?,
        };
        let region = checked::op(m, cfg.func).map_err(whole)?.regions[0];
        let index: HashMap<BlockId, usize> = checked::region(m, region).map_err(whole)?.blocks.iter().enumerate().map(|(i, &b)| (b, i)).collect();
        for (i, &blk) in cfg.order.iter().enumerate() {
            let cb = if i == 0 && !cfg.entry_is_target { clif_entry } else { self.b.create_block() };
            if index.get(&blk).is_some_and(|&k| k >= hot) && blk != cfg.entry {
                self.b.set_cold_block(cb);
            }
            self.blocks.insert(blk, cb);
        }

        let entry_args = checked::block(m, cfg.entry).map_err(whole)?.args.clone();
        if entry_args.len() != sig.params.len() {
            return Err(whole(format!("the entry block has {} arguments but function_type has {} parameters", entry_args.len(), sig.params.len())));
        }
        let params = self.b.block_params(clif_entry).to_vec();
        for (k, (&arg, &p)) in entry_args.iter().zip(&sig.params).enumerate() {
            let t = checked::value_type(m, arg).and_then(MTy::of).map_err(|e| whole(format!("entry block argument {k}: {e}")))?;
            if !t.compatible(p) {
                return Err(whole(format!("entry block argument {k} has type {t} but function_type says {p}")));
            }
            self.values.insert(arg, (params[k], t));
        }

        // Each block is sealed as soon as all the branches to it are emitted, so the SSA builder
        // settles a variable's value there without a block parameter whenever every
        // predecessor agrees (sealing only at the end leaves chains of redundant parameters
        // through loops, which cost moves and registers).
        let mut pending: HashMap<BlockId, usize> = HashMap::new();
        for &blk in &cfg.order {
            for s in cfg.succs(blk) {
                *pending.entry(s).or_default() += 1;
            }
        }
        self.b.seal_block(clif_entry);
        if cfg.entry_is_target {
            // Cranelift's entry block cannot be a branch target: enter through a fresh block.
            self.b.switch_to_block(clif_entry);
            let target = self.blocks[&cfg.entry];
            self.b.ins().jump(target, crate::ops::NO_ARGS);
        }
        for &blk in &cfg.order {
            self.b.switch_to_block(self.blocks[&blk]);
            let ops = &checked::block(m, blk).map_err(whole)?.ops;
            for &op in ops {
                self.lower_op(op).map_err(|e| (Some(op), e))?;
            }
            for s in cfg.succs(blk) {
                let n = pending.get_mut(&s).expect("counted successor");
                *n -= 1;
                if *n == 0 {
                    self.b.seal_block(self.blocks[&s]);
                }
            }
        }
        Ok(())
    }
}
