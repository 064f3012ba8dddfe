//! The compile-time errors CPython's compiler (`Python/compile.c`, `Python/future.c`)
//! reports and ruff's parser does not: misplaced `return`/`break`/`continue`/`yield`/`await`,
//! `async` constructs outside `async def`, starred expressions where they cannot go,
//! `__debug__` assignments, repeated keywords, `__future__` placement, a bare `except:` that is
//! not last, and the checks on `match` patterns. Messages use CPython 3.11's wording.

use crate::location::Locator;
use crate::scope::{CompKind, ScopeId, SymbolTable};
use metal0_dialects::diagnostic::Diagnostic;
use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;

/// Runs the checks over a module body.
pub fn check_module(body: &[Stmt], table: &SymbolTable, locator: &Locator) -> Vec<Diagnostic> {
    let mut c = Checker {
        table,
        locator,
        errors: Vec::new(),
        units: vec![Unit { kind: UnitKind::Module, fblocks: Vec::new() }],
        allowed_future: HashSet::new(),
        future_annotations: crate::scope::has_future_annotations(body),
        in_annotation: false,
    };
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            Stmt::ImportFrom(f) if is_future_import(f) => {
                c.allowed_future.insert(f as *const _ as usize);
            }
            _ => break,
        }
    }
    for s in body {
        c.visit_stmt(s);
    }
    c.errors
}

fn is_future_import(f: &ast::StmtImportFrom) -> bool {
    f.level == 0 && f.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
}

const FUTURE_FEATURES: [&str; 10] =
    ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

#[derive(Copy, Clone, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function { is_async: bool, scope: Option<ScopeId> },
    Lambda,
    Comprehension,
}

/// What encloses a `break`/`continue`/`return` within one code unit.
#[derive(Copy, Clone, PartialEq, Eq)]
enum FBlock {
    Loop,
    ExceptStar,
}

/// A code unit: the module, a class body, a function, a lambda or a comprehension.
struct Unit {
    kind: UnitKind,
    fblocks: Vec<FBlock>,
}

struct Checker<'a> {
    table: &'a SymbolTable,
    locator: &'a Locator<'a>,
    errors: Vec<Diagnostic>,
    units: Vec<Unit>,
    /// The `from __future__ import` statements at the start of the module.
    allowed_future: HashSet<usize>,
    /// `from __future__ import annotations`: annotations are never evaluated.
    future_annotations: bool,
    /// Inside such an unevaluated annotation.
    in_annotation: bool,
}

