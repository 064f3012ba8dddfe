//! Known classes: module-level `class` statements of the script whose instances inference
//! types statically (`Ty::Instance`). A class is known when its name is bound once, by the
//! `class` statement, and never rebound or deleted; it has no decorators, keywords or
//! closure; its bases are known classes (or none); its body only binds constants and plain
//! `def`s (no decorators, no closure); and it binds none of the names that let a class take
//! over attribute access or creation (`__getattr__`, `__setattr__`, `__slots__`, ...).
//! Nothing is known in a program that reaches attributes in ways inference does not follow:
//! `setattr`/`delattr`/`vars`/`dir`/`globals`/`locals`/`exec`/`eval`, or `__dict__` /
//! `__class__` / `__setattr__` / `__delattr__` / `__getattribute__` / `__new__` on any value.
//!
//! The fields of a known class are the attributes stored through receivers statically of its
//! instance type (not bound in the class namespace along its MRO); their types live in the
//! heap (`heap::InstanceClass`). A store or `del` of attribute `x` through a receiver of
//! unknown type may reach any instance, so `x` becomes a *dynamic attribute*: fields named `x`
//! are `object` and `x` is never called as a method directly. The dynamic version of a method
//! (the function object in the class namespace) counts only once an instance of the class (or
//! of a known subclass), or the class itself, escaped: before that nothing can call it with
//! such an instance.

use metal0_dialects::{Attr, Module, OpId};
use std::collections::{HashMap, HashSet};

/// Names a known class must not bind: they take over attribute access, creation or layout.
const TAKEOVER_NAMES: &[&str] = &[
    "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__slots__", "__dict__", "__class__", "__new__",
    "__init_subclass__", "__set_name__", "__get__", "__set__", "__delete__", "__class_getitem__", "__del__",
];

/// Builtins that reach attributes or namespaces by computed names.
const DYNAMIC_BUILTINS: &[&str] = &["setattr", "delattr", "vars", "dir", "globals", "locals", "exec", "eval", "__import__"];

/// Attributes that reach other attributes by computed names (`object.__setattr__(o, name, v)`)
/// or expose the namespace.
const REFLECTIVE_ATTRS: &[&str] = &["__dict__", "__class__", "__setattr__", "__delattr__", "__getattribute__", "__new__"];

/// A known class.
#[derive(Clone, Debug)]
pub(crate) struct KnownClass {
    /// The `py.class` op.
    pub op: OpId,
    /// Its method resolution order: itself, then its known bases' linearisation.
    pub mro: Vec<String>,
    /// The names its own namespace binds.
    pub attrs: HashSet<String>,
    /// Its own methods that are called directly: plain `def`s with positional parameters only,
    /// no defaults, at least `self`.
    pub methods: HashMap<String, OpId>,
    /// The `py.func` its own namespace binds to `__init__`.
    pub init: Option<OpId>,
    /// The fields bound in every instance, and the stores of the `__init__` prefix that bind
    /// them (see [`init_prefix`]).
    pub bound_at_init: HashSet<String>,
    pub init_stores: HashSet<OpId>,
}

