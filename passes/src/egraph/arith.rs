//! Algebraic identities on exact ints and bools. Each holds for every int (Python ints are
//! unbounded, so no overflow caveat) and is directional: it only ever makes an expression
//! smaller. No float identities: `x + 0.0` is not `x` when x is -0.0.

use super::language::{ConstFold, Expr};
use egg::{Rewrite, rewrite};

pub fn rules() -> Vec<Rewrite<Expr, ConstFold>> {
    vec![
        // x + 0 = x, 0 + x = x, x - 0 = x
        rewrite!("int-add-zero-right"; "(int.add ?x i:0)" => "?x"),
        rewrite!("int-add-zero-left"; "(int.add i:0 ?x)" => "?x"),
        rewrite!("int-sub-zero"; "(int.sub ?x i:0)" => "?x"),
        // x * 1 = x, 1 * x = x
        rewrite!("int-mul-one-right"; "(int.mul ?x i:1)" => "?x"),
        rewrite!("int-mul-one-left"; "(int.mul i:1 ?x)" => "?x"),
        // --x = x, ~~x = x, not not b = b
        rewrite!("int-neg-neg"; "(int.neg (int.neg ?x))" => "?x"),
        rewrite!("int-invert-invert"; "(int.invert (int.invert ?x))" => "?x"),
        rewrite!("not-not"; "(not (not ?b))" => "?b"),
    ]
}
