//! Exceptions: the builtin exception classes (CPython's hierarchy), exception objects,
//! the thread's current / handled exception state, raising with implicit chaining,
//! and the recursion counter.

use crate::object::*;
use crate::tuple;
use std::cell::Cell;
use std::sync::atomic::{AtomicI32, Ordering::Relaxed};

/// One traceback entry recorded as the exception left a frame.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub func: String,
    pub file: String,
    pub line: i32,
    /// Where on `line` the failing instruction is (None: unknown, no markers).
    pub cols: Option<TbCols>,
}

/// The character columns (0-based) a failing instruction covers on its first line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TbCols {
    pub start: u32,
    /// None when the instruction continues on later lines.
    pub end: Option<u32>,
}

impl TbCols {
    /// Unpacks the position word of `rt_traceback_add` (see its entry in
    /// dialects/src/runtime_abi.rs): the line in bits 0..32, the start column + 1 in bits
    /// 32..48 (0: no columns), the end column + 1 in bits 48..64 (0xFFFF: on a later line).
    pub fn unpack(pos: i64) -> (i32, Option<TbCols>) {
        let pos = pos as u64;
        let (line, start, end) = (pos as u32 as i32, (pos >> 32) & 0xFFFF, pos >> 48);
        let cols = match (start, end) {
            (0, _) | (_, 0) => None,
            (s, 0xFFFF) => Some(TbCols { start: s as u32 - 1, end: None }),
            (s, e) => Some(TbCols { start: s as u32 - 1, end: Some(e as u32 - 1) }),
        };
        (line, cols)
    }
}

#[repr(C)]
pub struct ExcObj {
    pub hdr: ObjHeader,
    /// The args tuple.
    pub args: W,
    /// Frames, innermost first (pushed as the exception propagates).
    pub tb: Vec<TbEntry>,
    pub context: W,
    pub cause: W,
    pub suppress_context: bool,
    /// Instance attributes of user exception classes (0 until first set).
    pub dict: W,
    /// The locals of the frames the exception left, innermost first: alive, as CPython's
    /// traceback keeps its frames, until the exception is freed (`traceback_keep`).
    pub kept: Vec<W>,
    /// The "Did you mean" suggestion of a NameError the program raised by name lookup
    /// (`raise_name_error`), printed after the message in tracebacks.
    pub hint: Option<Box<str>>,
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        for w in std::mem::take(&mut self.kept) {
            decref(w);
        }
        decref(self.dict);
        decref(self.args);
        decref(self.context);
        decref(self.cause);
    }
}

macro_rules! exc_types {
    ($( $id:ident $name:literal : $base:ident ;)*) => {
        $( static_type!($id, $name, &$base, Kind::Exception); )*
        /// Every builtin exception class, for name lookup.
        pub static ALL_EXCEPTIONS: &[&TypeObject] = &[&BASE_EXCEPTION, $( &$id ),*];
    };
}

