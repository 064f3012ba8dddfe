//! The modules the runtime provides (`rt_import`) instead of compiled Python, and the names
//! CPython's versions of them have that the runtime's lack: importing one of those is refused
//! at compile time (an unknown name still raises ImportError at run time, as in CPython).
//! Keep in step with the modules' attributes in `runtime/src/{sys,dataclasses,typing,future}.rs`.

pub const RUNTIME_MODULES: &[&str] = &["sys", "math", "dataclasses", "typing", "__future__"];

const TYPING_MISSING: &[&str] = &[
    "Annotated", "BinaryIO", "ByteString", "Concatenate", "ForwardRef", "IO", "MappingView",
    "Match", "NamedTuple", "NewType", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Pattern",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
    "SupportsInt", "SupportsRound", "TextIO", "TypeVarTuple", "TypedDict", "Unpack",
    "assert_never", "assert_type", "clear_overloads", "dataclass_transform", "get_args",
    "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "no_type_check_decorator",
    "reveal_type",
];

const DATACLASSES_MISSING: &[&str] = &["InitVar", "KW_ONLY", "make_dataclass"];

/// Whether `from module import name` names something CPython has and metal0 does not yet.
pub fn missing(module: &str, name: &str) -> bool {
    match module {
        "typing" => TYPING_MISSING.contains(&name),
        "dataclasses" => DATACLASSES_MISSING.contains(&name),
        _ => false,
    }
}
