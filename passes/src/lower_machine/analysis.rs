//! Static facts about variables that save work at run time:
//! - *bound loads*: a `typed.load_local` that every path reaches after a store to the local
//!   (definite assignment over the structured IR) needs no UnboundLocalError check;
//! - *fresh stores*: a store at the top level of the function body before any other write to
//!   the local replaces nothing, so the old value needs no decref;
//! - *borrowed loads*: a load whose value is used only before the variable can change (no write
//!   to it, and for globals no op that could run user code, up to the last use) needs no
//!   new reference;
//! - *borrowed parameters*: a word parameter whose local is never written again (its only
//!   write is the store of the argument at entry, and it is never deleted) keeps the caller's
//!   reference: the caller holds the argument alive for the whole call, so the local takes
//!   no reference at entry and drops none at return or unwind.

use super::FuncLowering;
use metal0_dialects::{BlockId, Module, OpId};
use std::collections::HashSet;

/// Ops that cannot run user code nor write variables, for borrowing globals across them.
const PURE_OPS: &[&str] = &[
    "typed.const_int",
    "typed.const_float",
    "typed.const_bool",
    "typed.const_str",
    "typed.const_bytes",
    "typed.const_none",
    "typed.load_local",
    "typed.load_global",
    "typed.int.binop",
    "typed.int.truediv",
    "typed.int.neg",
    "typed.int.invert",
    "typed.int.cmp",
    "typed.float.binop",
    "typed.float.neg",
    "typed.float.cmp",
    "typed.not",
    "typed.int_to_float",
    "typed.bool_to_int",
    "typed.box",
    "typed.is",
];

/// What the analysis found for one function.
#[derive(Default)]
pub(super) struct VarFacts {
    pub bound_loads: HashSet<OpId>,
    pub fresh_stores: HashSet<OpId>,
    /// The entry stores of borrowed parameters, and the names of their locals.
    pub param_stores: HashSet<OpId>,
    pub borrowed_locals: HashSet<String>,
}

const JUMPS: &[&str] = &["typed.return", "typed.break", "typed.continue", "typed.raise"];

/// Definite assignment from the function's entry block.
pub(super) fn analyze(m: &Module, entry: BlockId) -> VarFacts {
    let mut facts = VarFacts::default();
    // Locals that can become unbound again are always checked.
    let mut deleted = HashSet::new();
    for &op in &m.block(entry).ops {
        let mut all = Vec::new();
        m.walk_from(op, &mut all);
        for o in all {
            let d = m.op(o);
            if d.name == "typed.delete_local"
                && let Some(n) = m.str_attr(o, "name")
            {
                deleted.insert(n.to_string());
            }
        }
    }
    let mut assigned = HashSet::new();
    let mut written = HashSet::new();
    walk(m, entry, &mut assigned, &deleted, &mut facts, Some(&mut written));
    borrowed_params(m, entry, &deleted, &mut facts);
    facts
}

/// The parameters whose local is written only by the store of the argument at the top of the
/// entry block (see the module doc).
fn borrowed_params(m: &Module, entry: BlockId, deleted: &HashSet<String>, facts: &mut VarFacts) {
    let args = &m.block(entry).args;
    let mut stores: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for &op in &m.block(entry).ops {
        let mut all = Vec::new();
        m.walk_from(op, &mut all);
        for o in all {
            if m.op(o).name == "typed.store_local" {
                *stores.entry(m.str_attr(o, "name").unwrap_or_default().to_string()).or_default() += 1;
            }
        }
    }
    for &op in &m.block(entry).ops {
        let d = m.op(op);
        if d.name != "typed.store_local" || d.operands.len() != 1 || !args.contains(&d.operands[0]) {
            break;
        }
        let name = m.str_attr(op, "name").unwrap_or_default();
        let word = metal0_dialects::typed::repr_of(m.value_type(d.operands[0])) == metal0_dialects::typed::Repr::Word;
        if word && stores.get(name) == Some(&1) && !deleted.contains(name) {
            facts.param_stores.insert(op);
            facts.borrowed_locals.insert(name.to_string());
        }
    }
}

/// Walks `block` with the set of locals assigned on every path so far; returns whether
/// control falls off its end. `top_written` is given for the function's top-level block only.
fn walk(
    m: &Module,
    block: BlockId,
    assigned: &mut HashSet<String>,
    deleted: &HashSet<String>,
    facts: &mut VarFacts,
    mut top_written: Option<&mut HashSet<String>>,
) -> bool {
    for &op in &m.block(block).ops {
        let d = m.op(op);
        let name = m.str_attr(op, "name").unwrap_or_default().to_string();
        match d.name.as_str() {
            "typed.load_local" if assigned.contains(&name) && !deleted.contains(&name) => {
                facts.bound_loads.insert(op);
            }
            "typed.store_local" => {
                if let Some(w) = top_written.as_deref_mut()
                    && w.insert(name.clone())
                {
                    facts.fresh_stores.insert(op);
                }
                assigned.insert(name);
            }
            "typed.if" => {
                let mut after: Option<HashSet<String>> = None;
                for &r in &d.regions {
                    let mut inner = assigned.clone();
                    let falls = match m.region(r).blocks.first() {
                        Some(&b) => walk(m, b, &mut inner, deleted, facts, None),
                        None => true,
                    };
                    if falls {
                        after = Some(match after {
                            None => inner,
                            Some(a) => a.intersection(&inner).cloned().collect(),
                        });
                    }
                }
                if let Some(a) = after {
                    *assigned = a;
                }
            }
            _ => {
                for &r in &d.regions {
                    if let Some(&b) = m.region(r).blocks.first() {
                        walk(m, b, &mut assigned.clone(), deleted, facts, None);
                    }
                }
                // Writes inside nested regions happen after anything at the top level that
                // came before, so they end the "fresh" window for those names.
                if let Some(w) = top_written.as_deref_mut() {
                    let mut all = Vec::new();
                    m.walk_from(op, &mut all);
                    for o in all {
                        if m.op(o).name == "typed.store_local" {
                            w.insert(m.str_attr(o, "name").unwrap_or_default().to_string());
                        }
                    }
                }
                if JUMPS.contains(&d.name.as_str()) {
                    return false;
                }
            }
        }
    }
    true
}

impl FuncLowering<'_> {
    /// Whether the value of load op `load` (at the current index of the current scope) can be
    /// borrowed: nothing up to its last use in this block can write the variable.
    pub(super) fn load_is_borrowable(&self, load: OpId, global: bool) -> bool {
        let scope = self.scopes.last().expect("scope");
        let r = self.src.op(load).results[0];
        let Some(&last) = scope.last_use.get(&r) else { return true };
        let name = self.src.str_attr(load, "name").unwrap_or_default();
        let ops = &self.src.block(scope.block).ops;
        for &op in &ops[scope.index + 1..=last.min(ops.len() - 1)] {
            let mut all = Vec::new();
            self.src.walk_from(op, &mut all);
            for o in all {
                let d = self.src.op(o);
                let n = self.src.str_attr(o, "name");
                if global {
                    let writes = matches!(d.name.as_str(), "typed.store_global" | "typed.delete_global") && n == Some(name);
                    if writes || !PURE_OPS.contains(&d.name.as_str()) {
                        return false;
                    }
                } else if matches!(d.name.as_str(), "typed.store_local" | "typed.delete_local") && n == Some(name) {
                    return false;
                }
            }
        }
        true
    }
}
