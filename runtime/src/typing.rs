//! The `typing` module: annotations' vocabulary, which never changes behaviour.
//!
//! Bare names (`List`, `Optional`, `Any`...) are `_SpecialForm` objects with a `_name` and
//! the runtime class they stand for (`__origin__`, None when there is none); subscripting
//! one gives a `_GenericAlias` with `__args__`, whose repr is CPython's (`typing.List[int]`,
//! `typing.Optional[int]`, `typing.Callable[[int], str]`). `Generic` and `Protocol` are
//! ordinary classes; `Generic[T]` (through `__class_getitem__`) is an alias that a class
//! statement replaces by its origin, as CPython's `__mro_entries__` does.

use crate::exceptions::{self as exc, type_error};
use crate::func::{self, Args};
use crate::native::{self, get, instance};
use crate::object::*;
use crate::{classes, dict, ops, str as pstr, tuple, typing_classes};
use std::sync::OnceLock;

pub(crate) struct Types {
    special: W,
    pub alias: W,
    pub generic: W,
    protocol: W,
    /// The `__init__` of protocol classes (CPython's `_no_init_or_replace_init`).
    no_init: W,
    /// The `NamedTuple` and `TypedDict` functions, which as class bases make those classes
    /// (`typing_classes.rs`).
    pub namedtuple: W,
    pub typeddict: W,
    /// `ForwardRef`: an annotation given as text.
    forwardref: W,
}

static TYPES: OnceLock<Option<Types>> = OnceLock::new();

pub(crate) fn typing_types() -> PyResult<&'static Types> {
    types()
}

fn types() -> PyResult<&'static Types> {
    match TYPES.get_or_init(|| make_types().ok()) {
        Some(t) => Ok(t),
        None => Err(exc::runtime_error("the typing module could not be initialised")),
    }
}

fn alias_methods() -> Vec<(&'static str, Ref)> {
    vec![
        ("__repr__", native::method("__repr__", alias_repr, none())),
        ("__getitem__", native::method("__getitem__", alias_getitem, none())),
        ("__call__", native::method("__call__", alias_call, none())),
        ("__eq__", native::method("__eq__", alias_eq, none())),
        ("__hash__", native::method("__hash__", alias_hash, none())),
    ]
}

fn make_types() -> PyResult<Types> {
    let special = native::class("_SpecialForm", "typing", &[], alias_methods())?;
    let alias = native::class("_GenericAlias", "typing", &[], alias_methods())?;
    let generic = native::class("Generic", "typing", &[], vec![("__class_getitem__", native::method("__class_getitem__", class_getitem, none()))])?;
    let protocol = native::class(
        "Protocol",
        "typing",
        &[generic.w()],
        vec![("_is_protocol", Ref::bool(true)), ("__init_subclass__", native::method("__init_subclass__", protocol_init_subclass, none()))],
    )?;
    let no_init = native::method("_no_init_or_replace_init", no_init_or_replace_init, none());
    let namedtuple = func::new_builtin("NamedTuple", typing_classes::namedtuple_fn);
    let typeddict = func::new_builtin("TypedDict", typing_classes::typeddict_fn);
    let forwardref = native::class(
        "ForwardRef",
        "typing",
        &[],
        vec![
            ("__init__", native::method("__init__", forwardref_init, none())),
            ("__repr__", native::method("__repr__", forwardref_repr, none())),
            ("__eq__", native::method("__eq__", forwardref_eq, none())),
            ("__hash__", native::method("__hash__", forwardref_hash, none())),
        ],
    )?;
    Ok(Types {
        special: special.into_w(),
        alias: alias.into_w(),
        generic: generic.into_w(),
        protocol: protocol.into_w(),
        no_init: no_init.into_w(),
        namedtuple: namedtuple.into_w(),
        typeddict: typeddict.into_w(),
        forwardref: forwardref.into_w(),
    })
}

