//! The `typed` dialect: the program after whole-program type inference, still with structured
//! control flow. Every value has a concrete type; functions are monomorphised (one
//! `typed.func` per argument-type signature, named `f$int`, `f$str`, ...).
//!
//! ## Types and their machine representation
//! | type | meaning | machine |
//! |---|---|---|
//! | `!typed.int` | exact int (small or big) | word `i64` |
//! | `!typed.float` | float | `f64` |
//! | `!typed.bool` | bool | `i1` |
//! | `!typed.none` | None | word |
//! | `!typed.str`, `!typed.bytes` | str, bytes | word |
//! | `!typed.list<T>`, `!typed.dict<K, V>` | list, dict with inferred element types (shared by every alias; `!typed.list` without parameters: unknown) | word |
//! | `!typed.set` | set (elements read back as `object`) | word |
//! | `!typed.iter<T>` | an object whose iteration yields `T` (dict views, `enumerate`, `zip`, `range`, ...), otherwise dynamic | word |
//! | `!typed.tuple<T...>` | tuple with known element types | word |
//! | `!typed.object` | any value, dynamically typed (the fallback) | word |
//! | `!typed.module` | a runtime module such as `sys` | word |
//!
//! Word-represented values produced by ops are owned (new references); lowering manages
//! reference counts, so this dialect never mentions them. Values of `float` and `bool` are
//! boxed with `typed.box` wherever an object is needed; `typed.unbox` goes the other way
//! only where the runtime guarantees the type (e.g. the result of `float(x)`).
//!
//! ## Structure
//! The module body holds `typed.global` declarations and `typed.func` ops; `__main__` is the
//! function running the module body. Structured ops mirror `py`: `typed.if`, `typed.while`,
//! `typed.for`, `typed.for_range`, `typed.try`/`typed.except`, `typed.and`/`typed.or`/
//! `typed.ifexp`, regions ending in `typed.result` when they produce a value.

use crate::dialect::{Arity::*, Dialect, OpSpec, op};
use crate::ir::{Attr, Module, OpId, Type};

pub static DIALECT: Dialect = Dialect { name: "typed", ops: OPS };

/// The builtin types `typed.type_is` tests for exactly (all but `int` by the type pointer of
/// an object; an `int` is also any small int).
pub const EXACT_TYPE_TESTS: &[&str] = &["int", "float", "bool", "str", "bytes", "list", "dict", "set"];

fn verify_type_is(m: &Module, id: OpId) -> Result<(), String> {
    match m.attr(id, "type").and_then(Attr::as_str) {
        Some(t) if EXACT_TYPE_TESTS.contains(&t) => Ok(()),
        _ => Err(format!("`type` must be one of {EXACT_TYPE_TESTS:?}")),
    }
}

/// `!typed.<name>` without parameters.
pub fn ty(name: &str) -> Type {
    Type::dialect("typed", name)
}

/// How a typed value is held by machine code.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Repr {
    /// A Python value word (`i64`, reference counted unless a small int).
    Word,
    /// An unboxed `f64`.
    F64,
    /// An unboxed `i1`.
    Bool,
}

/// The machine representation of a `typed` type.
pub fn repr_of(t: &Type) -> Repr {
    if t.is("typed", "float") {
        Repr::F64
    } else if t.is("typed", "bool") {
        Repr::Bool
    } else {
        Repr::Word
    }
}

