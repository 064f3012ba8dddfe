//! `infer`: whole-program type inference from `py` to `typed`, monomorphising functions per
//! argument types.
//!
//! Inference is an abstract interpretation run to a fixpoint: starting from `__main__`, each
//! function instance (a function plus the types of its arguments) is walked, joining the
//! types stored into its locals, the globals and its return value; a call with new argument
//! types creates a new instance. Types only grow in the lattice ([`types::Ty`]), so the walk
//! repeats until nothing changes. A final walk emits the `typed` module with the settled
//! types. The same walker ([`emit::FnEmitter`]) does both, so the rules live in one place.

pub(crate) mod builtins;
mod classes;
mod emit;
mod heap;
pub mod runtime_modules;
pub mod types;

use crate::manager::Pass;
use emit::FnEmitter;
use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::{Attr, Location, Module, OpId, Value, attr};
use std::collections::{BTreeMap, HashMap};
use types::Ty;

/// The `infer` pass.
pub struct Infer;

impl Pass for Infer {
    fn name(&self) -> &'static str {
        "infer"
    }
    fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>> {
        *module = infer_types(module)?;
        Ok(())
    }
}

/// How a piece of code is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DefKind {
    /// A module-level `def` bound once and never rebound: called directly, per argument types.
    Known,
    /// Any other `def` or `lambda`: a function object (`typed.make_function`) whose calls bind
    /// their arguments at run time; its one instance takes the closure tuple (when it has free
    /// variables) and one object per parameter.
    Generic,
    /// A list, set or dict comprehension: called where it stands with the iterator of its
    /// first iterable (after the closure tuple, when it has free variables); returns the
    /// container it builds.
    Comprehension,
    /// The body of an imported module of the program: run once, by its first import.
    ModuleBody,
    /// A class body: run once with the class namespace (and closure tuple) as arguments;
    /// returns the `__class__` cell (or None).
    ClassBody,
}

/// A `def`, `lambda` or class body: its `py` op, parameters and scope.
#[derive(Clone, Debug)]
pub(crate) struct FuncDef {
    pub op: OpId,
    pub kind: DefKind,
    pub params: Vec<String>,
    /// Hidden globals holding the evaluated defaults of the last `params` (defaults are
    /// evaluated once, when the `def` runs); `Known` functions only.
    pub default_globals: Vec<String>,
    /// The hidden global holding the `__annotations__` dict made when the `def` runs, for its
    /// function object; `Known` functions with annotations only.
    pub annotations_global: Option<String>,
    /// Variables of this scope that nested functions capture (held in cells).
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes this code reads (cells from its closure tuple).
    pub freevars: Vec<String>,
    /// A generator function or generator expression: calling it makes a generator.
    pub generator: bool,
    /// The module whose globals the code sees (`__main__` for the script).
    pub module: String,
}

impl FuncDef {
    fn new(py: &Module, op: OpId, kind: DefKind) -> FuncDef {
        let names = |a: &str| -> Vec<String> { py.attr(op, a).and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect() };
        let params = if kind == DefKind::Comprehension { vec![".0".to_string()] } else { names("arg_names") };
        let generator = py.attr(op, "is_generator").is_some() || py.op(op).name == "py.genexp";
        FuncDef { op, kind, params, default_globals: Vec::new(), annotations_global: None, cellvars: names("cellvars"), freevars: names("freevars"), generator, module: module_of(py, op) }
    }

    /// How many entry arguments come before the parameters (namespace, closure tuple).
    pub fn hidden_args(&self) -> usize {
        (self.kind == DefKind::ClassBody) as usize + (!self.freevars.is_empty()) as usize
    }
}

/// The name of the module containing `op` (a `py.module` is its own).
pub(crate) fn module_of(py: &Module, op: OpId) -> String {
    let mut o = Some(op);
    while let Some(x) = o {
        if py.op(x).name == "py.module" {
            return py.str_attr(x, "sym_name").unwrap_or("__main__").to_string();
        }
        o = py.parent_op(x);
    }
    "__main__".to_string()
}

/// The name of global `name` of module `module` in the program: the script's globals keep
/// their names, an imported module's are `<module>.<name>`.
pub(crate) fn qualify(module: &str, name: &str) -> String {
    if module == "__main__" { name.to_string() } else { format!("{module}.{name}") }
}

