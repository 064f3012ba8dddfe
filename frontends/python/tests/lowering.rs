//! The `py` dialect the frontend emits for small programs: each test prints the module
//! (without locations) and checks the ops that carry the construct's meaning.

use metal0_frontend_python::{SourceFile, lower_to_py};

/// The printed module with `loc(...)` suffixes removed, one op per line, trimmed.
fn py(src: &str) -> String {
    let file = SourceFile { path: "app.py".into(), text: src.into() };
    let module = lower_to_py(&file).unwrap_or_else(|d| panic!("refused: {d:?}"));
    metal0_dialects::dialect::verify(&module).unwrap_or_else(|e| panic!("verifier: {e:?}"));
    let text = metal0_dialects::printer::print_module(&module);
    text.lines().map(|l| l.split(" loc(").next().unwrap_or(l).trim()).collect::<Vec<_>>().join("\n")
}

/// Asserts that each needle occurs in `hay`, in order.
#[track_caller]
fn has_in_order(hay: &str, needles: &[&str]) {
    let mut at = 0;
    for n in needles {
        match hay[at..].find(n) {
            Some(i) => at += i + n.len(),
            None => panic!("missing (in order) {n:?} in:\n{hay}"),
        }
    }
}

#[track_caller]
fn lacks(hay: &str, needle: &str) {
    assert!(!hay.contains(needle), "unexpected {needle:?} in:\n{hay}");
}

#[test]
fn module_holds_one_py_module() {
    let out = py("\"\"\"doc\"\"\"\nx = 1\n");
    has_in_order(&out, &["\"builtin.module\"", "\"py.module\"", "\"py.const_int\"() {value = 1 : i64}", "\"py.store_global\"(%0) {name = \"x\"}", "docstring = \"doc\", filename = \"app.py\", sym_name = \"__main__\""]);
    // The docstring itself emits nothing.
    lacks(&out, "py.const_str");
}

#[test]
fn def_operands_are_defaults_kw_defaults_annotations_then_decorators() {
    // Annotations are evaluated after the defaults, `b` (after `/`) before `a` as CPython's
    // compiler_visit_annotations does, `return` last.
    let out = py("@deco\ndef f(a: A, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n");
    has_in_order(
        &out,
        &[
            "%0 = \"py.load_builtin\"() {name = \"deco\"}",
            "%1 = \"py.const_int\"() {value = 1 : i64}",
            "%2 = \"py.const_int\"() {value = 2 : i64}",
            "%3 = \"py.load_builtin\"() {name = \"A\"}",
            "%4 = \"py.load_builtin\"() {name = \"int\"}",
            "%5 = \"py.func\"(%1, %2, %3, %4, %0) ({",
            "^bb2(%arg2_0: !py.object, %arg2_1: !py.object, %arg2_2: !py.object, %arg2_3: !py.object, %arg2_4: !py.object, %arg2_5: !py.object):",
            "\"py.store_local\"(%arg2_0) {name = \"a\"}",
            "\"py.return\"",
            "annotation_names = [\"a\", \"return\"], annotations = [\"A\", \"\", \"\", \"\", \"\", \"\"], arg_kinds = [\"posonly\", \"pos\", \"vararg\", \"kwonly\", \"kwonly\", \"kwarg\"], arg_names = [\"a\", \"b\", \"args\", \"c\", \"d\", \"kw\"]",
            "kw_default_names = [\"d\"]",
            "num_decorators = 1 : i64, num_defaults = 1 : i64, num_kw_defaults = 1 : i64, qualname = \"f\", returns = \"int\", sym_name = \"f\"",
            "\"py.store_global\"(%5) {name = \"f\"}",
        ],
    );
}

#[test]
fn annotations_are_text_under_future_annotations() {
    let out = py("from __future__ import annotations\ndef f(b: Dict[str,int], /, a: 'N' = 1) -> Undefined:\n    pass\n");
    has_in_order(
        &out,
        &[
            "\"py.const_str\"() {value = \"'N'\"}",
            "\"py.const_str\"() {value = \"Dict[str, int]\"}",
            "\"py.const_str\"() {value = \"Undefined\"}",
            "annotation_names = [\"a\", \"b\", \"return\"], annotations = [\"Dict[str, int]\", \"'N'\"]",
        ],
    );
}

