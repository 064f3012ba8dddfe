//! How a dialect declares its operations: one [`OpSpec`] per op in one table per dialect, and
//! the verifier that checks every op of a module against its dialect's table.

use crate::ir::{Module, OpId};

/// How many of something an op takes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Arity {
    Exactly(usize),
    AtLeast(usize),
    /// Between the two bounds, inclusive.
    Range(usize, usize),
}

impl Arity {
    pub fn admits(self, n: usize) -> bool {
        match self {
            Arity::Exactly(k) => n == k,
            Arity::AtLeast(k) => n >= k,
            Arity::Range(lo, hi) => (lo..=hi).contains(&n),
        }
    }
}

/// A dialect-specific verification hook: returns an error message for a malformed op.
pub type VerifyFn = fn(&Module, OpId) -> Result<(), String>;

/// The declaration of one operation.
pub struct OpSpec {
    /// Full name, `dialect.op`.
    pub name: &'static str,
    pub operands: Arity,
    pub results: Arity,
    pub regions: Arity,
    /// Attributes every instance must carry.
    pub attrs: &'static [&'static str],
    /// True for ops that end a block and may name successors.
    pub terminator: bool,
    /// One line on what the op means.
    pub doc: &'static str,
    pub verify: Option<VerifyFn>,
}

/// A short constructor for table entries: `op("py.binop", X(2), X(1), X(0), &["op"], "...")`.
pub const fn op(name: &'static str, operands: Arity, results: Arity, regions: Arity, attrs: &'static [&'static str], doc: &'static str) -> OpSpec {
    OpSpec { name, operands, results, regions, attrs, terminator: false, doc, verify: None }
}

impl OpSpec {
    /// Marks the op as a block terminator.
    pub const fn terminator(mut self) -> Self {
        self.terminator = true;
        self
    }
    /// Adds a verification hook.
    pub const fn verified_by(mut self, f: VerifyFn) -> Self {
        self.verify = Some(f);
        self
    }
}

/// A dialect: its name, its op table, and a check for the types its ops may carry.
pub struct Dialect {
    pub name: &'static str,
    pub ops: &'static [OpSpec],
}

/// All dialects known to the verifier.
pub fn dialects() -> [&'static Dialect; 4] {
    [&crate::builtin::DIALECT, &crate::py::DIALECT, &crate::typed::DIALECT, &crate::machine::DIALECT]
}

/// Finds the spec of an op by its full name.
pub fn lookup(name: &str) -> Option<&'static OpSpec> {
    let (d, _) = name.split_once('.')?;
    dialects().into_iter().find(|x| x.name == d)?.ops.iter().find(|s| s.name == name)
}

/// A verification failure: the op and what is wrong with it.
#[derive(Debug, Clone)]
pub struct VerifyError {
    pub op: OpId,
    pub message: String,
}

/// Verifies every reachable op against its dialect's table. Ops of dialects we do not know are
/// accepted (as MLIR does with `--allow-unregistered-dialect`); unknown ops of our own
/// dialects are errors.
pub fn verify(m: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    for id in m.walk() {
        if let Err(message) = verify_op(m, id) {
            errors.push(VerifyError { op: id, message: format!("'{}' op {}", m.op(id).name, message) });
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

fn verify_op(m: &Module, id: OpId) -> Result<(), String> {
    let op = m.op(id);
    let Some((dialect, _)) = op.name.split_once('.') else { return Err("has no dialect prefix".into()) };
    if !dialects().iter().any(|d| d.name == dialect) {
        return Ok(());
    }
    let spec = lookup(&op.name).ok_or_else(|| format!("is not an operation of the '{dialect}' dialect"))?;
    if !spec.operands.admits(op.operands.len()) {
        return Err(format!("expects {:?} operands, has {}", spec.operands, op.operands.len()));
    }
    if !spec.results.admits(op.results.len()) {
        return Err(format!("expects {:?} results, has {}", spec.results, op.results.len()));
    }
    if !spec.regions.admits(op.regions.len()) {
        return Err(format!("expects {:?} regions, has {}", spec.regions, op.regions.len()));
    }
    for a in spec.attrs {
        if m.attr(id, a).is_none() {
            return Err(format!("requires attribute '{a}'"));
        }
    }
    if !op.successors.is_empty() && !spec.terminator {
        return Err("has successors but is not a terminator".into());
    }
    if let Some(b) = op.parent {
        if spec.terminator && m.block(b).ops.last() != Some(&id) {
            return Err("is a terminator but not the last op of its block".into());
        }
    }
    match spec.verify {
        Some(f) => f(m, id),
        None => Ok(()),
    }
}