static_type!(BASE_EXCEPTION, "BaseException", &OBJECT_TYPE, Kind::Exception);
exc_types! {
    EXCEPTION "Exception": BASE_EXCEPTION;
    SYSTEM_EXIT "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT "GeneratorExit": BASE_EXCEPTION;
    ARITHMETIC_ERROR "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR "AttributeError": EXCEPTION;
    BUFFER_ERROR "BufferError": EXCEPTION;
    EOF_ERROR "EOFError": EXCEPTION;
    IMPORT_ERROR "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR "LookupError": EXCEPTION;
    INDEX_ERROR "IndexError": LOOKUP_ERROR;
    KEY_ERROR "KeyError": LOOKUP_ERROR;
    MEMORY_ERROR "MemoryError": EXCEPTION;
    NAME_ERROR "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR "UnboundLocalError": NAME_ERROR;
    OS_ERROR "OSError": EXCEPTION;
    FILE_NOT_FOUND_ERROR "FileNotFoundError": OS_ERROR;
    FILE_EXISTS_ERROR "FileExistsError": OS_ERROR;
    PERMISSION_ERROR "PermissionError": OS_ERROR;
    IS_A_DIRECTORY_ERROR "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR "NotADirectoryError": OS_ERROR;
    TIMEOUT_ERROR "TimeoutError": OS_ERROR;
    REFERENCE_ERROR "ReferenceError": EXCEPTION;
    RUNTIME_ERROR "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR "RecursionError": RUNTIME_ERROR;
    STOP_ASYNC_ITERATION "StopAsyncIteration": EXCEPTION;
    STOP_ITERATION "StopIteration": EXCEPTION;
    SYNTAX_ERROR "SyntaxError": EXCEPTION;
    SYSTEM_ERROR "SystemError": EXCEPTION;
    TYPE_ERROR "TypeError": EXCEPTION;
    VALUE_ERROR "ValueError": EXCEPTION;
    UNICODE_ERROR "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR "UnicodeEncodeError": UNICODE_ERROR;
    WARNING "Warning": EXCEPTION;
    USER_WARNING "UserWarning": WARNING;
    DEPRECATION_WARNING "DeprecationWarning": WARNING;
    RUNTIME_WARNING "RuntimeWarning": WARNING;
}

/// Looks a builtin exception class up by name (plus the OSError aliases).
pub fn by_name(name: &str) -> Option<&'static TypeObject> {
    match name {
        "IOError" | "EnvironmentError" => Some(&OS_ERROR),
        _ => ALL_EXCEPTIONS.iter().copied().find(|t| t.name == name),
    }
}

pub fn is_exc_type(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Type && unsafe { obj::<TypeObject>(w) }.kind == Kind::Exception
}

pub fn is_exc(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Exception
}

#[inline]
pub fn eobj(w: W) -> &'static mut ExcObj {
    unsafe { obj_mut::<ExcObj>(w) }
}

/// A new exception instance of `t` with the given args (borrowed).
pub fn new_exc(t: &'static TypeObject, args: &[W]) -> Ref {
    let mut t = t;
    // OSError(errno, strerror) picks the subclass for the errno, as CPython does
    if std::ptr::eq(t, &OS_ERROR)
        && args.len() >= 2
        && let Some(e) = crate::int::to_i64(args[0])
    {
        t = match e {
            2 => &FILE_NOT_FOUND_ERROR,
            17 => &FILE_EXISTS_ERROR,
            1 | 13 => &PERMISSION_ERROR,
            21 => &IS_A_DIRECTORY_ERROR,
            20 => &NOT_A_DIRECTORY_ERROR,
            110 => &TIMEOUT_ERROR,
            _ => t,
        };
    }
    let a = tuple::new(args);
    Ref::new(alloc(ExcObj { hdr: ObjHeader::new(t), args: a.into_w(), tb: Vec::new(), context: 0, cause: 0, suppress_context: false, dict: 0, kept: Vec::new(), hint: None }))
}

pub fn new_exc_msg(t: &'static TypeObject, msg: &str) -> Ref {
    let m = crate::str::new(msg);
    new_exc(t, &[m.w()])
}

pub fn args_of(w: W) -> &'static [W] {
    tuple::items(eobj(w).args)
}

thread_local! {
    static CURRENT: Cell<W> = const { Cell::new(0) };
    static HANDLED: Cell<W> = const { Cell::new(0) };
    static DEPTH: Cell<i32> = const { Cell::new(0) };
}
static RECURSION_LIMIT: AtomicI32 = AtomicI32::new(1000);

pub fn occurred() -> bool {
    CURRENT.with(|c| c.get() != 0)
}

/// Takes the current exception (new reference) and clears the indicator.
pub fn fetch() -> W {
    CURRENT.with(|c| c.replace(0))
}

/// Borrow of the current exception (0 if none).
pub fn current() -> W {
    CURRENT.with(|c| c.get())
}

