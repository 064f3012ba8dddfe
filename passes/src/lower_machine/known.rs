//! What is known about ints while lowering, to drop tag tests, overflow checks, slow paths and
//! reference counting that cannot matter:
//! - *small words*: machine values known to be small ints, with a range of their values
//!   (small int constants; loads of a local known small; results of a fast path that has no
//!   slow path);
//! - *small locals*: int locals known to hold a small int at the current point, with a range.
//!   Flow sensitive: a store of a known small word records the local with the word's range,
//!   any other store forgets it; a branch on a comparison of a small local narrows its range
//!   on each edge; an `if` keeps what every edge reaching its end knows; a construct that may
//!   run its regions repeatedly or leave them from anywhere (loops, `try`, ...) forgets the
//!   locals stored anywhere inside it. The int parameters of a function's small-int version
//!   start small (see `FuncLowering::lower`), and an innermost loop has a version whose
//!   iterations start with the int locals it reads known small, entered after one combined
//!   tag test (see `loop_small_locals`).
//!
//! Ranges are in Python values (not tagged words), inclusive, always inside the small range.

use super::FuncLowering;
use super::exprs::{SMALL_MAX, SMALL_MIN};
use metal0_dialects::{OpId, Value};
use std::collections::{HashMap, HashSet};

/// Loops with more ops than this are lowered once (a versioned loop is lowered twice).
const MAX_VERSIONED_LOOP_OPS: usize = 300;

/// Ops containing loops.
const LOOPS: &[&str] = &["typed.while", "typed.for", "typed.for_range"];

/// The small locals known at a point, with their ranges.
pub(super) type SmallLocals = HashMap<String, Range>;

/// An inclusive range of int values.
pub(super) type Range = (i64, i64);

/// Every small int.
pub(super) const FULL: Range = (SMALL_MIN, SMALL_MAX);

/// `r` when it lies inside the small range.
fn small(lo: i128, hi: i128) -> Option<Range> {
    (lo >= SMALL_MIN as i128 && hi <= SMALL_MAX as i128 && lo <= hi).then_some((lo as i64, hi as i64))
}

/// The range of `a + b`, `a - b` or `a * b` when all its values are small.
pub(super) fn arith_range(op: &str, a: Range, b: Range) -> Option<Range> {
    let (a0, a1, b0, b1) = (a.0 as i128, a.1 as i128, b.0 as i128, b.1 as i128);
    match op {
        "add" => small(a0 + b0, a1 + b1),
        "sub" => small(a0 - b1, a1 - b0),
        "mul" => {
            let p = [a0 * b0, a0 * b1, a1 * b0, a1 * b1];
            small(*p.iter().min().expect("four"), *p.iter().max().expect("four"))
        }
        _ => None,
    }
}

/// The values `x` of range `r` satisfying `x <pred> y` for some `y` in `y` (signed
/// predicates of `icmp`), or None when there are none.
fn refine(r: Range, pred: &str, y: Range) -> Option<Range> {
    let (lo, hi) = r;
    let out = match pred {
        "slt" => (lo, hi.min(y.1.saturating_sub(1))),
        "sle" => (lo, hi.min(y.1)),
        "sgt" => (lo.max(y.0.saturating_add(1)), hi),
        "sge" => (lo.max(y.0), hi),
        "eq" => (lo.max(y.0), hi.min(y.1)),
        "ne" if y.0 == y.1 && lo == y.0 => (lo.saturating_add(1), hi),
        "ne" if y.0 == y.1 && hi == y.0 => (lo, hi.saturating_sub(1)),
        _ => (lo, hi),
    };
    (out.0 <= out.1).then_some(out)
}

/// The predicate of `not (x <pred> y)`.
fn negate(pred: &str) -> &'static str {
    match pred {
        "slt" => "sge",
        "sle" => "sgt",
        "sgt" => "sle",
        "sge" => "slt",
        "eq" => "ne",
        _ => "eq",
    }
}

/// The predicate of `y <pred> x` written as `x <pred'> y`.
fn swap(pred: &str) -> &'static str {
    match pred {
        "slt" => "sgt",
        "sle" => "sge",
        "sgt" => "slt",
        "sge" => "sle",
        "eq" => "eq",
        _ => "ne",
    }
}

/// The union of two ranges.
fn hull(a: Range, b: Range) -> Range {
    (a.0.min(b.0), a.1.max(b.1))
}

