//! The one error type of the backend: malformed input, Cranelift verifier failures, code
//! generation and object-file errors all become a [`BackendError`] (the backend never panics on
//! bad input).

use std::fmt;

/// What went wrong, broadly.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The machine module is not well formed (unknown op, bad types, missing terminator,
    /// undefined value, unknown callee, ...). Found by the backend's own checks while lowering.
    Malformed,
    /// The lowered Cranelift function failed the Cranelift verifier (for example a value used
    /// in a block its definition does not dominate).
    Verifier,
    /// Cranelift failed to compile a verified function (target or ISA limitations).
    Codegen,
    /// Setting up the target or writing the object file failed.
    Object,
}

/// A backend failure, naming the function it happened in when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackendError {
    pub kind: ErrorKind,
    /// The `sym_name` of the `machine.func` being lowered, if the error is inside a function.
    pub function: Option<String>,
    /// What is wrong; for ops it starts with the op name and its source location.
    pub message: String,
    /// For verifier failures: the Cranelift IR of the function annotated with the errors.
    pub clif: Option<String>,
}

impl BackendError {
    pub(crate) fn new(kind: ErrorKind, function: Option<&str>, message: impl Into<String>) -> Self {
        BackendError { kind, function: function.map(str::to_string), message: message.into(), clif: None }
    }

    /// A malformed-input error outside any function.
    pub(crate) fn malformed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Malformed, None, message)
    }

    /// An object/target error outside any function.
    pub(crate) fn object(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Object, None, message)
    }
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Malformed => "malformed machine IR",
            ErrorKind::Verifier => "Cranelift verifier error",
            ErrorKind::Codegen => "Cranelift code generation error",
            ErrorKind::Object => "object file error",
        };
        match &self.function {
            Some(func) => write!(f, "{what} in function @{func}: {}", self.message),
            None => write!(f, "{what}: {}", self.message),
        }
    }
}

impl std::error::Error for BackendError {}

/// Shorthand for results of the backend.
pub type Result<T, E = BackendError> = std::result::Result<T, E>;