/// One monomorphised instance.
#[derive(Clone, Debug)]
pub(crate) struct Instance {
    pub sym: String,
    /// `None` for `__main__` (the module body).
    pub func: Option<String>,
    pub args: Vec<Ty>,
    pub ret: Ty,
    /// Local variable types, in first-seen order for stable output.
    pub locals: Vec<(String, Ty)>,
}

impl Instance {
    pub fn local(&self, name: &str) -> Ty {
        self.locals.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()).unwrap_or(Ty::Bottom)
    }
}

/// Everything inference knows about the program; grows monotonically until the fixpoint.
pub(crate) struct State {
    pub funcs: HashMap<String, FuncDef>,
    pub globals: BTreeMap<String, Ty>,
    pub instances: Vec<Instance>,
    pub by_key: HashMap<(String, Vec<Ty>), usize>,
    pub changed: bool,
    /// Set on the final walk: no more growth is expected, and diagnostics are kept.
    pub final_pass: bool,
    /// Set once any construct was refused: the program will not compile, so the fixpoint
    /// stops after one round and the final walk only collects the diagnostics.
    pub refused: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Every use of every py value: (using op, operand index).
    pub uses: HashMap<Value, Vec<(OpId, usize)>>,
    /// The key in `funcs` of each `Generic` or `ClassBody` op, made on first sight.
    pub def_keys: HashMap<OpId, String>,
    /// The imported modules of the program (not `__main__`), by name.
    pub modules: HashMap<String, OpId>,
    /// The names each module binds at module level (its globals), by module.
    pub module_globals: HashMap<String, std::collections::HashSet<String>>,
    /// A module's global bound only by `from m import f` of a `Known` function of module
    /// `m`: the (qualified) global -> the function's key.
    pub aliases: HashMap<String, String>,
    /// Container classes and their element types.
    pub heap: heap::Heap,
    /// The known classes of the script, by global name.
    pub classes: HashMap<String, classes::KnownClass>,
    /// Names bound only by imports of a runtime module or of one of its attributes (see
    /// `runtime_modules`).
    pub module_names: HashMap<String, runtime_modules::Imported>,
    /// The stores of the known classes' `__init__` prefixes (see `classes::init_prefix`): the
    /// stores that bind the fields bound in every instance.
    pub init_stores: std::collections::HashSet<OpId>,
    /// Attributes stored or deleted through receivers of unknown type (see `classes.rs`).
    pub dynamic_attrs: std::collections::HashSet<String>,
    /// Attribute names read or called through receivers of unknown type: a method of a known
    /// class by such a name may run from dynamic code (see `emit/instances.rs`).
    pub dynamic_names: std::collections::HashSet<String>,
    /// Known classes whose class object reached dynamic code.
    pub escaped_classes: std::collections::HashSet<String>,
}

impl State {
    /// Joins `t` into global `name`.
    pub fn join_global(&mut self, name: &str, t: &Ty) {
        if self.final_pass {
            return;
        }
        let old = self.heap.canon(&self.globals.get(name).cloned().unwrap_or(Ty::Bottom));
        let new = self.heap.join(&old, t);
        if new != old || !self.globals.contains_key(name) {
            if new != old {
                self.changed = true;
            }
            self.globals.insert(name.to_string(), new);
        }
    }

    pub fn global(&self, name: &str) -> Ty {
        self.heap.canon(&self.globals.get(name).cloned().unwrap_or(Ty::Bottom))
    }

    /// The instance of `func` for `args`, created on first request.
    /// The type of local `name` of instance `inst`.
    pub fn local(&self, inst: usize, name: &str) -> Ty {
        self.heap.canon(&self.instances[inst].local(name))
    }

    /// The return type of instance `inst`.
    pub fn ret(&self, inst: usize) -> Ty {
        self.heap.canon(&self.instances[inst].ret)
    }

    /// The least upper bound of two types (merging container classes; see [`heap::Heap`]).
    pub fn join(&mut self, a: &Ty, b: &Ty) -> Ty {
        self.heap.join(a, b)
    }