impl Checker<'_> {
    fn error(&mut self, range: TextRange, message: impl Into<String>, label: &str) {
        self.errors.push(Diagnostic::syntax_error(self.locator.loc(range), message).with_label(label));
    }

    fn unit(&self) -> &Unit {
        self.units.last().expect("the module unit is never popped")
    }

    fn unit_kind(&self) -> UnitKind {
        self.unit().kind
    }

    fn with_unit(&mut self, kind: UnitKind, f: impl FnOnce(&mut Self)) {
        self.units.push(Unit { kind, fblocks: Vec::new() });
        f(self);
        self.units.pop();
    }

    fn with_fblock(&mut self, b: FBlock, f: impl FnOnce(&mut Self)) {
        if let Some(u) = self.units.last_mut() {
            u.fblocks.push(b);
        }
        f(self);
        if let Some(u) = self.units.last_mut() {
            u.fblocks.pop();
        }
    }

    fn check_debug_store(&mut self, name: &str, range: TextRange) {
        if name == "__debug__" {
            self.error(range, "cannot assign to __debug__", "`__debug__` is a constant");
        }
    }

    // ---- statements -------------------------------------------------------------------------

    fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    fn visit_stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.check_debug_store(&f.name, f.range);
                for p in all_params(&f.parameters) {
                    self.check_debug_store(&p.name, f.range);
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_param_exprs(&f.parameters, true);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                let scope = self.table.scope_of(f);
                self.with_unit(UnitKind::Function { is_async: f.is_async, scope }, |c| c.visit_body(&f.body));
            }
            Stmt::ClassDef(cd) => {
                self.check_debug_store(&cd.name, cd.range);
                for d in &cd.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &cd.arguments {
                    self.visit_arguments(args, args.range);
                }
                self.with_unit(UnitKind::Class, |c| c.visit_body(&cd.body));
            }
            Stmt::Return(r) => {
                match self.unit_kind() {
                    UnitKind::Function { is_async, scope } => {
                        let generator = scope.is_some_and(|s| self.table.scope(s).is_generator);
                        if r.value.is_some() && is_async && generator {
                            self.error(r.range, "'return' with value in async generator", "async generators cannot return a value");
                        }
                        if self.unit().fblocks.contains(&FBlock::ExceptStar) {
                            self.error(r.value.as_ref().map_or(r.range, |v| v.range()), EXCEPT_STAR_EXIT, "inside an except* block");
                        }
                    }
                    _ => self.error(r.range, "'return' outside function", "not inside a function"),
                }
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_del_target(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_target(t);
                }
                self.visit_expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                match a.target.as_ref() {
                    // CPython only checks names here (`x.__debug__ += 1` compiles).
                    Expr::Attribute(t) => self.visit_expr(&t.value),
                    t => self.visit_target(t),
                }
                self.visit_expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                self.visit_target(&a.target);
                self.visit_annotation(&a.annotation);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    self.check_async_statement(f.range, "'async for' outside async function");
                }
                self.visit_target(&f.target);
                self.visit_expr(&f.iter);
                self.with_fblock(FBlock::Loop, |c| c.visit_body(&f.body));
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.with_fblock(FBlock::Loop, |c| c.visit_body(&w.body));
                self.visit_body(&w.orelse);
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test);
                self.visit_body(&i.body);
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t);
                    }
                    self.visit_body(&clause.body);
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.check_async_statement(w.range, "'async with' outside async function");
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                let n = m.cases.len();
                for (i, case) in m.cases.iter().enumerate() {
                    let allow_irrefutable = case.guard.is_some() || i + 1 == n;
                    let mut names = Vec::new();
                    self.check_pattern(&case.pattern, allow_irrefutable, &mut names);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e);
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c);
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                let n = t.handlers.len();
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 < n && !t.is_star {
                        self.error(h.range, "default 'except:' must be last", "a bare except: catches everything after it");
                    }
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.check_debug_store(name, h.range);
                    }
                    if t.is_star {
                        self.with_fblock(FBlock::ExceptStar, |c| c.visit_body(&h.body));
                    } else {
                        self.visit_body(&h.body);
                    }
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test);
                if let Some(m) = &a.msg {
                    self.visit_expr(m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = alias.asname.as_ref().map_or_else(|| alias.name.as_str().split('.').next().unwrap_or(""), |a| a.as_str());
                    self.check_debug_store(stored, i.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.check_debug_store(stored, i.range);
                }
                if is_future_import(i) {
                    self.check_future(i);
                }
            }
            Stmt::Break(b) => self.check_loop_exit(b.range, "'break' outside loop"),
            Stmt::Continue(c) => self.check_loop_exit(c.range, "'continue' not properly in loop"),
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn check_future(&mut self, i: &ast::StmtImportFrom) {
        if !self.allowed_future.contains(&(i as *const _ as usize)) {
            self.error(i.range, "from __future__ imports must occur at the beginning of the file", "not at the beginning of the file");
            return;
        }
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "braces" {
                self.error(i.range, "not a chance", "braces are not coming");
            } else if !FUTURE_FEATURES.contains(&name) {
                self.error(i.range, format!("future feature {name} is not defined"), "unknown __future__ feature");
            }
        }
    }

    fn check_async_statement(&mut self, range: TextRange, message: &str) {
        if !matches!(self.unit_kind(), UnitKind::Function { is_async: true, .. }) {
            self.error(range, message, "the enclosing function is not `async def`");
        }
    }

    fn check_loop_exit(&mut self, range: TextRange, outside: &str) {
        let inner = self.unit().fblocks.iter().rev().find(|b| matches!(b, FBlock::Loop | FBlock::ExceptStar)).copied();
        match inner {
            Some(FBlock::Loop) => {}
            Some(FBlock::ExceptStar) => self.error(range, EXCEPT_STAR_EXIT, "inside an except* block"),
            None => self.error(range, outside, "not inside a loop"),
        }
    }

    /// Defaults (and annotations when `annotations`) of a parameter list.
    fn visit_param_exprs(&mut self, p: &ast::Parameters, annotations: bool) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
        if annotations {
            for param in all_params(p) {
                match param.annotation.as_deref() {
                    // `*args: *Ts` (PEP 646).
                    Some(Expr::Starred(s)) if p.vararg.as_deref().is_some_and(|v| std::ptr::eq(v, param)) => self.visit_annotation(&s.value),
                    Some(a) => self.visit_annotation(a),
                    None => {}
                }
            }
        }
    }

    /// An annotation: evaluated (and checked) as an expression, unless `from __future__
    /// import annotations` keeps it as text, where only a few expressions are refused.
    fn visit_annotation(&mut self, e: &Expr) {
        let saved = self.in_annotation;
        self.in_annotation = self.future_annotations;
        self.visit_expr(e);
        self.in_annotation = saved;
    }

    /// In an unevaluated annotation: CPython's symbol table refuses these.
    fn refused_in_annotation(&mut self, range: TextRange, what: &str) -> bool {
        if self.in_annotation {
            self.error(range, format!("'{what}' can not be used within an annotation"), "in an annotation");
        }
        self.in_annotation
    }

    // ---- targets ----------------------------------------------------------------------------

    /// An assignment target (store context).
    fn visit_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.check_debug_store(&n.id, n.range),
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    self.error(a.range, "cannot assign to __debug__", "`__debug__` is a constant");
                }
                self.visit_expr(&a.value);
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value);
                self.visit_expr(&s.slice);
            }
            Expr::Starred(s) => {
                self.error(s.range, "starred assignment target must be in a list or tuple", "starred target");
                self.visit_target(&s.value);
            }
            Expr::List(ast::ExprList { elts, range, .. }) | Expr::Tuple(ast::ExprTuple { elts, range, .. }) => {
                if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
                    self.error(*range, "multiple starred expressions in assignment", "more than one starred target");
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.visit_target(&s.value),
                        _ => self.visit_target(e),
                    }
                }
            }
            _ => self.visit_expr(t),
        }
    }

    fn visit_del_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) if n.id.as_str() == "__debug__" => self.error(n.range, "cannot delete __debug__", "`__debug__` is a constant"),
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                for e in elts {
                    self.visit_del_target(e);
                }
            }
            Expr::Name(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value),
            _ => self.visit_target(t),
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    /// Elements of a display or call arguments: starred expressions are allowed here.
    fn visit_elements(&mut self, elts: &[Expr]) {
        for e in elts {
            match e {
                Expr::Starred(s) => self.visit_expr(&s.value),
                _ => self.visit_expr(e),
            }
        }
    }

    fn visit_arguments(&mut self, args: &ast::Arguments, call_range: TextRange) {
        self.visit_elements(&args.args);
        let mut seen: HashSet<&str> = HashSet::new();
        for k in args.keywords.iter() {
            if let Some(name) = &k.arg {
                if name.as_str() == "__debug__" {
                    self.error(call_range, "cannot assign to __debug__", "`__debug__` is a constant");
                }
                if !seen.insert(name.as_str()) {
                    self.error(k.range, format!("keyword argument repeated: {name}"), "repeated keyword argument");
                }
            }
            self.visit_expr(&k.value);
        }
    }

    fn visit_expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v);
                }
            }
            Expr::Named(n) => {
                if self.refused_in_annotation(n.range, "named expression") {
                    return;
                }
                if let Expr::Name(t) = n.target.as_ref() {
                    self.check_debug_store(&t.id, t.range);
                }
                self.visit_expr(&n.value);
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left);
                self.visit_expr(&b.right);
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for param in all_params(p) {
                        self.check_debug_store(&param.name, l.range);
                    }
                    self.visit_param_exprs(p, false);
                }
                self.with_unit(UnitKind::Lambda, |c| c.visit_expr(&l.body));
            }
            Expr::If(i) => {
                self.visit_expr(&i.test);
                self.visit_expr(&i.body);
                self.visit_expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k);
                    }
                    self.visit_expr(&item.value);
                }
            }
            Expr::Set(s) => self.visit_elements(&s.elts),
            Expr::ListComp(c) => self.visit_comprehension(self.table.scope_of(c), CompKind::List, c.range, &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.visit_comprehension(self.table.scope_of(c), CompKind::Set, c.range, &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut parts: Vec<&Expr> = c.key.iter().map(|k| k.as_ref()).collect();
                parts.push(&c.value);
                self.visit_comprehension(self.table.scope_of(c), CompKind::Dict, c.range, &c.generators, &parts)
            }
            Expr::Generator(c) => self.visit_comprehension(self.table.scope_of(c), CompKind::Generator, c.range, &c.generators, &[&c.elt]),
            Expr::Await(a) => {
                if self.refused_in_annotation(a.range, "await expression") {
                    return;
                }
                match self.unit_kind() {
                    UnitKind::Module | UnitKind::Class => self.error(a.range, "'await' outside function", "not inside a function"),
                    UnitKind::Function { is_async: false, .. } | UnitKind::Lambda => self.error(a.range, "'await' outside async function", "the enclosing function is not `async def`"),
                    _ => {}
                }
                self.visit_expr(&a.value);
            }
            Expr::Yield(y) => {
                if self.refused_in_annotation(y.range, "yield expression") {
                    return;
                }
                self.check_yield(y.range, false);
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                if self.refused_in_annotation(y.range, "yield expression") {
                    return;
                }
                self.check_yield(y.range, true);
                self.visit_expr(&y.value);
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left);
                for v in c.comparators.iter() {
                    self.visit_expr(v);
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func);
                self.visit_arguments(&c.arguments, c.range());
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements);
                    }
                }
            }
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value);
                self.visit_expr(&s.slice);
            }
            Expr::Starred(s) => {
                self.error(s.range, "can't use starred expression here", "starred expression");
                self.visit_expr(&s.value);
            }
            Expr::List(l) => self.visit_elements(&l.elts),
            Expr::Tuple(t) => self.visit_elements(&t.elts),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part);
                }
            }
            Expr::Name(_)
            | Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
        }
    }

    fn visit_interpolated(&mut self, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.visit_interpolated(&spec.elements);
                }
            }
        }
    }

    fn check_yield(&mut self, range: TextRange, from: bool) {
        match self.unit_kind() {
            UnitKind::Module | UnitKind::Class => self.error(range, "'yield' outside function", "not inside a function"),
            UnitKind::Function { is_async: true, .. } if from => self.error(range, "'yield from' inside async function", "inside an `async def`"),
            // A yield inside a comprehension is a symbol table error (scope.rs).
            _ => {}
        }
    }

    fn visit_comprehension(&mut self, scope: Option<ScopeId>, kind: CompKind, range: TextRange, generators: &[ast::Comprehension], elts: &[&Expr]) {
        let Some(first) = generators.first() else { return };
        self.visit_expr(&first.iter);
        let parent = self.unit_kind();
        self.with_unit(UnitKind::Comprehension, |c| {
            for (i, g) in generators.iter().enumerate() {
                c.visit_target(&g.target);
                if i > 0 {
                    c.visit_expr(&g.iter);
                }
                for cond in &g.ifs {
                    c.visit_expr(cond);
                }
            }
            for e in elts {
                c.visit_expr(e);
            }
        });
        let is_async = scope.is_some_and(|s| self.table.scope(s).is_coroutine);
        let allowed = matches!(parent, UnitKind::Function { is_async: true, .. } | UnitKind::Comprehension);
        if is_async && kind != CompKind::Generator && !allowed {
            self.error(range, "asynchronous comprehension outside of an asynchronous function", "the enclosing function is not `async def`");
        }
    }

    // ---- patterns ---------------------------------------------------------------------------

    /// CPython's pattern compiler checks: irrefutable patterns before the last case, names
    /// bound twice, or-patterns binding different names, starred names, duplicate mapping
    /// keys and class pattern attributes.
    fn check_pattern(&mut self, p: &Pattern, allow_irrefutable: bool, names: &mut Vec<String>) {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                if s.patterns.iter().filter(|p| p.is_match_star()).count() > 1 {
                    self.error(s.range, "multiple starred names in sequence pattern", "more than one starred name");
                }
                for sub in &s.patterns {
                    self.check_pattern(sub, true, names);
                }
            }
            Pattern::MatchMapping(m) => {
                let mut seen: Vec<KeyValue> = Vec::new();
                for k in m.keys.iter() {
                    if let Some(v) = key_value(k) {
                        if seen.contains(&v) {
                            let shown = repr_key(k, self.locator);
                            self.error(m.range, format!("mapping pattern checks duplicate key ({shown})"), "duplicate key");
                        } else {
                            seen.push(v);
                        }
                    }
                    self.visit_expr(k);
                }
                for sub in m.patterns.iter() {
                    self.check_pattern(sub, true, names);
                }
                if let Some(rest) = &m.rest {
                    // CPython reports at the last subpattern it compiled.
                    let at = m.patterns.last().map_or(m.range, last_pattern_range);
                    self.bind_capture(rest, at, names);
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls);
                for sub in c.arguments.patterns.iter() {
                    self.check_pattern(sub, true, names);
                }
                let mut attrs: Vec<&str> = Vec::new();
                for k in &c.arguments.keywords {
                    if attrs.contains(&k.attr.as_str()) {
                        self.error(k.pattern.range(), format!("attribute name repeated in class pattern: {}", k.attr), "repeated attribute");
                    }
                    attrs.push(k.attr.as_str());
                    self.check_pattern(&k.pattern, true, names);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind_capture(n, s.range, names);
                }
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !allow_irrefutable {
                        match &a.name {
                            Some(n) => self.error(a.range, format!("name capture '{n}' makes remaining patterns unreachable"), "always matches"),
                            None => self.error(a.range, "wildcard makes remaining patterns unreachable", "always matches"),
                        }
                    }
                    if let Some(n) = &a.name {
                        self.bind_capture(n, a.range, names);
                    }
                }
                Some(sub) => {
                    self.check_pattern(sub, allow_irrefutable, names);
                    if let Some(n) = &a.name {
                        self.bind_capture(n, a.range, names);
                    }
                }
            },
            Pattern::MatchOr(o) => {
                let n = o.patterns.len();
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut alt_names = names.clone();
                    self.check_pattern(alt, allow_irrefutable && i + 1 == n, &mut alt_names);
                    let mut bound: Vec<String> = alt_names[names.len()..].to_vec();
                    bound.sort();
                    match &first {
                        None => first = Some(bound),
                        Some(f) if *f != bound => self.error(last_pattern_range(alt), "alternative patterns bind different names", "binds different names than the first alternative"),
                        Some(_) => {}
                    }
                }
                names.extend(first.unwrap_or_default());
            }
        }
    }

    fn bind_capture(&mut self, name: &str, range: TextRange, names: &mut Vec<String>) {
        if name == "__debug__" {
            self.error(range, "cannot assign to __debug__", "`__debug__` is a constant");
        }
        if names.iter().any(|n| n == name) {
            self.error(range, format!("multiple assignments to name '{name}' in pattern"), "bound twice");
            return;
        }
        names.push(name.to_string());
    }
}

