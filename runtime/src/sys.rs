//! Runtime-provided modules (`sys`, `math`), the module object, and the standard streams:
//! stdout is block-buffered (line-buffered on a tty) like CPython, stderr unbuffered.

use crate::exceptions::{raise_args, type_error, SYSTEM_EXIT};
use crate::func::{new_builtin, Args};
use crate::object::*;
use std::io::Write;
use std::sync::{Mutex, OnceLock};

// ---- output

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static STDOUT_TTY: OnceLock<bool> = OnceLock::new();
const BUF_SIZE: usize = 8192;

fn raw_write(fd: i32, b: &[u8]) {
    use std::os::fd::FromRawFd;
    let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let _ = f.write_all(b);
}

fn stdout_is_tty() -> bool {
    *STDOUT_TTY.get_or_init(|| {
        use std::io::IsTerminal;
        std::io::stdout().is_terminal()
    })
}

#[cfg(test)]
thread_local! {
    static CAPTURE: std::cell::RefCell<Option<(Vec<u8>, Vec<u8>)>> = const { std::cell::RefCell::new(None) };
}

/// Test helper: runs `f` capturing what it writes to (stdout, stderr).
#[cfg(test)]
pub fn capture(f: impl FnOnce()) -> (String, String) {
    CAPTURE.with(|c| *c.borrow_mut() = Some((Vec::new(), Vec::new())));
    f();
    let (o, e) = CAPTURE.with(|c| c.borrow_mut().take()).unwrap_or_default();
    (String::from_utf8_lossy(&o).into_owned(), String::from_utf8_lossy(&e).into_owned())
}

/// Writes to the stream for `fd` (1 = buffered stdout, 2 = stderr).
pub fn write_fd(fd: i32, b: &[u8]) {
    #[cfg(test)]
    {
        let done = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
            Some((o, e)) => {
                if fd == 1 { o } else { e }.extend_from_slice(b);
                true
            }
            None => false,
        });
        if done {
            return;
        }
    }
    if fd == 1 {
        let mut buf = STDOUT_BUF.lock().unwrap_or_else(|e| e.into_inner());
        buf.extend_from_slice(b);
        let line = stdout_is_tty() && b.contains(&b'\n');
        if line || buf.len() >= BUF_SIZE {
            raw_write(1, &buf);
            buf.clear();
        }
    } else {
        raw_write(fd, b);
    }
}

/// Writes str text to a standard stream as CPython's text streams encode it: strict UTF-8
/// on stdout (a lone surrogate raises UnicodeEncodeError and nothing is written),
/// `backslashreplace` on stderr.
pub fn write_text(fd: i32, s: &str) -> PyResult<()> {
    if !crate::surrogates::has_standins(s) {
        write_fd(fd, s.as_bytes());
    } else if fd == 2 {
        write_fd(2, crate::surrogates::backslash_replaced(s).as_bytes());
    } else {
        write_fd(fd, &crate::codecs::encode(s, crate::codecs::Codec::Utf8, "strict")?);
    }
    Ok(())
}

pub fn flush_stdout() {
    let mut buf = STDOUT_BUF.lock().unwrap_or_else(|e| e.into_inner());
    if !buf.is_empty() {
        raw_write(1, &buf);
        buf.clear();
    }
}

// ---- streams

static_type!(STREAM_TYPE, "_io.TextIOWrapper", &OBJECT_TYPE, Kind::Stream);

#[repr(C)]
pub struct StreamObj {
    pub hdr: ObjHeader,
    pub fd: i32,
}

fn stream(fd: i32) -> W {
    static STREAMS: OnceLock<[W; 3]> = OnceLock::new();
    let s = STREAMS.get_or_init(|| {
        let mk = |fd| {
            let w = alloc(StreamObj { hdr: ObjHeader::new(&STREAM_TYPE), fd });
            unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
            w
        };
        [mk(0), mk(1), mk(2)]
    });
    s[fd as usize]
}

pub fn stdout() -> W {
    stream(1)
}
pub fn stderr() -> W {
    stream(2)
}