/// The special forms: name and origin (a builtin type's name, or "" for none).
const FORMS: [(&str, &str); 50] = [
    ("Any", ""), ("Optional", ""), ("Union", ""), ("List", "list"), ("Dict", "dict"),
    ("Set", "set"), ("FrozenSet", "frozenset"), ("Tuple", "tuple"), ("Type", "type"),
    ("Callable", ""), ("Iterable", ""), ("Iterator", ""), ("Generator", ""), ("Sequence", ""),
    ("Mapping", ""), ("MutableMapping", ""), ("ClassVar", ""), ("Final", ""), ("Literal", ""),
    ("NoReturn", ""), ("Hashable", ""), ("Sized", ""), ("Collection", ""), ("Reversible", ""),
    ("AbstractSet", ""), ("Container", ""), ("MutableSequence", ""), ("MutableSet", ""),
    ("Awaitable", ""), ("Coroutine", ""), ("AsyncIterable", ""), ("AsyncIterator", ""),
    ("AsyncGenerator", ""), ("KeysView", ""), ("ValuesView", ""), ("ItemsView", ""),
    ("ContextManager", ""), ("AsyncContextManager", ""), ("DefaultDict", ""), ("Deque", ""),
    ("Counter", ""), ("OrderedDict", ""), ("ChainMap", ""), ("Never", ""), ("Self", ""),
    ("TypeAlias", ""), ("TypeGuard", ""), ("Required", ""), ("NotRequired", ""),
    ("LiteralString", ""),
];

/// The module's attributes.
pub fn attrs() -> Vec<(&'static str, Ref)> {
    let Ok(t) = types() else { return Vec::new() };
    let mut v = Vec::new();
    for (name, origin) in FORMS {
        let origin = if origin.is_empty() { Ref::none() } else { crate::builtins::lookup(origin).unwrap_or_else(Ref::none) };
        let n = pstr::new(name);
        if let Ok(f) = instance(t.special, &[("_name", n.w()), ("__origin__", origin.w())]) {
            v.push((name, f));
        }
    }
    let typevar = native::class(
        "TypeVar",
        "typing",
        &[],
        vec![("__init__", native::method("__init__", typevar_init, none())), ("__repr__", native::method("__repr__", typevar_repr, none()))],
    );
    let Ok(typevar) = typevar else { return v };
    let (bytes, str_) = (crate::builtins::lookup("bytes").unwrap_or_else(Ref::none), crate::builtins::lookup("str").unwrap_or_else(Ref::none));
    if let Ok(any_str) = func::call(typevar.w(), &Args::pos(&[pstr::new("AnyStr").w(), bytes.w(), str_.w()])) {
        v.push(("AnyStr", any_str));
    }
    v.extend([
        ("NamedTuple", Ref::borrow(t.namedtuple)),
        ("ForwardRef", Ref::borrow(t.forwardref)),
        ("TypedDict", Ref::borrow(t.typeddict)),
        ("is_typeddict", func::new_builtin("is_typeddict", typing_classes::is_typeddict_fn)),
        ("Generic", Ref::borrow(t.generic)),
        ("Protocol", Ref::borrow(t.protocol)),
        ("TypeVar", typevar),
        ("TYPE_CHECKING", Ref::bool(false)),
        ("Text", crate::builtins::lookup("str").unwrap_or_else(Ref::none)),
        ("runtime_checkable", func::new_builtin("runtime_checkable", runtime_checkable)),
        ("no_type_check", func::new_builtin("no_type_check", identity)),
        ("cast", func::new_builtin("cast", cast)),
        ("overload", func::new_builtin("overload", overload)),
        ("final", func::new_builtin("final", final_)),
    ]);
    v
}

/// The `_name` of a typing alias or special form (None for other objects).
pub fn alias_name(w: W) -> Option<String> {
    let t = types().ok()?;
    let ty = type_of(w).word();
    if ty != t.special && ty != t.alias {
        return None;
    }
    let n = get(w, "_name").ok()?;
    pstr::as_str(n.w()).map(String::from)
}

