//! Object model: value words, the CPython-compatible object header, type objects,
//! reference counting (`Ref`), allocation and deallocation, and the static singletons.

use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

/// A Python value word: small int (low bit 1), object pointer, or 0 (error / unbound).
pub type W = u64;

/// Marker: a Python exception is set in the thread state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;
pub type PyResult<T> = Result<T, Raised>;

/// The CPython-compatible object header.
#[repr(C)]
pub struct ObjHeader {
    pub ob_refcnt: AtomicIsize,
    pub ob_type: *const TypeObject,
}
unsafe impl Sync for ObjHeader {}
unsafe impl Send for ObjHeader {}

/// Reference count of static objects; never reaches zero.
pub const IMMORTAL: isize = 1 << 60;

impl ObjHeader {
    pub const fn immortal(t: *const TypeObject) -> Self {
        ObjHeader { ob_refcnt: AtomicIsize::new(IMMORTAL), ob_type: t }
    }
    pub fn new(t: &'static TypeObject) -> Self {
        ObjHeader { ob_refcnt: AtomicIsize::new(1), ob_type: t }
    }
}

/// Which payload layout (and behaviour family) a type's instances have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Object,
    Type,
    None,
    NotImplemented,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Exception,
    BuiltinFn,
    Function,
    BoundMethod,
    MethodDescr,
    Module,
    Iter,
    DictView,
    Stream,
    /// Instances of user classes (and of `object`).
    Instance,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// A closure cell (`func::CellObj`).
    Cell,
    Generator,
}

/// A type object (itself an object whose type is `type`).
#[repr(C)]
pub struct TypeObject {
    pub hdr: ObjHeader,
    pub name: &'static str,
    pub base: *const TypeObject,
    pub kind: Kind,
    /// A class created at run time (`classes::HeapType`, with a namespace and an MRO).
    pub heap: bool,
}
unsafe impl Sync for TypeObject {}

impl TypeObject {
    pub fn word(&'static self) -> W {
        self as *const TypeObject as W
    }
    pub fn base(&self) -> Option<&'static TypeObject> {
        if self.base.is_null() { None } else { Some(unsafe { &*self.base }) }
    }
    /// Is `self` the same as or a subclass of `other`?
    pub fn is_subtype(&'static self, other: &'static TypeObject) -> bool {
        if self.heap {
            return crate::classes::mro(self).iter().any(|t| std::ptr::eq(*t, other));
        }
        let mut t = Some(self);
        while let Some(x) = t {
            if std::ptr::eq(x, other) {
                return true;
            }
            t = x.base();
        }
        false
    }
}

macro_rules! static_type {
    ($id:ident, $name:expr, $base:expr, $kind:expr) => {
        pub static $id: TypeObject = TypeObject {
            hdr: ObjHeader::immortal(&TYPE_TYPE as *const TypeObject),
            name: $name,
            base: $base as *const TypeObject,
            kind: $kind,
            heap: false,
        };
    };
}
pub(crate) use static_type;

const NOBASE: *const TypeObject = std::ptr::null();
static_type!(OBJECT_TYPE, "object", NOBASE, Kind::Object);
static_type!(TYPE_TYPE, "type", &OBJECT_TYPE, Kind::Type);
static_type!(NONE_TYPE, "NoneType", &OBJECT_TYPE, Kind::None);
static_type!(NOTIMPL_TYPE, "NotImplementedType", &OBJECT_TYPE, Kind::NotImplemented);
static_type!(ELLIPSIS_TYPE, "ellipsis", &OBJECT_TYPE, Kind::Ellipsis);
static_type!(INT_TYPE, "int", &OBJECT_TYPE, Kind::Int);
static_type!(BOOL_TYPE, "bool", &INT_TYPE, Kind::Bool);
static_type!(FLOAT_TYPE, "float", &OBJECT_TYPE, Kind::Float);
static_type!(STR_TYPE, "str", &OBJECT_TYPE, Kind::Str);
static_type!(BYTES_TYPE, "bytes", &OBJECT_TYPE, Kind::Bytes);
static_type!(BYTEARRAY_TYPE, "bytearray", &OBJECT_TYPE, Kind::ByteArray);
static_type!(LIST_TYPE, "list", &OBJECT_TYPE, Kind::List);
static_type!(TUPLE_TYPE, "tuple", &OBJECT_TYPE, Kind::Tuple);
static_type!(DICT_TYPE, "dict", &OBJECT_TYPE, Kind::Dict);
static_type!(SET_TYPE, "set", &OBJECT_TYPE, Kind::Set);
static_type!(FROZENSET_TYPE, "frozenset", &OBJECT_TYPE, Kind::FrozenSet);
static_type!(RANGE_TYPE, "range", &OBJECT_TYPE, Kind::Range);
static_type!(SLICE_TYPE, "slice", &OBJECT_TYPE, Kind::Slice);
static_type!(BUILTIN_FN_TYPE, "builtin_function_or_method", &OBJECT_TYPE, Kind::BuiltinFn);
static_type!(FUNCTION_TYPE, "function", &OBJECT_TYPE, Kind::Function);
static_type!(METHOD_TYPE, "method", &OBJECT_TYPE, Kind::BoundMethod);
static_type!(BUILTIN_METHOD_TYPE, "builtin_function_or_method", &OBJECT_TYPE, Kind::BoundMethod);
static_type!(METHOD_DESCR_TYPE, "method_descriptor", &OBJECT_TYPE, Kind::MethodDescr);
static_type!(MODULE_TYPE, "module", &OBJECT_TYPE, Kind::Module);
static_type!(CELL_TYPE, "cell", &OBJECT_TYPE, Kind::Cell);

