//! The `dataclasses` module, implemented natively (CPython's builds the methods with `exec`).
//!
//! `@dataclass` reads the class's `__annotations__` (after the fields inherited from dataclass
//! bases), records `Field` objects in `__dataclass_fields__` and adds the methods CPython's
//! would: `__init__` (a function object with a real signature, so argument errors come from
//! the runtime's one binder with CPython's words), `__repr__`, `__eq__`, the order methods,
//! frozen `__setattr__`/`__delattr__` and `__hash__` by CPython's table. Each method is bound
//! to the decorated class (`native::method`), as CPython's closures are.

use crate::code::{self, CodeInfo};
use crate::exceptions::{self as exc, type_error, value_error};
use crate::func::{self, Args, FunctionObj};
use crate::native::{self, get, instance};
use crate::object::*;
use crate::{classes, dict, list, ops, str as pstr, tuple};
use std::sync::OnceLock;

/// The module's classes and sentinels, made once.
struct Types {
    field: W,
    params: W,
    missing: W,
    has_factory: W,
    frozen_error: W,
    /// `KW_ONLY`: the annotation of a pseudo-field after which fields are keyword-only.
    kw_only: W,
}

static TYPES: OnceLock<Option<Types>> = OnceLock::new();

fn types() -> PyResult<&'static Types> {
    match TYPES.get_or_init(|| make_types().ok()) {
        Some(t) => Ok(t),
        None => Err(exc::runtime_error("the dataclasses module could not be initialised")),
    }
}

fn factory_repr(a: &Args) -> PyResult<Ref> {
    let _ = a;
    Ok(pstr::new("<factory>"))
}

fn make_types() -> PyResult<Types> {
    let field = native::class("Field", "dataclasses", &[], vec![])?;
    let params = native::class("_DataclassParams", "dataclasses", &[], vec![])?;
    let missing_t = native::class("_MISSING_TYPE", "dataclasses", &[], vec![])?;
    let factory_t = native::class("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses", &[], vec![("__repr__", native::method("__repr__", factory_repr, none()))])?;
    let frozen_error = native::class("FrozenInstanceError", "dataclasses", &[exc::ATTRIBUTE_ERROR.word()], vec![])?;
    let kw_only_t = native::class("_KW_ONLY_TYPE", "dataclasses", &[], vec![])?;
    let missing = instance(missing_t.w(), &[])?;
    let has_factory = instance(factory_t.w(), &[])?;
    let kw_only = instance(kw_only_t.w(), &[])?;
    Ok(Types {
        field: field.into_w(),
        params: params.into_w(),
        missing: missing.into_w(),
        has_factory: has_factory.into_w(),
        frozen_error: frozen_error.into_w(),
        kw_only: kw_only.into_w(),
    })
}

/// The module's attributes.
pub fn attrs() -> Vec<(&'static str, Ref)> {
    let Ok(t) = types() else { return Vec::new() };
    vec![
        ("dataclass", func::new_builtin("dataclass", dataclass)),
        ("field", func::new_builtin("field", field)),
        ("fields", func::new_builtin("fields", fields)),
        ("asdict", func::new_builtin("asdict", asdict)),
        ("astuple", func::new_builtin("astuple", astuple)),
        ("replace", func::new_builtin("replace", replace)),
        ("is_dataclass", func::new_builtin("is_dataclass", is_dataclass)),
        ("Field", Ref::borrow(t.field)),
        ("FrozenInstanceError", Ref::borrow(t.frozen_error)),
        ("MISSING", Ref::borrow(t.missing)),
        ("KW_ONLY", Ref::borrow(t.kw_only)),
    ]
}

fn attr_bool(w: W, name: &str) -> PyResult<bool> {
    ops::truthy(get(w, name)?.w())
}

fn is_missing(w: W) -> PyResult<bool> {
    Ok(w == types()?.missing)
}

fn as_class(w: W) -> Option<&'static TypeObject> {
    (!is_small(w) && kind_of(w) == Kind::Type && unsafe { obj::<TypeObject>(w) }.heap).then(|| unsafe { obj::<TypeObject>(w) })
}

// ---- dataclass() and field()

/// The decorator's options, in the order of `OPTIONS`.
const OPTIONS: [&str; 10] = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];
const DEFAULTS: [bool; 10] = [true, true, true, false, false, false, true, false, false, false];

