//! How the CLI fails: every error path ends in a [`Failure`] carrying the exit code and the
//! text for stderr. Exit codes: 2 for the user's mistakes (compile errors, bad flags,
//! unreadable files), 3 for internal errors (backend, linker, verifier) and for an unusable
//! environment (no C compiler, unwritable cache). Panics are caught by the hook in `main.rs`
//! and exit 101.

use metal0_dialects::Location;
use metal0_dialects::diagnostic::{Diagnostic, DiagnosticKind};
use metal0_frontend_python::{SourceFile, render_diagnostics};

/// Exit code for errors in the user's program or command line.
pub const EXIT_COMPILE_ERROR: i32 = 2;
/// Exit code for compiler bugs and environment failures.
pub const EXIT_INTERNAL_ERROR: i32 = 3;

/// Why a command failed: the exit code and what to print on stderr (already rendered).
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    /// A bad command line: the message plus a pointer to `--help`.
    pub fn usage(message: impl std::fmt::Display) -> Failure {
        Failure { code: EXIT_COMPILE_ERROR, message: format!("error: {message}\n\nFor usage, run `metal0 --help`.") }
    }

    /// A user error that is not about a source location (a missing file, a bad IR file).
    pub fn user(message: impl std::fmt::Display) -> Failure {
        Failure { code: EXIT_COMPILE_ERROR, message: format!("error: {message}") }
    }

    /// A compiler bug: the backend, the linker or the verifier refused what we produced.
    pub fn internal(message: impl std::fmt::Display) -> Failure {
        Failure {
            code: EXIT_INTERNAL_ERROR,
            message: format!("error: internal compiler error: {message}\nnote: this is a bug in metal0; please report it with the program that triggered it"),
        }
    }

    /// The machine cannot do what is needed (no C compiler, no writable cache directory).
    pub fn environment(message: impl std::fmt::Display) -> Failure {
        Failure { code: EXIT_INTERNAL_ERROR, message: format!("error: {message}") }
    }

    /// Diagnostics about a program: rendered against its source, exit 2, or 3 when any of
    /// them reports an internal error.
    pub fn from_diagnostics(diagnostics: &[Diagnostic], source: &SourceFile) -> Failure {
        Failure { code: exit_code_for(diagnostics), message: render_diagnostics(diagnostics, source) }
    }

    /// Diagnostics without the Python source at hand (`metal0 opt` on IR text): the source
    /// is read back from the file the locations name when it still exists; otherwise each
    /// diagnostic is printed as `file:line:col: message`.
    pub fn from_diagnostics_without_source(diagnostics: &[Diagnostic]) -> Failure {
        let code = exit_code_for(diagnostics);
        let mut message = String::new();
        for d in diagnostics {
            let source = match &d.loc {
                Location::File { file, .. } => metal0_frontend_python::read_source(std::path::Path::new(file)).ok(),
                Location::Unknown => None,
            };
            match source {
                Some(source) => message.push_str(&render_diagnostics(std::slice::from_ref(d), &source)),
                None => message.push_str(&render_plain(d)),
            }
        }
        Failure { code, message }
    }
}

/// 3 when any diagnostic is a compiler bug, 2 otherwise.
fn exit_code_for(diagnostics: &[Diagnostic]) -> i32 {
    if diagnostics.iter().any(|d| d.kind == DiagnosticKind::Internal) { EXIT_INTERNAL_ERROR } else { EXIT_COMPILE_ERROR }
}

/// One diagnostic as `file:line:col: error: message`, then its label and notes. (An
/// internal diagnostic's message already starts with `internal compiler error:`.)
pub fn render_plain(d: &Diagnostic) -> String {
    let mut out = match &d.loc {
        Location::File { file, line, col, .. } => format!("{file}:{line}:{col}: error: {}\n", d.message),
        Location::Unknown => format!("error: {}\n", d.message),
    };
    if !d.label.is_empty() {
        out.push_str(&format!("  = {}\n", d.label));
    }
    for note in &d.notes {
        out.push_str(&format!("  = note: {note}\n"));
    }
    out
}