/// The class a class statement makes (`rt_class_new`), `kw` its keyword arguments:
/// `NamedTuple` or `TypedDict` (or a TypedDict class) among the bases make those classes;
/// otherwise typing aliases among the bases are replaced by their origin class
/// (`Generic[T]` -> `Generic`), as `__mro_entries__` does, and the class is an ordinary one.
pub fn build_class(name: &str, bases: W, ns: W, kw: &[(Ref, Ref)]) -> PyResult<Ref> {
    if let Some(Some(t)) = TYPES.get()
        && bases != 0
        && tuple::is_tuple(bases)
    {
        let items = tuple::items(bases);
        if items.contains(&t.namedtuple) {
            return typing_classes::namedtuple_class(name, bases, ns, kw);
        }
        if items.iter().any(|&b| b == t.typeddict || typing_classes::is_typeddict(b)) {
            if items.contains(&t.typeddict) {
                native::set_item(ns, "__orig_bases__", bases)?;
            }
            return typing_classes::typeddict_class(name, items, ns, kw);
        }
    }
    match mro_entries(bases)? {
        Some(b) => {
            // As `__build_class__` does when `__mro_entries__` changed the bases.
            if ns != 0 && dict::is_dict(ns) {
                native::set_item(ns, "__orig_bases__", bases)?;
            }
            classes::new_class_kw(name, b.w(), ns, kw)
        }
        None => classes::new_class_kw(name, bases, ns, kw),
    }
}

/// A class statement's bases with typing aliases replaced by their origin class
/// (`Generic[T]` -> `Generic`), as `__mro_entries__` does; None when nothing changes.
fn mro_entries(bases: W) -> PyResult<Option<Ref>> {
    if bases == 0 || !tuple::is_tuple(bases) || TYPES.get().is_none() {
        return Ok(None);
    }
    let t = types()?;
    let items = tuple::items(bases);
    if !items.iter().any(|&b| type_of(b).word() == t.alias) {
        return Ok(None);
    }
    let mut out: Vec<W> = Vec::new();
    for &b in items {
        let b = if type_of(b).word() == t.alias { get(b, "__origin__")?.w() } else { b };
        if !out.contains(&b) {
            out.push(b);
        }
    }
    Ok(Some(tuple::new(&out)))
}

fn identity(a: &Args) -> PyResult<Ref> {
    a.exactly_one("no_type_check")?;
    Ok(Ref::borrow(a.pos[0]))
}

fn cast(a: &Args) -> PyResult<Ref> {
    a.no_kw("cast")?;
    match a.pos {
        [_, v] => Ok(Ref::borrow(*v)),
        _ => Err(type_error(format!("cast() takes 2 positional arguments but {} were given", a.pos.len()))),
    }
}

fn overload(a: &Args) -> PyResult<Ref> {
    a.exactly_one("overload")?;
    Ok(func::new_builtin("_overload_dummy", overload_dummy))
}

fn overload_dummy(_a: &Args) -> PyResult<Ref> {
    Err(exc::raise_new(
        &exc::NOT_IMPLEMENTED_ERROR,
        "You should not call an overloaded function. A series of @typing.overload-decorated functions outside a stub module should always be followed by an implementation that is not @typing.overload-decorated.",
    ))
}

fn final_(a: &Args) -> PyResult<Ref> {
    a.exactly_one("final")?;
    let f = a.pos[0];
    let n = pstr::new("__final__");
    if ops::setattr(f, n.w(), true_w()).is_err() {
        exc::clear();
    }
    Ok(Ref::borrow(f))
}

// ---- Protocol

