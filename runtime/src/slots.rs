//! The special methods of the builtin types as attributes (`[1].__len__()`,
//! `(3).__add__(4)`, `int.__add__(3, 4)`, `sorted(xs, key=str.__len__)`): one table of the
//! dunders each builtin type defines itself, as CPython 3.11 exposes them (slot wrappers,
//! methods, or `None` for `__hash__` of the mutable containers), searched along the type's
//! bases; and one implementation per dunder over the generic operations of `ops.rs`, with
//! CPython's `NotImplemented` results for operand types the type does not handle.
//!
//! Bound to an instance, a dunder is a `method-wrapper` (or a `builtin_function_or_method`
//! for the ones CPython defines as methods); read through the type it is a
//! `wrapper_descriptor` / `method_descriptor` that checks its first argument. The methods
//! of `object` and `BaseException` run `classes::call_base`, also used for instances of
//! user classes (`super().__eq__(other)`).

use crate::exceptions::{self as exc, type_error};
use crate::func::{self, Args, BoundMethodObj, MethodDescrObj};
use crate::object::*;
use crate::{float, int, ops, str as pstr};

/// How CPython exposes a special method of a builtin type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// A slot wrapper: `wrapper_descriptor` on the type, `method-wrapper` when bound.
    Wrapper,
    /// A method: `method_descriptor` on the type, `builtin_function_or_method` when bound.
    Method,
    /// The attribute is `None` (`list.__hash__`).
    Null,
}

const W: Style = Style::Wrapper;
const M: Style = Style::Method;
const N: Style = Style::Null;

type Own = &'static [(&'static str, Style)];

// The dunders each builtin type defines in its own `__dict__` (CPython 3.11's `vars(T)`),
// restricted to the ones implemented below.
static OBJECT_OWN: Own = &[
    ("__delattr__", W),
    ("__dir__", M),
    ("__eq__", W),
    ("__format__", M),
    ("__ge__", W),
    ("__getattribute__", W),
    ("__gt__", W),
    ("__hash__", W),
    ("__init__", W),
    ("__le__", W),
    ("__lt__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__setattr__", W),
    ("__str__", W),
];
static BASE_EXCEPTION_OWN: Own =
    &[("__delattr__", W), ("__getattribute__", W), ("__init__", W), ("__repr__", W), ("__setattr__", W), ("__str__", W)];