/// The known classes of the script (`__main__`), by global name.
pub(crate) fn collect_classes(py: &Module, main: OpId) -> HashMap<String, KnownClass> {
    let mut binds: HashMap<String, usize> = HashMap::new();
    for op in py.walk() {
        let o = py.op(op);
        match o.name.as_str() {
            "py.load_builtin" if py.str_attr(op, "name").is_some_and(|n| DYNAMIC_BUILTINS.contains(&n)) => return HashMap::new(),
            "py.getattr" | "py.setattr" | "py.delattr" if py.str_attr(op, "name").is_some_and(|n| REFLECTIVE_ATTRS.contains(&n)) => return HashMap::new(),
            "py.store_global" | "py.delete_global" => *binds.entry(py.str_attr(op, "name").unwrap_or_default().to_string()).or_default() += 1,
            _ => {}
        }
    }
    let mut known: HashMap<String, KnownClass> = HashMap::new();
    let top: Vec<OpId> = py.region_entry(main, 0).map(|b| py.block(b).ops.clone()).unwrap_or_default();
    for op in top {
        if py.op(op).name != "py.store_global" {
            continue;
        }
        let Some(name) = py.str_attr(op, "name") else { continue };
        let Some(cls) = py.op(op).operands.first().and_then(|v| py.defining_op(*v)).filter(|&c| py.op(c).name == "py.class") else { continue };
        if binds.get(name) != Some(&1) {
            continue;
        }
        if let Some(k) = known_class(py, cls, &known) {
            known.insert(name.to_string(), k);
        }
    }
    let deleted: HashSet<&str> = py.walk().into_iter().filter(|&op| py.op(op).name == "py.delattr").filter_map(|op| py.str_attr(op, "name")).collect();
    let names: Vec<String> = known.keys().cloned().collect();
    for name in names {
        let init = known[&name].mro.iter().find(|c| known[c.as_str()].attrs.contains("__init__")).and_then(|c| known[c.as_str()].init);
        let (mut bound, stores) = init.map(|f| init_prefix(py, f)).unwrap_or_default();
        bound.retain(|f| !deleted.contains(f.as_str()));
        let k = known.get_mut(&name).expect("known class");
        k.bound_at_init = bound;
        k.init_stores = stores;
    }
    known
}

/// The `py.setattr` ops of the *prefix* of `__init__` function `func` and the attributes they
/// store: its first statements, up to the first that could let anything else see the
/// instance, which store attributes of `self` (`self.x = <expression not using self>`), with
/// no branching in between. Once an instance is made, nothing can reach it before those stores
/// ran (an exception in between loses it), so those fields are bound in every instance (of
/// a class whose `__init__` this is) unless something deletes them. The instance could only
/// be made without `__init__` through `__new__` or `__class__`, which no program with known
/// classes mentions.
fn init_prefix(py: &Module, func: OpId) -> (HashSet<String>, HashSet<OpId>) {
    let mut fields = HashSet::new();
    let mut stores = HashSet::new();
    let kinds = py.attr(func, "arg_kinds").and_then(Attr::as_array).unwrap_or(&[]);
    let names = py.attr(func, "arg_names").and_then(Attr::as_array).unwrap_or(&[]);
    let this = match (kinds.first().and_then(Attr::as_str), names.first().and_then(Attr::as_str)) {
        (Some("pos"), Some(n)) => n,
        _ => return (fields, stores),
    };
    let celled = py.attr(func, "cellvars").and_then(Attr::as_array).unwrap_or(&[]).iter().any(|c| c.as_str() == Some(this));
    let Some(body) = py.region_entry(func, 0).filter(|_| !celled) else { return (fields, stores) };
    let ops = &py.block(body).ops;
    let params = &py.block(body).args;
    for &op in ops {
        let o = py.op(op);
        if !o.regions.is_empty() {
            break;
        }
        match o.name.as_str() {
            // The parameters bound to their locals at entry.
            "py.store_local" if o.operands.first().is_some_and(|v| params.contains(v)) => {}
            "py.store_local" | "py.delete_local" if py.str_attr(op, "name") == Some(this) => break,
            // `self`, read only to be the receiver of stores of the prefix.
            "py.load_local" if py.str_attr(op, "name") == Some(this) => {
                let r = o.results[0];
                let only_receiver = ops.iter().all(|&u| {
                    let uo = py.op(u);
                    !uo.operands.contains(&r) || (uo.name == "py.setattr" && uo.operands[0] == r && uo.operands[1] != r)
                });
                if !only_receiver {
                    break;
                }
            }
            "py.setattr" => {
                let recv = py.defining_op(o.operands[0]);
                if !recv.is_some_and(|d| py.op(d).name == "py.load_local" && py.str_attr(d, "name") == Some(this)) {
                    break;
                }
                fields.extend(py.str_attr(op, "name").map(String::from));
                stores.insert(op);
            }
            "py.return" | "py.raise" => break,
            _ => {}
        }
    }
    (fields, stores)
}

