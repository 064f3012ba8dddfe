//! The runtime ABI: the one table of every function compiled code may call in the runtime.
//!
//! The native runtime (`runtime/`) implements each entry as `extern "C"`; `machine.call`
//! verifies its runtime callees against this table and the backends declare imports from it.
//!
//! ## Values
//! A Python value is one 64-bit word (`W`):
//! - low bit 1: a small int, `value = (word as i64) >> 1` (63-bit signed range);
//! - low bit 0, non-zero: a pointer to an object with a CPython-compatible header
//!   (`ob_refcnt: isize`, `ob_type: *const Type`), 8-byte aligned;
//! - 0: no value: the error sentinel of fallible functions, and "unbound" in variable slots.
//!
//! Statically typed code also uses unboxed `f64` for `float` and `i32` 0/1 for `bool`; these
//! are boxed with `rt_float_box` / `rt_bool_box` where a word is needed. An `int` is always a
//! word (small or big), so it needs no boxing.
//!
//! ## Ownership
//! Arguments are borrowed; a returned `W` is a new reference. Containers take their own
//! references to items they store. `None`, `True`, `False` and small ints are immortal, and
//! `rt_incref` / `rt_decref` accept any word (small ints and 0 included).
//!
//! ## Errors
//! A failing call sets the thread's current exception and returns the sentinel its [`Fail`]
//! names; the caller branches to its handler.

/// The machine-level kind of a parameter or result.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Abi {
    /// A Python value word (i64).
    W,
    /// A plain 64-bit integer.
    I64,
    /// A 32-bit integer (flags, op codes, truth values).
    I32,
    F64,
    /// A raw pointer (i64 on every target we have).
    Ptr,
}

/// How a function reports an error.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Fail {
    /// Cannot fail.
    Never,
    /// Returns word 0.
    Zero,
    /// Returns -1 (i32 or i64 results).
    MinusOne,
    /// Check `rt_err_occurred()` after the call (f64 results).
    Flag,
    /// Always raises: the call sets the current exception and returns nothing.
    Always,
}

/// One runtime function.
#[derive(Debug)]
pub struct RtFn {
    pub name: &'static str,
    pub params: &'static [Abi],
    pub ret: Option<Abi>,
    pub fail: Fail,
    pub doc: &'static str,
}

use Abi::*;

const fn f(name: &'static str, params: &'static [Abi], ret: Option<Abi>, fail: Fail, doc: &'static str) -> RtFn {
    RtFn { name, params, ret, fail, doc }
}

/// Binary operator codes for `rt_binop` / `rt_inplace_binop`.
pub mod binop {
    pub const ADD: i32 = 0;
    pub const SUB: i32 = 1;
    pub const MUL: i32 = 2;
    pub const TRUEDIV: i32 = 3;
    pub const FLOORDIV: i32 = 4;
    pub const MOD: i32 = 5;
    pub const POW: i32 = 6;
    pub const LSHIFT: i32 = 7;
    pub const RSHIFT: i32 = 8;
    pub const OR: i32 = 9;
    pub const XOR: i32 = 10;
    pub const AND: i32 = 11;
    pub const MATMUL: i32 = 12;
}

/// Unary operator codes for `rt_unaryop`.
pub mod unaryop {
    pub const NEG: i32 = 0;
    pub const POS: i32 = 1;
    pub const INVERT: i32 = 2;
    pub const NOT: i32 = 3;
}

/// Comparison codes for `rt_compare` / `rt_compare_bool`.
pub mod cmpop {
    pub const LT: i32 = 0;
    pub const LE: i32 = 1;
    pub const EQ: i32 = 2;
    pub const NE: i32 = 3;
    pub const GT: i32 = 4;
    pub const GE: i32 = 5;
}