static NONE_OWN: Own = &[("__bool__", W), ("__repr__", W)];
static INT_OWN: Own = &[
    ("__abs__", W),
    ("__add__", W),
    ("__and__", W),
    ("__bool__", W),
    ("__ceil__", M),
    ("__divmod__", W),
    ("__eq__", W),
    ("__float__", W),
    ("__floor__", M),
    ("__floordiv__", W),
    ("__format__", M),
    ("__ge__", W),
    ("__getnewargs__", M),
    ("__gt__", W),
    ("__hash__", W),
    ("__index__", W),
    ("__int__", W),
    ("__invert__", W),
    ("__le__", W),
    ("__lshift__", W),
    ("__lt__", W),
    ("__mod__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__neg__", W),
    ("__or__", W),
    ("__pos__", W),
    ("__pow__", W),
    ("__radd__", W),
    ("__rand__", W),
    ("__rdivmod__", W),
    ("__repr__", W),
    ("__rfloordiv__", W),
    ("__rlshift__", W),
    ("__rmod__", W),
    ("__rmul__", W),
    ("__ror__", W),
    ("__round__", M),
    ("__rpow__", W),
    ("__rrshift__", W),
    ("__rshift__", W),
    ("__rsub__", W),
    ("__rtruediv__", W),
    ("__rxor__", W),
    ("__sub__", W),
    ("__truediv__", W),
    ("__trunc__", M),
    ("__xor__", W),
];
static BOOL_OWN: Own = &[("__and__", W), ("__or__", W), ("__rand__", W), ("__repr__", W), ("__ror__", W), ("__rxor__", W), ("__xor__", W)];
static FLOAT_OWN: Own = &[
    ("__abs__", W),
    ("__add__", W),
    ("__bool__", W),
    ("__ceil__", M),
    ("__divmod__", W),
    ("__eq__", W),
    ("__float__", W),
    ("__floor__", M),
    ("__floordiv__", W),
    ("__format__", M),
    ("__ge__", W),
    ("__getnewargs__", M),
    ("__gt__", W),
    ("__hash__", W),
    ("__int__", W),
    ("__le__", W),
    ("__lt__", W),
    ("__mod__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__neg__", W),
    ("__pos__", W),
    ("__pow__", W),
    ("__radd__", W),
    ("__rdivmod__", W),
    ("__repr__", W),
    ("__rfloordiv__", W),
    ("__rmod__", W),
    ("__rmul__", W),
    ("__round__", M),
    ("__rpow__", W),
    ("__rsub__", W),
    ("__rtruediv__", W),
    ("__sub__", W),
    ("__truediv__", W),
    ("__trunc__", M),
];
static STR_OWN: Own = &[
    ("__add__", W),
    ("__contains__", W),
    ("__eq__", W),
    ("__format__", M),
    ("__ge__", W),
    ("__getitem__", W),
    ("__getnewargs__", M),
    ("__gt__", W),
    ("__hash__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__mod__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__rmod__", W),
    ("__rmul__", W),
    ("__str__", W),
];
static BYTES_OWN: Own = &[
    ("__add__", W),
    ("__bytes__", M),
    ("__contains__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", W),
    ("__getnewargs__", M),
    ("__gt__", W),
    ("__hash__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__mod__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__rmod__", W),
    ("__rmul__", W),
    ("__str__", W),
];
static BYTEARRAY_OWN: Own = &[
    ("__add__", W),
    ("__contains__", W),
    ("__delitem__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", W),
    ("__gt__", W),
    ("__hash__", N),
    ("__iadd__", W),
    ("__imul__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__mod__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__rmod__", W),
    ("__rmul__", W),
    ("__setitem__", W),
    ("__str__", W),
];
static LIST_OWN: Own = &[
    ("__add__", W),
    ("__contains__", W),
    ("__delitem__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", M),
    ("__gt__", W),
    ("__hash__", N),
    ("__iadd__", W),
    ("__imul__", W),
    ("__init__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__reversed__", M),
    ("__rmul__", W),
    ("__setitem__", W),
];
static TUPLE_OWN: Own = &[
    ("__add__", W),
    ("__contains__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", W),
    ("__getnewargs__", M),
    ("__gt__", W),
    ("__hash__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__mul__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__rmul__", W),
];
static DICT_OWN: Own = &[
    ("__contains__", M),
    ("__delitem__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", M),
    ("__gt__", W),
    ("__hash__", N),
    ("__init__", W),
    ("__ior__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__ne__", W),
    ("__or__", W),
    ("__repr__", W),
    ("__reversed__", M),
    ("__ror__", W),
    ("__setitem__", W),
];
static SET_OWN: Own = &[
    ("__and__", W),
    ("__contains__", M),
    ("__eq__", W),
    ("__ge__", W),
    ("__gt__", W),
    ("__hash__", N),
    ("__iand__", W),
    ("__init__", W),
    ("__ior__", W),
    ("__isub__", W),
    ("__iter__", W),
    ("__ixor__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__ne__", W),
    ("__or__", W),
    ("__rand__", W),
    ("__repr__", W),
    ("__ror__", W),
    ("__rsub__", W),
    ("__rxor__", W),
    ("__sub__", W),
    ("__xor__", W),
];
static FROZENSET_OWN: Own = &[
    ("__and__", W),
    ("__contains__", M),
    ("__eq__", W),
    ("__ge__", W),
    ("__gt__", W),
    ("__hash__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__ne__", W),
    ("__or__", W),
    ("__rand__", W),
    ("__repr__", W),
    ("__ror__", W),
    ("__rsub__", W),
    ("__rxor__", W),
    ("__sub__", W),
    ("__xor__", W),
];
static RANGE_OWN: Own = &[
    ("__bool__", W),
    ("__contains__", W),
    ("__eq__", W),
    ("__ge__", W),
    ("__getitem__", W),
    ("__gt__", W),
    ("__hash__", W),
    ("__iter__", W),
    ("__le__", W),
    ("__len__", W),
    ("__lt__", W),
    ("__ne__", W),
    ("__repr__", W),
    ("__reversed__", M),
];
static ITER_OWN: Own = &[("__iter__", W), ("__next__", W)];
static SET_VIEW_OWN: Own = &[("__contains__", W), ("__iter__", W), ("__len__", W), ("__repr__", W), ("__reversed__", M)];
static VALUES_VIEW_OWN: Own = &[("__iter__", W), ("__len__", W), ("__repr__", W), ("__reversed__", M)];
static CALLABLE_OWN: Own = &[("__call__", W), ("__repr__", W)];
static REPR_OWN: Own = &[("__repr__", W)];

