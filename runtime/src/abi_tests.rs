//! Tests of the extern "C" surface used the way compiled programs use it; each scenario's
//! expected output was produced by CPython 3.11 running the equivalent Python program.

#![allow(clippy::approx_constant)]

use crate::abi::*;
use crate::object::*;
use std::ptr::null_mut;

fn s(x: &str) -> W {
    unsafe { rt_str_const(null_mut(), x.as_ptr(), x.len() as i64) }
}
fn b(name: &str) -> W {
    unsafe { rt_load_builtin(null_mut(), name.as_ptr(), name.len() as i64) }
}
fn i(v: i64) -> W {
    crate::int::from_i64(v).into_w()
}
fn f(v: f64) -> W {
    rt_float_box(v)
}
fn tup(items: &[W]) -> W {
    unsafe { rt_tuple_new(items.as_ptr(), items.len() as i64) }
}
fn lst(items: &[W]) -> W {
    unsafe { rt_list_new(items.as_ptr(), items.len() as i64) }
}
/// callable(*pos, **kw)
fn call(c: W, pos: &[W], kw: &[(&str, W)]) -> W {
    let mut args: Vec<W> = pos.to_vec();
    let names: Vec<W> = kw.iter().map(|(k, _)| s(k)).collect();
    args.extend(kw.iter().map(|(_, v)| *v));
    let kwt = if kw.is_empty() { 0 } else { tup(&names) };
    unsafe { rt_call(c, args.as_ptr(), pos.len() as i64, kwt) }
}
fn bcall(name: &str, pos: &[W], kw: &[(&str, W)]) -> W {
    call(b(name), pos, kw)
}
fn meth(o: W, name: &str, pos: &[W], kw: &[(&str, W)]) -> W {
    let mut args: Vec<W> = pos.to_vec();
    let names: Vec<W> = kw.iter().map(|(k, _)| s(k)).collect();
    args.extend(kw.iter().map(|(_, v)| *v));
    let kwt = if kw.is_empty() { 0 } else { tup(&names) };
    unsafe { rt_call_method(o, s(name), args.as_ptr(), pos.len() as i64, kwt) }
}
fn print(pos: &[W]) {
    assert_ne!(bcall("print", pos, &[]), 0);
}
fn sys() -> W {
    unsafe { rt_import(null_mut(), "sys".as_ptr(), 3) }
}
fn attr(o: W, n: &str) -> W {
    rt_getattr(o, s(n))
}
fn fstr(parts: &[W]) -> W {
    unsafe { rt_str_concat_n(parts.as_ptr(), parts.len() as i64) }
}
/// `r` is the failure sentinel and the current exception prints as `msg`.
fn chk(r: W, msg: &str) {
    assert_eq!(r, 0, "expected a failure");
    assert_eq!(err_line(), msg);
}
fn err_line() -> String {
    let e = rt_err_fetch();
    assert_ne!(e, 0, "expected an exception");
    let r = crate::traceback::format_exception_only(e);
    rt_decref(e);
    r
}

