//! Exceptions: error checks after fallible calls, the handler stack, `try` with its
//! `except` dispatch, `else` and `finally`, `raise` and `assert`.
//!
//! An error site records a traceback entry (function, file, position of the failing op), drops
//! the temporaries of the scopes it leaves and branches to the innermost handler: the
//! function's unwind block, or a block of the enclosing `try`. Re-raising (bare `raise`, an
//! exception no `except` matched, the end of a `finally` run on the exception path) records
//! no new entry.

use super::FuncLowering;
use super::control::Cleanup;
use super::refcount::RcKind;
use metal0_dialects::runtime_abi::{self, Fail};
use metal0_dialects::typed::Repr;
use metal0_dialects::{BlockId, Location, OpId, Type, Value};

/// Where errors go: a block, entered with the scopes `depth..` already dropped.
#[derive(Copy, Clone, Debug)]
pub(super) struct Handler {
    pub block: BlockId,
    pub depth: usize,
}

impl FuncLowering<'_> {
    // ---- error sites -----------------------------------------------------------------------

    /// Leaves for the innermost handler: records a traceback entry when `traceback`, drops
    /// the temporaries of the scopes left, and branches.
    pub(super) fn goto_handler(&mut self, traceback: bool) {
        if traceback && self.tracebacks {
            self.traceback_add();
        }
        let h = *self.handlers.last().expect("handler");
        self.drop_scopes_from(h.depth);
        self.br(h.block);
    }

    /// `rt_traceback_add(code, position)` for the op being lowered: `code` is one static
    /// record of the function's name and file, the position word packs the op's location.
    /// An op without a location records nothing: those are the forwarding calls inference
    /// puts at the top of a generic instance, and the instance they call records the frame.
    fn traceback_add(&mut self) {
        let Location::File { file, line, col, end_line, end_col } = &self.loc else { return };
        let pos = runtime_abi::traceback_position(*line, col.saturating_sub(1), *end_line, end_col.saturating_sub(1));
        let mut code = self.py_name.as_bytes().to_vec();
        code.push(0);
        code.extend_from_slice(traceback_path(file).as_bytes());
        let sym = self.ms.data_sym(&code);
        let code = self.addr(&sym);
        let pos = self.i64c(pos);
        self.rt("rt_traceback_add", &[code, pos]);
    }

    /// Branches to an error site when `cond` holds; continues on the other edge.
    pub(super) fn fail_if(&mut self, cond: Value) {
        let (err, ok) = (self.new_block(), self.new_block());
        self.cond_br(cond, err, ok);
        self.enter_cold(err);
        self.goto_handler(true);
        self.enter(ok);
    }

    /// When `cond` holds: runs `raise` (calls that set the exception) and leaves for the
    /// handler; continues on the other edge.
    pub(super) fn raise_if(&mut self, cond: Value, raise: impl FnOnce(&mut Self)) {
        let (err, ok) = (self.new_block(), self.new_block());
        self.cond_br(cond, err, ok);
        self.enter_cold(err);
        raise(self);
        self.goto_handler(true);
        self.enter(ok);
    }

    /// When `ok` does not hold: runs `raise` and leaves for the handler; continues on the
    /// other edge.
    pub(super) fn raise_unless(&mut self, ok: Value, raise: impl FnOnce(&mut Self)) {
        let (err, cont) = (self.new_block(), self.new_block());
        self.cond_br(ok, cont, err);
        self.enter_cold(err);
        raise(self);
        self.goto_handler(true);
        self.enter(cont);
    }

    /// Checks the result of runtime function `name` per its ABI failure convention.
    pub(super) fn check_rt(&mut self, name: &str, r: Option<Value>) {
        let f = runtime_abi::lookup(name).expect("runtime function");
        match (f.fail, r) {
            (Fail::Never, _) => {}
            (Fail::Zero, Some(r)) => {
                let c = self.icmp_imm("eq", r, 0);
                self.fail_if(c);
            }
            (Fail::MinusOne, Some(r)) => {
                let c = self.icmp_imm("eq", r, -1);
                self.fail_if(c);
            }
            (Fail::Flag, _) => self.check_flag(),
            (Fail::Always, _) => self.goto_handler(true),
            (_, None) => {}
        }
    }

    /// `rt_err_occurred()` != 0 goes to an error site.
    pub(super) fn check_flag(&mut self) {
        let e = self.rt_val("rt_err_occurred", &[]);
        let c = self.icmp_imm("ne", e, 0);
        self.fail_if(c);
    }

    /// Calls runtime function `name` and checks its result.
    pub(super) fn rt_checked(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let r = self.rt(name, args);
        self.check_rt(name, r);
        r
    }

    pub(super) fn rt_checked_val(&mut self, name: &str, args: &[Value]) -> Value {
        self.rt_checked(name, args).expect("runtime function with a result")
    }

    /// Checks the result of a compiled function returning `ret`: word 0, or the error flag
    /// for unboxed results.
    pub(super) fn check_call_result(&mut self, ret: Repr, r: Value) {
        match ret {
            Repr::Word => {
                let c = self.icmp_imm("eq", r, 0);
                self.fail_if(c);
            }
            Repr::F64 | Repr::Bool => self.check_flag(),
        }
    }

    // ---- raise and assert --------------------------------------------------------------------

    pub(super) fn lower_raise(&mut self, op: OpId) {
        let ops = self.operands(op);
        match ops.len() {
            0 => {
                self.rt("rt_reraise", &[]);
                self.goto_handler(false);
            }
            1 => {
                let e = self.operand_as(ops[0], Repr::Word, false);
                self.rt("rt_raise", &[e]);
                self.goto_handler(true);
            }
            _ => {
                let e = self.operand_as(ops[0], Repr::Word, false);
                let c = self.operand_as(ops[1], Repr::Word, false);
                self.rt("rt_raise_from", &[e, c]);
                self.goto_handler(true);
            }
        }
    }

    pub(super) fn lower_assert(&mut self, op: OpId) {
        let test = self.operand_as(self.operands(op)[0], Repr::Bool, false);
        let region = self.src.op(op).regions[0];
        let (fail, ok) = (self.new_block(), self.new_block());
        self.cond_br(test, ok, fail);
        self.enter_cold(fail);
        match self.lower_value_region(region, Repr::Word) {
            Some(msg) => {
                self.rt("rt_raise_assertion", &[msg]);
                self.decref(msg, RcKind::Obj);
            }
            None if self.cur.is_some() => {
                let zero = self.i64c(0);
                self.rt("rt_raise_assertion", &[zero]);
            }
            None => {}
        }
        if self.cur.is_some() {
            self.goto_handler(true);
        }
        self.enter(ok);
    }

    // ---- try ---------------------------------------------------------------------------------

    /// `typed.try`: body, handlers (a block of `typed.except`), else, finally.
    ///
    /// The body runs with the dispatch block (when there are handlers) as its handler; the
    /// `else` region after a body that completed; `finally` is lowered once on the normal
    /// exit, once on the exception path (`fin_exc`: fetch, run, restore, propagate), and again
    /// at every `return`/`break`/`continue` leaving the `try` (see [`Cleanup::Finally`]).
    pub(super) fn lower_try(&mut self, op: OpId) {
        let regions = self.src.op(op).regions.clone();
        let excepts: Vec<OpId> = self.src.region(regions[1]).blocks.first().map(|b| self.src.block(*b).ops.clone()).unwrap_or_default();
        let fin = regions.get(3).copied().filter(|r| self.src.region(*r).blocks.first().is_some_and(|b| !self.src.block(*b).ops.is_empty()));
        let depth = self.scopes.len();
        let after = self.new_block();
        let normal_exit = if fin.is_some() { self.new_block() } else { after };
        let fin_exc = fin.map(|region| {
            let b = self.new_block();
            self.cleanups.push(Cleanup::Finally { region, handlers: self.handlers.len(), loops: self.loops.len() });
            self.handlers.push(Handler { block: b, depth });
            b
        });
        let dispatch = (!excepts.is_empty()).then(|| {
            let b = self.new_block();
            self.handlers.push(Handler { block: b, depth });
            b
        });

        self.lower_region(regions[0], &[]);
        if dispatch.is_some() {
            self.handlers.pop();
        }
        if self.cur.is_some()
            && let Some(&r) = regions.get(2)
        {
            self.lower_region(r, &[]);
        }
        if self.cur.is_some() {
            self.br(normal_exit);
        }
        if let Some(d) = dispatch.filter(|d| self.targeted.contains(d)) {
            self.enter_cold(d);
            self.lower_dispatch(&excepts, normal_exit, depth);
        }
        if let (Some(region), Some(fin_exc)) = (fin, fin_exc) {
            self.handlers.pop();
            self.cleanups.pop();
            if self.targeted.contains(&normal_exit) {
                self.enter(normal_exit);
                self.lower_region(region, &[]);
                if self.cur.is_some() {
                    self.br(after);
                }
            }
            if self.targeted.contains(&fin_exc) {
                self.enter_cold(fin_exc);
                self.lower_finally_on_error(region, depth);
            }
        }
        self.enter_if_targeted(after);
    }

    /// The dispatch block of a `try`: fetch the exception, try each `except` in order, and
    /// re-raise it when none matches.
    fn lower_dispatch(&mut self, excepts: &[OpId], normal_exit: BlockId, depth: usize) {
        let exc_var = self.new_var(Type::Int(64));
        let e = self.rt_val("rt_err_fetch", &[]);
        self.set(exc_var, e);
        for &ex in excepts {
            if self.cur.is_none() {
                break;
            }
            let saved_loc = std::mem::replace(&mut self.loc, self.src.op(ex).loc.clone());
            if self.src.op(ex).name != "typed.except" {
                self.internal("a `typed.try` handler region holds something else than `typed.except`");
                self.loc = saved_loc;
                continue;
            }
            let type_region = self.src.op(ex).regions[0];
            let bare = self.src.region(type_region).blocks.first().is_none_or(|b| self.src.block(*b).ops.is_empty());
            if bare {
                self.lower_handler(ex, exc_var, normal_exit, depth);
                self.loc = saved_loc;
                break;
            }
            // An error while matching loses the exception being dispatched.
            let type_err = self.new_block();
            self.handlers.push(Handler { block: type_err, depth });
            if let Some(t) = self.lower_value_region(type_region, Repr::Word) {
                let e = self.get(exc_var);
                let m = self.rt_val("rt_exc_matches", &[e, t]);
                self.decref(t, RcKind::Obj);
                let c = self.icmp_imm("eq", m, -1);
                self.fail_if(c);
                let hit = self.icmp_imm("ne", m, 0);
                let (matched, next) = (self.new_block(), self.new_block());
                self.cond_br(hit, matched, next);
                self.enter_cold(matched);
                self.handlers.pop();
                self.lower_handler(ex, exc_var, normal_exit, depth);
                self.enter_cold(next);
            } else {
                self.handlers.pop();
            }
            if self.targeted.contains(&type_err) {
                self.fill_cold(type_err, |s| {
                    let e = s.get(exc_var);
                    s.decref(e, RcKind::Obj);
                    s.goto_handler(false);
                });
            }
            self.loc = saved_loc;
        }
        if self.cur.is_some() {
            let e = self.get(exc_var);
            self.rt("rt_err_restore", &[e]);
            self.goto_handler(false);
        }
    }

    /// One matched `except` clause: the exception becomes the handled one, the body runs with
    /// it as its block argument (borrowed; the body binds the `as` name itself), and the
    /// handled exception is restored on every way out.
    fn lower_handler(&mut self, ex: OpId, exc_var: u32, normal_exit: BlockId, depth: usize) {
        let e = self.get(exc_var);
        let prev = self.rt_val("rt_exc_set_handled", &[e]);
        let prev_var = self.new_var(Type::Int(64));
        self.set(prev_var, prev);
        let body = self.src.op(ex).regions[1];
        let nargs = self.src.region(body).blocks.first().map_or(0, |b| self.src.block(*b).args.len());
        let args = vec![(e, false); nargs];
        self.cleanups.push(Cleanup::Handled { prev: prev_var, exc: exc_var });
        let herr = self.new_block();
        self.handlers.push(Handler { block: herr, depth });
        self.lower_region(body, &args);
        self.handlers.pop();
        self.cleanups.pop();
        if self.cur.is_some() {
            self.leave_handled(prev_var, exc_var);
            self.br(normal_exit);
        }
        if self.targeted.contains(&herr) {
            self.enter_cold(herr);
            self.leave_handled(prev_var, exc_var);
            self.goto_handler(false);
        }
    }

    /// `finally` on the exception path: the exception is saved (and handled) while the
    /// region runs, then raised again.
    fn lower_finally_on_error(&mut self, region: metal0_dialects::RegionId, depth: usize) {
        let exc_var = self.new_var(Type::Int(64));
        let prev_var = self.new_var(Type::Int(64));
        let e = self.rt_val("rt_err_fetch", &[]);
        self.set(exc_var, e);
        let prev = self.rt_val("rt_exc_set_handled", &[e]);
        self.set(prev_var, prev);
        self.cleanups.push(Cleanup::Handled { prev: prev_var, exc: exc_var });
        let ferr = self.new_block();
        self.handlers.push(Handler { block: ferr, depth });
        self.lower_region(region, &[]);
        self.handlers.pop();
        self.cleanups.pop();
        if self.cur.is_some() {
            let p = self.get(prev_var);
            self.rt("rt_exc_restore_handled", &[p]);
            let e = self.get(exc_var);
            self.rt("rt_err_restore", &[e]);
            self.goto_handler(false);
        }
        if self.targeted.contains(&ferr) {
            self.enter_cold(ferr);
            self.leave_handled(prev_var, exc_var);
            self.goto_handler(false);
        }
    }

    /// Leaving an `except` body (or a `finally` run on the exception path): restore the
    /// previously handled exception and drop ours.
    pub(super) fn leave_handled(&mut self, prev_var: u32, exc_var: u32) {
        let p = self.get(prev_var);
        self.rt("rt_exc_restore_handled", &[p]);
        let e = self.get(exc_var);
        self.decref(e, RcKind::Obj);
    }
}

/// The file name a traceback shows: absolute, as CPython makes the `__file__` of the
/// script it runs (resolved against the directory metal0 compiled from).
pub(super) fn traceback_path(file: &str) -> String {
    std::path::absolute(file).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| file.to_string())
}
