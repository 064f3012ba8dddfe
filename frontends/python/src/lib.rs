//! The Python frontend: source bytes -> text ([`decode_source`]), text -> ruff AST -> CPython's
//! compile-time checks and symbol table -> the `py` dialect ([`lower_to_py`]), and the
//! rendering of diagnostics against the source ([`render_diagnostics`]).
//!
//! ```
//! use metal0_frontend_python::{SourceFile, lower_to_py};
//! let file = SourceFile { path: "app.py".into(), text: "print(1 + 2)\n".into() };
//! let module = lower_to_py(&file).unwrap();
//! assert!(metal0_dialects::printer::print_module(&module).contains("\"py.binop\""));
//! ```

mod decode;
mod diagnostic_render;
mod expression;
mod literal;
mod location;
mod lower;
mod pattern;
mod scope;
mod semantic;
mod statement;
mod unparse;

use metal0_dialects::{Location, Module};
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions, parse_unchecked};
use std::path::Path;

pub use decode::decode_source;
pub use diagnostic_render::render_diagnostics;
pub use metal0_dialects::diagnostic::{Diagnostic, DiagnosticKind};

/// A decoded Python source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as the user gave it (used in locations and messages).
    pub path: String,
    /// The decoded text (without a byte order mark).
    pub text: String,
}

/// Reads and decodes a source file. A missing file, a directory, an unreadable file or
/// undecodable bytes are reported as a diagnostic.
pub fn read_source(path: &Path) -> Result<SourceFile, Diagnostic> {
    let shown = path.to_string_lossy().into_owned();
    if path.is_dir() {
        return Err(Diagnostic::error(Location::Unknown, format!("'{shown}' is a directory, not a Python source file")));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => e.to_string(),
        };
        Diagnostic::error(Location::Unknown, format!("can't open file '{shown}': {why}"))
    })?;
    decode_source(&shown, &bytes)
}

/// Parses `file` (Python 3.11 syntax), runs CPython's compile-time checks and symbol table,
/// and emits the program in the `py` dialect. Every syntax error (ruff's, syntax newer than
/// 3.11, and the errors CPython's compiler reports) comes back as a diagnostic.
pub fn lower_to_py(file: &SourceFile) -> Result<Module, Vec<Diagnostic>> {
    lower_module_to_py(Module::new(), file, "__main__")
}

/// Like [`lower_to_py`], for module `name` of the program (an imported module), appending its
/// `py.module` to `module`.
pub fn lower_module_to_py(module: Module, file: &SourceFile, name: &str) -> Result<Module, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(&file.text, options);
    let locator = location::Locator::new(&file.path, &file.text);
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for e in parsed.errors() {
        diagnostics.push(Diagnostic::syntax_error(locator.loc(e.location), e.error.to_string()));
    }
    for e in parsed.unsupported_syntax_errors() {
        diagnostics.push(Diagnostic::syntax_error(locator.loc(e.range), e.to_string()).with_label("newer than Python 3.11"));
    }
    if !diagnostics.is_empty() {
        return Err(finish(diagnostics));
    }
    let ruff_python_ast::Mod::Module(module_ast) = parsed.syntax() else {
        return Err(vec![Diagnostic::internal(Location::Unknown, "the parser did not return a module")]);
    };
    let table = scope::SymbolTable::build(&module_ast.body, &locator);
    diagnostics.extend(table.errors.iter().cloned());
    diagnostics.extend(semantic::check_module(&module_ast.body, &table, &locator));
    if !diagnostics.is_empty() {
        return Err(finish(diagnostics));
    }
    lower::lower_module(module, name, &module_ast.body, &table, &locator)
}

/// Sorts diagnostics by position and drops exact duplicates.
fn finish(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let key = |d: &Diagnostic| match &d.loc {
        Location::File { line, col, .. } => (*line, *col),
        Location::Unknown => (0, 0),
    };
    diagnostics.sort_by_key(key);
    diagnostics.dedup();
    diagnostics
}