/// `Protocol.__init_subclass__`: a class listing `Protocol` among its bases is a protocol;
/// its subclasses that do not are ordinary classes.
fn protocol_init_subclass(a: &Args) -> PyResult<Ref> {
    let [_, cls, ..] = a.pos else { return Err(type_error("__init_subclass__ expects the class")) };
    let Some(t) = heap_class(*cls) else { return Ok(Ref::none()) };
    if dict::get_str(classes::heap(t).dict, "_is_protocol").is_none_or(|v| v != true_w()) {
        let protocol = types()?.protocol;
        let is_protocol = tuple::items(classes::heap(t).bases).contains(&protocol);
        let n = pstr::new("_is_protocol");
        ops::setattr(*cls, n.w(), bool_w(is_protocol))?;
    }
    if !class_flag(t, "_is_protocol") {
        return Ok(Ref::none());
    }
    for &b in tuple::items(classes::heap(t).bases) {
        let allowed = b == OBJECT_TYPE.word() || b == types()?.generic || heap_class(b).is_some_and(|bt| class_flag(bt, "_is_protocol"));
        if !allowed {
            return Err(type_error(format!("Protocols can only inherit from other protocols, got {}", ops::repr_string(b)?)));
        }
    }
    // Unless the protocol defines `__init__` itself, instantiating it fails.
    let no_init = types()?.no_init;
    if classes::lookup(t, "__init__").is_none_or(|f| f == no_init) {
        let n = pstr::new("__init__");
        ops::setattr(*cls, n.w(), no_init)?;
    }
    Ok(Ref::none())
}

/// A protocol's `__init__`: protocols cannot be instantiated; a concrete subclass gets the
/// first real `__init__` along its MRO (and keeps it for later instances).
fn no_init_or_replace_init(a: &Args) -> PyResult<Ref> {
    let [_, self_, rest @ ..] = a.pos else { return Err(type_error("__init__ expects self")) };
    let t = type_of(*self_);
    let own_flag = t.heap && dict::get_str(classes::heap(t).dict, "_is_protocol").is_some_and(|v| v == true_w());
    if own_flag {
        return Err(type_error("Protocols cannot be instantiated"));
    }
    let no_init = types()?.no_init;
    let init = classes::mro(t).iter().filter(|b| b.heap).find_map(|b| dict::get_str(classes::heap(b).dict, "__init__").filter(|&f| f != no_init));
    match init {
        Some(f) => {
            let n = pstr::new("__init__");
            ops::setattr(t.word(), n.w(), f)?;
            classes::call_with_self(f, *self_, &Args { pos: rest, ..*a })
        }
        None if !rest.is_empty() || a.has_kw() => Err(type_error(format!("{}() takes no arguments", t.name))),
        None => Ok(Ref::none()),
    }
}

fn heap_class(w: W) -> Option<&'static TypeObject> {
    (!is_small(w) && kind_of(w) == Kind::Type && unsafe { obj::<TypeObject>(w) }.heap).then(|| unsafe { obj::<TypeObject>(w) })
}

fn class_flag(t: &'static TypeObject, name: &str) -> bool {
    classes::lookup(t, name).is_some_and(|v| v == true_w())
}

fn runtime_checkable(a: &Args) -> PyResult<Ref> {
    a.exactly_one("runtime_checkable")?;
    let cls = a.pos[0];
    match heap_class(cls) {
        Some(t) if class_flag(t, "_is_protocol") => {
            let n = pstr::new("_is_runtime_protocol");
            ops::setattr(cls, n.w(), true_w())?;
            Ok(Ref::borrow(cls))
        }
        _ => Err(type_error(format!("@runtime_checkable can be only applied to protocol classes, got {}", ops::repr_string(cls)?))),
    }
}

/// Names that are never protocol members (typing's EXCLUDED_ATTRIBUTES, and `__qualname__`,
/// which our class dicts keep).
const EXCLUDED: [&str; 18] = [
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__abstractmethods__",
    "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
    "__weakref__", "__class_getitem__", "_MutableMapping__marker", "__qualname__",
];

/// The members of protocol `t`: what its classes (below `Protocol` and `Generic`) define or annotate.
fn protocol_attrs(t: &'static TypeObject) -> Vec<W> {
    let mut attrs: Vec<W> = Vec::new();
    for b in classes::mro(t).iter().filter(|b| b.heap) {
        let h = classes::heap(b);
        if b.name == "Protocol" || b.name == "Generic" {
            continue;
        }
        let mut names: Vec<W> = dict::table(h.dict).iter().map(|e| e.key).collect();
        if let Some(ann) = dict::get_str(h.dict, "__annotations__").filter(|&d| dict::is_dict(d)) {
            names.extend(dict::table(ann).iter().map(|e| e.key));
        }
        for n in names {
            let s = pstr::s(n);
            if !s.starts_with("_abc_") && !EXCLUDED.contains(&s) && !attrs.iter().any(|&a| pstr::s(a) == s) {
                attrs.push(n);
            }
        }
    }
    attrs
}

