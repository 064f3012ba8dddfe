//! The compilation pipeline as the CLI drives it: source file -> `py` module (frontend) ->
//! `typed` (`infer`) -> folded (`egraph`) -> `machine` (`lower-machine`, then
//! `generator-frames`) -> object file (Cranelift). Each `--emit` stage stops somewhere along it.

use crate::diagnostics::Failure;
use metal0_dialects::{Module, dialect, parser, printer};
use metal0_frontend_python::SourceFile;
use metal0_passes::{Pass, PassManager};
use std::path::Path;

/// The passes from `py` to `machine`, in order.
const PIPELINE: [&str; 4] = ["infer", "egraph", "lower-machine", "generator-frames"];

/// Settings that change what the compiler does (not where its output goes).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Print the module to stderr after every pass.
    pub print_after_all: bool,
    /// Keep symbols in linked executables (`METAL0_KEEP_SYMBOLS` set), for profiling and
    /// debugging what metal0 generates.
    pub keep_symbols: bool,
}

impl Options {
    /// The defaults, plus what the environment asks for.
    pub fn from_environment() -> Options {
        Options { keep_symbols: std::env::var_os("METAL0_KEEP_SYMBOLS").is_some(), ..Options::default() }
    }

    /// The part of the options that changes the produced executable, for the cache key.
    /// (`print_after_all` only prints.) Bump the version when the meaning of a cached
    /// executable changes without the compiler changing.
    pub fn cache_tag(&self) -> &'static str {
        if self.keep_symbols { "native-v1-symbols" } else { "native-v1" }
    }
}

/// Where `metal0 build --emit=<stage>` stops and what it prints.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The frontend's output, before any pass.
    Py,
    /// After `infer`.
    Typed,
    /// After `lower-machine`.
    Machine,
    /// The last dialect before the backend (today the same module as `machine`).
    Mlir,
    /// The Cranelift IR the backend generates.
    Clif,
}

impl Stage {
    pub const NAMES: &'static str = "py, typed, machine, mlir, clif";

    pub fn parse(name: &str) -> Option<Stage> {
        Some(match name {
            "py" => Stage::Py,
            "typed" => Stage::Typed,
            "machine" => Stage::Machine,
            "mlir" => Stage::Mlir,
            "clif" => Stage::Clif,
            _ => return None,
        })
    }

    /// The pipeline passes that run before this stage is printed.
    fn passes(self) -> &'static [&'static str] {
        match self {
            Stage::Py => &PIPELINE[..0],
            Stage::Typed => &PIPELINE[..1],
            Stage::Machine | Stage::Mlir | Stage::Clif => &PIPELINE,
        }
    }
}

/// Reads and decodes a Python source file. A missing file, a directory or undecodable bytes
/// are user errors (exit 2).
pub fn load_source(path: &Path) -> Result<SourceFile, Failure> {
    metal0_frontend_python::read_source(path).map_err(|d| {
        let empty = SourceFile { path: path.to_string_lossy().into_owned(), text: String::new() };
        match d.loc {
            metal0_dialects::Location::Unknown => Failure::from_diagnostics_without_source(std::slice::from_ref(&d)),
            _ => Failure::from_diagnostics(std::slice::from_ref(&d), &empty),
        }
    })
}

/// Runs the frontend and then the named pipeline passes.
fn lower(source: &SourceFile, passes: &[&str], options: &Options) -> Result<Module, Failure> {
    let mut module = metal0_frontend_python::lower_to_py(source).map_err(|d| Failure::from_diagnostics(&d, source))?;
    if options.print_after_all {
        eprintln!("// -----// IR Dump After frontend //----- //");
        eprint!("{}", printer::print_module(&module));
    }
    let manager = pass_manager(passes, options)?;
    manager.run(&mut module).map_err(|d| Failure::from_diagnostics(&d, source))?;
    Ok(module)
}

/// A pass manager for pipeline passes, which must all exist.
fn pass_manager(names: &[&str], options: &Options) -> Result<PassManager, Failure> {
    let passes = names
        .iter()
        .map(|name| metal0_passes::pass_by_name(name).ok_or_else(|| Failure::internal(format!("the pipeline pass '{name}' is not registered"))))
        .collect::<Result<Vec<Box<dyn Pass>>, Failure>>()?;
    let mut manager = PassManager::new(passes);
    manager.print_after_all = options.print_after_all;
    Ok(manager)
}

/// `metal0 check`: frontend and inference, diagnostics only.
pub fn check(source: &SourceFile, options: &Options) -> Result<(), Failure> {
    lower(source, Stage::Typed.passes(), options).map(drop)
}

/// `metal0 build --emit=<stage>`: the program printed after that stage.
pub fn emit(source: &SourceFile, stage: Stage, options: &Options) -> Result<String, Failure> {
    let module = lower(source, stage.passes(), options)?;
    match stage {
        Stage::Clif => metal0_backend_cranelift::emit_clif(&module).map_err(|e| Failure::internal(format!("code generation failed: {e}"))),
        _ => Ok(printer::print_module(&module)),
    }
}

/// The whole pipeline: the program as an object file exporting `m0_main`.
pub fn compile_object(source: &SourceFile, options: &Options) -> Result<Vec<u8>, Failure> {
    let module = lower(source, &PIPELINE, options)?;
    let backend = metal0_backend_cranelift::Options::default();
    metal0_backend_cranelift::compile_object(&module, &backend).map_err(|e| Failure::internal(format!("code generation failed: {e}")))
}

/// `metal0 opt`: parses IR text, verifies it, runs the named passes (any registered pass, in
/// the order given) and prints the result. `input_name` names the input in messages.
pub fn optimize_text(text: &str, input_name: &str, pass_names: &[String], options: &Options) -> Result<String, Failure> {
    let mut passes = Vec::with_capacity(pass_names.len());
    for name in pass_names {
        match metal0_passes::pass_by_name(name) {
            Some(pass) => passes.push(pass),
            None => return Err(Failure::usage(format!("unknown pass '{name}'; known passes: {}", metal0_passes::PASS_NAMES.join(", ")))),
        }
    }
    let mut module = parser::parse_module(text).map_err(|e| Failure::user(format!("{input_name}:{e}")))?;
    if let Err(errors) = dialect::verify(&module) {
        let mut message = format!("error: {input_name}: the input IR does not verify:");
        for e in errors {
            let at = printer::print_loc(&module.op(e.op).loc).map(|l| format!(" at {l}")).unwrap_or_default();
            message.push_str(&format!("\n  {}{at}", e.message));
        }
        return Err(Failure { code: crate::diagnostics::EXIT_COMPILE_ERROR, message });
    }
    let mut manager = PassManager::new(passes);
    manager.print_after_all = options.print_after_all;
    manager.run(&mut module).map_err(|d| Failure::from_diagnostics_without_source(&d))?;
    Ok(printer::print_module(&module))
}


