//! metal0's IR: the MLIR-style core ([`ir`]), its textual form ([`printer`], [`parser`]),
//! the dialect tables and verifier ([`dialect`]) and the dialects themselves:
//! [`py`] (Python semantics, untyped), [`typed`] (after whole-program inference),
//! [`machine`] (a CFG of scalar operations that backends consume). [`runtime_abi`] is the
//! one table of runtime functions compiled code may call.

pub mod builtin;
pub mod diagnostic;
pub mod dialect;
pub mod ir;
pub mod machine;
pub mod parser;
pub mod printer;
pub mod py;
pub mod runtime_abi;
pub mod typed;

pub use ir::{Attr, BlockId, Builder, Location, Module, OpId, RegionId, Type, Value, attr};
