//! The egraph's language — the pure subset of `typed` expressions — and the constant-folding
//! analysis that rides on it.
//!
//! Folding follows CPython's semantics exactly and is bounded like CPython's own optimizer:
//! an int result must fit in 64 bits and a str result in [`MAX_STR_LEN`] bytes, otherwise
//! the expression is left for run time (so `2**10**10` or `"ab" * 10**8` never blow up the
//! compiler). An operation that would raise (division by zero, negative shift) never folds.

use egg::{Analysis, DidMerge, EGraph, Id, Symbol, define_language};
use std::fmt;
use std::str::FromStr;

/// Longest str a fold may produce (CPython's peephole limit is 4096 too).
pub const MAX_STR_LEN: usize = 4096;

/// A constant leaf: `i:5`, `f:<bits hex>`, `b:true`, `s:<hex bytes>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lit {
    Int(i64),
    /// The bit pattern of an f64 (so the type is `Eq`/`Hash`; -0.0 and 0.0 stay distinct).
    Float(u64),
    Bool(bool),
    Str(String),
}

impl Lit {
    pub fn float(f: f64) -> Lit {
        Lit::Float(f.to_bits())
    }
}

impl fmt::Display for Lit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lit::Int(v) => write!(f, "i:{v}"),
            Lit::Float(b) => write!(f, "f:{b:x}"),
            Lit::Bool(b) => write!(f, "b:{b}"),
            Lit::Str(s) => write!(f, "s:{}", s.bytes().map(|b| format!("{b:02x}")).collect::<String>()),
        }
    }
}

impl FromStr for Lit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (kind, rest) = s.split_once(':').ok_or("not a literal")?;
        match kind {
            "i" => rest.parse().map(Lit::Int).map_err(|e| format!("{e}")),
            "f" => u64::from_str_radix(rest, 16).map(Lit::Float).map_err(|e| format!("{e}")),
            "b" => rest.parse().map(Lit::Bool).map_err(|e| format!("{e}")),
            "s" => {
                let bytes: Result<Vec<u8>, _> = (0..rest.len()).step_by(2).map(|i| u8::from_str_radix(rest.get(i..i + 2).unwrap_or("zz"), 16)).collect();
                String::from_utf8(bytes.map_err(|e| format!("{e}"))?).map(Lit::Str).map_err(|e| format!("{e}"))
            }
            _ => Err("not a literal".into()),
        }
    }
}

define_language! {
    /// Pure typed expressions. Operands of any other op enter as opaque `Var`s.
    pub enum Expr {
        "int.add" = IntAdd([Id; 2]),
        "int.sub" = IntSub([Id; 2]),
        "int.mul" = IntMul([Id; 2]),
        "int.floordiv" = IntFloorDiv([Id; 2]),
        "int.mod" = IntMod([Id; 2]),
        "int.pow" = IntPow([Id; 2]),
        "int.lshift" = IntLshift([Id; 2]),
        "int.rshift" = IntRshift([Id; 2]),
        "int.bitand" = IntAnd([Id; 2]),
        "int.bitor" = IntOr([Id; 2]),
        "int.bitxor" = IntXor([Id; 2]),
        "int.neg" = IntNeg([Id; 1]),
        "int.invert" = IntInvert([Id; 1]),
        "int.cmp.lt" = IntLt([Id; 2]),
        "int.cmp.le" = IntLe([Id; 2]),
        "int.cmp.eq" = IntEq([Id; 2]),
        "int.cmp.ne" = IntNe([Id; 2]),
        "int.cmp.gt" = IntGt([Id; 2]),
        "int.cmp.ge" = IntGe([Id; 2]),
        "float.add" = FloatAdd([Id; 2]),
        "float.sub" = FloatSub([Id; 2]),
        "float.mul" = FloatMul([Id; 2]),
        "float.truediv" = FloatDiv([Id; 2]),
        "float.neg" = FloatNeg([Id; 1]),
        "float.cmp.lt" = FloatLt([Id; 2]),
        "float.cmp.le" = FloatLe([Id; 2]),
        "float.cmp.eq" = FloatEq([Id; 2]),
        "float.cmp.ne" = FloatNe([Id; 2]),
        "float.cmp.gt" = FloatGt([Id; 2]),
        "float.cmp.ge" = FloatGe([Id; 2]),
        "int.to_float" = IntToFloat([Id; 1]),
        "bool.to_int" = BoolToInt([Id; 1]),
        "not" = Not([Id; 1]),
        "str.concat" = StrConcat([Id; 2]),
        "str.repeat" = StrRepeat([Id; 2]),
        "str.len" = StrLen([Id; 1]),
        "str.upper" = StrUpper([Id; 1]),
        "str.lower" = StrLower([Id; 1]),
        "str.of_int" = StrOfInt([Id; 1]),
        "str.cmp.lt" = StrLt([Id; 2]),
        "str.cmp.le" = StrLe([Id; 2]),
        "str.cmp.eq" = StrEq([Id; 2]),
        "str.cmp.ne" = StrNe([Id; 2]),
        "str.cmp.gt" = StrGt([Id; 2]),
        "str.cmp.ge" = StrGe([Id; 2]),
        "str.build" = StrBuild(Box<[Id]>),
        Const(Lit),
        Var(Symbol),
    }
}

