//! Statements to `py` ops: definitions (`def`, `class`), assignments and their targets,
//! structured control flow (`if`, `while`, `for`, `try`, `with`, `match`), imports, and the
//! statements that end a block (`return`, `raise`, `break`, `continue`).

use crate::lower::{Lowerer, docstring};
use crate::scope::ScopeKind;
use metal0_dialects::{Attr, Value};
use metal0_dialects::ir::attr;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// The parts of a `def` or `lambda` the lowering needs.
pub struct FunctionParts<'a> {
    pub op_name: &'static str,
    pub name: &'a str,
    pub parameters: Option<&'a ast::Parameters>,
    pub decorators: &'a [ast::Decorator],
    pub returns: Option<&'a Expr>,
    pub is_async: bool,
    pub range: TextRange,
}

/// What a function body is.
pub enum FunctionBody<'a> {
    Statements(&'a [Stmt]),
    /// A lambda's expression (returned).
    Expression(&'a Expr),
}

impl Lowerer<'_> {
    /// Lowers statements in order, stopping after one that ends the block.
    pub fn lower_body(&mut self, body: &[Stmt]) {
        for s in body {
            if self.terminated {
                break;
            }
            self.lower_stmt(s);
        }
    }

    fn lower_stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                let parts = FunctionParts {
                    op_name: "py.func",
                    name: &f.name,
                    parameters: Some(&f.parameters),
                    decorators: &f.decorator_list,
                    returns: f.returns.as_deref(),
                    is_async: f.is_async,
                    range: f.range,
                };
                let Some(scope) = self.table.scope_of(f) else { return self.refuse(f.range, "this function definition") };
                let v = self.lower_function(&parts, scope, FunctionBody::Statements(&f.body));
                self.store(&f.name, v, f.range, None);
            }
            Stmt::ClassDef(c) => self.lower_class(c),
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(v) => vec![self.expr(v)],
                    None => Vec::new(),
                };
                self.terminator("py.return", &v, Vec::new(), r.range);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t);
                }
            }
            Stmt::Assign(a) => {
                let v = self.expr(&a.value);
                for t in &a.targets {
                    self.assign(t, v);
                }
            }
            Stmt::AugAssign(a) => self.lower_aug_assign(a),
            Stmt::AnnAssign(a) => self.lower_ann_assign(a),
            Stmt::For(f) => {
                let iter = self.expr(&f.iter);
                let attrs = if f.is_async { vec![attr("is_async", Attr::Unit)] } else { Vec::new() };
                let op = self.op("py.for", &[iter], 0, attrs, 2, f.range);
                let body = self.region(op, 0);
                self.in_block(body, 1, |l, args| {
                    l.assign(&f.target, args[0]);
                    l.lower_body(&f.body);
                });
                self.fill_region(op, 1, &f.orelse);
            }
            Stmt::While(w) => {
                let op = self.op("py.while", &[], 0, Vec::new(), 3, w.range);
                let cond = self.region(op, 0);
                self.in_block(cond, 0, |l, _| {
                    let c = l.expr(&w.test);
                    l.result(c, w.test.range());
                });
                self.fill_region(op, 1, &w.body);
                self.fill_region(op, 2, &w.orelse);
            }
            Stmt::If(i) => self.lower_if(&i.test, &i.body, &i.elif_else_clauses, i.range),
            Stmt::With(w) => self.lower_with(&w.items, &w.body, w.is_async, w.range),
            Stmt::Match(m) => self.lower_match(m),
            Stmt::Raise(r) => {
                let mut operands = Vec::new();
                let mut attrs = Vec::new();
                if let Some(e) = &r.exc {
                    operands.push(self.expr(e));
                    attrs.push(attr("has_exc", Attr::Unit));
                }
                if let Some(c) = &r.cause {
                    operands.push(self.expr(c));
                    attrs.push(attr("has_cause", Attr::Unit));
                }
                self.terminator("py.raise", &operands, attrs, r.range);
            }
            Stmt::Try(t) => self.lower_try(t),
            Stmt::Assert(a) => {
                let test = self.expr(&a.test);
                // CPython raises the AssertionError at the test's position
                let op = self.op("py.assert", &[test], 0, Vec::new(), 1, a.test.range());
                if let Some(msg) = &a.msg {
                    let r = self.region(op, 0);
                    self.in_block(r, 0, |l, _| {
                        let v = l.expr(msg);
                        l.result(v, msg.range());
                    });
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let module = alias.name.as_str();
                    let mut attrs = vec![attr("module", Attr::str(module)), attr("level", Attr::i64(0))];
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => {
                            if module.contains('.') {
                                attrs.push(attr("bind_top", Attr::Unit));
                            }
                            module.split('.').next().unwrap_or(module)
                        }
                    };
                    let v = self.value("py.import", &[], attrs, alias.range);
                    self.store(bound, v, alias.range, None);
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                let base = vec![attr("module", Attr::str(module)), attr("level", Attr::i64(i.level as i64))];
                if i.names.iter().any(|a| a.name.as_str() == "*") {
                    self.op("py.import_star", &[], 0, base, 0, i.range);
                    return;
                }
                let names: Vec<String> = i.names.iter().map(|a| self.mangled(&a.name)).collect();
                let mut attrs = base;
                attrs.push(attr("names", Attr::str_array(&names)));
                let op = self.op("py.import_from", &[], names.len(), attrs, 0, i.range);
                let results = self.m.op(op).results.clone();
                for (alias, v) in i.names.iter().zip(results) {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store(bound, v, alias.range, None);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if !is_constant(&e.value) {
                    self.expr(&e.value);
                }
            }
            Stmt::Break(b) => self.terminator("py.break", &[], Vec::new(), b.range),
            Stmt::Continue(c) => self.terminator("py.continue", &[], Vec::new(), c.range),
            Stmt::TypeAlias(t) => self.refuse(t.range, "`type` statements (Python 3.12)"),
            Stmt::IpyEscapeCommand(c) => self.refuse(c.range, "IPython escape commands"),
        }
    }

    // ---- definitions ------------------------------------------------------------------------

    /// Lowers a `def` or `lambda` to `py.func`/`py.lambda` and returns the function object.
    pub fn lower_function(&mut self, f: &FunctionParts, scope: usize, body: FunctionBody) -> Value {
        let decorators: Vec<Value> = f.decorators.iter().map(|d| self.expr(&d.expression)).collect();
        let empty = ast::Parameters::default();
        let params = f.parameters.unwrap_or(&empty);
        let positional: Vec<&ast::ParameterWithDefault> = params.posonlyargs.iter().chain(params.args.iter()).collect();
        let defaults: Vec<Value> = positional.iter().filter_map(|p| p.default.as_deref()).map(|d| self.expr(d)).collect();
        let mut kw_defaults = Vec::new();
        let mut kw_default_names = Vec::new();
        for p in params.kwonlyargs.iter() {
            if let Some(d) = &p.default {
                kw_defaults.push(self.expr(d));
                kw_default_names.push(self.in_scope_name(scope, &p.parameter.name));
            }
        }
        let (annotation_names, annotation_values) = self.function_annotations(params, f.returns);
        let ordered = params_with_kinds(params);
        let names: Vec<String> = ordered.iter().map(|(p, _)| self.in_scope_name(scope, &p.name)).collect();
        let kinds: Vec<&str> = ordered.iter().map(|(_, k)| *k).collect();
        let annotations: Vec<String> = ordered.iter().map(|(p, _)| p.annotation.as_ref().map(|a| self.unparsed(a)).unwrap_or_default()).collect();
        let s = self.table.scope(scope);
        let mut attrs = vec![
            attr("sym_name", Attr::str(f.name)),
            attr("qualname", Attr::str(&s.qualname)),
            attr("arg_names", Attr::str_array(&names)),
            attr("arg_kinds", Attr::str_array(&kinds)),
            attr("num_defaults", Attr::i64(defaults.len() as i64)),
            attr("num_kw_defaults", Attr::i64(kw_defaults.len() as i64)),
            attr("num_decorators", Attr::i64(decorators.len() as i64)),
        ];
        if !kw_default_names.is_empty() {
            attrs.push(attr("kw_default_names", Attr::str_array(&kw_default_names)));
        }
        attrs.extend(self.scope_attrs(scope));
        if f.is_async {
            attrs.push(attr("is_async", Attr::Unit));
        }
        if s.is_generator {
            attrs.push(attr("is_generator", Attr::Unit));
        }
        if annotations.iter().any(|a| !a.is_empty()) {
            attrs.push(attr("annotations", Attr::str_array(&annotations)));
        }
        if let Some(r) = f.returns {
            attrs.push(attr("returns", Attr::str(&self.unparsed(r))));
        }
        if !annotation_names.is_empty() {
            attrs.push(attr("annotation_names", Attr::str_array(&annotation_names)));
        }
        if let FunctionBody::Statements(body) = &body
            && let Some(doc) = docstring(body)
        {
            attrs.push(attr("docstring", doc));
        }
        let operands: Vec<Value> = defaults.into_iter().chain(kw_defaults).chain(annotation_values).chain(decorators).collect();
        let op = self.op(f.op_name, &operands, 1, attrs, 1, f.range);
        let region = self.region(op, 0);
        self.in_scope(scope, |l| {
            l.in_block(region, names.len(), |l, args| {
                for ((p, _), a) in ordered.iter().zip(args) {
                    l.store(&p.name, a, p.name.range, None);
                }
                match body {
                    FunctionBody::Statements(stmts) => l.lower_body(stmts),
                    FunctionBody::Expression(e) => {
                        let v = l.expr(e);
                        l.terminator("py.return", &[v], Vec::new(), e.range());
                    }
                }
            })
        });
        self.m.op(op).results[0]
    }

    /// CPython's `compiler_visit_annotations`, run when the `def` runs (after the defaults):
    /// the names (mangled) and values of the annotations, in its order: the positional
    /// parameters after `/`, then those before it (CPython visits `args` before
    /// `posonlyargs`), `*args`, the keyword-only ones, `**kwargs`, then `return`. Each is
    /// evaluated here, or is its unparsed text under `from __future__ import annotations`.
    fn function_annotations(&mut self, params: &ast::Parameters, returns: Option<&Expr>) -> (Vec<String>, Vec<Value>) {
        let params = params.args.iter().chain(params.posonlyargs.iter()).map(|a| &a.parameter).chain(params.vararg.as_deref()).chain(params.kwonlyargs.iter().map(|a| &a.parameter)).chain(params.kwarg.as_deref());
        let annotated: Vec<(&str, &Expr)> = params.filter_map(|p| p.annotation.as_deref().map(|a| (p.name.as_str(), a))).chain(returns.map(|r| ("return", r))).collect();
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (name, a) in annotated {
            names.push(self.mangled(name));
            let v = match a {
                _ if self.future_annotations => {
                    let text = self.unparsed(a);
                    self.value("py.const_str", &[], vec![attr("value", Attr::str(&text))], a.range())
                }
                // `*args: *Ts`: CPython evaluates `[annotation] = [*Ts]`.
                Expr::Starred(s) => {
                    let v = self.expr(&s.value);
                    self.value("py.unpack", &[v], vec![attr("count", Attr::i64(1))], a.range())
                }
                _ => self.expr(a),
            };
            values.push(v);
        }
        (names, values)
    }

    /// The text CPython keeps for an annotation under `from __future__ import annotations`.
    fn unparsed(&self, e: &Expr) -> String {
        crate::unparse::unparse(e, &|x| self.source(x))
    }

    /// A parameter name as spelled inside `scope` (mangled in methods).
    fn in_scope_name(&self, scope: usize, name: &str) -> String {
        crate::scope::mangle(self.table.scope(scope).private.as_deref(), name)
    }

    fn lower_class(&mut self, c: &ast::StmtClassDef) {
        let Some(scope) = self.table.scope_of(c) else { return self.refuse(c.range, "this class definition") };
        let decorators: Vec<Value> = c.decorator_list.iter().map(|d| self.expr(&d.expression)).collect();
        let mut bases = Vec::new();
        let mut starred = Vec::new();
        let mut kw_values = Vec::new();
        let mut kwnames = Vec::new();
        if let Some(args) = &c.arguments {
            for (i, b) in args.args.iter().enumerate() {
                match b {
                    Expr::Starred(s) => {
                        starred.push(Attr::i64(i as i64));
                        bases.push(self.expr(&s.value));
                    }
                    _ => bases.push(self.expr(b)),
                }
            }
            for k in args.keywords.iter() {
                kw_values.push(self.expr(&k.value));
                kwnames.push(k.arg.as_ref().map_or("**".to_string(), |a| a.to_string()));
            }
        }
        let s = self.table.scope(scope);
        let mut attrs = vec![
            attr("sym_name", Attr::str(&c.name)),
            attr("qualname", Attr::str(&s.qualname)),
            attr("num_bases", Attr::i64(bases.len() as i64)),
            attr("kwnames", Attr::str_array(&kwnames)),
            attr("num_decorators", Attr::i64(decorators.len() as i64)),
        ];
        if !starred.is_empty() {
            attrs.push(attr("starred", Attr::Array(starred)));
        }
        attrs.extend(self.scope_attrs(scope));
        if let Some(doc) = docstring(&c.body) {
            attrs.push(attr("docstring", doc));
        }
        let operands: Vec<Value> = bases.into_iter().chain(kw_values).chain(decorators).collect();
        // CPython's class statement starts at `class`, after its decorators (ruff's range
        // includes them): its body's frame line in tracebacks is the `class` line.
        let range = match c.decorator_list.last() {
            Some(d) => {
                // the last `class` before the name (comments between may say "class" too)
                let before = self.locator.slice(TextRange::new(d.range.end(), c.name.range.start()));
                let at = before.rfind("class").map_or(0, |i| i as u32);
                TextRange::new(d.range.end() + ruff_text_size::TextSize::from(at), c.range.end())
            }
            None => c.range,
        };
        let op = self.op("py.class", &operands, 1, attrs, 1, range);
        self.in_scope(scope, |l| {
            let r = l.region(op, 0);
            l.in_block(r, 0, |l, _| {
                l.setup_annotations(&c.body);
                if let (Some(doc), Some(first)) = (docstring(&c.body), c.body.first()) {
                    let v = l.value("py.const_str", &[], vec![attr("value", doc)], first.range());
                    l.store("__doc__", v, first.range(), None);
                }
                l.lower_body(&c.body);
            });
        });
        let v = self.m.op(op).results[0];
        self.store(&c.name, v, range, None);
    }

    // ---- assignments ------------------------------------------------------------------------

    /// Stores `v` into an assignment target (names, attributes, subscripts, unpacking).
    pub fn assign(&mut self, target: &Expr, v: Value) {
        match target {
            Expr::Name(n) => self.store(&n.id, v, n.range, None),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.mangled(&a.attr);
                let at = self.attribute_range(a);
                self.op("py.setattr", &[obj, v], 0, vec![attr("name", Attr::str(&name))], 0, at);
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                let index = self.expr(&s.slice);
                self.op("py.setitem", &[obj, index, v], 0, Vec::new(), 0, s.range);
            }
            Expr::List(ast::ExprList { elts, range, .. }) | Expr::Tuple(ast::ExprTuple { elts, range, .. }) => {
                let star = elts.iter().position(|e| e.is_starred_expr());
                let mut attrs = vec![attr("count", Attr::i64(elts.len() as i64))];
                if let Some(i) = star {
                    attrs.push(attr("starred", Attr::Unit));
                    attrs.push(attr("before", Attr::i64(i as i64)));
                    attrs.push(attr("after", Attr::i64((elts.len() - i - 1) as i64)));
                }
                let op = self.op("py.unpack", &[v], elts.len(), attrs, 0, *range);
                let results = self.m.op(op).results.clone();
                for (e, r) in elts.iter().zip(results) {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value, r),
                        _ => self.assign(e, r),
                    }
                }
            }
            Expr::Starred(s) => self.assign(&s.value, v),
            other => self.refuse(other.range(), "this assignment target"),
        }
    }

    fn delete_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => self.delete(&n.id, n.range),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.mangled(&a.attr);
                let at = self.attribute_range(a);
                self.op("py.delattr", &[obj], 0, vec![attr("name", Attr::str(&name))], 0, at);
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                let index = self.expr(&s.slice);
                self.op("py.delitem", &[obj, index], 0, Vec::new(), 0, s.range);
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                for e in elts {
                    self.delete_target(e);
                }
            }
            other => self.refuse(other.range(), "this del target"),
        }
    }

    /// `target op= value`: the target's object and index are evaluated once.
    fn lower_aug_assign(&mut self, a: &ast::StmtAugAssign) {
        let op = vec![attr("op", Attr::str(crate::expression::binop_name(a.op)))];
        match a.target.as_ref() {
            Expr::Name(n) => {
                let cur = self.load(&n.id, n.range);
                let rhs = self.expr(&a.value);
                let new = self.value("py.inplace", &[cur, rhs], op, a.range);
                self.store(&n.id, new, n.range, None);
            }
            Expr::Attribute(t) => {
                let obj = self.expr(&t.value);
                let name = vec![attr("name", Attr::str(&self.mangled(&t.attr)))];
                let at = self.attribute_range(t);
                let cur = self.value("py.getattr", &[obj], name.clone(), at);
                let rhs = self.expr(&a.value);
                let new = self.value("py.inplace", &[cur, rhs], op, a.range);
                self.op("py.setattr", &[obj, new], 0, name, 0, at);
            }
            Expr::Subscript(t) => {
                let obj = self.expr(&t.value);
                let index = self.expr(&t.slice);
                let cur = self.value("py.getitem", &[obj, index], Vec::new(), t.range);
                let rhs = self.expr(&a.value);
                let new = self.value("py.inplace", &[cur, rhs], op, a.range);
                self.op("py.setitem", &[obj, index, new], 0, Vec::new(), 0, t.range);
            }
            other => self.refuse(other.range(), "this augmented assignment target"),
        }
    }

    /// `target: annotation [= value]`: annotations are kept as text, never evaluated.
    fn lower_ann_assign(&mut self, a: &ast::StmtAnnAssign) {
        let annotation = self.source(a.annotation.as_ref());
        match (&a.value, a.target.as_ref()) {
            (Some(value), Expr::Name(n)) => {
                let v = self.expr(value);
                self.store(&n.id, v, n.range, Some(annotation.clone()));
            }
            (Some(value), target) => {
                let v = self.expr(value);
                self.assign(target, v);
            }
            // A bare annotation of an attribute or subscript still evaluates its object.
            (None, Expr::Attribute(t)) => {
                self.expr(&t.value);
            }
            (None, Expr::Subscript(t)) => {
                self.expr(&t.value);
                self.expr(&t.slice);
            }
            (None, _) => {}
        }
        // Annotations are evaluated last, and only in modules and class bodies (CPython's
        // compiler_annassign): a simple name's goes into `__annotations__`.
        if !matches!(self.table.scope(self.scope).kind, ScopeKind::Module | ScopeKind::Class) {
            return;
        }
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                let ann = if self.future_annotations {
                    let text = self.unparsed(&a.annotation);
                    self.value("py.const_str", &[], vec![attr("value", Attr::str(&text))], a.annotation.range())
                } else {
                    self.expr(&a.annotation)
                };
                let dict = self.load("__annotations__", a.range);
                let key = self.mangled(&n.id);
                let key = self.value("py.const_str", &[], vec![attr("value", Attr::str(&key))], n.range);
                self.op("py.setitem", &[dict, key, ann], 0, Vec::new(), 0, a.range);
            }
            _ if !self.future_annotations => {
                self.expr(&a.annotation);
            }
            _ => {}
        }
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body holding annotated assignments
    /// (outside nested functions and classes) starts with an empty `__annotations__`.
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if let Some(first) = body.iter().find(|s| has_annotations(std::slice::from_ref(*s))) {
            let range = first.range();
            let d = self.value("py.dict", &[], Vec::new(), range);
            self.store("__annotations__", d, range, None);
        }
    }

    // ---- control flow -----------------------------------------------------------------------

    fn lower_if(&mut self, test: &Expr, body: &[Stmt], clauses: &[ast::ElifElseClause], range: TextRange) {
        let cond = self.expr(test);
        let op = self.op("py.if", &[cond], 0, Vec::new(), 2, range);
        self.fill_region(op, 0, body);
        let r = self.region(op, 1);
        self.in_block(r, 0, |l, _| match clauses.split_first() {
            None => {}
            Some((first, rest)) => match &first.test {
                Some(t) => l.lower_if(t, &first.body, rest, first.range),
                None => l.lower_body(&first.body),
            },
        });
    }

    /// One `py.with` per context manager, nested.
    fn lower_with(&mut self, items: &[ast::WithItem], body: &[Stmt], is_async: bool, range: TextRange) {
        let Some((item, rest)) = items.split_first() else { return self.lower_body(body) };
        let ctx = self.expr(&item.context_expr);
        let attrs = if is_async { vec![attr("is_async", Attr::Unit)] } else { Vec::new() };
        let op = self.op("py.with", &[ctx], 0, attrs, 1, range);
        let r = self.region(op, 0);
        self.in_block(r, 1, |l, args| {
            if let Some(target) = &item.optional_vars {
                l.assign(target, args[0]);
            }
            l.lower_with(rest, body, is_async, range);
        });
    }

    fn lower_try(&mut self, t: &ast::StmtTry) {
        let attrs = if t.is_star { vec![attr("is_star", Attr::Unit)] } else { Vec::new() };
        let op = self.op("py.try", &[], 0, attrs, 4, t.range);
        self.fill_region(op, 0, &t.body);
        let handlers = self.region(op, 1);
        self.in_block(handlers, 0, |l, _| {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                l.lower_handler(h);
            }
        });
        self.fill_region(op, 2, &t.orelse);
        self.fill_region(op, 3, &t.finalbody);
    }

    /// `except T as name:`: the body binds the exception, and (as CPython does) unbinds the
    /// name however the body ends: `try: body finally: name = None; del name`.
    fn lower_handler(&mut self, h: &ast::ExceptHandlerExceptHandler) {
        let attrs = match &h.name {
            Some(n) => vec![attr("name", Attr::str(&self.mangled(n)))],
            None => Vec::new(),
        };
        let op = self.op("py.except", &[], 0, attrs, 2, h.range);
        if let Some(ty) = &h.type_ {
            let r = self.region(op, 0);
            self.in_block(r, 0, |l, _| {
                let v = l.expr(ty);
                l.result(v, ty.range());
            });
        }
        let body = self.region(op, 1);
        self.in_block(body, 1, |l, args| match &h.name {
            None => l.lower_body(&h.body),
            Some(name) => {
                l.store(name, args[0], name.range, None);
                let inner = l.op("py.try", &[], 0, Vec::new(), 4, h.range);
                l.fill_region(inner, 0, &h.body);
                for i in 1..3 {
                    let r = l.region(inner, i);
                    l.in_block(r, 0, |_, _| {});
                }
                let fin = l.region(inner, 3);
                l.in_block(fin, 0, |l, _| {
                    let none = l.none(name.range);
                    l.store(name, none, name.range, None);
                    l.delete(name, name.range);
                });
            }
        });
    }
}

/// Every parameter in source order with its `arg_kinds` entry.
fn params_with_kinds(p: &ast::Parameters) -> Vec<(&ast::Parameter, &'static str)> {
    let mut out: Vec<(&ast::Parameter, &'static str)> = p.posonlyargs.iter().map(|a| (&a.parameter, "posonly")).collect();
    out.extend(p.args.iter().map(|a| (&a.parameter, "pos")));
    out.extend(p.vararg.as_deref().map(|v| (v, "vararg")));
    out.extend(p.kwonlyargs.iter().map(|a| (&a.parameter, "kwonly")));
    out.extend(p.kwarg.as_deref().map(|k| (k, "kwarg")));
    out
}

/// A constant whose statement has no effect (docstrings, `...`, numbers).
fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_)
    )
}

/// Whether a body holds an annotated assignment outside nested scopes (CPython's `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
