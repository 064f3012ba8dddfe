//! Generators: a compiled generator function's body is resumable code over a heap frame.
//!
//! Calling a generator function makes a generator (`rt_gen_new`) whose frame holds the
//! state word (0 = not started, k > 0 = suspended at resume point k, -1 = finished), the
//! parameters (owned by the generator) and the slots of the body's variables. Each resume
//! calls `resume(generator, frame, sent)`: `sent` is the value `yield` returns (None for
//! `next`), or 0 when an exception was set to be raised at the `yield` (`throw`, `close`).
//! The code returns the yielded value with the state set to its resume point, or returns
//! its return value with the state set to -1, or returns 0 with an exception set.

use crate::code::CodeInfo;
use crate::exceptions::{self as exc, type_error};
use crate::func::Args;
use crate::object::*;
use crate::str as pstr;
use std::cell::Cell;

/// The compiled body: `W resume(W generator, u64 *frame, W sent)`.
pub type ResumeFn = extern "C" fn(W, *mut u64, W) -> W;

#[repr(C)]
pub struct GenObj {
    pub hdr: ObjHeader,
    pub resume: ResumeFn,
    pub frame: Box<[u64]>,
    pub nparams: usize,
    pub info: &'static CodeInfo,
    pub running: bool,
}

static_type!(GENERATOR_TYPE, "generator", &OBJECT_TYPE, Kind::Generator);

impl Drop for GenObj {
    fn drop(&mut self) {
        for &p in &self.frame[1..=self.nparams] {
            decref(p);
        }
    }
}

/// How a resume ended.
pub enum Step {
    Yield(Ref),
    Return(Ref),
}

fn gobj(w: W) -> &'static mut GenObj {
    unsafe { obj_mut::<GenObj>(w) }
}

pub fn is_generator(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Generator
}

pub fn new(resume: ResumeFn, frame_words: usize, nparams: usize, info: &'static CodeInfo) -> Ref {
    let frame = vec![0u64; frame_words.max(nparams + 1)].into_boxed_slice();
    Ref::new(alloc(GenObj { hdr: ObjHeader::new(&GENERATOR_TYPE), resume, frame, nparams, info, running: false }))
}

pub fn frame(w: W) -> *mut u64 {
    gobj(w).frame.as_mut_ptr()
}

fn state(w: W) -> i64 {
    gobj(w).frame[0] as i64
}

fn finish(w: W) {
    gobj(w).frame[0] = (-1i64) as u64;
}

/// Runs the generator until it yields, returns or raises. `sent` is borrowed; 0 raises the
/// current exception at the `yield`.
pub fn resume(w: W, sent: W) -> PyResult<Step> {
    let g = gobj(w);
    if g.running {
        return Err(exc::value_error("generator already executing"));
    }
    if state(w) == -1 {
        return if sent == 0 { Err(Raised) } else { Ok(Step::Return(Ref::none())) };
    }
    g.running = true;
    let r = (g.resume)(w, g.frame.as_mut_ptr(), sent);
    gobj(w).running = false;
    if r == 0 {
        finish(w);
        // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
        let cur = exc::current();
        if cur != 0 && type_of(cur).is_subtype(&exc::STOP_ITERATION) {
            let stop = exc::fetch();
            let e = exc::new_exc_msg(&exc::RUNTIME_ERROR, "generator raised StopIteration");
            let o = exc::eobj(e.w());
            o.cause = stop;
            o.suppress_context = true;
            return Err(exc::raise_obj(e));
        }
        return Err(Raised);
    }
    if state(w) == -1 { Ok(Step::Return(Ref::new(r))) } else { Ok(Step::Yield(Ref::new(r))) }
}

/// `StopIteration(value)` (no argument for None), raised.
pub fn stop_iteration(v: Ref) -> Raised {
    let args: Vec<W> = if is_none(v.w()) { Vec::new() } else { vec![v.w()] };
    exc::raise_obj(exc::new_exc(&exc::STOP_ITERATION, &args))
}

/// `next(gen)` as the iterator protocol sees it: Ok(None) when finished.
pub fn next(w: W) -> PyResult<Option<Ref>> {
    match resume(w, none())? {
        Step::Yield(v) => Ok(Some(v)),
        Step::Return(_) => Ok(None),
    }
}

/// `gen.send(v)`.
pub fn send(w: W, v: W) -> PyResult<Ref> {
    if state(w) == 0 && !is_none(v) {
        return Err(type_error("can't send non-None value to a just-started generator"));
    }
    match resume(w, v)? {
        Step::Yield(v) => Ok(v),
        Step::Return(r) => Err(stop_iteration(r)),
    }
}

/// `gen.throw(exc)`: raises `e` (an exception instance, stolen) at the suspended `yield`.
pub fn throw(w: W, e: Ref) -> PyResult<Ref> {
    if state(w) <= 0 {
        // Not started (or finished): the exception is raised without running the body.
        finish(w);
        return Err(exc::raise_obj(e));
    }
    exc::restore(e.into_w());
    match resume(w, 0)? {
        Step::Yield(v) => Ok(v),
        Step::Return(r) => Err(stop_iteration(r)),
    }
}

/// `gen.close()`.
pub fn close(w: W) -> PyResult<()> {
    if state(w) <= 0 {
        finish(w);
        return Ok(());
    }
    let e = exc::new_exc(&exc::GENERATOR_EXIT, &[]);
    exc::restore(e.into_w());
    match resume(w, 0) {
        Ok(Step::Yield(_)) => Err(exc::runtime_error("generator ignored GeneratorExit")),
        Ok(Step::Return(_)) => Ok(()),
        Err(r) => {
            let cur = exc::current();
            if cur != 0 && (type_of(cur).is_subtype(&exc::GENERATOR_EXIT) || type_of(cur).is_subtype(&exc::STOP_ITERATION)) {
                exc::clear();
                Ok(())
            } else {
                Err(r)
            }
        }
    }
}

