//! The textual-form parser on hand-written text: what each form parses to, how names are
//! scoped and resolved, and the position and message of each kind of error.

use metal0_dialects::ir::{Attr, Location, Module, OpId, Type, ValueDef};
use metal0_dialects::parser::{ParseError, parse_module};
use metal0_dialects::printer::print_module;

fn parse(text: &str) -> Module {
    parse_module(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// Parses text that must fail and checks where and why.
fn error(text: &str, line: u32, col: u32, message: &str) {
    let e = parse_module(text).err().unwrap_or_else(|| panic!("parsed, but should fail with {message:?}:\n{text}"));
    assert!(e.message.contains(message), "{e}: expected {message:?}\n{text}");
    assert_eq!((e.line, e.col), (line, col), "{e}\n{text}");
}

/// The first op named `name`.
fn find(m: &Module, name: &str) -> OpId {
    m.walk().into_iter().find(|o| m.op(*o).name == name).unwrap_or_else(|| panic!("no {name}"))
}

fn one_attr(text: &str) -> Attr {
    let m = parse(&format!("\"t.op\"() {{a = {text}}} : () -> ()"));
    m.attr(find(&m, "t.op"), "a").unwrap().clone()
}

// ---- what parses to what ------------------------------------------------------------------

#[test]
fn attribute_forms() {
    assert_eq!(one_attr("true"), Attr::Bool(true));
    assert_eq!(one_attr("false"), Attr::Bool(false));
    assert_eq!(one_attr("5 : i64"), Attr::Int(5, 64));
    assert_eq!(one_attr("-5 : i32"), Attr::Int(-5, 32));
    assert_eq!(one_attr("255 : i8"), Attr::Int(255, 8));
    assert_eq!(one_attr("-9223372036854775808 : i64"), Attr::Int(i64::MIN, 64));
    assert_eq!(one_attr("0xFF : i64"), Attr::Int(255, 64));
    assert_eq!(one_attr("7"), Attr::Int(7, 64), "an integer without a type is i64, as in MLIR");
    assert_eq!(one_attr("1.5e0 : f64"), Attr::Float(1.5));
    assert_eq!(one_attr("-2.5 : f64"), Attr::Float(-2.5));
    assert_eq!(one_attr("1.500000e+00 : f64"), Attr::Float(1.5), "mlir-opt's float form");
    assert_eq!(one_attr("2."), Attr::Float(2.0), "a float without a type is f64");
    assert_eq!(one_attr("0x7FF0000000000000 : f64"), Attr::Float(f64::INFINITY));
    assert_eq!(one_attr("0x7FF8000000000001 : f64").as_float().unwrap().to_bits(), 0x7FF8_0000_0000_0001);
    assert_eq!(one_attr("-0.0e0 : f64").as_float().unwrap().to_bits(), (-0.0f64).to_bits());
    assert_eq!(one_attr(r#""a\"b\\c\n\t\0a\FF\22""#), Attr::Str(b"a\"b\\c\n\t\n\xFF\"".to_vec()));
    assert_eq!(one_attr("\"é\""), Attr::str("é"), "raw UTF-8 in a string is kept");
    assert_eq!(one_attr("@main"), Attr::Symbol("main".into()));
    assert_eq!(one_attr("@\"has space\""), Attr::Symbol("has space".into()));
    assert_eq!(one_attr("i1"), Attr::Type(Type::Int(1)));
    assert_eq!(one_attr("f64"), Attr::Type(Type::F64));
    assert_eq!(one_attr("!py.object"), Attr::Type(Type::dialect("py", "object")));
    assert_eq!(one_attr("unit"), Attr::Unit);
    assert_eq!(one_attr("[]"), Attr::Array(vec![]));
    assert_eq!(one_attr("[1 : i8, [unit], \"x\"]"), Attr::Array(vec![Attr::Int(1, 8), Attr::Array(vec![Attr::Unit]), Attr::str("x")]));
}

#[test]
fn attribute_keys_bare_quoted_and_unit() {
    let m = parse("\"t.op\"() {flag, \"quoted key\" = 1 : i64, dots.and$dollars = 2 : i64, true = false} : () -> ()");
    let op = find(&m, "t.op");
    assert_eq!(m.attr(op, "flag"), Some(&Attr::Unit));
    assert_eq!(m.attr(op, "quoted key"), Some(&Attr::i64(1)));
    assert_eq!(m.attr(op, "dots.and$dollars"), Some(&Attr::i64(2)));
    assert_eq!(m.attr(op, "true"), Some(&Attr::Bool(false)));
    // Properties, as mlir-opt writes them for builtin.module, are kept as attributes.
    let m = parse("\"builtin.module\"() <{sym_name = \"app\"}> ({\n^bb0:\n}) {x = 1 : i64} : () -> ()");
    assert_eq!(m.str_attr(m.top, "sym_name"), Some("app"));
    assert_eq!(m.attr(m.top, "x"), Some(&Attr::i64(1)));
}

#[test]
fn types() {
    let ty = |t: &str| one_attr(t).as_type().unwrap().clone();
    let f = |inputs: Vec<Type>, results: Vec<Type>| Type::Function { inputs, results };
    let obj = Type::dialect("py", "object");
    assert_eq!(ty("i32"), Type::Int(32));
    assert_eq!(ty("() -> ()"), f(vec![], vec![]));
    assert_eq!(ty("(i64, f64) -> i1"), f(vec![Type::Int(64), Type::F64], vec![Type::Int(1)]));
    assert_eq!(ty("(i64) -> (i64, i1)"), f(vec![Type::Int(64)], vec![Type::Int(64), Type::Int(1)]));
    assert_eq!(ty("(i64) -> (i64)"), f(vec![Type::Int(64)], vec![Type::Int(64)]));
    assert_eq!(ty("((i64) -> i64) -> (() -> f64)"), f(vec![f(vec![Type::Int(64)], vec![Type::Int(64)])], vec![f(vec![], vec![Type::F64])]));
    assert_eq!(
        ty("!typed.dict<!typed.str, !typed.list<!py.object>>"),
        Type::dialect_with("typed", "dict", vec![Type::dialect("typed", "str"), Type::dialect_with("typed", "list", vec![obj.clone()])])
    );
    assert_eq!(ty("!typed.fn<(i64) -> !py.object>"), Type::dialect_with("typed", "fn", vec![f(vec![Type::Int(64)], vec![obj])]));
}

#[test]
fn locations() {
    let text = r#"
"t.a"() : () -> () loc("a.py":3:5)
"t.b"() : () -> () loc("a.py":3:5 to 4:2)
"t.c"() : () -> () loc("a.py":3:5 to :9)
"t.d"() : () -> () loc(unknown)
"t.e"() : () -> ()
#early = loc("e.py":1:2)
"t.f"() : () -> () loc(#early)
"t.g"() : () -> () loc(#late)
#late = loc("l.py":7:8 to 9:10)
"#;
    let m = parse(text);
    let loc = |n: &str| m.op(find(&m, n)).loc.clone();
    let file = |f: &str, line, col, end_line, end_col| Location::File { file: f.into(), line, col, end_line, end_col };
    assert_eq!(loc("t.a"), file("a.py", 3, 5, 3, 5));
    assert_eq!(loc("t.b"), file("a.py", 3, 5, 4, 2));
    assert_eq!(loc("t.c"), file("a.py", 3, 5, 3, 9));
    assert_eq!(loc("t.d"), Location::Unknown);
    assert_eq!(loc("t.e"), Location::Unknown);
    assert_eq!(loc("t.f"), file("e.py", 1, 2, 1, 2));
    assert_eq!(loc("t.g"), file("l.py", 7, 8, 9, 10));
}

#[test]
fn implicit_module_comments_and_empty_text() {
    let m = parse("// a comment\n\"a.x\"() : () -> () // trailing\n// -----\n\"b.y\"() : () -> ()\n");
    assert_eq!(m.op(m.top).name, "builtin.module");
    let names: Vec<&str> = m.top_ops().iter().map(|o| m.op(*o).name.as_str()).collect();
    assert_eq!(names, ["a.x", "b.y"]);
    for empty in ["", "  \n// only a comment\n"] {
        let m = parse(empty);
        assert!(m.top_ops().is_empty());
        assert_eq!(print_module(&m), print_module(&Module::new()));
    }
    // A lone module is the module itself, not wrapped.
    let m = parse("\"builtin.module\"() ({\n^bb0:\n  \"a.x\"() : () -> ()\n}) : () -> ()");
    assert_eq!(m.top_ops().len(), 1);
    assert_eq!(m.op(m.top_ops()[0]).name, "a.x");
    assert_eq!(m.op(m.top).parent, None);
}

#[test]
fn result_groups_and_multi_results() {
    let m = parse("%a, %b:2 = \"t.def\"() : () -> (i64, f64, i1)\n\"t.use\"(%b#1, %a, %b) : (i1, i64, f64) -> ()");
    let def = find(&m, "t.def");
    let r = m.op(def).results.clone();
    assert_eq!(m.op(find(&m, "t.use")).operands, vec![r[2], r[0], r[1]], "%b is %b#0");
    // Unnamed results still exist.
    let m = parse("\"t.def\"() : () -> (i64, i64)");
    assert_eq!(m.op(find(&m, "t.def")).results.len(), 2);
}

#[test]
fn forward_references_resolve() {
    let text = r#"
"t.graph"() ({
^bb0:
  "t.use"(%late, %pair#1) : (i64, f64) -> ()
  "t.nest"() ({
    "t.use"(%late) : (i64) -> ()
  }) : () -> ()
  "t.br"()[^exit] : () -> ()
^exit:
  %late = "t.def"() : () -> i64
  %pair:2 = "t.pair"() : () -> (i64, f64)
  "t.br"()[^bb0] : () -> ()
}) : () -> ()
"#;
    let m = parse(text);
    let late = m.op(find(&m, "t.def")).results[0];
    let pair1 = m.op(find(&m, "t.pair")).results[1];
    let uses: Vec<_> = m.walk().into_iter().filter(|o| m.op(*o).name == "t.use").collect();
    assert_eq!(m.op(uses[0]).operands, vec![late, pair1]);
    assert_eq!(m.op(uses[1]).operands, vec![late]);
    let brs: Vec<_> = m.walk().into_iter().filter(|o| m.op(*o).name == "t.br").collect();
    let region = m.op(find(&m, "t.graph")).regions[0];
    assert_eq!(m.op(brs[0]).successors, vec![m.region(region).blocks[1]]);
    assert_eq!(m.op(brs[1]).successors, vec![m.region(region).blocks[0]]);
}

#[test]
fn block_arguments_and_outer_values() {
    let text = r#"
%outer = "t.def"() : () -> i64
"t.func"() ({
  "t.use"(%outer) : (i64) -> ()
  "t.br"()[^body] : () -> ()
^body(%x: !py.object, %arg7_1: i64 loc("a.py":1:1)):
  "t.use"(%x, %arg7_1, %outer) : (!py.object, i64, i64) -> ()
}) : () -> ()
"#;
    let m = parse(text);
    let func = find(&m, "t.func");
    let blocks = m.region(m.op(func).regions[0]).blocks.clone();
    assert_eq!(blocks.len(), 2, "an unlabeled entry block and ^body");
    let args = m.block(blocks[1]).args.clone();
    assert_eq!(m.value_type(args[0]), &Type::dialect("py", "object"));
    assert_eq!(m.value_def(args[1]), ValueDef::BlockArg(blocks[1], 1));
    let outer = m.op(find(&m, "t.def")).results[0];
    let last = *m.block(blocks[1]).ops.last().unwrap();
    assert_eq!(m.op(last).operands, vec![args[0], args[1], outer]);
}

#[test]
fn parse_error_displays_as_line_col_message() {
    let e = parse_module("\"t.a\"(%x) : (i64) -> ()").unwrap_err();
    assert_eq!(e, ParseError { line: 1, col: 7, message: "use of undefined value '%x'".into() });
    assert_eq!(e.to_string(), "1:7: use of undefined value '%x'");
}

// ---- names that do not resolve --------------------------------------------------------------

#[test]
fn undefined_and_invisible_values() {
    error("\"t.a\"() : () -> ()\n  \"t.b\"(%nope) : (i64) -> ()", 2, 9, "use of undefined value '%nope'");
    // A value of a nested region is not visible after it, nor in a sibling region.
    error("\"t.a\"() ({\n  %0 = \"t.d\"() : () -> i64\n}) : () -> ()\n\"t.u\"(%0) : (i64) -> ()", 4, 7, "use of undefined value '%0'");
    error("\"t.a\"() ({\n  %0 = \"t.d\"() : () -> i64\n}, {\n  \"t.u\"(%0) : (i64) -> ()\n}) : () -> ()", 4, 9, "use of undefined value '%0'");
    // A use before a definition in a nested region of a later op does not see it either.
    error("\"t.u\"(%0) : (i64) -> ()\n\"t.a\"() ({\n  %0 = \"t.d\"() : () -> i64\n}) : () -> ()", 1, 7, "use of undefined value '%0'");
}

#[test]
fn redefinitions() {
    error("%0 = \"t.a\"() : () -> i64\n%0 = \"t.b\"() : () -> i64", 2, 1, "redefinition of value '%0' (first defined at 1:1)");
    error("%0 = \"t.a\"() : () -> i64\n\"t.r\"() ({\n  %0 = \"t.b\"() : () -> i64\n}) : () -> ()", 3, 3, "redefinition of value '%0' (first defined at 1:1)");
    error("\"t.r\"() ({\n^bb0(%a: i64, %a: i64):\n}) : () -> ()", 2, 15, "redefinition of value '%a' (first defined at 2:6)");
    error("\"t.r\"() ({\n^bb0:\n  \"t.x\"() : () -> ()\n^bb0:\n  \"t.x\"() : () -> ()\n}) : () -> ()", 4, 1, "redefinition of block '^bb0' (first defined at 2:1)");
    error("\"t.a\"() {k = 1 : i64, k = 2 : i64} : () -> ()", 1, 23, "duplicate attribute 'k'");
    error("\"t.a\"() <{k = 1 : i64}> {k = 2 : i64} : () -> ()", 1, 25, "'k' is both a property and an attribute");
}

#[test]
fn type_mismatches_between_use_and_definition() {
    error("%0 = \"t.a\"() : () -> i64\n\"t.b\"(%0) : (i32) -> ()", 2, 7, "'%0' is used as i32 but has type i64");
    error("\"t.b\"(%0) : (f64) -> ()\n%0 = \"t.a\"() : () -> i64", 1, 7, "'%0' is used as f64 but is defined later with type i64 (at 2:1)");
    error("%0:2 = \"t.a\"() : () -> (i64, i1)\n\"t.b\"(%0#2) : (i64) -> ()", 2, 7, "'%0' has only 2 results");
    error("\"t.b\"(%0#5) : (i64) -> ()\n%0 = \"t.a\"() : () -> i64", 1, 7, "'%0' has only 1 results");
    error("\"t.r\"() ({\n^bb0(%a: i64):\n  \"t.u\"(%a) : (!py.object) -> ()\n}) : () -> ()", 3, 9, "'%a' is used as !py.object but has type i64");
}

#[test]
fn counts_that_disagree_with_the_type() {
    error("%0 = \"t.a\"() : () -> i64\n\"t.b\"(%0, %0) : (i64) -> ()", 2, 17, "the operation has 2 operands but its type lists 1");
    error("%0 = \"t.a\"() : () -> (i64, i64)", 1, 1, "1 result names are bound but the operation's type has 2 results");
    error("%a, %b:2 = \"t.a\"() : () -> (i64, i64)", 1, 1, "3 result names are bound");
}

#[test]
fn undefined_blocks() {
    error("\"t.r\"() ({\n^bb0:\n  \"t.br\"()[^bb9] : () -> ()\n}) : () -> ()", 3, 12, "reference to undefined block '^bb9'");
    // Successors name blocks of the region holding the branch.
    error(
        "\"t.r\"() ({\n^bb0:\n  \"t.in\"() ({\n    \"t.br\"()[^bb1] : () -> ()\n  }) : () -> ()\n^bb1:\n  \"t.x\"() : () -> ()\n}) : () -> ()",
        4,
        14,
        "reference to undefined block '^bb1'",
    );
    error("\"t.br\"()[^bb1] : () -> ()", 1, 10, "reference to undefined block '^bb1'");
    error("\"t.r\"() ({\n^bb0:\n  \"t.br\"()[^bb0(%x : i64)] : () -> ()\n}) : () -> ()", 3, 16, "successor operands are not supported");
}

#[test]
fn undefined_location_alias() {
    error("\"t.a\"() : () -> () loc(#nowhere)", 1, 24, "undefined location alias '#nowhere'");
    error("#a = 5 : i64", 1, 6, "only location aliases are supported");
}

// ---- malformed text -------------------------------------------------------------------------

#[test]
fn malformed_tokens() {
    error("\"t.a\"() {s = \"abc} : () -> ()", 1, 14, "unterminated string literal");
    error("\"t.a\"() {s = \"a\nb\"} : () -> ()", 1, 14, "unterminated string literal");
    error("\"t.a\"() {s = \"\\q\"} : () -> ()", 1, 15, "unknown escape");
    error("\"t.a\"() {s = \"\\4\"} : () -> ()", 1, 15, "unknown escape");
    error("\"t.a\"(% ) : () -> ()", 1, 7, "expected a value name after '%'");
    error("\"t.a\"() : () -> !", 1, 17, "expected a dialect type name after '!'");
    error("\"t.a\"() : () -> ()\n  $", 2, 3, "unexpected character '$'");
    // Columns count characters, not bytes.
    error("\"t.a\"() {s = \"éé\"} : () -> () ∑", 1, 31, "unexpected character '∑'");
    error("\"t.a\"() {k = 0x : i64} : () -> ()", 1, 14, "expected hexadecimal digits");
    error("\"t.a\"() {k = @} : () -> ()", 1, 14, "expected a symbol name after '@'");
    error("\"t.r\"() ({\n^ : \n}) : () -> ()", 2, 1, "expected a block name after '^'");
}

#[test]
fn malformed_syntax() {
    error("module {\n}", 1, 1, "expected an operation in generic form");
    error("\"\"() : () -> ()", 1, 1, "empty operation name");
    error("\"t.a\"()", 1, 8, "expected ':' and the operation's type, found end of input");
    error("\"t.a\"() : i64", 1, 11, "expected the operation's function type, found type i64");
    error("\"t.a\"() : (i64 -> ()", 1, 16, "expected ',' or ')' in the type list");
    error("\"t.a\"() : () -> () loc(\"f\":1)", 1, 29, "expected ':' and a column number");
    error("\"t.a\"() : () -> () loc(nowhere)", 1, 24, "expected a location");
    error("\"t.a\"() {k = 1 : i64 : () -> ()", 1, 22, "expected ',' or '}' in the attributes");
    error("\"t.a\"() {k = dense<1>} : () -> ()", 1, 14, "expected an attribute value, found 'dense'");
    error("\"t.a\"() ({\n  \"t.b\"() : () -> ()\n : () -> ()", 3, 2, "expected an operation in generic form");
    error("\"t.a\"() ({\n", 2, 1, "expected an operation, a block label or '}', found end of input");
    error("%0#1 = \"t.a\"() : () -> i64", 1, 1, "a result name cannot carry a '#' result number");
    error("%0:0 = \"t.a\"() : () -> ()", 1, 4, "expected a result count of at least 1");
    error("\"builtin.module\"() : () -> ()", 1, 1, "the top-level 'builtin.module' must have one region holding one block");
}

#[test]
fn malformed_types_and_numbers() {
    error("\"t.a\"() : () -> index", 1, 17, "unknown type 'index'");
    error("\"t.a\"() : () -> !alias", 1, 17, "expected a dialect type '!dialect.name'");
    error("\"t.a\"() : () -> !t.x<i64", 1, 25, "expected ',' or '>' in the type parameters");
    error("\"t.a\"() : () -> i0", 1, 17, "unknown type 'i0'");
    error("\"t.a\"() {k = 300 : i8} : () -> ()", 1, 14, "integer literal out of range for i8");
    error("\"t.a\"() {k = -129 : i8} : () -> ()", 1, 15, "integer literal out of range for i8");
    error("\"t.a\"() {k = 2 : i1} : () -> ()", 1, 14, "integer literal out of range for i1");
    error("\"t.a\"() {k = 99999999999999999999 : i64} : () -> ()", 1, 14, "integer literal out of range for i64");
    error("\"t.a\"() {k = 5 : f64} : () -> ()", 1, 14, "decimal integer literal for an f64: write '5.0'");
    error("\"t.a\"() {k = -0x7FF0000000000000 : f64} : () -> ()", 1, 15, "cannot have a leading '-'");
    error("\"t.a\"() {k = 0x17FF0000000000000 : f64} : () -> ()", 1, 14, "more than 64 bits");
    error("\"t.a\"() {k = 1.5 : i64} : () -> ()", 1, 20, "a float literal needs type f64, not i64");
    error("\"t.a\"() {k = 1 : !py.object} : () -> ()", 1, 18, "an integer literal needs an integer type");
    error("\"t.a\"() {k = - x} : () -> ()", 1, 16, "expected a number");
}

#[test]
fn reads_mlir_opt_output() {
    // As `mlir-opt-22 --allow-unregistered-dialect --mlir-print-op-generic
    // --mlir-print-debuginfo` writes it: aliases after their uses, `// pred:` comments,
    // argument locations, signed narrow integers, 6-digit floats, properties.
    let text = r#"#loc = loc("a.py":1:1)
"builtin.module"() <{sym_name = "app"}> ({
  %0 = "machine.const"() {value = -1 : i8} : () -> i8 loc(#loc1)
  "foo.op"(%0) ({
  ^bb0(%arg0: i64 loc("a.mlir":6:8), %arg1: !py.list<!py.object> loc("a.mlir":6:22)):
    "foo.br"()[^bb1] : () -> () loc(#loc2)
  ^bb1:  // pred: ^bb0
    "foo.t"() {a = 1.500000e+00 : f64, c = "a\22b\\c\0A\09", f = true, "quoted key" = -0.000000e+00 : f64, u} : () -> () loc("a.py":1:1)
  }) : (i8) -> () loc(#loc)
}) : () -> () loc(#loc)
#loc1 = loc("a.py":3:5 to :9)
#loc2 = loc("a.mlir":7:5)
"#;
    let m = parse(text);
    assert_eq!(m.str_attr(m.top, "sym_name"), Some("app"));
    let c = find(&m, "machine.const");
    assert_eq!(m.attr(c, "value"), Some(&Attr::Int(-1, 8)));
    assert_eq!(m.op(c).loc, Location::File { file: "a.py".into(), line: 3, col: 5, end_line: 3, end_col: 9 });
    let t = find(&m, "foo.t");
    assert_eq!(m.attr(t, "c"), Some(&Attr::str("a\"b\\c\n\t")));
    assert_eq!(m.attr(t, "u"), Some(&Attr::Unit));
    assert_eq!(m.op(m.top).loc, Location::File { file: "a.py".into(), line: 1, col: 1, end_line: 1, end_col: 1 });
}