/// Every runtime function, in one table.
pub const RUNTIME_FUNCTIONS: &[RtFn] = &[
    // --- reference counting and constants
    f("rt_incref", &[W], None, Fail::Never, "new reference to any word (no-op for small ints, 0 and immortals)"),
    f("rt_decref", &[W], None, Fail::Never, "drop a reference; frees the object at zero"),
    f("rt_none", &[], Some(W), Fail::Never, "None"),
    f("rt_ellipsis", &[], Some(W), Fail::Never, "Ellipsis (immortal)"),
    f("rt_bool_box", &[I32], Some(W), Fail::Never, "True for non-zero, else False"),
    f("rt_str_const", &[Ptr, Ptr, I64], Some(W), Fail::Zero, "(slot, utf8 bytes, len): the str constant cached in *slot (created on first use)"),
    f("rt_bytes_const", &[Ptr, Ptr, I64], Some(W), Fail::Zero, "(slot, bytes, len): the bytes constant cached in *slot"),
    f("rt_int_const", &[Ptr, Ptr, I64], Some(W), Fail::Zero, "(slot, ASCII decimal digits with optional '-', len): an int constant too big for a small int, cached in *slot"),
    f("rt_float_box", &[F64], Some(W), Fail::Zero, "a float object"),
    f("rt_float_unbox", &[W], Some(F64), Fail::Flag, "float value of a float, int or bool (TypeError otherwise)"),
    f("rt_truthy", &[W], Some(I32), Fail::MinusOne, "bool(x) as 0/1"),
    // --- int slow paths: operands are ints (small or big); called when the inline fast path overflows
    f("rt_int_add", &[W, W], Some(W), Fail::Zero, "a + b"),
    f("rt_int_sub", &[W, W], Some(W), Fail::Zero, "a - b"),
    f("rt_int_mul", &[W, W], Some(W), Fail::Zero, "a * b"),
    f("rt_int_floordiv", &[W, W], Some(W), Fail::Zero, "a // b (ZeroDivisionError: integer division or modulo by zero)"),
    f("rt_int_mod", &[W, W], Some(W), Fail::Zero, "a % b (ZeroDivisionError: integer modulo by zero)"),
    f("rt_int_pow", &[W, W], Some(W), Fail::Zero, "a ** b for b >= 0 (ints only; negative b returns a float object)"),
    f("rt_int_lshift", &[W, W], Some(W), Fail::Zero, "a << b (ValueError: negative shift count)"),
    f("rt_int_rshift", &[W, W], Some(W), Fail::Zero, "a >> b"),
    f("rt_int_and", &[W, W], Some(W), Fail::Zero, "a & b"),
    f("rt_int_or", &[W, W], Some(W), Fail::Zero, "a | b"),
    f("rt_int_xor", &[W, W], Some(W), Fail::Zero, "a ^ b"),
    f("rt_int_neg", &[W], Some(W), Fail::Zero, "-a"),
    f("rt_int_invert", &[W], Some(W), Fail::Zero, "~a"),
    f("rt_int_truediv", &[W, W], Some(F64), Fail::Flag, "a / b as float (ZeroDivisionError: division by zero; OverflowError)"),
    f("rt_int_cmp", &[W, W], Some(I32), Fail::Never, "-1, 0 or 1 comparing two ints"),
    f("rt_int_to_float", &[W], Some(F64), Fail::Flag, "float(a) (OverflowError: int too large to convert to float)"),
    // --- float slow paths
    f("rt_float_div", &[F64, F64], Some(F64), Fail::Flag, "a / b (ZeroDivisionError: float division by zero)"),
    f("rt_float_floordiv", &[F64, F64], Some(F64), Fail::Flag, "a // b (ZeroDivisionError: float floor division by zero)"),
    f("rt_float_mod", &[F64, F64], Some(F64), Fail::Flag, "a % b (ZeroDivisionError: float modulo)"),
    f("rt_float_pow", &[F64, F64], Some(F64), Fail::Flag, "a ** b (ZeroDivisionError / OverflowError / ValueError as CPython)"),
    // --- generic (dynamically typed) operations
    f("rt_binop", &[I32, W, W], Some(W), Fail::Zero, "a <op> b for a `binop` code, with CPython's dispatch and TypeError messages"),
    f("rt_inplace_binop", &[I32, W, W], Some(W), Fail::Zero, "a <op>= b (list += extends in place)"),
    f("rt_unaryop", &[I32, W], Some(W), Fail::Zero, "<op> a for a `unaryop` code"),
    f("rt_compare", &[I32, W, W], Some(W), Fail::Zero, "a <cmp> b as an object, for a `cmpop` code"),
    f("rt_compare_bool", &[I32, W, W], Some(I32), Fail::MinusOne, "bool(a <cmp> b) as 0/1"),
    f("rt_contains", &[W, W], Some(I32), Fail::MinusOne, "(container, item): item in container"),
    f("rt_getitem", &[W, W], Some(W), Fail::Zero, "a[b] (b may be a slice object)"),
    f("rt_setitem", &[W, W, W], Some(I32), Fail::MinusOne, "(a, b, v): a[b] = v"),
    f("rt_delitem", &[W, W], Some(I32), Fail::MinusOne, "del a[b]"),
    f("rt_slice_new", &[W, W, W], Some(W), Fail::Zero, "slice(start, stop, step); None for missing parts"),
    f("rt_getattr", &[W, W], Some(W), Fail::Zero, "(obj, name str): obj.name, bound methods included"),
    f("rt_setattr", &[W, W, W], Some(I32), Fail::MinusOne, "(obj, name, v): obj.name = v"),
    f("rt_call", &[W, Ptr, I64, W], Some(W), Fail::Zero, "(callable, args, nargs, kwnames): vectorcall; args holds nargs positional values then one value per name of the kwnames tuple (kwnames 0 when none)"),
    f("rt_call_method", &[W, W, Ptr, I64, W], Some(W), Fail::Zero, "(obj, name str, args, nargs, kwnames): obj.name(*args, **kw) without creating the bound method"),
    f("rt_load_builtin", &[Ptr, Ptr, I64], Some(W), Fail::Zero, "(slot, name, len): the builtin named (function, type or exception class), cached in *slot; NameError if none"),
    f("rt_import", &[Ptr, Ptr, I64], Some(W), Fail::Zero, "(slot, name, len): the runtime-provided module named (`sys`), cached in *slot; ModuleNotFoundError if none"),
    f("rt_len", &[W], Some(I64), Fail::MinusOne, "len(a)"),
    f("rt_len_obj", &[W], Some(W), Fail::Zero, "len(a) as an int object (a user __len__ may return up to 2**63-1, beyond the small ints)"),
    f("rt_iter", &[W], Some(W), Fail::Zero, "iter(a)"),
    f("rt_iter_next", &[W], Some(W), Fail::Zero, "next item; 0 with no exception set when exhausted"),
    f("rt_str", &[W], Some(W), Fail::Zero, "str(a)"),
    f("rt_repr", &[W], Some(W), Fail::Zero, "repr(a)"),
    f("rt_ascii", &[W], Some(W), Fail::Zero, "ascii(a)"),
    f("rt_format", &[W, W], Some(W), Fail::Zero, "format(a, spec): spec is a str"),
    f("rt_str_concat_n", &[Ptr, I64], Some(W), Fail::Zero, "concatenate n str objects (f-strings)"),
    // --- containers
    f("rt_list_new", &[Ptr, I64], Some(W), Fail::Zero, "a list of n items (borrowed)"),
    f("rt_tuple_new", &[Ptr, I64], Some(W), Fail::Zero, "a tuple of n items (borrowed)"),
    f("rt_set_new", &[Ptr, I64], Some(W), Fail::Zero, "a set of n items (borrowed)"),
    f("rt_dict_new", &[], Some(W), Fail::Zero, "an empty dict"),
    f("rt_dict_setitem", &[W, W, W], Some(I32), Fail::MinusOne, "(d, k, v): d[k] = v"),
    f("rt_dict_update", &[W, W], Some(I32), Fail::MinusOne, "d.update(mapping), for `**m` in dict displays"),
    f("rt_list_append", &[W, W], Some(I32), Fail::MinusOne, "list.append"),
    f("rt_list_extend", &[W, W], Some(I32), Fail::MinusOne, "list.extend(iterable), for `*xs` in displays and calls"),
    f("rt_set_add", &[W, W], Some(I32), Fail::MinusOne, "set.add, for `*xs` in set displays"),
    f("rt_list_to_tuple", &[W], Some(W), Fail::Zero, "tuple(list)"),
    f("rt_unpack", &[W, I64, Ptr], Some(I32), Fail::MinusOne, "(seq, n, out): unpack exactly n items into out[0..n] (new references); CPython's ValueError messages"),
    f("rt_unpack_star", &[W, I64, I64, Ptr], Some(I32), Fail::MinusOne, "(seq, before, after, out): `a, *b, c = seq`: out gets before items, a list, after items"),
    // --- exceptions and tracebacks
    f("rt_raise", &[W], None, Fail::Always, "raise an exception instance or class"),
    f("rt_raise_from", &[W, W], None, Fail::Always, "raise exc from cause (cause may be None)"),
    f("rt_err_occurred", &[], Some(I32), Fail::Never, "1 when an exception is set"),
    f("rt_err_fetch", &[], Some(W), Fail::Never, "take the current exception (new reference) and clear the indicator; 0 if none"),
    f("rt_err_restore", &[W], None, Fail::Never, "set the current exception again (steals the reference), e.g. after `finally`"),
    f("rt_exc_matches", &[W, W], Some(I32), Fail::MinusOne, "(exc, type or tuple of types): does an `except` clause match"),
    f("rt_exc_set_handled", &[W], Some(W), Fail::Never, "enter an `except` block: exc becomes the handled exception (context of new ones, re-raised by bare `raise`); returns the previous one (new reference)"),
    f("rt_exc_restore_handled", &[W], None, Fail::Never, "leave an `except` block: restore the previous handled exception (steals the reference)"),
    f("rt_reraise", &[], None, Fail::Always, "bare `raise`: re-raise the handled exception (RuntimeError: No active exception to reraise)"),
    f("rt_main_global", &[Ptr], None, Fail::Never, "register a global slot of the main module, in the order its body binds them (dropped in that order at shutdown)"),
    f("rt_traceback_keep", &[W], None, Fail::Never, "give the propagating exception an owned local of the frame it leaves (kept alive with it, as CPython's traceback keeps frames)"),
    f("rt_traceback_add", &[Ptr, I64], None, Fail::Never, "(code: the function name then the file name, each NUL-terminated UTF-8; position word, see `traceback_position`): record a frame on the propagating exception"),
    f("rt_raise_name_error", &[Ptr, I64, Ptr, I64], None, Fail::Always, "NameError: name 'x' is not defined (name; then the suggestion candidates: the function's locals, NUL, the module's globals, each newline separated)"),
    f("rt_raise_unbound_local", &[Ptr, I64], None, Fail::Always, "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"),
    f("rt_raise_assertion", &[W], None, Fail::Always, "AssertionError with the message object, or none when the word is 0"),
    f("rt_recursion_enter", &[], Some(I32), Fail::MinusOne, "count a call; RecursionError: maximum recursion depth exceeded past the limit"),
    f("rt_recursion_leave", &[], None, Fail::Never, "uncount a call"),
    f("rt_recursion_check", &[I64], Some(I32), Fail::MinusOne, "(depth of compiled frames, counted inline by compiled code, which calls this only past RECURSION_CHECK_DEPTH): RecursionError: maximum recursion depth exceeded when it plus the runtime's depth exceeds sys.getrecursionlimit()"),
    f("rt_call_ex", &[W, W, W], Some(W), Fail::Zero, "(callable, args tuple, kwargs dict or 0): callable(*args, **kwargs), for calls with `*` or `**` arguments"),
    // --- appended by the runtime
    f("rt_set_new_const", &[Ptr, I64], Some(W), Fail::Zero, "a set literal of n (>= 3) constants, built as CPython does (frozenset constant + SET_UPDATE) so iteration order matches"),
    f("rt_function_new", &[I64, Ptr, W, W, W], Some(W), Fail::Zero, "(code info from rt_code_const, code, defaults tuple or 0, kw-only defaults dict or 0, closure tuple of cells or 0): a function object; calling it runs `W code(W function, const W *args, I64 nargs, W kwnames)` with rt_call's convention"),
    f("rt_code_const", &[Ptr, Ptr, I64], Some(I64), Fail::Zero, "(slot, spec, len): the signature of a `def` (opaque, kept for the whole run), parsed from the spec once and cached in *slot; spec lines: name, qualname, `argcount posonly kwonly varargs varkw`, then the parameter names in source order"),
    f("rt_bind_args", &[W, Ptr, I64, W, Ptr], Some(I32), Fail::MinusOne, "(function, args, nargs, kwnames, out): binds a call's arguments to the parameters of a compiled function as CPython does (its TypeErrors included); out receives one new reference per parameter, in source order"),
    f("rt_function_closure", &[W], Some(W), Fail::Never, "(function): its closure tuple, borrowed (None when it has none)"),
    f("rt_cell_new", &[W], Some(W), Fail::Zero, "(value or 0 for unbound): a closure cell; compiled code reads and writes its value word in place at CELL_VALUE_OFFSET"),
    f("rt_ns_get", &[W, W], Some(W), Fail::Never, "(namespace dict, name str): the value bound to the name (new reference), 0 without an exception when unbound"),
    f("rt_ns_delete", &[W, W], Some(I32), Fail::MinusOne, "(namespace dict, name str): unbinds the name; NameError when unbound"),
    f("rt_gen_new", &[Ptr, I64, I64, I64], Some(W), Fail::Zero, "(resume code, frame words, parameter count, code info from rt_code_const): a generator whose body is `W resume(W generator, u64 *frame, W sent)`; frame[0] is the state (0 not started, k > 0 suspended at resume point k, -1 finished), frame[1..=n] the parameters (owned by the generator)"),
    f("rt_gen_frame", &[W], Some(Ptr), Fail::Never, "(generator): the address of its frame"),
    f("rt_yf_send", &[W, W], Some(W), Fail::Zero, "(iterator, sent or 0 to throw the current exception into it): one step of `yield from`: the value it yields; 0 with no exception set when it finished (its return value then from rt_yf_result)"),
    f("rt_yf_result", &[], Some(W), Fail::Never, "the return value of the sub-iterator the last `yield from` step finished (new reference)"),
    f("rt_module_new", &[W, W], Some(W), Fail::Zero, "(name str, file str): a module of the program, before its body runs"),
    f("rt_module_bind", &[W, W, Ptr], Some(I32), Fail::MinusOne, "(module, name str, global slot): the module's attribute `name` is the compiled code's global slot (read and written in place)"),
    f("rt_import_from", &[W, W], Some(W), Fail::Zero, "(module, name str): `from module import name` of a name the module does not define statically: its attribute, else ImportError as CPython words it"),
    f("rt_raise_unbound_free", &[Ptr, I64], None, Fail::Always, "NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope"),
    f("rt_class_new", &[W, W, W], Some(W), Fail::Zero, "(name str, bases tuple or 0, namespace dict): a class; calling it creates an instance and runs __init__ from the namespace"),
    f("rt_class_set_fields", &[W, W], None, Fail::Never, "(known class, field names str separated by newlines, `:f` after a name for an unboxed float field): the attributes its instances keep in slots at INSTANCE_FIELDS_OFFSET + 8 * index (called once, right after rt_class_new)"),
    f("rt_instance_new", &[W], Some(W), Fail::Zero, "(known class): a new instance with every field slot unbound (0), before `__init__` runs; TypeError unless a class"),
    f("rt_delattr", &[W, W], Some(I32), Fail::MinusOne, "(obj, name str): del obj.name"),
    f("rt_list_getitem", &[W, W], Some(W), Fail::Zero, "(list, int): list[i], for a list statically known to be one and an int index (IndexError: list index out of range)"),
    f("rt_list_setitem", &[W, W, W], Some(I32), Fail::MinusOne, "(list, int, v): list[i] = v, for a list statically known to be one and an int index"),
    f("rt_frozenset_new_const", &[Ptr, I64], Some(W), Fail::Zero, "the frozenset constant CPython makes of a set display of constants iterated by `for` (its iteration order)"),
    // --- with and match
    f("rt_with_enter", &[W, Ptr], Some(W), Fail::Zero, "(manager, exit out): looks up `__enter__` then `__exit__` on the manager's type (CPython 3.11's TypeErrors when missing), stores the bound `__exit__` (new reference) in *out and returns `__enter__()`"),
    f("rt_with_exit_exc", &[W, W], Some(I32), Fail::MinusOne, "(bound __exit__, exception): `__exit__(type(e), e, None)` (no traceback objects yet); 1 when it returns a truthy value (the exception is suppressed)"),
    f("rt_match_sequence", &[W, I64, I32], Some(I32), Fail::MinusOne, "(subject, n, star): a sequence pattern's test: subject is a list, tuple or range (or subclass; not str/bytes/dict) of exactly n items, or at least n when star"),
    f("rt_match_mapping", &[W, W, I32], Some(W), Fail::Zero, "(subject, keys tuple, rest): None unless subject is a dict (or subclass) holding every key (looked up with `get`), else the tuple of their values, then a dict of the other items when rest; ValueError for a duplicate key"),
    f("rt_match_class", &[W, W, I64, W], Some(W), Fail::Zero, "(subject, cls, nargs, kwnames tuple): None unless isinstance(subject, cls) and it has the attributes, else the tuple of the nargs attributes named by `cls.__match_args__` (the subject itself for int(x), str(x), ...) then the kwnames ones; CPython's TypeErrors"),
];

