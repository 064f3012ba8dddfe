//! Modules built with the Builder API that together use every construct of the textual form:
//! each attribute kind, nested and empty regions, blocks with arguments and successors
//! (forward and backward, created out of print order), multi-result ops, forward value
//! references and every location form. The round-trip, fuzz and mlir-opt tests run over them.

use metal0_dialects::ir::{Attr, BlockId, Builder, Location, Module, OpId, Type, Value, attr};
use metal0_dialects::machine;

/// Every corpus module with a name for failure messages.
pub fn corpus() -> Vec<(&'static str, Module)> {
    vec![
        ("empty", Module::new()),
        ("attributes", attributes()),
        ("machine_function", machine_function()),
        ("nested_regions", nested_regions()),
        ("multi_results", multi_results()),
        ("blocks_out_of_order", blocks_out_of_order()),
        ("forward_references", forward_references()),
        ("locations", locations()),
        ("module_with_attributes", module_with_attributes()),
        ("many_values", many_values()),
    ]
}

fn obj() -> Type {
    Type::dialect("py", "object")
}

fn file(line: u32, col: u32, end_line: u32, end_col: u32) -> Location {
    Location::File { file: "app.py".into(), line, col, end_line, end_col }
}

fn set_successors(m: &mut Module, op: OpId, blocks: &[BlockId]) {
    m.op_mut(op).successors = blocks.to_vec();
}

/// One op per attribute kind, with the awkward values of each.
fn attributes() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let floats = [
        0.0,
        -0.0,
        1.5,
        -2.25,
        0.1,
        1e100,
        1e-300,
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::from_bits(0x7FF0_0000_0000_0001),
        f64::from_bits(0xFFF8_0000_0000_0000),
        123456789.0,
        1.0 / 3.0,
    ];
    b.op("test.bools", &[], &[], vec![attr("yes", Attr::Bool(true)), attr("no", Attr::Bool(false))]);
    b.op(
        "test.ints",
        &[],
        &[],
        vec![
            attr("zero", Attr::i64(0)),
            attr("min", Attr::i64(i64::MIN)),
            attr("max", Attr::i64(i64::MAX)),
            attr("neg", Attr::i64(-42)),
            attr("bit", Attr::Int(1, 1)),
            attr("byte_min", Attr::Int(-128, 8)),
            attr("byte_max", Attr::Int(255, 8)),
            attr("word", Attr::Int(-7, 32)),
        ],
    );
    let float_attrs = floats.iter().enumerate().map(|(i, f)| attr(&format!("f{i:02}"), Attr::Float(*f))).collect();
    b.op("test.floats", &[], &[], float_attrs);
    b.op(
        "test.strings",
        &[],
        &[],
        vec![
            attr("empty", Attr::str("")),
            attr("plain", Attr::str("hello, world")),
            attr("escapes", Attr::str("quote \" backslash \\ newline \n tab \t")),
            attr("bytes", Attr::Str(vec![0, 1, 0x1f, 0x7f, 0x80, 0xff, b'{', b'}', b'%', b'^'])),
            attr("unicode", Attr::str("é ∑ 🦀")),
            attr("surrogate_wtf8", Attr::Str(vec![0xED, 0xA0, 0x80])),
            attr("looks_like_syntax", Attr::str("}) : () -> () loc(// not a comment")),
        ],
    );
    b.op(
        "test.symbols",
        &[],
        &[],
        vec![
            attr("bare", Attr::Symbol("main".into())),
            attr("dotted", Attr::Symbol("m0$fn.inner_1".into())),
            attr("quoted", Attr::Symbol("has space".into())),
            attr("dashed", Attr::Symbol("a-b".into())),
            attr("digits", Attr::Symbol("9lives".into())),
            attr("escaped", Attr::Symbol("q\"uote\\".into())),
        ],
    );
    b.op(
        "test.types",
        &[],
        &[],
        vec![
            attr("i1", Attr::Type(Type::Int(1))),
            attr("i8", Attr::Type(Type::Int(8))),
            attr("i32", Attr::Type(Type::Int(32))),
            attr("i64", Attr::Type(Type::Int(64))),
            attr("f64", Attr::Type(Type::F64)),
            attr("obj", Attr::Type(obj())),
            attr("ptr", Attr::Type(machine::ptr())),
            attr("nested", Attr::Type(Type::dialect_with("typed", "dict", vec![Type::dialect("typed", "str"), Type::dialect_with("typed", "list", vec![Type::Int(64)])]))),
            attr("unit_fn", Attr::Type(Type::Function { inputs: vec![], results: vec![] })),
            attr("fn", Attr::Type(Type::Function { inputs: vec![Type::Int(64), Type::F64], results: vec![Type::Int(64)] })),
            attr("multi", Attr::Type(Type::Function { inputs: vec![obj()], results: vec![Type::Int(64), Type::Int(1)] })),
            attr(
                "higher",
                Attr::Type(Type::Function {
                    inputs: vec![Type::Function { inputs: vec![Type::Int(64)], results: vec![Type::Int(64)] }],
                    results: vec![Type::Function { inputs: vec![], results: vec![Type::F64] }],
                }),
            ),
            attr("fn_param", Attr::Type(Type::dialect_with("typed", "fn", vec![Type::Function { inputs: vec![Type::Int(64)], results: vec![obj()] }]))),
        ],
    );
    b.op(
        "test.arrays",
        &[],
        &[],
        vec![
            attr("empty", Attr::Array(vec![])),
            attr("strs", Attr::str_array(&["a", "b,c", "]"])),
            attr("mixed", Attr::Array(vec![Attr::Unit, Attr::Bool(false), Attr::i64(3), Attr::Float(0.5), Attr::Symbol("f".into()), Attr::Type(Type::F64)])),
            attr("nested", Attr::Array(vec![Attr::Array(vec![]), Attr::Array(vec![Attr::Array(vec![Attr::i64(-1)])])])),
        ],
    );
    b.op(
        "test.keys",
        &[],
        &[],
        vec![
            attr("flag", Attr::Unit),
            attr("quoted key", Attr::i64(1)),
            attr("9starts_with_digit", Attr::i64(2)),
            attr("dash-key", Attr::i64(3)),
            attr("dots.and$dollars", Attr::i64(4)),
            attr("_underscore", Attr::Unit),
            attr("true", Attr::Bool(true)),
            attr("loc", Attr::str("a key named loc")),
        ],
    );
    m
}

