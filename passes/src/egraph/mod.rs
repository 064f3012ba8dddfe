//! `egraph`: equality saturation (egg) over the pure expressions of each `typed` function —
//! constant folding, comptime string folding and algebraic identities — then every op whose
//! value became a constant (or an existing value) is replaced, and dead pure ops removed.
//!
//! Rules live by theme in [`arith`] and [`strings`]; the folding itself is the analysis in
//! [`language`]. See `README.md` beside this file for the invariants every rule keeps.
//! Saturation is bounded (nodes, iterations, time), so it can never hang.

mod arith;
pub mod language;
mod strings;

use crate::manager::Pass;
use egg::{AstSize, Extractor, Id, RecExpr, Rewrite, Runner, Symbol};
use language::{ConstFold, Expr, Lit};
use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::{Attr, Module, OpId, Type, Value, attr};
use std::collections::HashMap;
use std::time::Duration;

/// The `egraph` pass.
pub struct EGraphPass;

impl Pass for EGraphPass {
    fn name(&self) -> &'static str {
        "egraph"
    }
    fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>> {
        for f in module.top_ops() {
            if module.op(f).name == "typed.func" {
                fold_function(module, f);
            }
        }
        Ok(())
    }
}

/// Every rule, by theme.
pub fn rules() -> Vec<Rewrite<Expr, ConstFold>> {
    let mut r = arith::rules();
    r.extend(strings::rules());
    r
}

fn is_str(m: &Module, v: Value) -> bool {
    m.value_type(v).is("typed", "str")
}

/// The egraph node for a typed op, given the classes of its operands; None when the op is
/// not a pure expression of the language.
fn node_for(m: &Module, op: OpId, ids: &[Id]) -> Option<Expr> {
    let d = m.op(op);
    let o = |n: &str| m.str_attr(op, n).unwrap_or("").to_string();
    let two = || [ids[0], ids[1]];
    Some(match d.name.as_str() {
        "typed.const_int" => Expr::Const(Lit::Int(m.attr(op, "value")?.as_int()?)),
        "typed.const_float" => Expr::Const(Lit::float(m.attr(op, "value")?.as_float()?)),
        "typed.const_bool" => Expr::Const(Lit::Bool(m.attr(op, "value")?.as_bool()?)),
        "typed.const_str" => Expr::Const(Lit::Str(m.str_attr(op, "value")?.to_string())),
        "typed.int.binop" => match o("op").as_str() {
            "add" => Expr::IntAdd(two()),
            "sub" => Expr::IntSub(two()),
            "mul" => Expr::IntMul(two()),
            "floordiv" => Expr::IntFloorDiv(two()),
            "mod" => Expr::IntMod(two()),
            "pow" => Expr::IntPow(two()),
            "lshift" => Expr::IntLshift(two()),
            "rshift" => Expr::IntRshift(two()),
            "bitand" => Expr::IntAnd(two()),
            "bitor" => Expr::IntOr(two()),
            "bitxor" => Expr::IntXor(two()),
            _ => return None,
        },
        "typed.int.neg" => Expr::IntNeg([ids[0]]),
        "typed.int.invert" => Expr::IntInvert([ids[0]]),
        "typed.int.cmp" => match o("op").as_str() {
            "lt" => Expr::IntLt(two()),
            "le" => Expr::IntLe(two()),
            "eq" => Expr::IntEq(two()),
            "ne" => Expr::IntNe(two()),
            "gt" => Expr::IntGt(two()),
            "ge" => Expr::IntGe(two()),
            _ => return None,
        },
        "typed.float.binop" => match o("op").as_str() {
            "add" => Expr::FloatAdd(two()),
            "sub" => Expr::FloatSub(two()),
            "mul" => Expr::FloatMul(two()),
            "truediv" => Expr::FloatDiv(two()),
            _ => return None,
        },
        "typed.float.neg" => Expr::FloatNeg([ids[0]]),
        "typed.float.cmp" => match o("op").as_str() {
            "lt" => Expr::FloatLt(two()),
            "le" => Expr::FloatLe(two()),
            "eq" => Expr::FloatEq(two()),
            "ne" => Expr::FloatNe(two()),
            "gt" => Expr::FloatGt(two()),
            "ge" => Expr::FloatGe(two()),
            _ => return None,
        },
        "typed.int_to_float" => Expr::IntToFloat([ids[0]]),
        "typed.bool_to_int" => Expr::BoolToInt([ids[0]]),
        "typed.not" => Expr::Not([ids[0]]),
        "typed.obj.binop" if o("op") == "add" && is_str(m, d.operands[0]) && is_str(m, d.operands[1]) => Expr::StrConcat(two()),
        "typed.obj.binop" if o("op") == "mul" && is_str(m, d.operands[0]) && m.value_type(d.operands[1]).is("typed", "int") => Expr::StrRepeat(two()),
        "typed.obj.len" if is_str(m, d.operands[0]) => Expr::StrLen([ids[0]]),
        "typed.obj.call_method" if d.operands.len() == 1 && is_str(m, d.operands[0]) => match o("name").as_str() {
            "upper" => Expr::StrUpper([ids[0]]),
            "lower" => Expr::StrLower([ids[0]]),
            _ => return None,
        },
        "typed.obj.compare_bool" if is_str(m, d.operands[0]) && is_str(m, d.operands[1]) => match o("op").as_str() {
            "lt" => Expr::StrLt(two()),
            "le" => Expr::StrLe(two()),
            "eq" => Expr::StrEq(two()),
            "ne" => Expr::StrNe(two()),
            "gt" => Expr::StrGt(two()),
            "ge" => Expr::StrGe(two()),
            _ => return None,
        },
        "typed.str_of" if o("conversion") == "s" && m.value_type(d.operands[0]).is("typed", "int") => Expr::StrOfInt([ids[0]]),
        "typed.build_str" => Expr::StrBuild(ids.to_vec().into_boxed_slice()),
        _ => return None,
    })
}

