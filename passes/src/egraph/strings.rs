//! Comptime string identities. Folding of constant strings itself (concatenation,
//! repetition, `len`, `upper`/`lower`, comparisons, f-strings with constant parts) is done
//! by the constant-folding analysis; these rules simplify around unknown strings.

use super::language::{ConstFold, Expr};
use egg::{Rewrite, rewrite};

pub fn rules() -> Vec<Rewrite<Expr, ConstFold>> {
    vec![
        // s + "" = s, "" + s = s (both operands are statically str)
        rewrite!("str-concat-empty-right"; "(str.concat ?s s:)" => "?s"),
        rewrite!("str-concat-empty-left"; "(str.concat s: ?s)" => "?s"),
        // s * 1 = s
        rewrite!("str-repeat-one"; "(str.repeat ?s i:1)" => "?s"),
    ]
}