fn check_runtime(t: &'static TypeObject) -> PyResult<()> {
    if class_flag(t, "_is_runtime_protocol") {
        Ok(())
    } else {
        Err(type_error("Instance and class checks can only be used with @runtime_checkable protocols"))
    }
}

const TYPEDDICT_CHECK: &str = "TypedDict does not support instance and class checks";

/// `isinstance(x, cls)` when `cls` is a protocol (None otherwise): the nominal check, then
/// the structural one (every member present; methods not blocked by None). A TypedDict class
/// refuses the check.
pub fn protocol_instancecheck(x: W, cls: W) -> Option<PyResult<bool>> {
    if typing_classes::is_typeddict(cls) {
        return Some(Err(type_error(TYPEDDICT_CHECK)));
    }
    let t = heap_class(cls).filter(|t| class_flag(t, "_is_protocol"))?;
    Some(check_runtime(t).map(|_| {
        let attrs = protocol_attrs(t);
        let callable_only = attrs.iter().all(|&n| classes::lookup(t, pstr::s(n)).is_some_and(func::is_callable));
        if callable_only && ops::isinstance(x, t) {
            return true;
        }
        attrs.into_iter().all(|n| match ops::getattr(x, n) {
            Ok(v) => !(classes::lookup(t, pstr::s(n)).is_some_and(func::is_callable) && is_none(v.w())),
            Err(_) => {
                exc::clear();
                false
            }
        })
    }))
}

/// `issubclass(c, cls)` when `cls` is a protocol (None otherwise); a TypedDict class refuses
/// the check.
pub fn protocol_subclasscheck(c: &'static TypeObject, cls: W) -> Option<PyResult<bool>> {
    if typing_classes::is_typeddict(cls) {
        return Some(Err(type_error(TYPEDDICT_CHECK)));
    }
    let t = heap_class(cls).filter(|t| class_flag(t, "_is_protocol"))?;
    Some(check_runtime(t).and_then(|_| {
        let attrs = protocol_attrs(t);
        if !attrs.iter().all(|&n| classes::lookup(t, pstr::s(n)).is_some_and(func::is_callable)) {
            return Err(type_error("Protocols with non-method members don't support issubclass()"));
        }
        if c.is_subtype(t) {
            return Ok(true);
        }
        // The first class along `c`'s MRO that defines the member must not set it to None.
        let defines = |n: W| {
            let name = pstr::s(n);
            classes::mro_vec(c).iter().find_map(|b| {
                if b.heap {
                    dict::get_str(classes::heap(b).dict, name).map(|v| !is_none(v))
                } else {
                    let found = ops::getattr(b.word(), n).is_ok();
                    exc::clear();
                    found.then_some(true)
                }
            })
        };
        Ok(attrs.iter().all(|&n| defines(n) == Some(true)))
    }))
}

// ---- ForwardRef

fn forwardref_init(a: &Args) -> PyResult<Ref> {
    a.check_kw("ForwardRef", &["arg", "is_argument", "module", "is_class"])?;
    let [_, self_, rest @ ..] = a.pos else { return Err(type_error("__init__ expects self")) };
    if rest.len() > 3 {
        return Err(type_error(format!("ForwardRef.__init__() takes from 2 to 4 positional arguments but {} were given", rest.len() + 1)));
    }
    let param = |i: usize, k: &str, default: W| rest.get(i).copied().or(a.kw(k)).unwrap_or(default);
    let Some(arg) = rest.first().copied().or(a.kw("arg")) else { return Err(type_error("ForwardRef.__init__() missing 1 required positional argument: 'arg'")) };
    if pstr::as_str(arg).is_none() {
        return Err(type_error(format!("Forward reference must be a string -- got {}", ops::repr_string(arg)?)));
    }
    let attrs = [
        ("__forward_arg__", arg),
        ("__forward_evaluated__", bool_w(false)),
        ("__forward_value__", none()),
        ("__forward_is_argument__", param(1, "is_argument", true_w())),
        ("__forward_is_class__", a.kw("is_class").unwrap_or(bool_w(false))),
        ("__forward_module__", param(2, "module", none())),
    ];
    for (k, v) in attrs {
        let n = pstr::new(k);
        ops::setattr(*self_, n.w(), v)?;
    }
    Ok(Ref::none())
}

