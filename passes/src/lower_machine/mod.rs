//! `lower-machine`: the `typed` dialect to the `machine` dialect that every backend consumes.
//!
//! Structured control flow becomes a CFG of blocks; Python values become words (see
//! [`metal0_dialects::runtime_abi`]) with inline fast paths for small ints, unboxed floats and
//! bools, and runtime calls for everything else. Errors follow the error-indicator
//! convention: every fallible call is followed by a branch to the current handler (the
//! function's unwind block, or the dispatch block of the enclosing `try`), which first records
//! a traceback entry. Reference counts become explicit.
//!
//! ## Output
//! Every `typed.func` becomes a `machine.func` of the same name (`__main__` becomes the
//! exported `m0_main`; a name equal to a runtime function's gets a `$` appended). Module
//! globals are word slots `g.<name>` (0 = unbound; floats and bools boxed; a `def`'d
//! function's slot holds 1 once the `def` ran). Constants and builtins are cached in slots
//! (`str.N`, `int.N`, `builtin.<name>`, `const.None`, `kw.N` for a call site's keyword names
//! tuple) next to deduplicated `machine.data` bytes (`d.N`); a slot is read inline and filled
//! by the runtime on first use, on a cold path. A function object (`typed.make_function`) is
//! made by the runtime from the `def`'s signature (cached in slot `code.N`), its defaults and
//! closure cells; its code is the local wrapper `<instance>.vc` (see `funcobj`); a module-level
//! function used as a value is made once and cached in slot `fn.<instance>`. Locals are variable slots: a
//! word slot starts at 0 (unbound), a float or bool local has an extra `i1` "bound" slot.
//!
//! A function whose `int` parameters are never reassigned and feed int operations is two
//! functions: `<name>` tests the parameters' tags once at entry and runs a version of the body
//! where they are known small ints, or calls the general version `<name>.general` with the
//! same arguments (see `FuncLowering::lower`). The blocks of a function are placed hot first;
//! `hot_blocks = N` on the `machine.func` tells the backend the rest are cold.
//!
//! ## Ints
//! Int operations have inline fast paths on small ints (see `numbers`); what is known about
//! ints (see `known`) removes work that cannot matter: a word known to be a small int needs
//! no tag test and no reference counting; an operation whose result provably stays small
//! (from ranges of values, e.g. `n - 1` where `n >= 2`) has no overflow check, no slow path,
//! and its result is known small; ranges are learnt from the branches of comparisons. A
//! comparison that only feeds an `if` or a `while` condition branches directly from its fast
//! and slow paths. Operands whose last use is an operation are dropped on its slow path only.
//! Generic operations (`typed.obj.binop`, comparisons) on values that may be ints have the
//! same small-int fast paths before the runtime's dispatch. An innermost loop reading int
//! locals is two loops: a fast one entered while one combined tag test says those locals are
//! small at the head of an iteration, and a general one (cold) that takes over for good.
//!
//! ## Reference counting, as built
//! - Every word an op produces is an owned reference, held by the block that defines it (its
//!   *scope*) until its last use in that block (uses inside nested regions count as uses by the
//!   op that owns the region); it is decref'd right after that op. Unused results are
//!   decref'd right after their op. Error paths and jumps (`return`, `break`, `continue`)
//!   decref every temporary still held by the scopes they leave, so nothing leaks on any path.
//! - Arguments of runtime calls and of compiled functions are borrowed.
//! - Stores (`store_local`, `store_global`), `typed.result` and `typed.return` take an owned
//!   reference: they *move* the temporary when this op is its last use, else they incref it.
//!   The previous value of a slot is decref'd after the store (not for a first store at the
//!   top of the function body, which replaces nothing).
//! - A load increfs what it reads, unless the value is only used before the variable can
//!   change (no write to it up to the value's last use; for globals, also no op that could
//!   run user code): such a load is borrowed (see `analysis`).
//! - Function parameters are borrowed from the caller; the explicit `typed.store_local` of
//!   each parameter at entry increfs it into its local, unless the local is never written
//!   again: then it keeps borrowing the caller's reference (see `analysis`). Locals are
//!   decref'd when the function returns or unwinds (borrowed parameters excepted). Module
//!   globals live forever.
//! - Constants, builtins and `None` read from their cache slots are borrowed (the slot keeps
//!   them alive for the whole run).
//! - Words that may be small ints (static type `int` or `object`) use an inline check
//!   (`(w & 1) == 0`) before calling `rt_incref`/`rt_decref` (on a cold path for `int`);
//!   small int constants, words known to be small ints and `None` words are never counted;
//!   `float`/`bool` are unboxed.
//!
//! ## Recursion depth
//! Every compiled function but `<module>` takes the depth of its frame as a hidden last
//! parameter (an `i64`; `<module>` is depth 0): a direct call passes the caller's depth plus
//! one, so counting costs no memory traffic and nothing to undo on any return or unwinding
//! path. On entry, a depth past `RECURSION_CHECK_DEPTH` calls `rt_recursion_check` (on a cold
//! path; RecursionError returns the error sentinel at once). For calls that come back through
//! the runtime (function objects, see `funcobj`), compiled code stores its depth in the module
//! slot `recursion.depth` before every runtime call that may run compiled code (all but
//! [`NEVER_REENTER`]); a wrapper reads it there. The `.general` version of a two-version
//! function is part of its caller's frame: it gets the same depth and does not check it.
//!
//! Files: `emit` (machine op builders), `refcount` (scopes, temporaries, incref/decref),
//! `analysis` (definitely bound loads, fresh stores, borrowed loads and parameters), `errors`
//! (error checks, try/except/finally, raise, assert), `control` (if, loops, and/or/ifexp,
//! return/break/continue), `exprs` (representation changes, constants, variables), `numbers`
//! (int, float, bool), `known` (small ints and ranges known while lowering), `objects`
//! (generic operations, displays, unpacking, calls), `funcobj` (functions used as values:
//! function objects and their vectorcall wrappers), `shadows` (the objects unboxed floats
//! stand for: float identity).