pub fn stream_fd(w: W) -> i32 {
    unsafe { obj::<StreamObj>(w) }.fd
}

pub fn stream_repr(w: W) -> String {
    let name = ["<stdin>", "<stdout>", "<stderr>"][stream_fd(w) as usize];
    let mode = if stream_fd(w) == 0 { "r" } else { "w" };
    format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>")
}

pub fn stream_attr(w: W, name: &str) -> Option<Ref> {
    match name {
        "name" => Some(crate::str::new(["<stdin>", "<stdout>", "<stderr>"][stream_fd(w) as usize])),
        "encoding" => Some(crate::str::new("utf-8")),
        "mode" => Some(crate::str::new(if stream_fd(w) == 0 { "r" } else { "w" })),
        _ => None,
    }
}

pub fn stream_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let fd = stream_fd(w);
    match name {
        "write" if fd != 0 => {
            a.exactly_one("write")?;
            let s = a.pos[0];
            let Some(t) = crate::str::as_str(s) else {
                return Err(type_error(format!("write() argument must be str, not {}", type_name(s))));
            };
            write_text(fd, t)?;
            Ok(Ref::int(crate::str::len(s) as i64))
        }
        "flush" => {
            if fd == 1 {
                flush_stdout();
            }
            Ok(Ref::none())
        }
        "isatty" => {
            use std::io::IsTerminal;
            Ok(Ref::bool(match fd {
                0 => std::io::stdin().is_terminal(),
                1 => stdout_is_tty(),
                _ => std::io::stderr().is_terminal(),
            }))
        }
        "fileno" => Ok(Ref::int(fd as i64)),
        "readline" | "read" | "readlines" if fd == 0 => {
            a.expect(name, 0, 1)?;
            crate::sys::flush_stdout();
            match name {
                "readline" => Ok(crate::str::from_string(read_line()?)),
                "read" => {
                    let mut s = String::new();
                    loop {
                        let l = read_line()?;
                        if l.is_empty() {
                            break;
                        }
                        s.push_str(&l);
                    }
                    Ok(crate::str::from_string(s))
                }
                _ => {
                    let mut v = Vec::new();
                    loop {
                        let l = read_line()?;
                        if l.is_empty() {
                            break;
                        }
                        v.push(crate::str::from_string(l));
                    }
                    Ok(crate::list::from_vec(v))
                }
            }
        }
        "write" | "readline" | "read" | "readlines" => {
            let what = if fd == 0 { "not writable" } else { "not readable" };
            Err(crate::exceptions::raise_new(&crate::exceptions::OS_ERROR, what))
        }
        _ => Err(crate::ops::no_attr(w, name)),
    }
}

/// One line of standard input with its newline ('' at end of file).
pub fn read_line() -> PyResult<String> {
    use std::io::BufRead;
    let mut bytes = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
        Ok(_) => match crate::codecs::decode(&bytes, crate::codecs::Codec::Utf8, "strict")? {
            // universal newlines, as CPython's text-mode stdin
            s if s.ends_with("\r\n") => Ok(format!("{}\n", &s[..s.len() - 2])),
            s => Ok(s),
        },
        Err(e) => Err(crate::exceptions::raise_new(&crate::exceptions::OS_ERROR, e.to_string())),
    }
}

// ---- modules

#[repr(C)]
pub struct ModuleObj {
    pub hdr: ObjHeader,
    pub name: &'static str,
    pub dict: W,
    /// A module of the program: its file, and its globals as the compiled code's slots
    /// (`rt_module_bind`), read and written in place by attribute access.
    pub file: Option<String>,
    pub slots: Vec<(Ref, *mut W)>,
}

impl Drop for ModuleObj {
    fn drop(&mut self) {
        decref(self.dict);
    }
}

pub fn module_name(w: W) -> &'static str {
    unsafe { obj::<ModuleObj>(w) }.name
}

/// A module of the program (`rt_module_new`).
pub fn new_program_module(name: &str, file: &str) -> Ref {
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let d = crate::dict::new();
    Ref::new(alloc(ModuleObj { hdr: ObjHeader::new(&MODULE_TYPE), name, dict: d.into_w(), file: Some(file.to_string()), slots: Vec::new() }))
}