fn forwardref_repr(a: &Args) -> PyResult<Ref> {
    let [_, self_] = a.pos else { return Err(type_error("__repr__() takes no arguments")) };
    let arg = get(*self_, "__forward_arg__")?;
    let module = get(*self_, "__forward_module__")?;
    let module = if is_none(module.w()) { String::new() } else { format!(", module={}", ops::repr_string(module.w())?) };
    Ok(pstr::from_string(format!("ForwardRef({}{module})", ops::repr_string(arg.w())?)))
}

fn forwardref_key(w: W) -> PyResult<Ref> {
    Ok(tuple::from_vec(vec![get(w, "__forward_arg__")?, get(w, "__forward_module__")?]))
}

fn forwardref_eq(a: &Args) -> PyResult<Ref> {
    let [_, self_, other] = a.pos else { return Err(type_error("__eq__ expects one argument")) };
    if !ops::isinstance(*other, type_of(*self_)) {
        return Ok(Ref::borrow(not_implemented()));
    }
    Ok(Ref::bool(ops::eq(forwardref_key(*self_)?.w(), forwardref_key(*other)?.w())?))
}

fn forwardref_hash(a: &Args) -> PyResult<Ref> {
    let [_, self_] = a.pos else { return Err(type_error("__hash__ expects no arguments")) };
    Ok(Ref::int(ops::hash(forwardref_key(*self_)?.w())?))
}

/// An annotation as typing's `_type_convert` keeps it: text becomes a `ForwardRef` (of
/// `module`, None for none), anything else stays.
pub fn type_convert(arg: W, module: W) -> PyResult<Ref> {
    if pstr::as_str(arg).is_none() {
        return Ok(Ref::borrow(arg));
    }
    let kwnames = [pstr::new("module")];
    let names: Vec<W> = kwnames.iter().map(Ref::w).collect();
    let kwtuple = tuple::new(&names);
    func::call(types()?.forwardref, &Args { pos: &[arg], kwnames: &names, kwvals: &[module], kwtuple: kwtuple.w() })
}

// ---- TypeVar

fn typevar_init(a: &Args) -> PyResult<Ref> {
    a.check_kw("TypeVar", &["bound", "covariant", "contravariant"])?;
    let [_, self_, name, constraints @ ..] = a.pos else { return Err(type_error("TypeVar() missing required argument 'name' (pos 1)")) };
    if pstr::as_str(*name).is_none() {
        return Err(type_error("TypeVar() argument 'name' must be str"));
    }
    if constraints.len() == 1 {
        return Err(type_error("A single constraint is not allowed"));
    }
    let co = a.kw("covariant").map(ops::truthy).transpose()?.unwrap_or(false);
    let contra = a.kw("contravariant").map(ops::truthy).transpose()?.unwrap_or(false);
    if co && contra {
        return Err(exc::value_error("Bivariant types are not supported."));
    }
    let cons = tuple::new(constraints);
    for (k, v) in [("__name__", *name), ("__bound__", a.kw("bound").unwrap_or(none())), ("__constraints__", cons.w()), ("__covariant__", bool_w(co)), ("__contravariant__", bool_w(contra))] {
        let n = pstr::new(k);
        ops::setattr(*self_, n.w(), v)?;
    }
    Ok(Ref::none())
}

fn typevar_repr(a: &Args) -> PyResult<Ref> {
    let [_, self_] = a.pos else { return Err(type_error("__repr__() takes no arguments")) };
    let prefix = if ops::truthy(get(*self_, "__covariant__")?.w())? {
        "+"
    } else if ops::truthy(get(*self_, "__contravariant__")?.w())? {
        "-"
    } else {
        "~"
    };
    let name = get(*self_, "__name__")?;
    Ok(pstr::from_string(format!("{prefix}{}", pstr::s(name.w()))))
}