#[test]
fn closures_use_cells_and_free_variables() {
    let out = py("def outer(n):\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n");
    has_in_order(
        &out,
        &[
            "\"py.store_cell\"(%arg2_0) {name = \"n\"}",
            "\"py.load_free\"() {name = \"n\"}",
            "\"py.inplace\"",
            "\"py.store_free\"",
            "cellvars = [], freevars = [\"n\"], locals = []",
            "qualname = \"outer.<locals>.inner\"",
            "\"py.store_local\"(%",
            "cellvars = [\"n\"], freevars = [], locals = [\"inner\"]",
        ],
    );
}

#[test]
fn builtins_unless_the_module_binds_the_name() {
    let out = py("def f():\n    return len(x)\n");
    has_in_order(&out, &["\"py.load_builtin\"() {name = \"len\"}", "\"py.load_builtin\"() {name = \"x\"}"]);
    let out = py("def f():\n    return len(x)\nx = 1\nlen = 2\n");
    has_in_order(&out, &["\"py.load_global\"() {name = \"len\"}", "\"py.load_global\"() {name = \"x\"}"]);
    // `global` anywhere binds the module name too.
    let out = py("def f():\n    global print\n    print = 1\ndef g():\n    print()\n");
    has_in_order(&out, &["\"py.store_global\"(%", "{name = \"print\"}", "\"py.load_global\"() {name = \"print\"}"]);
    // The module object provides its dunder names (`__name__` is not the builtins module's).
    let out = py("if __name__ == '__main__':\n    print(__file__, __doc__)\n");
    has_in_order(&out, &["\"py.load_global\"() {name = \"__name__\"}", "\"py.load_builtin\"() {name = \"print\"}", "\"py.load_global\"() {name = \"__file__\"}", "\"py.load_global\"() {name = \"__doc__\"}"]);
    // So may `exec`, `globals()`, ...
    let out = py("exec('y = 1')\nprint(y)\n");
    has_in_order(&out, &["\"py.load_global\"() {name = \"exec\"}", "\"py.load_global\"() {name = \"print\"}", "\"py.load_global\"() {name = \"y\"}"]);
    // `from m import *` may bind anything.
    let out = py("from m import *\nprint(y)\n");
    has_in_order(&out, &["\"py.import_star\"() {level = 0 : i64, module = \"m\"}", "\"py.load_global\"() {name = \"print\"}", "\"py.load_global\"() {name = \"y\"}"]);
}

#[test]
fn class_bodies_use_name_ops_and_mangle_private_names() {
    let out = py("def f():\n    v = 1\n    class C(Base, metaclass=M):\n        __x = v\n        y = __x\n        def m(self):\n            return super().m(self.__x)\n    return C\n");
    has_in_order(
        &out,
        &[
            "\"py.load_builtin\"() {name = \"Base\"}",
            "\"py.load_builtin\"() {name = \"M\"}",
            "\"py.class\"(",
            "\"py.load_classderef\"() {name = \"v\"}",
            "\"py.store_name\"(%",
            "{name = \"_C__x\"}",
            "\"py.load_name\"() {name = \"_C__x\"}",
            "\"py.getattr\"(%",
            "{name = \"_C__x\"}",
            "freevars = [\"__class__\"]",
            "cellvars = [\"__class__\"], freevars = [\"v\"], kwnames = [\"metaclass\"], locals = [\"_C__x\", \"y\", \"m\"], num_bases = 1 : i64, num_decorators = 0 : i64, qualname = \"f.<locals>.C\", sym_name = \"C\"",
        ],
    );
}

#[test]
fn comprehensions_are_scopes_with_the_first_iterable_outside() {
    let out = py("def f(xs, k):\n    return [x + k for x in xs if x for y in x]\n");
    has_in_order(
        &out,
        &[
            "\"py.load_local\"() {name = \"xs\"}",
            "\"py.listcomp\"(%",
            "(%arg3_0: !py.object):",
            "\"py.comp_for\"(%arg3_0) ({",
            "\"py.store_local\"(%arg4_0) {name = \"x\"}",
            "\"py.comp_if\"(",
            "\"py.comp_for\"(",
            "\"py.load_free\"() {name = \"k\"}",
            "\"py.comp_append\"(",
            "cellvars = [], freevars = [\"k\"], locals = [\"x\", \"y\"], qualname = \"f.<locals>.<listcomp>\"",
            "cellvars = [\"k\"]",
        ],
    );
    let out = py("d = {k: v for k, v in items}\ng = (x for x in y)\n");
    has_in_order(&out, &["\"py.dictcomp\"", "\"py.unpack\"", "\"py.comp_append\"(%", ", %", "\"py.genexp\""]);
}

