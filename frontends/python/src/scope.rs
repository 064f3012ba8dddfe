//! CPython's symbol table (`Python/symtable.c`): one scope per module, function, lambda,
//! class and comprehension; which names each binds, declares or uses; and the analysis that
//! resolves every name to a local, a cell, a free variable or a global. The errors the
//! symbol table raises (duplicate arguments, misplaced `global`/`nonlocal`, `yield` in a
//! comprehension, walrus conflicts, `import *` outside the module) are reported here.

use crate::location::Locator;
use metal0_dialects::diagnostic::Diagnostic;
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::TextRange;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

// Symbol flags, as in CPython's symtable.h.
const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_FREE_CLASS: u32 = 32;
const DEF_IMPORT: u32 = 64;
const DEF_ANNOT: u32 = 128;
const DEF_COMP_ITER: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// What kind of block a scope is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension(CompKind),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    /// The scope name CPython gives it (`<listcomp>`, ...).
    pub fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }
    /// How CPython names it in "'yield' inside ..." errors.
    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: CPython's `FunctionBlock`.
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_))
    }
}

/// Where a name lives after analysis.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Binding {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

/// How a name is accessed from a given scope: which family of `py.load_*`/`py.store_*` ops.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NameOp {
    Local,
    Cell,
    Free,
    Global,
    Builtin,
    /// Class bodies: the class namespace, then globals, then builtins.
    Name,
    /// A class body reading a free variable.
    ClassDeref,
}

impl NameOp {
    /// The op-name suffix: `local`, `cell`, ...
    pub fn suffix(self) -> &'static str {
        match self {
            NameOp::Local => "local",
            NameOp::Cell => "cell",
            NameOp::Free => "free",
            NameOp::Global => "global",
            NameOp::Builtin => "builtin",
            NameOp::Name => "name",
            NameOp::ClassDeref => "classderef",
        }
    }
}

/// One scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The name as written (`f`, `<lambda>`, `<listcomp>`).
    pub name: String,
    pub qualname: String,
    pub parent: Option<ScopeId>,
    children: Vec<ScopeId>,
    /// Symbols in first-seen order with their flags.
    symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// Parameter names (mangled) in the order CPython's symbol table adds them.
    params: Vec<String>,
    /// The class whose name mangles private names here (`__x` -> `_C__x`).
    pub private: Option<String>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension containing `async for`/`await` (CPython's
    /// `ste_coroutine`).
    pub is_coroutine: bool,
    /// A class whose methods use `super` or `__class__`: it creates the `__class__` cell.
    pub needs_class_closure: bool,
    /// Module scope with `from m import *`: every unresolved name may be a global.
    has_star_import: bool,
    /// First `global`/`nonlocal` statement naming each symbol (for error locations).
    directives: HashMap<String, TextRange>,
    resolved: HashMap<String, Binding>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    /// Results of the analysis, for the op attributes.
    pub locals: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

/// The symbol table of a module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    pub errors: Vec<Diagnostic>,
    /// Names some scope declares `global` (module globals even if the module body never
    /// assigns them).
    explicit_globals: HashSet<String>,
    /// The program reads `globals`, `exec`, ... (see [`DYNAMIC_GLOBALS`]): any name may become
    /// a global at run time, so none is assumed to be a builtin.
    dynamic_globals: bool,
}

/// Builtins through which a program can bind module globals the symbol table cannot see.
const DYNAMIC_GLOBALS: [&str; 6] = ["globals", "locals", "vars", "exec", "eval", "__import__"];