/// A machine-dialect program as lowering produces it: a function with a CFG, a global, data.
fn machine_function() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let i64t = Type::Int(64);
    let mut b = Builder::new(&mut m, body);
    b.op("machine.global", &[], &[], vec![attr("sym_name", Attr::str("counter")), attr("size", Attr::i64(8))]);
    b.op("machine.data", &[], &[], vec![attr("sym_name", Attr::str("greeting")), attr("bytes", Attr::str("hello\n"))]);
    let func = b.op(
        "machine.func",
        &[],
        &[],
        vec![
            attr("sym_name", Attr::str("add_one")),
            attr("function_type", Attr::Type(Type::Function { inputs: vec![i64t.clone()], results: vec![i64t.clone()] })),
            attr("linkage", Attr::str("export")),
            attr("var_types", Attr::Array(vec![Attr::Type(i64t.clone())])),
        ],
    );
    let region = m.add_region(func);
    let entry = m.add_block(region, std::slice::from_ref(&i64t));
    let slow = m.add_block(region, &[]);
    let fast = m.add_block(region, &[]);
    let exit = m.add_block(region, &[]);
    let a = m.block(entry).args[0];

    let mut b = Builder::new(&mut m, entry);
    b.loc = file(2, 5, 2, 14);
    let one = b.value("machine.const", &[], i64t.clone(), vec![attr("value", Attr::i64(1))]);
    let add = b.op("machine.sadd_overflow", &[a, one], &[i64t.clone(), Type::Int(1)], vec![]);
    let (sum, overflow) = (b.module.op(add).results[0], b.module.op(add).results[1]);
    let br = b.op("machine.cond_br", &[overflow], &[], vec![]);
    set_successors(&mut m, br, &[slow, fast]);

    let mut b = Builder::new(&mut m, slow);
    let r = b.value("machine.call", &[a, one], i64t.clone(), vec![attr("callee", Attr::Symbol("rt_int_add".into()))]);
    b.op("machine.var_set", &[r], &[], vec![attr("var", Attr::i64(0))]);
    let j = b.op("machine.br", &[], &[], vec![]);
    set_successors(&mut m, j, &[exit]);

    let mut b = Builder::new(&mut m, fast);
    b.op("machine.var_set", &[sum], &[], vec![attr("var", Attr::i64(0))]);
    let j = b.op("machine.br", &[], &[], vec![]);
    set_successors(&mut m, j, &[exit]);

    let mut b = Builder::new(&mut m, exit);
    b.loc = file(3, 5, 3, 17);
    let v = b.value("machine.var_get", &[], i64t.clone(), vec![attr("var", Attr::i64(0))]);
    let p = b.value("machine.symbol_addr", &[], machine::ptr(), vec![attr("symbol", Attr::Symbol("counter".into()))]);
    b.op("machine.store", &[v, p], &[], vec![attr("offset", Attr::i64(0))]);
    let x = b.value("machine.fconst", &[], Type::F64, vec![attr("value", Attr::Float(2.5))]);
    let _ = b.value("machine.fneg", &[x], Type::F64, vec![]);
    b.op("machine.return", &[v], &[], vec![]);
    m
}