/// Constant folding: each e-class knows the constant it equals, if any.
#[derive(Default)]
pub struct ConstFold;

fn floor_div(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

fn floor_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.checked_rem(b)?;
    Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

fn short_str(s: String) -> Option<Lit> {
    (s.len() <= MAX_STR_LEN).then_some(Lit::Str(s))
}

/// Evaluates one node over constant children, as CPython would at run time.
pub fn fold(node: &Expr, c: &dyn Fn(Id) -> Option<Lit>) -> Option<Lit> {
    use Lit::*;
    let int = |id: &Id| match c(*id)? {
        Int(v) => Some(v),
        _ => None,
    };
    let float = |id: &Id| match c(*id)? {
        Float(b) => Some(f64::from_bits(b)),
        _ => None,
    };
    let string = |id: &Id| match c(*id)? {
        Str(s) => Some(s),
        _ => None,
    };
    let boolean = |id: &Id| match c(*id)? {
        Bool(b) => Some(b),
        _ => None,
    };
    Some(match node {
        Expr::Const(l) => l.clone(),
        Expr::Var(_) => return None,
        Expr::IntAdd([a, b]) => Int(int(a)?.checked_add(int(b)?)?),
        Expr::IntSub([a, b]) => Int(int(a)?.checked_sub(int(b)?)?),
        Expr::IntMul([a, b]) => Int(int(a)?.checked_mul(int(b)?)?),
        Expr::IntFloorDiv([a, b]) => Int(floor_div(int(a)?, int(b)?)?),
        Expr::IntMod([a, b]) => Int(floor_mod(int(a)?, int(b)?)?),
        Expr::IntPow([a, b]) => Int(int(a)?.checked_pow(u32::try_from(int(b)?).ok()?)?),
        Expr::IntLshift([a, b]) => {
            let (a, b) = (int(a)?, int(b)?);
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            Int(r)
        }
        Expr::IntRshift([a, b]) => {
            let (a, b) = (int(a)?, int(b)?);
            if b < 0 {
                return None;
            }
            Int(a >> b.min(63))
        }
        Expr::IntAnd([a, b]) => Int(int(a)? & int(b)?),
        Expr::IntOr([a, b]) => Int(int(a)? | int(b)?),
        Expr::IntXor([a, b]) => Int(int(a)? ^ int(b)?),
        Expr::IntNeg([a]) => Int(int(a)?.checked_neg()?),
        Expr::IntInvert([a]) => Int(!int(a)?),
        Expr::IntLt([a, b]) => Bool(int(a)? < int(b)?),
        Expr::IntLe([a, b]) => Bool(int(a)? <= int(b)?),
        Expr::IntEq([a, b]) => Bool(int(a)? == int(b)?),
        Expr::IntNe([a, b]) => Bool(int(a)? != int(b)?),
        Expr::IntGt([a, b]) => Bool(int(a)? > int(b)?),
        Expr::IntGe([a, b]) => Bool(int(a)? >= int(b)?),
        Expr::FloatAdd([a, b]) => Lit::float(float(a)? + float(b)?),
        Expr::FloatSub([a, b]) => Lit::float(float(a)? - float(b)?),
        Expr::FloatMul([a, b]) => Lit::float(float(a)? * float(b)?),
        Expr::FloatDiv([a, b]) => {
            let d = float(b)?;
            if d == 0.0 {
                return None;
            }
            Lit::float(float(a)? / d)
        }
        Expr::FloatNeg([a]) => Lit::float(-float(a)?),
        Expr::FloatLt([a, b]) => Bool(float(a)? < float(b)?),
        Expr::FloatLe([a, b]) => Bool(float(a)? <= float(b)?),
        Expr::FloatEq([a, b]) => Bool(float(a)? == float(b)?),
        Expr::FloatNe([a, b]) => Bool(float(a)? != float(b)?),
        Expr::FloatGt([a, b]) => Bool(float(a)? > float(b)?),
        Expr::FloatGe([a, b]) => Bool(float(a)? >= float(b)?),
        Expr::IntToFloat([a]) => {
            let v = int(a)?;
            // Exact conversions only (CPython rounds big ints correctly; i64 -> f64 `as` also
            // rounds to nearest, but keep folding to values that need no rounding).
            if v.unsigned_abs() > (1u64 << 53) {
                return None;
            }
            Lit::float(v as f64)
        }
        Expr::BoolToInt([a]) => Int(boolean(a)? as i64),
        Expr::Not([a]) => Bool(!boolean(a)?),
        Expr::StrConcat([a, b]) => return short_str(string(a)? + &string(b)?),
        Expr::StrRepeat([a, b]) => {
            let (s, n) = (string(a)?, int(b)?);
            let n = usize::try_from(n.max(0)).ok()?;
            if s.len().checked_mul(n)? > MAX_STR_LEN {
                return None;
            }
            Str(s.repeat(n))
        }
        Expr::StrLen([a]) => Int(string(a)?.chars().count() as i64),
        // ASCII only: Python's Unicode case mapping has special cases Rust's does not share.
        Expr::StrUpper([a]) => {
            let s = string(a)?;
            if !s.is_ascii() {
                return None;
            }
            Str(s.to_ascii_uppercase())
        }
        Expr::StrLower([a]) => {
            let s = string(a)?;
            if !s.is_ascii() {
                return None;
            }
            Str(s.to_ascii_lowercase())
        }
        Expr::StrOfInt([a]) => Str(int(a)?.to_string()),
        Expr::StrLt([a, b]) => Bool(string(a)? < string(b)?),
        Expr::StrLe([a, b]) => Bool(string(a)? <= string(b)?),
        Expr::StrEq([a, b]) => Bool(string(a)? == string(b)?),
        Expr::StrNe([a, b]) => Bool(string(a)? != string(b)?),
        Expr::StrGt([a, b]) => Bool(string(a)? > string(b)?),
        Expr::StrGe([a, b]) => Bool(string(a)? >= string(b)?),
        Expr::StrBuild(parts) => {
            let mut s = String::new();
            for p in parts.iter() {
                s += &string(p)?;
            }
            return short_str(s);
        }
    })
}

impl Analysis<Expr> for ConstFold {
    type Data = Option<Lit>;

    fn make(egraph: &mut EGraph<Expr, Self>, enode: &Expr, _id: Id) -> Self::Data {
        fold(enode, &|id| egraph[id].data.clone())
    }

    /// Two constants in one class would mean two different values were proven equal: a rule
    /// bug. Keep the first and let the debug assertion catch it in tests.
    fn merge(&mut self, to: &mut Self::Data, from: Self::Data) -> DidMerge {
        match (to.as_ref(), from) {
            (None, Some(f)) => {
                *to = Some(f);
                DidMerge(true, false)
            }
            (Some(t), Some(f)) => {
                debug_assert_eq!(*t, f, "a rewrite merged two different constants");
                DidMerge(false, false)
            }
            (_, None) => DidMerge(false, to.is_some()),
        }
    }

    fn modify(egraph: &mut EGraph<Expr, Self>, id: Id) {
        if let Some(l) = egraph[id].data.clone() {
            let c = egraph.add(Expr::Const(l));
            egraph.union(id, c);
        }
    }
}
