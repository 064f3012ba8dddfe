//! The lowering driver: the [`Lowerer`] that appends `py` ops at an insertion point, enters
//! regions and scopes, and turns resolved names into `py.load_*`/`py.store_*` ops. Statements,
//! expressions and patterns are lowered in [`crate::statement`], [`crate::expression`] and
//! [`crate::pattern`].

use crate::location::Locator;
use crate::scope::{NameOp, ScopeId, SymbolTable, mangle};
use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::ir::attr;
use metal0_dialects::{Attr, BlockId, Module, OpId, RegionId, Value, py};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Lowers a checked module body to a `py.module` named `name` appended to `m` (a
/// `builtin.module` holds the program's modules, `__main__` first).
pub fn lower_module(mut m: Module, name: &str, body: &[Stmt], table: &SymbolTable, locator: &Locator) -> Result<Module, Vec<Diagnostic>> {
    let top = m.body();
    let end = TextSize::try_from(locator.text().len()).unwrap_or_default();
    let mut attrs = vec![attr("sym_name", Attr::str(name)), attr("filename", Attr::str(locator.file()))];
    if let Some(doc) = docstring(body) {
        attrs.push(attr("docstring", doc));
    }
    let op = m.create_op("py.module", &[], &[], attrs, locator.loc(TextRange::new(TextSize::default(), end)));
    m.append_op(top, op);
    let region = m.add_region(op);
    let block = m.add_block(region, &[]);
    let future_annotations = crate::scope::has_future_annotations(body);
    let mut l = Lowerer { m, table, locator, block, terminated: false, scope: table.module(), diagnostics: Vec::new(), future_annotations };
    l.setup_annotations(body);
    l.lower_body(body);
    if l.diagnostics.is_empty() { Ok(l.m) } else { Err(l.diagnostics) }
}

/// The docstring of a body (its first statement, when a plain string literal), as the
/// attribute value.
pub fn docstring(body: &[Stmt]) -> Option<Attr> {
    match body.first()? {
        Stmt::Expr(e) => match e.value.as_ref() {
            Expr::StringLiteral(s) => Some(Attr::Str(s.value.to_str().as_bytes().to_vec())),
            _ => None,
        },
        _ => None,
    }
}

/// Appends `py` ops at an insertion point.
pub struct Lowerer<'a> {
    pub m: Module,
    pub table: &'a SymbolTable,
    pub locator: &'a Locator<'a>,
    /// Where ops go.
    pub block: BlockId,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    pub future_annotations: bool,
    /// The insertion block already ends in a terminator: what follows is unreachable.
    pub terminated: bool,
    /// The scope names resolve in.
    pub scope: ScopeId,
    pub diagnostics: Vec<Diagnostic>,
}