/// Ops that never raise and have no effect, so they can go once their result is unused.
fn is_removable(m: &Module, op: OpId) -> bool {
    let name = m.op(op).name.as_str();
    name.starts_with("typed.const_")
        || matches!(name, "typed.int.cmp" | "typed.float.cmp" | "typed.not" | "typed.bool_to_int" | "typed.int.neg" | "typed.int.invert" | "typed.float.neg" | "typed.build_str" | "typed.box")
        || (name == "typed.int.binop" && matches!(m.str_attr(op, "op"), Some("add" | "sub" | "mul" | "bitand" | "bitor" | "bitxor")))
        || (name == "typed.float.binop" && matches!(m.str_attr(op, "op"), Some("add" | "sub" | "mul")))
}

/// The typed constant op for a literal.
fn const_op(lit: &Lit) -> (&'static str, Attr, Type) {
    use metal0_dialects::typed::ty;
    match lit {
        Lit::Int(v) => ("typed.const_int", Attr::i64(*v), ty("int")),
        Lit::Float(b) => ("typed.const_float", Attr::Float(f64::from_bits(*b)), ty("float")),
        Lit::Bool(b) => ("typed.const_bool", Attr::Bool(*b), ty("bool")),
        Lit::Str(s) => ("typed.const_str", Attr::str(s), ty("str")),
    }
}

fn fold_function(m: &mut Module, func: OpId) {
    let mut ops = Vec::new();
    m.walk_from(func, &mut ops);
    let mut egraph = egg::EGraph::<Expr, ConstFold>::default();
    let mut class_of: HashMap<Value, Id> = HashMap::new();
    let mut vars: HashMap<Symbol, Value> = HashMap::new();
    let mut roots: Vec<(OpId, Id)> = Vec::new();
    for &op in &ops {
        if m.op(op).results.len() != 1 || !m.op(op).regions.is_empty() {
            continue;
        }
        let ids: Vec<Id> = m
            .op(op)
            .operands
            .clone()
            .into_iter()
            .map(|v| {
                *class_of.entry(v).or_insert_with(|| {
                    let s = Symbol::from(format!("v{}", v.0));
                    vars.insert(s, v);
                    egraph.add(Expr::Var(s))
                })
            })
            .collect();
        if let Some(node) = node_for(m, op, &ids) {
            let id = egraph.add(node);
            class_of.insert(m.op(op).results[0], id);
            if !m.op(op).name.starts_with("typed.const_") {
                roots.push((op, id));
            }
        }
    }
    if roots.is_empty() {
        return;
    }
    let runner = Runner::default()
        .with_egraph(egraph)
        .with_node_limit(10_000)
        .with_iter_limit(16)
        .with_time_limit(Duration::from_millis(500))
        .run(&rules());
    let egraph = runner.egraph;
    let extractor = Extractor::new(&egraph, AstSize);
    for (op, id) in roots {
        let result = m.op(op).results[0];
        // An op folded to a constant cannot raise (folding refuses what would), so it goes
        // whatever it is; an op replaced by an equal value goes only if it is removable.
        let folded = egraph[id].data.is_some();
        let replacement = match egraph[id].data.clone() {
            Some(lit) => {
                let (name, value, ty) = const_op(&lit);
                if ty != *m.value_type(result) {
                    continue;
                }
                let c = m.create_op(name, &[], &[ty], vec![attr("value", value)], m.op(op).loc.clone());
                let block = m.op(op).parent.expect("a walked op is in a block");
                let index = m.block(block).ops.iter().position(|o| *o == op).expect("op is in its block");
                m.insert_op(block, index, c);
                m.op(c).results[0]
            }
            None => {
                let (_, best): (usize, RecExpr<Expr>) = extractor.find_best(id);
                match best.as_ref() {
                    [Expr::Var(s)] if vars.get(s).is_some_and(|v| m.value_type(*v) == m.value_type(result)) => vars[s],
                    _ => continue,
                }
            }
        };
        m.replace_all_uses(result, replacement);
        if folded || is_removable(m, op) {
            m.detach_op(op);
        }
    }
    remove_dead_ops(m, func);
}