mod analysis;
mod classes;
mod control;
mod emit;
mod errors;
mod exprs;
mod funcobj;
mod generators;
mod instances;
mod known;
mod lists;
mod numbers;
mod objects;
mod refcount;
mod shadows;
mod with_match;

use crate::manager::Pass;
use control::{Cleanup, LoopCtx};
use errors::Handler;
use metal0_dialects::diagnostic::Diagnostic;
use metal0_dialects::typed::{Repr, repr_of};
use metal0_dialects::{Attr, BlockId, Location, Module, OpId, RegionId, Type, Value, attr, machine, runtime_abi};
use refcount::{RcKind, Scope};
use std::collections::{HashMap, HashSet};

/// The `lower-machine` pass.
pub struct LowerMachine;

impl Pass for LowerMachine {
    fn name(&self) -> &'static str {
        "lower-machine"
    }
    fn run(&self, module: &mut Module) -> Result<(), Vec<Diagnostic>> {
        *module = lower_to_machine(module)?;
        Ok(())
    }
}

/// The globals the main module's body binds (`store_global`, `define_function`), in the order
/// of their first binding op; names with a dot are other modules' globals and hidden ones.
fn main_global_order(src: &Module, tops: &[OpId]) -> Vec<String> {
    let Some(&main) = tops.iter().find(|&&op| src.op(op).name == "typed.func" && src.str_attr(op, "sym_name") == Some("__main__")) else {
        return Vec::new();
    };
    let mut ops = Vec::new();
    src.walk_from(main, &mut ops);
    let mut seen = HashSet::new();
    let mut names = Vec::new();
    for o in ops {
        if matches!(src.op(o).name.as_str(), "typed.store_global" | "typed.define_function")
            && let Some(name) = src.str_attr(o, "name")
            && !name.contains('.')
            && seen.insert(name.to_string())
        {
            names.push(name.to_string());
        }
    }
    names
}

/// Lowers a `typed` module to a new `machine` module.
pub fn lower_to_machine(src: &Module) -> Result<Module, Vec<Diagnostic>> {
    let mut ms = ModuleState::default();
    let tops = src.top_ops();
    for &op in &tops {
        match src.op(op).name.as_str() {
            "typed.global" => {
                let name = src.str_attr(op, "sym_name").unwrap_or_default().to_string();
                let ty = src.attr(op, "type").and_then(Attr::as_type).cloned().unwrap_or_else(|| metal0_dialects::typed::ty("object"));
                ms.globals.insert(name.clone(), ty);
                ms.global_slot(&name);
            }
            "typed.func" => {
                let sym = src.str_attr(op, "sym_name").unwrap_or_default().to_string();
                let (params, ret) = match src.attr(op, "function_type").and_then(Attr::as_type) {
                    Some(Type::Function { inputs, results }) => (inputs.iter().map(repr_of).collect(), results.first().map(repr_of).unwrap_or(Repr::Word)),
                    _ => {
                        ms.diags.push(Diagnostic::internal(src.op(op).loc.clone(), format!("typed.func @{sym} has no function_type")));
                        (Vec::new(), Repr::Word)
                    }
                };
                let py_name = src.str_attr(op, "py_name").unwrap_or(&sym).to_string();
                ms.funcs.insert(sym.clone(), FuncSig { machine_name: machine_name(&sym), params, ret, py_name });
            }
            other => {
                let msg = format!("lower-machine: unexpected '{other}' at module level");
                ms.diags.push(Diagnostic::internal(src.op(op).loc.clone(), msg));
            }
        }
    }
    shadows::signatures(src, &tops, &mut ms.funcs);
    ms.main_globals = main_global_order(src, &tops);
    let mut funcs = Vec::new();
    for &op in &tops {
        if src.op(op).name == "typed.func" && src.attr(op, "generator").is_some() {
            funcs.extend(generators::lower_generator(src, &mut ms, op));
        } else if src.op(op).name == "typed.func" {
            let (func, general) = FuncLowering::lower(src, &mut ms, op, None);
            funcs.push(func);
            if let Some(name) = general {
                funcs.push(FuncLowering::lower(src, &mut ms, op, Some(name)).0);
            }
        }
    }
    // The code of the functions used as values (requested while lowering the bodies above).
    for i in 0..ms.wrappers.len() {
        let spec = ms.wrappers[i].clone();
        funcs.push(funcobj::lower_wrapper(src, &mut ms, &spec));
    }
    if !ms.diags.is_empty() {
        return Err(ms.diags);
    }
    let body = ms.out.body();
    for op in ms.decls.iter().copied().chain(funcs) {
        ms.out.append_op(body, op);
    }
    Ok(ms.out)
}

