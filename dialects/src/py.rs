//! The `py` dialect: Python semantics, untyped (every value is `!py.object`), structured
//! control flow in regions. Names are already resolved to locals, globals, cells or builtins
//! the way CPython's symbol table resolves them; every Python 3.11 construct has a form here.
//!
//! Conventions shared by many ops:
//! - A region "yields" a value with the `py.result` terminator (and/or/ifexp branches, loop
//!   conditions, assert messages, except types, match patterns and guards).
//! - Regions that fall off their end just end; `py.return`, `py.raise`, `py.break` and
//!   `py.continue` end a block early and nothing follows them in that block.
//! - Scope ops (`py.func`, `py.lambda`, `py.class`, comprehensions) carry their symbol table:
//!   `locals`, `cellvars` and `freevars` (string arrays). Their regions only use values
//!   defined inside them (their inputs arrive as entry block arguments).
//! - Optional flags are unit attributes (present = true): `is_async`, `is_generator`,
//!   `bind_top`, `starred`, `is_star`, `has_exc`, `has_cause`.

use crate::dialect::{Arity::*, Dialect, OpSpec, op};
use crate::ir::{Attr, Module, OpId, Type};

pub static DIALECT: Dialect = Dialect { name: "py", ops: OPS };

/// `!py.object`: the type of every `py` value.
pub fn object() -> Type {
    Type::dialect("py", "object")
}

/// The parameter kinds `py.func` / `py.lambda` accept in `arg_kinds`.
pub const ARG_KINDS: [&str; 5] = ["posonly", "pos", "vararg", "kwonly", "kwarg"];

/// The operator names of `py.binop` and `py.inplace`.
pub const BINOPS: [&str; 13] = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "bitor", "bitxor", "bitand"];

/// The operator names of `py.unaryop`.
pub const UNARYOPS: [&str; 4] = ["neg", "pos", "invert", "not"];

/// The operator names of `py.compare`.
pub const CMPOPS: [&str; 10] = ["lt", "le", "eq", "ne", "gt", "ge", "is", "is_not", "in", "not_in"];

