//! The program entry: C `main` records argv, runs the compiled `m0_main` on a thread with
//! a large stack (deep recursion up to and past the recursion limit), then handles an
//! uncaught exception as CPython does (SystemExit codes, traceback to stderr, exit 1) and
//! flushes stdout.

use crate::exceptions as exc;
use crate::object::*;
use std::ffi::{c_char, c_int, CStr};

unsafe extern "C" {
    fn m0_main() -> W;
    fn signal(sig: c_int, handler: usize) -> usize;
    fn mallopt(param: c_int, value: c_int) -> c_int;
    fn raise(sig: c_int) -> c_int;
}

const SIGINT: c_int = 2;

const STACK_SIZE: usize = 256 << 20;

fn run() -> i32 {
    // the `<module>` frame counts towards the recursion limit, as in CPython
    let _ = exc::recursion_enter();
    let r = unsafe { m0_main() };
    let code = if r != 0 {
        decref(r);
        0
    } else {
        let e = exc::fetch();
        crate::sys::flush_stdout();
        let (report, c) = crate::traceback::uncaught(e);
        let _ = crate::sys::write_text(2, &report);
        let interrupted = e != 0 && type_of(e).is_subtype(&exc::KEYBOARD_INTERRUPT);
        decref(e);
        if interrupted {
            // like CPython: die of SIGINT so the parent sees the interruption
            crate::sys::flush_stdout();
            unsafe {
                signal(SIGINT, 0);
                raise(SIGINT);
            }
        }
        c
    };
    let globals: Vec<*mut W> = crate::abi::MAIN_GLOBALS.lock().map(|g| g.iter().map(|&p| p as *mut W).collect()).unwrap_or_default();
    crate::object::drop_globals_at_shutdown(&globals);
    crate::sys::flush_stdout();
    code
}

/// The C entry point of every compiled program.
///
/// # Safety
/// Called by the C runtime with a valid argv.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    let mut args = Vec::with_capacity(argc.max(0) as usize);
    for i in 0..argc.max(0) as usize {
        let p = unsafe { *argv.add(i) };
        if !p.is_null() {
            // as CPython decodes arguments on a UTF-8 system: bad bytes become surrogates
            let b = unsafe { CStr::from_ptr(p) }.to_bytes();
            match crate::codecs::decode(b, crate::codecs::Codec::Utf8, "surrogateescape") {
                Ok(s) => args.push(s),
                Err(_) => {
                    let e = exc::fetch();
                    let msg = crate::ops::str_string(e).unwrap_or_default();
                    let _ = crate::sys::write_text(2, &format!("metal0: argument {i}: {msg}\n"));
                    return 2;
                }
            }
        }
    }
    crate::sys::set_argv(args);
    // Keep freed memory in the process: programs allocate and drop big lists in loops, and
    // returning each to the kernel costs a page fault per page when it is reused.
    const M_TRIM_THRESHOLD: c_int = -1;
    const M_MMAP_THRESHOLD: c_int = -3;
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 256 << 20);
        mallopt(M_TRIM_THRESHOLD, 512 << 20);
    }
    let code = match std::thread::Builder::new().name("main".into()).stack_size(STACK_SIZE).spawn(run) {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => run(),
    };
    crate::sys::flush_stdout();
    code
}
