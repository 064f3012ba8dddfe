//! `generator-frames`: keeps the state of resumable machine functions in their heap frame.
//!
//! A `machine.func` with `frame_param = i` (the resume function of a generator, see
//! `lower_machine::generators`) returns at every `yield` and is entered again at its entry
//! block, which dispatches to the point after the `yield`. Nothing on the machine stack
//! survives that, so this pass moves into the frame (the pointer in entry argument `i`,
//! free slots from byte `frame_base` on):
//! - every variable slot: `machine.var_get/var_set` become loads and stores of its frame
//!   slot (the function is left with no variables);
//! - every SSA value used in a block other than the one defining it (except values of the
//!   entry block, which runs on every resume): stored to a frame slot right after its
//!   definition, loaded before each use in another block.
//!
//! The frame size in words is then written into the `machine.const` tagged
//! `frame_words_of = "<function>"` (the generator's creator allocates the frame).

use crate::manager::Pass;
use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::{Attr, BlockId, Module, OpId, Type, Value, attr};
use std::collections::HashMap;

pub struct GeneratorFrames;

impl Pass for GeneratorFrames {
    fn name(&self) -> &'static str {
        "generator-frames"
    }
    fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>> {
        let mut sizes: HashMap<String, i64> = HashMap::new();
        for f in module.top_ops() {
            if module.op(f).name == "machine.func" && module.attr(f, "frame_param").is_some() {
                let name = module.str_attr(f, "sym_name").unwrap_or_default().to_string();
                sizes.insert(name, frame_function(module, f)?);
            }
        }
        for op in module.walk() {
            if module.op(op).name != "machine.const" {
                continue;
            }
            if let Some(size) = module.str_attr(op, "frame_words_of").and_then(|f| sizes.get(f)).copied() {
                module.set_attr(op, "value", Attr::i64(size));
            }
        }
        Ok(())
    }
}

/// Rewrites one resumable function; returns its frame size in words.
fn frame_function(m: &mut Module, f: OpId) -> Result<i64, Vec<Diagnostic>> {
    let loc = m.op(f).loc.clone();
    let fail = |msg: &str| vec![Diagnostic::internal(loc.clone(), format!("generator-frames: {msg}"))];
    let region = *m.op(f).regions.first().ok_or_else(|| fail("function without a body"))?;
    let blocks = m.region(region).blocks.clone();
    let entry = *blocks.first().ok_or_else(|| fail("function without blocks"))?;
    let index = m.attr(f, "frame_param").and_then(Attr::as_int).unwrap_or(0) as usize;
    let frame = *m.block(entry).args.get(index).ok_or_else(|| fail("no frame parameter"))?;
    let base = m.attr(f, "frame_base").and_then(Attr::as_int).unwrap_or(8);
    let var_types: Vec<Type> = m.attr(f, "var_types").and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_type().cloned()).collect();
    let mut next_slot = base + 8 * var_types.len() as i64;

    // Where each op result is defined.
    let mut def_block: HashMap<Value, BlockId> = HashMap::new();
    for &b in &blocks {
        for &op in &m.block(b).ops {
            for &r in &m.op(op).results {
                def_block.insert(r, b);
            }
        }
    }
    // Values used outside their block get a slot.
    let mut slots: HashMap<Value, i64> = HashMap::new();
    for &b in &blocks {
        for &op in &m.block(b).ops {
            for &v in &m.op(op).operands {
                if let Some(&d) = def_block.get(&v)
                    && d != b
                    && d != entry
                    && !slots.contains_key(&v)
                {
                    slots.insert(v, next_slot);
                    next_slot += 8;
                }
            }
        }
    }
    for &b in &blocks {
        let ops = m.block(b).ops.clone();
        let mut i = 0;
        let mut out_ops = Vec::with_capacity(ops.len());
        while i < ops.len() {
            let op = ops[i];
            i += 1;
            // Reload values from other blocks.
            let operands = m.op(op).operands.clone();
            for (k, v) in operands.iter().enumerate() {
                if let (Some(&off), Some(&d)) = (slots.get(v), def_block.get(v))
                    && d != b
                {
                    let ty = m.value_type(*v).clone();
                    let load = m.create_op("machine.load", &[frame], &[ty], vec![attr("offset", Attr::i64(off))], m.op(op).loc.clone());
                    out_ops.push(load);
                    let r = m.op(load).results[0];
                    m.op_mut(op).operands[k] = r;
                }
            }
            match m.op(op).name.as_str() {
                "machine.var_get" | "machine.var_set" => {
                    let var = m.attr(op, "var").and_then(Attr::as_int).unwrap_or(0);
                    let off = base + 8 * var;
                    let opl = m.op(op).loc.clone();
                    let new = if m.op(op).name == "machine.var_get" {
                        let r = m.op(op).results[0];
                        let ty = m.value_type(r).clone();
                        let load = m.create_op("machine.load", &[frame], &[ty], vec![attr("offset", Attr::i64(off))], opl);
                        let nr = m.op(load).results[0];
                        m.replace_all_uses(r, nr);
                        // The new result replaces the old one everywhere, slots included.
                        if let Some(s) = slots.remove(&r) {
                            slots.insert(nr, s);
                        }
                        def_block.insert(nr, b);
                        load
                    } else {
                        let v = m.op(op).operands[0];
                        m.create_op("machine.store", &[v, frame], &[], vec![attr("offset", Attr::i64(off))], opl)
                    };
                    out_ops.push(new);
                }
                _ => out_ops.push(op),
            }
            // Save values used in other blocks right after their definition.
            let results = m.op(*out_ops.last().expect("op")).results.clone();
            for r in results {
                if let Some(&off) = slots.get(&r) {
                    let store = m.create_op("machine.store", &[r, frame], &[], vec![attr("offset", Attr::i64(off))], m.op(op).loc.clone());
                    // A terminator has no results, so the store never follows one.
                    out_ops.push(store);
                }
            }
        }
        for &op in &m.block(b).ops.clone() {
            m.detach_op(op);
        }
        for op in out_ops {
            m.append_op(b, op);
        }
    }
    m.set_attr(f, "var_types", Attr::Array(Vec::new()));
    Ok(next_slot / 8)
}
