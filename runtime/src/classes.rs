//! User-defined classes created at run time (`rt_class_new`): heap type objects with a
//! namespace dict and a C3 MRO, instances with attribute dicts, method binding,
//! property / staticmethod / classmethod, `super`, and the dunder-method protocol that
//! the generic operations in `ops.rs` fall back to for instances of user classes.

use crate::exceptions::{self as exc, attribute_error, type_error};
use crate::func::{self, Args};
use crate::object::*;
use crate::{dict, instances, ops, str as pstr, tuple};

/// A class object: a TypeObject followed by the class's own data.
#[repr(C)]
pub struct HeapType {
    pub t: TypeObject,
    /// The class namespace (a dict).
    pub dict: W,
    /// The bases tuple.
    pub bases: W,
    /// Method resolution order, starting with the class itself.
    pub mro: Vec<&'static TypeObject>,
    pub qualname: String,
    pub module: String,
    /// The names declared in `__slots__` along the MRO: instances keep these attributes in
    /// their slot storage, never in `__dict__`.
    pub slot_names: Vec<String>,
    /// Instances have a `__dict__` (some class in the MRO does not declare `__slots__`, or
    /// one lists `"__dict__"`).
    pub has_dict: bool,
    /// The attributes instances keep in fixed word slots (`instances.rs`); empty but for the
    /// program's known classes.
    pub fields: Vec<String>,
    /// Bit i set: field i holds an unboxed f64 (bound while bit i of the instance's
    /// `bound` word is set); otherwise an object word.
    pub float_fields: u64,
    /// The class's `__del__` (borrowed from the MRO; 0: none) as of `DEL_EPOCH` value
    /// `finalizer_epoch` (see `finalize`).
    pub finalizer: std::sync::atomic::AtomicU64,
    pub finalizer_epoch: std::sync::atomic::AtomicU32,
}

#[repr(C)]
pub struct InstanceObj {
    pub hdr: ObjHeader,
    /// Attribute dict (0 for plain `object()` instances and slotted classes without one).
    pub dict: W,
    /// Values of `__slots__` attributes, name -> value (0 until one is set).
    pub slots: W,
    /// Instances of known classes: bit i set while unboxed float field i is bound.
    pub bound: u64,
}

impl Drop for InstanceObj {
    fn drop(&mut self) {
        decref(self.dict);
        decref(self.slots);
    }
}

#[repr(C)]
pub struct PropertyObj {
    pub hdr: ObjHeader,
    pub fget: W,
    pub fset: W,
    pub fdel: W,
    /// The attribute name (set when the class is created).
    pub name: W,
}

impl Drop for PropertyObj {
    fn drop(&mut self) {
        decref(self.fget);
        decref(self.fset);
        decref(self.fdel);
        decref(self.name);
    }
}

/// staticmethod / classmethod wrappers.
#[repr(C)]
pub struct WrapperObj {
    pub hdr: ObjHeader,
    pub f: W,
}

impl Drop for WrapperObj {
    fn drop(&mut self) {
        decref(self.f);
    }
}

#[repr(C)]
pub struct SuperObj {
    pub hdr: ObjHeader,
    pub cls: &'static TypeObject,
    pub obj: W,
}

impl Drop for SuperObj {
    fn drop(&mut self) {
        decref(self.obj);
    }
}

static_type!(PROPERTY_TYPE, "property", &OBJECT_TYPE, Kind::Property);
static_type!(STATICMETHOD_TYPE, "staticmethod", &OBJECT_TYPE, Kind::StaticMethod);
static_type!(CLASSMETHOD_TYPE, "classmethod", &OBJECT_TYPE, Kind::ClassMethod);
static_type!(SUPER_TYPE, "super", &OBJECT_TYPE, Kind::Super);
// Bound methods that run the builtin base implementation (reached through `super()`).
static_type!(BASE_METHOD_TYPE, "method-wrapper", &OBJECT_TYPE, Kind::BoundMethod);

#[inline]
pub fn heap(t: &'static TypeObject) -> &'static HeapType {
    unsafe { &*(t as *const TypeObject as *const HeapType) }
}

/// The MRO of a heap type.
pub fn mro(t: &'static TypeObject) -> &'static [&'static TypeObject] {
    &heap(t).mro
}

/// The MRO of any type (static types: their base chain).
pub fn mro_vec(t: &'static TypeObject) -> Vec<&'static TypeObject> {
    if t.heap {
        return heap(t).mro.clone();
    }
    let mut v = vec![];
    let mut c = Some(t);
    while let Some(x) = c {
        v.push(x);
        c = x.base();
    }
    v
}

fn type_ref(w: W) -> Option<&'static TypeObject> {
    if !is_small(w) && kind_of(w) == Kind::Type { Some(unsafe { obj::<TypeObject>(w) }) } else { None }
}

/// C3 linearisation; on failure, the heads of the sequences left to merge (the classes
/// CPython names in its error message).
fn c3(new: &'static TypeObject, bases: &[&'static TypeObject]) -> Result<Vec<&'static TypeObject>, Vec<&'static TypeObject>> {
    let mut seqs: Vec<Vec<&'static TypeObject>> = bases.iter().map(|b| mro_vec(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![new];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let Some(cand) = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| std::ptr::eq(*x, *c)))) else {
            let mut heads: Vec<&'static TypeObject> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| std::ptr::eq(*h, s[0])) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(cand);
        for s in seqs.iter_mut() {
            if std::ptr::eq(s[0], cand) {
                s.remove(0);
            }
        }
    }
}

/// `class name(*bases): ns` — creates the class object (immortal).
pub fn new_class(name: &str, bases_w: W, ns: W) -> PyResult<Ref> {
    new_class_kw(name, bases_w, ns, &[])
}

/// The prefix of the namespace keys under which compiled code passes a class statement's
/// keyword arguments (`class C(Base, flag=True)`), one key per keyword; no identifier
/// starts with it, so the class body never sees them.
pub const CLASS_KEYWORD_PREFIX: &str = ".class_keyword.";

/// Removes the class keywords (`CLASS_KEYWORD_PREFIX`) from namespace `ns`: (name, value)
/// pairs in order.
pub fn take_class_keywords(ns: W) -> PyResult<Vec<(Ref, Ref)>> {
    if ns == 0 || !dict::is_dict(ns) {
        return Ok(Vec::new());
    }
    let keys: Vec<W> = dict::table(ns).iter().map(|e| e.key).filter(|&k| pstr::as_str(k).is_some_and(|s| s.starts_with(CLASS_KEYWORD_PREFIX))).collect();
    let mut out = Vec::new();
    for k in keys {
        let v = dict::getitem(ns, k)?;
        dict::delitem(ns, k)?;
        out.push((pstr::new(&pstr::s(k)[CLASS_KEYWORD_PREFIX.len()..]), v));
    }
    Ok(out)
}