/// Runtime functions that never run compiled code (no user code: no calls, no dunder
/// methods), or only through a finalizer (`rt_decref`, which may run a `__del__`: it then runs
/// with the depth last stored, a small inaccuracy accepted to keep every decref free of a
/// store): calling them needs no store of the recursion depth.
const NEVER_REENTER: &[&str] = &[
    "rt_incref", "rt_decref", "rt_none", "rt_bool_box", "rt_str_const", "rt_bytes_const", "rt_int_const", "rt_float_box", "rt_float_unbox",
    "rt_int_add", "rt_int_sub", "rt_int_mul", "rt_int_floordiv", "rt_int_mod", "rt_int_pow", "rt_int_lshift", "rt_int_rshift", "rt_int_and",
    "rt_int_or", "rt_int_xor", "rt_int_neg", "rt_int_invert", "rt_int_truediv", "rt_int_cmp", "rt_int_to_float", "rt_float_div",
    "rt_float_floordiv", "rt_float_mod", "rt_float_pow", "rt_slice_new", "rt_load_builtin", "rt_import", "rt_list_new", "rt_tuple_new",
    "rt_dict_new", "rt_list_append", "rt_list_to_tuple", "rt_str_concat_n", "rt_err_occurred", "rt_err_fetch", "rt_err_restore",
    "rt_exc_set_handled", "rt_exc_restore_handled", "rt_traceback_add", "rt_traceback_keep", "rt_main_global", "rt_raise_name_error", "rt_raise_unbound_local",
    "rt_recursion_check", "rt_function_new", "rt_list_getitem", "rt_list_setitem",
];

/// The machine symbol of a typed function: `__main__` is the exported entry point; a name
/// that would shadow a runtime function or the entry point gets a `$` appended.
fn machine_name(sym: &str) -> String {
    if sym == "__main__" {
        runtime_abi::ENTRY_SYMBOL.to_string()
    } else if runtime_abi::lookup(sym).is_some() || sym == runtime_abi::ENTRY_SYMBOL {
        format!("{sym}$")
    } else {
        sym.to_string()
    }
}

/// The machine type holding a representation.
fn machine_type(r: Repr) -> Type {
    match r {
        Repr::Word => machine::word(),
        Repr::F64 => Type::F64,
        Repr::Bool => Type::Int(1),
    }
}

/// What a call site needs to know about a compiled function.
#[derive(Clone, Debug)]
struct FuncSig {
    machine_name: String,
    params: Vec<Repr>,
    ret: Repr,
    /// The Python name, whose global is bound once the `def` ran.
    py_name: String,
}

/// Module-level output shared by all functions: the machine module being built, the
/// deduplicated data and cache slots, and what is known about globals and functions.
#[derive(Default)]
struct ModuleState {
    out: Module,
    /// `machine.global` / `machine.data` declarations, in creation order.
    decls: Vec<OpId>,
    /// Read-only bytes -> their `machine.data` symbol.
    data: HashMap<Vec<u8>, String>,
    /// (kind, key) -> cache slot symbol (`str.0`, `builtin.print`, `kw.0`, ...).
    slots: HashMap<(&'static str, Vec<u8>), String>,
    /// Number of slots created per kind, for naming.
    counts: HashMap<&'static str, usize>,
    /// Python global name -> its typed type.
    globals: HashMap<String, Type>,
    /// Globals whose slot was declared.
    declared_globals: HashSet<String>,
    funcs: HashMap<String, FuncSig>,
    /// The wrappers to generate for functions used as values, in request order.
    wrappers: Vec<funcobj::WrapperSpec>,
    /// The main module's globals in the order its body first binds them (CPython's module
    /// dict order): registered for shutdown, and candidates of NameError suggestions.
    main_globals: Vec<String>,
    diags: Vec<Diagnostic>,
}

impl ModuleState {
    fn declare(&mut self, name: &str, attrs: Vec<(String, Attr)>) {
        let op = self.out.create_op(name, &[], &[], attrs, Location::Unknown);
        self.decls.push(op);
    }

    /// The `machine.data` symbol holding `bytes` (NUL-terminated by the backend).
    fn data_sym(&mut self, bytes: &[u8]) -> String {
        if let Some(s) = self.data.get(bytes) {
            return s.clone();
        }
        let sym = format!("d.{}", self.data.len());
        self.declare("machine.data", vec![attr("sym_name", Attr::str(&sym)), attr("bytes", Attr::Str(bytes.to_vec()))]);
        self.data.insert(bytes.to_vec(), sym.clone());
        sym
    }

    /// A word-sized cache slot for `kind` and `key`, named `kind.N` (or `kind.key` when
    /// `named`), created zeroed on first request.
    fn slot_sym(&mut self, kind: &'static str, key: &[u8], named: bool) -> String {
        if let Some(s) = self.slots.get(&(kind, key.to_vec())) {
            return s.clone();
        }
        let n = self.counts.entry(kind).or_insert(0);
        let sym = if named { format!("{kind}.{}", String::from_utf8_lossy(key)) } else { format!("{kind}.{n}") };
        *n += 1;
        self.declare("machine.global", vec![attr("sym_name", Attr::str(&sym)), attr("size", Attr::i64(8))]);
        self.slots.insert((kind, key.to_vec()), sym.clone());
        sym
    }