/// The key of a scope-creating AST node: its address (the AST outlives the table's users).
fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private name mangling: inside class `C`, `__x` becomes `_C__x` (not dunder
/// names, not dotted names; class names made only of underscores do not mangle).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

impl SymbolTable {
    /// Builds and analyses the symbol table of a module body.
    pub fn build(body: &[Stmt], locator: &Locator) -> SymbolTable {
        let mut b = Builder {
            table: SymbolTable { scopes: Vec::new(), by_node: HashMap::new(), errors: Vec::new(), explicit_globals: HashSet::new(), dynamic_globals: false },
            stack: Vec::new(),
            locator,
            future_annotations: has_future_annotations(body),
        };
        let module = b.new_scope(ScopeKind::Module, "<module>".into(), None);
        b.stack.push(module);
        for s in body {
            b.visit_stmt(s);
        }
        b.stack.pop();
        let mut table = b.table;
        table.analyze(locator);
        table.compute_names();
        table
    }

    /// The scope a function, lambda, class or comprehension node opens.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&key(node)).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The module scope.
    pub fn module(&self) -> ScopeId {
        0
    }

    /// Where `name` (already mangled) lives, seen from `scope`.
    pub fn binding(&self, scope: ScopeId, name: &str) -> Binding {
        self.scopes[scope].resolved.get(name).copied().unwrap_or(Binding::GlobalImplicit)
    }

    /// True when the module may bind `name`: assigned or imported at module level, declared
    /// `global` somewhere, possibly bound by `from m import *`, or a dunder name the module
    /// object provides (`__name__`, `__file__`, `__doc__`, ...).
    pub fn module_binds(&self, name: &str) -> bool {
        let m = &self.scopes[0];
        let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
        dunder || m.has_star_import || self.dynamic_globals || self.explicit_globals.contains(name) || m.index.get(name).is_some_and(|&i| m.symbols[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0)
    }

    /// How `name` (already mangled) is loaded (`load`) or stored/deleted from `scope`.
    pub fn name_op(&self, scope: ScopeId, name: &str, load: bool) -> NameOp {
        let global = |t: &Self| if !load || t.module_binds(name) { NameOp::Global } else { NameOp::Builtin };
        let kind = self.scopes[scope].kind;
        match kind {
            ScopeKind::Module => global(self),
            ScopeKind::Class => match self.binding(scope, name) {
                Binding::Local | Binding::Cell | Binding::GlobalImplicit => NameOp::Name,
                Binding::GlobalExplicit => global(self),
                Binding::Free if load => NameOp::ClassDeref,
                Binding::Free => NameOp::Free,
            },
            _ => match self.binding(scope, name) {
                Binding::Local => NameOp::Local,
                Binding::Cell => NameOp::Cell,
                Binding::Free => NameOp::Free,
                Binding::GlobalExplicit | Binding::GlobalImplicit => global(self),
            },
        }
    }

    // ---- analysis (CPython's analyze_block) -----------------------------------------------

    fn analyze(&mut self, locator: &Locator) {
        let mut global = HashSet::new();
        let mut free = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global, locator);
    }

    fn analyze_block(&mut self, id: ScopeId, mut bound: Option<&mut HashSet<String>>, free: &mut HashSet<String>, global: &mut HashSet<String>, locator: &Locator) {
        let kind = self.scopes[id].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut scopes: HashMap<String, Binding> = HashMap::new();
        let mut newglobal: HashSet<String> = HashSet::new();
        let mut newfree: HashSet<String> = HashSet::new();
        let mut newbound: HashSet<String> = HashSet::new();
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols = self.scopes[id].symbols.clone();
        for (name, flags) in &symbols {
            self.analyze_name(id, &mut scopes, name, *flags, bound.as_deref_mut(), &mut local, free, global, locator);
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut allfree: HashSet<String> = HashSet::new();
        for child in self.scopes[id].children.clone() {
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(child, Some(&mut temp_bound), &mut temp_free, &mut temp_global, locator);
            allfree.extend(temp_free);
        }
        newfree.extend(allfree);
        if kind.is_function_like() {
            // Locals that children capture become cells.
            for (name, b) in scopes.iter_mut() {
                if *b == Binding::Local && newfree.remove(name) {
                    *b = Binding::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }
        // update_symbols: record the scopes, then free variables passing through.
        let is_class = kind == ScopeKind::Class;
        for name in newfree.iter() {
            if let Some(&i) = self.scopes[id].index.get(name) {
                if is_class && self.scopes[id].symbols[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    self.scopes[id].symbols[i].1 |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound.as_deref()
                && !b.contains(name)
            {
                continue;
            }
            self.scopes[id].add_symbol(name, 0);
            scopes.insert(name.clone(), Binding::Free);
        }
        self.scopes[id].resolved = scopes;
        free.extend(newfree);
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<String, Binding>,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
        locator: &Locator,
    ) {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                self.error_at_directive(id, name, format!("name '{name}' is nonlocal and global"), "declared both nonlocal and global", locator);
            }
            scopes.insert(name.to_string(), Binding::GlobalExplicit);
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return;
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => self.error_at_directive(id, name, "nonlocal declaration not allowed at module level".into(), "nonlocal outside of a function", locator),
                Some(b) if !b.contains(name) => self.error_at_directive(id, name, format!("no binding for nonlocal '{name}' found"), "no enclosing function binds this name", locator),
                Some(_) => {}
            }
            scopes.insert(name.to_string(), Binding::Free);
            free.insert(name.to_string());
            return;
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), Binding::Local);
            local.insert(name.to_string());
            global.remove(name);
            return;
        }
        if bound.is_some_and(|b| b.contains(name)) {
            scopes.insert(name.to_string(), Binding::Free);
            free.insert(name.to_string());
            return;
        }
        scopes.insert(name.to_string(), Binding::GlobalImplicit);
    }

    fn error_at_directive(&mut self, id: ScopeId, name: &str, message: String, label: &str, locator: &Locator) {
        let range = self.scopes[id].directives.get(name).copied().unwrap_or_default();
        self.errors.push(Diagnostic::syntax_error(locator.loc(range), message).with_label(label));
    }

    /// Fills `qualname`, `locals`, `cellvars` and `freevars` of every scope.
    fn compute_names(&mut self) {
        for id in 0..self.scopes.len() {
            let qualname = match self.scopes[id].parent {
                None => String::new(),
                Some(p) => {
                    let s = &self.scopes[id];
                    let parent = &self.scopes[p];
                    let force_global = matches!(s.kind, ScopeKind::Function | ScopeKind::Class)
                        && parent.resolved.get(&mangle(parent.private.as_deref(), &s.name)) == Some(&Binding::GlobalExplicit);
                    if force_global || parent.kind == ScopeKind::Module {
                        s.name.clone()
                    } else if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
                        format!("{}.<locals>.{}", parent.qualname, s.name)
                    } else {
                        format!("{}.{}", parent.qualname, s.name)
                    }
                }
            };
            let s = &mut self.scopes[id];
            s.qualname = qualname;
            let mut locals: Vec<String> = s.params.clone();
            let mut cellvars = Vec::new();
            let mut freevars = Vec::new();
            for (name, flags) in &s.symbols {
                match s.resolved.get(name) {
                    Some(Binding::Free) => freevars.push(name.clone()),
                    // A class passes its methods' free variables through even when it binds
                    // the same name itself.
                    _ if s.kind == ScopeKind::Class && flags & DEF_FREE_CLASS != 0 => freevars.push(name.clone()),
                    Some(Binding::Local) if !locals.contains(name) => locals.push(name.clone()),
                    Some(Binding::Cell) => cellvars.push(name.clone()),
                    _ => {}
                }
            }
            if s.kind == ScopeKind::Class {
                // Class namespaces are dicts, not fast locals.
                locals = s.symbols.iter().filter(|(n, _)| s.resolved.get(n) == Some(&Binding::Local)).map(|(n, _)| n.clone()).collect();
            } else {
                locals.retain(|n| s.resolved.get(n) == Some(&Binding::Local));
            }
            if s.needs_class_closure {
                cellvars.push("__class__".to_string());
            }
            s.locals = locals;
            s.cellvars = cellvars;
            s.freevars = freevars;
        }
    }
}