/// `new_class` with the class statement's keyword arguments `kw` (passed to the
/// `__init_subclass__` of the nearest base defining one; `object`'s takes none).
pub fn new_class_kw(name: &str, bases_w: W, ns: W, kw: &[(Ref, Ref)]) -> PyResult<Ref> {
    let mut bases: Vec<&'static TypeObject> = Vec::new();
    if bases_w != 0 && !is_none(bases_w) {
        if !tuple::is_tuple(bases_w) {
            return Err(type_error("class bases must be a tuple"));
        }
        for &b in tuple::items(bases_w) {
            match type_ref(b) {
                Some(t) => bases.push(t),
                None => {
                    return Err(type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
    }
    if bases.is_empty() {
        bases.push(&OBJECT_TYPE);
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| std::ptr::eq(*x, *b)) {
            return Err(type_error(format!("duplicate base class {}", b.name)));
        }
    }
    // The instance layout: a plain instance, an exception, or a container (instances of
    // subclasses of `tuple`, `list`, `dict`, `set` and `frozenset`, such as named tuples,
    // are objects of that builtin layout whose type is the class).
    let mut kind = Kind::Instance;
    for b in &bases {
        let k = match b.kind {
            Kind::Object | Kind::Instance => continue,
            Kind::Exception | Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float => b.kind,
            _ => return Err(exc::not_implemented(&format!("subclassing the builtin type '{}'", b.name))),
        };
        if kind != Kind::Instance && kind != k {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
        kind = k;
    }
    if ns != 0 && !dict::is_dict(ns) {
        return Err(type_error("class namespace must be a dict"));
    }
    let d = dict::new();
    if ns != 0 {
        dict::update(d.w(), ns)?;
    }
    // `__init_subclass__` is implicitly a classmethod
    if let Some(f) = dict::get_str(d.w(), "__init_subclass__").filter(|&f| !is_small(f) && kind_of(f) == Kind::Function) {
        incref(f);
        let cm = Ref::new(alloc(WrapperObj { hdr: ObjHeader::new(&CLASSMETHOD_TYPE), f }));
        let k = pstr::new("__init_subclass__");
        dict::setitem(d.w(), k.w(), cm.w())?;
    }
    // `__new__` (implicitly a static method) is supported for subclasses of `str`, `tuple`
    // and `float`, whose instances it makes through `str.__new__` and the like
    match dict::get_str(d.w(), "__new__") {
        Some(f) if matches!(kind, Kind::Str | Kind::Tuple | Kind::Float) => {
            if !is_small(f) && kind_of(f) == Kind::Function {
                incref(f);
                let sm = Ref::new(alloc(WrapperObj { hdr: ObjHeader::new(&STATICMETHOD_TYPE), f }));
                let k = pstr::new("__new__");
                dict::setitem(d.w(), k.w(), sm.w())?;
            }
        }
        Some(_) => return Err(exc::not_implemented("classes defining __new__ (other than subclasses of str, tuple and float)")),
        None => {}
    }
    if dict::get_str(d.w(), "__doc__").is_none() {
        let k = pstr::new("__doc__");
        dict::setitem(d.w(), k.w(), none())?;
    }
    let (slot_names, has_dict) = instance_slots(d.w(), &bases, kind)?;
    if dict::get_str(d.w(), "__eq__").is_some() && dict::get_str(d.w(), "__hash__").is_none() {
        let k = pstr::new("__hash__");
        dict::setitem(d.w(), k.w(), none())?;
    }
    // properties learn their attribute name (as __set_name__ would tell them)
    let entries: Vec<(W, W)> = dict::table(d.w()).iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in entries {
        if !is_small(v) && kind_of(v) == Kind::Property {
            let p = unsafe { obj_mut::<PropertyObj>(v) };
            if p.name == 0 {
                incref(k);
                p.name = k;
            }
        }
    }
    let qualname = match dict::get_str(d.w(), "__qualname__").and_then(pstr::as_str) {
        Some(q) => q.to_string(),
        None => name.to_string(),
    };
    // as type.__new__, the class keeps its qualified name out of its namespace
    if dict::get_str(d.w(), "__qualname__").is_some() {
        let k = pstr::new("__qualname__");
        dict::delitem(d.w(), k.w())?;
    }
    let module = match dict::get_str(d.w(), "__module__").and_then(pstr::as_str) {
        Some(m) => m.to_string(),
        None => "__main__".to_string(),
    };
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    let bases_t = tuple::new(&bases.iter().map(|b| b.word()).collect::<Vec<_>>());
    let ht = Box::new(HeapType {
        t: TypeObject { hdr: ObjHeader::immortal(&TYPE_TYPE), name: leaked, base: bases[0], kind, heap: true },
        dict: d.into_w(),
        bases: bases_t.into_w(),
        mro: Vec::new(),
        qualname,
        module,
        slot_names,
        has_dict,
        fields: Vec::new(),
        float_fields: 0,
        finalizer: std::sync::atomic::AtomicU64::new(0),
        finalizer_epoch: std::sync::atomic::AtomicU32::new(0),
    });
    let p = Box::into_raw(ht);
    let t: &'static TypeObject = unsafe { &(*p).t };
    let m = match c3(t, &bases) {
        Ok(m) => m,
        Err(heads) => {
            let names: Vec<&str> = heads.iter().map(|b| b.name).collect();
            return Err(type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
        }
    };
    unsafe { (*p).mro = m };
    let cls = Ref::new(p as W);
    set_names(cls.w(), t)?;
    // type.__new__ ends with super(cls, cls).__init_subclass__()
    let parent_hook = mro(t)[1..].iter().filter(|c| c.heap).find_map(|c| dict::get_str(heap(c).dict, "__init_subclass__"));
    let kwnames: Vec<W> = kw.iter().map(|(k, _)| k.w()).collect();
    let kwvals: Vec<W> = kw.iter().map(|(_, v)| v.w()).collect();
    let kwtuple = tuple::new(&kwnames);
    let kwargs = Args { pos: &[], kwnames: &kwnames, kwvals: &kwvals, kwtuple: if kw.is_empty() { 0 } else { kwtuple.w() } };
    match parent_hook {
        Some(h) => {
            let n = pstr::new("__init_subclass__");
            let f = bind(h, cls.w(), t, n.w())?;
            func::call(f.w(), &kwargs)?;
        }
        None if !kw.is_empty() => return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", heap(t).qualname))),
        None => {}
    }
    Ok(cls)
}

/// type.__new__'s `set_names`: each namespace value whose class defines `__set_name__` learns
/// its owner and name (an error is wrapped in RuntimeError, as CPython 3.11 does).
fn set_names(cls: W, t: &'static TypeObject) -> PyResult<()> {
    let entries: Vec<(Ref, Ref)> = dict::table(heap(t).dict).iter().map(|e| (Ref::borrow(e.key), Ref::borrow(e.value))).collect();
    for (k, v) in &entries {
        let Some(hook) = special(v.w(), "__set_name__") else { continue };
        if func::call(hook, &Args::pos(&[v.w(), cls, k.w()])).is_err() {
            let cause = exc::fetch();
            let msg = format!("Error calling __set_name__ on '{}' instance {} in '{}'", type_name(v.w()), pstr::repr(k.w()), t.name);
            let e = exc::new_exc_msg(&exc::RUNTIME_ERROR, &msg);
            let raised = exc::raise_from(e.w(), cause);
            decref(cause);
            return Err(raised);
        }
    }
    Ok(())
}

/// The `__get__`, `__set__` or `__delete__` of a class attribute that is an instance of a
/// user class defining it (a user descriptor).
fn descr_method(attr: W, name: &str) -> Option<W> {
    if is_small(attr) { None } else { special(attr, name) }
}

/// Is the class attribute a user data descriptor (its class defines `__set__` or
/// `__delete__`), which takes precedence over the instance dict?
fn is_data_descr(attr: W) -> bool {
    descr_method(attr, "__set__").is_some() || descr_method(attr, "__delete__").is_some()
}

/// `HeapType::slot_names` and `has_dict` of a new class with namespace `ns`.
fn instance_slots(ns: W, bases: &[&'static TypeObject], kind: Kind) -> PyResult<(Vec<String>, bool)> {
    let mut names: Vec<String> = Vec::new();
    let mut has_dict = kind == Kind::Exception;
    for b in bases {
        if b.heap {
            let h = heap(b);
            names.extend(h.slot_names.iter().filter(|n| !names.contains(n)).cloned().collect::<Vec<_>>());
            has_dict |= h.has_dict;
        }
    }
    let Some(decl) = dict::get_str(ns, "__slots__") else { return Ok((names, true)) };
    let items = if pstr::is_str(decl) { vec![Ref::borrow(decl)] } else { ops::collect(decl)? };
    for it in &items {
        let Some(n) = pstr::as_str(it.w()) else {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(it.w()))));
        };
        if n == "__dict__" {
            has_dict = true;
            continue;
        }
        // `__weakref__` is no attribute slot: it lets instances be weakly referenced
        // (`has_weakref`).
        if n == "__weakref__" {
            continue;
        }
        if kind == Kind::Tuple {
            return Err(type_error("nonempty __slots__ not supported for subtype of 'tuple'"));
        }
        if dict::get_str(ns, n).is_some() {
            return Err(exc::value_error(format!("'{n}' in __slots__ conflicts with class variable")));
        }
        if !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    }
    Ok((names, has_dict))
}

/// Is `name` a `__slots__` attribute of instances of `t`?
fn is_slot(t: &'static TypeObject, name: &str) -> bool {
    t.heap && heap(t).slot_names.iter().any(|n| n == name)
}

/// The slot storage of instance `w` (created on demand).
fn slot_storage(w: W, create: bool) -> Option<W> {
    match kind_of(w) {
        Kind::Instance => {}
        Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float if type_of(w).heap => return side_table(w, create, |e| &mut e.1),
        _ => return None,
    }
    let o = unsafe { obj_mut::<InstanceObj>(w) };
    if o.slots == 0 && create {
        o.slots = dict::new().into_w();
    }
    if o.slots == 0 { None } else { Some(o.slots) }
}

/// Finds `name` in the namespaces along the MRO of a heap type (borrowed).
pub fn lookup(t: &'static TypeObject, name: &str) -> Option<W> {
    if !t.heap {
        return None;
    }
    for c in mro(t) {
        if c.heap
            && let Some(v) = dict::get_str(heap(c).dict, name)
        {
            return Some(v);
        }
    }
    None
}

/// The instance attribute dict of `w`, created on demand for exceptions.
fn inst_dict(w: W, create: bool) -> Option<W> {
    match kind_of(w) {
        Kind::Instance | Kind::Object => {
            let o = unsafe { obj_mut::<InstanceObj>(w) };
            let t = type_of(w);
            if o.dict == 0 && create && t.heap && heap(t).has_dict {
                o.dict = dict::new().into_w();
            }
            if o.dict == 0 { None } else { Some(o.dict) }
        }
        Kind::Exception => {
            let e = exc::eobj(w);
            if e.dict == 0 && create {
                e.dict = dict::new().into_w();
            }
            if e.dict == 0 { None } else { Some(e.dict) }
        }
        Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float if type_of(w).heap && heap(type_of(w)).has_dict => side_table(w, create, |e| &mut e.0),
        _ => None,
    }
}

thread_local! {
    /// The attribute dicts and slot storage of instances of subclasses of the builtin
    /// containers (their objects have no room for them; most named tuples declare
    /// `__slots__ = ()` and have neither): (dict, slots), 0 when not made yet.
    static SIDE_TABLE: std::cell::RefCell<std::collections::HashMap<W, (W, W)>> = std::cell::RefCell::new(std::collections::HashMap::new());
}

/// One word of `w`'s `SIDE_TABLE` entry (a dict created on demand).
fn side_table(w: W, create: bool, field: fn(&mut (W, W)) -> &mut W) -> Option<W> {
    SIDE_TABLE.with(|m| {
        let mut m = m.borrow_mut();
        let e = match m.get_mut(&w) {
            Some(e) => e,
            None if create => m.entry(w).or_insert((0, 0)),
            None => return None,
        };
        let f = field(e);
        if *f == 0 && create {
            *f = dict::new().into_w();
        }
        if *f == 0 { None } else { Some(*f) }
    })
}

/// Frees the attribute dict and slots of an instance of a builtin container's subclass
/// being deallocated.
pub fn drop_side_table(w: W) {
    if let Some((d, s)) = SIDE_TABLE.with(|m| m.borrow_mut().remove(&w)) {
        for x in [d, s] {
            if x != 0 {
                decref(x);
            }
        }
    }
}

/// Binds a class attribute found for instance `w` (of class `t`).
pub fn bind(attr: W, w: W, t: &'static TypeObject, name_w: W) -> PyResult<Ref> {
    if is_small(attr) {
        return Ok(Ref::new(attr));
    }
    Ok(match kind_of(attr) {
        Kind::Function => {
            incref(w);
            incref(name_w);
            incref(attr);
            Ref::new(alloc(func::BoundMethodObj { hdr: ObjHeader::new(&METHOD_TYPE), self_: w, name: name_w, func: attr }))
        }
        Kind::StaticMethod => Ref::borrow(unsafe { obj::<WrapperObj>(attr) }.f),
        Kind::ClassMethod => {
            let f = unsafe { obj::<WrapperObj>(attr) }.f;
            incref(f);
            incref(name_w);
            Ref::new(alloc(func::BoundMethodObj { hdr: ObjHeader::new(&METHOD_TYPE), self_: t.word(), name: name_w, func: f }))
        }
        Kind::Property => {
            let p = unsafe { obj::<PropertyObj>(attr) };
            if p.fget == 0 || is_none(p.fget) {
                return Err(attribute_error(format!("property '{}' of '{}' object has no getter", pname(p, name_w), t.name)));
            }
            func::call(p.fget, &Args::pos(&[w]))?
        }
        _ => match descr_method(attr, "__get__") {
            Some(get) => func::call(get, &Args::pos(&[attr, w, t.word()]))?,
            None => Ref::borrow(attr),
        },
    })
}

fn pname(p: &PropertyObj, name_w: W) -> &'static str {
    if p.name != 0 { pstr::s(p.name) } else { pstr::s(name_w) }
}

/// Attribute lookup on an instance of a user class (None: not found here).
pub fn instance_getattr(w: W, name_w: W) -> PyResult<Option<Ref>> {
    let name = pstr::s(name_w);
    let t = type_of(w);
    let cls_attr = lookup(t, name);
    if let Some(a) = cls_attr
        && !is_small(a)
        && (kind_of(a) == Kind::Property || (is_data_descr(a) && descr_method(a, "__get__").is_some()))
    {
        return bind(a, w, t, name_w).map(Some);
    }
    if is_slot(t, name) {
        return Ok(slot_storage(w, false).and_then(|d| dict::get_str(d, name)).map(Ref::borrow));
    }
    if name == "__dict__"
        && let Some(d) = inst_dict(w, true)
    {
        return Ok(Some(Ref::borrow(d)));
    }
    if name == "__weakref__" && has_weakref(t) {
        // no weak references are ever made
        return Ok(Some(Ref::none()));
    }
    if let Some(Some(v)) = instances::get(w, name) {
        return Ok(Some(v));
    }
    if let Some(d) = inst_dict(w, false)
        && let Some(v) = dict::get_str(d, name)
    {
        return Ok(Some(Ref::borrow(v)));
    }
    if let Some(a) = cls_attr {
        return bind(a, w, t, name_w).map(Some);
    }
    if builtin_base(t, name).is_some() {
        let style = crate::slots::find(t, name).map_or(crate::slots::Style::Method, |(_, s)| s);
        return Ok(Some(crate::slots::bound(w, style, name_w)));
    }
    Ok(None)
}

/// Do instances of `t` have a `__weakref__` slot (some class along the MRO does not declare
/// `__slots__`, or lists `"__weakref__"`)?
fn has_weakref(t: &'static TypeObject) -> bool {
    mro(t).iter().filter(|c| c.heap).any(|c| match dict::get_str(heap(c).dict, "__slots__") {
        None => true,
        Some(s) if pstr::is_str(s) => pstr::s(s) == "__weakref__",
        Some(s) => ops::collect(s).map(|v| v.iter().any(|n| pstr::as_str(n.w()) == Some("__weakref__"))).unwrap_or_else(|_| {
            exc::clear();
            false
        }),
    })
}

/// The builtin class in `t`'s MRO that provides method `name` (`object.__repr__`, ...).
fn builtin_base(t: &'static TypeObject, name: &str) -> Option<&'static TypeObject> {
    mro_vec(t).into_iter().find(|b| !b.heap && base_has(b, name))
}

/// A user `__getattribute__` of `w`'s class: runs it (and `__getattr__` after an
/// AttributeError); None when the class keeps `object.__getattribute__`.
pub fn getattribute_override(w: W, name_w: W) -> Option<PyResult<Ref>> {
    let g = special(w, "__getattribute__")?;
    let r = func::call(g, &Args::pos(&[w, name_w]));
    if r.is_err()
        && exc::matches(exc::current(), exc::ATTRIBUTE_ERROR.word()).unwrap_or(false)
        && let Some(fb) = lookup(type_of(w), "__getattr__")
    {
        exc::clear();
        return Some(func::call(fb, &Args::pos(&[w, name_w])));
    }
    Some(r)
}

/// `__getattr__` fallback after normal lookup failed.
pub fn getattr_fallback(w: W, name_w: W) -> Option<PyResult<Ref>> {
    let t = type_of(w);
    let g = lookup(t, "__getattr__")?;
    Some(func::call(g, &Args::pos(&[w, name_w])))
}

/// Attribute lookup on a class object.
pub fn class_getattr(t: &'static TypeObject, name_w: W) -> PyResult<Option<Ref>> {
    let name = pstr::s(name_w);
    let h = heap(t);
    match name {
        "__name__" => return Ok(Some(pstr::new(t.name))),
        "__qualname__" => return Ok(Some(pstr::new(&h.qualname))),
        "__module__" => return Ok(Some(pstr::new(&h.module))),
        "__dict__" => return Ok(Some(Ref::borrow(h.dict))),
        "__bases__" => return Ok(Some(Ref::borrow(h.bases))),
        "__mro__" => return Ok(Some(tuple::new(&h.mro.iter().map(|x| x.word()).collect::<Vec<_>>()))),
        _ => {}
    }
    match lookup(t, name) {
        Some(a) if !is_small(a) && kind_of(a) == Kind::StaticMethod => Ok(Some(Ref::borrow(unsafe { obj::<WrapperObj>(a) }.f))),
        Some(a) if !is_small(a) && kind_of(a) == Kind::ClassMethod => bind(a, t.word(), t, name_w).map(Some),
        Some(a) => match descr_method(a, "__get__") {
            Some(get) => func::call(get, &Args::pos(&[a, none(), t.word()])).map(Some),
            None => Ok(Some(Ref::borrow(a))),
        },
        // `dict.fromkeys` is a class method: bound to a subclass, it makes an instance of it
        None if name == "fromkeys" && t.kind == Kind::Dict => {
            let f = func::new_builtin("fromkeys", crate::dict::fromkeys_of_class);
            incref(name_w);
            Ok(Some(Ref::new(alloc(func::BoundMethodObj { hdr: ObjHeader::new(&METHOD_TYPE), self_: t.word(), name: name_w, func: f.into_w() }))))
        }
        None => Ok(builtin_base(t, name).map(|b| match crate::slots::find(b, name) {
            Some((owner, _)) => crate::slots::descr(owner, name_w),
            None => func::method_descr(b, name_w),
        })),
    }
}

/// `obj.name = v` on an instance of a user class; false when not applicable: the class's
/// `__setattr__` when it defines one (it alone decides, properties included), else
/// `object.__setattr__`.
pub fn instance_setattr(w: W, name_w: W, v: W) -> PyResult<bool> {
    if let Some(s) = lookup(type_of(w), "__setattr__") {
        func::call(s, &Args::pos(&[w, name_w, v]))?;
        return Ok(true);
    }
    generic_setattr(w, name_w, v)
}

/// `object.__setattr__`: properties, then slots or the instance dict.
pub fn generic_setattr(w: W, name_w: W, v: W) -> PyResult<bool> {
    let name = pstr::s(name_w);
    let t = type_of(w);
    if let Some(a) = lookup(t, name)
        && !is_small(a)
        && kind_of(a) == Kind::Property
    {
        let p = unsafe { obj::<PropertyObj>(a) };
        if p.fset == 0 || is_none(p.fset) {
            return Err(attribute_error(format!("property '{}' of '{}' object has no setter", pname(p, name_w), t.name)));
        }
        func::call(p.fset, &Args::pos(&[w, v]))?;
        return Ok(true);
    }
    if let Some(a) = lookup(t, name)
        && is_data_descr(a)
    {
        let Some(set) = descr_method(a, "__set__") else { return Err(attribute_error("__set__")) };
        func::call(set, &Args::pos(&[a, w, v]))?;
        return Ok(true);
    }
    if is_slot(t, name)
        && let Some(d) = slot_storage(w, true)
    {
        dict::setitem(d, name_w, v)?;
        return Ok(true);
    }
    if instances::set(w, name, v)? {
        return Ok(true);
    }
    match inst_dict(w, true) {
        Some(d) => {
            dict::setitem(d, name_w, v)?;
            Ok(true)
        }
        None if t.heap && lookup(t, name).is_some() => Err(attribute_error(format!("'{}' object attribute '{name}' is read-only", t.name))),
        None => Ok(false),
    }
}

pub fn instance_delattr(w: W, name_w: W) -> PyResult<bool> {
    if let Some(s) = lookup(type_of(w), "__delattr__") {
        func::call(s, &Args::pos(&[w, name_w]))?;
        return Ok(true);
    }
    generic_delattr(w, name_w)
}

/// `object.__delattr__`: properties, then slots or the instance dict.
pub fn generic_delattr(w: W, name_w: W) -> PyResult<bool> {
    let name = pstr::s(name_w);
    let t = type_of(w);
    if let Some(a) = lookup(t, name)
        && !is_small(a)
        && kind_of(a) == Kind::Property
    {
        let p = unsafe { obj::<PropertyObj>(a) };
        if p.fdel == 0 || is_none(p.fdel) {
            return Err(attribute_error(format!("property '{}' of '{}' object has no deleter", pname(p, name_w), t.name)));
        }
        func::call(p.fdel, &Args::pos(&[w]))?;
        return Ok(true);
    }
    if let Some(a) = lookup(t, name)
        && is_data_descr(a)
    {
        let Some(del) = descr_method(a, "__delete__") else { return Err(attribute_error("__delete__")) };
        func::call(del, &Args::pos(&[a, w]))?;
        return Ok(true);
    }
    if is_slot(type_of(w), name) {
        return match slot_storage(w, false) {
            Some(d) if dict::contains(d, name_w)? => dict::delitem(d, name_w).map(|_| true),
            _ => Err(attribute_error(name)),
        };
    }
    if let Some(bound) = instances::delete(w, name) {
        return Ok(bound);
    }
    match inst_dict(w, false) {
        Some(d) if dict::contains(d, name_w)? => {
            dict::delitem(d, name_w)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn class_setattr(t: &'static TypeObject, name_w: W, v: W) -> PyResult<()> {
    if pstr::s(name_w) == "__del__" {
        DEL_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    dict::setitem(heap(t).dict, name_w, v)
}

/// `del cls.name`: only the class's own namespace (false when `name` is not there).
pub fn class_delattr(t: &'static TypeObject, name_w: W) -> PyResult<bool> {
    let d = heap(t).dict;
    if !dict::contains(d, name_w)? {
        return Ok(false);
    }
    dict::delitem(d, name_w)?;
    if pstr::s(name_w) == "__del__" {
        DEL_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    Ok(true)
}

/// Creates an instance by calling class `t`.
pub fn instantiate(t: &'static TypeObject, a: &Args) -> PyResult<Ref> {
    if t.kind == Kind::Tuple {
        return instantiate_tuple(t, a);
    }
    if let Some(r) = crate::typing_classes::typeddict_call(t, a) {
        return r;
    }
    if matches!(t.kind, Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float) {
        return instantiate_container(t, a);
    }
    let obj = if t.kind == Kind::Exception {
        exc::new_exc(t, a.pos)
    } else if instances::field_count(t) > 0 {
        instances::new(t)
    } else {
        let d = if heap(t).has_dict { dict::new().into_w() } else { 0 };
        Ref::new(alloc(InstanceObj { hdr: ObjHeader::new(t), dict: d, slots: 0, bound: 0 }))
    };
    match lookup(t, "__init__") {
        Some(init) => {
            let r = call_with_self(init, obj.w(), a)?;
            if !is_none(r.w()) {
                return Err(type_error(format!("__init__() should return None, not '{}'", type_name(r.w()))));
            }
        }
        None => {
            if t.kind == Kind::Exception {
                if a.has_kw() {
                    return Err(type_error(format!("{}() takes no keyword arguments", t.name)));
                }
            } else if !a.pos.is_empty() || a.has_kw() {
                return Err(type_error(format!("{}() takes no arguments", t.name)));
            }
        }
    }
    Ok(obj)
}

/// Calls a subclass `t` of `tuple`: its `__new__` (a named tuple's, or `tuple.__new__`:
/// the items of at most one iterable), then its `__init__` if a class along the MRO defines
/// one and `__new__` made an instance of `t`.
fn instantiate_tuple(t: &'static TypeObject, a: &Args) -> PyResult<Ref> {
    let obj = match lookup(t, "__new__") {
        Some(f) => {
            let f = if !is_small(f) && kind_of(f) == Kind::StaticMethod { unsafe { obj::<WrapperObj>(f) }.f } else { f };
            call_with_self(f, t.word(), a)?
        }
        None => {
            if a.has_kw() {
                return Err(type_error("tuple() takes no keyword arguments"));
            }
            a.expect("tuple", 0, 1)?;
            let items = match a.pos.first() {
                Some(&x) => ops::collect(x)?,
                None => Vec::new(),
            };
            tuple::from_vec_of_type(t, items)
        }
    };
    if type_of(obj.w()).is_subtype(t)
        && let Some(init) = lookup(t, "__init__")
    {
        let r = call_with_self(init, obj.w(), a)?;
        if !is_none(r.w()) {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(r.w()))));
        }
    }
    Ok(obj)
}

/// Calls a subclass `t` of `list`, `dict`, `set`, `frozenset` or `str`: an empty list, dict
/// or set of class `t` (a frozenset gets its items here, from at most one iterable, as
/// `frozenset.__new__`; a str its text, as `str.__new__`), then the `__init__` of a class along the MRO, else the builtin
/// type's (classes defining `__new__` are refused at creation).
fn instantiate_container(t: &'static TypeObject, a: &Args) -> PyResult<Ref> {
    let init = lookup(t, "__init__");
    let obj = match t.kind {
        Kind::List => crate::list::new_of_type(t),
        Kind::Dict => dict::new_of_type(t),
        Kind::Set => crate::set::new_of_type(t),
        // the class's `__new__`, else `str.__new__`, which takes every argument (`object`,
        // `encoding`, `errors`) whatever `__init__` takes
        Kind::Str | Kind::Float => {
            let s = match lookup(t, "__new__") {
                Some(f) => {
                    let f = if !is_small(f) && kind_of(f) == Kind::StaticMethod { unsafe { obj::<WrapperObj>(f) }.f } else { f };
                    call_with_self(f, t.word(), a)?
                }
                None if t.kind == Kind::Float => {
                    a.no_kw("float")?;
                    crate::float::new_of_type(t, crate::float::val(crate::builtins::construct(&FLOAT_TYPE, a)?.w()))
                }
                None => pstr::new_of_type(t, crate::builtins::construct(&STR_TYPE, a)?.w()),
            };
            if init.is_none() || !type_of(s.w()).is_subtype(t) {
                return Ok(s);
            }
            s
        }
        _ => {
            if init.is_none() {
                a.no_kw("frozenset")?;
            }
            if a.pos.len() > 1 {
                return Err(type_error(format!("{} expected at most 1 argument, got {}", t.name, a.pos.len())));
            }
            let s = crate::set::new_of_type(t);
            if let Some(&x) = a.pos.first() {
                crate::set::update(s.w(), x)?;
            }
            if init.is_none() {
                return Ok(s);
            }
            s
        }
    };
    match init {
        Some(init) => {
            let r = call_with_self(init, obj.w(), a)?;
            if !is_none(r.w()) {
                return Err(type_error(format!("__init__() should return None, not '{}'", type_name(r.w()))));
            }
        }
        None => {
            builtin_init(obj.w(), a)?;
        }
    }
    Ok(obj)
}

/// `list.__init__(w, *a)`, `set.__init__(w, *a)` (cleared, then filled) and
/// `dict.__init__(w, *a, **kw)` (updated) for a list, set or dict `w`, never through the
/// overrides of a subclass.
pub fn builtin_init(w: W, a: &Args) -> PyResult<()> {
    if kind_of(w) == Kind::Set {
        a.no_kw("set")?;
        if a.pos.len() > 1 {
            return Err(type_error(format!("{} expected at most 1 argument, got {}", type_name(w), a.pos.len())));
        }
        crate::set::clear(w);
        if let Some(&x) = a.pos.first() {
            crate::set::update(w, x)?;
        }
        return Ok(());
    }
    if kind_of(w) == Kind::Dict {
        if a.pos.len() > 1 {
            return Err(type_error(format!("dict expected at most 1 argument, got {}", a.pos.len())));
        }
        crate::dict::call_method(w, "update", a)?;
        return Ok(());
    }
    a.no_kw("list")?;
    a.expect("list", 0, 1)?;
    crate::list::clear(w);
    if let Some(&x) = a.pos.first() {
        crate::list::extend(w, x)?;
    }
    Ok(())
}

/// A plain `object()`.
pub fn new_object() -> Ref {
    Ref::new(alloc(InstanceObj { hdr: ObjHeader::new(&OBJECT_TYPE), dict: 0, slots: 0, bound: 0 }))
}

/// Calls `f(self, *args, **kw)`.
pub fn call_with_self(f: W, self_: W, a: &Args) -> PyResult<Ref> {
    let mut v = Vec::with_capacity(1 + a.pos.len() + a.kwvals.len());
    v.push(self_);
    v.extend_from_slice(a.pos);
    v.extend_from_slice(a.kwvals);
    let n = 1 + a.pos.len();
    let b = Args { pos: &v[..n], kwnames: a.kwnames, kwvals: &v[n..], kwtuple: a.kwtuple };
    func::call(f, &b)
}

/// The special method `name` of `w`'s class, if it is a user class defining one.
#[inline]
pub fn special(w: W, name: &str) -> Option<W> {
    let t = type_of(w);
    if !t.heap {
        return None;
    }
    lookup(t, name)
}

/// The function `name` that class object `c` (a user class) or one of its bases defines.
pub fn special_of_class(c: W, name: &str) -> Option<W> {
    let t = unsafe { obj::<TypeObject>(c) };
    if !t.heap {
        return None;
    }
    lookup(t, name).filter(|&f| !is_small(f) && kind_of(f) == Kind::Function)
}

/// Calls special method `name` on `w` if its class defines it. A dunder set to None is
/// defined: calling it raises "'NoneType' object is not callable", as CPython's slot
/// functions do; the protocols that None disables with their own message (`__hash__`,
/// `__iter__`, `__contains__`, `__reversed__`) check `special` for None first.
pub fn call_special(w: W, name: &str, args: &[W]) -> Option<PyResult<Ref>> {
    let f = special(w, name)?;
    let mut v = Vec::with_capacity(1 + args.len());
    v.push(w);
    v.extend_from_slice(args);
    Some(match kind_of(f) {
        Kind::StaticMethod => func::call(unsafe { obj::<WrapperObj>(f) }.f, &Args::pos(args)),
        _ => func::call(f, &Args::pos(&v)),
    })
}

/// `obj.name(*args)` for instances of user classes (None: no such attribute).
pub fn call_method(w: W, name: &str, a: &Args) -> Option<PyResult<Ref>> {
    if special(w, "__getattribute__").is_some() {
        return None;
    }
    if let Some(d) = inst_dict(w, false)
        && let Some(f) = dict::get_str(d, name)
    {
        return Some(func::call(f, a));
    }
    let t = type_of(w);
    let f = lookup(t, name)?;
    if !is_small(f) && kind_of(f) == Kind::Function {
        return Some(call_with_self(f, w, a));
    }
    let n = pstr::new(name);
    Some(bind(f, w, t, n.w()).and_then(|b| func::call(b.w(), a)))
}

fn qualified(t: &'static TypeObject) -> String {
    let h = heap(t);
    if h.module == "__main__" || h.module == "builtins" { h.qualname.clone() } else { format!("{}.{}", h.module, h.qualname) }
}

/// The name tracebacks print for an exception class.
pub fn exc_type_name(t: &'static TypeObject) -> String {
    if t.heap { qualified(t) } else { t.name.to_string() }
}

pub fn class_repr(t: &'static TypeObject) -> String {
    let h = heap(t);
    format!("<class '{}.{}'>", h.module, h.qualname)
}

pub fn default_repr(w: W) -> String {
    let t = type_of(w);
    if t.heap {
        let h = heap(t);
        return format!("<{}.{} object at {:#x}>", h.module, h.qualname, w);
    }
    format!("<{} object at {:#x}>", t.name, w)
}

fn want_str(r: Ref, what: &str) -> PyResult<String> {
    match pstr::as_str(r.w()) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!("{what} returned non-string (type {})", type_name(r.w())))),
    }
}

/// repr() of an instance of a user class.
pub fn repr(w: W) -> PyResult<String> {
    if let Some(r) = call_special(w, "__repr__", &[]) {
        return want_str(r?, "__repr__");
    }
    ops::repr_builtin(w)
}

/// str() of an instance of a user class.
pub fn str(w: W) -> PyResult<String> {
    // a str subclass inherits `str.__str__` (its text), not `object.__str__`
    if kind_of(w) == Kind::Str {
        return match call_special(w, "__str__", &[]) {
            Some(r) => want_str(r?, "__str__"),
            None => Ok(pstr::s(w).to_string()),
        };
    }
    // object.__str__ calls the repr slot unchecked; str() checks the result
    let is_exc = kind_of(w) == Kind::Exception;
    if let Some(r) = call_special(w, "__str__", &[]).or_else(|| if is_exc { None } else { call_special(w, "__repr__", &[]) }) {
        return want_str(r?, "__str__");
    }
    if kind_of(w) == Kind::Exception {
        return exc::exc_str(w);
    }
    repr(w)
}

pub fn truthy(w: W) -> PyResult<bool> {
    if let Some(r) = call_special(w, "__bool__", &[]) {
        let r = r?;
        if kind_of(r.w()) != Kind::Bool {
            return Err(type_error(format!("__bool__ should return bool, returned {}", type_name(r.w()))));
        }
        return Ok(r.w() == true_w());
    }
    if special(w, "__len__").is_some() {
        return Ok(len(w)? != 0);
    }
    Ok(true)
}

pub fn len(w: W) -> PyResult<usize> {
    match call_special(w, "__len__", &[]) {
        Some(r) => len_result(r?.w()),
        None => Err(type_error(format!("object of type '{}' has no len()", type_name(w)))),
    }
}

/// Checks what `__len__` returned as CPython's `slot_sq_length` does: `__index__` it, the sign
/// first, then the fit into an index-sized integer.
fn len_result(r: W) -> PyResult<usize> {
    let Some(v) = ops::index_value(r) else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r))));
    };
    let v = v?;
    if crate::int::sign(v.w()) < 0 {
        return Err(exc::value_error("__len__() should return >= 0"));
    }
    crate::int::to_i64(v.w()).map(|n| n as usize).ok_or_else(|| exc::overflow_error("cannot fit 'int' into an index-sized integer"))
}