/// The dunders `t` itself defines (not inherited).
fn own(t: &'static TypeObject) -> Own {
    if t.heap {
        return &[];
    }
    match t.kind {
        Kind::Object | Kind::Instance => OBJECT_OWN,
        Kind::Exception if t.base().is_none_or(|b| b.kind != Kind::Exception) => BASE_EXCEPTION_OWN,
        Kind::Exception => &[],
        Kind::None => NONE_OWN,
        Kind::Int => INT_OWN,
        Kind::Bool => BOOL_OWN,
        Kind::Float => FLOAT_OWN,
        Kind::Str => STR_OWN,
        Kind::Bytes => BYTES_OWN,
        Kind::ByteArray => BYTEARRAY_OWN,
        Kind::List => LIST_OWN,
        Kind::Tuple => TUPLE_OWN,
        Kind::Dict => DICT_OWN,
        Kind::Set => SET_OWN,
        Kind::FrozenSet => FROZENSET_OWN,
        Kind::Range => RANGE_OWN,
        Kind::Iter => ITER_OWN,
        Kind::DictView if std::ptr::eq(t, &crate::dict::DICT_VALUES_TYPE) => VALUES_VIEW_OWN,
        Kind::DictView => SET_VIEW_OWN,
        Kind::Function | Kind::BuiltinFn | Kind::BoundMethod | Kind::MethodDescr | Kind::Type => CALLABLE_OWN,
        _ => REPR_OWN,
    }
}

/// `__name__` of a special method (`__len__`, not `__x` or `x__`).
#[inline]
pub fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// The builtin class along `t`'s MRO that defines special method `name`, and how.
pub fn find(t: &'static TypeObject, name: &str) -> Option<(&'static TypeObject, Style)> {
    let look = |c: &'static TypeObject| own(c).iter().find(|(n, _)| *n == name).map(|&(_, s)| (c, s));
    if t.heap {
        return crate::classes::mro(t).iter().filter(|c| !c.heap).find_map(|c| look(c));
    }
    let mut c = Some(t);
    while let Some(x) = c {
        if let Some(r) = look(x) {
            return Some(r);
        }
        c = x.base();
    }
    None
}

// A special method defined as a method, bound (`[].__getitem__`); runs `call_bound`.
static_type!(SLOT_METHOD_TYPE, "builtin_function_or_method", &OBJECT_TYPE, Kind::BoundMethod);
// A slot wrapper read through its type (`int.__add__`).
static_type!(WRAPPER_DESCR_TYPE, "wrapper_descriptor", &OBJECT_TYPE, Kind::MethodDescr);

/// `w.name` bound: a method-wrapper (or builtin method) that runs `call_bound`.
pub fn bound(w: W, style: Style, name_w: W) -> Ref {
    if style == Style::Null {
        return Ref::none();
    }
    let t: &'static TypeObject = if style == Style::Method { &SLOT_METHOD_TYPE } else { &crate::classes::BASE_METHOD_TYPE };
    incref(w);
    incref(name_w);
    Ref::new(alloc(BoundMethodObj { hdr: ObjHeader::new(t), self_: w, name: name_w, func: 0 }))
}

/// `T.name` for the special method `name` that builtin class `owner` defines.
pub fn descr(owner: &'static TypeObject, name_w: W) -> Ref {
    match own(owner).iter().find(|(n, _)| *n == pstr::s(name_w)).map(|&(_, s)| s) {
        Some(Style::Null) => Ref::none(),
        Some(Style::Wrapper) => {
            incref(name_w);
            Ref::new(alloc(MethodDescrObj { hdr: ObjHeader::new(&WRAPPER_DESCR_TYPE), owner, name: name_w }))
        }
        _ => func::method_descr(owner, name_w),
    }
}