    /// The slot of module global `name`: `g.<name>`.
    fn global_slot(&mut self, name: &str) -> String {
        let sym = format!("g.{name}");
        if self.declared_globals.insert(name.to_string()) {
            self.declare("machine.global", vec![attr("sym_name", Attr::str(&sym)), attr("size", Attr::i64(8))]);
        }
        sym
    }
}

/// A local variable's slots.
#[derive(Clone, Debug)]
struct Local {
    /// Its typed type.
    ty: Type,
    repr: Repr,
    /// The value slot.
    slot: u32,
    /// For unboxed locals: an `i1` slot that is 1 once the local is bound.
    bound: Option<u32>,
}

/// The state of lowering one `typed.func` into one `machine.func`.
struct FuncLowering<'a> {
    src: &'a Module,
    ms: &'a mut ModuleState,
    entry: BlockId,
    /// Where ops are appended; None after a terminator (the code that follows is dead).
    cur: Option<BlockId>,
    /// Blocks placed in the function, hot ones first; cold ones (slow and error paths) are
    /// appended after.
    hot: Vec<BlockId>,
    cold: Vec<BlockId>,
    placed: HashSet<BlockId>,
    /// Blocks some branch targets.
    targeted: HashSet<BlockId>,
    /// Blocks some hot block branches to; the others are entered as cold.
    hot_targets: HashSet<BlockId>,
    /// Whether the current block is hot.
    cur_hot: bool,
    var_types: Vec<Type>,
    locals: HashMap<String, Local>,
    /// Local names in declaration order (for deterministic decref at return).
    local_order: Vec<String>,
    /// Typed value -> machine value.
    values: HashMap<Value, Value>,
    /// Location of the typed op being lowered: given to every machine op, and its position
    /// to traceback entries.
    loc: Location,
    /// Whether error sites record traceback entries (not in wrappers, which have no frame).
    tracebacks: bool,
    ret: Repr,
    /// The Python name (`<module>` for `__main__`).
    py_name: String,
    last_uses: HashMap<BlockId, std::rc::Rc<HashMap<Value, usize>>>,
    scopes: Vec<Scope>,
    handlers: Vec<Handler>,
    loops: Vec<LoopCtx>,
    cleanups: Vec<Cleanup>,
    /// Definitely bound loads, fresh stores.
    facts: analysis::VarFacts,
    /// How many times each typed value of the function is used.
    use_counts: HashMap<Value, usize>,
    /// Unboxed float fields known bound here, by receiver local and field index (see
    /// `instances`).
    bound_fields: std::collections::HashSet<(String, i64)>,
    /// The iterables of the function's `typed.for` loops.
    for_iterables: std::collections::HashSet<Value>,
    /// An int comparison whose lowering waits for the branch that consumes it (see
    /// `numbers::defer_int_cmp`).
    pending_cmp: Option<numbers::PendingCmp>,
    /// Words known to be small ints, and locals known to hold small ints here (see `known`).
    small: HashMap<Value, known::Range>,
    small_locals: known::SmallLocals,
    /// The small locals each region of a construct that may run its regions in any order
    /// starts with (by the entry block of the region).
    small_at_region: HashMap<BlockId, known::SmallLocals>,
    /// Set when lowering the body of a generator (see `generators`).
    generator: Option<generators::GenCtx>,
    /// The recursion depth of this frame (see "Recursion depth" above); None only while the
    /// entry block is being set up.
    depth: Option<Value>,
    /// The objects of unboxed floats (see `shadows`).
    shadow: shadows::Shadows,
    /// The typed function being lowered (None for generated wrappers).
    fop: Option<OpId>,
    /// NameError suggestion candidates, made on first need (`name_error_candidates`).
    name_candidates: Option<Vec<u8>>,
}

