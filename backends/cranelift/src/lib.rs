//! The default metal0 backend: a module in the `machine` dialect -> Cranelift IR -> a
//! relocatable object file for the host, which the driver links with the runtime.
//!
//! - [`compile_object`]: machine module -> object file bytes (ELF on x86_64 Linux).
//! - [`emit_clif`]: the Cranelift IR text of every function (`metal0 build --emit=clif`).
//!
//! Malformed input is reported as a [`BackendError`], never a panic. Every Cranelift
//! instruction carries the source line of the machine op it came from (`SourceLoc` = line),
//! ready for DWARF line tables.
//!
//! Modules: [`options`] (flags, host ISA), `symbols` (module-level declarations and data),
//! `cfg` (block structure and order), `lower` (one function via `FunctionBuilder`), `ops`
//! (each machine op), `types` (machine types and signatures), `compile` (the entry points),
//! `checked` (bounds-checked IR access), [`error`].

mod cfg;
mod checked;
mod compile;
pub mod error;
mod lower;
mod ops;
pub mod options;
mod symbols;
mod types;

pub use compile::{compile_object, emit_clif};
pub use error::{BackendError, ErrorKind};
pub use ops::TRAP_CODE;
pub use options::{OptLevel, Options};
