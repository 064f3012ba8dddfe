//! metal0 runtime: the object model, builtin types and functions, exceptions and
//! tracebacks, and the program entry, linked into every compiled program.
//!
//! The extern "C" surface (`abi.rs`) implements the table in
//! `dialects/src/runtime_abi.rs`; values are 64-bit words (see `object.rs`).

pub mod abi;
pub mod builtins;
pub mod bytes;
pub mod classes;
pub mod code;
pub mod codecs;
pub mod dict;
pub mod dir_tables;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod func;
pub mod generator;
pub mod instances;
pub mod int;
pub mod iter;
pub mod list;
pub mod listsort;
pub mod math;
pub mod native;
pub mod future;
pub mod dataclasses;
pub mod typing;
pub mod typing_classes;
pub mod numbers;
pub mod object;
pub mod ops;
pub mod range;
pub mod set;
pub mod slice;
pub mod slots;
pub mod str;
pub mod strmethods;
pub mod suggestions;
pub mod surrogates;
pub mod sys;
pub mod tb_markers;
pub mod traceback;
pub mod tuple;
pub mod unicode_tables;
pub mod with_match;

#[cfg(not(test))]
pub mod entry;

pub use object::{Ref, W};

#[cfg(test)]
mod abi_tests;
#[cfg(test)]
mod cpython_fixtures;