/// The `None`, `NotImplemented` and `Ellipsis` singletons.
#[repr(C)]
pub struct Singleton {
    pub hdr: ObjHeader,
}
pub static NONE: Singleton = Singleton { hdr: ObjHeader::immortal(&NONE_TYPE) };
pub static NOT_IMPLEMENTED: Singleton = Singleton { hdr: ObjHeader::immortal(&NOTIMPL_TYPE) };
pub static ELLIPSIS: Singleton = Singleton { hdr: ObjHeader::immortal(&ELLIPSIS_TYPE) };

/// `True` and `False`: bool objects carrying their int value.
#[repr(C)]
pub struct BoolObj {
    pub hdr: ObjHeader,
    pub val: i64,
}
pub static TRUE: BoolObj = BoolObj { hdr: ObjHeader::immortal(&BOOL_TYPE), val: 1 };
pub static FALSE: BoolObj = BoolObj { hdr: ObjHeader::immortal(&BOOL_TYPE), val: 0 };

#[inline]
pub fn none() -> W {
    &NONE as *const Singleton as W
}
#[inline]
pub fn not_implemented() -> W {
    &NOT_IMPLEMENTED as *const Singleton as W
}
#[inline]
pub fn ellipsis() -> W {
    &ELLIPSIS as *const Singleton as W
}
#[inline]
pub fn true_w() -> W {
    &TRUE as *const BoolObj as W
}
#[inline]
pub fn false_w() -> W {
    &FALSE as *const BoolObj as W
}
#[inline]
pub fn bool_w(b: bool) -> W {
    if b { true_w() } else { false_w() }
}
#[inline]
pub fn is_none(w: W) -> bool {
    w == none()
}

// ---- small ints

pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

#[inline]
pub fn is_small(w: W) -> bool {
    w & 1 == 1
}
#[inline]
pub fn small_val(w: W) -> i64 {
    (w as i64) >> 1
}
/// Tags an i64 known to lie in the small range.
#[inline]
pub fn mk_small(v: i64) -> W {
    debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&v));
    ((v << 1) | 1) as W
}
#[inline]
pub fn fits_small(v: i64) -> bool {
    (SMALL_MIN..=SMALL_MAX).contains(&v)
}

// ---- type inspection

#[inline]
pub fn type_of(w: W) -> &'static TypeObject {
    if w & 1 == 1 { &INT_TYPE } else { unsafe { &*(*(w as *const ObjHeader)).ob_type } }
}
#[inline]
pub fn kind_of(w: W) -> Kind {
    type_of(w).kind
}
#[inline]
pub fn type_name(w: W) -> &'static str {
    type_of(w).name
}
#[inline]
pub fn is_type(w: W, t: &'static TypeObject) -> bool {
    !is_small(w) && std::ptr::eq(type_of(w), t)
}

/// Borrow an object's payload struct.
///
/// # Safety
/// `w` must point to a live object whose layout is `T`.
#[inline]
pub unsafe fn obj<T>(w: W) -> &'static T {
    unsafe { &*(w as *const T) }
}
/// Mutably borrow an object's payload struct.
///
/// # Safety
/// As [`obj`], and no other reference to the payload may be used meanwhile.
#[inline]
#[allow(clippy::mut_from_ref)]
pub unsafe fn obj_mut<T>(w: W) -> &'static mut T {
    unsafe { &mut *(w as *mut T) }
}

