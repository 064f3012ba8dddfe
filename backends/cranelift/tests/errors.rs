//! Malformed machine modules are reported as `BackendError`s (naming the function and the op),
//! never as panics; and they never reach the internal-panic guard either.

mod common;

use common::*;
use metal0_backend_cranelift::{BackendError, ErrorKind, Options, compile_object, emit_clif};
use metal0_dialects::{Attr, Builder, Module, Value, attr};

/// Both entry points fail with the same error, which is a genuine diagnosis (not a caught panic).
fn error_of(m: &Module) -> BackendError {
    let e = compile_object(m, &Options::default()).expect_err("malformed module was accepted");
    let e2 = emit_clif(m).expect_err("emit_clif accepted a malformed module");
    assert_eq!(e.message, e2.message);
    assert!(!e.message.contains("internal error"), "backend panicked: {e}");
    e
}

/// `m0_main() -> i64` whose entry block is filled by `f`.
fn main_with(f: impl FnOnce(&mut Module, &Func)) -> Module {
    let mut m = Module::new();
    let main = func(&mut m, "m0_main", &[], &[i64t()], true, &[i64t()]);
    f(&mut m, &main);
    m
}

#[test]
fn call_to_unknown_function() {
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let r = call(&mut b, "no_such_function", &[], Some(i64t())).unwrap();
        ret(&mut b, &[r]);
    });
    let e = error_of(&m);
    assert_eq!(e.kind, ErrorKind::Malformed);
    assert_eq!(e.function.as_deref(), Some("m0_main"));
    assert!(e.message.contains("'machine.call' op") && e.message.contains("unknown function @no_such_function"), "{e}");
    assert!(e.to_string().contains("in function @m0_main"), "{e}");
}

#[test]
fn call_with_wrong_arguments() {
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = fc(&mut b, 1.0);
        let r = call(&mut b, "rt_int_add", &[x], Some(i64t())).unwrap();
        ret(&mut b, &[r]);
    });
    assert!(error_of(&m).message.contains("passes 1 arguments to @rt_int_add, which takes 2"));
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = fc(&mut b, 1.0);
        let r = call(&mut b, "rt_int_neg", &[x], Some(i64t())).unwrap();
        ret(&mut b, &[r]);
    });
    assert!(error_of(&m).message.contains("passes a f64 as argument 0 of @rt_int_neg, which takes i64"));
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let r = call(&mut b, "rt_none", &[], None);
        assert!(r.is_none());
        let z = c64(&mut b, 0);
        ret(&mut b, &[z]);
    });
    assert!(error_of(&m).message.contains("expects 0 results from @rt_none, which returns 1"));
}

#[test]
fn use_of_undefined_values() {
    // A value whose op was never inserted in any block.
    let m = main_with(|m, f| {
        let detached = m.create_op("machine.const", &[], &[i64t()], vec![attr("value", Attr::i64(1))], Default::default());
        let v = m.op(detached).results[0];
        let mut b = Builder::new(m, f.entry);
        ret(&mut b, &[v]);
    });
    let e = error_of(&m);
    assert_eq!(e.kind, ErrorKind::Malformed);
    assert!(e.message.contains("'machine.return' op") && e.message.contains("not defined at this point"), "{e}");

    // A value used before its definition in the same block.
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let one = c64(&mut b, 1);
        let later = m.create_op("machine.const", &[], &[i64t()], vec![attr("value", Attr::i64(2))], Default::default());
        let v = m.op(later).results[0];
        let mut b = Builder::new(m, f.entry);
        let s = bin(&mut b, "machine.iadd", one, v);
        m.append_op(f.entry, later);
        let mut b = Builder::new(m, f.entry);
        ret(&mut b, &[s]);
    });
    assert!(error_of(&m).message.contains("'machine.iadd' op"));

    // A value id past the end of the arena.
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        ret(&mut b, &[Value(1_000_000)]);
    });
    assert!(error_of(&m).message.contains("value id 1000000 is out of range"));
}

#[test]
fn use_outside_the_dominance_region_fails_verification() {
    // if c: x = 1 (then) ; merge: return x   -- x does not dominate merge
    let mut m = Module::new();
    let f = func(&mut m, "m0_main", &[i64t()], &[i64t()], true, &[]);
    let p = f.param(&m, 0);
    let then = f.block(&mut m);
    let merge = f.block(&mut m);
    let mut b = Builder::new(&mut m, f.entry);
    let zero = c64(&mut b, 0);
    let c = icmp(&mut b, "eq", p, zero);
    cond_br(&mut b, c, then, merge);
    b.block = then;
    let x = c64(&mut b, 1);
    br(&mut b, merge);
    b.block = merge;
    ret(&mut b, &[x]);
    let e = error_of(&m);
    assert_eq!(e.kind, ErrorKind::Verifier, "{e}");
    assert_eq!(e.function.as_deref(), Some("m0_main"));
    assert!(e.message.contains("non-dominating"), "{e}");
    assert!(e.clif.as_deref().unwrap_or("").contains("function %m0_main(i64) -> i64"), "{:?}", e.clif);
}

