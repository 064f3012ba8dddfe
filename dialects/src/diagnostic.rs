//! Diagnostics every stage can produce: a location, a message and a short label. Rendering
//! (ariadne, with the source underlined) lives in the frontend, which has the source text.

use crate::ir::Location;

/// What kind of problem a diagnostic reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// Invalid Python: what CPython reports as SyntaxError at compile time.
    SyntaxError,
    /// Valid Python that metal0 does not compile yet.
    NotSupported,
    /// Any other compile error (missing file, bad encoding, ...).
    Error,
    /// A bug in metal0 (a verifier failure after a pass, ...).
    Internal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub loc: Location,
    pub message: String,
    /// Short text shown under the underlined source; may be empty.
    pub label: String,
    pub kind: DiagnosticKind,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(kind: DiagnosticKind, loc: Location, message: impl Into<String>) -> Self {
        Diagnostic { loc, message: message.into(), label: String::new(), kind, notes: Vec::new() }
    }
    /// `not supported yet: <construct>`.
    pub fn not_supported(loc: Location, construct: &str) -> Self {
        let mut d = Self::new(DiagnosticKind::NotSupported, loc, format!("not supported yet: {construct}"));
        d.label = "not supported yet".into();
        d
    }
    pub fn syntax_error(loc: Location, message: impl Into<String>) -> Self {
        Self::new(DiagnosticKind::SyntaxError, loc, message)
    }
    pub fn error(loc: Location, message: impl Into<String>) -> Self {
        Self::new(DiagnosticKind::Error, loc, message)
    }
    /// An internal compiler error.
    pub fn internal(loc: Location, message: impl Into<String>) -> Self {
        Self::new(DiagnosticKind::Internal, loc, format!("internal compiler error: {}", message.into()))
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}
