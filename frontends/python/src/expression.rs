//! Expressions to `py` ops: literals, names, operators (short-circuit and chained
//! comparisons as regions), calls, displays, f-strings, lambdas, comprehensions (each its own
//! scope) and `yield`/`await`.

use crate::literal::{int_literal_attr, string_bytes};
use crate::lower::Lowerer;
use crate::statement::{FunctionBody, FunctionParts};
use metal0_dialects::ir::attr;
use metal0_dialects::{Attr, Value};
use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

/// The `op` attribute of `py.binop`/`py.inplace`.
pub fn binop_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "add",
        Operator::Sub => "sub",
        Operator::Mult => "mul",
        Operator::MatMult => "matmul",
        Operator::Div => "truediv",
        Operator::FloorDiv => "floordiv",
        Operator::Mod => "mod",
        Operator::Pow => "pow",
        Operator::LShift => "lshift",
        Operator::RShift => "rshift",
        Operator::BitOr => "bitor",
        Operator::BitXor => "bitxor",
        Operator::BitAnd => "bitand",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "lt",
        CmpOp::LtE => "le",
        CmpOp::Eq => "eq",
        CmpOp::NotEq => "ne",
        CmpOp::Gt => "gt",
        CmpOp::GtE => "ge",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is_not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not_in",
    }
}

/// One comprehension to lower: its op, generators and element(s).
struct Comprehension<'a> {
    op_name: &'static str,
    generators: &'a [ast::Comprehension],
    /// The element, or the key and value of a dict comprehension.
    elements: Vec<&'a Expr>,
    range: TextRange,
}