fn int_attr(py: &Module, op: OpId, name: &str) -> i64 {
    py.attr(op, name).and_then(Attr::as_int).unwrap_or(0)
}

fn empty_array(py: &Module, op: OpId, name: &str) -> bool {
    py.attr(op, name).and_then(Attr::as_array).is_none_or(|a| a.is_empty())
}

/// The class made by `py.class` op `cls` when it qualifies (bases among `known`).
fn known_class(py: &Module, cls: OpId, known: &HashMap<String, KnownClass>) -> Option<KnownClass> {
    if int_attr(py, cls, "num_decorators") != 0 || !empty_array(py, cls, "kwnames") || py.attr(cls, "starred").is_some() {
        return None;
    }
    if !empty_array(py, cls, "cellvars") || !empty_array(py, cls, "freevars") {
        return None;
    }
    let mut bases = Vec::new();
    for &b in &py.op(cls).operands {
        let d = py.defining_op(b)?;
        let n = py.str_attr(d, "name")?;
        match py.op(d).name.as_str() {
            "py.load_global" if known.contains_key(n) => bases.push(n.to_string()),
            "py.load_builtin" if n == "object" => {}
            _ => return None,
        }
    }
    let mut attrs = HashSet::new();
    let mut methods = HashMap::new();
    let mut init = None;
    let body = py.region_entry(cls, 0)?;
    for &op in &py.block(body).ops {
        let o = py.op(op);
        match o.name.as_str() {
            n if n.starts_with("py.const_") => {}
            "py.func" => {
                let plain = int_attr(py, op, "num_decorators") == 0 && empty_array(py, op, "freevars") && py.attr(op, "is_async").is_none() && py.attr(op, "is_generator").is_none();
                if !plain {
                    return None;
                }
            }
            "py.store_name" => {
                let n = py.str_attr(op, "name")?.to_string();
                if TAKEOVER_NAMES.contains(&n.as_str()) || !attrs.insert(n.clone()) {
                    return None;
                }
                let f = o.operands.first().and_then(|v| py.defining_op(*v)).filter(|&f| py.op(f).name == "py.func");
                if n == "__init__" {
                    init = f;
                }
                if let Some(f) = f {
                    let kinds = py.attr(f, "arg_kinds").and_then(Attr::as_array).map(|a| a.to_vec()).unwrap_or_default();
                    let direct = !kinds.is_empty() && kinds.iter().all(|k| k.as_str() == Some("pos")) && int_attr(py, f, "num_defaults") == 0 && int_attr(py, f, "num_kw_defaults") == 0;
                    if direct {
                        methods.insert(n, f);
                    }
                }
            }
            _ => return None,
        }
    }
    let name = py.str_attr(cls, "sym_name")?.to_string();
    let mro = c3(&name, &bases.iter().map(|b| known[b].mro.clone()).chain(std::iter::once(bases.clone())).collect::<Vec<_>>())?;
    Some(KnownClass { op: cls, mro, attrs, methods, init, bound_at_init: HashSet::new(), init_stores: HashSet::new() })
}

/// C3 linearisation of a class over its bases' MROs (and the bases list last); None when
/// none exists (the runtime raises TypeError when the class is made).
fn c3(name: &str, seqs: &[Vec<String>]) -> Option<Vec<String>> {
    let mut seqs: Vec<Vec<String>> = seqs.to_vec();
    let mut out = vec![name.to_string()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let cand = seqs.iter().map(|s| s[0].clone()).find(|c| !seqs.iter().any(|s| s[1..].contains(c)))?;
        for s in seqs.iter_mut() {
            if s[0] == cand {
                s.remove(0);
            }
        }
        out.push(cand);
    }
}

impl KnownClass {
    /// Where attribute `name` of an instance of this class is found in the known classes'
    /// namespaces: the class along the MRO that binds it.
    pub fn owner<'a>(&'a self, classes: &'a HashMap<String, KnownClass>, name: &str) -> Option<&'a str> {
        self.mro.iter().find(|c| classes[c.as_str()].attrs.contains(name)).map(String::as_str)
    }
}
