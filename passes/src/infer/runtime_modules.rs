//! The modules the runtime provides (`rt_import`) instead of compiled Python, and the names
//! CPython's versions of them have that the runtime's lack: importing one of those, or reading
//! it as an attribute of a name bound only by `import <module>`, is refused at compile time
//! (an unknown name still raises ImportError/AttributeError at run time, as in CPython).
//! The lists are the names of `dir(module)` in CPython 3.11 that the runtime's modules lack
//! (`runtime/src/{sys,math,dataclasses,typing,future}.rs`); `tests/runtime_modules.rs` checks
//! them against both.

use metal0_dialects::{Attr, Location, Module, Value};
use std::collections::HashMap;

pub const RUNTIME_MODULES: &[&str] = &["sys", "math", "dataclasses", "typing", "__future__"];

const SYS_MISSING: &[&str] = &[
    "__breakpointhook__", "__displayhook__", "__doc__", "__excepthook__", "__interactivehook__",
    "__loader__", "__package__", "__spec__", "__stdin__", "__unraisablehook__", "abiflags",
    "addaudithook", "api_version", "audit", "base_exec_prefix", "base_prefix", "breakpointhook",
    "builtin_module_names", "call_tracing", "copyright", "displayhook", "dont_write_bytecode",
    "excepthook", "exec_prefix", "executable", "flags", "float_info",
    "float_repr_style", "get_asyncgen_hooks", "get_coroutine_origin_tracking_depth",
    "getallocatedblocks", "getdlopenflags", "getprofile", "getrefcount", "getsizeof", "getswitchinterval",
    "gettrace", "hash_info", "implementation", "int_info", "is_finalizing", "meta_path", "modules",
    "orig_argv", "path_hooks", "path_importer_cache", "platlibdir", "prefix", "pycache_prefix",
    "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth", "set_int_max_str_digits",
    "setdlopenflags", "setprofile", "setswitchinterval", "settrace", "stdlib_module_names",
    "thread_info", "unraisablehook", "warnoptions",
];

const MATH_MISSING: &[&str] = &["__doc__", "__file__", "__loader__", "__package__", "__spec__"];

const FUTURE_MISSING: &[&str] = &[
    "CO_FUTURE_ABSOLUTE_IMPORT", "CO_FUTURE_ANNOTATIONS", "CO_FUTURE_BARRY_AS_BDFL",
    "CO_FUTURE_DIVISION", "CO_FUTURE_GENERATOR_STOP", "CO_FUTURE_PRINT_FUNCTION",
    "CO_FUTURE_UNICODE_LITERALS", "CO_FUTURE_WITH_STATEMENT", "CO_GENERATOR_ALLOWED", "CO_NESTED",
    "__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__package__",
    "__spec__",
];

const TYPING_MISSING: &[&str] = &[
    "ABCMeta", "Annotated", "BinaryIO", "ByteString", "CT_co", "Concatenate", "EXCLUDED_ATTRIBUTES",
    "GenericAlias", "IO", "KT", "MappingView", "Match", "MethodDescriptorType",
    "MethodWrapperType", "NamedTupleMeta", "NewType", "ParamSpec", "ParamSpecArgs",
    "ParamSpecKwargs", "Pattern", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "T", "T_co", "T_contra",
    "TextIO", "TypeVarTuple", "Unpack", "VT", "VT_co", "V_co", "WrapperDescriptorType",
    "__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__package__",
    "__spec__", "abstractmethod", "assert_never", "assert_type", "clear_overloads", "collections",
    "contextlib", "dataclass_transform", "defaultdict", "functools", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "io", "no_type_check_decorator",
    "operator", "re", "reveal_type", "stdlib_re", "sys", "types", "warnings",
];

const DATACLASSES_MISSING: &[&str] = &[
    "FunctionType", "GenericAlias", "InitVar", "__all__", "__builtins__", "__cached__",
    "__doc__", "__file__", "__loader__", "__package__", "__spec__", "abc", "builtins", "copy",
    "functools", "inspect", "itertools", "keyword", "make_dataclass", "re", "sys", "types",
];