/// Where CPython's compiler stands after compiling a pattern: its last (sub)pattern.
fn last_pattern_range(p: &Pattern) -> TextRange {
    let last = match p {
        Pattern::MatchSequence(s) => s.patterns.last(),
        Pattern::MatchMapping(m) => m.patterns.last(),
        Pattern::MatchClass(c) => c.arguments.keywords.last().map(|k| &k.pattern).or(c.arguments.patterns.last()),
        Pattern::MatchAs(a) => a.pattern.as_deref(),
        Pattern::MatchOr(o) => o.patterns.last(),
        _ => None,
    };
    last.map_or(p.range(), last_pattern_range)
}

/// Every parameter of a signature, in source order.
pub fn all_params(p: &ast::Parameters) -> impl Iterator<Item = &ast::Parameter> {
    p.posonlyargs
        .iter()
        .chain(p.args.iter())
        .map(|a| &a.parameter)
        .chain(p.vararg.as_deref())
        .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
        .chain(p.kwarg.as_deref())
}

/// A literal mapping-pattern key, compared as CPython's constant set does (1 == 1.0 == True).
#[derive(Clone, Debug, PartialEq)]
enum KeyValue {
    Number(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

fn key_value(e: &Expr) -> Option<KeyValue> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => KeyValue::Number(i.as_i64()? as f64),
            ast::Number::Float(f) => KeyValue::Number(*f),
            ast::Number::Complex { real, imag } => KeyValue::Complex(*real, *imag),
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match key_value(&u.operand)? {
            KeyValue::Number(f) => KeyValue::Number(-f),
            KeyValue::Complex(r, i) => KeyValue::Complex(-r, -i),
            _ => return None,
        },
        Expr::BooleanLiteral(b) => KeyValue::Number(if b.value { 1.0 } else { 0.0 }),
        Expr::StringLiteral(s) => KeyValue::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => KeyValue::Bytes(b.value.bytes().collect()),
        Expr::NoneLiteral(_) => KeyValue::None,
        _ => return None,
    })
}

/// The key as CPython's error message shows it (its repr).
fn repr_key(e: &Expr, locator: &Locator) -> String {
    match e {
        Expr::StringLiteral(s) => crate::literal::py_str_repr(s.value.to_str()),
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.to_string(),
        Expr::NoneLiteral(_) => "None".into(),
        _ => locator.slice(e.range()).to_string(),
    }
}