/// What a branch on a comparison teaches: narrower ranges of small locals on each edge (None:
/// the edge cannot be taken; nothing is learnt then).
#[derive(Default)]
pub(super) struct CondFacts {
    pub then: Vec<(String, Option<Range>)>,
    pub els: Vec<(String, Option<Range>)>,
}

impl FuncLowering<'_> {
    /// The range of a word known to be a small int.
    pub(super) fn small_range(&self, v: Value) -> Option<Range> {
        if let Some(c) = self.const_value(v) {
            return (c & 1 == 1).then_some((c >> 1, c >> 1));
        }
        self.small.get(&v).copied()
    }

    /// Records that word `v` is a small int in `r`.
    pub(super) fn mark_small(&mut self, v: Value, r: Range) {
        self.small.insert(v, r);
    }

    /// Narrows the ranges of small locals by the facts of a branch edge.
    pub(super) fn learn(&mut self, facts: &[(String, Option<Range>)]) {
        for (name, r) in facts {
            if let (Some(cur), Some(r)) = (self.small_locals.get_mut(name), r) {
                *cur = (cur.0.max(r.0), cur.1.min(r.1));
            }
        }
    }

    /// The small locals known on every one of `paths` (with the union of their ranges).
    pub(super) fn merge_small(paths: &[SmallLocals]) -> SmallLocals {
        let Some((first, rest)) = paths.split_first() else { return SmallLocals::new() };
        first
            .iter()
            .filter_map(|(n, &r)| rest.iter().try_fold(r, |acc, p| p.get(n).map(|&q| hull(acc, q))).map(|r| (n.clone(), r)))
            .collect()
    }

    /// The small local a typed value was loaded from, when the local was not written between
    /// the load and op `at` of the same block.
    fn loaded_small_local(&self, v: Value, at: OpId) -> Option<String> {
        let load = self.src.defining_op(v)?;
        if self.src.op(load).name != "typed.load_local" {
            return None;
        }
        let name = self.src.str_attr(load, "name")?;
        self.small_locals.get(name)?;
        let block = self.src.op(load).parent?;
        let ops = &self.src.block(block).ops;
        let (i, j) = (ops.iter().position(|&o| o == load)?, ops.iter().position(|&o| o == at)?);
        for &o in ops.get(i + 1..j)? {
            let mut nested = Vec::new();
            self.src.walk_from(o, &mut nested);
            if nested.iter().any(|&n| matches!(self.src.op(n).name.as_str(), "typed.store_local" | "typed.delete_local") && self.src.str_attr(n, "name") == Some(name)) {
                return None;
            }
        }
        Some(name.to_string())
    }

    /// What comparison `cmp` (`typed.int.cmp` of words `a` and `b`, signed predicate
    /// `pred`) teaches about the small locals it compares.
    pub(super) fn cond_facts(&self, cmp: OpId, pred: &str, a: Value, b: Value) -> CondFacts {
        let ops = &self.src.op(cmp).operands;
        let mut facts = CondFacts::default();
        let (ra, rb) = (self.small_range(a), self.small_range(b));
        for (side, pred, other) in [(ops[0], pred, rb), (ops[1], swap(pred), ra)] {
            let (Some(name), Some(other)) = (self.loaded_small_local(side, cmp), other) else { continue };
            let cur = self.small_locals[&name];
            facts.then.push((name.clone(), refine(cur, pred, other)));
            facts.els.push((name, refine(cur, negate(pred), other)));
        }
        facts
    }

    /// The locals `op` (with its regions) stores to or deletes.
    pub(super) fn stored_locals(&self, op: OpId) -> HashSet<String> {
        let mut all = Vec::new();
        self.src.walk_from(op, &mut all);
        all.into_iter()
            .filter(|&o| matches!(self.src.op(o).name.as_str(), "typed.store_local" | "typed.delete_local"))
            .filter_map(|o| self.src.str_attr(o, "name").map(str::to_string))
            .collect()
    }

    /// Forgets that the locals stored by `op` are small (before and after a construct that
    /// may run its regions repeatedly or leave them from anywhere).
    pub(super) fn forget_small_stored(&mut self, op: OpId) {
        if self.small_locals.is_empty() {
            return;
        }
        let stored = self.stored_locals(op);
        self.small_locals.retain(|n, _| !stored.contains(n));
    }
    /// For an innermost loop `op` of moderate size: the int locals whose smallness its
    /// iterations are worth starting from (read in the loop, not known small already, and not
    /// first written at the top of the body, like a loop variable). None when the loop is
    /// lowered once.
    pub(super) fn loop_small_locals(&self, op: OpId) -> Option<Vec<String>> {
        let mut all = Vec::new();
        self.src.walk_from(op, &mut all);
        if all.len() > MAX_VERSIONED_LOOP_OPS || all[1..].iter().any(|&o| LOOPS.contains(&self.src.op(o).name.as_str())) {
            return None;
        }
        let first_written = self.first_written(op);
        let mut names: Vec<String> = Vec::new();
        for &o in &all {
            if self.src.op(o).name != "typed.load_local" {
                continue;
            }
            let name = self.src.str_attr(o, "name").unwrap_or_default();
            let int_word = self.locals.get(name).is_some_and(|l| l.bound.is_none() && l.ty.is("typed", "int"));
            if int_word && !self.small_locals.contains_key(name) && !first_written.contains(name) && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        (!names.is_empty()).then_some(names)
    }

    /// The locals loop `op` writes at the top level of its body before anything in an
    /// iteration (its condition, for a `while`) mentions them: their values from the previous
    /// iteration are dead at the head.
    fn first_written(&self, op: OpId) -> HashSet<String> {
        let regions = &self.src.op(op).regions;
        // The regions an iteration runs, in order: a `while` evaluates its condition first.
        let (cond, body) = if self.src.op(op).name == "typed.while" { (regions.first(), regions.get(1)) } else { (None, regions.first()) };
        let mut seen = HashSet::new();
        let mut first_written = HashSet::new();
        let mention = |o: OpId| matches!(self.src.op(o).name.as_str(), "typed.load_local" | "typed.store_local" | "typed.delete_local");
        let name_of = |o: OpId| self.src.str_attr(o, "name").unwrap_or_default().to_string();
        if let Some(b) = cond.and_then(|r| self.src.region(*r).blocks.first()) {
            for &o in &self.src.block(*b).ops {
                let mut nested = Vec::new();
                self.src.walk_from(o, &mut nested);
                seen.extend(nested.into_iter().filter(|&n| mention(n)).map(name_of));
            }
        }
        if let Some(b) = body.and_then(|r| self.src.region(*r).blocks.first()) {
            for &o in &self.src.block(*b).ops {
                let mut nested = Vec::new();
                self.src.walk_from(o, &mut nested);
                for n in nested.into_iter().filter(|&n| mention(n)) {
                    let name = name_of(n);
                    if seen.insert(name.clone()) && n == o && self.src.op(n).name == "typed.store_local" {
                        first_written.insert(name);
                    }
                }
            }
        }
        first_written
    }

    /// Where a fast loop hands over to its general version: the float locals `loop_op`
    /// mentions (live at its head) go through the stack, so the register allocator does not
    /// tie their values to the general loop's (which it keeps in memory, as every float
    /// register is clobbered by the calls there) and can keep them in registers in the fast
    /// loop.
    pub(super) fn split_loop_values(&mut self, loop_op: OpId) {
        let mut all = Vec::new();
        self.src.walk_from(loop_op, &mut all);
        let first_written = self.first_written(loop_op);
        let mut slots: Vec<u32> = Vec::new();
        for o in all {
            if matches!(self.src.op(o).name.as_str(), "typed.load_local" | "typed.store_local")
                && let Some(name) = self.src.str_attr(o, "name")
                && !first_written.contains(name)
                && let Some(l) = self.locals.get(name)
                && l.repr == metal0_dialects::typed::Repr::F64
                && !slots.contains(&l.slot)
            {
                slots.push(l.slot);
            }
        }
        for slot in slots {
            let v = self.get(slot);
            let p = self.stack(8);
            self.store(v, p, 0);
            let v = self.load(p, metal0_dialects::Type::F64, 0);
            self.set(slot, v);
        }
    }

    /// i1: every local of `names` holds a small int (an unbound one, 0, does not).
    pub(super) fn locals_small(&mut self, names: &[String]) -> Value {
        let mut all: Option<Value> = None;
        for n in names {
            let slot = self.locals[n].slot;
            let w = self.get(slot);
            all = Some(match all {
                None => w,
                Some(a) => self.bin("band", a, w),
            });
        }
        let w = all.expect("at least one local");
        let t = self.bin_imm("band", w, 1);
        self.icmp_imm("ne", t, 0)
    }
}