/// The names CPython's version of runtime module `module` has and metal0's lacks.
pub fn missing_names(module: &str) -> &'static [&'static str] {
    match module {
        "sys" => SYS_MISSING,
        "math" => MATH_MISSING,
        "typing" => TYPING_MISSING,
        "dataclasses" => DATACLASSES_MISSING,
        "__future__" => FUTURE_MISSING,
        _ => &[],
    }
}

/// Whether `from module import name` names something CPython has and metal0 does not yet.
pub fn missing(module: &str, name: &str) -> bool {
    missing_names(module).contains(&name)
}

/// What a name bound only by imports of one thing from a runtime module refers to: the module
/// (`import m`: attribute None) or one of its attributes (`from m import a`).
pub type Imported = (String, Option<String>);

/// The names bound only by `import <runtime module>` or `from <runtime module> import <name>`
/// statements of one and the same thing (anywhere in the program, in any scope): reading one
/// of them is reading that module or attribute.
pub fn module_names(py: &Module) -> HashMap<String, Imported> {
    let mut bound: HashMap<String, Option<Imported>> = HashMap::new();
    for op in py.walk() {
        let o = py.op(op);
        if !matches!(o.name.as_str(), "py.store_global" | "py.store_local" | "py.store_name" | "py.store_cell" | "py.store_free" | "py.delete_global" | "py.delete_local" | "py.delete_name" | "py.delete_cell" | "py.delete_free") {
            continue;
        }
        let Some(name) = py.str_attr(op, "name") else { continue };
        let imported = o.operands.first().and_then(|&v| imported_value(py, v));
        let entry = bound.entry(name.to_string()).or_insert_with(|| imported.clone());
        if *entry != imported {
            *entry = None;
        }
    }
    bound.into_iter().filter_map(|(n, m)| Some((n, m?))).collect()
}

/// The runtime module or module attribute that `py.import` / `py.import_from` result `v` is.
fn imported_value(py: &Module, v: Value) -> Option<Imported> {
    let d = py.defining_op(v)?;
    let module = py.str_attr(d, "module").filter(|m| RUNTIME_MODULES.contains(m))?.to_string();
    match py.op(d).name.as_str() {
        "py.import" => Some((module, None)),
        "py.import_from" if py.attr(d, "level").and_then(Attr::as_int).unwrap_or(0) == 0 => {
            let i = py.op(d).results.iter().position(|&r| r == v)?;
            let name = py.attr(d, "names").and_then(Attr::as_array)?.get(i)?.as_str()?;
            Some((module, Some(name.to_string())))
        }
        _ => None,
    }
}

/// What `v` reads when it is a load of a name of `module_names`, or an attribute of such a
/// module: `(module, None)` for the module, `(module, Some(attr))` for one of its attributes.
pub fn imported_of(py: &Module, names: &HashMap<String, Imported>, v: Value) -> Option<Imported> {
    let d = py.defining_op(v)?;
    match py.op(d).name.as_str() {
        "py.load_global" | "py.load_local" | "py.load_name" | "py.load_cell" | "py.load_free" | "py.load_classderef" => names.get(py.str_attr(d, "name")?).cloned(),
        "py.getattr" => match imported_of(py, names, *py.op(d).operands.first()?)? {
            (m, None) => Some((m, py.str_attr(d, "name").map(String::from))),
            _ => None,
        },
        _ => None,
    }
}

/// `module.name` of a name CPython's module has and metal0's lacks, as the construct a
/// refusal names.
pub fn missing_attr(py: &Module, names: &HashMap<String, Imported>, getattr: metal0_dialects::OpId) -> Option<(Location, String)> {
    let (module, None) = imported_of(py, names, *py.op(getattr).operands.first()?)? else { return None };
    let attr = py.attr(getattr, "name").and_then(Attr::as_str)?;
    missing(&module, attr).then(|| (py.op(getattr).loc.clone(), format!("`{module}.{attr}`")))
}
