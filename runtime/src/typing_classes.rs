//! `typing.NamedTuple` and `typing.TypedDict`: the classes a class statement with one of them
//! among its bases makes (CPython's `NamedTupleMeta` and `_TypedDictMeta`), and their
//! functional forms.
//!
//! A named tuple class is what `collections.namedtuple` builds: a subclass of `tuple` (its
//! instances are tuple objects of the class, `classes::instantiate_tuple`) with `__slots__ =
//! ()`, a `__new__` with the fields as parameters (a function object with a real signature,
//! so the runtime's binder words argument errors as CPython's), `_make`, `_replace`,
//! `_asdict`, `__repr__`, `__getnewargs__`, `_fields`, `_field_defaults`, `__match_args__`,
//! and one read-only property per field (CPython's `_tuplegetter`). The class body's other
//! attributes (methods, docstring) are copied onto it.
//!
//! A TypedDict class derives from `dict` and records its keys (`__annotations__`,
//! `__required_keys__`, `__optional_keys__`, `__total__`); calling it makes a plain dict, and
//! `isinstance`/`issubclass` with it raise TypeError, as CPython's metaclass arranges.

use crate::code::CodeInfo;
use crate::exceptions::{self as exc, attribute_error, type_error, value_error};
use crate::func::{self, Args, FunctionObj};
use crate::native::{self, get};
use crate::object::*;
use crate::{classes, dict, ops, set, str as pstr, tuple};
use std::cell::RefCell;

thread_local! {
    /// The TypedDict classes made so far (classes are immortal).
    static TYPEDDICTS: RefCell<Vec<W>> = const { RefCell::new(Vec::new()) };
}

/// Is `w` a TypedDict class?
pub fn is_typeddict(w: W) -> bool {
    TYPEDDICTS.with(|t| t.borrow().contains(&w))
}

fn set_attr(o: W, name: &str, v: W) -> PyResult<()> {
    let n = pstr::new(name);
    ops::setattr(o, n.w(), v)
}

/// Whether `b` is `Generic` or `Generic[...]` (which a class statement replaces by `Generic`).
fn is_generic(b: W, generic: W, alias: W) -> PyResult<bool> {
    Ok(b == generic || (type_of(b).word() == alias && get(b, "__origin__")?.w() == generic))
}

// ---- NamedTuple

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_') && cs.all(|c| c.is_alphanumeric() || c == '_')
}

/// `collections.namedtuple`'s checks of the type name and the field names.
fn check_names(typename: W, fields: &[W]) -> PyResult<()> {
    for &n in std::iter::once(&typename).chain(fields) {
        let Some(s) = pstr::as_str(n) else { return Err(type_error("Type names and field names must be strings")) };
        if !is_identifier(s) {
            return Err(value_error(format!("Type names and field names must be valid identifiers: {}", ops::repr_string(n)?)));
        }
        if KEYWORDS.contains(&s) {
            return Err(value_error(format!("Type names and field names cannot be a keyword: {}", ops::repr_string(n)?)));
        }
    }
    for (i, &n) in fields.iter().enumerate() {
        if pstr::s(n).starts_with('_') {
            return Err(value_error(format!("Field names cannot start with an underscore: {}", ops::repr_string(n)?)));
        }
        if fields[..i].iter().any(|&m| pstr::s(m) == pstr::s(n)) {
            return Err(value_error(format!("Encountered duplicate field name: {}", ops::repr_string(n)?)));
        }
    }
    Ok(())
}

/// The names prohibited in a NamedTuple class body, and the ones not copied onto the class.
const PROHIBITED: [&str; 10] = ["__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source"];
const SPECIAL: [&str; 3] = ["__module__", "__name__", "__annotations__"];