/// Sets the current exception, stealing the reference.
pub fn restore(w: W) {
    let old = CURRENT.with(|c| c.replace(w));
    decref(old);
}

pub fn clear() {
    restore(0);
}

pub fn handled() -> W {
    HANDLED.with(|c| c.get())
}

/// Enters an `except` block; returns the previous handled exception (owned).
pub fn set_handled(w: W) -> W {
    incref(w);
    HANDLED.with(|c| c.replace(w))
}

/// Leaves an `except` block, restoring `prev` (stolen).
pub fn restore_handled(prev: W) {
    let old = HANDLED.with(|c| c.replace(prev));
    decref(old);
}

/// Raises an exception instance (stolen), setting `__context__` from the handled one.
pub fn raise_obj(exc: Ref) -> Raised {
    let h = handled();
    if h != 0 && h != exc.w() && !is_none(h) {
        // avoid cycles: cut `exc` out of the handled exception's context chain
        let mut o = h;
        loop {
            let c = eobj(o).context;
            if c == 0 {
                break;
            }
            if c == exc.w() {
                eobj(o).context = 0;
                decref(c);
                break;
            }
            o = c;
        }
        let e = eobj(exc.w());
        incref(h);
        decref(e.context);
        e.context = h;
    }
    restore(exc.into_w());
    Raised
}

pub fn raise_new(t: &'static TypeObject, msg: impl AsRef<str>) -> Raised {
    let m = msg.as_ref();
    let e = if m.is_empty() && (std::ptr::eq(t, &MEMORY_ERROR) || std::ptr::eq(t, &STOP_ITERATION)) {
        new_exc(t, &[])
    } else {
        new_exc_msg(t, m)
    };
    raise_obj(e)
}

pub fn raise_args(t: &'static TypeObject, args: &[W]) -> Raised {
    raise_obj(new_exc(t, args))
}

pub fn type_error(m: impl AsRef<str>) -> Raised {
    raise_new(&TYPE_ERROR, m)
}
pub fn value_error(m: impl AsRef<str>) -> Raised {
    raise_new(&VALUE_ERROR, m)
}
pub fn index_error(m: impl AsRef<str>) -> Raised {
    raise_new(&INDEX_ERROR, m)
}
pub fn overflow_error(m: impl AsRef<str>) -> Raised {
    raise_new(&OVERFLOW_ERROR, m)
}
pub fn zero_division(m: impl AsRef<str>) -> Raised {
    raise_new(&ZERO_DIVISION_ERROR, m)
}
pub fn runtime_error(m: impl AsRef<str>) -> Raised {
    raise_new(&RUNTIME_ERROR, m)
}
pub fn attribute_error(m: impl AsRef<str>) -> Raised {
    raise_new(&ATTRIBUTE_ERROR, m)
}
/// KeyError carrying the key itself.
pub fn key_error(k: W) -> Raised {
    raise_args(&KEY_ERROR, &[k])
}
pub fn not_implemented(feature: &str) -> Raised {
    raise_new(&NOT_IMPLEMENTED_ERROR, format!("metal0 does not support {feature} yet"))
}