/// The slot of global `name` of a program module.
fn module_slot(m: &ModuleObj, name: &str) -> Option<*mut W> {
    m.slots.iter().find(|(n, _)| crate::str::s(n.w()) == name).map(|(_, p)| *p)
}

pub fn module_repr(w: W) -> String {
    let m = unsafe { obj::<ModuleObj>(w) };
    match &m.file {
        Some(f) => format!("<module '{}' from '{f}'>", m.name),
        None => format!("<module '{}' (built-in)>", m.name),
    }
}

pub fn module_getattr(w: W, name: &str) -> PyResult<Option<Ref>> {
    let m = unsafe { obj::<ModuleObj>(w) };
    if let Some(p) = module_slot(m, name) {
        let v = unsafe { *p };
        return Ok((v != 0).then(|| Ref::borrow(v)));
    }
    if name == "__file__" && let Some(f) = &m.file {
        return Ok(Some(crate::str::new(f)));
    }
    if name == "__name__" {
        return Ok(Some(crate::str::new(m.name)));
    }
    if name == "__dict__" {
        return Ok(Some(Ref::borrow(m.dict)));
    }
    let k = crate::str::new(name);
    Ok(crate::dict::get(m.dict, k.w())?.map(Ref::borrow))
}

pub fn module_setattr(w: W, name: &str, v: W) -> PyResult<()> {
    let m = unsafe { obj::<ModuleObj>(w) };
    if let Some(p) = module_slot(m, name) {
        incref(v);
        decref(unsafe { std::ptr::replace(p, v) });
        return Ok(());
    }
    let k = crate::str::new(name);
    crate::dict::setitem(m.dict, k.w(), v)
}

static ARGV: OnceLock<Vec<String>> = OnceLock::new();

/// Records the program's argv (called once by `main`).
pub fn set_argv(v: Vec<String>) {
    let _ = ARGV.set(v);
}

pub(crate) fn new_module(name: &'static str, attrs: Vec<(&str, Ref)>) -> W {
    let d = crate::dict::new();
    for (k, v) in attrs {
        let key = crate::str::new(k);
        let _ = crate::dict::setitem(d.w(), key.w(), v.w());
    }
    let w = alloc(ModuleObj { hdr: ObjHeader::new(&MODULE_TYPE), name, dict: d.into_w(), file: None, slots: Vec::new() });
    unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
    w
}

fn sys_exit(a: &Args) -> PyResult<Ref> {
    a.expect("exit", 0, 1)?;
    Err(raise_args(&SYSTEM_EXIT, a.pos))
}

fn sys_getrecursionlimit(a: &Args) -> PyResult<Ref> {
    a.expect("getrecursionlimit", 0, 0)?;
    Ok(Ref::int(crate::exceptions::recursion_limit() as i64))
}

fn sys_setrecursionlimit(a: &Args) -> PyResult<Ref> {
    a.exactly_one("setrecursionlimit")?;
    let n = crate::ops::index_arg(a.pos[0])?;
    if n < 1 {
        return Err(crate::exceptions::value_error("recursion limit must be greater or equal than 1"));
    }
    crate::exceptions::set_recursion_limit(n.min(i32::MAX as i64) as i32);
    Ok(Ref::none())
}

fn sys_get_int_max_str_digits(_a: &Args) -> PyResult<Ref> {
    Ok(Ref::int(crate::int::MAX_STR_DIGITS as i64))
}

/// The exception being handled (an `except` block or a `finally` run by one), or None.
fn handled_exception() -> Ref {
    let h = crate::exceptions::handled();
    if h == 0 { Ref::none() } else { Ref::borrow(h) }
}

fn sys_exception(a: &Args) -> PyResult<Ref> {
    a.expect("sys.exception", 0, 0)?;
    Ok(handled_exception())
}