#[test]
fn blocks_without_terminators() {
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        c64(&mut b, 1);
    });
    let e = error_of(&m);
    assert!(e.message.contains("'machine.const' op") && e.message.contains("is not a terminator"), "{e}");

    let m = main_with(|_, _| {});
    assert!(error_of(&m).message.contains("block #0 is empty"));

    // A terminator in the middle of a block.
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let one = c64(&mut b, 1);
        ret(&mut b, &[one]);
        ret(&mut b, &[one]);
    });
    assert!(error_of(&m).message.contains("is a terminator but not the last op"));

    // An unreachable block without terminator is still an error.
    let m = main_with(|m, f| {
        let dead = f.block(m);
        let mut b = Builder::new(m, f.entry);
        let one = c64(&mut b, 1);
        ret(&mut b, &[one]);
        b.block = dead;
        c64(&mut b, 2);
    });
    assert!(error_of(&m).message.contains("is not a terminator"));
}

#[test]
fn bad_branches() {
    // A branch to a block of another function.
    let mut m = Module::new();
    let other = func(&mut m, "other", &[], &[], false, &[]);
    let mut b = Builder::new(&mut m, other.entry);
    ret(&mut b, &[]);
    let f = func(&mut m, "m0_main", &[], &[], true, &[]);
    let mut b = Builder::new(&mut m, f.entry);
    br(&mut b, other.entry);
    assert!(error_of(&m).message.contains("not a block of this function"));

    // cond_br with one successor.
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let c = cty(&mut b, 1, i1());
        let op = b.op("machine.cond_br", &[c], &[], vec![]);
        m.op_mut(op).successors = vec![f.entry];
    });
    assert!(error_of(&m).message.contains("expects 2 successors, has 1"));

    // cond_br on an i64.
    let m = main_with(|m, f| {
        let next = f.block(m);
        let mut b = Builder::new(m, f.entry);
        let c = c64(&mut b, 1);
        cond_br(&mut b, c, next, next);
        b.block = next;
        ret(&mut b, &[c]);
    });
    assert!(error_of(&m).message.contains("the condition has type i64, expected i1"));
}

#[test]
fn type_errors() {
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = c64(&mut b, 1);
        let y = fc(&mut b, 2.0);
        let s = b.value("machine.iadd", &[x, y], i64t(), vec![]);
        ret(&mut b, &[s]);
    });
    assert!(error_of(&m).message.contains("'machine.iadd' op"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let y = fc(&mut b, 2.0);
        ret(&mut b, &[y]);
    });
    assert!(error_of(&m).message.contains("returns a f64 but the function returns i64"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = cty(&mut b, 300, i8t());
        let x = un(&mut b, "machine.zext", x, i64t());
        ret(&mut b, &[x]);
    });
    assert!(error_of(&m).message.contains("constant 300 does not fit in i8"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = c64(&mut b, 3);
        let t = un(&mut b, "machine.zext", x, i32t());
        let t = un(&mut b, "machine.zext", t, i64t());
        ret(&mut b, &[t]);
    });
    assert!(error_of(&m).message.contains("extends i64 to the narrower type i32"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = c64(&mut b, 3);
        let c = icmp(&mut b, "less", x, x);
        let z = un(&mut b, "machine.zext", c, i64t());
        ret(&mut b, &[z]);
    });
    assert!(error_of(&m).message.contains("unknown predicate \"less\""));

    // Unsupported types.
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = b.value("machine.const", &[], metal0_dialects::Type::dialect("py", "object"), vec![attr("value", Attr::i64(0))]);
        ret(&mut b, &[x]);
    });
    assert!(error_of(&m).message.contains("is not a machine scalar type"));
}

#[test]
fn bad_variables_ops_and_module_contents() {
    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let v = var_get(&mut b, 3, i64t());
        ret(&mut b, &[v]);
    });
    assert!(error_of(&m).message.contains("variable slot 3 is out of range"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let x = fc(&mut b, 1.0);
        var_set(&mut b, 0, x);
        let z = c64(&mut b, 0);
        ret(&mut b, &[z]);
    });
    assert!(error_of(&m).message.contains("writes a f64 to slot 0 of type i64"));

    let m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let v = b.value("machine.frobnicate", &[], i64t(), vec![]);
        ret(&mut b, &[v]);
    });
    assert!(error_of(&m).message.contains("'machine.frobnicate' op"));

    // Junk at module level, duplicate symbols, entry arguments not matching function_type.
    let mut m = main_with(|m, f| {
        let mut b = Builder::new(m, f.entry);
        let z = c64(&mut b, 0);
        ret(&mut b, &[z]);
    });
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    c64(&mut b, 1);
    assert!(error_of(&m).message.contains("is not allowed at module level"));

    let mut m = Module::new();
    global(&mut m, "x", 8);
    data(&mut m, "x", b"x");
    assert!(error_of(&m).message.contains("redefines symbol @x"));

    let mut m = Module::new();
    let f = func(&mut m, "m0_main", &[], &[], true, &[]);
    m.add_block_arg(f.entry, i64t());
    let mut b = Builder::new(&mut m, f.entry);
    ret(&mut b, &[]);
    assert!(error_of(&m).message.contains("the entry block has 1 arguments but function_type has 0 parameters"));

    let mut m = Module::new();
    global(&mut m, "g", -8);
    assert!(error_of(&m).message.contains("negative size"));
}

#[test]
fn empty_module_compiles() {
    let m = Module::new();
    let obj = compile_object(&m, &Options::default()).unwrap();
    assert_eq!(&obj[..4], b"\x7fELF");
}