fn dataclass(a: &Args) -> PyResult<Ref> {
    a.check_kw("dataclass", &OPTIONS)?;
    let mut opts = DEFAULTS;
    for (i, o) in OPTIONS.iter().enumerate() {
        if let Some(v) = a.kw(o) {
            opts[i] = ops::truthy(v)?;
        }
    }
    match a.pos {
        [] => {
            let data = tuple::from_vec(opts.iter().map(|&b| Ref::bool(b)).collect());
            Ok(native::method("wrap", wrap, data.w()))
        }
        [cls] => process(*cls, opts),
        _ => Err(type_error(format!("dataclass() takes from 0 to 1 positional arguments but {} were given", a.pos.len()))),
    }
}

/// `dataclass(...)(cls)`: the options come bound as a tuple of bools.
fn wrap(a: &Args) -> PyResult<Ref> {
    a.no_kw("wrap")?;
    let [data, cls] = a.pos else { return Err(type_error(format!("wrap() takes 1 positional argument but {} were given", a.pos.len().saturating_sub(1)))) };
    let mut opts = DEFAULTS;
    for (o, &v) in opts.iter_mut().zip(tuple::items(*data)) {
        *o = ops::truthy(v)?;
    }
    process(*cls, opts)
}

const FIELD_KWS: [&str; 8] = ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];

fn field(a: &Args) -> PyResult<Ref> {
    if !a.pos.is_empty() {
        return Err(type_error(format!("field() takes 0 positional arguments but {} {} given", a.pos.len(), if a.pos.len() == 1 { "was" } else { "were" })));
    }
    a.check_kw("field", &FIELD_KWS)?;
    let t = types()?;
    let default = a.kw("default").unwrap_or(t.missing);
    let factory = a.kw("default_factory").unwrap_or(t.missing);
    if default != t.missing && factory != t.missing {
        return Err(value_error("cannot specify both default and default_factory"));
    }
    let empty = dict::new();
    new_field(default, factory, &[
        ("init", a.kw("init").unwrap_or(true_w())),
        ("repr", a.kw("repr").unwrap_or(true_w())),
        ("hash", a.kw("hash").unwrap_or(none())),
        ("compare", a.kw("compare").unwrap_or(true_w())),
        ("metadata", a.kw("metadata").unwrap_or(empty.w())),
        ("kw_only", a.kw("kw_only").unwrap_or(t.missing)),
    ])
}

fn new_field(default: W, factory: W, flags: &[(&str, W)]) -> PyResult<Ref> {
    let t = types()?;
    let f = instance(t.field, &[("name", none()), ("type", none()), ("default", default), ("default_factory", factory)])?;
    for (k, v) in flags {
        let n = pstr::new(k);
        ops::setattr(f.w(), n.w(), *v)?;
    }
    Ok(f)
}

fn is_field(w: W) -> PyResult<bool> {
    Ok(std::ptr::eq(type_of(w), unsafe { obj::<TypeObject>(types()?.field) }))
}

/// Whether an annotation is `ClassVar` (`typing.ClassVar`, `ClassVar[...]`, or their text).
fn is_classvar(ann: W) -> bool {
    if let Some(s) = pstr::as_str(ann) {
        return s.starts_with("ClassVar") || s.starts_with("typing.ClassVar");
    }
    crate::typing::alias_name(ann).as_deref() == Some("ClassVar")
}

/// Whether an annotation is `KW_ONLY` (the object, or its text).
fn is_kw_only_marker(ann: W) -> PyResult<bool> {
    if let Some(s) = pstr::as_str(ann) {
        return Ok(s == "KW_ONLY" || s == "dataclasses.KW_ONLY");
    }
    Ok(ann == types()?.kw_only)
}

/// Whether instances of `w`'s type are unhashable (CPython's test for mutable defaults).
fn unhashable_type(w: W) -> bool {
    if is_small(w) {
        return false;
    }
    match kind_of(w) {
        Kind::List | Kind::Dict | Kind::Set => true,
        _ => type_of(w).heap && classes::lookup(type_of(w), "__hash__").is_some_and(is_none),
    }
}

// ---- the decorator

fn own(t: &'static TypeObject, name: &str) -> Option<W> {
    dict::get_str(classes::heap(t).dict, name)
}