// ---- aliases

fn new_alias(name: W, origin: W, args: Vec<W>) -> PyResult<Ref> {
    let args = tuple::new(&args);
    instance(types()?.alias, &[("_name", name), ("__origin__", origin), ("__args__", args.w())])
}

/// `Generic[T]`, `Box[int]`: an alias of the class.
fn class_getitem(a: &Args) -> PyResult<Ref> {
    let [_, cls, item] = a.pos else { return Err(type_error("__class_getitem__ expects one argument")) };
    let args = params(*item);
    if *cls == types()?.generic && args.iter().any(|&x| type_of(x).word() != types().map(|t| t.alias).unwrap_or(0) && !is_typevar(x)) {
        return Err(type_error("Parameters to Generic[...] must all be type variables or parameter specification variables."));
    }
    new_alias(none(), *cls, args)
}

fn is_typevar(w: W) -> bool {
    type_of(w).heap && classes::heap(type_of(w)).qualname == "TypeVar" && classes::heap(type_of(w)).module == "typing"
}

/// The parameters of a subscription: the items of a tuple, else the one value.
fn params(item: W) -> Vec<W> {
    if tuple::is_tuple(item) { tuple::items(item).to_vec() } else { vec![item] }
}

/// `None` in an annotation means `type(None)`.
fn type_arg(w: W) -> W {
    if is_none(w) { NONE_TYPE.word() } else { w }
}

fn alias_getitem(a: &Args) -> PyResult<Ref> {
    let [_, self_, item] = a.pos else { return Err(type_error("__getitem__ expects one argument")) };
    if type_of(*self_).word() != types()?.special {
        return Err(type_error(format!("{} is not a generic class", ops::repr_string(*self_)?)));
    }
    let name_w = get(*self_, "_name")?;
    let name = pstr::s(name_w.w());
    let origin = get(*self_, "__origin__")?;
    let mut args = params(*item);
    match name {
        "Any" | "NoReturn" => return Err(type_error(format!("typing.{name} is not subscriptable"))),
        "Optional" => {
            if args.len() != 1 {
                return Err(type_error(format!("typing.Optional requires a single type. Got {}.", ops::repr_string(*item)?)));
            }
            return union(vec![args[0], none()]);
        }
        "Union" => return union(args),
        "ClassVar" | "Final" if args.len() != 1 => return Err(type_error(format!("typing.{name} accepts only single type. Got {}.", ops::repr_string(*item)?))),
        // Callable[[a, b], r] keeps its arguments flat: (a, b, r).
        "Callable" => {
            if let [ps, r] = args[..] {
                args = if crate::list::is_list(ps) { crate::list::items(ps).iter().copied().chain([r]).collect() } else { vec![ps, r] };
            } else {
                return Err(type_error("Callable must be used as Callable[[arg, ...], result]."));
            }
        }
        _ => {}
    }
    if name != "Literal" {
        args = args.into_iter().map(type_arg).collect();
    }
    new_alias(name_w.w(), origin.w(), args)
}

/// `Union[...]`: nested unions flattened, duplicates dropped, one member stands alone.
fn union(args: Vec<W>) -> PyResult<Ref> {
    let mut members: Vec<W> = Vec::new();
    for a in args {
        let inner = if alias_name(a).as_deref() == Some("Union") && type_of(a).word() == types()?.alias {
            tuple::items(get(a, "__args__")?.w()).to_vec()
        } else {
            vec![type_arg(a)]
        };
        for m in inner {
            if !members.contains(&m) {
                members.push(m);
            }
        }
    }
    if let [one] = members[..] {
        return Ok(Ref::borrow(one));
    }
    let name = pstr::new("Union");
    new_alias(name.w(), none(), members)
}