#[test]
fn walrus_in_a_comprehension_binds_in_the_enclosing_function() {
    let out = py("def f(xs):\n    if any((hit := x) > 0 for x in xs):\n        return hit\n");
    has_in_order(&out, &["\"py.store_free\"(%", "{name = \"hit\"}", "freevars = [\"hit\"]", "\"py.load_cell\"() {name = \"hit\"}"]);
    let out = py("[last := x for x in range(3)]\nprint(last)\n");
    has_in_order(&out, &["\"py.store_global\"(%", "{name = \"last\"}", "\"py.load_global\"() {name = \"last\"}"]);
}

#[test]
fn chained_comparisons_evaluate_the_middle_once() {
    let out = py("r = a < b < c\n");
    has_in_order(
        &out,
        &[
            "%1 = \"py.load_builtin\"() {name = \"b\"}",
            "%2 = \"py.compare\"(%0, %1) {op = \"lt\"}",
            "%3 = \"py.and\"(%2) ({",
            "\"py.compare\"(%1, %4) {op = \"lt\"}",
            "\"py.result\"(%5)",
        ],
    );
}

#[test]
fn boolean_operators_and_conditional_expressions_are_regions() {
    let out = py("r = a or b and c\ns = x if t else y\n");
    has_in_order(&out, &["\"py.or\"(%0) ({", "\"py.and\"(", "\"py.result\"", "\"py.result\"", "\"py.ifexp\"(", "\"py.result\"", "\"py.result\""]);
}

#[test]
fn augmented_assignment_evaluates_object_and_index_once() {
    let out = py("a[i] += v\no.f -= 1\n");
    has_in_order(
        &out,
        &[
            "%0 = \"py.load_builtin\"() {name = \"a\"}",
            "%1 = \"py.load_builtin\"() {name = \"i\"}",
            "%2 = \"py.getitem\"(%0, %1)",
            "%3 = \"py.load_builtin\"() {name = \"v\"}",
            "%4 = \"py.inplace\"(%2, %3) {op = \"add\"}",
            "\"py.setitem\"(%0, %1, %4)",
            "%6 = \"py.getattr\"(%5) {name = \"f\"}",
            "\"py.inplace\"(%6, %7) {op = \"sub\"}",
            "\"py.setattr\"(%5, %8) {name = \"f\"}",
        ],
    );
}

#[test]
fn assignment_targets_unpack_and_share_the_value() {
    let out = py("a = b = 1\nx, *ys, (z, w) = v\n");
    has_in_order(
        &out,
        &[
            "\"py.store_global\"(%0) {name = \"a\"}",
            "\"py.store_global\"(%0) {name = \"b\"}",
            "%2:3 = \"py.unpack\"(%1) {after = 1 : i64, before = 1 : i64, count = 3 : i64, starred}",
            "\"py.store_global\"(%2#0) {name = \"x\"}",
            "\"py.store_global\"(%2#1) {name = \"ys\"}",
            "%3:2 = \"py.unpack\"(%2#2) {count = 2 : i64}",
        ],
    );
    // Annotated names: `__annotations__` is made first (CPython's SETUP_ANNOTATIONS), the value
    // stored, then the evaluated annotation recorded; an annotation alone binds nothing.
    let out = py("x: int = 5\ny: str\n");
    has_in_order(
        &out,
        &[
            "\"py.store_global\"(%0) {name = \"__annotations__\"}",
            "\"py.store_global\"(%1) {annotation = \"int\", name = \"x\"}",
            "\"py.const_str\"() {value = \"x\"}",
            "\"py.const_str\"() {value = \"y\"}",
        ],
    );
    lacks(&out, "name = \"y\"");
}