impl<'a> FuncLowering<'a> {
    /// Lowers `fop` and returns the (detached) `machine.func`, and the name of its general
    /// version when it has a small-int version (see [`Self::small_int_params`]): the function
    /// then runs the body specialised for small int parameters, or calls the general version
    /// (lowered by a second call with `general` set to its name).
    fn lower(src: &'a Module, ms: &'a mut ModuleState, fop: OpId, general: Option<String>) -> (OpId, Option<String>) {
        let sym = src.str_attr(fop, "sym_name").unwrap_or_default().to_string();
        let sig = ms.funcs[&sym].clone();
        let is_main = sym == "__main__";
        let py_name = if is_main { "<module>".to_string() } else { sig.py_name.clone() };
        let mut param_types: Vec<Type> = sig.params.iter().map(|r| machine_type(*r)).collect();
        if !is_main {
            param_types.push(Type::Int(64));
        }
        let fty = Type::Function { inputs: param_types.clone(), results: vec![machine_type(sig.ret)] };
        let machine_name = general.clone().unwrap_or_else(|| sig.machine_name.clone());
        let mut attrs = vec![attr("sym_name", Attr::str(&machine_name)), attr("function_type", Attr::Type(fty.clone()))];
        if is_main && general.is_none() {
            attrs.push(attr("linkage", Attr::str("export")));
        }
        let loc = src.op(fop).loc.clone();
        let func = ms.out.create_op("machine.func", &[], &[], attrs, loc.clone());
        let region = ms.out.add_region(func);
        let entry = ms.out.create_block(&param_types);
        let facts = src.region_entry(fop, 0).map(|b| analysis::analyze(src, b)).unwrap_or_default();
        let mut f = FuncLowering::new(src, ms, entry, loc, py_name, sig.ret, facts);
        f.fop = Some(fop);
        let mut all = Vec::new();
        src.walk_from(fop, &mut all);
        for o in all {
            for &v in &src.op(o).operands {
                *f.use_counts.entry(v).or_default() += 1;
            }
            if src.op(o).name == "typed.for" {
                f.for_iterables.insert(src.op(o).operands[0]);
            }
        }
        f.declare_locals(fop);
        let machine_params = f.ms.out.block(entry).args.clone();
        if is_main {
            f.depth = Some(f.i64c(0));
            f.register_main_globals();
        } else {
            f.depth = machine_params.last().copied();
            if general.is_none() {
                f.check_depth();
            }
        }
        let unwind = f.new_block();
        f.handlers.push(Handler { block: unwind, depth: 0 });
        let mut general_name = None;
        if let Some(body) = src.region_entry(fop, 0) {
            // Parameters are borrowed from the caller: mapped, never decref'd here.
            let params = machine_params[..sig.params.len()].to_vec();
            let args = f.shadow_params(body, &params);
            let small_params = if general.is_some() { Vec::new() } else { f.small_int_params(body) };
            if small_params.is_empty() {
                f.lower_body(body, &args);
            } else {
                // Two versions of the body: this one where the int parameters (never
                // reassigned) are known small ints, entered when their tags say so, and the
                // general one, a function of its own (so its registers and stack do not
                // weigh on this one), called with the same (borrowed) arguments. Its result
                // or error is this call's: it records its own traceback entries.
                let name = format!("{}.general", sig.machine_name);
                let words: Vec<Value> = small_params.iter().map(|(i, _)| params[*i]).collect();
                let mut all = words[0];
                for &w in &words[1..] {
                    all = f.bin("band", all, w);
                }
                let small = f.is_small(all);
                let (fast, slow) = (f.new_block(), f.new_block());
                f.cond_br(small, fast, slow);
                f.enter_cold(slow);
                let r = f.call_fn(&name, &machine_params, machine_type(sig.ret));
                f.op("machine.return", &[r], &[], vec![]);
                f.cur = None;
                f.enter(fast);
                f.small_locals = small_params.into_iter().map(|(_, n)| (n, known::FULL)).collect();
                f.lower_body(body, &args);
                general_name = Some(name);
            }
        }
        if f.cur.is_some() {
            // An empty body.
            f.return_none();
        }
        if f.targeted.contains(&unwind) {
            f.enter_cold(unwind);
            f.keep_locals_with_exception();
            let sentinel = f.zero_of(f.ret);
            f.op("machine.return", &[sentinel], &[], vec![]);
            f.cur = None;
        }
        f.finish(func, region);
        (func, general_name)
    }

    /// RecursionError when this frame is too deep (see "Recursion depth" above).
    fn check_depth(&mut self) {
        let depth = self.depth.expect("depth");
        let deep = self.icmp_imm("sgt", depth, runtime_abi::RECURSION_CHECK_DEPTH);
        let (check, body) = (self.new_block(), self.new_block());
        self.cond_br(deep, check, body);
        self.enter_cold(check);
        let r = self.rt_val("rt_recursion_check", &[depth]);
        let failed = self.icmp_imm("slt", r, 0);
        let (fail, ok) = (self.new_block(), self.new_block());
        self.cond_br(failed, fail, ok);
        self.enter_cold(fail);
        // Nothing is bound yet: nothing to drop.
        let sentinel = self.zero_of(self.ret);
        self.op("machine.return", &[sentinel], &[], vec![]);
        self.enter_cold(ok);
        self.br(body);
        self.enter(body);
    }

    /// The depth of the frame of a function this one calls directly.
    fn callee_depth(&mut self) -> Value {
        let depth = self.depth.expect("depth");
        self.bin_imm("iadd", depth, 1)
    }

    /// Stores this frame's own depth back in the depth slot: code the runtime calls (a
    /// wrapper, a generator's resume function) reads the slot on entry and must leave it as
    /// it found it, or repeated calls from one runtime caller (`sorted(key=f)`) would seem
    /// ever deeper.
    fn restore_depth_slot(&mut self) {
        if let Some(d) = self.depth {
            let p = self.depth_slot();
            self.store(d, p, 0);
        }
    }

    /// The module slot through which the depth reaches code the runtime calls back.
    fn depth_slot(&mut self) -> Value {
        let slot = self.ms.slot_sym("recursion", b"depth", true);
        self.addr(&slot)
    }

    /// Lowers the function body; falling off its end is `return None`.
    fn lower_body(&mut self, body: BlockId, args: &[(Value, bool)]) {
        self.lower_block(body, args);
        if self.cur.is_some() {
            self.return_none();
        }
    }

    /// The borrowed parameters of static type `int` (argument index, local name) worth a
    /// small-int version of the body: some int operation or range loop uses them directly,
    /// and the body is small enough to be lowered twice.
    fn small_int_params(&self, body: BlockId) -> Vec<(usize, String)> {
        const MAX_OPS: usize = 400;
        let args = &self.src.block(body).args;
        let mut ops = Vec::new();
        for &op in &self.src.block(body).ops {
            self.src.walk_from(op, &mut ops);
        }
        if ops.len() > MAX_OPS {
            return Vec::new();
        }
        let params: Vec<(usize, String)> = ops
            .iter()
            .filter(|o| self.facts.param_stores.contains(o))
            .filter_map(|&o| {
                let name = self.src.str_attr(o, "name")?.to_string();
                let i = args.iter().position(|a| self.src.op(o).operands.first() == Some(a))?;
                self.locals.get(&name).is_some_and(|l| l.ty.is("typed", "int") && self.src.value_type(args[i]).is("typed", "int")).then_some((i, name))
            })
            .collect();
        let used = ops.iter().any(|&o| {
            let d = self.src.op(o);
            (d.name.starts_with("typed.int.") || d.name == "typed.for_range")
                && d.operands.iter().any(|&v| {
                    self.src.defining_op(v).is_some_and(|l| {
                        self.src.op(l).name == "typed.load_local" && params.iter().any(|(_, n)| self.src.str_attr(l, "name") == Some(n.as_str()))
                    })
                })
        });
        if used { params } else { Vec::new() }
    }