impl Lowerer<'_> {
    // ---- building ---------------------------------------------------------------------------

    /// Appends an op with `results` results and `regions` empty regions.
    pub fn op(&mut self, name: &str, operands: &[Value], results: usize, attrs: Vec<(String, Attr)>, regions: usize, range: TextRange) -> OpId {
        let types = vec![py::object(); results];
        let op = self.m.create_op(name, operands, &types, attrs, self.locator.loc(range));
        self.m.append_op(self.block, op);
        for _ in 0..regions {
            self.m.add_region(op);
        }
        op
    }

    /// Appends a one-result op without regions and returns its result.
    pub fn value(&mut self, name: &str, operands: &[Value], attrs: Vec<(String, Attr)>, range: TextRange) -> Value {
        let op = self.op(name, operands, 1, attrs, 0, range);
        self.m.op(op).results[0]
    }

    /// Appends a terminator and marks the block as ended.
    pub fn terminator(&mut self, name: &str, operands: &[Value], attrs: Vec<(String, Attr)>, range: TextRange) {
        self.op(name, operands, 0, attrs, 0, range);
        self.terminated = true;
    }

    /// `py.result`: yields `v` from the current region.
    pub fn result(&mut self, v: Value, range: TextRange) {
        self.terminator("py.result", &[v], Vec::new(), range);
    }

    /// The `i`-th region of `op`.
    pub fn region(&self, op: OpId, i: usize) -> RegionId {
        self.m.op(op).regions[i]
    }

    /// Appends a block with `args` arguments to `region` and runs `f` with it as the insertion
    /// point; the previous insertion point is restored afterwards.
    pub fn in_block<R>(&mut self, region: RegionId, args: usize, f: impl FnOnce(&mut Self, Vec<Value>) -> R) -> R {
        let b = self.m.add_block(region, &vec![py::object(); args]);
        let values = self.m.block(b).args.clone();
        let saved = (self.block, self.terminated);
        self.block = b;
        self.terminated = false;
        let r = f(self, values);
        (self.block, self.terminated) = saved;
        r
    }

    /// Fills the `i`-th region of `op` with one block holding `body`.
    pub fn fill_region(&mut self, op: OpId, i: usize, body: &[Stmt]) {
        let r = self.region(op, i);
        self.in_block(r, 0, |l, _| l.lower_body(body));
    }

    /// Runs `f` with names resolving in `scope`.
    pub fn in_scope<R>(&mut self, scope: ScopeId, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = self.scope;
        self.scope = scope;
        let r = f(self);
        self.scope = saved;
        r
    }

    pub fn none(&mut self, range: TextRange) -> Value {
        self.value("py.const_none", &[], Vec::new(), range)
    }

    pub fn refuse(&mut self, range: TextRange, construct: &str) {
        self.diagnostics.push(Diagnostic::not_supported(self.locator.loc(range), construct));
    }

    /// The source text of a node.
    pub fn source(&self, node: &impl Ranged) -> String {
        self.locator.slice(node.range()).to_string()
    }

    // ---- names ------------------------------------------------------------------------------

    /// A name as the current scope spells it (private names mangled inside classes).
    pub fn mangled(&self, name: &str) -> String {
        mangle(self.table.scope(self.scope).private.as_deref(), name)
    }

    /// Reads a variable.
    pub fn load(&mut self, name: &str, range: TextRange) -> Value {
        if name == "__debug__" {
            return self.value("py.const_bool", &[], vec![attr("value", Attr::Bool(true))], range);
        }
        let name = self.mangled(name);
        let op = self.table.name_op(self.scope, &name, true);
        self.value(&format!("py.load_{}", op.suffix()), &[], vec![attr("name", Attr::str(&name))], range)
    }

    /// Binds a variable; `annotation` is the source text of `x: T = v`'s `T`.
    pub fn store(&mut self, name: &str, v: Value, range: TextRange, annotation: Option<String>) {
        let name = self.mangled(name);
        let op = store_kind(self.table.name_op(self.scope, &name, false));
        let mut attrs = vec![attr("name", Attr::str(&name))];
        if let Some(a) = annotation {
            attrs.push(attr("annotation", Attr::str(&a)));
        }
        self.op(&format!("py.store_{}", op.suffix()), &[v], 0, attrs, 0, range);
    }

    /// Unbinds a variable.
    pub fn delete(&mut self, name: &str, range: TextRange) {
        let name = self.mangled(name);
        let op = store_kind(self.table.name_op(self.scope, &name, false));
        self.op(&format!("py.delete_{}", op.suffix()), &[], 0, vec![attr("name", Attr::str(&name))], 0, range);
    }

    /// The `locals`, `cellvars` and `freevars` attributes of a scope op.
    pub fn scope_attrs(&self, scope: ScopeId) -> Vec<(String, Attr)> {
        let s = self.table.scope(scope);
        vec![attr("locals", Attr::str_array(&s.locals)), attr("cellvars", Attr::str_array(&s.cellvars)), attr("freevars", Attr::str_array(&s.freevars))]
    }
}

/// Stores never go to builtins or through the class-deref path.
fn store_kind(op: NameOp) -> NameOp {
    match op {
        NameOp::Builtin => NameOp::Global,
        NameOp::ClassDeref => NameOp::Free,
        other => other,
    }
}