pub fn is_wrapper_descr(w: W) -> bool {
    std::ptr::eq(type_of(w), &WRAPPER_DESCR_TYPE)
}

/// Runs a bound special method made by `bound` (or by `classes` for instances of user
/// classes): the implementation of the builtin class along the receiver's MRO.
pub fn call_bound(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match find(type_of(w), name) {
        Some((owner, _)) => call(owner, w, name, a),
        None => crate::classes::call_base(w, name, a),
    }
}

/// `w.name` for a special method of a builtin type: bound to an instance of a builtin type,
/// unbound when `w` is a builtin class (then from `w`'s MRO); a class's `type` methods
/// (`C.__call__`) bind to the class. None when not one of the table's.
pub fn getattr(w: W, name_w: W, name: &str) -> Option<Ref> {
    if !is_dunder(name) {
        return None;
    }
    if kind_of(w) == Kind::Type {
        let c = unsafe { obj::<TypeObject>(w) };
        if !c.heap
            && let Some((owner, _)) = find(c, name)
        {
            return Some(descr(owner, name_w));
        }
    }
    let t = type_of(w);
    if t.heap {
        return None;
    }
    let (_, style) = find(t, name)?;
    Some(bound(w, style, name_w))
}

/// `w.name(*args)` for a special method of an instance of a builtin type (None: not one).
pub fn call_method(w: W, name: &str, a: &Args) -> Option<PyResult<Ref>> {
    let t = type_of(w);
    // user classes, class objects, `super()` and modules look their attributes up first
    if t.heap || matches!(t.kind, Kind::Type | Kind::Super | Kind::Module) {
        return None;
    }
    let (owner, style) = find(t, name)?;
    if style == Style::Null {
        return Some(Err(type_error("'NoneType' object is not callable")));
    }
    Some(call(owner, w, name, a))
}

// ---- argument checks, worded as CPython's wrappers and methods word them

fn style_of(owner: &'static TypeObject, name: &str) -> Style {
    own(owner).iter().find(|(n, _)| *n == name).map(|&(_, s)| s).unwrap_or(Style::Wrapper)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The positional arguments of a call of `owner.name`, `min..=max` of them. `unpack`:
/// the wrapper unpacks a tuple (`__pow__`, `__setitem__`: its messages start with a space).
fn args<'a>(owner: &'static TypeObject, name: &str, a: &Args<'a>, min: usize, max: usize, unpack: bool) -> PyResult<&'a [W]> {
    let style = style_of(owner, name);
    let n = a.pos.len();
    if a.has_kw() {
        return Err(type_error(if style == Style::Method {
            format!("{}.{name}() takes no keyword arguments", owner.name)
        } else {
            format!("wrapper {name}() takes no keyword arguments")
        }));
    }
    if n >= min && n <= max {
        return Ok(a.pos);
    }
    let msg = if style == Style::Method {
        match (min, max) {
            (0, 0) => format!("{}.{name}() takes no arguments ({n} given)", owner.name),
            (1, 1) => format!("{}.{name}() takes exactly one argument ({n} given)", owner.name),
            _ if n < min => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
            _ => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
        }
    } else {
        let sp = if unpack { " " } else { "" };
        if min == max {
            format!("{sp}expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{sp}expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{sp}expected at most {max} argument{}, got {n}", plural(max))
        }
    };
    Err(type_error(msg))
}

fn not_impl() -> PyResult<Ref> {
    Ok(Ref::new(not_implemented()))
}

/// An int (or bool) as a plain int (`int.__repr__(True)` is `'1'`).
fn plain_int(w: W) -> Ref {
    if is_small(w) || kind_of(w) == Kind::Int {
        return Ref::borrow(w);
    }
    Ref::int(if w == true_w() { 1 } else { 0 })
}

fn builtin(name: &str, a: &[W]) -> PyResult<Ref> {
    let f = crate::builtins::lookup(name).expect("a builtin function");
    func::call(f.w(), &Args::pos(a))
}

/// The operator of a binary special method: (op code of `ops::binop`, reflected); op 13 is
/// `divmod`.
fn binop_of(name: &str) -> Option<(i32, bool)> {
    const NAMES: [&str; 14] =
        ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "matmul", "divmod"];
    let core = &name[2..name.len() - 2];
    if let Some(i) = NAMES.iter().position(|&n| n == core) {
        return Some((i as i32, false));
    }
    let r = core.strip_prefix('r')?;
    NAMES.iter().position(|&n| n == r).map(|i| (i as i32, true))
}