pub fn hash(w: W) -> PyResult<i64> {
    match special(w, "__hash__") {
        Some(h) if is_none(h) => Err(type_error(format!("unhashable type: '{}'", type_name(w)))),
        Some(_) => {
            let r = call_special(w, "__hash__", &[]).unwrap_or_else(|| Ok(Ref::int(0)))?;
            if !crate::int::is_int(r.w()) {
                return Err(type_error("__hash__ method should return an integer"));
            }
            let h = crate::int::to_i64(r.w()).unwrap_or_else(|| crate::int::hash(r.w()));
            Ok(if h == -1 { -2 } else { h })
        }
        None if kind_of(w) == Kind::Tuple => tuple::hash(w),
        None if matches!(kind_of(w), Kind::List | Kind::Dict | Kind::Set) => Err(type_error(format!("unhashable type: '{}'", type_name(w)))),
        None if kind_of(w) == Kind::FrozenSet => crate::set::hash(w),
        None if kind_of(w) == Kind::Str => Ok(pstr::hash(w)),
        None if kind_of(w) == Kind::Float => Ok(crate::float::hash(crate::float::val(w), w)),
        None => Ok(ops::id_hash(w)),
    }
}

const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP: [i32; 6] = [4, 5, 2, 3, 0, 1];

fn is_notimpl(r: &Ref) -> bool {
    r.w() == not_implemented()
}