#[test]
fn except_as_binds_and_unbinds_the_name() {
    let out = py("def f():\n    try:\n        g()\n    except (A, B) as e:\n        return e\n    except:\n        raise\n    else:\n        pass\n    finally:\n        h()\n");
    has_in_order(
        &out,
        &[
            "\"py.try\"() ({",
            "\"py.except\"() ({",
            "\"py.tuple\"",
            "\"py.result\"",
            "(%arg",
            "\"py.store_local\"(%arg",
            "{name = \"e\"}",
            "\"py.try\"() ({",
            "\"py.return\"",
            "\"py.const_none\"",
            "\"py.store_local\"",
            "\"py.delete_local\"() {name = \"e\"}",
            "{name = \"e\"}",
            "\"py.except\"() ({",
            "}, {",
            "\"py.raise\"() : () -> ()",
            "\"py.load_builtin\"() {name = \"h\"}",
        ],
    );
}

#[test]
fn with_items_nest_and_bind_from_block_arguments() {
    let out = py("async def f():\n    async with a() as x, b():\n        pass\n");
    has_in_order(&out, &["\"py.with\"(%", "(%arg3_0: !py.object):", "\"py.store_local\"(%arg3_0) {name = \"x\"}", "\"py.with\"(%", "{is_async}", "{is_async}", "is_async"]);
}

#[test]
fn loops_and_their_else_clauses() {
    let out = py("for i, j in pairs:\n    if i:\n        break\n    continue\nelse:\n    done()\nwhile n:\n    n -= 1\n");
    has_in_order(
        &out,
        &["\"py.for\"(%0) ({", "\"py.unpack\"(%arg", "\"py.if\"(", "\"py.break\"()", "\"py.continue\"()", "\"py.load_builtin\"() {name = \"done\"}", "\"py.while\"() ({", "\"py.result\"(", "\"py.inplace\""],
    );
}

#[test]
fn imports_bind_what_python_binds() {
    let out = py("import os.path\nimport a.b as c\nfrom .. import x as y, z\n");
    has_in_order(
        &out,
        &[
            "\"py.import\"() {bind_top, level = 0 : i64, module = \"os.path\"}",
            "\"py.store_global\"(%0) {name = \"os\"}",
            "\"py.import\"() {level = 0 : i64, module = \"a.b\"}",
            "\"py.store_global\"(%1) {name = \"c\"}",
            "%2:2 = \"py.import_from\"() {level = 2 : i64, module = \"\", names = [\"x\", \"z\"]}",
            "\"py.store_global\"(%2#0) {name = \"y\"}",
            "\"py.store_global\"(%2#1) {name = \"z\"}",
        ],
    );
}

#[test]
fn f_strings_format_each_field() {
    let out = py("s = f\"a{x!r}b{y:>{w}}{z=}\"\n");
    has_in_order(
        &out,
        &[
            "\"py.const_str\"() {value = \"a\"}",
            "\"py.format_value\"(%1) {conversion = \"r\"}",
            "\"py.const_str\"() {value = \"b\"}",
            "\"py.const_str\"() {value = \">\"}",
            "\"py.format_value\"(%6) {conversion = \"\"}",
            "\"py.build_str\"(%5, %7)",
            "\"py.format_value\"(%4, %8) {conversion = \"\"}",
            "\"py.const_str\"() {value = \"z=\"}",
            "{conversion = \"r\"}",
            "\"py.build_str\"(",
        ],
    );
}

#[test]
fn constants() {
    let out = py("x = (-1, 10**100, 0xFFFFFFFFFFFFFFFFFF, 1.5, 2j, b'\\x00', '\\ud800', ..., True, None, 'a' 'b', __debug__)\n");
    has_in_order(
        &out,
        &[
            "\"py.unaryop\"(%0) {op = \"neg\"}",
            "\"py.binop\"(",
            "{op = \"pow\"}",
            "\"py.const_int\"() {value = \"4722366482869645213695\"}",
            "\"py.const_float\"() {value = 1.5e0 : f64}",
            "\"py.const_complex\"() {imag = 2.0e0 : f64}",
            "\"py.const_bytes\"() {value = \"\\00\"}",
            "\"py.const_str\"() {value = \"\\ED\\A0\\80\"}",
            "\"py.const_ellipsis\"()",
            "\"py.const_bool\"() {value = true}",
            "\"py.const_none\"()",
            "\"py.const_str\"() {value = \"ab\"}",
            "\"py.const_bool\"() {value = true}",
        ],
    );
}

