//! Structured control flow to a CFG: `if`, `while`, `for`, `for_range`, `and`/`or`/`ifexp`,
//! and the jumps `return`, `break`, `continue`, which run the pending cleanups (`finally`
//! regions, leaving `except` bodies) of the constructs they leave, innermost first.

use super::FuncLowering;
use super::known::{CondFacts, FULL};
use super::refcount::RcKind;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{Attr, BlockId, OpId, RegionId, Type, Value};

/// The targets of `break` and `continue` in the innermost loop.
#[derive(Copy, Clone, Debug)]
pub(super) struct LoopCtx {
    pub brk: BlockId,
    pub cont: BlockId,
    /// Scopes `depth..` belong to the loop body and are left by a jump.
    pub depth: usize,
    /// Cleanups `cleanup_depth..` are inside the loop.
    pub cleanup_depth: usize,
}

/// What a jump out of a construct must do first.
#[derive(Clone, Debug)]
pub(super) enum Cleanup {
    /// Run a `finally` region (lowered again at each jump), with the handler and loop stacks
    /// of the `try` statement.
    Finally { region: RegionId, handlers: usize, loops: usize },
    /// Leave an `except` body (or a `finally` run on the exception path): restore the
    /// previously handled exception and drop the caught one.
    Handled { prev: u32, exc: u32 },
}

