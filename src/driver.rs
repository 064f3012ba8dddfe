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

/// A program: the main script and the modules of its own it imports (found next to it), as
/// one `py` module holding a `py.module` per source, `__main__` first.
pub struct Program {
    /// The sources, the main script first, with their module names.
    pub sources: Vec<(String, SourceFile)>,
    module: Module,
}

impl Program {
    /// Loads `main` and, transitively, every module it imports that is a file next to it
    /// (`name.py`, or `name/__init__.py` for a package; dotted names below packages). Imports
    /// relative to a package are made absolute here.
    pub fn load(main: SourceFile) -> Result<Program, Failure> {
        let dir = Path::new(&main.path).parent().map(Path::to_path_buf).unwrap_or_default();
        let module = metal0_frontend_python::lower_to_py(&main).map_err(|d| Failure::from_diagnostics(&d, &main))?;
        let mut program = Program { sources: vec![("__main__".to_string(), main)], module };
        let mut done = 0;
        while done < program.sources.len() {
            let name = program.sources[done].0.clone();
            let is_package = program.sources[done].1.path.ends_with("__init__.py");
            done += 1;
            for wanted in program.imports_of(&name, is_package) {
                if program.sources.iter().any(|(n, _)| *n == wanted) {
                    continue;
                }
                let Some(path) = module_file(&dir, &wanted) else { continue };
                let source = load_source(&path)?;
                let module = std::mem::take(&mut program.module);
                program.module = metal0_frontend_python::lower_module_to_py(module, &source, &wanted).map_err(|d| Failure::from_diagnostics(&d, &source))?;
                program.sources.push((wanted, source));
            }
        }
        Ok(program)
    }

    /// The modules `py.module` `name` imports, made absolute (its relative imports are
    /// rewritten in place): each dotted prefix of `import a.b.c`, and for `from m import x`
    /// both `m` and `m.x` (which exists when `x` is a submodule).
    fn imports_of(&mut self, name: &str, is_package: bool) -> Vec<String> {
        let m = &mut self.module;
        let Some(top) = m.top_ops().into_iter().find(|&o| m.op(o).name == "py.module" && m.str_attr(o, "sym_name") == Some(name)) else {
            return Vec::new();
        };
        let mut ops = Vec::new();
        m.walk_from(top, &mut ops);
        let package: Vec<&str> = if is_package { name.split('.').collect() } else { name.split('.').collect::<Vec<_>>()[..name.split('.').count() - 1].to_vec() };
        let package: Vec<String> = package.into_iter().map(String::from).collect();
        let mut out = Vec::new();
        for op in ops {
            let opname = m.op(op).name.clone();
            if opname != "py.import" && opname != "py.import_from" {
                continue;
            }
            let mut module = m.str_attr(op, "module").unwrap_or_default().to_string();
            let level = m.attr(op, "level").and_then(metal0_dialects::Attr::as_int).unwrap_or(0);
            if level > 0 {
                let keep = package.len() as i64 - (level - 1);
                if keep < 1 || (name == "__main__") {
                    continue;
                }
                let mut parts: Vec<String> = package[..keep as usize].to_vec();
                if !module.is_empty() {
                    parts.push(module.clone());
                }
                module = parts.join(".");
                m.set_attr(op, "module", metal0_dialects::Attr::str(&module));
                m.set_attr(op, "level", metal0_dialects::Attr::i64(0));
            }
            let parts: Vec<&str> = module.split('.').collect();
            for i in 1..=parts.len() {
                out.push(parts[..i].join("."));
            }
            if opname == "py.import_from" {
                let names: Vec<String> = m.attr(op, "names").and_then(metal0_dialects::Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
                for n in names {
                    out.push(format!("{module}.{n}"));
                }
            }
        }
        out
    }

    /// The source of the file a diagnostic points into (the main script when unknown).
    fn source_of(&self, d: &metal0_dialects::diagnostic::Diagnostic) -> &SourceFile {
        let file = match &d.loc {
            metal0_dialects::Location::File { file, .. } => Some(file.as_str()),
            metal0_dialects::Location::Unknown => None,
        };
        self.sources.iter().map(|(_, s)| s).find(|s| Some(s.path.as_str()) == file).unwrap_or(&self.sources[0].1)
    }

    /// Diagnostics, rendered with the sources they point into (each source's diagnostics
    /// together, in order).
    fn failure(&self, diagnostics: &[metal0_dialects::diagnostic::Diagnostic]) -> Failure {
        let mut failure = Failure { code: 0, message: String::new() };
        let mut rest: Vec<&metal0_dialects::diagnostic::Diagnostic> = diagnostics.iter().collect();
        while let Some(first) = rest.first() {
            let source = self.source_of(first);
            let (mine, others): (Vec<_>, Vec<_>) = rest.into_iter().partition(|d| std::ptr::eq(self.source_of(d), source));
            let mine: Vec<metal0_dialects::diagnostic::Diagnostic> = mine.into_iter().cloned().collect();
            let one = Failure::from_diagnostics(&mine, source);
            failure.code = failure.code.max(one.code);
            failure.message.push_str(&one.message);
            rest = others;
        }
        failure
    }
}

/// The file of module `name` (dotted) under `dir`, if the program has one.
fn module_file(dir: &Path, name: &str) -> Option<std::path::PathBuf> {
    let rel: std::path::PathBuf = name.split('.').collect();
    let file = dir.join(&rel).with_extension("py");
    if file.is_file() {
        return Some(file);
    }
    let init = dir.join(&rel).join("__init__.py");
    init.is_file().then_some(init)
}

/// Runs the named pipeline passes on the program.
fn lower(program: &Program, passes: &[&str], options: &Options) -> Result<Module, Failure> {
    let mut module = program.module.clone();
    if options.print_after_all {
        eprintln!("// -----// IR Dump After frontend //----- //");
        eprint!("{}", printer::print_module(&module));
    }
    let manager = pass_manager(passes, options)?;
    manager.run(&mut module).map_err(|d| program.failure(&d))?;
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
pub fn check(program: &Program, options: &Options) -> Result<(), Failure> {
    lower(program, Stage::Typed.passes(), options).map(drop)
}

/// `metal0 build --emit=<stage>`: the program printed after that stage.
pub fn emit(program: &Program, stage: Stage, options: &Options) -> Result<String, Failure> {
    let module = lower(program, stage.passes(), options)?;
    match stage {
        Stage::Clif => metal0_backend_cranelift::emit_clif(&module).map_err(|e| Failure::internal(format!("code generation failed: {e}"))),
        _ => Ok(printer::print_module(&module)),
    }
}

/// The whole pipeline: the program as an object file exporting `m0_main`.
pub fn compile_object(program: &Program, options: &Options) -> Result<Vec<u8>, Failure> {
    let module = lower(program, &PIPELINE, options)?;
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


