//! The `py` dialect: Python semantics, untyped (every value is `!py.object`), structured
//! control flow in regions. Names are already resolved to locals, globals, cells or builtins.

use crate::dialect::{Dialect, OpSpec};

pub static DIALECT: Dialect = Dialect { name: "py", ops: OPS };

static OPS: &[OpSpec] = &[];
