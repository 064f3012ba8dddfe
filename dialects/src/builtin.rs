//! The `builtin` dialect: only `builtin.module`, the top-level op holding the program.

use crate::dialect::{Arity::*, Dialect, OpSpec, op};

pub static DIALECT: Dialect = Dialect { name: "builtin", ops: OPS };

static OPS: &[OpSpec] = &[op("builtin.module", Exactly(0), Exactly(0), Exactly(1), &[], "the program: one region with one block")];