/// Rich comparison when an operand is an instance of a user class.
pub fn richcompare(op: i32, a: W, b: W) -> PyResult<Ref> {
    let container = |w: W| !is_small(w) && matches!(kind_of(w), Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Str | Kind::Float);
    let (ta, tb) = (type_of(a), type_of(b));
    let reflected = CMP_SWAP[op as usize];
    // a subclass on the right with its own reflected method goes first
    let right_first = !std::ptr::eq(ta, tb) && tb.is_subtype(ta) && special(b, CMP_NAMES[reflected as usize]).is_some();
    if right_first
        && let Some(r) = call_special(b, CMP_NAMES[reflected as usize], &[a])
    {
        let r = r?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = call_special(a, CMP_NAMES[op as usize], &[b]) {
        let r = r?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    } else if op == 3
        && !container(a)
        && let Some(r) = call_special(a, "__eq__", &[b])
    {
        // default __ne__ inverts __eq__ (the builtin containers define their own)
        let r = r?;
        if !is_notimpl(&r) {
            return Ok(Ref::bool(!ops::truthy(r.w())?));
        }
    }
    if !right_first
        && let Some(r) = call_special(b, CMP_NAMES[reflected as usize], &[a])
    {
        let r = r?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    // The comparisons a subclass of a builtin container inherits.
    if container(a) || container(b) {
        return ops::compare_builtin(op, a, b).map(Ref::bool);
    }
    match op {
        2 => Ok(Ref::bool(a == b)),
        3 => Ok(Ref::bool(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            ops::CMP_SYMBOLS[op as usize],
            type_name(a),
            type_name(b)
        ))),
    }
}

const BIN_NAMES: [&str; 13] =
    ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__matmul__"];
const RBIN_NAMES: [&str; 13] = [
    "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__",
    "__rmatmul__",
];
const IBIN_NAMES: [&str; 13] = [
    "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__",
    "__imatmul__",
];

/// Binary operator dunders with reflection; None when neither side handles it.
pub fn binop(op: i32, a: W, b: W) -> Option<PyResult<Ref>> {
    binop_named(BIN_NAMES[op as usize], RBIN_NAMES[op as usize], a, b)
}

/// `a.name(b)` / `b.rname(a)` as CPython's slot functions order them: the right operand's
/// reflected method goes first only when its class is a proper subclass of the left
/// operand's class that overrides `rname`.
pub fn binop_named(name: &str, rname: &str, a: W, b: W) -> Option<PyResult<Ref>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let same = std::ptr::eq(ta, tb);
    let right_first = !same && tb.is_subtype(ta) && overrides(tb, ta, rname);
    if right_first && let Some(r) = call_special(b, rname, &[a]) {
        match r {
            Ok(r) if is_notimpl(&r) => {}
            other => return Some(other),
        }
    }
    if let Some(r) = call_special(a, name, &[b]) {
        match r {
            Ok(r) if is_notimpl(&r) => {}
            other => return Some(other),
        }
    }
    if !right_first && !same && let Some(r) = call_special(b, rname, &[a]) {
        match r {
            Ok(r) if is_notimpl(&r) => {}
            other => return Some(other),
        }
    }
    None
}