/// `(type, value, traceback)` of the handled exception; the traceback is the exception's
/// `__traceback__` (None: there are no traceback objects).
fn sys_exc_info(a: &Args) -> PyResult<Ref> {
    a.expect("sys.exc_info", 0, 0)?;
    let e = handled_exception();
    if is_none(e.w()) {
        return Ok(crate::tuple::from_vec(vec![Ref::none(), Ref::none(), Ref::none()]));
    }
    let t = Ref::borrow(type_of(e.w()).word());
    Ok(crate::tuple::from_vec(vec![t, e, Ref::none()]))
}

/// `getdefaultencoding()` and friends: the codecs the runtime uses (`codecs.rs`).
fn encoding_name(a: &Args, fname: &str, name: &str) -> PyResult<Ref> {
    a.expect(fname, 0, 0)?;
    Ok(crate::str::new(name))
}

fn sys_intern(a: &Args) -> PyResult<Ref> {
    a.exactly_one("intern")?;
    Ok(Ref::borrow(a.pos[0]))
}

fn make_sys() -> W {
    let argv: Vec<Ref> = ARGV.get().cloned().unwrap_or_default().iter().map(|s| crate::str::new(s)).collect();
    let vi = crate::tuple::from_vec(vec![Ref::int(3), Ref::int(11), Ref::int(7), crate::str::new("final"), Ref::int(0)]);
    new_module(
        "sys",
        vec![
            ("argv", crate::list::from_vec(argv)),
            ("exit", new_builtin("exit", sys_exit)),
            ("stdout", Ref::new(stdout())),
            ("stderr", Ref::new(stderr())),
            ("stdin", Ref::new(stream(0))),
            ("__stdout__", Ref::new(stdout())),
            ("__stderr__", Ref::new(stderr())),
            ("maxsize", crate::int::from_i64(i64::MAX)),
            ("platform", crate::str::new("linux")),
            ("byteorder", crate::str::new("little")),
            ("version", crate::str::new("3.11.7 (metal0)")),
            ("version_info", vi),
            ("hexversion", Ref::int(0x030b07f0)),
            ("implementation_name", crate::str::new("metal0")),
            ("maxunicode", Ref::int(0x10ffff)),
            ("getrecursionlimit", new_builtin("getrecursionlimit", sys_getrecursionlimit)),
            ("setrecursionlimit", new_builtin("setrecursionlimit", sys_setrecursionlimit)),
            ("get_int_max_str_digits", new_builtin("get_int_max_str_digits", sys_get_int_max_str_digits)),
            ("intern", new_builtin("intern", sys_intern)),
            ("exc_info", new_builtin("exc_info", sys_exc_info)),
            ("exception", new_builtin("exception", sys_exception)),
            ("getdefaultencoding", new_builtin("getdefaultencoding", |a| encoding_name(a, "sys.getdefaultencoding", "utf-8"))),
            ("getfilesystemencoding", new_builtin("getfilesystemencoding", |a| encoding_name(a, "sys.getfilesystemencoding", "utf-8"))),
            ("getfilesystemencodeerrors", new_builtin("getfilesystemencodeerrors", |a| encoding_name(a, "sys.getfilesystemencodeerrors", "surrogateescape"))),
            ("path", crate::list::new(&[])),
        ],
    )
}

/// The runtime-provided module named `name` (None if there is none).
pub fn import(name: &str) -> Option<W> {
    static SYS: OnceLock<W> = OnceLock::new();
    static MATH: OnceLock<W> = OnceLock::new();
    static DATACLASSES: OnceLock<W> = OnceLock::new();
    static TYPING: OnceLock<W> = OnceLock::new();
    static FUTURE: OnceLock<W> = OnceLock::new();
    match name {
        "__future__" => Some(*FUTURE.get_or_init(|| new_module("__future__", crate::future::attrs()))),
        "dataclasses" => Some(*DATACLASSES.get_or_init(|| new_module("dataclasses", crate::dataclasses::attrs()))),
        "typing" => Some(*TYPING.get_or_init(|| new_module("typing", crate::typing::attrs()))),
        "sys" => Some(*SYS.get_or_init(make_sys)),
        "math" => Some(*MATH.get_or_init(|| new_module("math", crate::math::attrs()))),
        _ => None,
    }
}