/// The operator of an in-place special method (`__iadd__` -> 0).
fn inplace_of(name: &str) -> Option<i32> {
    let core = name[2..name.len() - 2].strip_prefix('i')?;
    match binop_of(&format!("__{core}__")) {
        Some((op, false)) => Some(op),
        _ => None,
    }
}

fn cmp_of(name: &str) -> Option<i32> {
    ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].iter().position(|&n| n == name).map(|i| i as i32)
}

fn is_exact(w: W, k: Kind) -> bool {
    !is_small(w) && kind_of(w) == k
}

fn is_bytes_like(w: W) -> bool {
    !is_small(w) && matches!(kind_of(w), Kind::Bytes | Kind::ByteArray)
}

/// Does `owner`'s comparison handle `other` (else NotImplemented)?
fn cmp_accepts(owner: &'static TypeObject, op: i32, other: W) -> bool {
    let eq_only = op == 2 || op == 3;
    match owner.kind {
        Kind::Int | Kind::Bool => int::is_int(other),
        Kind::Float => int::is_int(other) || float::is_float(other),
        Kind::Str => pstr::is_str(other),
        Kind::Bytes => is_exact(other, Kind::Bytes),
        Kind::ByteArray => is_bytes_like(other),
        Kind::List => is_exact(other, Kind::List),
        Kind::Tuple => is_exact(other, Kind::Tuple),
        Kind::Dict => eq_only && is_exact(other, Kind::Dict),
        Kind::Set | Kind::FrozenSet => crate::set::is_set(other),
        Kind::Range => eq_only && is_exact(other, Kind::Range),
        _ => false,
    }
}