/// py-style structured control flow: regions three deep, several regions per op, an empty
/// region, an empty block, and uses of values from enclosing regions.
fn nested_regions() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let func = b.op("py.func", &[], &[], vec![attr("sym_name", Attr::str("f")), attr("params", Attr::str_array(&["x"]))]);
    let r = m.add_region(func);
    let entry = m.add_block(r, &[obj()]);
    let x = m.block(entry).args[0];
    let mut b = Builder::new(&mut m, entry);
    let c = b.value("py.constant", &[], obj(), vec![attr("value", Attr::i64(10))]);
    let iff = b.op("py.if", &[x], &[], vec![]);
    let then_r = m.add_region(iff);
    let else_r = m.add_region(iff);
    let then_b = m.add_block(then_r, &[]);
    let else_b = m.add_block(else_r, &[]);
    let mut b = Builder::new(&mut m, then_b);
    let w = b.op("py.while", &[], &[], vec![]);
    let cond_r = m.add_region(w);
    let loop_r = m.add_region(w);
    let cond_b = m.add_block(cond_r, &[]);
    let loop_b = m.add_block(loop_r, &[]);
    let mut b = Builder::new(&mut m, cond_b);
    let lt = b.value("py.compare", &[x, c], obj(), vec![attr("op", Attr::str("<"))]);
    b.op("py.condition", &[lt], &[], vec![]);
    let mut b = Builder::new(&mut m, loop_b);
    let sum = b.value("py.binop", &[x, c], obj(), vec![attr("op", Attr::str("+"))]);
    b.op("py.store_local", &[sum], &[], vec![attr("name", Attr::str("x"))]);
    let mut b = Builder::new(&mut m, else_b);
    b.op("py.pass", &[], &[], vec![]);
    // An op with an empty region and one with a block holding no ops.
    let mut b = Builder::new(&mut m, entry);
    let e = b.op("test.empty_region", &[], &[], vec![]);
    m.add_region(e);
    let mut b = Builder::new(&mut m, entry);
    let e = b.op("test.empty_block", &[], &[], vec![]);
    let er = m.add_region(e);
    m.add_block(er, &[]);
    let mut b = Builder::new(&mut m, entry);
    b.op("py.return", &[x], &[], vec![]);
    m
}

/// Ops with two and three results, used by index, also from a nested region.
fn multi_results() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let a = b.value("test.source", &[], Type::Int(64), vec![]);
    let two = b.op("test.split", &[a], &[Type::Int(64), Type::Int(1)], vec![]);
    let three = b.op("test.triple", &[], &[obj(), Type::F64, machine::ptr()], vec![]);
    let (r0, r1) = (m.op(two).results[0], m.op(two).results[1]);
    let t = m.op(three).results.clone();
    let mut b = Builder::new(&mut m, body);
    b.op("test.use", &[r1, r0, t[2], t[1], t[0]], &[], vec![]);
    let holder = b.op("test.holder", &[], &[Type::Int(64), Type::Int(64)], vec![]);
    let r = m.add_region(holder);
    let inner = m.add_block(r, &[]);
    let mut b = Builder::new(&mut m, inner);
    let again = b.op("test.split", &[r0], &[Type::Int(64), Type::Int(1)], vec![]);
    let again1 = b.module.op(again).results[1];
    b.op("test.yield", &[t[1], again1], &[], vec![]);
    // An op whose results are never used, and one with results but no operands.
    let mut b = Builder::new(&mut m, body);
    b.op("test.unused", &[], &[Type::Int(8), Type::Int(8)], vec![]);
    m
}