/// CPython's `typing._type_repr`.
pub fn type_repr(w: W) -> PyResult<String> {
    if w == ellipsis() {
        return Ok("...".into());
    }
    if !is_small(w) && kind_of(w) == Kind::Type {
        let t = unsafe { obj::<TypeObject>(w) };
        if !t.heap {
            return Ok(t.name.to_string());
        }
        let h = classes::heap(t);
        return Ok(if h.module == "builtins" { h.qualname.clone() } else { format!("{}.{}", h.module, h.qualname) });
    }
    if !is_small(w) && kind_of(w) == Kind::Function {
        return Ok(pstr::s(get(w, "__name__")?.w()).to_string());
    }
    if pstr::as_str(w).is_some() {
        return Ok(format!("ForwardRef({})", ops::repr_string(w)?));
    }
    ops::repr_string(w)
}

fn alias_repr(a: &Args) -> PyResult<Ref> {
    let [_, self_] = a.pos else { return Err(type_error("__repr__() takes no arguments")) };
    let name_w = get(*self_, "_name")?;
    let head = match pstr::as_str(name_w.w()) {
        Some(n) => format!("typing.{n}"),
        None => type_repr(get(*self_, "__origin__")?.w())?,
    };
    if type_of(*self_).word() == types()?.special {
        return Ok(pstr::from_string(head));
    }
    let args_w = get(*self_, "__args__")?;
    let args = tuple::items(args_w.w());
    let name = pstr::as_str(name_w.w()).unwrap_or("");
    let each = |ws: &[W]| -> PyResult<String> {
        let parts: Vec<String> = ws.iter().map(|&x| if name == "Literal" { ops::repr_string(x) } else { type_repr(x) }).collect::<PyResult<_>>()?;
        Ok(parts.join(", "))
    };
    let text = match (name, args) {
        ("Union", [x, n]) | ("Union", [n, x]) if *n == NONE_TYPE.word() => format!("typing.Optional[{}]", type_repr(*x)?),
        ("Callable", [first, r]) if *first == ellipsis() => format!("{head}[..., {}]", type_repr(*r)?),
        ("Callable", [ps @ .., r]) => format!("{head}[[{}], {}]", each(ps)?, type_repr(*r)?),
        (_, []) => format!("{head}[()]"),
        _ => format!("{head}[{}]", each(args)?),
    };
    Ok(pstr::from_string(text))
}

fn alias_call(a: &Args) -> PyResult<Ref> {
    let [_, self_, rest @ ..] = a.pos else { return Err(type_error("__call__ expects self")) };
    let origin = get(*self_, "__origin__")?;
    let is_class = !is_small(origin.w()) && kind_of(origin.w()) == Kind::Type;
    // Only aliases of user generic classes (no `_name`) can be instantiated.
    match alias_name(*self_) {
        _ if !is_class => Err(type_error(format!("Cannot instantiate {}", ops::repr_string(*self_)?))),
        Some(n) => Err(type_error(format!("Type {n} cannot be instantiated; use {}() instead", type_repr(origin.w())?.to_lowercase()))),
        None => func::call(origin.w(), &Args { pos: rest, ..*a }),
    }
}

/// The identity of an alias: (name, origin, args), a union's args as a frozenset.
fn key(w: W) -> PyResult<Ref> {
    let mut args = if type_of(w).word() == types()?.alias { get(w, "__args__")? } else { Ref::none() };
    // A union's members are unordered.
    if alias_name(w).as_deref() == Some("Union") && !is_none(args.w()) {
        args = crate::set::from_iter(args.w(), true)?;
    }
    Ok(tuple::from_vec(vec![get(w, "_name")?, get(w, "__origin__")?, args]))
}

fn alias_eq(a: &Args) -> PyResult<Ref> {
    let [_, self_, other] = a.pos else { return Err(type_error("__eq__ expects one argument")) };
    if type_of(*other).word() != type_of(*self_).word() {
        return Ok(Ref::borrow(not_implemented()));
    }
    Ok(Ref::bool(ops::eq(key(*self_)?.w(), key(*other)?.w())?))
}

fn alias_hash(a: &Args) -> PyResult<Ref> {
    let [_, self_] = a.pos else { return Err(type_error("__hash__ expects no arguments")) };
    Ok(Ref::int(ops::hash(key(*self_)?.w())?))
}