/// A binary arithmetic special method of int or float.
fn number_binop(owner: &'static TypeObject, s: W, name: &str, op: i32, refl: bool, a: &Args) -> PyResult<Ref> {
    let p = args(owner, name, a, 1, if op == 6 { 2 } else { 1 }, op == 6)?;
    let o = p[0];
    let modulus = p.get(1).copied().filter(|&m| !is_none(m));
    let is_float = owner.kind == Kind::Float;
    if modulus.is_some() && is_float {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    if !(int::is_int(o) || (is_float && float::is_float(o))) {
        return not_impl();
    }
    let (x, y) = if refl { (o, s) } else { (s, o) };
    if let Some(m) = modulus {
        if !int::is_int(m) {
            return not_impl();
        }
        return int::pow_mod(x, y, m);
    }
    match op {
        13 => builtin("divmod", &[x, y]),
        12 => not_impl(),
        // int's own `&`, `|`, `^` give ints even for two bools (bool's own give bools)
        9..=11 if std::ptr::eq(owner, &INT_TYPE) => {
            let (x, y) = (plain_int(x), plain_int(y));
            ops::binop(op, x.w(), y.w())
        }
        _ if is_float && op > 6 => not_impl(),
        _ => ops::binop(op, x, y),
    }
}

/// A count for sequence repetition (`[1].__mul__(n)`): an int or an object with `__index__`.
fn repeat_count(o: W) -> PyResult<Ref> {
    match ops::index_value(o) {
        Some(r) => r,
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// The special method `name` of builtin class `owner`, called with receiver `s` (an
/// instance of `owner`) and arguments `a`.
pub fn call(owner: &'static TypeObject, s: W, name: &str, a: &Args) -> PyResult<Ref> {
    let k = owner.kind;
    if matches!(k, Kind::Object | Kind::Instance | Kind::Exception) {
        return crate::classes::call_base(s, name, a);
    }
    if name == "__call__" {
        return func::call(s, a);
    }
    if let Some(op) = cmp_of(name) {
        let o = args(owner, name, a, 1, 1, false)?[0];
        if !cmp_accepts(owner, op, o) {
            return not_impl();
        }
        // An instance of a subclass gets the builtin comparison, not its own override again
        // (so do the operations below).
        return ops::compare_builtin(op, s, o).map(Ref::bool);
    }
    if let Some((op, refl)) = binop_of(name) {
        return match k {
            Kind::Int | Kind::Bool | Kind::Float => number_binop(owner, s, name, op, refl, a),
            _ => seq_binop(owner, s, name, op, refl, a),
        };
    }
    if let Some(op) = inplace_of(name) {
        let o = args(owner, name, a, 1, 1, false)?[0];
        return match (k, op) {
            (Kind::List, 0) => ops::inplace_builtin(0, s, o),
            (Kind::ByteArray, 0) if !is_bytes_like(o) => Err(type_error(format!("can't concat {} to bytearray", type_name(o)))),
            (Kind::ByteArray, 0) => ops::inplace_builtin(0, s, o),
            (Kind::List | Kind::ByteArray, 2) => {
                let n = repeat_count(o)?;
                ops::inplace_builtin(2, s, n.w())
            }
            (Kind::Set, _) if !crate::set::is_set(o) => not_impl(),
            (Kind::Dict, 9) | (Kind::Set, _) => ops::inplace_builtin(op, s, o),
            _ => Err(ops::no_attr(s, name)),
        };
    }
    let none = || -> PyResult<()> { args(owner, name, a, 0, 0, false).map(|_| ()) };
    let one = || -> PyResult<W> { args(owner, name, a, 1, 1, false).map(|p| p[0]) };
    let is_float = k == Kind::Float;
    match name {
        "__len__" => {
            none()?;
            Ok(Ref::int(ops::len_builtin(s)? as i64))
        }
        "__contains__" => {
            let x = one()?;
            Ok(Ref::bool(ops::contains_builtin(s, x)?))
        }
        "__getitem__" => {
            let x = one()?;
            ops::getitem_builtin(s, x)
        }
        "__setitem__" => {
            let p = args(owner, name, a, 2, 2, true)?;
            ops::setitem_builtin(s, p[0], p[1])?;
            Ok(Ref::none())
        }
        "__delitem__" => {
            let x = one()?;
            ops::delitem_builtin(s, x)?;
            Ok(Ref::none())
        }
        "__iter__" => {
            none()?;
            ops::iter_builtin(s)
        }
        "__next__" => {
            none()?;
            match ops::next(s)? {
                Some(x) => Ok(x),
                None => Err(exc::raise_args(&exc::STOP_ITERATION, &[])),
            }
        }
        "__reversed__" => {
            none()?;
            crate::iter::reversed(&Args::pos(&[s]))
        }
        "__hash__" => {
            none()?;
            Ok(Ref::int(ops::hash_builtin(s)?))
        }
        "__bool__" => {
            none()?;
            Ok(Ref::bool(ops::truthy_builtin(s)?))
        }
        "__repr__" => {
            none()?;
            if k == Kind::Int {
                return ops::repr(plain_int(s).w());
            }
            Ok(pstr::from_string(ops::repr_builtin(s)?))
        }
        "__str__" => {
            none()?;
            if k == Kind::Str {
                return Ok(pstr::exact(s));
            }
            ops::str_(s)
        }
        "__format__" => {
            let spec = one()?;
            let Some(spec) = pstr::as_str(spec) else {
                return Err(type_error(format!("__format__() argument must be str, not {}", type_name(spec))));
            };
            Ok(pstr::from_string(crate::format::format(s, spec)?))
        }
        "__int__" | "__index__" | "__trunc__" | "__floor__" | "__ceil__" if !is_float => {
            none()?;
            Ok(int::from_big(int::to_big(s)))
        }
        "__int__" | "__trunc__" => {
            none()?;
            int::from_f64(float::val(s))
        }
        "__floor__" => {
            none()?;
            int::from_f64(float::val(s).floor())
        }
        "__ceil__" => {
            none()?;
            int::from_f64(float::val(s).ceil())
        }
        "__float__" => {
            none()?;
            if is_float && !type_of(s).heap {
                return Ok(Ref::borrow(s));
            }
            if is_float { Ok(float::new(float::val(s))) } else { Ok(float::new(int::to_f64(s)?)) }
        }
        "__round__" => {
            let p = args(owner, name, a, 0, 1, false)?;
            if !is_float && p.first().is_some_and(|&n| is_none(n)) {
                return Err(type_error("'NoneType' object cannot be interpreted as an integer"));
            }
            let mut v = vec![s];
            v.extend_from_slice(p);
            builtin("round", &v)
        }
        "__abs__" => {
            none()?;
            builtin("abs", &[s])
        }
        "__neg__" | "__pos__" | "__invert__" => {
            none()?;
            let op = match name {
                "__neg__" => 0,
                "__pos__" => 1,
                _ => 2,
            };
            ops::unaryop(op, s)
        }
        "__getnewargs__" => {
            none()?;
            let v = if k == Kind::Int { plain_int(s) } else { Ref::borrow(s) };
            Ok(crate::tuple::new(&[v.w()]))
        }
        "__bytes__" => {
            none()?;
            Ok(Ref::borrow(s))
        }
        "__init__" => init(s, a),
        _ => Err(ops::no_attr(s, name)),
    }
}

/// A binary special method of a sequence, set or dict (no int or float).
fn seq_binop(owner: &'static TypeObject, s: W, name: &str, op: i32, refl: bool, a: &Args) -> PyResult<Ref> {
    let o = args(owner, name, a, 1, 1, false)?[0];
    let k = owner.kind;
    match (k, op) {
        // sq_concat: the wrong type is an error, not NotImplemented
        (Kind::Str, 0) if !pstr::is_str(o) => Err(pstr::concat_err(o)),
        (Kind::List | Kind::Tuple, 0) if !is_exact(o, k) => {
            Err(type_error(format!("can only concatenate {} (not \"{}\") to {}", owner.name, type_name(o), owner.name)))
        }
        (Kind::Bytes | Kind::ByteArray, 0) if !is_bytes_like(o) => Err(type_error(format!("can't concat {} to {}", type_name(o), owner.name))),
        (_, 0) => ops::binop_builtin(0, s, o),
        // sq_repeat, both ways
        (_, 2) => {
            let n = repeat_count(o)?;
            ops::binop_builtin(2, s, n.w())
        }
        // str % args; the reflected form only formats a str on the left
        (Kind::Str | Kind::Bytes | Kind::ByteArray, 5) => {
            if !refl {
                return ops::binop(5, s, o);
            }
            let left_ok = match k {
                Kind::Str => pstr::is_str(o),
                Kind::Bytes => is_exact(o, Kind::Bytes),
                _ => is_exact(o, Kind::ByteArray),
            };
            if left_ok { ops::binop(5, o, s) } else { not_impl() }
        }
        (Kind::Set | Kind::FrozenSet, 1 | 9 | 10 | 11) if crate::set::is_set(o) => {
            if refl {
                ops::binop(op, o, s)
            } else {
                ops::binop(op, s, o)
            }
        }
        (Kind::Dict, 9) if crate::dict::is_dict(o) => {
            if refl {
                ops::binop_builtin(9, o, s)
            } else {
                ops::binop_builtin(9, s, o)
            }
        }
        _ => not_impl(),
    }
}

/// `list.__init__`, `set.__init__` (cleared, then filled), `dict.__init__` (updated), none
/// calling a subclass's overrides (the only builtin types with an `__init__` of their own).
fn init(s: W, a: &Args) -> PyResult<Ref> {
    crate::classes::builtin_init(s, a)?;
    Ok(Ref::none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: PyResult<Ref>) -> String {
        ops::repr_string(x.unwrap().w()).unwrap()
    }
    fn err(x: PyResult<Ref>) -> String {
        assert!(x.is_err());
        let e = exc::fetch();
        let s = crate::traceback::format_exception_only(e);
        decref(e);
        s
    }
    fn m(w: W, name: &str, a: &[W]) -> PyResult<Ref> {
        let n = pstr::new(name);
        let f = ops::getattr(w, n.w())?;
        func::call(f.w(), &Args::pos(a))
    }

    /// Expected values from CPython 3.11.
    #[test]
    fn dunders_match_cpython() {
        let s = |x: &str| pstr::new(x);
        let l = crate::list::new(&[mk_small(1)]);
        assert_eq!(r(m(l.w(), "__len__", &[])), "1");
        assert_eq!(r(m(mk_small(3), "__add__", &[mk_small(4)])), "7");
        assert_eq!(r(m(mk_small(3), "__add__", &[s("x").w()])), "NotImplemented");
        assert_eq!(r(m(mk_small(3), "__add__", &[float::new(1.5).w()])), "NotImplemented");
        assert_eq!(r(m(float::new(1.5).w(), "__radd__", &[mk_small(3)])), "4.5");
        assert_eq!(r(m(mk_small(3), "__rsub__", &[mk_small(10)])), "7");
        assert_eq!(r(m(true_w(), "__and__", &[mk_small(1)])), "1");
        assert_eq!(r(m(true_w(), "__xor__", &[true_w()])), "False");
        assert_eq!(r(m(mk_small(2), "__pow__", &[mk_small(3), mk_small(5)])), "3");
        assert_eq!(r(m(mk_small(3), "__eq__", &[float::new(3.0).w()])), "NotImplemented");
        assert_eq!(r(m(float::new(3.0).w(), "__eq__", &[mk_small(3)])), "True");
        assert_eq!(r(m(none(), "__eq__", &[mk_small(1)])), "NotImplemented");
        assert_eq!(r(m(none(), "__ne__", &[none()])), "False");
        assert_eq!(r(m(s("%d").w(), "__mod__", &[mk_small(3)])), "'3'");
        assert_eq!(r(m(s("a").w(), "__rmod__", &[mk_small(3)])), "NotImplemented");
        assert_eq!(err(m(s("a").w(), "__add__", &[mk_small(1)])), "TypeError: can only concatenate str (not \"int\") to str");
        assert_eq!(err(m(l.w(), "__mul__", &[s("x").w()])), "TypeError: 'str' object cannot be interpreted as an integer");
        assert_eq!(err(m(mk_small(3), "__add__", &[])), "TypeError: expected 1 argument, got 0");
        assert_eq!(err(m(mk_small(3), "__pow__", &[])), "TypeError:  expected at least 1 argument, got 0");
        assert_eq!(r(m(mk_small(7), "__divmod__", &[mk_small(2)])), "(3, 1)");
        assert_eq!(r(m(float::new(7.5).w(), "__floor__", &[])), "7");
        assert_eq!(r(m(mk_small(3), "__format__", &[s("05d").w()])), "'00003'");
        assert!(is_none(ops::getattr(l.w(), s("__hash__").w()).unwrap().w()));
        // through the type
        let add = ops::getattr(INT_TYPE.word(), s("__add__").w()).unwrap();
        assert_eq!(ops::repr_string(add.w()).unwrap(), "<slot wrapper '__add__' of 'int' objects>");
        assert_eq!(r(func::call(add.w(), &Args::pos(&[mk_small(3), mk_small(4)]))), "7");
        assert_eq!(r(func::call(add.w(), &Args::pos(&[true_w(), mk_small(3)]))), "4");
        assert_eq!(
            err(func::call(add.w(), &Args::pos(&[s("x").w(), mk_small(3)]))),
            "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"
        );
        let and = ops::getattr(INT_TYPE.word(), s("__and__").w()).unwrap();
        assert_eq!(r(func::call(and.w(), &Args::pos(&[true_w(), true_w()]))), "1");
        let ne = ops::getattr(OBJECT_TYPE.word(), s("__ne__").w()).unwrap();
        assert_eq!(r(func::call(ne.w(), &Args::pos(&[mk_small(3), mk_small(4)]))), "True");
        let eq = ops::getattr(OBJECT_TYPE.word(), s("__eq__").w()).unwrap();
        assert_eq!(r(func::call(eq.w(), &Args::pos(&[mk_small(3), mk_small(4)]))), "NotImplemented");
        let fmt = ops::getattr(LIST_TYPE.word(), s("__getitem__").w()).unwrap();
        assert_eq!(ops::repr_string(fmt.w()).unwrap(), "<method '__getitem__' of 'list' objects>");
        let lh = ops::getattr(LIST_TYPE.word(), s("__hash__").w()).unwrap();
        assert!(is_none(lh.w()));
        let bl = ops::getattr(l.w(), s("__len__").w()).unwrap();
        assert!(ops::repr_string(bl.w()).unwrap().starts_with("<method-wrapper '__len__' of list object at 0x"));
    }
}