/// Removes removable ops whose results are no longer used, until none is left.
fn remove_dead_ops(m: &mut Module, func: OpId) {
    loop {
        let mut ops = Vec::new();
        m.walk_from(func, &mut ops);
        let mut used: HashMap<Value, usize> = HashMap::new();
        for &op in &ops {
            for v in &m.op(op).operands {
                *used.entry(*v).or_default() += 1;
            }
        }
        let dead: Vec<OpId> = ops.into_iter().filter(|&op| op != func && is_removable(m, op) && m.op(op).results.iter().all(|r| !used.contains_key(r))).collect();
        if dead.is_empty() {
            return;
        }
        for op in dead {
            m.detach_op(op);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::language::{ConstFold, Expr};
    use super::rules;
    use egg::{AstSize, Extractor, RecExpr, Runner};

    /// Saturates `start` and checks the cheapest equivalent expression is `expected`.
    fn simplifies(start: &str, expected: &str) {
        let expr: RecExpr<Expr> = start.parse().unwrap();
        let runner = Runner::<Expr, ConstFold, ()>::default().with_expr(&expr).run(&rules());
        let (_, best) = Extractor::new(&runner.egraph, AstSize).find_best(runner.roots[0]);
        assert_eq!(best.to_string(), expected, "{start}");
    }

    #[test]
    fn fold_int_arith() {
        simplifies("(int.add i:1 (int.mul i:2 i:3))", "i:7");
    }
    #[test]
    fn fold_floor_division_signs() {
        simplifies("(int.floordiv i:-7 i:2)", "i:-4");
        simplifies("(int.mod i:-7 i:2)", "i:1");
        simplifies("(int.mod i:7 i:-2)", "i:-1");
    }
    #[test]
    fn division_by_zero_is_left_for_run_time() {
        simplifies("(int.floordiv i:1 i:0)", "(int.floordiv i:1 i:0)");
    }
    #[test]
    fn overflow_is_left_for_run_time() {
        simplifies("(int.pow i:2 i:100)", "(int.pow i:2 i:100)");
        simplifies("(int.mul i:9223372036854775807 i:2)", "(int.mul i:9223372036854775807 i:2)");
    }
    #[test]
    fn int_add_zero_right() {
        simplifies("(int.add x i:0)", "x");
    }
    #[test]
    fn int_mul_one_left() {
        simplifies("(int.mul i:1 x)", "x");
    }
    #[test]
    fn int_neg_neg() {
        simplifies("(int.neg (int.neg x))", "x");
    }
    #[test]
    fn not_not() {
        simplifies("(not (not b))", "b");
    }
    #[test]
    fn fold_str_concat() {
        // "ab" + "c" == "abc"
        simplifies("(str.concat s:6162 s:63)", "s:616263");
    }
    #[test]
    fn str_concat_empty_right() {
        simplifies("(str.concat x s:)", "x");
    }
    #[test]
    fn fold_str_len_counts_code_points() {
        // len("é") == 1
        simplifies("(str.len s:c3a9)", "i:1");
    }
    #[test]
    fn fold_str_repeat_is_bounded() {
        simplifies("(str.repeat s:6162 i:3)", "s:616261626162");
        simplifies("(str.repeat s:6162 i:100000000)", "(str.repeat s:6162 i:100000000)");
    }
    #[test]
    fn fold_str_upper_ascii_only() {
        simplifies("(str.upper s:6162)", "s:4142");
        simplifies("(str.upper s:c39f)", "(str.upper s:c39f)");
    }
    #[test]
    fn fold_fstring_of_constants() {
        // f"{1 + 2}x" == "3x"
        simplifies("(str.build (str.of_int (int.add i:1 i:2)) s:78)", "s:3378");
    }
    #[test]
    fn fold_compare() {
        simplifies("(int.cmp.lt i:1 i:2)", "b:true");
        simplifies("(str.cmp.eq s:61 s:62)", "b:false");
    }
}
