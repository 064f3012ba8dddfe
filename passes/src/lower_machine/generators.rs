//! Generator functions (`typed.func` with `generator`) become two machine functions:
//!
//! - the *creator* `<name>`, with the instance's signature: makes the generator
//!   (`rt_gen_new` with the resume function, the frame size, the parameter count and the
//!   signature) and stores the parameters, boxed and owned, in frame slots `1..=n`;
//! - the *resume* function `<name>.resume(W generator, ptr frame, W sent) -> W`: its entry
//!   block reloads the parameters from the frame and dispatches on the state word `frame[0]`
//!   to the start of the body (0) or to the point after the `yield` that suspended it (k).
//!   A `yield` stores its resume point in the state and returns the value; `return` stores -1
//!   and returns the value (the generator's StopIteration value); an error returns 0.
//!
//! The resume function keeps every variable slot and every value that lives from one block
//! to another in the frame, not on the stack (`generator-frames`, which runs after this pass,
//! rewrites them), so they survive between resumes. `frame_param` and `frame_base` tell that
//! pass where the frame is and where its free slots start; the creator's frame size is a
//! `machine.const` tagged `frame_words_of` that the pass fills in.

use super::refcount::{RcKind, Scope};
use super::{FuncLowering, ModuleState, analysis, errors::Handler, machine_type};
use metal0_dialects::typed::Repr;
use metal0_dialects::{Attr, BlockId, OpId, Type, Value, attr, machine};
use std::collections::HashMap;
use std::rc::Rc;

/// What lowering a generator's body needs.
pub(super) struct GenCtx {
    /// The frame pointer and the sent value (entry arguments of the resume function).
    pub frame: Value,
    pub sent: Value,
    /// The block after each `yield`, by resume point (1-based).
    pub resumes: Vec<BlockId>,
    /// The depth of the frame that resumed it, read from the depth slot on entry and stored
    /// back at every exit (see `FuncLowering::restore_depth_slot`).
    pub resumer: Value,
}

/// The symbol of the resume function of a generator whose creator is `machine_name`.
fn resume_name(machine_name: &str) -> String {
    format!("{machine_name}.resume")
}