#[test]
fn calls_and_displays_mark_unpacking() {
    let out = py("f(a, *b, k=c, **d)\nl = [1, *m]\nt = {**e, 'k': 2}\n");
    has_in_order(
        &out,
        &[
            "{kwnames = [\"\", \"*\", \"k\", \"**\"]}",
            "\"py.list\"(%",
            "{starred = [1 : i64]}",
            "\"py.const_none\"()",
            "\"py.dict\"(%",
            "{unpack = [0 : i64]}",
        ],
    );
}

#[test]
fn subscripts_and_slices() {
    let out = py("y = x[1:2]\nz = x[::2, 0]\ndel x[0], x.a, w\n");
    has_in_order(
        &out,
        &[
            "\"py.const_none\"()",
            "\"py.slice\"(%1, %2, %3)",
            "\"py.getitem\"(%0, %4)",
            "\"py.slice\"(",
            "\"py.tuple\"(",
            "\"py.getitem\"(",
            "\"py.delitem\"(",
            "\"py.delattr\"(%",
            "{name = \"a\"}",
            "\"py.delete_global\"() {name = \"w\"}",
        ],
    );
}

#[test]
fn nothing_after_a_terminator_in_the_same_block() {
    let out = py("def f():\n    return 1\n    print('dead')\n");
    lacks(&out, "dead");
    lacks(&out, "print");
}

#[test]
fn lambdas_return_their_body() {
    let out = py("f = lambda x, y=2: x * y\n");
    has_in_order(&out, &["\"py.lambda\"(%0) ({", "\"py.binop\"", "\"py.return\"(", "sym_name = \"<lambda>\""]);
}

#[test]
fn generators_and_coroutines_are_flagged() {
    let out = py("def g():\n    x = yield 1\n    yield from h()\nasync def c():\n    await d()\n    return [x async for x in e()]\n");
    has_in_order(
        &out,
        &[
            "\"py.yield\"(",
            "\"py.yield_from\"(",
            "is_generator",
            "\"py.await\"(",
            "\"py.listcomp\"",
            "{is_async}",
            "is_async, locals = [",
            "is_async, locals = [], num_decorators = 0 : i64, num_defaults = 0 : i64, num_kw_defaults = 0 : i64, qualname = \"c\"",
        ],
    );
}

#[test]
fn match_cases_test_patterns_then_bind_captures() {
    let out = py("match cmd:\n    case [\"go\", *rest] if rest:\n        pass\n    case {\"k\": v, **kw}:\n        pass\n    case Point(x=0, y=yy) | Point(x=yy, y=0):\n        pass\n    case None:\n        pass\n    case other:\n        pass\n");
    has_in_order(
        &out,
        &[
            "\"py.match\"(%0) ({",
            "\"py.match_case\"() ({",
            "\"py.pattern.sequence\"(%arg",
            "\"py.pattern.value\"(",
            "\"py.and\"(",
            "\"py.pattern.capture\"(%arg",
            "{name = \"rest\"}",
            "{count = 2 : i64, star_index = 1 : i64}",
            "\"py.store_global\"(%arg",
            "{name = \"rest\"}",
            "\"py.load_global\"() {name = \"rest\"}",
            "{captures = [\"rest\"]}",
            "\"py.pattern.mapping\"(%arg",
            "{has_rest}",
            "{captures = [\"v\", \"kw\"]}",
            "\"py.pattern.or\"(",
            "\"py.pattern.class\"(",
            "kwd_names = [\"x\", \"y\"], num_positional = 0 : i64",
            "{captures = [\"yy\"]}",
            "\"py.pattern.singleton\"(%arg",
            "{value = \"None\"}",
            "\"py.pattern.capture\"(%arg",
            "\"py.result\"()",
            "{captures = [\"other\"]}",
        ],
    );
}

#[test]
fn raise_assert_and_global_declarations() {
    let out = py("def f(x):\n    global g\n    g = x\n    assert x, 'bad'\n    assert g\n    raise E from x\n");
    has_in_order(
        &out,
        &[
            "\"py.store_global\"(%",
            "\"py.assert\"(%",
            "\"py.const_str\"() {value = \"bad\"}",
            "\"py.result\"(",
            "\"py.assert\"(%",
            "}) : (!py.object) -> ()",
            "\"py.raise\"(%",
            "{has_cause, has_exc}",
        ],
    );
}

#[test]
fn constant_expression_statements_emit_nothing() {
    let out = py("1\n...\n'text'\nf()\n");
    lacks(&out, "py.const");
    has_in_order(&out, &["\"py.call\"("]);
}