/// Blocks with typed arguments whose arena order differs from print order, and successors
/// pointing forward and backward.
fn blocks_out_of_order() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let f = b.op("test.cfg", &[], &[], vec![]);
    let r = m.add_region(f);
    // Create the blocks in the reverse of their order in the region.
    let b3 = m.create_block(&[Type::dialect_with("typed", "list", vec![Type::Int(64)]), machine::ptr()]);
    let b2 = m.create_block(&[Type::F64]);
    let b1 = m.create_block(&[Type::Int(64), obj()]);
    let b0 = m.create_block(&[Type::Int(1)]);
    for blk in [b0, b1, b2, b3] {
        m.append_block(r, blk);
    }
    let c = m.block(b0).args[0];
    let mut b = Builder::new(&mut m, b0);
    let br = b.op("test.cond_br", &[c], &[], vec![]);
    set_successors(&mut m, br, &[b2, b1]);
    let (x, o) = (m.block(b1).args[0], m.block(b1).args[1]);
    let mut b = Builder::new(&mut m, b1);
    b.op("test.consume", &[x, o], &[], vec![]);
    let br = b.op("test.br", &[], &[], vec![]);
    set_successors(&mut m, br, &[b3]);
    let d = m.block(b2).args[0];
    let mut b = Builder::new(&mut m, b2);
    b.op("test.consume", &[d], &[], vec![]);
    let br = b.op("test.switch", &[], &[], vec![]);
    set_successors(&mut m, br, &[b1, b3, b2]);
    let (l, p) = (m.block(b3).args[0], m.block(b3).args[1]);
    let mut b = Builder::new(&mut m, b3);
    b.op("test.return", &[l, p], &[], vec![]);
    // A second function whose entry block was created before the first function's blocks.
    let mut b = Builder::new(&mut m, body);
    let g = b.op("test.cfg", &[], &[], vec![]);
    let r = m.add_region(g);
    let late = m.add_block(r, &[Type::Int(32)]);
    let v = m.block(late).args[0];
    let mut b = Builder::new(&mut m, late);
    b.op("test.return", &[v], &[], vec![]);
    m
}

/// Uses printed before their definitions: across blocks of a graph-like region and from a
/// nested region into the enclosing one.
fn forward_references() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let g = b.op("test.graph", &[], &[], vec![]);
    let r = m.add_region(g);
    let first = m.add_block(r, &[]);
    let second = m.add_block(r, &[]);
    // Define in the second block, use in the first (printed earlier).
    let mut b = Builder::new(&mut m, second);
    let late = b.value("test.def", &[], Type::Int(64), vec![]);
    let pair = b.op("test.pair", &[], &[Type::Int(64), Type::F64], vec![]);
    let pair1 = b.module.op(pair).results[1];
    let mut b = Builder::new(&mut m, first);
    b.op("test.use", &[late, pair1], &[], vec![]);
    let nest = b.op("test.nest", &[], &[], vec![]);
    let nr = m.add_region(nest);
    let nb = m.add_block(nr, &[]);
    let mut b = Builder::new(&mut m, nb);
    b.op("test.use", &[late], &[], vec![]);
    // A use within one block before the op defining it.
    let mut b = Builder::new(&mut m, second);
    let user = b.op("test.use", &[Value(0)], &[], vec![]);
    let def = b.value("test.def", &[], Type::F64, vec![]);
    b.module.op_mut(user).operands[0] = def;
    m
}

/// Every location form, including file names that need escapes.
fn locations() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    b.op("test.unknown", &[], &[], vec![]);
    b.loc = file(1, 1, 1, 1);
    b.op("test.point", &[], &[], vec![]);
    b.loc = file(3, 5, 3, 9);
    b.op("test.same_line", &[], &[], vec![]);
    b.loc = file(3, 5, 7, 2);
    let holder = b.op("test.multi_line", &[], &[Type::Int(64)], vec![]);
    let r = m.add_region(holder);
    let blk = m.add_block(r, &[Type::Int(64)]);
    let mut b = Builder::new(&mut m, blk);
    b.loc = Location::File { file: "dir with space/\"quoted\"\\é.py".into(), line: 100000, col: 4, end_line: 100001, end_col: 1 };
    b.op("test.odd_file", &[], &[], vec![]);
    b.loc = Location::File { file: String::new(), line: 0, col: 0, end_line: 0, end_col: 0 };
    b.op("test.empty_file", &[], &[], vec![]);
    m
}

/// Attributes and a location on the top-level module itself.
fn module_with_attributes() -> Module {
    let mut m = Module::new();
    let top = m.top;
    m.set_attr(top, "sym_name", Attr::str("app"));
    m.set_attr(top, "metal0.source", Attr::str("app.py"));
    m.op_mut(top).loc = file(1, 1, 1, 1);
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    b.op("test.op", &[], &[], vec![]);
    m
}

/// Enough values that numbering needs several digits.
fn many_values() -> Module {
    let mut m = Module::new();
    let body = m.body();
    let mut b = Builder::new(&mut m, body);
    let mut acc = b.value("machine.const", &[], Type::Int(64), vec![attr("value", Attr::i64(0))]);
    for i in 0..150 {
        let c = b.value("machine.const", &[], Type::Int(64), vec![attr("value", Attr::i64(i))]);
        acc = b.value("machine.iadd", &[acc, c], Type::Int(64), vec![]);
    }
    b.op("test.sink", &[acc], &[], vec![]);
    m
}