/// `setattr(cls, name, value)` unless the class defines `name` itself (true if it does).
fn set_new(cls: W, t: &'static TypeObject, name: &str, value: Ref) -> PyResult<bool> {
    if own(t, name).is_some() {
        return Ok(true);
    }
    let n = pstr::new(name);
    ops::setattr(cls, n.w(), value.w())?;
    Ok(false)
}

fn process(cls: W, opts: [bool; 10]) -> PyResult<Ref> {
    let [init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot] = opts;
    let Some(t) = as_class(cls) else {
        return Err(type_error("dataclass() should be applied to a class"));
    };
    let ty = types()?;
    if order && !eq {
        return Err(value_error("eq must be true if order is true"));
    }
    // Fields inherited from dataclass bases, the furthest base first.
    let fields = dict::new();
    let mut has_dataclass_bases = false;
    let mut any_frozen_base = false;
    for b in classes::mro(t)[1..].iter().rev().filter(|b| b.heap) {
        if let Some(base_fields) = own(b, "__dataclass_fields__") {
            has_dataclass_bases = true;
            for e in dict::table(base_fields).iter() {
                dict::setitem(fields.w(), e.key, e.value)?;
            }
            if let Some(p) = own(b, "__dataclass_params__") {
                any_frozen_base |= attr_bool(p, "frozen")?;
            }
        }
    }
    // The class's own fields, in annotation order; those after a `KW_ONLY` pseudo-field
    // (or all, with `kw_only=True`) are keyword-only unless their `field()` says otherwise.
    let annotations = own(t, "__annotations__").filter(|&a| dict::is_dict(a));
    let entries: Vec<(W, W)> = annotations.map(|a| dict::table(a).iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default();
    let mut kw_only_default = kw_only;
    let mut kw_only_seen = false;
    for (name, ann) in entries {
        if is_kw_only_marker(ann)? {
            if kw_only_seen {
                return Err(type_error(format!("{} is KW_ONLY, but KW_ONLY has already been specified", ops::repr_string(name)?)));
            }
            kw_only_seen = true;
            kw_only_default = true;
            continue;
        }
        let name_s = pstr::s(name);
        let default = classes::lookup(t, name_s);
        if is_classvar(ann) {
            if let Some(d) = default.filter(|&d| is_field(d).unwrap_or(false))
                && !is_missing(get(d, "kw_only")?.w())?
            {
                return Err(type_error(format!("field {name_s} is a ClassVar but specifies kw_only")));
            }
            continue;
        }
        let plain = |d: W| new_field(d, ty.missing, &[("init", true_w()), ("repr", true_w()), ("hash", none()), ("compare", true_w()), ("metadata", dict::new().w()), ("kw_only", ty.missing)]);
        let f = match default {
            Some(d) if is_field(d)? => Ref::borrow(d),
            Some(d) => plain(d)?,
            None => plain(ty.missing)?,
        };
        set_attr(f.w(), "name", name)?;
        set_attr(f.w(), "type", ann)?;
        if is_missing(get(f.w(), "kw_only")?.w())? {
            set_attr(f.w(), "kw_only", bool_w(kw_only_default))?;
        }
        let fdefault = get(f.w(), "default")?;
        if unhashable_type(fdefault.w()) {
            return Err(value_error(format!("mutable default {} for field {name_s} is not allowed: use default_factory", classes_repr(fdefault.w()))));
        }
        // A `field()` as the class attribute is replaced by its default (or removed).
        if default.is_some_and(|d| d == f.w()) {
            if is_missing(fdefault.w())? {
                classes::class_delattr(t, name)?;
            } else {
                ops::setattr(cls, name, fdefault.w())?;
            }
        }
        dict::setitem(fields.w(), name, f.w())?;
    }
    let has_ann = |k: W| annotations.is_some_and(|a| dict::contains(a, k).unwrap_or(false));
    for e in dict::table(classes::heap(t).dict).iter() {
        if is_field(e.value)? && !has_ann(e.key) {
            return Err(type_error(format!("'{}' is a field but has no type annotation", pstr::s(e.key))));
        }
    }
    if has_dataclass_bases {
        if any_frozen_base && !frozen {
            return Err(type_error("cannot inherit non-frozen dataclass from a frozen one"));
        }
        if !any_frozen_base && frozen {
            return Err(type_error("cannot inherit frozen dataclass from a non-frozen one"));
        }
    }
    let params: Vec<(&str, W)> = OPTIONS[..6].iter().zip(opts).map(|(k, v)| (*k, bool_w(v))).collect();
    let params = instance(ty.params, &params)?;
    set_attr(cls, "__dataclass_params__", params.w())?;
    set_attr(cls, "__dataclass_fields__", fields.w())?;
    let all: Vec<W> = dict::table(fields.w()).iter().map(|e| e.value).collect();

    let class_hash = own(t, "__hash__");
    let has_explicit_hash = class_hash.is_some_and(|h| !(is_none(h) && own(t, "__eq__").is_some()));
    // The methods bake in the fields, as CPython's generated code does.
    let repr_names = names_where(&all, |f| attr_bool(f, "repr"))?;
    let compare_names = names_where(&all, |f| attr_bool(f, "compare"))?;
    let hash_names = names_where(&all, |f| {
        let h = get(f, "hash")?;
        if is_none(h.w()) { attr_bool(f, "compare") } else { ops::truthy(h.w()) }
    })?;
    let frozen_data = tuple::new(&[cls, names_where(&all, |_| Ok(true))?.w()]);
    if init && !set_new(cls, t, "__init__", make_init(t, &all, frozen)?)? && own(t, "__doc__").is_none_or(is_none) {
        set_attr(cls, "__doc__", pstr::from_string(signature_doc(t, &all)?).w())?;
    }
    if repr {
        set_new(cls, t, "__repr__", native::method("__repr__", repr_method, repr_names.w()))?;
    }
    if eq {
        set_new(cls, t, "__eq__", native::method("__eq__", eq_method, compare_names.w()))?;
    }
    if order {
        let methods: [(&'static str, func::NativeFn); 4] = [("__lt__", lt_method), ("__le__", le_method), ("__gt__", gt_method), ("__ge__", ge_method)];
        for (name, f) in methods {
            if set_new(cls, t, name, native::method(name, f, compare_names.w()))? {
                return Err(type_error(format!("Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering", t.name)));
            }
        }
    }
    if frozen {
        let methods: [(&'static str, func::NativeFn); 2] = [("__setattr__", frozen_setattr), ("__delattr__", frozen_delattr)];
        for (name, f) in methods {
            if set_new(cls, t, name, native::method(name, f, frozen_data.w()))? {
                return Err(type_error(format!("Cannot overwrite attribute {name} in class {}", t.name)));
            }
        }
    }
    // CPython's _hash_action table.
    match (unsafe_hash, eq, frozen, has_explicit_hash) {
        (true, _, _, true) => return Err(type_error(format!("Cannot overwrite attribute __hash__ in class {}", t.name))),
        (true, _, _, false) | (false, true, true, false) => set_attr(cls, "__hash__", native::method("__hash__", hash_method, hash_names.w()).w())?,
        (false, true, false, false) => set_attr(cls, "__hash__", none())?,
        _ => {}
    }
    if match_args && own(t, "__match_args__").is_none() {
        let mut names = Vec::new();
        for &f in &all {
            if attr_bool(f, "init")? && !attr_bool(f, "kw_only")? {
                names.push(get(f, "name")?);
            }
        }
        set_attr(cls, "__match_args__", tuple::from_vec(names).w())?;
    }
    if weakref_slot && !slots {
        return Err(type_error("weakref_slot is True but slots is False"));
    }
    if slots {
        return add_slots(t, &all, weakref_slot);
    }
    Ok(Ref::borrow(cls))
}

/// `slots=True`: the class again, made with `__slots__` naming its fields (those no base
/// declares already) and without their class attributes, as CPython's `_add_slots` does;
/// instances then have no `__dict__`.
fn add_slots(t: &'static TypeObject, all: &[W], weakref_slot: bool) -> PyResult<Ref> {
    let h = classes::heap(t);
    if own(t, "__slots__").is_some() {
        return Err(type_error(format!("{} already specifies __slots__", t.name)));
    }
    let mut inherited: Vec<String> = Vec::new();
    for b in classes::mro(t)[1..].iter().filter(|b| b.heap) {
        if let Some(s) = own(b, "__slots__") {
            let names = if pstr::is_str(s) { vec![Ref::borrow(s)] } else { ops::collect(s)? };
            inherited.extend(names.iter().filter_map(|n| pstr::as_str(n.w()).map(String::from)));
        }
    }
    let ns = dict::copy(h.dict)?;
    let mut slot_names = Vec::new();
    for &f in all {
        let name = get(f, "name")?;
        if !inherited.iter().any(|n| n == pstr::s(name.w())) {
            slot_names.push(Ref::borrow(name.w()));
        }
        if dict::contains(ns.w(), name.w())? {
            dict::delitem(ns.w(), name.w())?;
        }
    }
    if weakref_slot && !inherited.iter().any(|n| n == "__weakref__") {
        slot_names.push(pstr::new("__weakref__"));
    }
    for k in ["__dict__", "__weakref__"] {
        let k = pstr::new(k);
        if dict::contains(ns.w(), k.w())? {
            dict::delitem(ns.w(), k.w())?;
        }
    }
    native::set_item(ns.w(), "__slots__", tuple::from_vec(slot_names).w())?;
    native::set_item(ns.w(), "__qualname__", pstr::new(&h.qualname).w())?;
    classes::new_class(t.name, h.bases, ns.w())
}

fn classes_repr(w: W) -> String {
    ops::repr_string(type_of(w).word()).unwrap_or_default()
}

fn set_attr(o: W, name: &str, v: W) -> PyResult<()> {
    let n = pstr::new(name);
    ops::setattr(o, n.w(), v)
}

/// The docstring CPython gives a dataclass without one: its name and `__init__`'s
/// signature as `inspect` writes it, `P(x: int, y: float = 0.0)`.
fn signature_doc(t: &'static TypeObject, all: &[W]) -> PyResult<String> {
    let ty = types()?;
    let mut params = Vec::new();
    let mut keyword = Vec::new();
    for &f in all {
        if attr_bool(f, "init")? && attr_bool(f, "kw_only")? {
            keyword.push(f);
        }
    }
    for &f in all.iter().filter(|f| !keyword.contains(f)).chain(&keyword) {
        if !attr_bool(f, "init")? {
            continue;
        }
        if keyword.first() == Some(&f) {
            params.push("*".to_string());
        }
        let name = get(f, "name")?;
        let mut p = format!("{}: {}", pstr::s(name.w()), format_annotation(get(f, "type")?.w())?);
        let default = get(f, "default")?;
        if !is_missing(get(f, "default_factory")?.w())? {
            p.push_str(&format!(" = {}", ops::repr_string(ty.has_factory)?));
        } else if !is_missing(default.w())? {
            p.push_str(&format!(" = {}", ops::repr_string(default.w())?));
        }
        params.push(p);
    }
    Ok(format!("{}({})", t.name, params.join(", ")))
}

/// `inspect.formatannotation`: typing objects without their `typing.` prefixes, classes by
/// (qualified) name, anything else by repr.
fn format_annotation(w: W) -> PyResult<String> {
    if !is_small(w) && kind_of(w) == Kind::Type {
        return crate::typing::type_repr(w);
    }
    let module = match get(w, "__module__") {
        Ok(m) => pstr::as_str(m.w()).map(String::from),
        Err(_) => {
            exc::clear();
            None
        }
    };
    let text = ops::repr_string(w)?;
    if module.as_deref() != Some("typing") {
        return Ok(text);
    }
    // re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), text)
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(word.strip_prefix("typing.").unwrap_or(word));
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Ok(out)
}

// ---- the generated methods

/// `__init__(self, <init fields>)`: a function object with a signature, so that the
/// runtime binds its arguments (and words the errors) as for a `def`. Its closure is the
/// plan `(frozen, ((name, init, default_factory), ...))`.
fn make_init(t: &'static TypeObject, all: &[W], frozen: bool) -> PyResult<Ref> {
    let ty = types()?;
    // The parameters: the positional init fields in order, then the keyword-only ones.
    let (mut positional, mut keyword) = (Vec::new(), Vec::new());
    for &f in all {
        if attr_bool(f, "init")? {
            if attr_bool(f, "kw_only")? { keyword.push(f) } else { positional.push(f) }
        }
    }
    let default_of = |f: W| -> PyResult<Option<Ref>> {
        if !is_missing(get(f, "default_factory")?.w())? {
            return Ok(Some(Ref::borrow(ty.has_factory)));
        }
        let d = get(f, "default")?;
        Ok((!is_missing(d.w())?).then_some(d))
    };
    let mut names = vec!["self".to_string()];
    let mut defaults = Vec::new();
    for &f in &positional {
        let name = get(f, "name")?;
        match default_of(f)? {
            Some(d) => defaults.push(d),
            None if !defaults.is_empty() => return Err(type_error(format!("non-default argument '{}' follows default argument", pstr::s(name.w())))),
            None => {}
        }
        names.push(pstr::s(name.w()).to_string());
    }
    let kwdefaults = dict::new();
    for &f in &keyword {
        let name = get(f, "name")?;
        if let Some(d) = default_of(f)? {
            dict::setitem(kwdefaults.w(), name.w(), d.w())?;
        }
        names.push(pstr::s(name.w()).to_string());
    }
    // The plan, in field order: (name, parameter index or None, default_factory).
    let mut plan = Vec::new();
    for &f in all {
        let name = get(f, "name")?;
        let index = positional.iter().chain(&keyword).position(|&p| p == f).map_or(Ref::none(), |i| Ref::int(i as i64 + 1));
        plan.push(tuple::from_vec(vec![name, index, get(f, "default_factory")?]));
    }
    let qualname = format!("{}.__init__", classes::heap(t).qualname);
    let spec = format!("__init__\n{qualname}\n{} 0 {} 0 0\n{}", positional.len() + 1, keyword.len(), names.join("\n"));
    let Some(info) = CodeInfo::parse(&spec) else { return Err(exc::runtime_error("bad dataclass __init__ signature")) };
    let info: &'static CodeInfo = Box::leak(Box::new(info));
    let defaults = if defaults.is_empty() { None } else { Some(tuple::from_vec(defaults)) };
    let kwdefaults = if keyword.is_empty() { None } else { Some(kwdefaults) };
    let closure = tuple::from_vec(vec![Ref::bool(frozen), tuple::from_vec(plan)]);
    Ok(func::new_compiled(info, init_code, defaults.as_ref().map_or(0, Ref::w), kwdefaults.as_ref().map_or(0, Ref::w), closure.w()))
}

extern "C" fn init_code(fw: W, args: *const W, nargs: i64, kwnames: W) -> W {
    ret(init_body(fw, unsafe { native::args_view(args, nargs, kwnames) }))
}

fn init_body(fw: W, a: Args) -> PyResult<Ref> {
    let f = unsafe { obj::<FunctionObj>(fw) };
    let Some(info) = (unsafe { f.info.as_ref() }) else { return Err(exc::runtime_error("dataclass __init__ without a signature")) };
    let [frozen, plan] = tuple::items(f.closure) else { return Err(exc::runtime_error("dataclass __init__ without its plan")) };
    let mut out = vec![0; info.params.len()];
    code::bind(f, info, &a, &mut out)?;
    let vals: Vec<Ref> = out.into_iter().map(Ref::new).collect();
    let self_ = vals[0].w();
    let (frozen, missing, has_factory) = (*frozen == true_w(), types()?.missing, types()?.has_factory);
    for step in tuple::items(*plan) {
        let [name, index, factory] = tuple::items(*step) else { continue };
        let value = if is_small(*index) {
            let Some(v) = vals.get(small_val(*index) as usize) else { break };
            if v.w() == has_factory { func::call(*factory, &Args::pos(&[]))? } else { Ref::borrow(v.w()) }
        } else if *factory != missing {
            func::call(*factory, &Args::pos(&[]))?
        } else {
            continue;
        };
        if frozen {
            if !classes::generic_setattr(self_, *name, value.w())? {
                return Err(ops::no_attr(self_, pstr::s(*name)));
            }
        } else {
            ops::setattr(self_, *name, value.w())?;
        }
    }
    if classes::special(self_, "__post_init__").is_some() {
        ops::call_method(self_, "__post_init__", &Args::pos(&[]))?;
    }
    Ok(Ref::none())
}

/// The names (a tuple) of the fields for which `keep` is true.
fn names_where(all: &[W], keep: impl Fn(W) -> PyResult<bool>) -> PyResult<Ref> {
    let mut names = Vec::new();
    for &f in all {
        if keep(f)? {
            names.push(get(f, "name")?);
        }
    }
    Ok(tuple::from_vec(names))
}

/// The tuple of `o`'s attributes named in the tuple `names`.
fn values_tuple(o: W, names: W) -> PyResult<Ref> {
    let v = tuple::items(names).iter().map(|&n| ops::getattr(o, n)).collect::<PyResult<Vec<_>>>()?;
    Ok(tuple::from_vec(v))
}

thread_local! {
    /// The objects whose `__repr__` is running (CPython's `reprlib.recursive_repr`).
    static IN_REPR: std::cell::RefCell<Vec<W>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn repr_method(a: &Args) -> PyResult<Ref> {
    let [names, self_] = a.pos else { return Err(type_error("__repr__() takes exactly one argument")) };
    if IN_REPR.with(|r| r.borrow().contains(self_)) {
        return Ok(pstr::new("..."));
    }
    IN_REPR.with(|r| r.borrow_mut().push(*self_));
    let text = repr_fields(*names, *self_);
    IN_REPR.with(|r| r.borrow_mut().retain(|w| w != self_));
    Ok(pstr::from_string(text?))
}

fn repr_fields(names: W, self_: W) -> PyResult<String> {
    let mut parts = Vec::new();
    for &name in tuple::items(names) {
        let v = ops::getattr(self_, name)?;
        parts.push(format!("{}={}", pstr::s(name), ops::repr_string(v.w())?));
    }
    let qualname = get(type_of(self_).word(), "__qualname__")?;
    Ok(format!("{}({})", pstr::s(qualname.w()), parts.join(", ")))
}

/// `self <op> other` as the tuples of the compared fields, for instances of the same class.
fn compare(a: &Args, op: i32) -> PyResult<Ref> {
    let [names, self_, other] = a.pos else { return Err(type_error("expected 1 argument")) };
    if !std::ptr::eq(type_of(*self_), type_of(*other)) {
        return Ok(Ref::borrow(not_implemented()));
    }
    let x = values_tuple(*self_, *names)?;
    let y = values_tuple(*other, *names)?;
    ops::compare(op, x.w(), y.w())
}

fn eq_method(a: &Args) -> PyResult<Ref> {
    compare(a, 2)
}
fn lt_method(a: &Args) -> PyResult<Ref> {
    compare(a, 0)
}
fn le_method(a: &Args) -> PyResult<Ref> {
    compare(a, 1)
}
fn gt_method(a: &Args) -> PyResult<Ref> {
    compare(a, 4)
}
fn ge_method(a: &Args) -> PyResult<Ref> {
    compare(a, 5)
}

fn hash_method(a: &Args) -> PyResult<Ref> {
    let [names, self_] = a.pos else { return Err(type_error("__hash__() takes exactly one argument")) };
    let v = values_tuple(*self_, *names)?;
    Ok(Ref::int(ops::hash(v.w())?))
}

fn frozen_error(verb: &str, name: W) -> PyResult<Ref> {
    let msg = format!("cannot {verb} field {}", ops::repr_string(name)?);
    let e = func::call(types()?.frozen_error, &Args::pos(&[pstr::from_string(msg).w()]))?;
    Err(exc::raise_obj(e))
}

/// The frozen methods' data is `(cls, field names)`.
fn frozen_target(data: W, self_: W, name: W) -> PyResult<bool> {
    let [cls, names] = tuple::items(data) else { return Ok(true) };
    Ok(type_of(self_).word() == *cls || tuple::items(*names).iter().any(|&n| pstr::s(n) == pstr::s(name)))
}

fn frozen_setattr(a: &Args) -> PyResult<Ref> {
    let [data, self_, name, value] = a.pos else { return Err(type_error("__setattr__ expected 2 arguments")) };
    if frozen_target(*data, *self_, *name)? {
        return frozen_error("assign to", *name);
    }
    if !classes::generic_setattr(*self_, *name, *value)? {
        return Err(ops::no_attr(*self_, pstr::s(*name)));
    }
    Ok(Ref::none())
}

fn frozen_delattr(a: &Args) -> PyResult<Ref> {
    let [data, self_, name] = a.pos else { return Err(type_error("__delattr__ expected 1 argument")) };
    if frozen_target(*data, *self_, *name)? {
        return frozen_error("delete", *name);
    }
    if !classes::generic_delattr(*self_, *name)? {
        return Err(exc::attribute_error(pstr::s(*name)));
    }
    Ok(Ref::none())
}

// ---- module functions

/// The `__dataclass_fields__` of a dataclass or of an instance of one.
fn fields_of(w: W) -> Option<W> {
    let t = as_class(w).or_else(|| type_of(w).heap.then(|| type_of(w)))?;
    classes::lookup(t, "__dataclass_fields__").filter(|&d| dict::is_dict(d))
}

fn is_instance(w: W) -> bool {
    !is_small(w) && kind_of(w) != Kind::Type && fields_of(w).is_some()
}

fn fields(a: &Args) -> PyResult<Ref> {
    a.exactly_one("fields")?;
    let Some(d) = fields_of(a.pos[0]) else { return Err(type_error("must be called with a dataclass type or instance")) };
    Ok(tuple::new(&dict::table(d).iter().map(|e| e.value).collect::<Vec<_>>()))
}

fn is_dataclass(a: &Args) -> PyResult<Ref> {
    a.exactly_one("is_dataclass")?;
    Ok(Ref::bool(fields_of(a.pos[0]).is_some()))
}

/// asdict/astuple's recursive copy: dataclasses become dicts (or tuples), containers are
/// rebuilt with their items converted.
fn convert(w: W, as_dict: bool) -> PyResult<Ref> {
    if is_instance(w) {
        let d = fields_of(w).unwrap_or(0);
        let fs: Vec<W> = dict::table(d).iter().map(|e| e.value).collect();
        if as_dict {
            let out = dict::new();
            for f in fs {
                let name = get(f, "name")?;
                let v = convert(ops::getattr(w, name.w())?.w(), as_dict)?;
                dict::setitem(out.w(), name.w(), v.w())?;
            }
            return Ok(out);
        }
        let mut v = Vec::new();
        for f in fs {
            let name = get(f, "name")?;
            v.push(convert(ops::getattr(w, name.w())?.w(), as_dict)?);
        }
        return Ok(tuple::from_vec(v));
    }
    if is_small(w) {
        return Ok(Ref::borrow(w));
    }
    match kind_of(w) {
        Kind::List => Ok(list::from_vec(list::items(w).iter().map(|&x| convert(x, as_dict)).collect::<PyResult<_>>()?)),
        Kind::Tuple => Ok(tuple::from_vec(tuple::items(w).iter().map(|&x| convert(x, as_dict)).collect::<PyResult<_>>()?)),
        Kind::Dict => {
            let out = dict::new();
            let entries: Vec<(W, W)> = dict::table(w).iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in entries {
                let k = convert(k, as_dict)?;
                let v = convert(v, as_dict)?;
                dict::setitem(out.w(), k.w(), v.w())?;
            }
            Ok(out)
        }
        _ => Ok(Ref::borrow(w)),
    }
}

fn asdict(a: &Args) -> PyResult<Ref> {
    a.exactly_one("asdict")?;
    if !is_instance(a.pos[0]) {
        return Err(type_error("asdict() should be called on dataclass instances"));
    }
    convert(a.pos[0], true)
}

fn astuple(a: &Args) -> PyResult<Ref> {
    a.exactly_one("astuple")?;
    if !is_instance(a.pos[0]) {
        return Err(type_error("astuple() should be called on dataclass instances"));
    }
    convert(a.pos[0], false)
}

fn replace(a: &Args) -> PyResult<Ref> {
    let [o] = a.pos else { return Err(type_error(format!("replace() takes 1 positional argument but {} were given", a.pos.len()))) };
    if !is_instance(*o) {
        return Err(type_error("replace() should be called on dataclass instances"));
    }
    let d = fields_of(*o).unwrap_or(0);
    let mut names: Vec<W> = a.kwnames.to_vec();
    let mut vals: Vec<Ref> = a.kwvals.iter().map(|&v| Ref::borrow(v)).collect();
    for e in dict::table(d).iter() {
        let given = a.kwnames.iter().any(|&k| pstr::s(k) == pstr::s(e.key));
        if !attr_bool(e.value, "init")? {
            if given {
                return Err(value_error(format!("field {} is declared with init=False, it cannot be specified with replace()", pstr::s(e.key))));
            }
            continue;
        }
        if !given {
            names.push(e.key);
            vals.push(ops::getattr(*o, e.key)?);
        }
    }
    let kwtuple = tuple::new(&names);
    let vals: Vec<W> = vals.iter().map(Ref::w).collect();
    func::call(type_of(*o).word(), &Args { pos: &[], kwnames: &names, kwvals: &vals, kwtuple: kwtuple.w() })
}
