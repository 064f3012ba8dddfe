//! The type lattice of whole-program inference: `Bottom` (nothing known yet) below the
//! concrete types, `Object` (dynamically typed) on top. Two different concrete types join to
//! `Object`, so a variable rebound from int to str simply becomes dynamic. Lists and dicts
//! name a class of containers whose element types live in the [`super::heap::Heap`].

use metal0_dialects::Type;
use metal0_dialects::typed::ty;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// No value seen yet (identity of `join`).
    Bottom,
    Int,
    Float,
    Bool,
    None,
    Str,
    Bytes,
    /// A list of the class with this id (element type in the heap).
    List(u32),
    /// A dict of the class with this id (key and value types in the heap).
    Dict(u32),
    Set,
    /// A tuple whose length and element types are known.
    Tuple(Vec<Ty>),
    /// A runtime module (`sys`).
    Module,
    /// A module of the program, by name: its attributes resolve statically to its globals.
    UserModule(String),
    /// A module-level function called directly; never a runtime value.
    Func,
    /// An object whose iteration yields items of this type and which is otherwise used
    /// dynamically: a dict view, `enumerate(...)`, `zip(...)`, `reversed(...)`, `range(...)`.
    Iter(Box<Ty>),
    /// An instance of exactly this known class (`classes.rs`); its field types live in the heap.
    Instance(String),
    Object,
}

impl Ty {
    /// The least upper bound, for types without containers. Two different container classes
    /// join to `Object` here; inference joins with [`super::heap::Heap::join`], which merges
    /// them instead, and makes what becomes `Object` escape.
    pub fn join(&self, other: &Ty) -> Ty {
        match (self, other) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => t.clone(),
            (a, b) if a == b => a.clone(),
            (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => Ty::Tuple(a.iter().zip(b).map(|(x, y)| x.join(y)).collect()),
            _ => Ty::Object,
        }
    }

    /// `Bottom` read as the most general type, for emitting code once inference is done.
    pub fn or_object(&self) -> Ty {
        match self {
            Ty::Bottom => Ty::Object,
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(Ty::or_object).collect()),
            Ty::Iter(t) => Ty::Iter(Box::new(t.or_object())),
            t => t.clone(),
        }
    }

    /// The type with its container classes forgotten: what instances of one shape share.
    pub fn shape(&self) -> Ty {
        match self {
            Ty::List(_) => Ty::List(u32::MAX),
            Ty::Dict(_) => Ty::Dict(u32::MAX),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(Ty::shape).collect()),
            Ty::Iter(t) => Ty::Iter(Box::new(t.shape())),
            t => t.clone(),
        }
    }

    /// Int and bool take part in integer arithmetic.
    pub fn is_intlike(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool)
    }

    /// Numbers take part in float arithmetic.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool | Ty::Float)
    }

    /// A value whose comparisons are those of a builtin type (so `==` gives a bool).
    pub fn is_builtin_value(&self) -> bool {
        !matches!(self, Ty::Object | Ty::Bottom | Ty::Func | Ty::Instance(_))
    }

    /// The IR type in the `typed` dialect, without element types (see
    /// [`super::heap::Heap::ir`] for the full type).
    pub fn to_ir(&self) -> Type {
        match self {
            Ty::Bottom | Ty::Object => ty("object"),
            Ty::Int => ty("int"),
            Ty::Float => ty("float"),
            Ty::Bool => ty("bool"),
            Ty::None => ty("none"),
            Ty::Str => ty("str"),
            Ty::Bytes => ty("bytes"),
            Ty::List(_) => ty("list"),
            Ty::Dict(_) => ty("dict"),
            Ty::Set => ty("set"),
            Ty::Module | Ty::UserModule(_) => ty("module"),
            Ty::Func => ty("func"),
            Ty::Tuple(ts) => Type::dialect_with("typed", "tuple", ts.iter().map(Ty::to_ir).collect()),
            Ty::Iter(t) => Type::dialect_with("typed", "iter", vec![t.to_ir()]),
            Ty::Instance(c) => Type::dialect("typed", &format!("instance.{c}")),
        }
    }

    /// The inverse of [`Ty::to_ir`] for types without containers, for passes that read typed
    /// IR text (containers, whose classes exist only during inference, read as `Object`).
    pub fn from_ir(t: &Type) -> Ty {
        match t {
            Type::Dialect { dialect, name, params } if dialect == "typed" => match name.as_str() {
                "int" => Ty::Int,
                "float" => Ty::Float,
                "bool" => Ty::Bool,
                "none" => Ty::None,
                "str" => Ty::Str,
                "bytes" => Ty::Bytes,
                "set" => Ty::Set,
                "module" => Ty::Module,
                "func" => Ty::Func,
                "tuple" => Ty::Tuple(params.iter().map(Ty::from_ir).collect()),
                _ => Ty::Object,
            },
            _ => Ty::Object,
        }
    }

    /// The short name used when mangling instance names: `f$int$str`.
    pub fn mangle(&self) -> String {
        match self {
            Ty::Tuple(ts) => format!("tuple{}", ts.len()),
            Ty::Iter(_) => "iter".into(),
            Ty::Bottom => "object".into(),
            t => t.to_ir().to_string().trim_start_matches("!typed.").to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ty;

    #[test]
    fn join_is_a_lattice() {
        assert_eq!(Ty::Bottom.join(&Ty::Int), Ty::Int);
        assert_eq!(Ty::Int.join(&Ty::Int), Ty::Int);
        assert_eq!(Ty::Int.join(&Ty::Str), Ty::Object);
        assert_eq!(Ty::Int.join(&Ty::Float), Ty::Object);
        assert_eq!(Ty::Tuple(vec![Ty::Int, Ty::Str]).join(&Ty::Tuple(vec![Ty::Int, Ty::Int])), Ty::Tuple(vec![Ty::Int, Ty::Object]));
        assert_eq!(Ty::Tuple(vec![Ty::Int]).join(&Ty::Tuple(vec![Ty::Int, Ty::Int])), Ty::Object);
    }

    #[test]
    fn ir_round_trip() {
        for t in [Ty::Int, Ty::Float, Ty::Str, Ty::Tuple(vec![Ty::Int, Ty::Tuple(vec![Ty::Str])]), Ty::Object] {
            assert_eq!(Ty::from_ir(&t.to_ir()), t);
        }
    }
}