    /// The state of lowering a function whose entry block is `entry`, at `loc`, named
    /// `py_name` in tracebacks, returning `ret`.
    fn new(src: &'a Module, ms: &'a mut ModuleState, entry: BlockId, loc: Location, py_name: String, ret: Repr, facts: analysis::VarFacts) -> Self {
        FuncLowering {
            src,
            ms,
            entry,
            cur: Some(entry),
            hot: vec![entry],
            cold: Vec::new(),
            placed: HashSet::from([entry]),
            targeted: HashSet::new(),
            hot_targets: HashSet::new(),
            cur_hot: true,
            var_types: Vec::new(),
            locals: HashMap::new(),
            local_order: Vec::new(),
            values: HashMap::new(),
            loc,
            tracebacks: true,
            ret,
            py_name,
            last_uses: HashMap::new(),
            scopes: Vec::new(),
            handlers: Vec::new(),
            loops: Vec::new(),
            cleanups: Vec::new(),
            facts,
            use_counts: HashMap::new(),
            for_iterables: Default::default(),
            bound_fields: Default::default(),
            pending_cmp: None,
            small: HashMap::new(),
            small_locals: known::SmallLocals::new(),
            small_at_region: HashMap::new(),
            generator: None,
            depth: None,
            shadow: Default::default(),
            fop: None,
            name_candidates: None,
        }
    }

    /// Declares the slots of every local of typed function `fop` and binds them to "unbound"
    /// at entry.
    fn declare_locals(&mut self, fop: OpId) {
        let names: Vec<String> =
            self.src.attr(fop, "locals").and_then(Attr::as_array).unwrap_or(&[]).iter().map(|a| a.as_str().unwrap_or_default().to_string()).collect();
        let types: Vec<Type> = self
            .src
            .attr(fop, "local_types")
            .and_then(Attr::as_array)
            .unwrap_or(&[])
            .iter()
            .map(|a| a.as_type().cloned().unwrap_or_else(|| metal0_dialects::typed::ty("object")))
            .collect();
        for (i, n) in names.iter().enumerate() {
            let ty = types.get(i).cloned().unwrap_or_else(|| metal0_dialects::typed::ty("object"));
            self.add_local(n, ty);
        }
        self.declare_shadows(fop);
    }

    fn add_local(&mut self, name: &str, ty: Type) -> Local {
        let repr = repr_of(&ty);
        let slot = self.new_var(machine_type(repr));
        let bound = if repr == Repr::Word { None } else { Some(self.new_var(Type::Int(1))) };
        let zero = self.zero_of(repr);
        self.set(slot, zero);
        if let Some(b) = bound {
            let f = self.i1c(false);
            self.set(b, f);
        }
        let local = Local { ty, repr, slot, bound };
        self.locals.insert(name.to_string(), local.clone());
        self.local_order.push(name.to_string());
        local
    }

    /// The slots of local `name`. A name missing from the function's `locals` (which
    /// inference should not produce) is declared on the spot as an object local, initialised
    /// at the start of the entry block.
    fn local(&mut self, name: &str) -> Local {
        if let Some(l) = self.locals.get(name) {
            return l.clone();
        }
        let (cur, n) = (self.cur, self.ms.out.block(self.entry).ops.len());
        self.cur = Some(self.entry);
        let l = self.add_local(name, metal0_dialects::typed::ty("object"));
        // Move the two init ops just appended to the entry block to its start.
        let ops = self.ms.out.block(self.entry).ops[n..].to_vec();
        for (i, op) in ops.into_iter().enumerate() {
            self.ms.out.detach_op(op);
            self.ms.out.insert_op(self.entry, i, op);
        }
        self.cur = cur;
        l
    }

    /// Decrefs every word local (at return and unwind).
    /// `rt_main_global` for each global the main module's body binds, in the order of the
    /// first binding (CPython's module dict order): the runtime drops them in that order at
    /// shutdown, finalizing what dies (`object::drop_globals_at_shutdown`).
    fn register_main_globals(&mut self) {
        for name in self.ms.main_globals.clone() {
            let slot = self.ms.global_slot(&name);
            let p = self.addr(&slot);
            self.rt("rt_main_global", &[p]);
        }
    }

    /// Leaving by an exception: the owned object locals go to the exception
    /// (`rt_traceback_keep`), which keeps them alive as CPython's traceback keeps the frame.
    fn keep_locals_with_exception(&mut self) {
        self.release_locals(|f, w, _| {
            f.rt("rt_traceback_keep", &[w]);
        });
    }

    fn decref_locals(&mut self) {
        self.release_locals(|f, w, rc| f.decref(w, rc));
    }