/// Lowers generator function `fop`: its creator and its resume function.
pub(super) fn lower_generator(src: &metal0_dialects::Module, ms: &mut ModuleState, fop: OpId) -> Vec<OpId> {
    let sym = src.str_attr(fop, "sym_name").unwrap_or_default().to_string();
    let sig = ms.funcs[&sym].clone();
    let code = src.str_attr(fop, "code").unwrap_or_default().to_string();
    let loc = src.op(fop).loc.clone();
    let resume = resume_name(&sig.machine_name);

    // The creator (its last parameter, the recursion depth, is not needed: it runs no code).
    let mut param_types: Vec<Type> = sig.params.iter().map(|r| machine_type(*r)).collect();
    param_types.push(Type::Int(64));
    let fty = Type::Function { inputs: param_types.clone(), results: vec![machine::word()] };
    let attrs = vec![attr("sym_name", Attr::str(&sig.machine_name)), attr("function_type", Attr::Type(fty))];
    let creator = ms.out.create_op("machine.func", &[], &[], attrs, loc.clone());
    let region = ms.out.add_region(creator);
    let entry = ms.out.create_block(&param_types);
    let mut f = FuncLowering::new(src, ms, entry, loc.clone(), sig.py_name.clone(), Repr::Word, analysis::VarFacts::default());
    f.tracebacks = false;
    let unwind = f.new_block();
    f.handlers.push(Handler { block: unwind, depth: 0 });
    f.scopes.push(Scope { block: BlockId(u32::MAX), temps: Vec::new(), last_use: Rc::new(HashMap::new()), index: 0 });
    let info = f.cached_const("code", "rt_code_const", code.as_bytes());
    let resume_addr = f.addr(&resume);
    let size = f.val("machine.const", &[], Type::Int(64), vec![attr("value", Attr::i64(0)), attr("frame_words_of", Attr::str(&resume))]);
    let n = f.i64c(sig.params.len() as i64);
    let g = f.rt_checked_val("rt_gen_new", &[resume_addr, size, n, info]);
    let frame = f.rt_val("rt_gen_frame", &[g]);
    let args = f.ms.out.block(entry).args.clone();
    for (i, (&a, &r)) in args.iter().zip(&sig.params).enumerate() {
        let w = f.convert(a, r, Repr::Word, true);
        if r == Repr::Word {
            f.incref(w, RcKind::Any);
        }
        f.store(w, frame, 8 * (1 + i as i64));
    }
    f.op("machine.return", &[g], &[], vec![]);
    f.cur = None;
    if f.targeted.contains(&unwind) {
        f.enter_cold(unwind);
        let z = f.i64c(0);
        f.op("machine.return", &[z], &[], vec![]);
        f.cur = None;
    }
    f.scopes.pop();
    f.finish(creator, region);

    // The resume function.
    let inputs = vec![machine::word(), machine::ptr(), machine::word()];
    let fty = Type::Function { inputs: inputs.clone(), results: vec![machine::word()] };
    let nparams = sig.params.len() as i64;
    let attrs = vec![
        attr("sym_name", Attr::str(&resume)),
        attr("function_type", Attr::Type(fty)),
        attr("frame_param", Attr::i64(1)),
        attr("frame_base", Attr::i64(8 * (1 + nparams))),
    ];
    let func = ms.out.create_op("machine.func", &[], &[], attrs, loc.clone());
    let region = ms.out.add_region(func);
    let entry = ms.out.create_block(&inputs);
    let facts = src.region_entry(fop, 0).map(|b| analysis::analyze(src, b)).unwrap_or_default();
    let mut f = FuncLowering::new(src, ms, entry, loc, sig.py_name.clone(), Repr::Word, facts);
    f.fop = Some(fop);
    let eargs = f.ms.out.block(entry).args.clone();
    f.generator = Some(GenCtx { frame: eargs[1], sent: eargs[2], resumes: Vec::new(), resumer: eargs[2] });
    // Resumed by the runtime: its frame is one deeper than the frame that resumes it, whose
    // depth comes through the slot (checked before the dispatch, below).
    let p = f.depth_slot();
    let resumer = f.load(p, Type::Int(64), 0);
    f.depth = Some(f.bin_imm("iadd", resumer, 1));
    f.generator.as_mut().expect("generator").resumer = resumer;
    let mut all = Vec::new();
    src.walk_from(fop, &mut all);
    for o in all {
        for &v in &src.op(o).operands {
            *f.use_counts.entry(v).or_default() += 1;
        }
    }
    // The parameters, borrowed from the frame (the generator owns them), on every resume.
    let params: Vec<(Value, bool)> = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, &r)| {
            let w = f.load(eargs[1], Type::Int(64), 8 * (1 + i as i64));
            (f.convert(w, Repr::Word, r, false), false)
        })
        .collect();
    // The body starts in its own block: locals start unbound on the first run only.
    let start = f.new_block();
    f.hot_targets.insert(start);
    f.cur = None;
    f.enter(start);
    f.entry = start;
    f.declare_locals(fop);
    let unwind = f.new_block();
    f.handlers.push(Handler { block: unwind, depth: 0 });
    if let Some(body) = src.region_entry(fop, 0) {
        f.lower_body(body, &params);
    }
    if f.cur.is_some() {
        f.return_none();
    }
    if f.targeted.contains(&unwind) {
        f.enter_cold(unwind);
        f.decref_locals();
        f.leave_generator_frame();
        let z = f.i64c(0);
        f.op("machine.return", &[z], &[], vec![]);
        f.cur = None;
    }
    // The depth check and the dispatch, at the end of the entry block.
    f.cur = Some(entry);
    f.cur_hot = true;
    f.check_depth();
    let state = f.load(eargs[1], Type::Int(64), 0);
    let resumes = f.generator.as_ref().map(|g| g.resumes.clone()).unwrap_or_default();
    for (k, r) in resumes.into_iter().enumerate() {
        let is_k = f.icmp_imm("eq", state, k as i64 + 1);
        let next = f.new_block();
        f.hot_targets.insert(next);
        f.cond_br(is_k, r, next);
        f.enter(next);
    }
    f.br(start);
    f.finish(func, region);
    vec![creator, func]
}