#[test]
fn program_outputs_match_cpython() {
    let (out, err) = crate::sys::capture(|| {
        let d1 = crate::dict::new();
        crate::dict::setitem(d1.w(), s("a"), i(1)).unwrap();
        assert_ne!(
            bcall(
                "print",
                &[i(1), s("a"), f(2.5), rt_none(), rt_bool_box(1), lst(&[i(1), s("x")]), tup(&[i(1)]), d1.w()],
                &[("sep", s("-")), ("end", s("!\n"))]
            ),
            0
        );
        bcall("print", &[s("err"), i(42)], &[("file", attr(sys(), "stderr"))]);
        print(&[bcall("sorted", &[lst(&[s("bb"), s("a"), s("ccc"), s("dd")])], &[("key", b("len")), ("reverse", rt_bool_box(1))])]);
        let d = rt_dict_new();
        meth(d, "update", &[lst(&[tup(&[i(1), i(2)])])], &[("z", i(3))]);
        print(&[d, meth(d, "keys", &[], &[]), meth(d, "values", &[], &[]), meth(d, "items", &[], &[])]);
        let (x, y) = (f(3.14159), i(1234567));
        print(&[fstr(&[
            rt_format(x, s(">8.3f")),
            s("|"),
            rt_format(y, s(",")),
            s("|"),
            rt_format(rt_repr(y), s(">10")),
            s("|"),
            rt_format(s("é"), s("^5")),
            s("|"),
        ])]);
        let items = [i(3), i(1), i(2)];
        let st = unsafe { rt_set_new_const(items.as_ptr(), 3) };
        assert_eq!(rt_set_add(st, i(10)), 0);
        print(&[st, i(rt_len(st)), rt_bool_box(rt_contains(st, i(2))), rt_bool_box(rt_contains(st, i(7)))]);
        print(&[
            rt_binop(6, i(2), i(100)),
            rt_binop(4, i(-7), i(2)),
            rt_binop(5, i(-7), i(3)),
            rt_binop(3, i(7), i(2)),
            rt_binop(6, i(2), i(-2)),
            rt_binop(4, rt_binop(6, i(10), i(20)), i(3)),
            bcall("divmod", &[i(-7), i(2)], &[]),
        ]);
        let list = |x: W| bcall("list", &[x], &[]);
        print(&[
            list(bcall("range", &[i(10), i(0), i(-3)], &[])),
            list(bcall("enumerate", &[s("ab"), i(1)], &[])),
            list(bcall("zip", &[lst(&[i(1), i(2), i(3)]), s("ab")], &[])),
            list(bcall("reversed", &[lst(&[i(1), i(2), i(3)])], &[])),
        ]);
        print(&[
            meth(s(" "), "join", &[bcall("map", &[b("str"), lst(&[i(1), i(2), i(3)])], &[])], &[]),
            list(bcall("filter", &[rt_none(), lst(&[i(0), i(1), s(""), s("a")])], &[])),
        ]);
        print(&[
            bcall("min", &[lst(&[i(3), i(1), i(2)])], &[]),
            bcall("max", &[s("abc")], &[]),
            bcall("sum", &[lst(&[i(1), i(2), i(3)]), i(10)], &[]),
            bcall("abs", &[f(-5.5)], &[]),
            bcall("round", &[f(3.14159), i(2)], &[]),
            bcall("round", &[f(2.5)], &[]),
            bcall("round", &[f(-0.5)], &[]),
        ]);
        print(&[
            bcall("isinstance", &[rt_bool_box(1), b("int")], &[]),
            attr(bcall("type", &[i(3)], &[]), "__name__"),
            bcall("type", &[s("a")], &[]),
            bcall("int", &[s("  42 ")], &[]),
            bcall("float", &[s("1e3")], &[]),
            rt_str(f(1.0)),
            rt_repr(s("x")),
        ]);
        print(&[
            rt_binop(2, lst(&[i(1), i(2)]), i(2)),
            rt_binop(0, tup(&[i(1), i(2)]), tup(&[i(3)])),
            rt_binop(2, s("ab"), i(3)),
            rt_compare(0, lst(&[i(1), i(2)]), lst(&[i(1), i(3)])),
            rt_compare(2, tup(&[i(1), s("a")]), tup(&[i(1), s("a")])),
        ]);
        print(&[
            meth(s("a,b,,c"), "split", &[s(",")], &[]),
            meth(s("Hello World"), "lower", &[], &[]),
            meth(s("  x  "), "strip", &[], &[]),
            meth(meth(s("abc"), "upper", &[], &[]), "center", &[i(9), s("*")], &[]),
        ]);
        print(&[
            bcall("hex", &[i(255)], &[]),
            bcall("oct", &[i(8)], &[]),
            bcall("bin", &[i(5)], &[]),
            bcall("chr", &[i(65)], &[]),
            bcall("ord", &[s("A")], &[]),
            bcall("hash", &[i(-1)], &[]),
            rt_compare(2, bcall("hash", &[f(1.0)], &[]), bcall("hash", &[i(1)], &[])),
        ]);
        print(&[f(1e16), f(1.5e-7), f(0.1 + 0.2), f(f64::INFINITY), f(-0.0), f(1e22), f(123456789.0)]);
        print(&[
            rt_binop(5, s("%5.2f|%-4d|%s"), tup(&[f(3.14159), i(7), s("hi")])),
            meth(s("{} {:>4}"), "format", &[s("a"), s("b")], &[]),
        ]);
    });
    let expected = "1-a-2.5-None-True-[1, 'x']-(1,)-{'a': 1}!
['ccc', 'bb', 'dd', 'a']
{1: 2, 'z': 3} dict_keys([1, 'z']) dict_values([2, 3]) dict_items([(1, 2), ('z', 3)])
   3.142|1,234,567|   1234567|  é  |
{10, 1, 2, 3} 4 True False
1267650600228229401496703205376 -4 2 3.5 0.25 33333333333333333333 (-4, 1)
[10, 7, 4, 1] [(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] [3, 2, 1]
1 2 3 [1, 'a']
1 c 16 5.5 3.14 2 0
True int <class 'str'> 42 1000.0 1.0 'x'
[1, 2, 1, 2] (1, 2, 3) ababab True True
['a', 'b', '', 'c'] hello world x ***ABC***
0xff 0o10 0b101 A 65 -2 True
1e+16 1.5e-07 0.30000000000000004 inf -0.0 1e+22 123456789.0
 3.14|7   |hi a    b
";
    assert_eq!(out, expected);
    assert_eq!(err, "err 42\n");
}

/// CPython 3.11's messages for common errors (see the scenario in each line).
#[test]
fn error_messages_match_cpython() {
    let chk = |r: W, msg: &str| {
        assert_eq!(r, 0, "expected failure for {msg}");
        assert_eq!(err_line(), msg);
    };
    chk(bcall("len", &[i(1)], &[]), "TypeError: object of type 'int' has no len()");
    chk(rt_binop(0, i(1), s("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    chk(rt_binop(0, s("a"), i(1)), "TypeError: can only concatenate str (not \"int\") to str");
    chk(rt_binop(0, lst(&[]), i(1)), "TypeError: can only concatenate list (not \"int\") to list");
    chk(rt_binop(2, lst(&[]), s("a")), "TypeError: can't multiply sequence by non-int of type 'str'");
    chk(rt_binop(6, i(2), s("a")), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    chk(rt_unaryop(0, s("a")), "TypeError: bad operand type for unary -: 'str'");
    chk(rt_compare(0, i(1), s("a")), "TypeError: '<' not supported between instances of 'int' and 'str'");
    chk(rt_getattr(i(1), s("foo")), "AttributeError: 'int' object has no attribute 'foo'");
    chk(rt_getattr(b("int"), s("foo")), "AttributeError: type object 'int' has no attribute 'foo'");
    chk(rt_getitem(i(1), i(0)), "TypeError: 'int' object is not subscriptable");
    chk(rt_iter(i(1)), "TypeError: 'int' object is not iterable");
    chk(call(i(1), &[], &[]), "TypeError: 'int' object is not callable");
    chk(rt_getitem(s("abc"), i(5)), "IndexError: string index out of range");
    chk(rt_getitem(lst(&[]), i(0)), "IndexError: list index out of range");
    chk(rt_getitem(s("abc"), s("x")), "TypeError: string indices must be integers, not 'str'");
    chk(rt_getitem(lst(&[]), s("x")), "TypeError: list indices must be integers or slices, not str");
    chk(rt_getitem(rt_dict_new(), s("x")), "KeyError: 'x'");
    chk(meth(lst(&[]), "pop", &[], &[]), "IndexError: pop from empty list");
    chk(meth(lst(&[]), "remove", &[i(1)], &[]), "ValueError: list.remove(x): x not in list");
    chk(meth(lst(&[]), "index", &[i(5)], &[]), "ValueError: 5 is not in list");
    chk(meth(s("abc"), "index", &[s("z")], &[]), "ValueError: substring not found");
    chk(meth(lst(&[]), "append", &[], &[]), "TypeError: list.append() takes exactly one argument (0 given)");
    chk(meth(lst(&[]), "pop", &[i(1), i(2)], &[]), "TypeError: pop expected at most 1 argument, got 2");
    chk(bcall("len", &[i(1), i(2)], &[]), "TypeError: len() takes exactly one argument (2 given)");
    chk(bcall("print", &[], &[("foo", i(1))]), "TypeError: 'foo' is an invalid keyword argument for print()");
    chk(bcall("int", &[s("abc")], &[]), "ValueError: invalid literal for int() with base 10: 'abc'");
    chk(bcall("float", &[s("abc")], &[]), "ValueError: could not convert string to float: 'abc'");
    chk(rt_binop(4, i(1), i(0)), "ZeroDivisionError: integer division or modulo by zero");
    chk(rt_binop(5, i(1), i(0)), "ZeroDivisionError: integer modulo by zero");
    chk(rt_binop(3, i(1), i(0)), "ZeroDivisionError: division by zero");
    chk(rt_binop(3, f(1.0), i(0)), "ZeroDivisionError: float division by zero");
    chk(bcall("hash", &[lst(&[])], &[]), "TypeError: unhashable type: 'list'");
    chk(bcall("min", &[lst(&[])], &[]), "ValueError: min() arg is an empty sequence");
    chk(bcall("next", &[rt_iter(lst(&[]))], &[]), "StopIteration");
    chk(rt_format(f(1.5), s("d")), "ValueError: Unknown format code 'd' for object of type 'float'");
    chk(rt_binop(5, s("%s %s"), tup(&[i(1)])), "TypeError: not enough arguments for format string");
    chk(rt_binop(5, s("%s"), tup(&[i(1), i(2)])), "TypeError: not all arguments converted during string formatting");
    chk(bcall("sorted", &[lst(&[i(1), s("a")])], &[]), "TypeError: '<' not supported between instances of 'str' and 'int'");
    chk(call(attr(b("str"), "lower"), &[i(1)], &[]), "TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
    chk(bcall("dict", &[lst(&[tup(&[i(1), i(2), i(3)])])], &[]), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    chk(unsafe { rt_import(null_mut(), "foo".as_ptr(), 3) }, "ModuleNotFoundError: No module named 'foo'");
    chk(unsafe { rt_load_builtin(null_mut(), "nope".as_ptr(), 4) }, "NameError: name 'nope' is not defined. Did you mean: 'None'?"); // python3: print(nope)
    chk(rt_binop(0, f(1.0), s("a")), "TypeError: unsupported operand type(s) for +: 'float' and 'str'");
    chk(rt_inplace_binop(0, i(1), s(" ")), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    chk((rt_setitem(tup(&[i(1)]), i(0), i(1)) + 1) as u64, "TypeError: 'tuple' object does not support item assignment");
    chk(bcall("range", &[f(1.5)], &[]), "TypeError: 'float' object cannot be interpreted as an integer");
    chk(rt_binop(6, f(2.0), i(10000)), "OverflowError: (34, 'Numerical result out of range')");
    let mut out = [0u64; 3];
    assert_eq!(unsafe { rt_unpack(lst(&[i(1)]), 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: not enough values to unpack (expected 2, got 1)");
    assert_eq!(unsafe { rt_unpack(lst(&[i(1), i(2), i(3)]), 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: too many values to unpack (expected 2)");
    assert_eq!(unsafe { rt_unpack(i(1), 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "TypeError: cannot unpack non-iterable int object");
    assert_eq!(unsafe { rt_unpack_star(lst(&[i(1), i(2), i(3), i(4)]), 1, 1, out.as_mut_ptr()) }, 0);
    assert_eq!(crate::ops::repr_string(out[1]).unwrap(), "[2, 3]");
    assert_eq!(rt_err_occurred(), 0);
}

/// The position word: line 3, columns 11..17 (0-based, + 1 each).
#[test]
fn traceback_entries_carry_columns() {
    let dir = std::env::temp_dir().join(format!("m0abitb{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.py");
    std::fs::write(&file, "def f(d):\n    x = 1\n    return d['k'] + 1\n").unwrap();
    let mut code = b"f\0".to_vec();
    code.extend_from_slice(file.to_str().unwrap().as_bytes());
    code.push(0);
    assert_eq!(rt_getitem(rt_dict_new(), s("k")), 0);
    unsafe { rt_traceback_add(code.as_ptr().cast(), 3 | 12 << 32 | 18 << 48) };
    let e = rt_err_fetch();
    let text = crate::traceback::format_exception(e);
    let f = file.display();
    assert_eq!(text, format!("Traceback (most recent call last):\n  File \"{f}\", line 3, in f\n    return d['k'] + 1\n           ~^^^^^\nKeyError: 'k'\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exception_flow_and_chaining() {
    // try: {}['k']
    // except KeyError as e: raise ValueError('v') from e
    let r = rt_getitem(rt_dict_new(), s("k"));
    assert_eq!(r, 0);
    unsafe { rt_traceback_add(b"f\0t.py\0".as_ptr().cast(), 2) };
    let e = rt_err_fetch();
    assert_eq!(rt_exc_matches(e, b("LookupError")), 1);
    let prev = rt_exc_set_handled(e);
    let v = bcall("ValueError", &[s("v")], &[]);
    rt_raise_from(v, e);
    unsafe { rt_traceback_add(b"f\0t.py\0".as_ptr().cast(), 4) };
    rt_exc_restore_handled(prev);
    let e2 = rt_err_fetch();
    let text = crate::traceback::format_exception(e2);
    assert_eq!(
        text,
        "Traceback (most recent call last):\n  File \"t.py\", line 2, in f\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"t.py\", line 4, in f\nValueError: v\n"
    );
    assert_eq!(crate::ops::repr_string(attr(e2, "__cause__")).unwrap(), "KeyError('k')");
    assert_eq!(crate::ops::repr_string(attr(e2, "args")).unwrap(), "('v',)");
    // bare raise outside a handler
    rt_reraise();
    assert_eq!(err_line(), "RuntimeError: No active exception to reraise");
    rt_raise_assertion(0);
    assert_eq!(err_line(), "AssertionError");
    unsafe { rt_raise_unbound_local("x".as_ptr(), 1) };
    assert_eq!(err_line(), "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

extern "C" fn double_it(_function: W, args: *const W, nargs: i64, _kw: W) -> W {
    assert_eq!(nargs, 1);
    let x = unsafe { *args };
    rt_binop(2, x, i(2))
}

#[test]
fn compiled_functions_as_keys() {
    let mut slot = std::ptr::null();
    let spec = "neg\nneg\n1 0 0 0 0\nx";
    let info = unsafe { rt_code_const(&mut slot, spec.as_ptr(), spec.len() as i64) };
    let fobj = rt_function_new(info, Some(double_it), 0, 0, 0);
    let r = bcall("sorted", &[lst(&[i(3), i(-5), i(1)])], &[("key", fobj)]);
    assert_eq!(crate::ops::repr_string(r).unwrap(), "[-5, 1, 3]");
    let m = bcall("list", &[bcall("map", &[fobj, lst(&[i(1), i(2)])], &[])], &[]);
    assert_eq!(crate::ops::repr_string(m).unwrap(), "[2, 4]");
    assert_eq!(crate::ops::repr_string(attr(fobj, "__name__")).unwrap(), "'neg'");
    // static methods reached through the type
    let t = call(attr(b("str"), "maketrans"), &[s("ab"), s("xy")], &[]);
    assert_eq!(crate::ops::repr_string(t).unwrap(), "{97: 120, 98: 121}");
    let d = call(attr(b("dict"), "fromkeys"), &[s("ab")], &[]);
    assert_eq!(crate::ops::repr_string(d).unwrap(), "{'a': None, 'b': None}");
}

#[test]
fn iteration_protocol() {
    let it = rt_iter(lst(&[i(1), i(2)]));
    assert_eq!(rt_iter_next(it), i(1));
    assert_eq!(rt_iter_next(it), i(2));
    assert_eq!(rt_iter_next(it), 0);
    assert_eq!(rt_err_occurred(), 0);
    let d = rt_dict_new();
    rt_dict_setitem(d, i(1), i(1));
    let it = rt_iter(d);
    rt_dict_setitem(d, i(2), i(2));
    assert_eq!(rt_iter_next(it), 0);
    assert_eq!(err_line(), "RuntimeError: dictionary changed size during iteration");
}

#[test]
fn deep_nesting_raises_recursion_error() {
    // python3: l=[]; for i in range(2000): l=[l]; repr(l) -> RecursionError
    let mut l = lst(&[]);
    for _ in 0..2000 {
        l = lst(&[l]);
    }
    assert_eq!(rt_repr(l), 0);
    assert_eq!(err_line(), "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    let mut t = tup(&[]);
    for _ in 0..2000 {
        t = tup(&[t]);
    }
    let inner = rt_getitem(t, i(0));
    assert_eq!(rt_compare(2, t, inner), 0);
    assert_eq!(err_line(), "RecursionError: maximum recursion depth exceeded in comparison");
    assert_eq!(crate::exceptions::recursion_depth(), 0);
}

#[test]
fn freeing_deep_nesting_does_not_overflow() {
    let mut l = lst(&[]);
    for _ in 0..300_000 {
        let n = lst(&[l]);
        rt_decref(l);
        l = n;
    }
    rt_decref(l);
}

/// A compiled function's code that binds its arguments and returns them as a tuple.
extern "C" fn bind_to_tuple(f: W, args: *const W, nargs: i64, kw: W) -> W {
    let mut out = [0 as W; 8];
    if unsafe { rt_bind_args(f, args, nargs, kw, out.as_mut_ptr()) } < 0 {
        return 0;
    }
    let n = out.iter().take_while(|&&w| w != 0).count();
    let t = crate::tuple::new(&out[..n]);
    for w in &out[..n] {
        rt_decref(*w);
    }
    t.into_w()
}

#[test]
fn binds_arguments_as_cpython() {
    // def f(a, b=2, /, c=3, *args, d, e=5, **kw)
    let mut slot = std::ptr::null();
    let spec = "f\nA.f\n3 2 2 1 1\na\nb\nc\nargs\nd\ne\nkw";
    let info = unsafe { rt_code_const(&mut slot, spec.as_ptr(), spec.len() as i64) };
    assert_eq!(unsafe { rt_code_const(&mut slot, std::ptr::null(), 0) }, info);
    let defaults = crate::tuple::new(&[i(2), i(3)]);
    let kwd = crate::dict::new();
    crate::dict::setitem(kwd.w(), s("e"), i(5)).unwrap();
    let f = rt_function_new(info, Some(bind_to_tuple), defaults.w(), kwd.w(), 0);
    let r = |pos: &[W], kw: &[(&str, W)]| {
        let v = call(f, pos, kw);
        if v == 0 { err_line() } else { crate::ops::repr_string(v).unwrap() }
    };
    assert_eq!(r(&[i(1)], &[("d", i(4))]), "(1, 2, 3, (), 4, 5, {})");
    assert_eq!(r(&[i(1), i(7), i(8), i(9)], &[("d", i(4)), ("z", i(0))]), "(1, 7, 8, (9,), 4, 5, {'z': 0})");
    assert_eq!(r(&[i(1)], &[("c", i(0)), ("e", i(6)), ("d", i(4))]), "(1, 2, 0, (), 4, 6, {})");
    assert_eq!(r(&[], &[("d", i(4))]), "TypeError: A.f() missing 1 required positional argument: 'a'");
    assert_eq!(r(&[i(1)], &[]), "TypeError: A.f() missing 1 required keyword-only argument: 'd'");
    assert_eq!(r(&[i(1), i(2), i(3)], &[("c", i(4)), ("d", i(4))]), "TypeError: A.f() got multiple values for argument 'c'");
    // without **kw: unexpected and positional-only-as-keyword errors; without *args: too many
    let mut slot2 = std::ptr::null();
    let spec2 = "g\ng\n2 1 0 0 0\na\nb";
    let info2 = unsafe { rt_code_const(&mut slot2, spec2.as_ptr(), spec2.len() as i64) };
    let g = rt_function_new(info2, Some(bind_to_tuple), 0, 0, 0);
    let r2 = |pos: &[W], kw: &[(&str, W)]| {
        let v = call(g, pos, kw);
        if v == 0 { err_line() } else { crate::ops::repr_string(v).unwrap() }
    };
    assert_eq!(r2(&[i(1)], &[("b", i(2))]), "(1, 2)");
    assert_eq!(r2(&[], &[("a", i(1)), ("b", i(2))]), "TypeError: g() got some positional-only arguments passed as keyword arguments: 'a'");
    assert_eq!(r2(&[i(1)], &[("x", i(2))]), "TypeError: g() got an unexpected keyword argument 'x'");
    assert_eq!(r2(&[i(1), i(2), i(3)], &[]), "TypeError: g() takes 2 positional arguments but 3 were given");
    assert_eq!(r2(&[], &[]), "TypeError: g() missing 2 required positional arguments: 'a' and 'b'");
    assert_eq!(crate::ops::repr_string(attr(f, "__qualname__")).unwrap(), "'A.f'");
}

#[test]
fn float_value_offset_matches_the_compiler() {
    // `metal0_dialects::runtime_abi::FLOAT_VALUE_OFFSET`: compiled code loads the f64 there.
    assert_eq!(std::mem::offset_of!(crate::float::FloatObj, v), 16);
}

#[test]
fn instance_fields_offset_matches_the_compiler() {
    // `metal0_dialects::runtime_abi::INSTANCE_FIELDS_OFFSET`: compiled code loads fields there,
    // and `INSTANCE_BOUND_OFFSET`: it tests and sets the bound bits of float fields there.
    assert_eq!(crate::instances::FIELDS_OFFSET, 40);
    assert_eq!(std::mem::offset_of!(crate::classes::InstanceObj, bound), 32);
}

#[test]
fn list_layout_matches_the_compiler() {
    // `metal0_dialects::runtime_abi::LIST_ITEMS_OFFSET` and `LIST_LEN_OFFSET`: compiled code
    // reads a list's item pointer and length there.
    let l = crate::list::new(&[i(1), i(2), i(3)]);
    crate::list::append(l.w(), i(4));
    let word = |off: usize| unsafe { *((l.w() as usize + off) as *const usize) };
    assert_eq!(word(24), crate::list::items(l.w()).as_ptr() as usize);
    assert_eq!(word(32), 4);
}

#[test]
fn frozenset_constant_iterates_in_cpythons_order() {
    // CPython 3.11: `for x in {10, 200, 3000, 7, 64}: print(x)` prints 64 7 200 10 3000.
    let items = [i(10), i(200), i(3000), i(7), i(64)];
    let fs = unsafe { rt_frozenset_new_const(items.as_ptr(), 5) };
    let r = rt_repr(bcall("list", &[fs], &[]));
    assert_eq!(crate::str::as_str(r), Some("[64, 7, 200, 10, 3000]"));
}

#[test]
fn list_subscripts_by_int() {
    // CPython 3.11: xs = [1, 2, 3]; xs[-1] = 30; xs[0] -> 1, xs -> [1, 2, 30]; xs[3] raises
    // IndexError: list index out of range; xs[-4] = 0 raises IndexError: list assignment index
    // out of range.
    let xs = lst(&[i(1), i(2), i(3)]);
    assert_eq!(rt_list_setitem(xs, i(-1), i(30)), 0);
    assert_eq!(rt_list_getitem(xs, i(0)), i(1));
    assert_eq!(crate::str::as_str(rt_repr(xs)), Some("[1, 2, 30]"));
    assert_eq!(rt_list_getitem(xs, i(3)), 0);
    let e = rt_err_fetch();
    assert_eq!(crate::str::as_str(rt_str(e)), Some("list index out of range"));
    assert_eq!(rt_list_setitem(xs, i(-4), i(0)), -1);
    let e = rt_err_fetch();
    assert_eq!(crate::str::as_str(rt_str(e)), Some("list assignment index out of range"));
}

thread_local! {
    static CALLS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// A builtin returning 1, 2, 3, ... (counting its calls).
fn counting(_a: &crate::func::Args) -> crate::object::PyResult<Ref> {
    let n = CALLS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    Ok(Ref::int(n))
}

#[test]
fn unpack_stops_after_one_item_too_many() {
    // it = iter(counting, 0)  (infinite);  a, b = it  -> ValueError after 3 calls
    let f = crate::func::new_builtin("counting", counting);
    let it = bcall("iter", &[f.w(), i(0)], &[]);
    assert_eq!(type_name(it), "callable_iterator");
    let mut out = [0u64; 4];
    assert_eq!(unsafe { rt_unpack(it, 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: too many values to unpack (expected 2)");
    assert_eq!(CALLS.with(|c| c.get()), 3);
    // a, b, c = iter(counting, 6) -> 4, 5 then the sentinel
    let it = bcall("iter", &[f.w(), i(6)], &[]);
    assert_eq!(unsafe { rt_unpack(it, 3, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: not enough values to unpack (expected 3, got 2)");
    // a, *b, c, d = iter(counting, 9) -> 7, 8: the star needs 3 items at least
    let it = bcall("iter", &[f.w(), i(9)], &[]);
    assert_eq!(unsafe { rt_unpack_star(it, 1, 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: not enough values to unpack (expected at least 3, got 2)");
    // a, *b, c = iter(counting, 15) -> 10, [11, 12, 13], 14
    let it = bcall("iter", &[f.w(), i(15)], &[]);
    assert_eq!(unsafe { rt_unpack_star(it, 1, 1, out.as_mut_ptr()) }, 0);
    let got: Vec<String> = out[..3].iter().map(|&w| crate::ops::repr_string(w).unwrap()).collect();
    assert_eq!(got, ["10", "[11, 12, 13]", "14"]);
    // iter(5, 1)
    chk(bcall("iter", &[i(5), i(1)], &[]), "TypeError: iter(v, w): v must be callable");
    // a, b = 'abc' (not a list or tuple: iterated)
    assert_eq!(unsafe { rt_unpack(s("abc"), 2, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "ValueError: too many values to unpack (expected 2)");
    assert_eq!(unsafe { rt_unpack_star(none(), 1, 0, out.as_mut_ptr()) }, -1);
    assert_eq!(err_line(), "TypeError: cannot unpack non-iterable NoneType object");
}

#[test]
fn except_clause_validation() {
    // except ((KeyError, (IndexError,)), ValueError): and except (ValueError, 5): raise
    // TypeError whatever the exception, with it as the TypeError's context
    let e = bcall("IndexError", &[], &[]);
    let nested = tup(&[tup(&[b("KeyError"), tup(&[b("IndexError")])]), b("ValueError")]);
    assert_eq!(rt_exc_matches(e, nested), -1);
    let te = rt_err_fetch();
    assert_eq!(crate::traceback::format_exception_only(te), "TypeError: catching classes that do not inherit from BaseException is not allowed");
    assert_eq!(crate::exceptions::eobj(te).context, e);
    rt_decref(te);
    let v = bcall("ValueError", &[s("v")], &[]);
    assert_eq!(rt_exc_matches(v, tup(&[b("ValueError"), i(5)])), -1);
    assert_eq!(err_line(), "TypeError: catching classes that do not inherit from BaseException is not allowed");
    assert_eq!(rt_exc_matches(v, tup(&[b("KeyError"), b("ValueError")])), 1);
    assert_eq!(rt_exc_matches(v, tup(&[])), 0);
    assert_eq!(rt_err_occurred(), 0);
}

#[test]
fn builtin_exception_instance_dict() {
    // e = KeyError('x'); e.note = 'extra'; e.note; del e.note; e.note -> AttributeError
    let e = bcall("KeyError", &[s("x")], &[]);
    assert_eq!(rt_setattr(e, s("note"), s("extra")), 0);
    assert_eq!(crate::ops::repr_string(attr(e, "note")).unwrap(), "'extra'");
    assert_eq!(crate::ops::repr_string(attr(e, "__dict__")).unwrap(), "{'note': 'extra'}");
    assert_eq!(rt_delattr(e, s("note")), 0);
    chk(attr(e, "note"), "AttributeError: 'KeyError' object has no attribute 'note'");
    assert_eq!(rt_delattr(e, s("note")), -1);
    assert_eq!(err_line(), "AttributeError: 'KeyError' object has no attribute 'note'");
    // e.args = [1]: stored as a tuple; del e.args: TypeError
    assert_eq!(rt_setattr(e, s("args"), lst(&[i(1)])), 0);
    assert_eq!(crate::ops::repr_string(e).unwrap(), "KeyError(1)");
    assert_eq!(rt_delattr(e, s("args")), -1);
    assert_eq!(err_line(), "TypeError: args may not be deleted");
    // add_note
    chk(meth(e, "add_note", &[i(5)], &[]), "TypeError: note must be a str, not 'int'");
    meth(e, "add_note", &[s("n1")], &[]);
    assert_eq!(crate::ops::repr_string(attr(e, "__notes__")).unwrap(), "['n1']");
    assert_eq!(crate::traceback::format_exception(e), "KeyError: 1\nn1\n");
}