/// Byte offset of the value word in a closure cell (after the object header).
pub const CELL_VALUE_OFFSET: i64 = 16;

/// Byte offset of the first field slot of an instance of a known class (after the object
/// header, the instance dict, the `__slots__` storage and the bound-floats words); field `i`
/// is 8 * i further.
pub const INSTANCE_FIELDS_OFFSET: i64 = 40;

/// Byte offset of an instance's bound-floats word: bit `i` is set while unboxed float field
/// `i` (whose slot holds the f64 itself) has a value.
pub const INSTANCE_BOUND_OFFSET: i64 = 32;

/// Byte offsets of a list object's item pointer (to `len` words) and its length: the runtime's
/// `ListObj` is the object header and a `Vec` of words, laid out by rustc as (capacity,
/// pointer, length), which the runtime's ABI tests check.
pub const LIST_ITEMS_OFFSET: i64 = 24;
pub const LIST_LEN_OFFSET: i64 = 32;

/// Compiled functions count their frames in a module global and call `rt_recursion_check`
/// once the count passes this (CPython's default recursion limit, less the `<module>` frame).
pub const RECURSION_CHECK_DEPTH: i64 = 999;

/// Where a float object keeps its `f64` (after `ob_refcnt` and `ob_type`): compiled code reads
/// a value statically known to be a float object (a `list[float]` element) directly.
pub const FLOAT_VALUE_OFFSET: i64 = 16;

