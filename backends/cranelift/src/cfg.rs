//! The control-flow graph of a `machine.func`: checks the block structure (every block ends in
//! exactly one terminator with the right successors, all in the same region; only the entry
//! block has arguments) and orders the reachable blocks in reverse postorder, so that every
//! block is lowered after the blocks that dominate it and an SSA value is always lowered
//! before its uses in dominated blocks.
//!
//! Blocks unreachable from the entry are not lowered: they could never run, and Cranelift
//! would drop them anyway. They are still checked for well-formed terminators.

use crate::checked;
use metal0_dialects::{BlockId, Module, OpId};
use std::collections::{HashMap, HashSet};

/// The terminators of the machine dialect and how many successors each takes.
pub(crate) fn terminator_successors(name: &str) -> Option<usize> {
    match name {
        "machine.br" => Some(1),
        "machine.cond_br" => Some(2),
        "machine.return" | "machine.trap" => Some(0),
        _ => None,
    }
}

/// A located problem: the op (if any) and the message.
pub(crate) type CfgError = (Option<OpId>, String);

pub(crate) struct Cfg {
    /// The `machine.func` op.
    pub func: OpId,
    pub entry: BlockId,
    /// Reachable blocks in reverse postorder; `order[0]` is the entry.
    pub order: Vec<BlockId>,
    /// True when some branch targets the entry block (Cranelift forbids that, so the lowering
    /// adds a separate entry block that jumps to it).
    pub entry_is_target: bool,
    /// The successors of each reachable block (one entry per branch edge).
    succs: HashMap<BlockId, Vec<BlockId>>,
}

impl Cfg {
    /// The successors of reachable block `b`, one per edge of its terminator.
    pub(crate) fn succs(&self, b: BlockId) -> Vec<BlockId> {
        self.succs.get(&b).cloned().unwrap_or_default()
    }
}

/// Checks the body of `func` and orders its blocks.
pub(crate) fn analyze(m: &Module, func: OpId) -> Result<Cfg, CfgError> {
    let err = |op: Option<OpId>, msg: String| (op, msg);
    let data = checked::op(m, func).map_err(|e| err(Some(func), e))?;
    if data.regions.len() != 1 {
        return Err(err(Some(func), format!("expects one body region, has {}", data.regions.len())));
    }
    let region = data.regions[0];
    let blocks = &checked::region(m, region).map_err(|e| err(Some(func), e))?.blocks;
    let Some(&entry) = blocks.first() else {
        return Err(err(Some(func), "has an empty body (no entry block)".into()));
    };
    let in_region: HashSet<BlockId> = blocks.iter().copied().collect();
    if in_region.len() != blocks.len() {
        return Err(err(Some(func), "lists the same block twice in its body".into()));
    }

    let mut succs: HashMap<BlockId, Vec<BlockId>> = HashMap::new();
    for (index, &b) in blocks.iter().enumerate() {
        let bd = checked::block(m, b).map_err(|e| err(Some(func), e))?;
        if index > 0 && !bd.args.is_empty() {
            return Err(err(Some(func), format!("block #{index} has arguments; only the entry block may (machine branches carry no operands)")));
        }
        let Some((&last, body)) = bd.ops.split_last() else {
            return Err(err(Some(func), format!("block #{index} is empty; every block must end with a terminator")));
        };
        for &op in body {
            let od = checked::op(m, op).map_err(|e| err(Some(op), e))?;
            if terminator_successors(&od.name).is_some() {
                return Err(err(Some(op), format!("is a terminator but not the last op of block #{index}")));
            }
            if !od.successors.is_empty() {
                return Err(err(Some(op), "has successors but is not a terminator".into()));
            }
        }
        let ld = checked::op(m, last).map_err(|e| err(Some(last), e))?;
        let Some(n) = terminator_successors(&ld.name) else {
            return Err(err(Some(last), format!("ends block #{index} but is not a terminator (machine.br, machine.cond_br, machine.return or machine.trap)")));
        };
        if ld.successors.len() != n {
            return Err(err(Some(last), format!("expects {n} successors, has {}", ld.successors.len())));
        }
        for s in &ld.successors {
            if !in_region.contains(s) {
                return Err(err(Some(last), format!("branches to block id {} which is not a block of this function", s.0)));
            }
        }
        succs.insert(b, ld.successors.clone());
    }

    // Iterative depth-first search for the postorder.
    let mut post = Vec::with_capacity(blocks.len());
    let mut seen: HashSet<BlockId> = HashSet::new();
    let mut stack: Vec<(BlockId, usize)> = vec![(entry, 0)];
    seen.insert(entry);
    while let Some((b, i)) = stack.last_mut() {
        let list = &succs[b];
        if *i < list.len() {
            let s = list[*i];
            *i += 1;
            if seen.insert(s) {
                stack.push((s, 0));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    let entry_is_target = post.iter().any(|b| succs[b].contains(&entry));
    let succs = post.iter().map(|b| (*b, succs[b].clone())).collect();
    Ok(Cfg { func, entry, order: post, entry_is_target, succs })
}
