//! The text of an annotation under `from __future__ import annotations`: CPython stores
//! `ast.unparse`-style text, not the source (`Dict[str,int]` becomes `'Dict[str, int]'`,
//! `"Node"` becomes `"'Node'"`). Covers what annotations are made of (names, attributes,
//! subscripts, tuples, lists, constants, `|`); anything else keeps its source text.

use ruff_python_ast::{Expr, Number, Operator};

/// The unparsed text of `e`; `source` gives a node's source text for the fallback.
pub fn unparse(e: &Expr, source: &dyn Fn(&Expr) -> String) -> String {
    match e {
        Expr::Name(n) => n.id.to_string(),
        Expr::Attribute(a) => format!("{}.{}", unparse(&a.value, source), a.attr.id),
        Expr::Subscript(s) => {
            let index = match s.slice.as_ref() {
                Expr::Tuple(t) if !t.elts.is_empty() => items(&t.elts, source),
                other => unparse(other, source),
            };
            format!("{}[{index}]", unparse(&s.value, source))
        }
        Expr::Tuple(t) if t.elts.len() == 1 => format!("({},)", unparse(&t.elts[0], source)),
        Expr::Tuple(t) => format!("({})", items(&t.elts, source)),
        Expr::List(l) => format!("[{}]", items(&l.elts, source)),
        Expr::StringLiteral(s) => str_repr(s.value.to_str()),
        Expr::NoneLiteral(_) => "None".into(),
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.into(),
        Expr::EllipsisLiteral(_) => "...".into(),
        Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)) => source(e),
        Expr::BinOp(b) if b.op == Operator::BitOr => format!("{} | {}", unparse(&b.left, source), unparse(&b.right, source)),
        _ => source(e),
    }
}

fn items(elts: &[Expr], source: &dyn Fn(&Expr) -> String) -> String {
    elts.iter().map(|x| unparse(x, source)).collect::<Vec<_>>().join(", ")
}

/// Python's `repr` of a str.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