    /// Gives up the function's owned object locals (borrowed parameters excepted) with
    /// `release`, then its float shadows.
    fn release_locals(&mut self, mut release: impl FnMut(&mut Self, Value, RcKind)) {
        for name in self.local_order.clone() {
            if self.facts.borrowed_locals.contains(&name) {
                continue;
            }
            let l = self.locals[&name].clone();
            if let (Repr::Word, Some(rc)) = (l.repr, refcount::rc_of(&l.ty)) {
                let w = self.get(l.slot);
                release(self, w, rc);
            }
        }
        self.decref_shadows();
    }

    /// Reports an internal error at the current location.
    fn internal(&mut self, msg: impl Into<String>) {
        let msg = format!("lower-machine: {}", msg.into());
        self.ms.diags.push(Diagnostic::internal(self.loc.clone(), msg));
    }

    /// Places the blocks in the region, checks that every branch target was placed and every
    /// block is terminated, and records the variable slot types.
    fn finish(&mut self, func: OpId, region: RegionId) {
        let blocks: Vec<BlockId> = self.hot.iter().chain(self.cold.iter()).copied().collect();
        for &b in &blocks {
            self.ms.out.append_block(region, b);
            let last = self.ms.out.block(b).ops.last().map(|o| self.ms.out.op(*o).name.clone());
            if !matches!(last.as_deref(), Some("machine.br" | "machine.cond_br" | "machine.return" | "machine.trap")) {
                self.internal(format!("a block of @{} is not terminated", self.py_name));
            }
        }
        if self.targeted.iter().any(|b| !self.placed.contains(b)) {
            self.internal(format!("@{} branches to a block that was never filled", self.py_name));
        }
        let types = Attr::Array(self.var_types.iter().cloned().map(Attr::Type).collect());
        self.ms.out.set_attr(func, "var_types", types);
        // The blocks after the first `hot_blocks` are slow and error paths: the backend moves
        // them out of the way of the hot code.
        self.ms.out.set_attr(func, "hot_blocks", Attr::i64(self.hot.len() as i64));
    }

    // ---- the op dispatcher -------------------------------------------------------------------

    fn lower_op(&mut self, op: OpId) {
        let name = self.src.op(op).name.clone();
        let keeps_fields = self.keeps_bound_fields(op);
        if !keeps_fields {
            self.bound_fields.clear();
        }
        self.lower_op_facts(op, &name);
        if !keeps_fields {
            self.bound_fields.clear();
        }
    }

    fn lower_op_facts(&mut self, op: OpId, name: &str) {
        let name = name.to_string();
        // Constructs with regions other than `if` and the loops that track small locals
        // themselves (`for`, `try`, `and`/`or`, `ifexp`, `assert`): what they store is not
        // known small anywhere in them nor after them, and each of their regions starts (and
        // the code after them continues) with what was known before them.
        if self.src.op(op).regions.is_empty() || matches!(name.as_str(), "typed.if" | "typed.while" | "typed.for_range") {
            self.lower_op_inner(op, &name);
            return;
        }
        self.forget_small_stored(op);
        let before = self.small_locals.clone();
        for b in self.region_entries(op) {
            self.small_at_region.insert(b, before.clone());
        }
        self.lower_op_inner(op, &name);
        self.small_locals = before;
    }

    /// The entry blocks of the regions of `op` and of the `typed.except` clauses in them.
    fn region_entries(&self, op: OpId) -> Vec<BlockId> {
        let mut out = Vec::new();
        for &r in &self.src.op(op).regions {
            if let Some(&b) = self.src.region(r).blocks.first() {
                out.push(b);
                for &o in &self.src.block(b).ops {
                    if self.src.op(o).name == "typed.except" {
                        out.extend(self.region_entries(o));
                    }
                }
            }
        }
        out
    }

    fn lower_op_inner(&mut self, op: OpId, name: &str) {
        match name {
            "typed.load_local" | "typed.store_local" | "typed.delete_local" => self.lower_local(op),
            "typed.load_global" | "typed.store_global" | "typed.delete_global" | "typed.define_function" => self.lower_global(op),
            "typed.builtin" | "typed.import" => self.lower_builtin(op),
            "typed.const_int" | "typed.const_float" | "typed.const_bool" | "typed.const_str" | "typed.const_bytes" | "typed.const_none" => self.lower_const(op),
            "typed.const_ellipsis" => {
                // Immortal, like None: borrowed from its cache slot.
                let r = self.result(op);
                let slot = self.ms.slot_sym("const", b"Ellipsis", true);
                let w = self.slot_cached(&slot, |s, slot| {
                    let w = s.rt_val("rt_ellipsis", &[]);
                    s.store(w, slot, 0);
                    w
                });
                self.values.insert(r, w);
            }
            "typed.int.binop" | "typed.int.truediv" | "typed.int.neg" | "typed.int.invert" | "typed.int.cmp" => self.lower_int(op),
            "typed.float.binop" | "typed.float.neg" | "typed.float.cmp" => self.lower_float(op),
            "typed.not" | "typed.truthy" | "typed.int_to_float" | "typed.bool_to_int" | "typed.box" | "typed.unbox" | "typed.is" => self.lower_conversion(op),
            "typed.obj.call" | "typed.obj.call_method" => self.lower_obj_call(op),
            "typed.obj.unpack" => self.lower_unpack(op),
            n if n.starts_with("typed.obj.") => self.lower_obj_op(op),
            "typed.str_of" | "typed.format" | "typed.build_str" => self.lower_str_op(op),
            "typed.list.new" | "typed.tuple.new" | "typed.set.new" | "typed.dict.new" => self.lower_display(op),
            "typed.list.append" => {
                let w = self.words(&self.operands(op));
                self.rt_checked("rt_list_append", &[w[0], w[1]]);
            }
            "typed.call" => self.lower_call(op),
            "typed.instance.new" | "typed.instance.is" | "typed.type_is" | "typed.instance.cast" | "typed.field.get" | "typed.field.set" => self.lower_instance_op(op),
            "typed.make_function" => self.lower_make_function(op),
            "typed.yield" => self.lower_yield(op),
            "typed.yield_from" => self.lower_yield_from(op),
            "typed.cell_new" | "typed.cell_get" | "typed.cell_set" | "typed.cell_delete" | "typed.load_name" | "typed.store_name" | "typed.delete_name" | "typed.make_class" | "typed.import_module" | "typed.load_classderef" => {
                self.lower_class_op(op)
            }
            "typed.if" => self.lower_if(op),
            "typed.while" => self.lower_while(op),
            "typed.for" => self.lower_for(op),
            "typed.for_range" => self.lower_for_range(op),
            "typed.break" | "typed.continue" => self.lower_jump(name == "typed.break"),
            "typed.and" | "typed.or" => self.lower_and_or(op),
            "typed.ifexp" => self.lower_ifexp(op),
            "typed.return" => self.lower_return(op),
            "typed.try" => self.lower_try(op),
            "typed.raise" => self.lower_raise(op),
            "typed.assert" => self.lower_assert(op),
            n if n.starts_with("typed.with.") || n.starts_with("typed.match.") => self.lower_with_match(op),
            // A region result whose value nobody uses (region lowering handles the others).
            "typed.result" => {}
            other => {
                self.internal(format!("cannot lower '{other}'"));
                for r in self.src.op(op).results.clone() {
                    let z = self.zero_of(repr_of(self.src.value_type(r)));
                    self.values.insert(r, z);
                }
            }
        }
    }