// ---- reference counting

#[inline]
pub fn incref(w: W) {
    if w & 1 == 0 && w != 0 {
        let h = unsafe { &*(w as *const ObjHeader) };
        h.ob_refcnt.store(h.ob_refcnt.load(Relaxed) + 1, Relaxed);
    }
}

#[inline]
pub fn decref(w: W) {
    if w & 1 == 0 && w != 0 {
        let h = unsafe { &*(w as *const ObjHeader) };
        let n = h.ob_refcnt.load(Relaxed) - 1;
        h.ob_refcnt.store(n, Relaxed);
        if n == 0 {
            unsafe { dealloc(w) }
        }
    }
}

pub fn refcnt(w: W) -> isize {
    if w & 1 == 0 && w != 0 { unsafe { (*(w as *const ObjHeader)).ob_refcnt.load(Relaxed) } } else { IMMORTAL }
}

/// Moves a payload struct to the heap; the returned word owns one reference.
#[inline]
pub fn alloc<T>(v: T) -> W {
    Box::into_raw(Box::new(v)) as W
}

thread_local! {
    static DEALLOC_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DEALLOC_PENDING: std::cell::RefCell<Vec<W>> = const { std::cell::RefCell::new(Vec::new()) };
    /// At shutdown, while the main module's globals are dropped: objects that die are
    /// finalized at once but freed (their contents released) only afterwards, in order.
    static SHUTDOWN_DEFERRED: std::cell::RefCell<Option<Vec<W>>> = const { std::cell::RefCell::new(None) };
}

/// Set while `drop_globals_at_shutdown` drops the globals (one load on every free).
static DROPPING_GLOBALS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// CPython's shutdown for the main module's globals (`slots`, in the order the module bound
/// them): each is dropped; what dies is finalized (`__del__`) right away, as CPython's
/// deallocators call finalizers first, while freeing its contents waits until every global is
/// dropped, as CPython's trashcan defers nested deallocation there: instances named by
/// globals are finalized in order first, then what containers and attributes held.
pub fn drop_globals_at_shutdown(slots: &[*mut W]) {
    SHUTDOWN_DEFERRED.with(|d| *d.borrow_mut() = Some(Vec::new()));
    DROPPING_GLOBALS.store(true, Relaxed);
    for &p in slots {
        let w = unsafe { std::ptr::replace(p, 0) };
        decref(w);
    }
    DROPPING_GLOBALS.store(false, Relaxed);
    let deferred = SHUTDOWN_DEFERRED.with(|d| d.borrow_mut().take()).unwrap_or_default();
    for w in deferred {
        unsafe { free_object(w) };
    }
}

/// Frees an object whose count reached zero. Deeply nested containers are freed
/// iteratively (like CPython's trashcan) so freeing never overflows the stack.
///
/// # Safety
/// `w` must be a heap object with no remaining references.
unsafe fn dealloc(w: W) {
    if DROPPING_GLOBALS.load(Relaxed) {
        if !finalize(w) {
            SHUTDOWN_DEFERRED.with(|d| d.borrow_mut().as_mut().map(|v| v.push(w)));
        }
        return;
    }
    let d = DEALLOC_DEPTH.with(|c| c.get());
    if d >= 1000 {
        DEALLOC_PENDING.with(|p| p.borrow_mut().push(w));
        return;
    }
    DEALLOC_DEPTH.with(|c| c.set(d + 1));
    unsafe { dealloc_now(w) };
    if d == 0 {
        while let Some(x) = DEALLOC_PENDING.with(|p| p.borrow_mut().pop()) {
            unsafe { dealloc_now(x) };
        }
    }
    DEALLOC_DEPTH.with(|c| c.set(d));
}

/// Runs an object's finalizer (a user class's `__del__`, a suspended generator's `close`),
/// as CPython's deallocators do first; true when it resurrected the object.
fn finalize(w: W) -> bool {
    let t = type_of(w);
    match t.kind {
        Kind::Generator => {
            crate::generator::finalize(w);
            false
        }
        Kind::Instance | Kind::Object | Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float | Kind::Exception => {
            t.heap && crate::classes::finalize(w)
        }
        _ => false,
    }
}

unsafe fn dealloc_now(w: W) {
    if !finalize(w) {
        unsafe { free_object(w) }
    }
}