static OPS: &[OpSpec] = &[
    // --- structure
    op("typed.func", Exactly(0), Exactly(0), Exactly(1), &["sym_name", "py_name", "function_type", "locals", "local_types"],
       "a monomorphised function instance: entry block args are the parameters (also stored to their locals on entry); `locals`/`local_types` list every local variable and its type; `__main__` runs the module body; a generator function has `generator` and its signature spec in `code`: calling it makes the generator, whose body runs on `next`"),
    op("typed.global", Exactly(0), Exactly(0), Exactly(0), &["sym_name", "type"],
       "a module global variable and its inferred type (held boxed in a word slot; 0 = unbound)"),
    op("typed.return", Range(0, 1), Exactly(0), Exactly(0), &[], "return from the function (no operand: None)").terminator(),
    op("typed.result", Exactly(1), Exactly(0), Exactly(0), &[], "the value a region produces (and/or/ifexp branches, while condition, assert message, except type)").terminator(),
    // --- variables
    op("typed.load_local", Exactly(0), Exactly(1), Exactly(0), &["name"], "read a local (UnboundLocalError if unbound)"),
    op("typed.store_local", Exactly(1), Exactly(0), Exactly(0), &["name"], "write a local; the operand has the local's type"),
    op("typed.delete_local", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbind a local (UnboundLocalError if unbound)"),
    op("typed.load_global", Exactly(0), Exactly(1), Exactly(0), &["name"], "read a module global (NameError if unbound); with the unit attribute `builtin_fallback`, the builtin of that name while the global is unbound (CPython's LOAD_GLOBAL; the result is then an object); with `unbound_ok`, the word the slot holds, 0 while unbound, the result an object (a class object for an exact-class test; a hidden global of a `def` read for its function object)"),
    op("typed.store_global", Exactly(1), Exactly(0), Exactly(0), &["name"], "write a module global; the operand has the global's type"),
    op("typed.delete_global", Exactly(0), Exactly(0), Exactly(0), &["name"], "unbind a global (NameError if unbound)"),
    op("typed.define_function", Range(0, 1), Exactly(0), Exactly(0), &["name"], "a `def` executed: marks the global function name as bound (with the function object as the global's value when given: an imported module's functions are its attributes)"),
    op("typed.import_module", Exactly(0), Exactly(1), Exactly(0), &["module", "callee", "file", "globals"], "module `module` of the program: made (its attribute `g` for each of `globals` reads and writes the global slot) and its body `callee` run on the first import, the same module object after"),
    op("typed.obj.import_from", Exactly(2), Exactly(1), Exactly(0), &[], "(module, name str) `from module import name` of a name the module does not bind statically (ImportError when missing)"),
    op("typed.builtin", Exactly(0), Exactly(1), Exactly(0), &["name"], "a builtin function, type or exception class, as an object"),
    op("typed.import", Exactly(0), Exactly(1), Exactly(0), &["module"], "a runtime-provided module (`sys`)"),
    // --- constants
    op("typed.const_int", Exactly(0), Exactly(1), Exactly(0), &["value"], "int constant: `5 : i64`, or a decimal string for big ints"),
    op("typed.const_float", Exactly(0), Exactly(1), Exactly(0), &["value"], "float constant"),
    op("typed.const_bool", Exactly(0), Exactly(1), Exactly(0), &["value"], "bool constant"),
    op("typed.const_str", Exactly(0), Exactly(1), Exactly(0), &["value"], "str constant (UTF-8 bytes)"),
    op("typed.const_bytes", Exactly(0), Exactly(1), Exactly(0), &["value"], "bytes constant"),
    op("typed.const_none", Exactly(0), Exactly(1), Exactly(0), &[], "None"),
    op("typed.const_ellipsis", Exactly(0), Exactly(1), Exactly(0), &[], "Ellipsis (`...`), an object"),
    // --- int (operands int, exact)
    op("typed.int.binop", Exactly(2), Exactly(1), Exactly(0), &["op"], "int op int -> int for op in add sub mul floordiv mod pow (exponent proven >= 0) lshift rshift bitand bitor bitxor"),
    op("typed.int.truediv", Exactly(2), Exactly(1), Exactly(0), &[], "int / int -> float"),
    op("typed.int.neg", Exactly(1), Exactly(1), Exactly(0), &[], "-int"),
    op("typed.int.invert", Exactly(1), Exactly(1), Exactly(0), &[], "~int"),
    op("typed.int.cmp", Exactly(2), Exactly(1), Exactly(0), &["op"], "int comparison -> bool, op in lt le eq ne gt ge"),
    // --- float (operands float)
    op("typed.float.binop", Exactly(2), Exactly(1), Exactly(0), &["op"], "float op float -> float for op in add sub mul truediv floordiv mod pow (pow only with an integral constant exponent)"),
    op("typed.float.neg", Exactly(1), Exactly(1), Exactly(0), &[], "-float"),
    op("typed.float.cmp", Exactly(2), Exactly(1), Exactly(0), &["op"], "float comparison -> bool"),
    // --- bool and conversions
    op("typed.not", Exactly(1), Exactly(1), Exactly(0), &[], "not bool -> bool"),
    op("typed.truthy", Exactly(1), Exactly(1), Exactly(0), &[], "bool(x) for any x -> bool"),
    op("typed.int_to_float", Exactly(1), Exactly(1), Exactly(0), &[], "int -> float (OverflowError for huge ints)"),
    op("typed.bool_to_int", Exactly(1), Exactly(1), Exactly(0), &[], "bool -> int 0/1"),
    op("typed.box", Exactly(1), Exactly(1), Exactly(0), &[], "any value -> its word representation (boxes float and bool; retypes the others)"),
    op("typed.unbox", Exactly(1), Exactly(1), Exactly(0), &[], "object known to hold the result type -> that type: a float or bool unboxed, any other the same word (a new reference)"),
    op("typed.type_is", Exactly(2), Exactly(1), Exactly(0), &["type"], "(object, the builtin type `type` as an object) bool: the object's type is exactly that builtin type (subclasses and, for `int`, bools do not match); `type` is one of EXACT_TYPE_TESTS")
        .verified_by(verify_type_is),
    op("typed.is", Exactly(2), Exactly(1), Exactly(0), &[], "identity of two words -> bool"),
    // --- generic (dynamically dispatched) operations on words
    op("typed.obj.binop", Exactly(2), Exactly(1), Exactly(0), &["op"], "a <op> b with Python's dispatch (py.binop op names)"),
    op("typed.obj.inplace", Exactly(2), Exactly(1), Exactly(0), &["op"], "a <op>= b"),
    op("typed.obj.unaryop", Exactly(1), Exactly(1), Exactly(0), &["op"], "neg pos invert on a word"),
    op("typed.obj.compare", Exactly(2), Exactly(1), Exactly(0), &["op"], "rich comparison lt le eq ne gt ge -> object"),
    op("typed.obj.compare_bool", Exactly(2), Exactly(1), Exactly(0), &["op"], "rich comparison of builtin values -> bool"),
    op("typed.obj.contains", Exactly(2), Exactly(1), Exactly(0), &[], "(item, container): item in container -> bool"),
    op("typed.obj.getitem", Exactly(2), Exactly(1), Exactly(0), &[], "a[b]"),
    op("typed.obj.setitem", Exactly(3), Exactly(0), Exactly(0), &[], "(a, b, v): a[b] = v"),
    op("typed.obj.delitem", Exactly(2), Exactly(0), Exactly(0), &[], "del a[b]"),
    op("typed.obj.slice", Exactly(3), Exactly(1), Exactly(0), &[], "slice(lower, upper, step) with None for missing parts"),
    op("typed.obj.getattr", Exactly(1), Exactly(1), Exactly(0), &["name"], "obj.name"),
    op("typed.obj.setattr", Exactly(2), Exactly(0), Exactly(0), &["name"], "(obj, v): obj.name = v"),
    op("typed.obj.delattr", Exactly(1), Exactly(0), Exactly(0), &["name"], "del obj.name"),
    op("typed.obj.comp_append", Range(2, 3), Exactly(0), Exactly(0), &["kind"], "(result, item) or (result, key, value): adds to a comprehension's list, set or dict (`kind`)"),
    op("typed.obj.call", AtLeast(1), Exactly(1), Exactly(0), &["kwnames"], "(callee, args...): call an object; kwnames as in py.call (\"\" positional, \"*\", \"**\", or a keyword)"),
    op("typed.obj.call_method", AtLeast(1), Exactly(1), Exactly(0), &["name", "kwnames"], "(obj, args...): obj.name(args...)"),
    op("typed.obj.len", Exactly(1), Exactly(1), Exactly(0), &[], "len(x) -> int"),
    op("typed.obj.iter", Exactly(1), Exactly(1), Exactly(0), &[], "iter(x)"),
    op("typed.obj.unpack", Exactly(1), AtLeast(1), Exactly(0), &["count"], "unpack exactly `count` items; with `before`/`after` attrs and `starred`: a, *b, c"),
    op("typed.str_of", Exactly(1), Exactly(1), Exactly(0), &["conversion"], "conversion s r a of a word -> str (f-string `!r`)"),
    op("typed.format", Exactly(2), Exactly(1), Exactly(0), &[], "format(value word, spec str) -> str"),
    op("typed.build_str", AtLeast(0), Exactly(1), Exactly(0), &[], "concatenate str parts -> str (f-strings)"),
    op("typed.list.new", AtLeast(0), Exactly(1), Exactly(0), &[], "list display; optional `starred` indices"),
    op("typed.list.append", Exactly(2), Exactly(0), Exactly(0), &[], "(list, item word): list.append(item)"),
    op("typed.tuple.new", AtLeast(0), Exactly(1), Exactly(0), &[], "tuple display; optional `starred` indices"),
    op("typed.set.new", AtLeast(0), Exactly(1), Exactly(0), &[], "set display; optional `starred` indices; unit attribute `const_items` when CPython builds it from a frozenset constant (3+ constant items), `frozen` when it is that frozenset constant (constants iterated by `for`): either decides the iteration order"),
    op("typed.dict.new", AtLeast(0), Exactly(1), Exactly(0), &[], "dict display from key, value pairs; optional `unpack` pair indices"),
    // --- calls of compiled functions
    op("typed.call", AtLeast(0), Exactly(1), Exactly(0), &["callee"], "direct call of a monomorphised instance with positional arguments of its parameter types; `py_name` is the global the `def` binds (NameError if the def has not run yet)"),
    op("typed.make_function", AtLeast(0), Exactly(1), Exactly(0), &["callee", "code", "num_defaults", "kw_default_names", "num_cells"],
       "(defaults..., kw-only defaults..., cells..., [annotations]): a function object whose calls bind their arguments to the signature `code` (rt_code_const's spec: name, qualname, counts, parameter names) and run the instance `callee`, whose parameters are the closure tuple (when `num_cells` > 0) then one object per parameter; unit attribute `annotations`: the last operand is its `__annotations__` dict; `cached` (module-level functions, no cells): made once, kept in a slot, NameError if the `def` named `py_name` has not run"),
    // --- generators
    op("typed.yield", Exactly(1), Exactly(1), Exactly(0), &[], "(value word) suspends the generator yielding the value; the result is the value sent in (None for `next`); an exception thrown in is raised here"),
    op("typed.yield_from", Exactly(1), Exactly(1), Exactly(0), &[], "(iterable word) yields everything the iterable's iterator yields, passing sent values and thrown exceptions through; the result is its return value"),
    // --- closures and classes
    op("typed.cell_new", Exactly(0), Exactly(1), Exactly(0), &[], "a new, unbound closure cell (object)"),
    op("typed.cell_get", Exactly(1), Exactly(1), Exactly(0), &["name", "kind"], "(cell) its value; unbound raises UnboundLocalError (kind \"cell\") or NameError (kind \"free\") naming `name`"),
    op("typed.cell_set", Exactly(2), Exactly(0), Exactly(0), &[], "(cell, value word) binds the cell"),
    op("typed.cell_delete", Exactly(1), Exactly(0), Exactly(0), &["name", "kind"], "(cell) unbinds it (raising as typed.cell_get when already unbound)"),
    op("typed.load_name", Exactly(1), Exactly(1), Exactly(0), &["name"], "(namespace dict) class-body read: the namespace, then the module global, then the builtin (NameError when none has it)"),
    op("typed.load_classderef", Exactly(2), Exactly(1), Exactly(0), &["name"], "(namespace dict, cell) class-body read of a variable of an enclosing function: the namespace, then the cell (NameError when unbound)"),
    op("typed.store_name", Exactly(2), Exactly(0), Exactly(0), &["name"], "(namespace dict, value word) class-body binding"),
    op("typed.delete_name", Exactly(1), Exactly(0), Exactly(0), &["name"], "(namespace dict) class-body unbinding (NameError when unbound)"),
    op("typed.make_class", Exactly(2), Exactly(1), Exactly(0), &["name"], "(bases tuple, namespace dict) the class object; a known class has `fields`, the attributes its instances keep in slots, and `float_fields`, the indices of those holding unboxed floats"),
    op("typed.instance.new", Exactly(1), Exactly(1), Exactly(0), &["class"], "(known class object) a new instance, fields unbound, before its `__init__` is called directly"),
    op("typed.instance.is", Exactly(2), Exactly(1), Exactly(0), &["class"], "(object, known class object) bool: the object is an instance of exactly that class"),
    op("typed.instance.cast", Exactly(1), Exactly(1), Exactly(0), &["class"], "(object known to be an instance of exactly `class`) the same word, typed as that class's instance"),
    op("typed.field.get", Exactly(1), Exactly(1), Exactly(0), &["name", "index"], "(instance of a known class) its field slot `index`, at a fixed offset (AttributeError when unbound); `unboxed`: the slot holds an f64 (bound while its bit of the instance's bound-floats word is set); `bound`: the field is bound in every instance (its class's `__init__` binds it before anything can see the instance, and nothing deletes it)"),
    op("typed.field.set", Exactly(2), Exactly(0), Exactly(0), &["name", "index"], "(instance of a known class, value) store into its field slot `index`, at a fixed offset; `unboxed` and `bound` as for `typed.field.get` (a store into a `bound` field need not mark it bound)"),
    // --- structured control flow
    op("typed.if", Exactly(1), Exactly(0), Exactly(2), &[], "(cond bool) then, else regions"),
    op("typed.while", Exactly(0), Exactly(0), Exactly(3), &[], "condition region (ends in typed.result of a bool), body, else"),
    op("typed.for", Exactly(1), Exactly(0), Exactly(2), &[], "(iterator word) body region whose entry block takes the item (object), else region"),
    op("typed.for_range", Exactly(3), Exactly(0), Exactly(2), &[], "(start, stop, step ints; step != 0 checked) counted loop; the body's entry block takes the int counter; else region"),
    op("typed.break", Exactly(0), Exactly(0), Exactly(0), &[], "leave the innermost loop").terminator(),
    op("typed.continue", Exactly(0), Exactly(0), Exactly(0), &[], "next iteration of the innermost loop").terminator(),
    op("typed.and", Exactly(1), Exactly(1), Exactly(1), &[], "lhs if not truthy(lhs) else the region's result (both of the result type)"),
    op("typed.or", Exactly(1), Exactly(1), Exactly(1), &[], "lhs if truthy(lhs) else the region's result"),
    op("typed.ifexp", Exactly(1), Exactly(1), Exactly(2), &[], "(cond bool) then-region result or else-region result"),
    op("typed.try", Exactly(0), Exactly(0), Exactly(4), &[], "body, handlers (a block of typed.except), else, finally"),
    op("typed.except", Exactly(0), Exactly(0), Exactly(2), &[], "type region (result: exception class or tuple; empty for bare except), body region whose entry block takes the caught exception (object; the body stores it to the `as` name itself)"),
    op("typed.raise", Range(0, 2), Exactly(0), Exactly(0), &[], "raise exc [from cause] (has_cause unit attr); no operand: re-raise").terminator(),
    op("typed.assert", Exactly(1), Exactly(0), Exactly(1), &[], "(test bool) message region (empty: no message)"),
    // --- with and match (protocol steps; the control flow around them is try/if/and/or)
    op("typed.with.enter", Exactly(1), Exactly(2), Exactly(0), &[], "(manager) -> (bound __exit__, __enter__() result): CPython's BEFORE_WITH (TypeError when the type lacks __enter__ or __exit__)"),
    op("typed.with.exit_exc", Exactly(2), Exactly(1), Exactly(0), &[], "(bound __exit__, exception) -> bool: `__exit__(type(e), e, tb)` returned a truthy value (suppress)"),
    op("typed.match.sequence", Exactly(1), Exactly(1), Exactly(0), &["count"], "(subject) -> bool: a list/tuple/range (not str, bytes, dict) of `count` items, at least `count` with `star`"),
    op("typed.match.mapping", Exactly(2), Exactly(1), Exactly(0), &[], "(subject, keys tuple) -> None (no match) or the tuple of the keys' values, then a dict of the other items with `has_rest`"),
    op("typed.match.class", Exactly(2), Exactly(1), Exactly(0), &["num_positional", "kwd_names"], "(subject, cls) -> None (no match) or the tuple of the attributes named by `cls.__match_args__[:num_positional]` then `kwd_names`"),
];