/// Does `sub` define `name` differently from `base` (CPython's `method_is_overloaded`)?
fn overrides(sub: &'static TypeObject, base: &'static TypeObject, name: &str) -> bool {
    match (lookup(sub, name), lookup(base, name)) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(x), Some(y)) => x != y,
    }
}

/// `pow(a, b, m)`: only the base's `__pow__` is tried (three-argument power never reflects).
pub fn ternary_pow(a: W, b: W, m: W) -> Option<PyResult<Ref>> {
    match call_special(a, "__pow__", &[b, m])? {
        Ok(r) if is_notimpl(&r) => None,
        other => Some(other),
    }
}

/// The result of a conversion dunder (`__index__`, `__int__`, `__float__`...), checked to be
/// an instance of `want`; None when the class does not define `name`.
pub fn convert(w: W, name: &str, want: &'static TypeObject) -> Option<PyResult<Ref>> {
    let r = call_special(w, name, &[])?;
    Some(r.and_then(|v| {
        if type_of(v.w()).is_subtype(want) {
            Ok(v)
        } else if name == "__float__" {
            Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(w), type_name(v.w()))))
        } else {
            Err(type_error(format!("{name} returned non-{} (type {})", want.name, type_name(v.w()))))
        }
    }))
}

pub fn inplace(op: i32, a: W, b: W) -> Option<PyResult<Ref>> {
    match call_special(a, IBIN_NAMES[op as usize], &[b])? {
        Ok(r) if is_notimpl(&r) => None,
        other => Some(other),
    }
}

pub fn unary(op: i32, a: W) -> Option<PyResult<Ref>> {
    let name = ["__neg__", "__pos__", "__invert__"].get(op as usize)?;
    call_special(a, name, &[])
}

/// Calls `__next__`; StopIteration means exhausted.
pub fn next(w: W) -> Option<PyResult<Option<Ref>>> {
    let r = call_special(w, "__next__", &[])?;
    Some(match r {
        Ok(x) => Ok(Some(x)),
        Err(e) => {
            if exc::matches(exc::current(), exc::STOP_ITERATION.word()).unwrap_or(false) {
                exc::clear();
                Ok(None)
            } else {
                Err(e)
            }
        }
    })
}

pub fn iter(w: W) -> Option<PyResult<Ref>> {
    if special(w, "__iter__").is_some_and(is_none) {
        return Some(Err(type_error(format!("'{}' object is not iterable", type_name(w)))));
    }
    let r = call_special(w, "__iter__", &[])?;
    Some(r.and_then(|it| {
        let ok = crate::iter::is_iter(it.w()) || crate::generator::is_generator(it.w()) || special(it.w(), "__next__").is_some();
        if ok { Ok(it) } else { Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(it.w())))) }
    }))
}

// ---- property, staticmethod, classmethod, super

pub fn property_new(a: &Args) -> PyResult<Ref> {
    a.check_kw("property", &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, k: &str| a.pos.get(i).copied().or(a.kw(k)).filter(|&x| !is_none(x)).unwrap_or(0);
    let (g, s, d) = (get(0, "fget"), get(1, "fset"), get(2, "fdel"));
    incref(g);
    incref(s);
    incref(d);
    Ok(Ref::new(alloc(PropertyObj { hdr: ObjHeader::new(&PROPERTY_TYPE), fget: g, fset: s, fdel: d, name: 0 })))
}

pub fn property_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let p = unsafe { obj::<PropertyObj>(w) };
    let (mut g, mut s, mut d) = (p.fget, p.fset, p.fdel);
    a.exactly_one(name)?;
    match name {
        "getter" => g = a.pos[0],
        "setter" => s = a.pos[0],
        "deleter" => d = a.pos[0],
        _ => return Err(ops::no_attr(w, name)),
    }
    incref(g);
    incref(s);
    incref(d);
    incref(p.name);
    Ok(Ref::new(alloc(PropertyObj { hdr: ObjHeader::new(&PROPERTY_TYPE), fget: g, fset: s, fdel: d, name: p.name })))
}

pub fn wrapper_new(t: &'static TypeObject, a: &Args) -> PyResult<Ref> {
    a.expect(t.name, 1, 1)?;
    incref(a.pos[0]);
    Ok(Ref::new(alloc(WrapperObj { hdr: ObjHeader::new(t), f: a.pos[0] })))
}

/// `super(cls, obj)`.
pub fn super_new(a: &Args) -> PyResult<Ref> {
    a.no_kw("super")?;
    if a.pos.is_empty() {
        return Err(exc::runtime_error("super(): no arguments"));
    }
    a.expect("super", 1, 2)?;
    let Some(cls) = type_ref(a.pos[0]) else {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(a.pos[0]))));
    };
    let Some(&o) = a.pos.get(1) else {
        return Err(exc::not_implemented("unbound super objects"));
    };
    let ot = type_ref(o).filter(|t| t.is_subtype(cls)).unwrap_or(type_of(o));
    if !ot.is_subtype(cls) {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    incref(o);
    Ok(Ref::new(alloc(SuperObj { hdr: ObjHeader::new(&SUPER_TYPE), cls, obj: o })))
}

/// Base implementations reachable through `super()` on builtin bases: the special methods
/// of `object` and `BaseException` (`slots.rs`), `__init_subclass__` and `with_traceback`.
pub fn base_has(t: &'static TypeObject, name: &str) -> bool {
    match t.kind {
        Kind::List => crate::list::has_method(name) || crate::slots::find(t, name).is_some(),
        Kind::Dict => crate::dict::has_method(name) || crate::slots::find(t, name).is_some(),
        Kind::Set | Kind::FrozenSet => crate::set::has_method(name) || crate::slots::find(t, name).is_some(),
        Kind::Str => crate::strmethods::has_method(name) || crate::slots::find(t, name).is_some(),
        Kind::Float => crate::numbers::float_has_method(name) || crate::slots::find(t, name).is_some(),
        Kind::Exception => name == "with_traceback" || name == "__init_subclass__" || crate::slots::find(t, name).is_some(),
        Kind::Object => name == "__init_subclass__" || crate::slots::find(t, name).is_some(),
        _ => false,
    }
}