    /// Lowers the ops of a statement block in a new scope; `args` are the machine values of
    /// the block's arguments, with whether each is an owned reference the block must drop.
    fn lower_block(&mut self, block: BlockId, args: &[(Value, bool)]) {
        // Blocks start at control-flow joins.
        self.bound_fields.clear();
        self.push_scope(block);
        self.bind_block_args(block, args);
        let ops = self.src.block(block).ops.clone();
        self.lower_ops(&ops);
        self.pop_scope();
    }

    /// Lowers the first block of a region as statements (nothing for an empty region).
    fn lower_region(&mut self, region: RegionId, args: &[(Value, bool)]) {
        if let Some(&b) = self.src.region(region).blocks.first() {
            self.lower_block(b, args);
        }
    }

    /// Lowers a region ending in `typed.result` and returns the result as `want`, owned when a
    /// word; None when the region does not produce a value (or control left it).
    fn lower_value_region(&mut self, region: RegionId, want: Repr) -> Option<Value> {
        let &b = self.src.region(region).blocks.first()?;
        let ops = self.src.block(b).ops.clone();
        let last = *ops.last()?;
        if self.src.op(last).name != "typed.result" {
            self.lower_block(b, &[]);
            if self.cur.is_some() {
                self.internal("a value region does not end in `typed.result`");
                return Some(self.zero_of(want));
            }
            return None;
        }
        self.bound_fields.clear();
        self.push_scope(b);
        self.lower_ops(&ops[..ops.len() - 1]);
        let mut result = None;
        if self.cur.is_some() {
            let saved = std::mem::replace(&mut self.loc, self.src.op(last).loc.clone());
            self.scopes.last_mut().expect("scope").index = ops.len() - 1;
            let v = self.src.op(last).operands[0];
            result = Some(self.operand_as(v, want, true));
            self.loc = saved;
        }
        self.pop_scope();
        result.filter(|_| self.cur.is_some())
    }

    fn lower_ops(&mut self, ops: &[OpId]) {
        let saved = self.loc.clone();
        for (i, &op) in ops.iter().enumerate() {
            if self.cur.is_none() {
                break;
            }
            self.scopes.last_mut().expect("scope").index = i;
            self.loc = self.src.op(op).loc.clone();
            self.lower_op(op);
            if self.cur.is_some() {
                self.drop_dead(i);
            }
        }
        self.loc = saved;
    }

    // ---- small helpers over typed values ---------------------------------------------------

    /// The machine value of a typed value.
    fn mv(&mut self, v: Value) -> Value {
        match self.values.get(&v) {
            Some(m) => *m,
            None => {
                self.internal(format!("use of a value that was not lowered (%{})", v.0));
                let z = self.zero_of(repr_of(self.src.value_type(v)));
                self.values.insert(v, z);
                z
            }
        }
    }

    fn ty(&self, v: Value) -> Type {
        self.src.value_type(v).clone()
    }

    fn repr(&self, v: Value) -> Repr {
        repr_of(self.src.value_type(v))
    }

    fn operands(&self, op: OpId) -> Vec<Value> {
        self.src.op(op).operands.clone()
    }

    fn result(&self, op: OpId) -> Value {
        self.src.op(op).results[0]
    }

    fn str_attr(&self, op: OpId, name: &str) -> String {
        self.src.str_attr(op, name).unwrap_or_default().to_string()
    }

    /// The zero of a representation: word 0, 0.0 or false.
    fn zero_of(&mut self, r: Repr) -> Value {
        match r {
            Repr::Word => self.i64c(0),
            Repr::F64 => self.fconst(0.0),
            Repr::Bool => self.i1c(false),
        }
    }
}