/// Closes a generator being destroyed while suspended (its `finally` blocks run).
pub fn finalize(w: W) {
    if state(w) > 0 {
        let saved = exc::fetch();
        if close(w).is_err() {
            exc::clear();
        }
        exc::restore(saved);
    }
}

/// The exception instance `throw(typ[, val])` raises.
fn throw_arg(a: &Args) -> PyResult<Ref> {
    a.expect("throw", 1, 3)?;
    let t = a.pos[0];
    if a.pos.len() >= 2 && !is_none(a.pos[1]) {
        if exc::is_exc(a.pos[1]) {
            return Ok(Ref::borrow(a.pos[1]));
        }
        if !exc::is_exc_type(t) {
            return Err(type_error("exceptions must be classes or instances deriving from BaseException, not type"));
        }
        return crate::func::call(t, &Args::pos(&[a.pos[1]]));
    }
    exc::instantiate(t)
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "__next__" => {
            a.expect("__next__", 0, 0)?;
            send(w, none())
        }
        "send" => {
            a.expect("send", 1, 1)?;
            send(w, a.pos[0])
        }
        "throw" => {
            let e = throw_arg(a)?;
            throw(w, e)
        }
        "close" => {
            a.expect("close", 0, 0)?;
            close(w).map(|_| Ref::none())
        }
        "__iter__" => Ok(Ref::borrow(w)),
        _ => Err(crate::ops::no_attr(w, name)),
    }
}

pub fn has_method(name: &str) -> bool {
    matches!(name, "__next__" | "send" | "throw" | "close" | "__iter__")
}

pub fn getattr(w: W, name: &str) -> Option<Ref> {
    let g = gobj(w);
    match name {
        "__name__" => Some(Ref::borrow(g.info.name.w())),
        "__qualname__" => Some(Ref::borrow(g.info.qualname.w())),
        "gi_running" => Some(Ref::new(bool_w(g.running))),
        _ => None,
    }
}

pub fn repr(w: W) -> String {
    format!("<generator object {} at {:#x}>", pstr::s(gobj(w).info.qualname.w()), w)
}

thread_local! {
    /// The return value of the last sub-iterator a `yield from` finished.
    static YF_RESULT: Cell<W> = const { Cell::new(0) };
}

/// One step of `yield from it`: sends `sent` into `it` (0: throws the current exception
/// into it). Returns the value it yields; or Ok(None) when it finished, its return value
/// kept for `take_yf_result`.
pub fn yf_step(it: W, sent: W) -> PyResult<Option<Ref>> {
    let finished = |v: Ref| {
        YF_RESULT.with(|c| decref(c.replace(v.into_w())));
        Ok(None)
    };
    if is_generator(it) {
        let step = if sent == 0 {
            let e = exc::fetch();
            if type_of(e).is_subtype(&exc::GENERATOR_EXIT) {
                close(it)?;
                exc::restore(e);
                return Err(Raised);
            }
            throw_step(it, Ref::new(e))?
        } else {
            if state(it) == 0 && !is_none(sent) {
                return Err(type_error("can't send non-None value to a just-started generator"));
            }
            resume(it, sent)?
        };
        return match step {
            Step::Yield(v) => Ok(Some(v)),
            Step::Return(r) => finished(r),
        };
    }
    if sent == 0 {
        let e = exc::fetch();
        let method = if type_of(e).is_subtype(&exc::GENERATOR_EXIT) { "close" } else { "throw" };
        if !crate::ops::has_attr(it, method) {
            exc::restore(e);
            return Err(Raised);
        }
        if method == "close" {
            crate::ops::call_method(it, "close", &Args::pos(&[]))?;
            exc::restore(e);
            return Err(Raised);
        }
        let r = crate::ops::call_method(it, "throw", &Args::pos(&[e]));
        decref(e);
        return stop_or_value(r, finished);
    }
    if is_none(sent) {
        return match crate::ops::next(it)? {
            Some(v) => Ok(Some(v)),
            None => finished(Ref::none()),
        };
    }
    stop_or_value(crate::ops::call_method(it, "send", &Args::pos(&[sent])), finished)
}

/// A throw into a suspended generator, as one step.
fn throw_step(it: W, e: Ref) -> PyResult<Step> {
    if state(it) <= 0 {
        finish(it);
        return Err(exc::raise_obj(e));
    }
    exc::restore(e.into_w());
    resume(it, 0)
}

/// The result of `it.send(...)`/`it.throw(...)` on a non-generator: a StopIteration means
/// it finished (with the exception's value).
fn stop_or_value(r: PyResult<Ref>, finished: impl Fn(Ref) -> PyResult<Option<Ref>>) -> PyResult<Option<Ref>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(raised) => {
            let cur = exc::current();
            if cur != 0 && type_of(cur).is_subtype(&exc::STOP_ITERATION) {
                let e = Ref::new(exc::fetch());
                let v = exc::getattr(e.w(), "value").unwrap_or_else(Ref::none);
                return finished(v);
            }
            Err(raised)
        }
    }
}

/// The return value of the sub-iterator the last `yield from` finished (new reference).
pub fn take_yf_result() -> Ref {
    let w = YF_RESULT.with(|c| c.replace(0));
    if w == 0 { Ref::none() } else { Ref::new(w) }
}