impl Lowerer<'_> {
    /// Lowers an expression and returns its value.
    pub fn expr(&mut self, e: &Expr) -> Value {
        let range = e.range();
        match e {
            Expr::BoolOp(b) => {
                let name = if b.op == BoolOp::And { "py.and" } else { "py.or" };
                let Some((first, rest)) = b.values.split_first() else { return self.none(range) };
                let first = self.expr(first);
                self.short_circuit(name, first, rest, range)
            }
            Expr::Named(n) => {
                let v = self.expr(&n.value);
                if let Expr::Name(t) = n.target.as_ref() {
                    self.store(&t.id, v, t.range, None);
                }
                v
            }
            Expr::BinOp(b) => {
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                self.value("py.binop", &[l, r], vec![attr("op", Attr::str(binop_name(b.op)))], range)
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand);
                let op = match u.op {
                    UnaryOp::USub => "neg",
                    UnaryOp::UAdd => "pos",
                    UnaryOp::Invert => "invert",
                    UnaryOp::Not => "not",
                };
                self.value("py.unaryop", &[v], vec![attr("op", Attr::str(op))], range)
            }
            Expr::Lambda(l) => {
                let Some(scope) = self.table.scope_of(l) else {
                    self.refuse(range, "this lambda");
                    return self.none(range);
                };
                let parts = FunctionParts {
                    op_name: "py.lambda",
                    name: "<lambda>",
                    parameters: l.parameters.as_deref(),
                    decorators: &[],
                    returns: None,
                    is_async: false,
                    range,
                };
                self.lower_function(&parts, scope, FunctionBody::Expression(&l.body))
            }
            Expr::If(i) => {
                let cond = self.expr(&i.test);
                let op = self.op("py.ifexp", &[cond], 1, Vec::new(), 2, range);
                for (k, branch) in [&i.body, &i.orelse].into_iter().enumerate() {
                    let r = self.region(op, k);
                    self.in_block(r, 0, |l, _| {
                        let v = l.expr(branch);
                        l.result(v, branch.range());
                    });
                }
                self.m.op(op).results[0]
            }
            Expr::Dict(d) => {
                let mut operands = Vec::new();
                let mut unpack = Vec::new();
                for (i, item) in d.items.iter().enumerate() {
                    match &item.key {
                        Some(k) => {
                            operands.push(self.expr(k));
                            operands.push(self.expr(&item.value));
                        }
                        None => {
                            unpack.push(Attr::i64(i as i64));
                            operands.push(self.none(item.value.range()));
                            operands.push(self.expr(&item.value));
                        }
                    }
                }
                let attrs = if unpack.is_empty() { Vec::new() } else { vec![attr("unpack", Attr::Array(unpack))] };
                self.value("py.dict", &operands, attrs, range)
            }
            Expr::Set(s) => self.display("py.set", &s.elts, range),
            Expr::List(l) => self.display("py.list", &l.elts, range),
            Expr::Tuple(t) => self.display("py.tuple", &t.elts, range),
            Expr::ListComp(c) => {
                let comp = Comprehension { op_name: "py.listcomp", generators: &c.generators, elements: vec![&c.elt], range };
                self.comprehension(self.table.scope_of(c), comp)
            }
            Expr::SetComp(c) => {
                let comp = Comprehension { op_name: "py.setcomp", generators: &c.generators, elements: vec![&c.elt], range };
                self.comprehension(self.table.scope_of(c), comp)
            }
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    self.refuse(range, "dict unpacking in a dict comprehension");
                    return self.none(range);
                };
                let comp = Comprehension { op_name: "py.dictcomp", generators: &c.generators, elements: vec![key, &c.value], range };
                self.comprehension(self.table.scope_of(c), comp)
            }
            Expr::Generator(c) => {
                let comp = Comprehension { op_name: "py.genexp", generators: &c.generators, elements: vec![&c.elt], range };
                self.comprehension(self.table.scope_of(c), comp)
            }
            Expr::Await(a) => {
                let v = self.expr(&a.value);
                self.value("py.await", &[v], Vec::new(), range)
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v),
                    None => self.none(range),
                };
                self.value("py.yield", &[v], Vec::new(), range)
            }
            Expr::YieldFrom(y) => {
                let v = self.expr(&y.value);
                self.value("py.yield_from", &[v], Vec::new(), range)
            }
            Expr::Compare(c) => {
                let left = self.expr(&c.left);
                self.compare_chain(left, &c.ops, &c.comparators, range)
            }
            Expr::Call(c) => {
                let callee = self.expr(&c.func);
                let mut operands = vec![callee];
                let mut kwnames = Vec::new();
                for a in c.arguments.args.iter() {
                    match a {
                        Expr::Starred(s) => {
                            operands.push(self.expr(&s.value));
                            kwnames.push("*".to_string());
                        }
                        _ => {
                            operands.push(self.expr(a));
                            kwnames.push(String::new());
                        }
                    }
                }
                for k in c.arguments.keywords.iter() {
                    operands.push(self.expr(&k.value));
                    kwnames.push(k.arg.as_ref().map_or("**".to_string(), |a| a.to_string()));
                }
                // a method call through a multi-line attribute is located from the name on
                let at = match c.func.as_ref() {
                    Expr::Attribute(a) if self.attribute_range(a) != a.range => TextRange::new(a.attr.range.start(), range.end()),
                    _ => range,
                };
                self.value("py.call", &operands, vec![attr("kwnames", Attr::str_array(&kwnames))], at)
            }
            Expr::FString(f) => self.fstring(f),
            Expr::StringLiteral(s) => {
                let mut bytes = Vec::new();
                for part in s.value.as_slice() {
                    bytes.extend(self.literal_bytes(&part.value, part.range, false));
                }
                self.value("py.const_str", &[], vec![attr("value", Attr::Str(bytes))], range)
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.value("py.const_bytes", &[], vec![attr("value", Attr::Str(bytes))], range)
            }
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let value = match i.as_i64() {
                        Some(v) => Attr::i64(v),
                        None => int_literal_attr(self.locator.slice(range)),
                    };
                    self.value("py.const_int", &[], vec![attr("value", value)], range)
                }
                ast::Number::Float(f) => self.value("py.const_float", &[], vec![attr("value", Attr::Float(*f))], range),
                ast::Number::Complex { imag, .. } => self.value("py.const_complex", &[], vec![attr("imag", Attr::Float(*imag))], range),
            },
            Expr::BooleanLiteral(b) => self.value("py.const_bool", &[], vec![attr("value", Attr::Bool(b.value))], range),
            Expr::NoneLiteral(_) => self.none(range),
            Expr::EllipsisLiteral(_) => self.value("py.const_ellipsis", &[], Vec::new(), range),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.mangled(&a.attr);
                let at = self.attribute_range(a);
                self.value("py.getattr", &[obj], vec![attr("name", Attr::str(&name))], at)
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                let index = self.expr(&s.slice);
                self.value("py.getitem", &[obj, index], Vec::new(), range)
            }
            // Only reachable where the checks already reported an error.
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => self.load(&n.id, range),
            Expr::Slice(s) => {
                let mut parts = Vec::new();
                for part in [&s.lower, &s.upper, &s.step] {
                    parts.push(match part {
                        Some(p) => self.expr(p),
                        None => self.none(range),
                    });
                }
                self.value("py.slice", &parts, Vec::new(), range)
            }
            Expr::TString(_) => {
                self.refuse(range, "template strings (Python 3.14)");
                self.none(range)
            }
            Expr::IpyEscapeCommand(_) => {
                self.refuse(range, "IPython escape commands");
                self.none(range)
            }
        }
    }

    /// Where CPython 3.11 locates the load, store or delete of attribute `a`: the whole
    /// `value.name`, or only the name when the two are on different lines.
    pub fn attribute_range(&self, a: &ast::ExprAttribute) -> TextRange {
        if self.locator.slice(a.range).contains(['\n', '\r']) { a.attr.range } else { a.range }
    }

    /// `a and b and c` as nested `py.and` regions (`py.or` likewise).
    fn short_circuit(&mut self, name: &str, lhs: Value, rest: &[Expr], range: TextRange) -> Value {
        let Some((next, tail)) = rest.split_first() else { return lhs };
        let op = self.op(name, &[lhs], 1, Vec::new(), 1, range);
        let r = self.region(op, 0);
        self.in_block(r, 0, |l, _| {
            let v = l.expr(next);
            let v = l.short_circuit(name, v, tail, range);
            l.result(v, next.range());
        });
        self.m.op(op).results[0]
    }

    /// `a < b < c`: each middle operand evaluated once, later comparisons in `py.and` regions.
    fn compare_chain(&mut self, left: Value, ops: &[CmpOp], comparators: &[Expr], range: TextRange) -> Value {
        let (Some((op, ops_rest)), Some((right, rights_rest))) = (ops.split_first(), comparators.split_first()) else { return left };
        let r = self.expr(right);
        let t = self.value("py.compare", &[left, r], vec![attr("op", Attr::str(cmpop_name(*op)))], range);
        if ops_rest.is_empty() {
            return t;
        }
        let and = self.op("py.and", &[t], 1, Vec::new(), 1, range);
        let region = self.region(and, 0);
        self.in_block(region, 0, |l, _| {
            let v = l.compare_chain(r, ops_rest, rights_rest, range);
            l.result(v, range);
        });
        self.m.op(and).results[0]
    }

    /// A list, tuple or set display; `*iterable` items are listed in `starred`.
    fn display(&mut self, name: &str, elts: &[Expr], range: TextRange) -> Value {
        let mut operands = Vec::new();
        let mut starred = Vec::new();
        for (i, e) in elts.iter().enumerate() {
            match e {
                Expr::Starred(s) => {
                    starred.push(Attr::i64(i as i64));
                    operands.push(self.expr(&s.value));
                }
                _ => operands.push(self.expr(e)),
            }
        }
        let attrs = if starred.is_empty() { Vec::new() } else { vec![attr("starred", Attr::Array(starred))] };
        self.value(name, &operands, attrs, range)
    }

    // ---- comprehensions ---------------------------------------------------------------------

    /// The first iterable is evaluated here; the rest runs in the comprehension's own scope,
    /// whose region receives the iterable as its entry argument.
    fn comprehension(&mut self, scope: Option<usize>, c: Comprehension) -> Value {
        let (Some(scope), Some(first)) = (scope, c.generators.first()) else {
            self.refuse(c.range, "this comprehension");
            return self.none(c.range);
        };
        let iterable = self.expr(&first.iter);
        let s = self.table.scope(scope);
        let mut attrs = vec![attr("qualname", Attr::str(&s.qualname))];
        attrs.extend(self.scope_attrs(scope));
        if s.is_coroutine {
            attrs.push(attr("is_async", Attr::Unit));
        }
        let op = self.op(c.op_name, &[iterable], 1, attrs, 1, c.range);
        let region = self.region(op, 0);
        self.in_scope(scope, |l| {
            l.in_block(region, 1, |l, args| l.comprehension_loops(&c, 0, args[0]));
        });
        self.m.op(op).results[0]
    }

    /// `py.comp_for` over generator `i`, its conditions as nested `py.comp_if`, then the next
    /// generator or the element. Both are located at the whole comprehension, where CPython
    /// puts a comprehension's GET_ITER, FOR_ITER and conditional jumps.
    fn comprehension_loops(&mut self, c: &Comprehension, i: usize, iterable: Value) {
        let g = &c.generators[i];
        let attrs = if g.is_async { vec![attr("is_async", Attr::Unit)] } else { Vec::new() };
        let op = self.op("py.comp_for", &[iterable], 0, attrs, 1, c.range);
        let r = self.region(op, 0);
        self.in_block(r, 1, |l, args| {
            l.assign(&g.target, args[0]);
            l.comprehension_conditions(c, i, &g.ifs);
        });
    }

    fn comprehension_conditions(&mut self, c: &Comprehension, i: usize, ifs: &[Expr]) {
        match ifs.split_first() {
            Some((cond, rest)) => {
                let v = self.expr(cond);
                let op = self.op("py.comp_if", &[v], 0, Vec::new(), 1, c.range);
                let r = self.region(op, 0);
                self.in_block(r, 0, |l, _| l.comprehension_conditions(c, i, rest));
            }
            None if i + 1 < c.generators.len() => {
                let next = self.expr(&c.generators[i + 1].iter);
                self.comprehension_loops(c, i + 1, next);
            }
            None => {
                let values: Vec<Value> = c.elements.iter().map(|e| self.expr(e)).collect();
                self.op("py.comp_append", &values, 0, Vec::new(), 0, c.range);
            }
        }
    }

    /// The bytes of a str literal part (see `string_bytes`). The runtime keeps lone
    /// surrogates in U+DD800..U+DDFFF (runtime/src/surrogates.rs), so a literal holding one
    /// of those code points itself is refused.
    fn literal_bytes(&mut self, decoded: &str, range: TextRange, fstring: bool) -> Vec<u8> {
        if let Some(c) = decoded.chars().find(|c| ('\u{DD800}'..='\u{DDFFF}').contains(c)) {
            self.refuse(range, &format!("the code point U+{:05X} in a str (metal0 keeps lone surrogates in U+DD800..U+DDFFF)", c as u32));
        }
        string_bytes(decoded, self.locator.slice(range), fstring)
    }

    // ---- f-strings --------------------------------------------------------------------------

    /// An f-string (possibly implicitly concatenated with plain literals) as `py.build_str`
    /// of literal text and `py.format_value` parts.
    fn fstring(&mut self, f: &ast::ExprFString) -> Value {
        let mut parts = FStringParts::default();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(s) => parts.text.extend(self.literal_bytes(&s.value, s.range, false)),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts, f.range),
            }
        }
        self.finish_str(parts, f.range)
    }

    /// The parts of one f-string; each `py.format_value` is located at the whole (implicitly
    /// concatenated) string `whole`, as CPython locates FORMAT_VALUE.
    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements, parts: &mut FStringParts, whole: TextRange) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(lit) => {
                    parts.text.extend(self.literal_bytes(&lit.value, lit.range, true));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        parts.text.extend_from_slice(debug.as_str().as_bytes());
                    }
                    self.flush_text(parts, i.range);
                    let v = self.expr(&i.expression);
                    let mut operands = vec![v];
                    let has_spec = i.format_spec.as_ref().is_some_and(|s| !s.elements.is_empty());
                    if let Some(spec) = i.format_spec.as_ref().filter(|_| has_spec) {
                        let mut spec_parts = FStringParts::default();
                        self.fstring_elements(&spec.elements, &mut spec_parts, whole);
                        operands.push(self.finish_str(spec_parts, spec.range));
                    }
                    let conversion = match i.conversion.to_char() {
                        Some(c) => c.to_string(),
                        // `f"{x=}"` shows the repr unless a conversion or spec is given.
                        None if i.debug_text.is_some() && !has_spec => "r".to_string(),
                        None => String::new(),
                    };
                    let formatted = self.value("py.format_value", &operands, vec![attr("conversion", Attr::str(&conversion))], whole);
                    parts.values.push(formatted);
                }
            }
        }
    }

    /// Turns pending literal text into a `py.const_str` part.
    fn flush_text(&mut self, parts: &mut FStringParts, range: TextRange) {
        if !parts.text.is_empty() {
            let text = std::mem::take(&mut parts.text);
            let v = self.value("py.const_str", &[], vec![attr("value", Attr::Str(text))], range);
            parts.values.push(v);
        }
    }

    fn finish_str(&mut self, mut parts: FStringParts, range: TextRange) -> Value {
        if parts.values.is_empty() {
            let text = std::mem::take(&mut parts.text);
            return self.value("py.const_str", &[], vec![attr("value", Attr::Str(text))], range);
        }
        self.flush_text(&mut parts, range);
        self.value("py.build_str", &parts.values, Vec::new(), range)
    }
}

/// The parts of an f-string being built: finished values and pending literal text.
#[derive(Default)]
struct FStringParts {
    values: Vec<Value>,
    text: Vec<u8>,
}