static OPS: &[OpSpec] = &[
    // --- program structure
    op("py.module", Exactly(0), Exactly(0), Exactly(1), &["sym_name", "filename"],
       "the program: `sym_name = \"__main__\"`, `filename` as the user gave it; one region, one block of module-level statements; optional `docstring`")
        .verified_by(verify_single_block),
    op("py.func", AtLeast(0), Exactly(1), Exactly(1),
       &["sym_name", "qualname", "arg_names", "arg_kinds", "num_defaults", "num_kw_defaults", "num_decorators", "locals", "cellvars", "freevars"],
       "a `def`: operands are the N positional defaults, the K keyword-only defaults (names in `kw_default_names`), the A evaluated annotations (names in `annotation_names`, CPython's order, `return` last; str constants under `from __future__ import annotations`) and the D decorators (outermost first); entry block has one argument per parameter; result is the function object; optional `is_async`, `is_generator`, `docstring`, `annotations` (unparsed text per parameter, \"\" if none: what inference reads hints from), `returns` (unparsed)")
        .verified_by(verify_function),
    op("py.lambda", AtLeast(0), Exactly(1), Exactly(1),
       &["sym_name", "qualname", "arg_names", "arg_kinds", "num_defaults", "num_kw_defaults", "num_decorators", "locals", "cellvars", "freevars"],
       "a `lambda`: the same shape as `py.func` (sym_name \"<lambda>\", no decorators); the body ends with `py.return`")
        .verified_by(verify_function),
    op("py.class", AtLeast(0), Exactly(1), Exactly(1), &["sym_name", "qualname", "num_bases", "kwnames", "num_decorators", "locals", "cellvars", "freevars"],
       "a `class`: operands are the bases (indices of `*bases` in `starred`), the keyword values (names in `kwnames`, \"**\" for `**mapping`) and the decorators (outermost first); the region is the class body (run once, names via load_name/store_name); `cellvars = [\"__class__\"]` when a method uses `super`/`__class__`; optional `docstring`")
        .verified_by(verify_class),
    op("py.return", Range(0, 1), Exactly(0), Exactly(0), &[], "return from the enclosing function (None when there is no operand)").terminator(),
    op("py.result", Range(0, 1), Exactly(0), Exactly(0), &[], "yields the value of the enclosing region to its op (no operand: a match case without guard)").terminator(),
    // --- constants
    op("py.const_int", Exactly(0), Exactly(1), Exactly(0), &["value"], "an int: `value` is an i64 or, when it does not fit, a string of decimal digits"),
    op("py.const_float", Exactly(0), Exactly(1), Exactly(0), &["value"], "a float (`value : f64`)"),
    op("py.const_complex", Exactly(0), Exactly(1), Exactly(0), &["imag"], "an imaginary literal `<imag>j` (real part 0)"),
    op("py.const_str", Exactly(0), Exactly(1), Exactly(0), &["value"], "a str: `value` is its UTF-8 bytes, lone surrogates encoded as 3-byte sequences (WTF-8 style, one per surrogate)"),
    op("py.const_bytes", Exactly(0), Exactly(1), Exactly(0), &["value"], "a bytes object: `value` holds the raw bytes"),
    op("py.const_bool", Exactly(0), Exactly(1), Exactly(0), &["value"], "True or False"),
    op("py.const_none", Exactly(0), Exactly(1), Exactly(0), &[], "None"),
    op("py.const_ellipsis", Exactly(0), Exactly(1), Exactly(0), &[], "Ellipsis (`...`)"),
    // --- names (the frontend resolved each name as CPython's symbol table does)
    op("py.load_local", Exactly(0), Exactly(1), Exactly(0), &["name"], "reads a function local (UnboundLocalError when unbound)"),
    op("py.store_local", Exactly(1), Exactly(0), Exactly(0), &["name"], "binds a function local; optional `annotation` (source text of `x: T = v`)"),
    op("py.delete_local", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbinds a function local"),
    op("py.load_global", Exactly(0), Exactly(1), Exactly(0), &["name"], "reads a module global, falling back to builtins (NameError when neither has it)"),
    op("py.store_global", Exactly(1), Exactly(0), Exactly(0), &["name"], "binds a module global; optional `annotation`"),
    op("py.delete_global", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbinds a module global"),
    op("py.load_builtin", Exactly(0), Exactly(1), Exactly(0), &["name"], "reads a builtin: the module never binds this name (no assignment, no `global`, no `import *`, no `exec`/`globals()`..., not a module dunder)"),
    op("py.load_cell", Exactly(0), Exactly(1), Exactly(0), &["name"], "reads a local of this function that inner functions capture (a cell)"),
    op("py.store_cell", Exactly(1), Exactly(0), Exactly(0), &["name"], "binds a cell variable of this function; optional `annotation`"),
    op("py.delete_cell", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbinds a cell variable of this function"),
    op("py.load_free", Exactly(0), Exactly(1), Exactly(0), &["name"], "reads a free variable (a cell of an enclosing function; NameError when unbound)"),
    op("py.store_free", Exactly(1), Exactly(0), Exactly(0), &["name"], "binds a free variable (`nonlocal`)"),
    op("py.delete_free", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbinds a free variable (`nonlocal`)"),
    op("py.load_name", Exactly(0), Exactly(1), Exactly(0), &["name"], "class body lookup: the class namespace, then globals, then builtins"),
    op("py.store_name", Exactly(1), Exactly(0), Exactly(0), &["name"], "binds a name in the class namespace; optional `annotation`"),
    op("py.delete_name", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbinds a name of the class namespace"),
    op("py.load_classderef", Exactly(0), Exactly(1), Exactly(0), &["name"], "class body read of a free variable: the class namespace first, then the enclosing function's cell"),
    // --- attributes, subscripts, slices
    op("py.getattr", Exactly(1), Exactly(1), Exactly(0), &["name"], "`obj.name` (names already private-mangled)"),
    op("py.setattr", Exactly(2), Exactly(0), Exactly(0), &["name"], "(obj, value): `obj.name = value`"),
    op("py.delattr", Exactly(1), Exactly(0), Exactly(0), &["name"], "`del obj.name`"),
    op("py.getitem", Exactly(2), Exactly(1), Exactly(0), &[], "(obj, index): `obj[index]`"),
    op("py.setitem", Exactly(3), Exactly(0), Exactly(0), &[], "(obj, index, value): `obj[index] = value`"),
    op("py.delitem", Exactly(2), Exactly(0), Exactly(0), &[], "(obj, index): `del obj[index]`"),
    op("py.slice", Exactly(3), Exactly(1), Exactly(0), &[], "(lower, upper, step): a slice object; missing parts are `py.const_none`"),
    // --- operators
    op("py.binop", Exactly(2), Exactly(1), Exactly(0), &["op"], "a binary operator: op is add sub mul matmul truediv floordiv mod pow lshift rshift bitor bitxor bitand")
        .verified_by(verify_binop),
    op("py.inplace", Exactly(2), Exactly(1), Exactly(0), &["op"], "augmented assignment's operator (`__iadd__`, ...), same op names as py.binop; the result is then stored")
        .verified_by(verify_binop),
    op("py.unaryop", Exactly(1), Exactly(1), Exactly(0), &["op"], "a unary operator: op is neg pos invert not").verified_by(verify_unaryop),
    op("py.compare", Exactly(2), Exactly(1), Exactly(0), &["op"], "one comparison: op is lt le eq ne gt ge is is_not in not_in (chains nest in py.and)")
        .verified_by(verify_compare),
    op("py.and", Exactly(1), Exactly(1), Exactly(1), &[], "`lhs and rhs`: lhs when falsy, else the value the region (the rhs) yields").verified_by(verify_yields),
    op("py.or", Exactly(1), Exactly(1), Exactly(1), &[], "`lhs or rhs`: lhs when truthy, else the value the region (the rhs) yields").verified_by(verify_yields),
    op("py.ifexp", Exactly(1), Exactly(1), Exactly(2), &[], "`a if cond else b`: the value of region 0 (then) or region 1 (else)").verified_by(verify_yields),
    // --- calls and displays
    op("py.call", AtLeast(1), Exactly(1), Exactly(0), &["kwnames"],
       "(callee, args...): one `kwnames` entry per argument: \"\" positional, \"*\" iterable unpacking, \"**\" mapping unpacking, else the keyword")
        .verified_by(verify_call),
    op("py.list", AtLeast(0), Exactly(1), Exactly(0), &[], "a list display; optional `starred = [i, ...]` marks `*iterable` items"),
    op("py.tuple", AtLeast(0), Exactly(1), Exactly(0), &[], "a tuple display; optional `starred`"),
    op("py.set", AtLeast(0), Exactly(1), Exactly(0), &[], "a set display; optional `starred`"),
    op("py.dict", AtLeast(0), Exactly(1), Exactly(0), &[], "(k0, v0, k1, v1, ...): a dict display; optional `unpack = [i, ...]` marks `**mapping` pairs (key is py.const_none)")
        .verified_by(verify_dict),
    op("py.format_value", Range(1, 2), Exactly(1), Exactly(0), &["conversion"], "an f-string replacement field: (value, spec?) -> str; conversion is \"\", \"s\", \"r\" or \"a\""),
    op("py.build_str", AtLeast(0), Exactly(1), Exactly(0), &[], "concatenates str parts (an f-string)"),
    // --- control flow
    op("py.if", Exactly(1), Exactly(0), Exactly(2), &[], "(cond): runs region 0 when cond is truthy, else region 1"),
    op("py.while", Exactly(0), Exactly(0), Exactly(3), &[], "regions: condition (yields with py.result), body, else (runs when the condition turns false)"),
    op("py.for", Exactly(1), Exactly(0), Exactly(2), &[], "(iterable): region 0 runs per item (its entry block argument), region 1 is the else clause; optional `is_async`")
        .verified_by(verify_for),
    op("py.break", Exactly(0), Exactly(0), Exactly(0), &[], "leaves the innermost loop").terminator(),
    op("py.continue", Exactly(0), Exactly(0), Exactly(0), &[], "next iteration of the innermost loop").terminator(),
    op("py.unpack", Exactly(1), AtLeast(0), Exactly(0), &["count"],
       "iterable unpacking into `count` values; with `starred`, `before` values, a list of the rest, and `after` values")
        .verified_by(verify_unpack),
    // --- exceptions and context managers
    op("py.try", Exactly(0), Exactly(0), Exactly(4), &[], "regions: body, handlers (one block of py.except), else, finally; `is_star` for except*"),
    op("py.except", Exactly(0), Exactly(0), Exactly(2), &[],
       "a handler: region 0 yields the exception type (no blocks for a bare except), region 1 is the body whose entry block argument is the exception; `name` when `as name` (the body binds and unbinds it explicitly)")
        .verified_by(verify_except),
    op("py.raise", Range(0, 2), Exactly(0), Exactly(0), &[], "raise (exc?, cause?), flagged by `has_exc` / `has_cause`; no operands re-raises").terminator(),
    op("py.assert", Exactly(1), Exactly(0), Exactly(1), &[], "(test): raises AssertionError when falsy, with the message the region yields (region has no blocks without a message)"),
    op("py.with", Exactly(1), Exactly(0), Exactly(1), &[], "(context manager): region entry argument is `__enter__()`'s result; `__exit__` runs on the way out; optional `is_async`")
        .verified_by(verify_with),
    // --- imports
    op("py.import", Exactly(0), Exactly(1), Exactly(0), &["module", "level"], "`import module`: the module object; with `bind_top` the top-level package (what `import a.b` binds)"),
    op("py.import_from", Exactly(0), AtLeast(1), Exactly(0), &["module", "names", "level"], "`from module import names`: one result per name").verified_by(verify_import_from),
    op("py.import_star", Exactly(0), Exactly(0), Exactly(0), &["module", "level"], "`from module import *` (module level only)"),
    // --- generators and coroutines
    op("py.yield", Exactly(1), Exactly(1), Exactly(0), &[], "yields the operand (py.const_none for a bare yield); the result is the value sent in"),
    op("py.yield_from", Exactly(1), Exactly(1), Exactly(0), &[], "delegates to a sub-iterator; the result is its return value"),
    op("py.await", Exactly(1), Exactly(1), Exactly(0), &[], "awaits an awaitable"),
    // --- comprehensions (each is its own scope, as in CPython 3.11)
    op("py.listcomp", Exactly(1), Exactly(1), Exactly(1), &["qualname", "locals", "cellvars", "freevars"],
       "a list comprehension: the operand is the first iterable (evaluated outside); the region's entry argument receives it and holds py.comp_for/py.comp_if ending in py.comp_append")
        .verified_by(verify_comprehension),
    op("py.setcomp", Exactly(1), Exactly(1), Exactly(1), &["qualname", "locals", "cellvars", "freevars"], "a set comprehension (shape of py.listcomp)")
        .verified_by(verify_comprehension),
    op("py.dictcomp", Exactly(1), Exactly(1), Exactly(1), &["qualname", "locals", "cellvars", "freevars"], "a dict comprehension (shape of py.listcomp; py.comp_append takes key and value)")
        .verified_by(verify_comprehension),
    op("py.genexp", Exactly(1), Exactly(1), Exactly(1), &["qualname", "locals", "cellvars", "freevars"], "a generator expression (shape of py.listcomp; py.comp_append yields); the result is the generator")
        .verified_by(verify_comprehension),
    op("py.comp_for", Exactly(1), Exactly(0), Exactly(1), &[], "(iterable): runs the region once per item (its entry block argument); optional `is_async`").verified_by(verify_for),
    op("py.comp_if", Exactly(1), Exactly(0), Exactly(1), &[], "(cond): runs the region when cond is truthy"),
    op("py.comp_append", Range(1, 2), Exactly(0), Exactly(0), &[], "adds the element (key and value for dicts) to the comprehension's result, or yields it in a genexp"),
    // --- match (patterns take the subject and yield a bool; captures are committed on success)
    op("py.match", Exactly(1), Exactly(0), Exactly(1), &[], "(subject): one block of py.match_case ops; the first case whose pattern matches and guard holds runs"),
    op("py.match_case", Exactly(0), Exactly(0), Exactly(3), &["captures"],
       "regions: pattern (entry argument is the subject, yields a bool), guard (entry arguments are the captured values in `captures` order: binds them, then yields the guard or nothing), body")
        .verified_by(verify_match_case),
    op("py.pattern.value", Exactly(2), Exactly(1), Exactly(0), &[], "(subject, value): `subject == value`"),
    op("py.pattern.singleton", Exactly(1), Exactly(1), Exactly(0), &["value"], "(subject): `subject is None/True/False` (value is \"None\", \"True\" or \"False\")"),
    op("py.pattern.wildcard", Exactly(1), Exactly(1), Exactly(0), &[], "(subject): `_`, always true"),
    op("py.pattern.capture", Exactly(1), Exactly(1), Exactly(0), &["name"], "(subject): always true; records subject as the case's capture `name`"),
    op("py.pattern.sequence", Exactly(1), Exactly(1), Exactly(1), &["count"],
       "(subject): a sequence (not str/bytes/bytearray) of `count` items (at least count-1 with `star_index = i`); the region's entry arguments are the items (the star item as a list) and it yields whether the subpatterns match")
        .verified_by(verify_pattern_region),
    op("py.pattern.mapping", AtLeast(0), Exactly(1), Exactly(1), &[],
       "(subject, keys...): a mapping holding every key; the region's entry arguments are the values (then a dict of the rest with `has_rest`) and it yields whether the subpatterns match")
        .verified_by(verify_pattern_region),
    op("py.pattern.class", Exactly(2), Exactly(1), Exactly(1), &["num_positional", "kwd_names"],
       "(subject, cls): isinstance(subject, cls) and the positional (via __match_args__) and `kwd_names` attributes exist; the region's entry arguments are those attributes and it yields whether the subpatterns match")
        .verified_by(verify_pattern_region),
    op("py.pattern.or", Exactly(1), Exactly(1), AtLeast(2), &[], "(subject): tries each region (entry argument is the subject, yields a bool) in order; true when one matches"),
];

// ---- verification hooks -------------------------------------------------------------------

fn int_attr(m: &Module, id: OpId, name: &str) -> Result<i64, String> {
    m.attr(id, name).and_then(Attr::as_int).ok_or_else(|| format!("attribute '{name}' must be an integer"))
}

fn str_array_len(m: &Module, id: OpId, name: &str) -> Result<usize, String> {
    let items = m.attr(id, name).and_then(Attr::as_array).ok_or_else(|| format!("attribute '{name}' must be an array"))?;
    if items.iter().any(|a| a.as_bytes().is_none()) {
        return Err(format!("attribute '{name}' must hold strings"));
    }
    Ok(items.len())
}

fn entry_args(m: &Module, id: OpId, region: usize) -> Option<usize> {
    m.region_entry(id, region).map(|b| m.block(b).args.len())
}

fn verify_single_block(m: &Module, id: OpId) -> Result<(), String> {
    let r = m.op(id).regions[0];
    if m.region(r).blocks.len() != 1 {
        return Err("must have exactly one block".into());
    }
    Ok(())
}

fn verify_function(m: &Module, id: OpId) -> Result<(), String> {
    let n = str_array_len(m, id, "arg_names")?;
    let kinds = m.attr(id, "arg_kinds").and_then(Attr::as_array).ok_or("attribute 'arg_kinds' must be an array")?;
    if kinds.len() != n {
        return Err("arg_kinds and arg_names differ in length".into());
    }
    if kinds.iter().any(|k| !k.as_str().is_some_and(|k| ARG_KINDS.contains(&k))) {
        return Err(format!("arg_kinds entries must be one of {ARG_KINDS:?}"));
    }
    for a in ["locals", "cellvars", "freevars"] {
        str_array_len(m, id, a)?;
    }
    let nd = int_attr(m, id, "num_defaults")?;
    let nk = int_attr(m, id, "num_kw_defaults")?;
    let ndec = int_attr(m, id, "num_decorators")?;
    let nann = if m.attr(id, "annotation_names").is_some() { str_array_len(m, id, "annotation_names")? } else { 0 };
    if nd < 0 || nk < 0 || ndec < 0 || (nd + nk + ndec) as usize + nann != m.op(id).operands.len() {
        return Err("operand count must be num_defaults + num_kw_defaults + len(annotation_names) + num_decorators".into());
    }
    if nk > 0 && str_array_len(m, id, "kw_default_names")? != nk as usize {
        return Err("kw_default_names must name each keyword-only default".into());
    }
    if entry_args(m, id, 0) != Some(n) {
        return Err("entry block must have one argument per parameter".into());
    }
    Ok(())
}

fn verify_class(m: &Module, id: OpId) -> Result<(), String> {
    let nb = int_attr(m, id, "num_bases")?;
    let nk = str_array_len(m, id, "kwnames")?;
    let nd = int_attr(m, id, "num_decorators")?;
    if nb < 0 || nd < 0 || nb as usize + nk + nd as usize != m.op(id).operands.len() {
        return Err("operand count must be num_bases + len(kwnames) + num_decorators".into());
    }
    for a in ["locals", "cellvars", "freevars"] {
        str_array_len(m, id, a)?;
    }
    verify_single_block(m, id)
}

fn verify_named_op(m: &Module, id: OpId, allowed: &[&str]) -> Result<(), String> {
    match m.str_attr(id, "op") {
        Some(o) if allowed.contains(&o) => Ok(()),
        _ => Err(format!("op must be one of {allowed:?}")),
    }
}

fn verify_binop(m: &Module, id: OpId) -> Result<(), String> {
    verify_named_op(m, id, &BINOPS)
}

fn verify_unaryop(m: &Module, id: OpId) -> Result<(), String> {
    verify_named_op(m, id, &UNARYOPS)
}

fn verify_compare(m: &Module, id: OpId) -> Result<(), String> {
    verify_named_op(m, id, &CMPOPS)
}

/// Every region of a value-producing region op must end in `py.result` with one operand
/// (or in an op that leaves the region early).
fn verify_yields(m: &Module, id: OpId) -> Result<(), String> {
    for (i, &r) in m.op(id).regions.iter().enumerate() {
        let Some(&b) = m.region(r).blocks.last() else { return Err(format!("region {i} is empty")) };
        let last = m.block(b).ops.last().map(|&o| m.op(o));
        match last {
            Some(o) if o.name == "py.result" && o.operands.len() == 1 => {}
            Some(o) if matches!(o.name.as_str(), "py.return" | "py.raise" | "py.break" | "py.continue") => {}
            _ => return Err(format!("region {i} must end in py.result with a value")),
        }
    }
    Ok(())
}

fn verify_call(m: &Module, id: OpId) -> Result<(), String> {
    let n = str_array_len(m, id, "kwnames")?;
    if n + 1 != m.op(id).operands.len() {
        return Err("kwnames must have one entry per argument".into());
    }
    Ok(())
}

fn verify_dict(m: &Module, id: OpId) -> Result<(), String> {
    if !m.op(id).operands.len().is_multiple_of(2) {
        return Err("operands must be key/value pairs".into());
    }
    Ok(())
}

fn verify_for(m: &Module, id: OpId) -> Result<(), String> {
    if entry_args(m, id, 0) != Some(1) {
        return Err("the body's entry block must take the item as its one argument".into());
    }
    Ok(())
}

fn verify_with(m: &Module, id: OpId) -> Result<(), String> {
    if entry_args(m, id, 0) != Some(1) {
        return Err("the body's entry block must take the entered value as its one argument".into());
    }
    Ok(())
}

fn verify_except(m: &Module, id: OpId) -> Result<(), String> {
    if entry_args(m, id, 1) != Some(1) {
        return Err("the handler body's entry block must take the exception as its one argument".into());
    }
    Ok(())
}

fn verify_unpack(m: &Module, id: OpId) -> Result<(), String> {
    let count = int_attr(m, id, "count")?;
    if count < 0 || count as usize != m.op(id).results.len() {
        return Err("result count must equal `count`".into());
    }
    if m.attr(id, "starred").is_some() {
        let before = int_attr(m, id, "before")?;
        let after = int_attr(m, id, "after")?;
        if before < 0 || after < 0 || before + after + 1 != count {
            return Err("a starred unpack needs before + 1 + after == count".into());
        }
    }
    Ok(())
}

fn verify_import_from(m: &Module, id: OpId) -> Result<(), String> {
    if str_array_len(m, id, "names")? != m.op(id).results.len() {
        return Err("one result per imported name".into());
    }
    Ok(())
}

fn verify_comprehension(m: &Module, id: OpId) -> Result<(), String> {
    for a in ["locals", "cellvars", "freevars"] {
        str_array_len(m, id, a)?;
    }
    if entry_args(m, id, 0) != Some(1) {
        return Err("the region's entry block must take the first iterable as its one argument".into());
    }
    Ok(())
}

fn verify_match_case(m: &Module, id: OpId) -> Result<(), String> {
    let n = str_array_len(m, id, "captures")?;
    if entry_args(m, id, 0) != Some(1) {
        return Err("the pattern region's entry block must take the subject".into());
    }
    if entry_args(m, id, 1) != Some(n) {
        return Err("the guard region's entry block must take one argument per capture".into());
    }
    Ok(())
}

fn verify_pattern_region(m: &Module, id: OpId) -> Result<(), String> {
    if m.region_entry(id, 0).is_none() {
        return Err("the subpattern region needs an entry block".into());
    }
    Ok(())
}