/// Frees an object (finalized already), releasing what it holds.
unsafe fn free_object(w: W) {
    use crate::*;
    let t = type_of(w);
    // an instance of a subclass of a builtin type keeps its attributes in a side table
    if t.heap && matches!(t.kind, Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float) {
        classes::drop_side_table(w);
    }
    unsafe {
        match t.kind {
            Kind::Int => drop(Box::from_raw(w as *mut int::IntObj)),
            // the free list holds exact floats only (it keeps their type word)
            Kind::Float if t.heap => drop(Box::from_raw(w as *mut float::FloatObj)),
            Kind::Float => float::release(w),
            Kind::Str => drop(Box::from_raw(w as *mut str::StrObj)),
            Kind::Bytes | Kind::ByteArray => drop(Box::from_raw(w as *mut bytes::BytesObj)),
            Kind::List => drop(Box::from_raw(w as *mut list::ListObj)),
            Kind::Tuple => drop(Box::from_raw(w as *mut tuple::TupleObj)),
            Kind::Dict => drop(Box::from_raw(w as *mut dict::DictObj)),
            Kind::Set | Kind::FrozenSet => drop(Box::from_raw(w as *mut set::SetObj)),
            Kind::Range => drop(Box::from_raw(w as *mut range::RangeObj)),
            Kind::Slice => drop(Box::from_raw(w as *mut slice::SliceObj)),
            Kind::Exception => drop(Box::from_raw(w as *mut exceptions::ExcObj)),
            Kind::BuiltinFn => drop(Box::from_raw(w as *mut func::BuiltinFnObj)),
            Kind::Function => drop(Box::from_raw(w as *mut func::FunctionObj)),
            Kind::Cell => drop(Box::from_raw(w as *mut func::CellObj)),
            Kind::Generator => drop(Box::from_raw(w as *mut generator::GenObj)),
            Kind::BoundMethod => drop(Box::from_raw(w as *mut func::BoundMethodObj)),
            Kind::MethodDescr => drop(Box::from_raw(w as *mut func::MethodDescrObj)),
            Kind::Module => drop(Box::from_raw(w as *mut sys::ModuleObj)),
            Kind::Iter => drop(Box::from_raw(w as *mut iter::IterObj)),
            Kind::DictView => drop(Box::from_raw(w as *mut dict::DictViewObj)),
            Kind::Stream => drop(Box::from_raw(w as *mut sys::StreamObj)),
            Kind::Instance if crate::instances::field_count(type_of(w)) > 0 => crate::instances::free(w),
            Kind::Instance | Kind::Object => drop(Box::from_raw(w as *mut classes::InstanceObj)),
            Kind::Property => drop(Box::from_raw(w as *mut classes::PropertyObj)),
            Kind::StaticMethod | Kind::ClassMethod => drop(Box::from_raw(w as *mut classes::WrapperObj)),
            Kind::Super => drop(Box::from_raw(w as *mut classes::SuperObj)),
            // Static objects (and classes, which are made immortal) never reach zero.
            Kind::Type | Kind::None | Kind::NotImplemented | Kind::Ellipsis | Kind::Bool => {}
        }
    }
}

/// An owned reference to a value word: dropping it decrefs.
#[repr(transparent)]
pub struct Ref(W);

impl Ref {
    /// Takes ownership of a new reference.
    #[inline]
    pub fn new(w: W) -> Ref {
        Ref(w)
    }
    /// Takes a new reference to a borrowed word.
    #[inline]
    pub fn borrow(w: W) -> Ref {
        incref(w);
        Ref(w)
    }
    #[inline]
    pub fn w(&self) -> W {
        self.0
    }
    /// Releases ownership to the caller.
    #[inline]
    pub fn into_w(self) -> W {
        let w = self.0;
        std::mem::forget(self);
        w
    }
    #[inline]
    pub fn none() -> Ref {
        Ref(none())
    }
    #[inline]
    pub fn bool(b: bool) -> Ref {
        Ref(bool_w(b))
    }
    #[inline]
    pub fn int(v: i64) -> Ref {
        crate::int::from_i64(v)
    }
}

impl Clone for Ref {
    #[inline]
    fn clone(&self) -> Ref {
        incref(self.0);
        Ref(self.0)
    }
}

impl Drop for Ref {
    #[inline]
    fn drop(&mut self) {
        decref(self.0)
    }
}

impl std::fmt::Debug for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match crate::ops::repr_string(self.0) {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "<{} object>", type_name(self.0)),
        }
    }
}

/// Converts an internal result to the ABI's word convention (0 on error).
#[inline]
pub fn ret(r: PyResult<Ref>) -> W {
    match r {
        Ok(r) => r.into_w(),
        Err(Raised) => 0,
    }
}