/// `class name(NamedTuple): ns`.
pub fn namedtuple_class(name: &str, bases: W, ns: W, kw: &[(Ref, Ref)]) -> PyResult<Ref> {
    let t = crate::typing::typing_types()?;
    if let Some((k, _)) = kw.first() {
        return Err(type_error(format!("NamedTupleMeta.__new__() got an unexpected keyword argument '{}'", pstr::s(k.w()))));
    }
    let mut generic = false;
    for &b in tuple::items(bases) {
        if b == t.namedtuple {
            continue;
        }
        if !is_generic(b, t.generic, t.alias)? {
            return Err(type_error("can only inherit from a NamedTuple type and Generic"));
        }
        generic = true;
    }
    let annotations = dict::get_str(ns, "__annotations__").filter(|&d| dict::is_dict(d));
    let entries: Vec<(W, W)> = annotations.map(|a| dict::table(a).iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default();
    let mut default_names: Vec<&str> = Vec::new();
    let mut defaults = Vec::new();
    for &(n, _) in &entries {
        match dict::get(ns, n)? {
            Some(v) => {
                default_names.push(pstr::s(n));
                defaults.push(v);
            }
            None if !default_names.is_empty() => {
                return Err(type_error(format!(
                    "Non-default namedtuple field {} cannot follow default field{} {}",
                    pstr::s(n),
                    if default_names.len() > 1 { "s" } else { "" },
                    default_names.join(", ")
                )));
            }
            None => {}
        }
    }
    let fields: Vec<W> = entries.iter().map(|e| e.0).collect();
    let module = dict::get_str(ns, "__module__").unwrap_or(none());
    let types = dict::new();
    for &(n, ty) in &entries {
        dict::setitem(types.w(), n, crate::typing::type_convert(ty, none())?.w())?;
    }
    let cls = make(pstr::new(name).w(), &fields, &defaults, module, dict::get_str(ns, "__qualname__"), generic.then_some(t.generic), types.w())?;
    set_attr(cls.w(), "__orig_bases__", bases)?;
    let items: Vec<(W, W)> = dict::table(ns).iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in items {
        let key = pstr::s(k);
        if PROHIBITED.contains(&key) {
            return Err(attribute_error(format!("Cannot overwrite NamedTuple attribute {key}")));
        }
        // The compiler stores `__doc__ = None` for a body without a docstring (CPython's
        // namespace then has no `__doc__`), and `__qualname__` is the class's already.
        let skip = SPECIAL.contains(&key) || key == "__qualname__" || (key == "__doc__" && is_none(v)) || fields.iter().any(|&f| pstr::s(f) == key);
        if !skip {
            ops::setattr(cls.w(), k, v)?;
        }
    }
    Ok(cls)
}

/// `NamedTuple(typename, fields=None, /, **kwargs)`.
pub fn namedtuple_fn(a: &Args) -> PyResult<Ref> {
    let (typename, fields) = match a.pos {
        [n] => (*n, None),
        [n, f] => (*n, Some(*f).filter(|&f| !is_none(f))),
        [] => return Err(type_error("NamedTuple() missing required argument 'typename' (pos 1)")),
        _ => return Err(type_error(format!("NamedTuple() takes from 1 to 2 positional arguments but {} were given", a.pos.len()))),
    };
    let pairs: Vec<(W, Ref)> = match fields {
        Some(_) if a.has_kw() => return Err(type_error("Either list of fields or keywords can be provided to NamedTuple, not both")),
        Some(f) => {
            let mut v = Vec::new();
            for item in ops::collect(f)? {
                let parts = ops::collect(item.w())?;
                let [n, ty] = &parts[..] else {
                    return Err(value_error(match parts.len() {
                        n if n < 2 => format!("not enough values to unpack (expected 2, got {n})"),
                        _ => "too many values to unpack (expected 2)".to_string(),
                    }));
                };
                v.push((n.clone().into_w(), ty.clone()));
            }
            v
        }
        None => a.kwnames.iter().zip(a.kwvals).map(|(&k, &v)| { incref(k); (k, Ref::borrow(v)) }).collect(),
    };
    let names: Vec<Ref> = pairs.iter().map(|(n, _)| Ref::new(*n)).collect();
    let fields: Vec<W> = names.iter().map(Ref::w).collect();
    let types = dict::new();
    for (n, ty) in &pairs {
        if pstr::is_str(*n) {
            dict::setitem(types.w(), *n, crate::typing::type_convert(ty.w(), none())?.w())?;
        }
    }
    let typename = pstr::as_str(typename).map(pstr::new).unwrap_or_else(|| Ref::borrow(typename));
    let module = pstr::new("__main__");
    make(typename.w(), &fields, &[], module.w(), None, None, types.w())
}

/// `collections.namedtuple(typename, fields, defaults=defaults, module=module)`, its
/// `__annotations__` set to `types` (and `Generic` among its bases when given).
fn make(typename: W, fields: &[W], defaults: &[W], module: W, qualname: Option<W>, generic: Option<W>, types: W) -> PyResult<Ref> {
    check_names(typename, fields)?;
    let name = pstr::s(typename);
    let field_names = tuple::new(fields);
    let ns = dict::new();
    let mut doc = fields.iter().map(|&f| pstr::s(f)).collect::<Vec<_>>().join(", ");
    if fields.len() == 1 {
        doc.push(',');
    }
    let field_defaults = dict::new();
    for (&f, &d) in fields[fields.len() - defaults.len()..].iter().zip(defaults) {
        dict::setitem(field_defaults.w(), f, d)?;
    }
    let count = Ref::int(fields.len() as i64);
    let empty = tuple::new(&[]);
    let make_m = native::method("_make", make_method, count.w());
    let mut entries: Vec<(&str, Ref)> = vec![
        ("__doc__", pstr::from_string(format!("{name}({doc})"))),
        ("__slots__", empty),
        ("_fields", Ref::borrow(field_names.w())),
        ("_field_defaults", field_defaults),
        ("_make", classes::wrapper_new(&classes::CLASSMETHOD_TYPE, &Args::pos(&[make_m.w()]))?),
        ("_replace", native::method("_replace", replace_method, field_names.w())),
        ("__repr__", native::method("__repr__", repr_method, field_names.w())),
        ("_asdict", native::method("_asdict", asdict_method, none())),
        ("__getnewargs__", native::method("__getnewargs__", getnewargs_method, none())),
        ("__match_args__", Ref::borrow(field_names.w())),
        ("__module__", Ref::borrow(module)),
        ("__annotations__", Ref::borrow(types)),
    ];
    if let Some(q) = qualname {
        entries.push(("__qualname__", Ref::borrow(q)));
    }
    for (k, v) in entries {
        native::set_item(ns.w(), k, v.w())?;
    }
    let fset = native::method("_tuplegetter", readonly_set, none());
    let fdel = native::method("_tuplegetter", readonly_del, none());
    for (i, &f) in fields.iter().enumerate() {
        let index = Ref::int(i as i64);
        let fget = native::method("_tuplegetter", tuplegetter, index.w());
        let p = classes::property_new(&Args::pos(&[fget.w(), fset.w(), fdel.w()]))?;
        dict::setitem(ns.w(), f, p.w())?;
    }
    let mut bases = vec![TUPLE_TYPE.word()];
    bases.extend(generic);
    let bases = tuple::new(&bases);
    let cls = classes::new_class(name, bases.w(), ns.w())?;
    // `__new__` is set after the class is made (class statements defining one are refused).
    let new = new_function(name, fields, defaults)?;
    let new = classes::wrapper_new(&classes::STATICMETHOD_TYPE, &Args::pos(&[new.w()]))?;
    let t = unsafe { obj::<TypeObject>(cls.w()) };
    let k = pstr::new("__new__");
    classes::class_setattr(t, k.w(), new.w())?;
    Ok(cls)
}

/// `__new__(_cls, <fields>)`: a function object with a real signature.
fn new_function(typename: &str, fields: &[W], defaults: &[W]) -> PyResult<Ref> {
    let mut names = vec!["_cls"];
    names.extend(fields.iter().map(|&f| pstr::s(f)));
    let spec = format!("__new__\n{typename}.__new__\n{} 0 0 0 0\n{}", names.len(), names.join("\n"));
    let Some(info) = CodeInfo::parse(&spec) else { return Err(exc::runtime_error("bad namedtuple __new__ signature")) };
    let info: &'static CodeInfo = Box::leak(Box::new(info));
    let defaults = if defaults.is_empty() { None } else { Some(tuple::new(defaults)) };
    Ok(func::new_compiled(info, new_code, defaults.as_ref().map_or(0, Ref::w), 0, none()))
}

extern "C" fn new_code(fw: W, args: *const W, nargs: i64, kwnames: W) -> W {
    ret(new_body(fw, unsafe { native::args_view(args, nargs, kwnames) }))
}

fn new_body(fw: W, a: Args) -> PyResult<Ref> {
    let f = unsafe { obj::<FunctionObj>(fw) };
    let Some(info) = (unsafe { f.info.as_ref() }) else { return Err(exc::runtime_error("namedtuple __new__ without a signature")) };
    let mut out = vec![0; info.params.len()];
    crate::code::bind(f, info, &a, &mut out)?;
    let vals: Vec<Ref> = out.into_iter().map(Ref::new).collect();
    let mut vals = vals.into_iter();
    let Some(cls) = vals.next() else { return Err(exc::runtime_error("namedtuple __new__ without _cls")) };
    tuple_new(cls.w(), vals.collect())
}

/// `tuple.__new__(cls, items)`: a tuple, or an instance of tuple subclass `cls`.
fn tuple_new(cls: W, items: Vec<Ref>) -> PyResult<Ref> {
    if is_small(cls) || kind_of(cls) != Kind::Type {
        return Err(type_error(format!("tuple.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    let t = unsafe { obj::<TypeObject>(cls) };
    if std::ptr::eq(t, &TUPLE_TYPE) {
        return Ok(tuple::from_vec(items));
    }
    if !t.is_subtype(&TUPLE_TYPE) {
        return Err(type_error(format!("tuple.__new__({}): {} is not a subtype of tuple", t.name, t.name)));
    }
    Ok(tuple::from_vec_of_type(t, items))
}

fn self_arg<'a>(a: &'a Args, name: &str) -> PyResult<(W, W, &'a [W])> {
    match a.pos {
        [data, self_, rest @ ..] => Ok((*data, *self_, rest)),
        _ => Err(type_error(format!("{name}() missing 1 required positional argument: 'self'"))),
    }
}

/// A field's getter: item `index` of the tuple.
fn tuplegetter(a: &Args) -> PyResult<Ref> {
    let (index, self_, _) = self_arg(a, "_tuplegetter")?;
    if !tuple::is_tuple(self_) {
        return Err(type_error(format!("descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object", small_val(index), type_name(self_))));
    }
    match tuple::items(self_).get(small_val(index) as usize) {
        Some(&v) => Ok(Ref::borrow(v)),
        None => Err(exc::index_error("tuple index out of range")),
    }
}

fn readonly_set(_a: &Args) -> PyResult<Ref> {
    Err(attribute_error("can't set attribute"))
}

fn readonly_del(_a: &Args) -> PyResult<Ref> {
    Err(attribute_error("can't delete attribute"))
}

/// `_make(cls, iterable)` (a class method; the datum is the number of fields).
fn make_method(a: &Args) -> PyResult<Ref> {
    a.no_kw("_make")?;
    let [count, cls, iterable] = a.pos else {
        return Err(type_error(format!("_make() takes 2 positional arguments but {} were given", a.pos.len().saturating_sub(1))));
    };
    let r = tuple_new(*cls, ops::collect(*iterable)?)?;
    let n = ops::len(r.w())?;
    if n as i64 != small_val(*count) {
        return Err(type_error(format!("Expected {} arguments, got {n}", small_val(*count))));
    }
    Ok(r)
}

/// `_replace(self, /, **kwds)`: `self._make(map(kwds.pop, field_names, self))`, then an error
/// naming the keywords that are no fields.
fn replace_method(a: &Args) -> PyResult<Ref> {
    let (names, self_, rest) = self_arg(a, "_replace")?;
    if !rest.is_empty() {
        return Err(type_error(format!("_replace() takes 1 positional argument but {} were given", rest.len() + 1)));
    }
    let kwds = dict::new();
    for (&k, &v) in a.kwnames.iter().zip(a.kwvals) {
        dict::setitem(kwds.w(), k, v)?;
    }
    let values = ops::collect(self_)?;
    let mut items = Vec::new();
    for (&n, v) in tuple::items(names).iter().zip(&values) {
        items.push(dict::pop(kwds.w(), n, Some(v.w()))?);
    }
    let mapped = tuple::from_vec(items);
    let make = get(self_, "_make")?;
    let r = func::call(make.w(), &Args::pos(&[mapped.w()]))?;
    if dict::len(kwds.w()) > 0 {
        let left = crate::list::from_vec(dict::table(kwds.w()).iter().map(|e| Ref::borrow(e.key)).collect());
        return Err(value_error(format!("Got unexpected field names: {}", ops::repr_string(left.w())?)));
    }
    Ok(r)
}

/// `__repr__`: the class's name and `field=value` for each field.
fn repr_method(a: &Args) -> PyResult<Ref> {
    let (names, self_, _) = self_arg(a, "__repr__")?;
    let names = tuple::items(names);
    let values = if tuple::is_tuple(self_) { tuple::items(self_) } else { &[] };
    if values.len() < names.len() {
        return Err(type_error("not enough arguments for format string"));
    }
    if values.len() > names.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    let mut parts = Vec::with_capacity(names.len());
    for (&n, &v) in names.iter().zip(values) {
        parts.push(format!("{}={}", pstr::s(n), ops::repr_string(v)?));
    }
    let cls_name = get(type_of(self_).word(), "__name__")?;
    Ok(pstr::from_string(format!("{}({})", pstr::s(cls_name.w()), parts.join(", "))))
}

/// `_asdict`: `dict(zip(self._fields, self))`.
fn asdict_method(a: &Args) -> PyResult<Ref> {
    let (_, self_, _) = self_arg(a, "_asdict")?;
    let fields = get(self_, "_fields")?;
    let names = ops::collect(fields.w())?;
    let values = ops::collect(self_)?;
    let d = dict::new();
    for (n, v) in names.iter().zip(&values) {
        dict::setitem(d.w(), n.w(), v.w())?;
    }
    Ok(d)
}

fn getnewargs_method(a: &Args) -> PyResult<Ref> {
    let (_, self_, _) = self_arg(a, "__getnewargs__")?;
    Ok(tuple::from_vec(ops::collect(self_)?))
}

// ---- TypedDict

/// `class name(TypedDict, total=...): ns` (also `class name(SomeTypedDict): ns`).
pub fn typeddict_class(name: &str, bases: &[W], ns: W, kw: &[(Ref, Ref)]) -> PyResult<Ref> {
    let t = crate::typing::typing_types()?;
    let mut total = true;
    for (k, v) in kw {
        match pstr::s(k.w()) {
            "total" => total = ops::truthy(v.w())?,
            other => return Err(type_error(format!("_TypedDictMeta.__new__() got an unexpected keyword argument '{other}'"))),
        }
    }
    let mut generic = false;
    for &b in bases {
        if is_generic(b, t.generic, t.alias)? {
            generic = true;
        } else if b != t.typeddict && !is_typeddict(b) {
            return Err(type_error("cannot inherit from both a TypedDict type and a non-TypedDict base class"));
        }
    }
    let mut new_bases = Vec::new();
    if generic {
        new_bases.push(t.generic);
    }
    new_bases.push(DICT_TYPE.word());
    let new_bases = tuple::new(&new_bases);
    let cls = classes::new_class_kw(name, new_bases.w(), ns, &[])?;
    let annotations = dict::new();
    let required = set::new_empty(false);
    let optional = set::new_empty(false);
    for &b in bases.iter().filter(|&&b| is_typeddict(b)) {
        let own = classes::heap(unsafe { obj::<TypeObject>(b) }).dict;
        if let Some(a) = dict::get_str(own, "__annotations__") {
            dict::update(annotations.w(), a)?;
        }
        for (key, s) in [("__required_keys__", &required), ("__optional_keys__", &optional)] {
            if let Some(keys) = dict::get_str(own, key) {
                set::update(s.w(), keys)?;
            }
        }
    }
    let own: Vec<(W, W)> = match dict::get_str(ns, "__annotations__").filter(|&d| dict::is_dict(d)) {
        Some(d) => dict::table(d).iter().map(|e| (e.key, e.value)).collect(),
        None => Vec::new(),
    };
    let module = get(cls.w(), "__module__")?;
    for (k, tp) in own {
        let tp = crate::typing::type_convert(tp, module.w())?;
        let tp = tp.w();
        dict::setitem(annotations.w(), k, tp)?;
        let is_required = match crate::typing::alias_name(tp).as_deref() {
            Some("Required") => true,
            Some("NotRequired") => false,
            _ => total,
        };
        set::add(if is_required { required.w() } else { optional.w() }, k)?;
    }
    set_attr(cls.w(), "__annotations__", annotations.w())?;
    set_attr(cls.w(), "__required_keys__", set::copy(required.w(), true)?.w())?;
    set_attr(cls.w(), "__optional_keys__", set::copy(optional.w(), true)?.w())?;
    if dict::get_str(classes::heap(unsafe { obj::<TypeObject>(cls.w()) }).dict, "__total__").is_none() {
        set_attr(cls.w(), "__total__", bool_w(total))?;
    }
    TYPEDDICTS.with(|t| t.borrow_mut().push(cls.w()));
    Ok(cls)
}

/// `TypedDict(typename, fields=None, /, *, total=True, **kwargs)`.
pub fn typeddict_fn(a: &Args) -> PyResult<Ref> {
    let (typename, fields) = match a.pos {
        [n] => (*n, None),
        [n, f] => (*n, Some(*f).filter(|&f| !is_none(f))),
        [] => return Err(type_error("TypedDict() missing required argument 'typename' (pos 1)")),
        _ => return Err(type_error(format!("TypedDict() takes from 1 to 2 positional arguments but {} were given", a.pos.len()))),
    };
    let mut total = Vec::new();
    let annotations = match fields {
        Some(f) => {
            if a.kwnames.iter().any(|&k| pstr::s(k) != "total") {
                return Err(type_error("TypedDict takes either a dict or keyword arguments, but not both"));
            }
            dict::construct(&Args::pos(&[f]))?
        }
        None => dict::new(),
    };
    for (&k, &v) in a.kwnames.iter().zip(a.kwvals) {
        if pstr::s(k) == "total" {
            total.push((Ref::borrow(k), Ref::borrow(v)));
        } else {
            dict::setitem(annotations.w(), k, v)?;
        }
    }
    let Some(name) = pstr::as_str(typename) else {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", type_name(typename))));
    };
    let ns = dict::new();
    native::set_item(ns.w(), "__annotations__", annotations.w())?;
    native::set_item(ns.w(), "__module__", pstr::new("__main__").w())?;
    typeddict_class(name, &[], ns.w(), &total)
}

/// Calling TypedDict class `t` makes a plain dict (None for other classes).
pub fn typeddict_call(t: &'static TypeObject, a: &Args) -> Option<PyResult<Ref>> {
    is_typeddict(t.word()).then(|| dict::construct(a))
}

/// `typing.is_typeddict(tp)`.
pub fn is_typeddict_fn(a: &Args) -> PyResult<Ref> {
    a.exactly_one("is_typeddict")?;
    Ok(Ref::bool(is_typeddict(a.pos[0])))
}