impl Scope {
    fn add_symbol(&mut self, name: &str, flags: u32) -> u32 {
        match self.index.get(name) {
            Some(&i) => {
                self.symbols[i].1 |= flags;
                self.symbols[i].1
            }
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
                flags
            }
        }
    }

    fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }
}

/// True when the module starts with `from __future__ import annotations` (annotations are
/// then strings and never looked up).
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => continue,
            Stmt::ImportFrom(f) if f.level == 0 && f.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// The walk that fills the table (CPython's `symtable_visit_*`).
struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    locator: &'a Locator<'a>,
    future_annotations: bool,
}

impl Builder<'_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.table.scopes[c]
    }

    fn error(&mut self, range: TextRange, message: String, label: &str) {
        self.table.errors.push(Diagnostic::syntax_error(self.locator.loc(range), message).with_label(label));
    }

    fn new_scope(&mut self, kind: ScopeKind, name: String, node: Option<usize>) -> ScopeId {
        let id = self.table.scopes.len();
        let parent = self.stack.last().copied();
        let private = match kind {
            ScopeKind::Class => Some(name.clone()),
            _ => parent.and_then(|p| self.table.scopes[p].private.clone()),
        };
        self.table.scopes.push(Scope {
            kind,
            name,
            qualname: String::new(),
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            private,
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            has_star_import: false,
            directives: HashMap::new(),
            resolved: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
            locals: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        });
        if let Some(p) = parent {
            self.table.scopes[p].children.push(id);
        }
        if let Some(k) = node {
            self.table.by_node.insert(k, id);
        }
        id
    }

    fn enter(&mut self, kind: ScopeKind, name: String, node: usize) -> ScopeId {
        let id = self.new_scope(kind, name, Some(node));
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur()].private.as_deref(), name)
    }

    /// CPython's `symtable_add_def`.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) {
        let name = self.mangle(name);
        self.add_def_in(self.cur(), &name, flag, range);
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) {
        let old = self.table.scopes[id].flags(name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            self.error(range, format!("duplicate argument '{name}' in function definition"), "parameter name used twice");
            return;
        }
        let mut val = self.table.scopes[id].add_symbol(name, flag);
        if self.table.scopes[id].comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                self.error(range, format!("comprehension inner loop cannot rebind assignment expression target '{name}'"), "also bound by an assignment expression");
                return;
            }
            val = self.table.scopes[id].add_symbol(name, DEF_COMP_ITER);
        }
        let _ = val;
        if flag & DEF_PARAM != 0 {
            self.table.scopes[id].params.push(name.to_string());
        }
        if flag & DEF_GLOBAL != 0 {
            self.table.scopes[0].add_symbol(name, DEF_GLOBAL);
            self.table.explicit_globals.insert(name.to_string());
        }
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let name = self.mangle(name);
        self.cur_scope().directives.entry(name).or_insert(range);
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
                self.add_def(&f.name, DEF_LOCAL, f.name.range);
                self.visit_defaults(&f.parameters);
                if !self.future_annotations {
                    self.visit_param_annotations(&f.parameters);
                    if let Some(r) = &f.returns {
                        self.visit_expr(r);
                    }
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                let id = self.enter(ScopeKind::Function, f.name.to_string(), key(f));
                self.table.scopes[id].is_coroutine = f.is_async;
                self.visit_params(&f.parameters);
                self.visit_body(&f.body);
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.name.range);
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.enter(ScopeKind::Class, c.name.to_string(), key(c));
                if crate::lower::docstring(&c.body).is_some() {
                    self.add_def("__doc__", DEF_LOCAL, c.range);
                }
                self.visit_body(&c.body);
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t);
                }
                self.visit_expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target);
                self.visit_expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                // SETUP_ANNOTATIONS binds `__annotations__` in modules and class bodies.
                if matches!(self.table.scopes[self.cur()].kind, ScopeKind::Module | ScopeKind::Class) {
                    self.add_def("__annotations__", DEF_LOCAL, a.range);
                }
                if let Expr::Name(n) = a.target.as_ref() {
                    let name = self.mangle(&n.id);
                    let cur = self.table.scopes[self.cur()].flags(&name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                        let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.error(a.range, format!("annotated name '{name}' can't be {what}"), "annotated here");
                    } else if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range);
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range);
                    }
                } else {
                    self.visit_expr(&a.target);
                }
                if !self.future_annotations {
                    self.visit_expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.visit_body(&w.body);
                self.visit_body(&w.orelse);
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test);
                self.visit_body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t);
                    }
                    self.visit_body(&c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                for case in &m.cases {
                    self.visit_pattern(&case.pattern);
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
                self.visit_body(&t.orelse);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, n.range);
                    }
                    self.visit_body(&h.body);
                }
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
                    self.visit_alias(alias);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias);
                }
            }
            Stmt::Global(g) => self.visit_declaration(&g.names, g.range, true),
            Stmt::Nonlocal(n) => self.visit_declaration(&n.names, n.range, false),
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::TypeAlias(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn visit_alias(&mut self, alias: &ast::Alias) {
        if alias.name.as_str() == "*" {
            if self.cur() != 0 {
                self.error(alias.range, "import * only allowed at module level".into(), "not at module level");
            } else {
                self.table.scopes[0].has_star_import = true;
            }
            return;
        }
        let stored = match &alias.asname {
            Some(a) => a.as_str(),
            None => alias.name.as_str().split('.').next().unwrap_or(""),
        };
        self.add_def(stored, DEF_IMPORT, alias.range);
    }

    /// `global` (`is_global`) or `nonlocal` names.
    fn visit_declaration(&mut self, names: &[ast::Identifier], range: TextRange, is_global: bool) {
        for n in names {
            let name = self.mangle(n);
            let cur = self.table.scopes[self.cur()].flags(&name);
            let what = if is_global { "global" } else { "nonlocal" };
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let (message, label) = if cur & DEF_PARAM != 0 {
                    (format!("name '{name}' is parameter and {what}"), format!("`{name}` is a parameter"))
                } else if cur & USE != 0 {
                    (format!("name '{name}' is used prior to {what} declaration"), format!("`{name}` is used above"))
                } else if cur & DEF_ANNOT != 0 {
                    (format!("annotated name '{name}' can't be {what}"), format!("`{name}` is annotated above"))
                } else {
                    (format!("name '{name}' is assigned to before {what} declaration"), format!("`{name}` is assigned above"))
                };
                self.error(range, message, &label);
                continue;
            }
            self.add_def(n, if is_global { DEF_GLOBAL } else { DEF_NONLOCAL }, range);
            self.record_directive(n, range);
        }
    }

    fn visit_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
    }

    fn visit_param_annotations(&mut self, p: &ast::Parameters) {
        let all = p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).map(|a| &a.parameter);
        for param in all.chain(p.vararg.as_deref()).chain(p.kwarg.as_deref()) {
            if let Some(a) = &param.annotation {
                self.visit_expr(a);
            }
        }
    }

    /// Parameters in the order CPython's symbol table adds them.
    fn visit_params(&mut self, p: &ast::Parameters) {
        // CPython's `arg` node: the name and its annotation, without `*`/`**`.
        let span = |p: &ast::Parameter| TextRange::new(p.name.range.start(), p.range.end().max(p.name.range.end()));
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            self.add_def(&a.parameter.name, DEF_PARAM, span(&a.parameter));
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, span(v));
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, span(k));
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    fn visit_expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v);
                }
            }
            Expr::Named(n) => self.visit_named(n),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left);
                self.visit_expr(&b.right);
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                self.enter(ScopeKind::Lambda, "<lambda>".into(), key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.exit();
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
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::ListComp(c) => self.visit_comprehension(key(c), CompKind::List, &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.visit_comprehension(key(c), CompKind::Set, &c.generators, &c.elt, None),
            Expr::DictComp(c) => self.visit_comprehension(key(c), CompKind::Dict, &c.generators, &c.value, c.key.as_deref()),
            Expr::Generator(c) => self.visit_comprehension(key(c), CompKind::Generator, &c.generators, &c.elt, None),
            Expr::Await(a) => {
                self.visit_expr(&a.value);
                self.cur_scope().is_coroutine = true;
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
                self.visit_yield(y.range);
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value);
                self.visit_yield(y.range);
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left);
                self.visit_exprs(&c.comparators);
            }
            Expr::Call(c) => {
                match &*c.func {
                    // `vars(obj)` reads an object's attributes: only `vars()` exposes a namespace.
                    Expr::Name(n) if n.id.as_str() == "vars" && !c.arguments.args.is_empty() => self.add_def(&n.id, USE, n.range),
                    f => self.visit_expr(f),
                }
                self.visit_exprs(&c.arguments.args);
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value);
                }
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value);
                self.visit_expr(&s.slice);
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                if n.ctx == ExprContext::Load && DYNAMIC_GLOBALS.contains(&n.id.as_str()) {
                    self.table.dynamic_globals = true;
                }
                self.add_def(&n.id, flag, n.range);
                if n.ctx == ExprContext::Load && self.table.scopes[self.cur()].kind.is_function_like() && n.id.as_str() == "super" {
                    self.add_def_in(self.cur(), "__class__", USE, n.range);
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part);
                }
            }
            Expr::IpyEscapeCommand(_) => {}
        }
    }

    fn visit_exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.visit_expr(e);
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

    fn visit_yield(&mut self, range: TextRange) {
        let cur = self.cur();
        if let ScopeKind::Comprehension(k) = self.table.scopes[cur].kind {
            self.error(range, format!("'yield' inside {}", k.description()), "yield in a comprehension");
        }
        self.table.scopes[cur].is_generator = true;
    }

    /// CPython's `symtable_handle_namedexpr`.
    fn visit_named(&mut self, n: &ast::ExprNamed) {
        let cur = self.cur();
        if self.table.scopes[cur].comp_iter_expr > 0 {
            self.error(n.range, "assignment expression cannot be used in a comprehension iterable expression".into(), "assignment expression in the iterable");
            return;
        }
        if matches!(self.table.scopes[cur].kind, ScopeKind::Comprehension(_))
            && let Expr::Name(target) = n.target.as_ref()
            && !self.extend_namedexpr_scope(target)
        {
            return;
        }
        self.visit_expr(&n.value);
        self.visit_expr(&n.target);
    }

    /// Binds a walrus target of a comprehension in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &ast::ExprName) -> bool {
        let name = self.mangle(&target.id);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let kind = self.table.scopes[id].kind;
            match kind {
                ScopeKind::Comprehension(_) => {
                    if self.table.scopes[id].flags(&name) & DEF_COMP_ITER != 0 {
                        self.error(target.range, format!("assignment expression cannot rebind comprehension iteration variable '{name}'"), "rebinds the iteration variable");
                        return false;
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if self.table.scopes[id].flags(&name) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    let cur = self.cur();
                    self.add_def_in(cur, &name, flag, target.range);
                    self.table.scopes[cur].directives.entry(name.clone()).or_insert(target.range);
                    self.add_def_in(id, &name, DEF_LOCAL, target.range);
                    return true;
                }
                ScopeKind::Module => {
                    let cur = self.cur();
                    self.add_def_in(cur, &name, DEF_GLOBAL, target.range);
                    self.table.scopes[cur].directives.entry(name.clone()).or_insert(target.range);
                    self.add_def_in(id, &name, DEF_GLOBAL, target.range);
                    return true;
                }
                ScopeKind::Class => {
                    self.error(target.range, "assignment expression within a comprehension cannot be used in a class body".into(), "assignment expression in a class body");
                    return false;
                }
            }
        }
        true
    }

    /// CPython's `symtable_handle_comprehension`.
    fn visit_comprehension(&mut self, node: usize, kind: CompKind, generators: &[ast::Comprehension], elt: &Expr, key_expr: Option<&Expr>) {
        let Some(outermost) = generators.first() else { return };
        let cur = self.cur();
        self.table.scopes[cur].comp_iter_expr += 1;
        self.visit_expr(&outermost.iter);
        self.table.scopes[cur].comp_iter_expr -= 1;
        let id = self.enter(ScopeKind::Comprehension(kind), kind.scope_name().into(), node);
        if outermost.is_async {
            self.table.scopes[id].is_coroutine = true;
        }
        self.table.scopes[id].comp_iter_target = true;
        self.visit_expr(&outermost.target);
        self.table.scopes[id].comp_iter_target = false;
        self.visit_exprs(&outermost.ifs);
        for g in &generators[1..] {
            self.table.scopes[id].comp_iter_target = true;
            self.visit_expr(&g.target);
            self.table.scopes[id].comp_iter_target = false;
            self.table.scopes[id].comp_iter_expr += 1;
            self.visit_expr(&g.iter);
            self.table.scopes[id].comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs);
            if g.is_async {
                self.table.scopes[id].is_coroutine = true;
            }
        }
        if let Some(k) = key_expr {
            self.visit_expr(k);
        }
        self.visit_expr(elt);
        let is_generator = kind == CompKind::Generator;
        if is_generator {
            self.table.scopes[id].is_generator = true;
        }
        let is_async = self.table.scopes[id].is_coroutine && !is_generator;
        self.exit();
        if is_async {
            let cur = self.cur();
            self.table.scopes[cur].is_coroutine = true;
        }
    }

    // ---- patterns ---------------------------------------------------------------------------

    fn visit_pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p);
                }
            }
            Pattern::MatchMapping(m) => {
                self.visit_exprs(&m.keys);
                for p in &m.patterns {
                    self.visit_pattern(p);
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, r.range);
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls);
                for p in &c.arguments.patterns {
                    self.visit_pattern(p);
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p);
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range);
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p);
                }
            }
        }
    }
}