/// Turns a raisable word (instance or class) into an instance.
pub fn instantiate(w: W) -> PyResult<Ref> {
    if is_exc(w) {
        return Ok(Ref::borrow(w));
    }
    if is_exc_type(w) {
        let t = unsafe { obj::<TypeObject>(w) };
        if t.heap {
            return crate::classes::instantiate(t, &crate::func::Args::pos(&[]));
        }
        return Ok(new_exc(t, &[]));
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// Makes `ctx` the `__context__` of exception `exc` (both borrowed).
pub fn set_context(exc: W, ctx: W) {
    if exc == 0 || exc == ctx || !is_exc(exc) || !is_exc(ctx) {
        return;
    }
    let e = eobj(exc);
    incref(ctx);
    decref(std::mem::replace(&mut e.context, ctx));
}

/// `raise x`.
pub fn raise(w: W) -> Raised {
    match instantiate(w) {
        Ok(e) => raise_obj(e),
        Err(r) => r,
    }
}

/// `raise exc from cause`.
pub fn raise_from(w: W, cause: W) -> Raised {
    let e = match instantiate(w) {
        Ok(e) => e,
        Err(r) => return r,
    };
    let c = if is_none(cause) {
        0
    } else {
        match instantiate(cause) {
            Ok(c) => c.into_w(),
            Err(_) => {
                return type_error("exception causes must derive from BaseException");
            }
        }
    };
    let o = eobj(e.w());
    decref(o.cause);
    o.cause = c;
    o.suppress_context = true;
    raise_obj(e)
}

/// Bare `raise`.
pub fn reraise() -> Raised {
    let h = handled();
    if h == 0 || is_none(h) {
        return runtime_error("No active exception to reraise");
    }
    incref(h);
    restore(h);
    Raised
}

/// Does exception `exc` match the `except` spec (a class or tuple of classes)?
pub fn matches(exc: W, spec: W) -> PyResult<bool> {
    let t = type_of(exc);
    if is_type_word(spec) {
        let st = unsafe { obj::<TypeObject>(spec) };
        if st.kind != Kind::Exception {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        return Ok(t.is_subtype(st));
    }
    if tuple::is_tuple(spec) {
        // CPython 3.11's CHECK_EXC_MATCH validates every entry before matching any: each must
        // be an exception class (no nested tuples)
        let items = tuple::items(spec);
        if !items.iter().all(|&s| is_exc_type(s)) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        return Ok(items.iter().any(|&s| t.is_subtype(unsafe { obj::<TypeObject>(s) })));
    }
    Err(type_error("catching classes that do not inherit from BaseException is not allowed"))
}

fn is_type_word(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Type
}

/// Records a frame on the propagating exception.
pub fn traceback_add(func: &str, file: &str, line: i32, cols: Option<TbCols>) {
    let c = current();
    if c != 0 && is_exc(c) {
        eobj(c).tb.push(TbEntry { func: func.to_string(), file: file.to_string(), line, cols });
    }
}

/// Hands the propagating exception an owned local of the frame it leaves: the local lives
/// as long as the exception, as in CPython, where the traceback keeps the frame (a generator
/// or an object with `__del__` a failing function held is finalized when the handler is done
/// with the exception, not while it unwinds).
pub fn traceback_keep(w: W) {
    let c = current();
    // (the exception itself, held by `except ... as e` when re-raised, is not kept: that
    // would be a cycle, and there is no cycle collector)
    if c != 0 && is_exc(c) && w & 1 == 0 && w != 0 && w != c {
        eobj(c).kept.push(w);
    } else {
        decref(w);
    }
}

/// `NameError: name 'x' is not defined` from a failed lookup: `e.name` is the name (as
/// CPython sets it), and the traceback prints `suggestion` after the message.
pub fn raise_name_error(name: &str, suggestion: Option<String>) -> Raised {
    let e = new_exc_msg(&NAME_ERROR, &format!("name '{name}' is not defined"));
    let d = crate::dict::new();
    let (k, v) = (crate::str::new("name"), crate::str::new(name));
    let _ = crate::dict::setitem(d.w(), k.w(), v.w());
    let o = eobj(e.w());
    o.dict = d.into_w();
    o.hint = suggestion.map(String::into_boxed_str);
    raise_obj(e)
}

/// str(exc) as CPython.
pub fn exc_str(w: W) -> PyResult<String> {
    let args = args_of(w);
    let t = type_of(w);
    if t.is_subtype(&KEY_ERROR) && args.len() == 1 {
        return crate::ops::repr_string(args[0]);
    }
    if t.is_subtype(&OS_ERROR) && (args.len() == 2 || args.len() == 3) {
        let a = crate::ops::str_string(args[0])?;
        let b = crate::ops::str_string(args[1])?;
        if args.len() == 3 {
            let c = crate::ops::repr_string(args[2])?;
            return Ok(format!("[Errno {a}] {b}: {c}"));
        }
        return Ok(format!("[Errno {a}] {b}"));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => crate::ops::str_string(args[0]),
        _ => crate::ops::repr_string(eobj(w).args),
    }
}

/// repr(exc) as CPython.
pub fn exc_repr(w: W) -> PyResult<String> {
    let args = args_of(w);
    let name = type_name(w);
    if args.len() == 1 {
        Ok(format!("{name}({})", crate::ops::repr_string(args[0])?))
    } else {
        Ok(format!("{name}{}", crate::ops::repr_string(eobj(w).args)?))
    }
}

/// Records `.name` and `.obj` on an AttributeError (used for "Did you mean" suggestions).
pub fn set_attribute_error_target(e: W, obj: W, name: &str) {
    let x = eobj(e);
    if x.dict == 0 {
        x.dict = crate::dict::new().into_w();
    }
    let (kn, ko, n) = (crate::str::new("name"), crate::str::new("obj"), crate::str::new(name));
    let _ = crate::dict::setitem(x.dict, kn.w(), n.w());
    let _ = crate::dict::setitem(x.dict, ko.w(), obj);
}

/// The `.name` / `.obj` recorded on an AttributeError (borrowed).
pub fn attribute_error_target(e: W) -> Option<(W, &'static str)> {
    let d = eobj(e).dict;
    if d == 0 {
        return None;
    }
    let name = crate::dict::get_str(d, "name").and_then(crate::str::as_str)?;
    let obj = crate::dict::get_str(d, "obj")?;
    Some((obj, name))
}

/// Exception attributes (`args`, `__cause__`, `value`, `code`, ...).
pub fn getattr(w: W, name: &str) -> Option<Ref> {
    let e = eobj(w);
    let args = args_of(w);
    let t = type_of(w);
    let opt = |x: W| if x == 0 { Ref::none() } else { Ref::borrow(x) };
    let own = if e.dict == 0 { None } else { crate::dict::get_str(e.dict, name) };
    Some(match name {
        "args" => Ref::borrow(e.args),
        "__cause__" => opt(e.cause),
        "__context__" => opt(e.context),
        "__suppress_context__" => Ref::bool(e.suppress_context),
        "__traceback__" => Ref::none(),
        "__class__" => Ref::new(t.word()),
        "__dict__" => {
            if e.dict == 0 {
                e.dict = crate::dict::new().into_w();
            }
            Ref::borrow(e.dict)
        }
        // attributes set on the instance (BaseException instances have a `__dict__`); they
        // also shadow the computed ones below once assigned (`e.value = 5`)
        _ if own.is_some() => Ref::borrow(own.unwrap_or(0)),
        "value" if t.is_subtype(&STOP_ITERATION) => opt(args.first().copied().unwrap_or(0)),
        "code" if t.is_subtype(&SYSTEM_EXIT) => match args.len() {
            0 => Ref::none(),
            1 => Ref::borrow(args[0]),
            _ => Ref::borrow(e.args),
        },
        "errno" if t.is_subtype(&OS_ERROR) => opt(if args.len() >= 2 { args[0] } else { 0 }),
        "strerror" if t.is_subtype(&OS_ERROR) => opt(if args.len() >= 2 { args[1] } else { 0 }),
        "filename" if t.is_subtype(&OS_ERROR) => opt(if args.len() >= 3 { args[2] } else { 0 }),
        "msg" if t.is_subtype(&IMPORT_ERROR) => opt(args.first().copied().unwrap_or(0)),
        "name" if t.is_subtype(&IMPORT_ERROR) || t.is_subtype(&NAME_ERROR) => Ref::none(),
        "name" | "obj" if t.is_subtype(&ATTRIBUTE_ERROR) => match e.dict {
            0 => Ref::none(),
            d => Ref::borrow(crate::dict::get_str(d, name).unwrap_or(none())),
        },
        _ => return None,
    })
}

/// Sets `args` / `__cause__` / `__context__` / `__suppress_context__`; false for other names
/// (see `set_dict_attr`).
pub fn setattr(w: W, name: &str, v: W) -> PyResult<bool> {
    let e = eobj(w);
    if name == "args" {
        let a = crate::tuple::from_vec(crate::ops::collect(v)?);
        decref(std::mem::replace(&mut e.args, a.into_w()));
        return Ok(true);
    }
    let slot = match name {
        "__cause__" => &mut e.cause,
        "__context__" => &mut e.context,
        "__suppress_context__" => {
            e.suppress_context = crate::ops::truthy(v)?;
            return Ok(true);
        }
        _ => return Ok(false),
    };
    let nv = if is_none(v) { 0 } else { v };
    incref(nv);
    decref(*slot);
    *slot = nv;
    if name == "__cause__" {
        e.suppress_context = true;
    }
    Ok(true)
}

/// `e.add_note(note)`: appends to the list `__notes__` (created on first use).
pub fn add_note(w: W, note: W) -> PyResult<()> {
    if !crate::str::is_str(note) {
        return Err(type_error(format!("note must be a str, not '{}'", type_name(note))));
    }
    let e = eobj(w);
    if e.dict == 0 {
        e.dict = crate::dict::new().into_w();
    }
    let notes = match crate::dict::get_str(e.dict, "__notes__") {
        Some(l) => Ref::borrow(l),
        None => {
            let l = crate::list::new(&[]);
            let k = crate::str::new("__notes__");
            crate::dict::setitem(e.dict, k.w(), l.w())?;
            l
        }
    };
    if !crate::list::is_list(notes.w()) {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    crate::list::append(notes.w(), note);
    Ok(())
}

/// The lines the traceback prints after the exception line for `__notes__`: each note's str
/// (the repr of `__notes__` when it is not a sequence).
pub fn notes_text(w: W) -> Option<String> {
    let d = eobj(w).dict;
    let notes = if d == 0 { None } else { crate::dict::get_str(d, "__notes__") }?;
    let text = if crate::list::is_list(notes) || crate::tuple::is_tuple(notes) {
        let mut out = String::new();
        for x in crate::ops::collect(notes).unwrap_or_default() {
            let s = crate::ops::str_string(x.w()).unwrap_or_else(|_| {
                clear();
                "<note str() failed>".to_string()
            });
            out.push_str(&s);
            out.push('\n');
        }
        out
    } else {
        let s = crate::ops::repr_string(notes).unwrap_or_else(|_| {
            clear();
            "<__notes__ repr() failed>".to_string()
        });
        format!("{s}\n")
    };
    Some(text)
}

/// `e.name = v` for any other name: the instance `__dict__`.
pub fn set_dict_attr(w: W, name_w: W, v: W) -> PyResult<()> {
    let e = eobj(w);
    if e.dict == 0 {
        e.dict = crate::dict::new().into_w();
    }
    crate::dict::setitem(e.dict, name_w, v)
}

/// `del e.name`: false when the instance `__dict__` lacks `name`.
pub fn del_dict_attr(w: W, name_w: W) -> PyResult<bool> {
    let name = crate::str::s(name_w);
    match name {
        "args" | "__cause__" | "__context__" | "__traceback__" => return Err(type_error(format!("{name} may not be deleted"))),
        "__suppress_context__" => return Err(type_error("can't delete numeric/char attribute")),
        _ => {}
    }
    let d = eobj(w).dict;
    if d == 0 || !crate::dict::contains(d, name_w)? {
        return Ok(false);
    }
    crate::dict::delitem(d, name_w)?;
    Ok(true)
}

// ---- recursion counting

pub fn recursion_enter() -> PyResult<()> {
    recursion_enter_where("")
}

/// Counts a nested runtime call (repr, comparison); `what` completes the message.
pub fn recursion_enter_where(what: &str) -> PyResult<()> {
    let d = DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if d > RECURSION_LIMIT.load(Relaxed) {
        DEPTH.with(|x| x.set(x.get() - 1));
        return Err(raise_new(&RECURSION_ERROR, format!("maximum recursion depth exceeded{what}")));
    }
    Ok(())
}

pub fn recursion_leave() {
    DEPTH.with(|d| d.set(d.get() - 1));
}

pub fn recursion_limit() -> i32 {
    RECURSION_LIMIT.load(Relaxed)
}

pub fn set_recursion_limit(n: i32) {
    RECURSION_LIMIT.store(n, Relaxed)
}

pub fn recursion_depth() -> i32 {
    DEPTH.with(|d| d.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(KEY_ERROR.is_subtype(&LOOKUP_ERROR));
        assert!(KEY_ERROR.is_subtype(&EXCEPTION));
        assert!(!KEY_ERROR.is_subtype(&VALUE_ERROR));
        assert!(RECURSION_ERROR.is_subtype(&RUNTIME_ERROR));
        assert!(!SYSTEM_EXIT.is_subtype(&EXCEPTION));
        assert_eq!(by_name("ZeroDivisionError").unwrap().name, "ZeroDivisionError");
    }

    #[test]
    fn str_and_repr() {
        // python3: str(KeyError('x')), str(KeyError()), str(KeyError('a','b')), repr(ValueError('bad')), repr(ValueError()), repr(ValueError(1,2))
        let x = crate::str::new("x");
        let k = new_exc(&KEY_ERROR, &[x.w()]);
        assert_eq!(exc_str(k.w()).unwrap(), "'x'");
        assert_eq!(exc_str(new_exc(&KEY_ERROR, &[]).w()).unwrap(), "");
        let a = crate::str::new("a");
        let b = crate::str::new("b");
        assert_eq!(exc_str(new_exc(&KEY_ERROR, &[a.w(), b.w()]).w()).unwrap(), "('a', 'b')");
        assert_eq!(exc_repr(new_exc_msg(&VALUE_ERROR, "bad").w()).unwrap(), "ValueError('bad')");
        assert_eq!(exc_repr(new_exc(&VALUE_ERROR, &[]).w()).unwrap(), "ValueError()");
        let one = Ref::int(1);
        let two = Ref::int(2);
        assert_eq!(exc_repr(new_exc(&VALUE_ERROR, &[one.w(), two.w()]).w()).unwrap(), "ValueError(1, 2)");
        // python3: str(OSError(2,'No such')) and its type
        let ns = crate::str::new("No such");
        let o = new_exc(&OS_ERROR, &[two.w(), ns.w()]);
        assert_eq!(type_name(o.w()), "FileNotFoundError");
        assert_eq!(exc_str(o.w()).unwrap(), "[Errno 2] No such");
    }

    #[test]
    fn chaining_and_matching() {
        let e1 = new_exc_msg(&VALUE_ERROR, "one");
        let prev = set_handled(e1.w());
        let _ = raise_new(&KEY_ERROR, "two");
        let cur = fetch();
        assert_eq!(eobj(cur).context, e1.w());
        let lookup = LOOKUP_ERROR.word();
        assert!(matches(cur, lookup).unwrap());
        assert!(!matches(cur, VALUE_ERROR.word()).unwrap());
        let spec = tuple::new(&[VALUE_ERROR.word(), KEY_ERROR.word()]);
        assert!(matches(cur, spec.w()).unwrap());
        decref(cur);
        restore_handled(prev);
        assert_eq!(handled(), 0);
    }

    #[test]
    fn recursion() {
        set_recursion_limit(50);
        let mut n = 0;
        while recursion_enter().is_ok() {
            n += 1;
        }
        assert_eq!(n, 50);
        let e = fetch();
        assert_eq!(type_name(e), "RecursionError");
        decref(e);
        for _ in 0..n {
            recursion_leave();
        }
        set_recursion_limit(1000);
    }
}
