//! The pass manager: runs passes in order, verifies after each, and can print the module
//! after every pass (`--print-after-all`).

use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::{Module, dialect, printer};

/// One transformation of a module.
pub trait Pass {
    /// The name used by `--passes=` and `--print-after-all`, kebab-case.
    fn name(&self) -> &'static str;
    /// Transforms the module; refusals of unsupported constructs are diagnostics.
    fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>>;
}

/// The name of every pass, in pipeline order.
pub const PASS_NAMES: &[&str] = &["infer", "egraph", "lower-machine", "generator-frames"];

/// Every pass by name, for `metal0 opt --passes=...`.
pub fn pass_by_name(name: &str) -> Option<Box<dyn Pass>> {
    match name {
        "infer" => Some(Box::new(crate::infer::Infer)),
        "egraph" => Some(Box::new(crate::egraph::EGraphPass)),
        "lower-machine" => Some(Box::new(crate::lower_machine::LowerMachine)),
        "generator-frames" => Some(Box::new(crate::generator_frames::GeneratorFrames)),
        _ => None,
    }
}

/// The passes of the full compilation pipeline, py to machine, in order.
pub fn pipeline() -> Vec<Box<dyn Pass>> {
    PASS_NAMES.iter().filter_map(|n| pass_by_name(n)).collect()
}

/// Runs passes in order.
pub struct PassManager {
    passes: Vec<Box<dyn Pass>>,
    /// When set, the module is printed to stderr after every pass.
    pub print_after_all: bool,
}

impl PassManager {
    pub fn new(passes: Vec<Box<dyn Pass>>) -> Self {
        PassManager { passes, print_after_all: false }
    }

    /// Runs every pass, verifying the module after each one. Stops at the first pass that
    /// reports diagnostics. A verifier failure after a pass is a compiler bug and is reported
    /// as an internal error diagnostic naming the pass.
    pub fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>> {
        for pass in &self.passes {
            pass.run(module)?;
            if self.print_after_all {
                eprintln!("// -----// IR Dump After {} //----- //", pass.name());
                eprint!("{}", printer::print_module(module));
            }
            if let Err(errors) = dialect::verify(module) {
                return Err(errors
                    .into_iter()
                    .map(|e| Diagnostic::internal(module.op(e.op).loc.clone(), format!("after pass '{}': {}", pass.name(), e.message)))
                    .collect());
            }
        }
        Ok(())
    }
}