/// The position word of `rt_traceback_add`: the failing instruction's line in bits 0..32,
/// its 0-based start column (in characters) + 1 in bits 32..48, and its end column + 1 in
/// bits 48..64, or 0xFFFF there when it ends on a later line. Columns that do not fit leave
/// both column fields 0 (no markers under the source line).
pub fn traceback_position(line: u32, col: u32, end_line: u32, end_col: u32) -> i64 {
    let end = if end_line != line { Some(0xFFFF) } else { end_col.checked_add(1).filter(|&e| e < 0xFFFF) };
    let cols = match (col.checked_add(1).filter(|&c| c < 0xFFFF), end) {
        (Some(c), Some(e)) => (c as u64) << 32 | (e as u64) << 48,
        _ => 0,
    };
    (line as u64 | cols) as i64
}

/// Looks a runtime function up by name.
pub fn lookup(name: &str) -> Option<&'static RtFn> {
    RUNTIME_FUNCTIONS.iter().find(|f| f.name == name)
}

/// The symbol compiled programs export as their entry point: `W m0_main(void)` runs the
/// `__main__` module and returns None, or 0 with an exception set. The runtime's C `main`
/// stores argv, calls it, prints an uncaught exception's traceback (exit 1) or handles
/// `SystemExit`, and flushes stdout.
pub const ENTRY_SYMBOL: &str = "m0_main";

#[cfg(test)]
mod tests {
    use super::traceback_position;

    #[test]
    fn traceback_position_words() {
        assert_eq!(traceback_position(3, 11, 3, 17), 3 | 12 << 32 | 18 << 48);
        // ends on a later line: marked to the end of the first one
        assert_eq!(traceback_position(7, 4, 9, 1), 7 | 5 << 32 | 0xFFFF << 48);
        // columns past 16 bits: the line only
        assert_eq!(traceback_position(2, 70_000, 2, 70_010), 2);
    }
}