pub fn super_getattr(w: W, name_w: W) -> PyResult<Ref> {
    let s = unsafe { obj::<SuperObj>(w) };
    let name = pstr::s(name_w);
    let (start_t, inst) = match type_ref(s.obj) {
        Some(t) if t.is_subtype(s.cls) => (t, false),
        _ => (type_of(s.obj), true),
    };
    let m = mro_vec(start_t);
    let pos = m.iter().position(|t| std::ptr::eq(*t, s.cls)).map(|p| p + 1).unwrap_or(m.len());
    for t in &m[pos..] {
        if t.heap {
            if let Some(a) = dict::get_str(heap(t).dict, name) {
                let is_classmethod = !is_small(a) && kind_of(a) == Kind::ClassMethod;
                return if inst || is_classmethod { bind(a, s.obj, start_t, name_w) } else { Ok(Ref::borrow(a)) };
            }
        } else if name == "__new__" && matches!(t.kind, Kind::Str | Kind::Tuple | Kind::Float) {
            return Ok(builtin_new(t));
        } else if (inst || name == "__init_subclass__") && base_has(t, name) {
            let style = crate::slots::find(t, name).map_or(crate::slots::Style::Method, |(_, s)| s);
            return Ok(crate::slots::bound(s.obj, style, name_w));
        }
    }
    Err(attribute_error(format!("'super' object has no attribute '{name}'")))
}

fn attr_name(n: W) -> PyResult<W> {
    if pstr::is_str(n) { Ok(n) } else { Err(type_error(format!("attribute name must be string, not '{}'", type_name(n)))) }
}

/// `object.__eq__(w, other)`, or the `__eq__` of `w`'s own class (what `object.__ne__`
/// inverts): a user class's method, a builtin type's, else identity.
fn own_eq(w: W, other: W) -> PyResult<Ref> {
    if let Some(r) = call_special(w, "__eq__", &[other]) {
        return r;
    }
    let t = type_of(w);
    if !t.heap
        && let Some((owner, _)) = crate::slots::find(t, "__eq__")
        && !matches!(owner.kind, Kind::Object | Kind::Exception)
    {
        return crate::slots::call(owner, w, "__eq__", &Args::pos(&[other]));
    }
    Ok(if other == w { Ref::bool(true) } else { Ref::new(not_implemented()) })
}