    pub fn instance(&mut self, func: &str, args: Vec<Ty>) -> usize {
        let args: Vec<Ty> = args.iter().map(|t| self.heap.canon(&t.or_object())).collect();
        let key = (func.to_string(), args.clone());
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        // Keys made before container classes merged.
        let same = |i: &Instance| i.func.as_deref() == Some(func) && i.args.iter().map(|t| self.heap.canon(t)).eq(args.iter().cloned());
        if let Some(i) = self.instances.iter().position(same) {
            self.by_key.insert(key, i);
            return i;
        }
        // Instances differ by container class only up to a bound: past it, calls with lists
        // and dicts of new classes share the first instance of their shape, whose classes
        // they merge with (a function called with a hundred list displays is not compiled a
        // hundred times).
        let shape: Vec<Ty> = args.iter().map(Ty::shape).collect();
        let of_shape: Vec<usize> = (0..self.instances.len()).filter(|&i| self.instances[i].func.as_deref() == Some(func) && self.instances[i].args.iter().map(Ty::shape).eq(shape.iter().cloned())).collect();
        if of_shape.len() >= MAX_INSTANCES_PER_SHAPE {
            let i = of_shape[0];
            for (a, b) in self.instances[i].args.clone().iter().zip(&args) {
                self.heap.join(a, b);
            }
            return i;
        }
        // Always a `$` in the name, so an instance never collides with a C symbol (`main`).
        let mut sym = format!("{func}${}", args.iter().map(Ty::mangle).collect::<Vec<_>>().join("$"));
        if self.instances.iter().any(|i| i.sym == sym) || sym == "__main__" {
            sym = format!("{sym}${}", self.instances.len());
        }
        self.instances.push(Instance { sym, func: Some(func.to_string()), args, ret: Ty::Bottom, locals: Vec::new() });
        self.changed = true;
        let i = self.instances.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    pub fn join_local(&mut self, inst: usize, name: &str, t: &Ty) {
        if self.final_pass {
            return;
        }
        match self.instances[inst].locals.iter().position(|(n, _)| n == name) {
            Some(i) => {
                let old = self.heap.canon(&self.instances[inst].locals[i].1);
                let new = self.heap.join(&old, t);
                if new != old {
                    self.instances[inst].locals[i].1 = new;
                    self.changed = true;
                }
            }
            None => {
                let t = self.heap.canon(t);
                self.instances[inst].locals.push((name.to_string(), t));
                self.changed = true;
            }
        }
    }

    pub fn join_ret(&mut self, inst: usize, t: &Ty) {
        if self.final_pass {
            return;
        }
        let old = self.heap.canon(&self.instances[inst].ret);
        let new = self.heap.join(&old, t);
        if new != old {
            self.instances[inst].ret = new;
            self.changed = true;
        }
    }

    /// The key in `funcs` of a `def`, `lambda` or `class` op that is not a `Known` function
    /// (registered on first request): its qualified name, made unique.
    pub fn def_key(&mut self, py: &Module, op: OpId, kind: DefKind) -> String {
        if let Some(k) = self.def_keys.get(&op) {
            return k.clone();
        }
        let qual = py.str_attr(op, "qualname").unwrap_or("<def>").replace(".<locals>.", ".").replace(['<', '>'], "");
        let module = module_of(py, op);
        let mut key = if kind == DefKind::ClassBody { format!("{qual}.<body>") } else { qual };
        key = qualify(&module, &key);
        key = key.replace(['<', '>'], "");
        if self.funcs.contains_key(&key) {
            key = format!("{key}.{}", self.def_keys.len());
        }
        self.funcs.insert(key.clone(), FuncDef::new(py, op, kind));
        self.def_keys.insert(op, key.clone());
        key
    }

    pub fn refuse(&mut self, loc: &Location, construct: &str) {
        self.refused = true;
        if self.final_pass {
            self.diagnostics.push(Diagnostic::not_supported(loc.clone(), construct));
        }
    }
}

/// How many instances of one function may differ only by the container classes of their
/// arguments (see [`State::instance`]).
const MAX_INSTANCES_PER_SHAPE: usize = 4;

/// How many whole-program walks before inference gives up refining and widens what is
/// still changing to `Object` (a safety net; real programs settle in a few rounds).
const MAX_ROUNDS: usize = 64;

/// Runs inference on a `py` module and returns the `typed` module.
pub fn infer_types(py: &Module) -> Result<Module, Vec<Diagnostic>> {
    let mains: Vec<OpId> = py.top_ops().into_iter().filter(|&o| py.op(o).name == "py.module").collect();
    let main = mains
        .iter()
        .copied()
        .find(|&o| py.str_attr(o, "sym_name").is_none_or(|n| n == "__main__"))
        .ok_or_else(|| vec![Diagnostic::internal(Location::Unknown, "infer expects a py.module op".to_string())])?;
    let mut funcs = HashMap::new();
    let mut module_globals = HashMap::new();
    let mut modules = HashMap::new();
    for &m in &mains {
        let name = py.str_attr(m, "sym_name").unwrap_or("__main__").to_string();
        funcs.extend(collect_functions(py, m, &name));
        module_globals.insert(name.clone(), globals_of(py, m));
        if m != main {
            modules.insert(name, m);
        }
    }
    let aliases = collect_aliases(py, &mains, &funcs);
    let mut state = State {
        funcs,
        globals: BTreeMap::new(),
        instances: vec![Instance { sym: "__main__".into(), func: None, args: Vec::new(), ret: Ty::None, locals: Vec::new() }],
        by_key: HashMap::new(),
        changed: true,
        final_pass: false,
        refused: false,
        diagnostics: Vec::new(),
        uses: uses_of_values(py),
        def_keys: HashMap::new(),
        modules,
        module_globals,
        aliases,
        heap: heap::Heap::default(),
        classes: classes::collect_classes(py, main),
        module_names: runtime_modules::module_names(py),
        init_stores: Default::default(),
        dynamic_attrs: Default::default(),
        dynamic_names: Default::default(),
        escaped_classes: Default::default(),
    };
    state.init_stores = state.classes.values().flat_map(|k| k.init_stores.iter().copied()).collect();
    for (name, &op) in &state.modules.clone() {
        let mut def = FuncDef::new(py, op, DefKind::ModuleBody);
        def.module = name.clone();
        state.funcs.insert(qualify(name, "__body__"), def);
    }
    for (f, d) in &state.funcs {
        if d.kind == DefKind::Known {
            state.globals.insert(f.clone(), Ty::Func);
        }
    }
    // The directly called methods of known classes: `Known` functions keyed `<class>.<name>`
    // (their dynamic versions, the function objects in the namespaces, get other keys).
    let mut methods: Vec<(String, OpId)> = state.classes.iter().flat_map(|(c, k)| k.methods.iter().map(move |(m, &op)| (format!("{c}.{m}"), op))).collect();
    methods.sort();
    for (key, op) in methods {
        state.funcs.insert(key, FuncDef::new(py, op, DefKind::Known));
    }
    for c in state.classes.keys() {
        state.heap.instances.insert(c.clone(), heap::InstanceClass::default());
    }
    let mut rounds = 0;
    // Rounds until nothing changes; then what is still unknown becomes `object`, which may
    // change more (an `object` receiver makes its attribute names dynamic, ...): rounds again
    // until that settles too, so the final walk only reads settled facts.
    loop {
        while state.changed {
            state.changed = false;
            rounds += 1;
            if rounds > MAX_ROUNDS {
                widen_everything(&mut state);
            }
            walk_all(py, main, &mut state);
            if rounds > MAX_ROUNDS + 2 || state.refused {
                state.changed = false;
                break;
            }
        }
        finalize(&mut state);
        walk_all(py, main, &mut state);
        if !state.changed || rounds > MAX_ROUNDS + 2 || state.refused {
            break;
        }
    }
    finalize(&mut state);
    state.final_pass = true;
    state.heap.frozen = true;
    let mut out = Module::new();
    let body = out.body();
    for (name, t) in &state.globals {
        let g = out.create_op("typed.global", &[], &[], vec![attr("sym_name", Attr::str(name)), attr("type", Attr::Type(state.heap.ir(&t.or_object())))], Location::Unknown);
        out.append_op(body, g);
    }
    let mut i = 0;
    while i < state.instances.len() {
        FnEmitter::emit(py, main, &mut state, i, &mut out);
        i += 1;
    }
    remove_unreachable_instances(&mut out);
    if !state.diagnostics.is_empty() {
        state.diagnostics.sort_by_key(|d| (d.loc.line(), d.message.clone()));
        state.diagnostics.dedup_by(|a, b| a.loc == b.loc && a.message == b.message);
        return Err(state.diagnostics);
    }
    Ok(out)
}

/// One walk of every instance (new ones included) into a scratch module: only the types it
/// joins into `state` matter.
fn walk_all(py: &Module, main: OpId, state: &mut State) {
    let mut scratch = Module::new();
    let mut i = 0;
    while i < state.instances.len() {
        FnEmitter::emit(py, main, state, i, &mut scratch);
        i += 1;
    }
    state.changed |= std::mem::take(&mut state.heap.changed);
}

/// Finds the module-level `def`s that are called directly: a name bound by exactly one
/// `def` and never otherwise assigned or deleted anywhere in the module. Keys are qualified
/// by the module (`qualify`).
fn collect_functions(py: &Module, main: OpId, module: &str) -> HashMap<String, FuncDef> {
    let mut defs: HashMap<String, Vec<OpId>> = HashMap::new();
    let mut rebound: Vec<String> = Vec::new();
    let body = py.region_entry(main, 0);
    let top: Vec<OpId> = body.map(|b| py.block(b).ops.clone()).unwrap_or_default();
    for &op in &top {
        if py.op(op).name == "py.store_global" {
            if let Some(name) = py.str_attr(op, "name") {
                let src = py.op(op).operands.first().and_then(|v| py.defining_op(*v));
                match src {
                    Some(f) if py.op(f).name == "py.func" => defs.entry(name.to_string()).or_default().push(f),
                    _ => rebound.push(name.to_string()),
                }
            }
        }
    }
    for op in py.walk() {
        let name = &py.op(op).name;
        let nested_store = matches!(name.as_str(), "py.store_global" | "py.delete_global") && !top.contains(&op);
        if nested_store || name == "py.delete_global" {
            if let Some(n) = py.str_attr(op, "name") {
                rebound.push(n.to_string());
            }
        }
    }
    let mut out = HashMap::new();
    for (name, ops) in defs {
        if ops.len() != 1 || rebound.contains(&name) {
            continue;
        }
        let op = ops[0];
        let decorated = py.attr(op, "num_decorators").and_then(Attr::as_int).unwrap_or(0) > 0;
        let plain_params = py.attr(op, "arg_kinds").and_then(Attr::as_array).unwrap_or(&[]).iter().all(|k| matches!(k.as_str(), Some("pos" | "posonly")));
        if decorated || !plain_params || py.attr(op, "is_async").is_some() {
            continue;
        }
        if builtins::is_builtin_name(&name) && read_before_def(py, &top, op, &name) {
            // Until its `def` runs the name is the builtin (CPython's LOAD_GLOBAL): such
            // reads stay dynamic.
            continue;
        }
        let mut def = FuncDef::new(py, op, DefKind::Known);
        let key = qualify(module, &name);
        let ndef = py.attr(op, "num_defaults").and_then(Attr::as_int).unwrap_or(0) as usize;
        def.default_globals = (0..ndef).map(|i| format!("{key}.__defaults__.{i}")).collect();
        def.annotations_global = py.attr(op, "annotation_names").map(|_| format!("{key}.__annotations__"));
        out.insert(key, def);
    }
    out
}

/// Whether global `name`, bound by the module-level `def` `func`, may be read before that
/// `def` runs: read by module-level code before it, or inside a function or class defined
/// before it (which that code may call). Functions defined after it cannot run before it.
fn read_before_def(py: &Module, top: &[OpId], func: OpId, name: &str) -> bool {
    let Some(at) = top.iter().position(|&o| py.op(o).name == "py.store_global" && py.op(o).operands.first().and_then(|v| py.defining_op(*v)) == Some(func)) else { return true };
    let mut ops = Vec::new();
    for &o in top[..at].iter().filter(|&&o| o != func) {
        py.walk_from(o, &mut ops);
    }
    ops.iter().any(|&o| py.op(o).name == "py.load_global" && py.str_attr(o, "name") == Some(name))
}

/// The names a module binds as globals (at module level, or with `global` in functions).
fn globals_of(py: &Module, m: OpId) -> std::collections::HashSet<String> {
    let mut ops = Vec::new();
    py.walk_from(m, &mut ops);
    ops.iter().filter(|&&o| py.op(o).name == "py.store_global").filter_map(|&o| py.str_attr(o, "name").map(String::from)).collect()
}

/// Globals bound only by `from m import f` (at module level), where `f` is a `Known`
/// function of module `m` of the program: calls through them are direct calls of `f`.
fn collect_aliases(py: &Module, mains: &[OpId], funcs: &HashMap<String, FuncDef>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for &m in mains {
        let module = py.str_attr(m, "sym_name").unwrap_or("__main__").to_string();
        let mut ops = Vec::new();
        py.walk_from(m, &mut ops);
        let mut stores: HashMap<String, Vec<OpId>> = HashMap::new();
        for &o in &ops {
            if matches!(py.op(o).name.as_str(), "py.store_global" | "py.delete_global") {
                if let Some(n) = py.str_attr(o, "name") {
                    stores.entry(n.to_string()).or_default().push(o);
                }
            }
        }
        for (name, ss) in stores {
            let [store] = ss[..] else { continue };
            if py.op(store).name != "py.store_global" {
                continue;
            }
            let Some(v) = py.op(store).operands.first().copied() else { continue };
            let Some(src) = py.defining_op(v).filter(|&d| py.op(d).name == "py.import_from") else { continue };
            let Some(i) = py.op(src).results.iter().position(|&r| r == v) else { continue };
            let from = py.str_attr(src, "module").unwrap_or_default();
            let Some(imported) = py.attr(src, "names").and_then(Attr::as_array).and_then(|a| a.get(i)).and_then(Attr::as_str) else { continue };
            let key = qualify(from, imported);
            if funcs.get(&key).is_some_and(|d| d.kind == DefKind::Known) {
                out.insert(qualify(&module, &name), key);
            }
        }
    }
    out
}

/// Safety net when the fixpoint does not settle: every type still moving becomes `Object`.
fn widen_everything(state: &mut State) {
    state.heap.escape_all();
    state.heap.instances.values_mut().for_each(|i| i.fields.iter_mut().for_each(|f| f.1 = Ty::Object));
    for t in state.globals.values_mut() {
        if *t != Ty::Func {
            *t = Ty::Object;
        }
    }
    for inst in state.instances.iter_mut().skip(1) {
        inst.ret = Ty::Object;
        for (_, t) in inst.locals.iter_mut() {
            *t = Ty::Object;
        }
    }
}

/// Settles what stayed `Bottom`: a function that never returns returns None; a variable
/// never given a known type is dynamic.
fn finalize(state: &mut State) {
    for inst in state.instances.iter_mut() {
        if inst.ret == Ty::Bottom {
            inst.ret = Ty::None;
        }
        inst.ret = state.heap.canon(&inst.ret.or_object());
        for (_, t) in inst.locals.iter_mut() {
            *t = state.heap.canon(&t.or_object());
        }
        inst.args = inst.args.iter().map(|t| state.heap.canon(t)).collect();
    }
    for t in state.globals.values_mut() {
        *t = state.heap.canon(&t.or_object());
    }
    state.changed = false;
}

/// Drops instances created while types were still settling but never called in the final
/// program (reachability over `typed.call`, `typed.make_function` and `typed.import_module`
/// from `__main__`).
fn remove_unreachable_instances(m: &mut Module) {
    let funcs: HashMap<String, OpId> =
        m.top_ops().into_iter().filter(|&o| m.op(o).name == "typed.func").filter_map(|o| m.str_attr(o, "sym_name").map(|s| (s.to_string(), o))).collect();
    let mut reached: Vec<String> = vec!["__main__".to_string()];
    let mut i = 0;
    while i < reached.len() {
        if let Some(&f) = funcs.get(&reached[i]) {
            let mut ops = Vec::new();
            m.walk_from(f, &mut ops);
            for o in ops {
                if matches!(m.op(o).name.as_str(), "typed.call" | "typed.make_function" | "typed.import_module") {
                    if let Some(c) = m.attr(o, "callee").and_then(Attr::as_symbol) {
                        if !reached.iter().any(|r| r == c) {
                            reached.push(c.to_string());
                        }
                    }
                }
            }
        }
        i += 1;
    }
    for (name, op) in funcs {
        if !reached.contains(&name) {
            m.detach_op(op);
        }
    }
}

/// Every use of every value of the module.
fn uses_of_values(m: &Module) -> HashMap<Value, Vec<(OpId, usize)>> {
    let mut uses: HashMap<Value, Vec<(OpId, usize)>> = HashMap::new();
    for op in m.walk() {
        for (i, v) in m.op(op).operands.iter().enumerate() {
            uses.entry(*v).or_default().push((op, i));
        }
    }
    uses
}