impl FuncLowering<'_> {
    fn gen_frame(&mut self) -> Option<Value> {
        match &self.generator {
            Some(g) => Some(g.frame),
            None => {
                self.internal("`yield` outside a generator function");
                None
            }
        }
    }

    /// Suspends: the state becomes resume point k and `w` (owned) is returned. Continues in
    /// the block the dispatch enters on the next resume; returns the sent value (borrowed;
    /// 0 when an exception was thrown in, which is raised here when `raise_thrown`).
    fn suspend(&mut self, w: Value, raise_thrown: bool) -> Value {
        let Some(frame) = self.gen_frame() else { return w };
        let resume = self.new_block();
        let g = self.generator.as_mut().expect("generator");
        g.resumes.push(resume);
        let (k, sent) = (g.resumes.len() as i64, g.sent);
        let kv = self.i64c(k);
        self.store(kv, frame, 0);
        self.leave_generator_frame();
        self.op("machine.return", &[w], &[], vec![]);
        self.cur = None;
        self.hot_targets.insert(resume);
        self.enter(resume);
        if raise_thrown {
            let thrown = self.icmp_imm("eq", sent, 0);
            self.fail_if(thrown);
        }
        sent
    }

    /// `typed.yield(v)`: the value sent in is the result.
    pub(super) fn lower_yield(&mut self, op: OpId) {
        let r = self.result(op);
        let w = self.operand_as(self.operands(op)[0], Repr::Word, true);
        let sent = self.suspend(w, true);
        self.incref(sent, RcKind::Any);
        self.produce(r, sent);
    }

    /// `typed.yield_from(iterable)`: steps the iterator with the value last sent in (None
    /// first; 0 throws the exception thrown in into it) and yields what it yields, until it
    /// finishes; its return value is the result.
    pub(super) fn lower_yield_from(&mut self, op: OpId) {
        let r = self.result(op);
        let x = self.operand_as(self.operands(op)[0], Repr::Word, false);
        let it = self.rt_checked_val("rt_iter", &[x]);
        self.hold(it, RcKind::Obj);
        let sent = self.new_var(Type::Int(64));
        let none = self.none_word();
        self.set(sent, none);
        let (step, done) = (self.new_block(), self.new_block());
        self.br(step);
        self.enter(step);
        let s = self.get(sent);
        let v = self.rt_val("rt_yf_send", &[it, s]);
        let finished = self.icmp_imm("eq", v, 0);
        let yielded = self.new_block();
        let ended = self.new_block();
        self.cond_br(finished, ended, yielded);
        self.enter(ended);
        self.check_flag();
        self.br(done);
        self.enter(yielded);
        // An exception thrown in (0) goes to the iterator first.
        let got = self.suspend(v, false);
        self.set(sent, got);
        self.br(step);
        self.enter(done);
        let res = self.rt_val("rt_yf_result", &[]);
        self.produce(r, res);
    }

    /// Marks the generator finished before a `return` leaves its body.
    pub(super) fn mark_generator_finished(&mut self) {
        if let Some(frame) = self.generator.as_ref().map(|g| g.frame) {
            let done = self.i64c(-1);
            self.store(done, frame, 0);
            self.leave_generator_frame();
        }
    }

    /// Gives the depth slot back to the frame that resumed the generator.
    fn leave_generator_frame(&mut self) {
        if let Some(resumer) = self.generator.as_ref().map(|g| g.resumer) {
            let p = self.depth_slot();
            self.store(resumer, p, 0);
        }
    }
}