/// Runs the builtin base implementation of `name` for `w`: the special methods of `object`
/// and `BaseException` (for instances of user classes through `super()` or inheritance, and
/// for any value through `object.__eq__(x, y)` and the like).
pub fn call_base(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    // the methods of `list`, `dict` and the sets (through `super()` or
    // `list.append(self, x)`), never the overrides of a subclass
    match kind_of(w) {
        Kind::List if name == "__init__" || crate::list::has_method(name) => return builtin_call(w, name, a),
        Kind::Dict if name == "__init__" || crate::dict::has_method(name) => return builtin_call(w, name, a),
        Kind::Set | Kind::FrozenSet if name == "__init__" || crate::set::has_method(name) => return builtin_call(w, name, a),
        Kind::Str if crate::strmethods::has_method(name) => return builtin_call(w, name, a),
        Kind::Float if crate::numbers::float_has_method(name) => return builtin_call(w, name, a),
        _ => {}
    }
    let is_exc = kind_of(w) == Kind::Exception;
    // instances of builtin types other than exceptions keep no attributes of their own
    let builtin = !type_of(w).heap && !is_exc;
    match name {
        "__init__" => {
            if is_exc {
                if a.has_kw() {
                    return Err(type_error(format!("{}() takes no keyword arguments", type_name(w))));
                }
                let e = exc::eobj(w);
                let t = tuple::new(a.pos);
                decref(std::mem::replace(&mut e.args, t.into_w()));
            } else if (!a.pos.is_empty() || a.has_kw()) && (!builtin || kind_of(w) == Kind::Object) {
                return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
            }
            Ok(Ref::none())
        }
        "__str__" => {
            a.expect("__str__", 0, 0)?;
            Ok(pstr::from_string(if is_exc {
                exc::exc_str(w)?
            } else if builtin {
                ops::repr_string(w)?
            } else {
                repr(w)?
            }))
        }
        "__repr__" => {
            a.expect("__repr__", 0, 0)?;
            Ok(pstr::from_string(if is_exc { exc::exc_repr(w)? } else { default_repr(w) }))
        }
        "__eq__" => {
            a.exactly_one("__eq__")?;
            Ok(if a.pos[0] == w { Ref::bool(true) } else { Ref::new(not_implemented()) })
        }
        "__ne__" => {
            a.exactly_one("__ne__")?;
            let r = own_eq(w, a.pos[0])?;
            if r.w() == not_implemented() {
                return Ok(r);
            }
            Ok(Ref::bool(!ops::truthy(r.w())?))
        }
        "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            a.exactly_one(name)?;
            Ok(Ref::new(not_implemented()))
        }
        "__hash__" => Ok(Ref::int(ops::id_hash(w))),
        "__format__" => {
            a.exactly_one("object.__format__")?;
            let Some(spec) = pstr::as_str(a.pos[0]) else {
                return Err(type_error(format!("__format__() argument must be str, not {}", type_name(a.pos[0]))));
            };
            if !spec.is_empty() {
                return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(w))));
            }
            ops::str_(w)
        }
        "__dir__" => {
            a.expect("__dir__", 0, 0)?;
            Ok(crate::list::from_vec(crate::suggestions::dir(w).iter().map(|n| pstr::new(n)).collect()))
        }
        "__setattr__" => {
            a.expect("__setattr__", 2, 2)?;
            let n = attr_name(a.pos[0])?;
            if builtin {
                ops::setattr(w, n, a.pos[1])?;
            } else if !generic_setattr(w, n, a.pos[1])? {
                return Err(ops::no_attr(w, pstr::s(n)));
            }
            Ok(Ref::none())
        }
        "__delattr__" => {
            a.exactly_one("__delattr__")?;
            let n = attr_name(a.pos[0])?;
            if builtin {
                return Err(ops::no_attr(w, pstr::s(n)));
            }
            if let Some(p) = lookup(type_of(w), pstr::s(n)).filter(|&p| !is_small(p) && kind_of(p) == Kind::Property) {
                let p = unsafe { obj::<PropertyObj>(p) };
                if p.fdel == 0 || is_none(p.fdel) {
                    return Err(attribute_error(format!("property '{}' of '{}' object has no deleter", pname(p, n), type_name(w))));
                }
                func::call(p.fdel, &Args::pos(&[w]))?;
            } else if !generic_delattr(w, n)? {
                return Err(ops::no_attr(w, pstr::s(n)));
            }
            Ok(Ref::none())
        }
        "__getattribute__" => {
            a.exactly_one("__getattribute__")?;
            let n = attr_name(a.pos[0])?;
            if builtin || !type_of(w).heap {
                return ops::getattr(w, n);
            }
            match instance_getattr(w, n)? {
                Some(v) => Ok(v),
                None => Err(ops::no_attr(w, pstr::s(n))),
            }
        }
        "with_traceback" => Ok(Ref::borrow(w)),
        "__init_subclass__" => {
            // `w` is the class being initialised.
            let qual = type_ref(w).map_or_else(|| type_name(w).to_string(), |t| if t.heap { heap(t).qualname.clone() } else { t.name.to_string() });
            if a.has_kw() {
                return Err(type_error(format!("{qual}.__init_subclass__() takes no keyword arguments")));
            }
            if !a.pos.is_empty() {
                return Err(type_error(format!("{qual}.__init_subclass__() takes no arguments ({} given)", a.pos.len())));
            }
            Ok(Ref::none())
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

/// `str.__new__`, `tuple.__new__` or `float.__new__` (for builtin `t`) as a function of
/// `(cls, *args)`.
pub fn builtin_new(t: &'static TypeObject) -> Ref {
    match t.kind {
        Kind::Str => func::new_builtin("__new__", str_new),
        Kind::Float => func::new_builtin("__new__", float_new),
        _ => func::new_builtin("__new__", tuple_new),
    }
}

/// `float.__new__(cls, x=0.0)`.
fn float_new(a: &Args) -> PyResult<Ref> {
    let t = new_cls(a, &FLOAT_TYPE)?;
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
    rest.no_kw("float")?;
    let f = crate::builtins::construct(&FLOAT_TYPE, &rest)?;
    Ok(if t.heap { crate::float::new_of_type(t, crate::float::val(f.w())) } else { f })
}

/// The class `str.__new__` / `tuple.__new__` is called with: a subtype of `base`.
fn new_cls(a: &Args, base: &'static TypeObject) -> PyResult<&'static TypeObject> {
    let Some(&c) = a.pos.first() else {
        return Err(type_error(format!("{}.__new__(): not enough arguments", base.name)));
    };
    match type_ref(c) {
        Some(t) if t.is_subtype(base) => Ok(t),
        Some(t) => Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", base.name, t.name, t.name, base.name))),
        None => Err(type_error(format!("{}.__new__(X): X is not a type object ({})", base.name, type_name(c)))),
    }
}

/// `str.__new__(cls, object='', encoding=..., errors=...)`.
fn str_new(a: &Args) -> PyResult<Ref> {
    let t = new_cls(a, &STR_TYPE)?;
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
    let s = crate::builtins::construct(&STR_TYPE, &rest)?;
    Ok(if t.heap { pstr::new_of_type(t, s.w()) } else { s })
}

/// `tuple.__new__(cls, iterable=())`.
fn tuple_new(a: &Args) -> PyResult<Ref> {
    let t = new_cls(a, &TUPLE_TYPE)?;
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals, kwtuple: a.kwtuple };
    let s = crate::builtins::construct(&TUPLE_TYPE, &rest)?;
    Ok(if t.heap { tuple::from_vec_of_type(t, tuple::items(s.w()).iter().map(|&x| Ref::borrow(x)).collect()) } else { s })
}

/// A method of `list`, `dict`, `set` or `frozenset` called on `w`, an instance of one, as
/// the builtin type defines it.
fn builtin_call(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    if name == "__init__" {
        // frozenset has object's `__init__`, which its `__new__` makes accept any argument
        if kind_of(w) == Kind::FrozenSet {
            return Ok(Ref::none());
        }
        return builtin_init(w, a).map(|_| Ref::none());
    }
    if let Some((owner, _)) = crate::slots::find(type_of(w), name) {
        return crate::slots::call(owner, w, name, a);
    }
    match kind_of(w) {
        Kind::List => crate::list::call_method(w, name, a),
        Kind::Dict => crate::dict::call_method(w, name, a),
        Kind::Str => crate::strmethods::call_method(w, name, a),
        Kind::Float => crate::numbers::float_method(w, name, a),
        _ => crate::set::call_method(w, name, a),
    }
}

// ---- finalizers (`__del__`)

/// Bumped whenever a class's `__del__` is set or deleted: the cached finalizers of every class
/// are then looked up again.
static DEL_EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

thread_local! {
    /// Objects whose `__del__` ran and resurrected them: CPython finalizes an object once
    /// (PEP 442), so their next death frees them without a call.
    static FINALIZED: std::cell::RefCell<std::collections::HashSet<W>> = std::cell::RefCell::new(std::collections::HashSet::new());
}

/// The `__del__` instances of user class `t` run when they die, cached per class.
fn finalizer(t: &'static TypeObject) -> Option<W> {
    use std::sync::atomic::Ordering::Relaxed;
    let h = heap(t);
    let epoch = DEL_EPOCH.load(Relaxed);
    if h.finalizer_epoch.load(Relaxed) != epoch {
        h.finalizer.store(lookup(t, "__del__").unwrap_or(0), Relaxed);
        h.finalizer_epoch.store(epoch, Relaxed);
    }
    Some(h.finalizer.load(Relaxed)).filter(|&f| f != 0)
}

/// Runs the `__del__` of an instance of a user class whose count reached zero, as CPython's
/// `slot_tp_finalize`: with the object alive again for the call, the current exception saved
/// around it, an exception it raises reported on stderr ("Exception ignored in: ...") and
/// dropped. True when `__del__` resurrected the object (stored it somewhere): it is not freed.
pub fn finalize(w: W) -> bool {
    let Some(f) = finalizer(type_of(w)) else { return false };
    if FINALIZED.with(|s| s.borrow_mut().remove(&w)) {
        return false;
    }
    let hdr = unsafe { obj::<ObjHeader>(w) };
    hdr.ob_refcnt.store(1, std::sync::atomic::Ordering::Relaxed);
    let saved = exc::fetch();
    if func::call(f, &Args::pos(&[w])).is_err() {
        report_unraisable(f);
    }
    exc::restore(saved);
    let n = hdr.ob_refcnt.load(std::sync::atomic::Ordering::Relaxed) - 1;
    hdr.ob_refcnt.store(n, std::sync::atomic::Ordering::Relaxed);
    if n > 0 {
        FINALIZED.with(|s| s.borrow_mut().insert(w));
        return true;
    }
    false
}

/// CPython's `PyErr_WriteUnraisable`: the current exception, raised where nothing can catch
/// it (a `__del__`), is printed to stderr with what raised it, and cleared.
pub fn report_unraisable(what: W) {
    let e = exc::fetch();
    let (report, _) = crate::traceback::uncaught(e);
    decref(e);
    let who = ops::repr_string(what).unwrap_or_else(|_| {
        exc::clear();
        "?".to_string()
    });
    crate::sys::flush_stdout();
    let _ = crate::sys::write_text(2, &format!("Exception ignored in: {who}\n{report}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::lookup as b;

    extern "C" fn init_xy(_c: W, args: *const W, nargs: i64, _kw: W) -> W {
        let a = unsafe { std::slice::from_raw_parts(args, nargs as usize) };
        if a.len() != 2 {
            let _ = type_error("P.__init__() missing 1 required positional argument: 'x'");
            return 0;
        }
        let n = pstr::new("x");
        if ops::setattr(a[0], n.w(), a[1]).is_err() {
            return 0;
        }
        none()
    }
    extern "C" fn add_x(_c: W, args: *const W, nargs: i64, _kw: W) -> W {
        let a = unsafe { std::slice::from_raw_parts(args, nargs as usize) };
        let n = pstr::new("x");
        let x = match ops::getattr(a[0], n.w()) {
            Ok(x) => x,
            Err(_) => return 0,
        };
        let y = match ops::getattr(a[1], n.w()) {
            Ok(x) => x,
            Err(_) => return 0,
        };
        ret(ops::binop(0, x.w(), y.w()))
    }
    extern "C" fn str_x(_c: W, args: *const W, _n: i64, _kw: W) -> W {
        let n = pstr::new("x");
        match ops::getattr(unsafe { *args }, n.w()) {
            Ok(x) => ret(ops::str_(x.w()).map(|s| pstr::from_string(format!("P<{}>", pstr::s(s.w()))))),
            Err(_) => 0,
        }
    }

    fn f(name: &str, code: func::CodeFn) -> Ref {
        let n = pstr::new(name);
        func::new_function(n.w(), code, none())
    }

    #[test]
    fn user_class_protocols() {
        let ns = dict::new();
        for (k, v) in [("__init__", f("__init__", init_xy)), ("__add__", f("__add__", add_x)), ("__str__", f("__str__", str_x))] {
            let key = pstr::new(k);
            dict::setitem(ns.w(), key.w(), v.w()).unwrap();
        }
        let cls = new_class("P", 0, ns.w()).unwrap();
        let p1 = func::call(cls.w(), &Args::pos(&[mk_small(2)])).unwrap();
        let p2 = func::call(cls.w(), &Args::pos(&[mk_small(5)])).unwrap();
        assert_eq!(ops::repr_string(ops::binop(0, p1.w(), p2.w()).unwrap().w()).unwrap(), "7");
        assert_eq!(ops::str_string(p1.w()).unwrap(), "P<2>");
        assert!(ops::repr_string(p1.w()).unwrap().starts_with("<__main__.P object at 0x"));
        assert_eq!(ops::repr_string(cls.w()).unwrap(), "<class '__main__.P'>");
        let isinst = b("isinstance").unwrap();
        let r = func::call(isinst.w(), &Args::pos(&[p1.w(), cls.w()])).unwrap();
        assert_eq!(r.w(), true_w());
        assert!(ops::binop(1, p1.w(), p2.w()).is_err());
        let e = exc::fetch();
        assert_eq!(crate::traceback::format_exception_only(e), "TypeError: unsupported operand type(s) for -: 'P' and 'P'");
        decref(e);
        assert!(ops::getattr_str(p1.w(), "y").is_err());
        let e = exc::fetch();
        assert_eq!(crate::traceback::format_exception_only(e), "AttributeError: 'P' object has no attribute 'y'");
        decref(e);
        assert!(func::call(cls.w(), &Args::pos(&[])).is_err());
        exc::clear();
        // equality defaults to identity; instances are hashable
        assert!(!ops::eq(p1.w(), p2.w()).unwrap());
        assert!(ops::hash(p1.w()).is_ok());
    }

    #[test]
    fn user_exceptions() {
        // class E(Exception): pass ; class F(E): __str__ -> ...
        let bases = tuple::new(&[exc::EXCEPTION.word()]);
        let e_cls = new_class("E", bases.w(), 0).unwrap();
        let m = pstr::new("m");
        let e = func::call(e_cls.w(), &Args::pos(&[m.w()])).unwrap();
        assert_eq!(ops::repr_string(e.w()).unwrap(), "E('m')");
        assert_eq!(crate::traceback::format_exception_only(e.w()), "E: m");
        let lookup_err = exc::matches(e.w(), exc::EXCEPTION.word()).unwrap();
        assert!(lookup_err);
        assert!(exc::matches(e.w(), e_cls.w()).unwrap());
        let bases2 = tuple::new(&[e_cls.w()]);
        let ns = dict::new();
        let k = pstr::new("__str__");
        dict::setitem(ns.w(), k.w(), f("__str__", str_x).w()).unwrap();
        let f_cls = new_class("F", bases2.w(), ns.w()).unwrap();
        let fe = func::call(f_cls.w(), &Args::pos(&[])).unwrap();
        let x = pstr::new("x");
        ops::setattr(fe.w(), x.w(), mk_small(9)).unwrap();
        assert_eq!(crate::traceback::format_exception_only(fe.w()), "F: P<9>");
        assert!(exc::matches(fe.w(), e_cls.w()).unwrap());
        // super(F, fe).__init__('a', 'b') sets args
        let sup = super_new(&Args::pos(&[f_cls.w(), fe.w()])).unwrap();
        let init = pstr::new("__init__");
        let bound = ops::getattr(sup.w(), init.w()).unwrap();
        let a = pstr::new("a");
        func::call(bound.w(), &Args::pos(&[a.w(), a.w()])).unwrap();
        assert_eq!(ops::repr_string(exc::eobj(fe.w()).args).unwrap(), "('a', 'a')");
    }

    #[test]
    fn mro_c3() {
        let a = new_class("A", 0, 0).unwrap();
        let bt = tuple::new(&[a.w()]);
        let b_ = new_class("B", bt.w(), 0).unwrap();
        let c_ = new_class("C", bt.w(), 0).unwrap();
        let bc = tuple::new(&[b_.w(), c_.w()]);
        let d = new_class("D", bc.w(), 0).unwrap();
        let names: Vec<&str> = mro(unsafe { obj::<TypeObject>(d.w()) }).iter().map(|t| t.name).collect();
        assert_eq!(names, vec!["D", "B", "C", "A", "object"]);
    }

    fn err_line() -> String {
        let e = exc::fetch();
        let s = crate::traceback::format_exception_only(e);
        decref(e);
        s
    }

    extern "C" fn getitem_i(_c: W, args: *const W, nargs: i64, _kw: W) -> W {
        let a = unsafe { std::slice::from_raw_parts(args, nargs as usize) };
        if small_val(a[1]) > 3 {
            let _ = exc::index_error("out of range");
            return 0;
        }
        a[1]
    }

    extern "C" fn len_zero(_c: W, _args: *const W, _nargs: i64, _kw: W) -> W {
        mk_small(0)
    }

    /// A class whose namespace binds each name to None, plus `__getitem__` / `__len__`.
    fn class_with_none(names: &[&str]) -> Ref {
        let ns = dict::new();
        for n in names {
            let k = pstr::new(n);
            dict::setitem(ns.w(), k.w(), none()).unwrap();
        }
        for (k, v) in [("__getitem__", f("__getitem__", getitem_i)), ("__len__", f("__len__", len_zero))] {
            if !names.contains(&k) {
                let key = pstr::new(k);
                dict::setitem(ns.w(), key.w(), v.w()).unwrap();
            }
        }
        new_class("C", 0, ns.w()).unwrap()
    }

    #[test]
    fn dunder_set_to_none() {
        // __bool__ = None: calling it fails, __len__ is not consulted
        let c = class_with_none(&["__bool__"]);
        let o = func::call(c.w(), &Args::pos(&[])).unwrap();
        assert!(ops::truthy(o.w()).is_err());
        assert_eq!(err_line(), "TypeError: 'NoneType' object is not callable");
        // __len__ = None
        let c = class_with_none(&["__len__"]);
        let o = func::call(c.w(), &Args::pos(&[])).unwrap();
        assert!(ops::truthy(o.w()).is_err());
        assert_eq!(err_line(), "TypeError: 'NoneType' object is not callable");
        assert!(ops::len(o.w()).is_err());
        assert_eq!(err_line(), "TypeError: 'NoneType' object is not callable");
        // __iter__ = None disables the __getitem__ fallback
        let c = class_with_none(&["__iter__"]);
        let o = func::call(c.w(), &Args::pos(&[])).unwrap();
        assert!(ops::iter(o.w()).is_err());
        assert_eq!(err_line(), "TypeError: 'C' object is not iterable");
        assert!(ops::contains(o.w(), mk_small(1)).is_err());
        assert_eq!(err_line(), "TypeError: argument of type 'C' is not iterable");
        // without it the fallback iterates
        let c = class_with_none(&[]);
        let o = func::call(c.w(), &Args::pos(&[])).unwrap();
        assert_eq!(ops::collect(o.w()).unwrap().len(), 4);
        assert!(!ops::truthy(o.w()).unwrap());
        // __contains__ = None, __hash__ = None, __reversed__ = None, __eq__ = None
        let c = class_with_none(&["__contains__", "__hash__", "__reversed__", "__eq__"]);
        let o = func::call(c.w(), &Args::pos(&[])).unwrap();
        assert!(ops::contains(o.w(), mk_small(1)).is_err());
        assert_eq!(err_line(), "TypeError: 'C' object is not a container");
        assert!(ops::hash(o.w()).is_err());
        assert_eq!(err_line(), "TypeError: unhashable type: 'C'");
        assert!(crate::iter::reversed(&Args::pos(&[o.w()])).is_err());
        assert_eq!(err_line(), "TypeError: 'C' object is not reversible");
        assert!(ops::eq(o.w(), mk_small(1)).is_err());
        assert_eq!(err_line(), "TypeError: 'NoneType' object is not callable");
        // identity still short-cuts ==
        assert!(ops::eq(o.w(), o.w()).unwrap());
    }

    #[test]
    fn len_results() {
        let cases: [(Ref, &str); 5] = [
            (crate::int::from_str("1180591620717411303424", 10, "").unwrap(), "OverflowError: cannot fit 'int' into an index-sized integer"),
            (crate::int::from_str("-1180591620717411303424", 10, "").unwrap(), "ValueError: __len__() should return >= 0"),
            (Ref::int(-1), "ValueError: __len__() should return >= 0"),
            (pstr::new("x"), "TypeError: 'str' object cannot be interpreted as an integer"),
            (Ref::none(), "TypeError: 'NoneType' object cannot be interpreted as an integer"),
        ];
        for (v, msg) in cases {
            assert!(len_result(v.w()).is_err());
            assert_eq!(err_line(), msg);
        }
        assert_eq!(len_result(true_w()).unwrap(), 1);
        assert_eq!(len_result(Ref::int(i64::MAX).w()).unwrap(), i64::MAX as usize);
    }
}

/// A user class written the way compiled code would build it (tests/cls.py in CPython gave
/// the expected lines).
#[cfg(test)]
mod protocol_tests {
    use super::*;
    use crate::builtins::lookup as b;

    fn args<'a>(p: *const W, n: i64) -> &'a [W] {
        unsafe { std::slice::from_raw_parts(p, n as usize) }
    }
    fn ga(o: W, n: &str) -> PyResult<Ref> {
        ops::getattr_str(o, n)
    }
    fn vcls() -> W {
        V_CLASS.with(|c| c.get())
    }
    thread_local! {
        static V_CLASS: std::cell::Cell<W> = const { std::cell::Cell::new(0) };
    }
    fn mk(x: W, y: W) -> PyResult<Ref> {
        func::call(vcls(), &Args::pos(&[x, y]))
    }

    extern "C" fn init(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        let (x, y) = (pstr::new("x"), pstr::new("y"));
        ret((|| {
            ops::setattr(a[0], x.w(), a[1])?;
            ops::setattr(a[0], y.w(), a[2])?;
            Ok(Ref::none())
        })())
    }
    extern "C" fn add(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| {
            let x = ops::binop(0, ga(a[0], "x")?.w(), ga(a[1], "x")?.w())?;
            let y = ops::binop(0, ga(a[0], "y")?.w(), ga(a[1], "y")?.w())?;
            mk(x.w(), y.w())
        })())
    }
    extern "C" fn eq(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| {
            let ex = ops::eq(ga(a[0], "x")?.w(), ga(a[1], "x")?.w())?;
            Ok(Ref::bool(ex && ops::eq(ga(a[0], "y")?.w(), ga(a[1], "y")?.w())?))
        })())
    }
    fn pair(o: W) -> PyResult<Ref> {
        Ok(tuple::from_vec(vec![ga(o, "x")?, ga(o, "y")?]))
    }
    extern "C" fn hash(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret(pair(a[0]).and_then(|t| ops::hash(t.w())).map(Ref::int))
    }
    extern "C" fn repr(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| {
            let (x, y) = (ops::str_string(ga(a[0], "x")?.w())?, ops::str_string(ga(a[0], "y")?.w())?);
            Ok(pstr::from_string(format!("V({x}, {y})")))
        })())
    }
    extern "C" fn len(_c: W, _p: *const W, _n: i64, _k: W) -> W {
        mk_small(2)
    }
    extern "C" fn getitem(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| {
            let l = crate::list::from_vec(vec![ga(a[0], "x")?, ga(a[0], "y")?]);
            ops::getitem(l.w(), a[1])
        })())
    }
    extern "C" fn lt(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| ops::compare(0, pair(a[0])?.w(), pair(a[1])?.w()))())
    }
    extern "C" fn norm2(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret((|| {
            let x = ga(a[0], "x")?;
            let y = ga(a[0], "y")?;
            let xx = ops::binop(2, x.w(), x.w())?;
            let yy = ops::binop(2, y.w(), y.w())?;
            ops::binop(0, xx.w(), yy.w())
        })())
    }
    extern "C" fn twice(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret(ops::binop(2, a[0], mk_small(2)))
    }
    extern "C" fn zero(_c: W, p: *const W, n: i64, _k: W) -> W {
        let a = args(p, n);
        ret(func::call(a[0], &Args::pos(&[mk_small(0), mk_small(0)])))
    }

    fn f(name: &str, code: func::CodeFn) -> Ref {
        let n = pstr::new(name);
        func::new_function(n.w(), code, none())
    }

    #[test]
    fn dunder_protocols_match_cpython() {
        let ns = dict::new();
        let set = |k: &str, v: Ref| {
            let key = pstr::new(k);
            dict::setitem(ns.w(), key.w(), v.w()).unwrap();
        };
        set("__init__", f("__init__", init));
        set("__add__", f("__add__", add));
        set("__eq__", f("__eq__", eq));
        set("__hash__", f("__hash__", hash));
        set("__repr__", f("__repr__", repr));
        set("__len__", f("__len__", len));
        set("__getitem__", f("__getitem__", getitem));
        set("__lt__", f("__lt__", lt));
        let prop = b("property").unwrap();
        set("norm2", func::call(prop.w(), &Args::pos(&[f("norm2", norm2).w()])).unwrap());
        let sm = b("staticmethod").unwrap();
        set("twice", func::call(sm.w(), &Args::pos(&[f("twice", twice).w()])).unwrap());
        let cm = b("classmethod").unwrap();
        set("zero", func::call(cm.w(), &Args::pos(&[f("zero", zero).w()])).unwrap());
        let cls = new_class("V", 0, ns.w()).unwrap();
        V_CLASS.with(|c| c.set(cls.w()));
        let a = mk(mk_small(1), mk_small(2)).unwrap();
        let bb = mk(mk_small(3), mk_small(4)).unwrap();
        let (aw, bw) = (a.w(), bb.w());
        let r = |x: PyResult<Ref>| match x { Ok(v) => ops::repr_string(v.w()).unwrap(), Err(_) => { let e = exc::fetch(); panic!("{}", crate::traceback::format_exception_only(e)) } };
        let call_b = |name: &str, xs: &[W]| func::call(b(name).unwrap().w(), &Args::pos(xs));
        let t12 = tuple::new(&[mk_small(1), mk_small(2)]);
        let d = dict::new();
        dict::setitem(d.w(), aw, mk_small(1)).unwrap();
        let a2 = mk(mk_small(1), mk_small(2)).unwrap();
        let parts = vec![
            r(ops::binop(0, aw, bw)),
            r(ops::compare(2, aw, a2.w())),
            r(ops::compare(3, aw, bw)),
            r(Ok(Ref::bool(ops::hash(aw).unwrap() == ops::hash(t12.w()).unwrap()))),
            r(call_b("len", &[aw])),
            r(ops::getitem(aw, mk_small(1))),
            r(call_b("list", &[aw])),
            r(call_b("sorted", &[crate::list::new(&[bw, aw]).w()])),
            r(ops::getattr_str(aw, "norm2")),
            r(ops::call_method(cls.w(), "twice", &Args::pos(&[mk_small(21)]))),
            r(ops::call_method(cls.w(), "zero", &Args::pos(&[]))),
            r(dict::getitem(d.w(), a2.w())),
            ops::str_string(aw).unwrap(),
            r(Ok(crate::list::new(&[aw]))),
            r(ops::compare(0, aw, bw)),
            r(ops::compare(4, bw, aw)),
            r(ops::contains(aw, mk_small(1)).map(Ref::bool)),
            r(ops::truthy(aw).map(Ref::bool)),
            r(call_b("max", &[aw, bw])),
        ];
        assert_eq!(
            parts.join(" "),
            "V(4, 6) True True True 2 2 [1, 2] [V(1, 2), V(3, 4)] 5 42 V(0, 0) 1 V(1, 2) [V(1, 2)] True True True True V(3, 4)"
        );
        let n = pstr::new("norm2");
        assert!(ops::setattr(aw, n.w(), mk_small(5)).is_err());
        let e = exc::fetch();
        assert_eq!(exc::exc_str(e).unwrap(), "property 'norm2' of 'V' object has no setter");
        decref(e);
        assert!(ops::compare(1, aw, mk_small(1)).is_err());
        let e = exc::fetch();
        assert_eq!(exc::exc_str(e).unwrap(), "'<=' not supported between instances of 'V' and 'int'");
        decref(e);
        assert_eq!(r(ops::getattr_str(cls.w(), "__name__")), "'V'");
    }
}