impl FuncLowering<'_> {
    /// Runs cleanups `down_to..`, innermost first. Stops when one of them leaves (a `return`
    /// inside `finally` overrides the jump); `self.cur` is None then.
    fn run_cleanups(&mut self, down_to: usize) {
        for k in (down_to..self.cleanups.len()).rev() {
            if self.cur.is_none() {
                return;
            }
            match self.cleanups[k].clone() {
                Cleanup::Finally { region, handlers, loops } => {
                    let saved = (self.handlers.clone(), self.loops.clone(), self.cleanups.clone());
                    self.handlers.truncate(handlers);
                    self.loops.truncate(loops);
                    self.cleanups.truncate(k);
                    self.lower_region(region, &[]);
                    (self.handlers, self.loops, self.cleanups) = saved;
                }
                Cleanup::Handled { prev, exc } => self.leave_handled(prev, exc),
            }
        }
    }

    // ---- return, break, continue --------------------------------------------------------------

    pub(super) fn lower_return(&mut self, op: OpId) {
        // The value is taken (owned) before `finally` regions run: they may rebind the
        // variable it was read from. It is held meanwhile, so their error paths drop it.
        let v = match self.operands(op).first().copied() {
            Some(v) => self.operand_as(v, self.ret, true),
            None => self.none_of(self.ret),
        };
        let counted = self.ret == Repr::Word && !self.cleanups.is_empty();
        if counted {
            self.hold(v, RcKind::Obj);
        }
        self.run_cleanups(0);
        if self.cur.is_none() {
            return;
        }
        if counted {
            self.release(v);
        }
        self.drop_scopes_from(0);
        self.decref_locals();
        self.mark_generator_finished();
        self.op("machine.return", &[v], &[], vec![]);
        self.cur = None;
    }

    /// The implicit `return None` at the end of a function body.
    pub(super) fn return_none(&mut self) {
        let v = self.none_of(self.ret);
        self.decref_locals();
        self.mark_generator_finished();
        self.op("machine.return", &[v], &[], vec![]);
        self.cur = None;
    }

    /// `None` as a value of representation `r` (only a word is meaningful).
    fn none_of(&mut self, r: Repr) -> Value {
        match r {
            Repr::Word => self.none_word(),
            r => self.zero_of(r),
        }
    }

    pub(super) fn lower_jump(&mut self, is_break: bool) {
        let Some(lp) = self.loops.last().copied() else {
            self.internal("`break`/`continue` outside a loop");
            return;
        };
        self.run_cleanups(lp.cleanup_depth);
        if self.cur.is_none() {
            return;
        }
        self.drop_scopes_from(lp.depth);
        self.br(if is_break { lp.brk } else { lp.cont });
    }

    // ---- if, while ---------------------------------------------------------------------------

    pub(super) fn lower_if(&mut self, op: OpId) {
        let cond = self.operands(op)[0];
        let regions = self.src.op(op).regions.clone();
        let (then, els, join) = (self.new_block(), self.new_block(), self.new_block());
        let has_else = self.region_has_ops(regions[1]);
        let facts = self.branch_on(cond, then, if has_else { els } else { join }, false);
        // The small locals reaching the end of the `if` on each edge that gets there.
        let before = self.small_locals.clone();
        let mut after = Vec::new();
        self.enter(then);
        self.learn(&facts.then);
        self.lower_region(regions[0], &[]);
        if self.cur.is_some() {
            after.push(std::mem::take(&mut self.small_locals));
            self.br(join);
        }
        self.small_locals = before;
        self.learn(&facts.els);
        if has_else {
            self.enter(els);
            self.lower_region(regions[1], &[]);
            if self.cur.is_some() {
                after.push(std::mem::take(&mut self.small_locals));
                self.br(join);
            }
        } else {
            after.push(std::mem::take(&mut self.small_locals));
        }
        self.small_locals = Self::merge_small(&after);
        self.enter_if_targeted(join);
    }

    /// Lowers a condition region ending in `typed.result` and branches on its value; None
    /// when control left the region instead (or it produced no value), else what the branch
    /// teaches (see `branch_on`).
    /// `els` leaves the loop (see `cond_br_exit_first`).
    fn lower_cond_region(&mut self, region: RegionId, then: BlockId, els: BlockId) -> Option<CondFacts> {
        let &b = self.src.region(region).blocks.first()?;
        let ops = self.src.block(b).ops.clone();
        let Some(&last) = ops.last().filter(|&&l| self.src.op(l).name == "typed.result") else {
            let c = self.lower_value_region(region, Repr::Bool)?;
            self.cond_br_exit_first(c, then, els);
            return Some(CondFacts::default());
        };
        self.push_scope(b);
        self.lower_ops(&ops[..ops.len() - 1]);
        if self.cur.is_none() {
            self.pop_scope();
            return None;
        }
        let saved = std::mem::replace(&mut self.loc, self.src.op(last).loc.clone());
        self.scopes.last_mut().expect("scope").index = ops.len() - 1;
        let v = self.src.op(last).operands[0];
        let mut facts = CondFacts::default();
        if self.pending_cmp.as_ref().is_some_and(|p| self.src.op(p.op).results.first() == Some(&v)) {
            // Nothing else is held by the region (checked when deferring).
            facts = self.branch_on(v, then, els, true);
            self.pop_scope();
        } else {
            let c = self.operand_as(v, Repr::Bool, true);
            self.pop_scope();
            if self.cur.is_none() {
                self.loc = saved;
                return None;
            }
            self.cond_br_exit_first(c, then, els);
        }
        self.loc = saved;
        Some(facts)
    }

    pub(super) fn region_has_ops(&self, r: RegionId) -> bool {
        self.src.region(r).blocks.first().is_some_and(|b| !self.src.block(*b).ops.is_empty())
    }

    /// Lowers a loop's body with `lp` as the innermost loop, then continues at `next`.
    pub(super) fn loop_body(&mut self, region: RegionId, args: &[(Value, bool)], brk: BlockId, cont: BlockId) {
        let lp = LoopCtx { brk, cont, depth: self.scopes.len(), cleanup_depth: self.cleanups.len() };
        self.loops.push(lp);
        self.lower_region(region, args);
        self.loops.pop();
        if self.cur.is_some() {
            self.br(cont);
        }
    }

    /// The `else` region of a loop (if any) entered at `els`, then `exit`.
    pub(super) fn loop_else(&mut self, region: Option<RegionId>, els: BlockId, exit: BlockId) {
        if self.targeted.contains(&els) {
            self.enter(els);
            if let Some(r) = region {
                self.lower_region(r, &[]);
            }
            if self.cur.is_some() {
                self.br(exit);
            }
        }
        self.enter_if_targeted(exit);
    }

    /// `typed.while`: the condition at the head, then the body. An innermost loop reading int
    /// locals is two loops: a fast one whose iterations start with those locals known small,
    /// after one combined tag test at its head, and the general one (cold) that takes over for
    /// good when the test fails (so the fast loop has no calls on its back edges, and its
    /// values can stay in registers).
    pub(super) fn lower_while(&mut self, op: OpId) {
        // What the loop stores is not known small at the head (nor after the loop).
        self.forget_small_stored(op);
        let entry_small = self.small_locals.clone();
        let regions = self.src.op(op).regions.clone();
        let (head, els, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.br(head);
        self.enter(head);
        let else_region = regions.get(2).copied().filter(|r| self.region_has_ops(*r));
        let done = if else_region.is_some() { els } else { exit };
        match self.loop_small_locals(op) {
            Some(names) => {
                let (fast, general) = (self.new_block(), self.new_block());
                let c = self.locals_small(&names);
                self.cond_br_exit_first(c, fast, general);
                self.enter(fast);
                self.small_locals.extend(names.into_iter().map(|n| (n, FULL)));
                self.while_iteration(&regions, head, done, exit);
                self.small_locals = entry_small.clone();
                let ghead = self.new_block();
                self.enter_cold(general);
                self.split_loop_values(op);
                self.br(ghead);
                self.enter_cold(ghead);
                self.while_iteration(&regions, ghead, done, exit);
            }
            None => self.while_iteration(&regions, head, done, exit),
        }
        self.small_locals = entry_small;
        self.loop_else(else_region, els, exit);
    }

    /// One iteration of a `while` loop from the current block: the condition (false goes to
    /// `done`), the body, back to `head`.
    fn while_iteration(&mut self, regions: &[RegionId], head: BlockId, done: BlockId, exit: BlockId) {
        let body = self.new_block();
        let Some(facts) = self.lower_cond_region(regions[0], body, done) else { return };
        self.enter(body);
        // The body runs where the condition held.
        self.learn(&facts.then);
        self.loop_body(regions[1], &[], exit, head);
    }

    // ---- for -------------------------------------------------------------------------------

    /// `typed.for(iterator)`: `rt_iter_next` until it returns 0 (an error if an exception is
    /// set, else the end of the loop).
    pub(super) fn lower_for(&mut self, op: OpId) {
        let src = self.operands(op)[0];
        let it = self.operand_as(src, Repr::Word, false);
        if self.src.defining_op(src).is_some_and(|d| self.src.op(d).name == "typed.obj.iter" && self.list_iter_for_loop(d)) {
            self.lower_for_list(op, it);
            return;
        }
        let regions = self.src.op(op).regions.clone();
        let else_region = regions.get(1).copied().filter(|r| self.region_has_ops(*r));
        let (head, body, done, els, exit) = (self.new_block(), self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.br(head);
        self.enter(head);
        let item = self.rt_val("rt_iter_next", &[it]);
        let end = self.icmp_imm("eq", item, 0);
        self.cond_br(end, done, body);
        self.enter_cold(done);
        let e = self.rt_val("rt_err_occurred", &[]);
        let failed = self.icmp_imm("ne", e, 0);
        self.fail_if(failed);
        self.br(if else_region.is_some() { els } else { exit });
        self.enter(body);
        self.loop_body(regions[0], &[(item, true)], exit, head);
        self.loop_else(else_region, els, exit);
    }

    /// `typed.for_range(start, stop, step)`: a counter word in a variable slot. When start,
    /// stop and step are all small ints (checked once), the loop compares tagged words and
    /// steps with an overflow check (overflowing means going past `stop`: the loop ends);
    /// otherwise it calls `rt_int_cmp`/`rt_int_add`, and the counter slot owns its value.
    pub(super) fn lower_for_range(&mut self, op: OpId) {
        let ops = self.operands(op);
        let start = self.int_word(ops[0]);
        let stop = self.int_word(ops[1]);
        let step = self.int_word(ops[2]);
        let step_const = self.const_int_value(ops[2]);
        let regions = self.src.op(op).regions.clone();
        let else_region = regions.get(1).copied().filter(|r| self.region_has_ops(*r));

        // step == 0 raises ValueError (a big int is never 0).
        match step_const {
            Some(0) => {
                self.raise_value_error("range() arg 3 must not be zero");
                return;
            }
            Some(_) => {}
            None => {
                let zero = self.icmp_imm("eq", step, 1);
                self.raise_if(zero, |s| s.set_value_error("range() arg 3 must not be zero"));
            }
        }
        // Counting up?
        let up = match step_const {
            Some(k) => self.i1c(k > 0),
            None => {
                let var = self.new_var(Type::Int(1));
                let small = self.is_small(step);
                let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
                self.cond_br(small, fast, slow);
                self.enter(fast);
                let c = self.icmp_imm("sgt", step, 1);
                self.set(var, c);
                self.br(join);
                self.enter_cold(slow);
                let one = self.i64c(1);
                let r = self.rt_val("rt_int_cmp", &[step, one]);
                let c = self.icmp_imm("sgt", r, 0);
                self.set(var, c);
                self.br(join);
                self.enter(join);
                self.get(var)
            }
        };
        let ranges = (self.small_range(start), self.small_range(stop), self.small_range(step));
        let small = if let (Some(_), Some(_), Some(_)) = ranges {
            self.i1c(true)
        } else {
            let t = self.bin("band", start, stop);
            let t = self.bin("band", t, step);
            self.is_small(t)
        };
        let always_small = self.const_value(small) == Some(1);
        // The counter's range on the small path.
        let item_range = match (ranges, step_const) {
            ((Some(a), Some(b), _), Some(k)) if k > 0 => (a.0, b.1 - 1),
            ((Some(a), Some(b), _), Some(_)) => (b.0 + 1, a.1),
            _ => FULL,
        };
        let item_range = if item_range.0 <= item_range.1 { item_range } else { FULL };
        let step_m1 = self.bin_imm("isub", step, 1);
        let ctr = self.new_var(Type::Int(64));
        self.incref(start, RcKind::Int);
        self.set(ctr, start);
        self.hold_var(ctr, RcKind::Int);

        // What the loop stores is not known small at the head (nor after the loop). An
        // innermost loop has a version of its body where the int locals it reads start known
        // small (see `lower_while`), on the small path of the counter.
        self.forget_small_stored(op);
        let entry_small = self.small_locals.clone();
        let body_block = self.src.region(regions[0]).blocks.first().copied();
        let versions = self.loop_small_locals(op);

        // Two loops: the fast one runs while the counter is small (start, stop and step are)
        // and, for an innermost loop, the int locals it reads start each iteration small; the
        // general one takes over for good when they are not (so the fast loop has no calls on
        // its back edges, and its values can stay in registers).
        let (head, body, latch, done_check) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        let (ghead, gbody, glatch) = (self.new_block(), self.new_block(), self.new_block());
        let (els, exit) = (self.new_block(), self.new_block());
        let done = if else_region.is_some() { els } else { exit };
        if always_small {
            self.br(head);
        } else {
            self.cond_br(small, head, ghead);
        }
        // The fast loop.
        self.enter(head);
        let i = self.get(ctr);
        let c = self.counter_in_range(i, stop, step_const, up);
        match &versions {
            Some(names) => {
                self.cond_br_exit_first(c, done_check, done);
                self.enter(done_check);
                let all = self.locals_small(names);
                let to_general = self.new_block();
                self.cond_br_exit_first(all, body, to_general);
                self.enter_cold(to_general);
                self.split_loop_values(op);
                self.br(gbody);
            }
            None => self.cond_br_exit_first(c, body, done),
        }
        // The body's counter is a new reference, unless the body never uses it.
        let used = match body_block {
            Some(b) => self.src.block(b).args.first().is_some_and(|a| self.last_use_map(b).contains_key(a)),
            None => false,
        };
        self.enter(body);
        let item = self.get(ctr);
        self.mark_small(item, item_range);
        if let Some(names) = &versions {
            self.small_locals.extend(names.iter().map(|n| (n.clone(), FULL)));
        }
        self.loop_body(regions[0], &[(item, used)], exit, latch);
        self.small_locals = entry_small.clone();
        if self.targeted.contains(&latch) {
            self.enter(latch);
            let i = self.get(ctr);
            let (n, overflow) = self.overflow("sadd_overflow", i, step_m1);
            self.set(ctr, n);
            // Overflowing the small range means passing `stop` (the wrapped word stays odd,
            // so it is never mistaken for an object).
            self.cond_br(overflow, done, head);
        }
        // The general loop (cold).
        if self.targeted.contains(&ghead) || self.targeted.contains(&gbody) {
            let (cmp_fast, cmp_slow) = (self.new_block(), self.new_block());
            self.enter_cold(ghead);
            let i = self.get(ctr);
            if always_small {
                self.br(cmp_fast);
            } else {
                self.cond_br(small, cmp_fast, cmp_slow);
            }
            self.enter(cmp_fast);
            let c = self.counter_in_range(i, stop, step_const, up);
            self.cond_br_exit_first(c, gbody, done);
            if !always_small {
                self.enter(cmp_slow);
                let r = self.rt_val("rt_int_cmp", &[i, stop]);
                let below = self.icmp_imm("slt", r, 0);
                let above = self.icmp_imm("sgt", r, 0);
                let c = self.select(up, below, above);
                self.cond_br_exit_first(c, gbody, done);
            }
            self.enter_cold(gbody);
            let item = self.get(ctr);
            if used {
                self.incref(item, RcKind::Int);
            }
            self.loop_body(regions[0], &[(item, used)], exit, glatch);
            self.small_locals = entry_small.clone();
            if self.targeted.contains(&glatch) {
                self.enter_cold(glatch);
                let i = self.get(ctr);
                let (add_fast, add_slow) = (self.new_block(), self.new_block());
                if always_small {
                    self.br(add_fast);
                } else {
                    self.cond_br(small, add_fast, add_slow);
                }
                self.enter(add_fast);
                let (n, overflow) = self.overflow("sadd_overflow", i, step_m1);
                self.set(ctr, n);
                self.cond_br(overflow, done, ghead);
                if !always_small {
                    self.enter(add_slow);
                    let n = self.rt_checked_val("rt_int_add", &[i, step]);
                    self.decref(i, RcKind::Int);
                    self.set(ctr, n);
                    self.br(ghead);
                }
            }
        }
        self.small_locals = entry_small;
        self.loop_else(else_region, els, exit);
    }

    /// i1: small counter word `i` has not reached small `stop` (by the sign of the step).
    fn counter_in_range(&mut self, i: Value, stop: Value, step_const: Option<i64>, up: Value) -> Value {
        match step_const {
            Some(k) if k > 0 => self.icmp("slt", i, stop),
            Some(_) => self.icmp("sgt", i, stop),
            None => {
                let below = self.icmp("slt", i, stop);
                let above = self.icmp("sgt", i, stop);
                self.select(up, below, above)
            }
        }
    }

    /// The value of an int constant operand, when it is one (small).
    pub(super) fn const_int_value(&self, v: Value) -> Option<i64> {
        let op = self.src.defining_op(v)?;
        if self.src.op(op).name != "typed.const_int" {
            return None;
        }
        match self.src.attr(op, "value")? {
            Attr::Int(k, _) => Some(*k),
            a => a.as_str().and_then(|s| s.parse().ok()),
        }
    }

    // ---- and, or, ifexp -------------------------------------------------------------------

    /// `typed.and(lhs)` / `typed.or(lhs)`: lhs, or the region's result, through a variable.
    pub(super) fn lower_and_or(&mut self, op: OpId) {
        let is_and = self.src.op(op).name == "typed.and";
        let lhs = self.operands(op)[0];
        let result = self.result(op);
        let want = repr_of(self.src.value_type(result));
        let c = self.operand_as(lhs, Repr::Bool, false);
        let var = self.new_var(super::machine_type(want));
        let (short, long, join) = (self.new_block(), self.new_block(), self.new_block());
        if is_and {
            self.cond_br(c, long, short);
        } else {
            self.cond_br(c, short, long);
        }
        self.enter(short);
        // A new reference: lhs stays a temporary of this scope on the other path too.
        let v = self.operand_owned_copy(lhs, want);
        self.set(var, v);
        self.br(join);
        self.enter(long);
        if let Some(v) = self.lower_value_region(self.src.op(op).regions[0], want) {
            self.set(var, v);
            self.br(join);
        }
        self.enter_if_targeted(join);
        if self.cur.is_some() {
            let r = self.get(var);
            self.produce(result, r);
        }
    }

    pub(super) fn lower_ifexp(&mut self, op: OpId) {
        let c = self.operand_as(self.operands(op)[0], Repr::Bool, false);
        let result = self.result(op);
        let want = repr_of(self.src.value_type(result));
        let regions = self.src.op(op).regions.clone();
        let var = self.new_var(super::machine_type(want));
        let (then, els, join) = (self.new_block(), self.new_block(), self.new_block());
        self.cond_br(c, then, els);
        for (b, r) in [(then, regions[0]), (els, regions[1])] {
            self.enter(b);
            if let Some(v) = self.lower_value_region(r, want) {
                self.set(var, v);
                self.br(join);
            }
        }
        self.enter_if_targeted(join);
        if self.cur.is_some() {
            let r = self.get(var);
            self.produce(result, r);
        }
    }
}
