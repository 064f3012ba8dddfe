//! End-to-end tests: machine modules built with the IR builder are compiled to an object,
//! linked with a small C driver by `cc`, run, and their output checked.

mod common;

use common::*;
use metal0_backend_cranelift::{OptLevel, Options};
use metal0_dialects::{Builder, Module, Value};

const PRELUDE: &str = "#include <stdio.h>\n#include <stdint.h>\n#include <string.h>\n#include <stdbool.h>\n";

/// `fib(n)` by recursion on raw i64, and an exported `m0_main` returning fib(20).
fn fib_module() -> Module {
    let mut m = Module::new();
    let fib = func(&mut m, "fib", &[i64t()], &[i64t()], false, &[]);
    let n = fib.param(&m, 0);
    let base = fib.block(&mut m);
    let rec = fib.block(&mut m);
    let mut b = Builder::new(&mut m, fib.entry);
    let two = c64(&mut b, 2);
    let small = icmp(&mut b, "slt", n, two);
    cond_br(&mut b, small, base, rec);
    b.block = base;
    ret(&mut b, &[n]);
    b.block = rec;
    let one = c64(&mut b, 1);
    let n1 = bin(&mut b, "machine.isub", n, one);
    let a = call(&mut b, "fib", &[n1], Some(i64t())).unwrap();
    // `two` is defined in the entry block, which dominates this one.
    let n2 = bin(&mut b, "machine.isub", n, two);
    let c = call(&mut b, "fib", &[n2], Some(i64t())).unwrap();
    let s = bin(&mut b, "machine.iadd", a, c);
    ret(&mut b, &[s]);

    let main = func(&mut m, "m0_main", &[], &[i64t()], true, &[]);
    let mut b = Builder::new(&mut m, main.entry);
    let twenty = c64(&mut b, 20);
    let r = call(&mut b, "fib", &[twenty], Some(i64t())).unwrap();
    ret(&mut b, &[r]);
    m
}

#[test]
fn fib_recursive_at_every_opt_level() {
    let m = fib_module();
    let driver = format!("{PRELUDE}int64_t m0_main(void);\nint main(void) {{ printf(\"%lld\\n\", (long long)m0_main()); return 0; }}\n");
    for (i, level) in [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize].into_iter().enumerate() {
        let opts = Options { opt_level: level, ..Options::default() };
        let out = build_and_run_with(&format!("fib{i}"), &m, &driver, &opts);
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "6765\n", "{level:?}");
    }
}

#[test]
fn globals_data_stack_and_variable_loops() {
    let mut m = Module::new();
    global(&mut m, "counter", 8);
    data(&mut m, "greeting_str", b"hello, world");

    // bump(): counter += 1; return counter
    let f = func(&mut m, "bump", &[], &[i64t()], true, &[]);
    let mut b = Builder::new(&mut m, f.entry);
    let p = addr(&mut b, "counter");
    let v = load(&mut b, p, 0, i64t());
    let one = c64(&mut b, 1);
    let v2 = bin(&mut b, "machine.iadd", v, one);
    store(&mut b, v2, p, 0);
    ret(&mut b, &[v2]);

    // greeting(): the address of the read-only string
    let f = func(&mut m, "greeting", &[], &[ptr()], true, &[]);
    let mut b = Builder::new(&mut m, f.entry);
    let p = addr(&mut b, "greeting_str");
    ret(&mut b, &[p]);

    // sum_to(n): i = 0; acc = 0; while i < n: acc += i; i += 1; return acc   (slots 0 = i, 1 = acc)
    let f = func(&mut m, "sum_to", &[i64t()], &[i64t()], true, &[i64t(), i64t()]);
    let n = f.param(&m, 0);
    let header = f.block(&mut m);
    let body = f.block(&mut m);
    let exit = f.block(&mut m);
    let mut b = Builder::new(&mut m, f.entry);
    let zero = c64(&mut b, 0);
    var_set(&mut b, 0, zero);
    var_set(&mut b, 1, zero);
    br(&mut b, header);
    b.block = header;
    let i = var_get(&mut b, 0, i64t());
    let c = icmp(&mut b, "slt", i, n);
    cond_br(&mut b, c, body, exit);
    b.block = body;
    let acc = var_get(&mut b, 1, i64t());
    let i = var_get(&mut b, 0, i64t());
    let acc2 = bin(&mut b, "machine.iadd", acc, i);
    var_set(&mut b, 1, acc2);
    let one = c64(&mut b, 1);
    let i2 = bin(&mut b, "machine.iadd", i, one);
    var_set(&mut b, 0, i2);
    br(&mut b, header);
    b.block = exit;
    let acc = var_get(&mut b, 1, i64t());
    ret(&mut b, &[acc]);

    // stack_mix(a): words, i32s and bytes through two stack buffers and pointer arithmetic
    let f = func(&mut m, "stack_mix", &[i64t()], &[i64t()], true, &[]);
    let a = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let p = b.value("machine.stack_alloc", &[], ptr(), vec![metal0_dialects::attr("size", metal0_dialects::Attr::i64(32))]);
    let q = b.value("machine.stack_alloc", &[], ptr(), vec![metal0_dialects::attr("size", metal0_dialects::Attr::i64(8))]);
    store(&mut b, a, p, 0);
    let a32 = un(&mut b, "machine.trunc", a, i32t());
    store(&mut b, a32, p, 8);
    let m5 = cty(&mut b, -5, i8t());
    store(&mut b, m5, p, 12);
    let sixteen = c64(&mut b, 16);
    let p16 = b.value("machine.iadd", &[p, sixteen], ptr(), vec![]);
    let seven = c64(&mut b, 7);
    store(&mut b, seven, p16, 0);
    store(&mut b, seven, q, 0);
    let x = load(&mut b, p, 0, i64t());
    let y = load(&mut b, p, 8, i32t());
    let z = load(&mut b, p, 12, i8t());
    let w = load(&mut b, p, 16, i64t());
    let u = load(&mut b, q, 0, i64t());
    let y64 = un(&mut b, "machine.sext", y, i64t());
    let z64 = un(&mut b, "machine.sext", z, i64t());
    let s = bin(&mut b, "machine.iadd", x, y64);
    let s = bin(&mut b, "machine.iadd", s, z64);
    let s = bin(&mut b, "machine.iadd", s, w);
    let s = bin(&mut b, "machine.iadd", s, u);
    ret(&mut b, &[s]);

    // unset(): a slot read before any write reads 0 ("unbound")
    let f = func(&mut m, "unset", &[], &[i64t()], true, &[i64t()]);
    let mut b = Builder::new(&mut m, f.entry);
    let v = var_get(&mut b, 0, i64t());
    ret(&mut b, &[v]);

    let driver = format!(
        "{PRELUDE}int64_t bump(void); const char *greeting(void); int64_t sum_to(int64_t); int64_t stack_mix(int64_t); int64_t unset(void);\n\
         int main(void) {{\n\
           long long a = bump(), b = bump(), c = bump();\n\
           printf(\"%lld %lld %lld\\n\", a, b, c);\n\
           printf(\"%s|%zu\\n\", greeting(), strlen(greeting()));\n\
           printf(\"%lld %lld\\n\", (long long)sum_to(100), (long long)sum_to(0));\n\
           printf(\"%lld\\n\", (long long)stack_mix(1000));\n\
           printf(\"%lld\\n\", (long long)unset());\n\
           return 0;\n\
         }}\n"
    );
    let out = run_ok("globals", &m, &driver);
    assert_eq!(out, "1 2 3\nhello, world|12\n4950 0\n2009\n0\n");
}

/// Adds an exported `name(a: i64, b: i64) -> i64` returning `f(a, b)`.
fn binary_fn(m: &mut Module, name: &str, f: impl FnOnce(&mut Builder, Value, Value) -> Value) {
    let func = func(m, name, &[i64t(), i64t()], &[i64t()], true, &[]);
    let (a, b2) = (func.param(m, 0), func.param(m, 1));
    let mut b = Builder::new(m, func.entry);
    let r = f(&mut b, a, b2);
    ret(&mut b, &[r]);
}

#[test]
fn overflow_checks_branch_to_slow_paths() {
    let mut m = Module::new();
    for (name, op) in [("check_add", "machine.sadd_overflow"), ("check_sub", "machine.ssub_overflow"), ("check_mul", "machine.smul_overflow")] {
        let f = func(&mut m, name, &[i64t(), i64t()], &[i64t()], true, &[]);
        let (a, c) = (f.param(&m, 0), f.param(&m, 1));
        let fast = f.block(&mut m);
        let slow = f.block(&mut m);
        let mut b = Builder::new(&mut m, f.entry);
        let (r, o) = ovf(&mut b, op, a, c);
        cond_br(&mut b, o, slow, fast);
        b.block = fast;
        ret(&mut b, &[r]);
        b.block = slow;
        let sentinel = c64(&mut b, 999_999);
        ret(&mut b, &[sentinel]);
    }
    let driver = format!(
        "{PRELUDE}int64_t check_add(int64_t, int64_t); int64_t check_sub(int64_t, int64_t); int64_t check_mul(int64_t, int64_t);\n\
         int main(void) {{\n\
           printf(\"%lld %lld %lld\\n\", (long long)check_add(1, 2), (long long)check_add(INT64_MAX, 1), (long long)check_add(INT64_MIN, -1));\n\
           printf(\"%lld %lld\\n\", (long long)check_sub(5, 7), (long long)check_sub(INT64_MIN, 1));\n\
           printf(\"%lld %lld %lld\\n\", (long long)check_mul(-3, 7), (long long)check_mul(1LL << 32, 1LL << 31), (long long)check_mul(-(1LL << 32), 1LL << 31));\n\
           return 0;\n\
         }}\n"
    );
    let out = run_ok("overflow", &m, &driver);
    assert_eq!(out, "3 999999 999999\n-2 999999\n-21 999999 -9223372036854775808\n");
}

#[test]
fn integer_ops_and_comparisons() {
    let mut m = Module::new();
    let ops = ["isub", "imul", "sdiv", "srem", "band", "bor", "bxor", "shl", "sshr", "ushr"];
    for op in ops {
        binary_fn(&mut m, &format!("op_{op}"), |b, x, y| bin(b, &format!("machine.{op}"), x, y));
    }
    let preds = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
    binary_fn(&mut m, "icmp_bits", |b, x, y| {
        let mut acc = c64(b, 0);
        for (k, p) in preds.iter().enumerate() {
            let c = icmp(b, p, x, y);
            let w = un(b, "machine.zext", c, i64t());
            let sh = c64(b, k as i64);
            let bit = bin(b, "machine.shl", w, sh);
            acc = bin(b, "machine.bor", acc, bit);
        }
        acc
    });
    let pairs: [(i64, i64); 6] = [(-7, 2), (7, -2), (1, 63), (i64::MIN, 65), (5, 5), (-1, 1)];
    let mut body = String::new();
    for (a, c) in pairs {
        let (a, c) = (format!("{a}LL"), format!("{c}LL"));
        let (a, c) = (a.replace("-9223372036854775808LL", "INT64_MIN"), c);
        for op in ops {
            body += &format!("printf(\"%lld \", (long long)op_{op}({a}, {c}));\n");
        }
        body += &format!("printf(\"%lld\\n\", (long long)icmp_bits({a}, {c}));\n");
    }
    let driver = format!("{PRELUDE}{}\nint main(void) {{\n{body}return 0;\n}}\n", ops.iter().map(|o| format!("int64_t op_{o}(int64_t, int64_t);")).collect::<String>());
    let out = run_ok("intops", &m, &driver);

    let mut expected = String::new();
    for (a, c) in pairs {
        let vals = [
            a.wrapping_sub(c),
            a.wrapping_mul(c),
            a.wrapping_div(c),
            a.wrapping_rem(c),
            a & c,
            a | c,
            a ^ c,
            a.wrapping_shl(c as u32),
            a.wrapping_shr(c as u32),
            ((a as u64).wrapping_shr(c as u32)) as i64,
        ];
        for v in vals {
            expected += &format!("{v} ");
        }
        let (ua, uc) = (a as u64, c as u64);
        let bits = [a == c, a != c, a < c, a <= c, a > c, a >= c, ua < uc, ua <= uc, ua > uc, ua >= uc];
        let packed: i64 = bits.iter().enumerate().map(|(k, &bit)| (bit as i64) << k).sum();
        expected += &format!("{packed}\n");
    }
    assert_eq!(out, expected);
}

/// Adds an exported `name(a: i64) -> i64` returning `f(a)`.
fn unary_fn(m: &mut Module, name: &str, f: impl FnOnce(&mut Builder, Value) -> Value) {
    let func = func(m, name, &[i64t()], &[i64t()], true, &[]);
    let a = func.param(m, 0);
    let mut b = Builder::new(m, func.entry);
    let r = f(&mut b, a);
    ret(&mut b, &[r]);
}

#[test]
fn conversions_select_and_i1() {
    let mut m = Module::new();
    unary_fn(&mut m, "sext32", |b, a| {
        let t = un(b, "machine.trunc", a, i32t());
        un(b, "machine.sext", t, i64t())
    });
    unary_fn(&mut m, "zext32", |b, a| {
        let t = un(b, "machine.trunc", a, i32t());
        un(b, "machine.zext", t, i64t())
    });
    unary_fn(&mut m, "sext8", |b, a| {
        let t = un(b, "machine.trunc", a, i8t());
        un(b, "machine.sext", t, i64t())
    });
    unary_fn(&mut m, "zext1", |b, a| {
        let t = un(b, "machine.trunc", a, i1());
        un(b, "machine.zext", t, i64t())
    });
    unary_fn(&mut m, "sext1", |b, a| {
        let t = un(b, "machine.trunc", a, i1());
        un(b, "machine.sext", t, i64t())
    });
    unary_fn(&mut m, "sext1_to_i8", |b, a| {
        let t = un(b, "machine.trunc", a, i1());
        let s = un(b, "machine.sext", t, i8t());
        un(b, "machine.zext", s, i64t())
    });
    // select(a > 0 and a < 100, a * 2, -a) with the i1s combined by band and xor'ed with false
    unary_fn(&mut m, "sel", |b, a| {
        let zero = c64(b, 0);
        let hundred = c64(b, 100);
        let pos = icmp(b, "sgt", a, zero);
        let small = icmp(b, "slt", a, hundred);
        let both = bin(b, "machine.band", pos, small);
        let f = cty(b, 0, i1());
        let both = bin(b, "machine.bxor", both, f);
        let two = c64(b, 2);
        let dbl = bin(b, "machine.imul", a, two);
        let neg = bin(b, "machine.isub", zero, a);
        b.value("machine.select", &[both, dbl, neg], i64t(), vec![])
    });
    // is_neg(a) -> i1, returned to C as a bool
    let f = func(&mut m, "is_neg", &[i64t()], &[i1()], true, &[]);
    let a = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let zero = c64(&mut b, 0);
    let c = icmp(&mut b, "slt", a, zero);
    ret(&mut b, &[c]);
    // not(x: i1) -> i1
    let f = func(&mut m, "not", &[i1()], &[i1()], true, &[]);
    let x = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let t = cty(&mut b, 1, i1());
    let r = bin(&mut b, "machine.bxor", x, t);
    ret(&mut b, &[r]);

    let names = ["sext32", "zext32", "sext8", "zext1", "sext1", "sext1_to_i8", "sel"];
    let inputs: [i64; 5] = [0x1_8000_0003, -1, 2, 3, 250];
    let mut body = String::new();
    for x in inputs {
        for n in names {
            body += &format!("printf(\"%lld \", (long long){n}({x}LL));\n");
        }
        body += &format!("printf(\"%d %d\\n\", (int)is_neg({x}LL), (int)not(is_neg({x}LL)));\n");
    }
    let decls: String = names.iter().map(|n| format!("int64_t {n}(int64_t);")).collect();
    let driver = format!("{PRELUDE}{decls}\nbool is_neg(int64_t); bool not(bool);\nint main(void) {{\n{body}return 0;\n}}\n");
    let out = run_ok("conversions", &m, &driver);

    let mut expected = String::new();
    for x in inputs {
        let bit = x & 1;
        let vals = [
            x as i32 as i64,
            x as u32 as i64,
            x as i8 as i64,
            bit,
            -bit,
            (-bit) as u8 as i64,
            if x > 0 && x < 100 { x * 2 } else { -x },
        ];
        for v in vals {
            expected += &format!("{v} ");
        }
        expected += &format!("{} {}\n", (x < 0) as i32, (x >= 0) as i32);
    }
    assert_eq!(out, expected);
}

#[test]
fn float_ops_and_comparisons() {
    let mut m = Module::new();
    // fcalc(a, b) = -((a + b) * (a - b) / b)
    let f = func(&mut m, "fcalc", &[f64t(), f64t()], &[f64t()], true, &[]);
    let (a, c) = (f.param(&m, 0), f.param(&m, 1));
    let mut b = Builder::new(&mut m, f.entry);
    let s = bin(&mut b, "machine.fadd", a, c);
    let d = bin(&mut b, "machine.fsub", a, c);
    let p = bin(&mut b, "machine.fmul", s, d);
    let q = bin(&mut b, "machine.fdiv", p, c);
    let r = un(&mut b, "machine.fneg", q, f64t());
    ret(&mut b, &[r]);
    // itof(x: i64) = x + 0.5 ; itof32(x: i32) = x
    let f = func(&mut m, "itof", &[i64t()], &[f64t()], true, &[]);
    let x = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let y = un(&mut b, "machine.sitofp", x, f64t());
    let half = fc(&mut b, 0.5);
    let y = bin(&mut b, "machine.fadd", y, half);
    ret(&mut b, &[y]);
    let f = func(&mut m, "itof32", &[i32t()], &[f64t()], true, &[]);
    let x = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let y = un(&mut b, "machine.sitofp", x, f64t());
    ret(&mut b, &[y]);
    // fcmp_bits(a, b): bit k = a <pred k> b
    let preds = ["eq", "ne", "lt", "le", "gt", "ge"];
    let f = func(&mut m, "fcmp_bits", &[f64t(), f64t()], &[i64t()], true, &[]);
    let (a, c) = (f.param(&m, 0), f.param(&m, 1));
    let mut b = Builder::new(&mut m, f.entry);
    let mut acc = c64(&mut b, 0);
    for (k, p) in preds.iter().enumerate() {
        let t = fcmp(&mut b, p, a, c);
        let w = un(&mut b, "machine.zext", t, i64t());
        let sh = c64(&mut b, k as i64);
        let bit = bin(&mut b, "machine.shl", w, sh);
        acc = bin(&mut b, "machine.bor", acc, bit);
    }
    ret(&mut b, &[acc]);

    let pairs = [(1.0, 2.0), (2.0, 2.0), (3.0, 2.0), (f64::NAN, 1.0), (1.0, f64::NAN), (-0.0, 0.0)];
    let lit = |v: f64| if v.is_nan() { "NAN".to_string() } else { format!("{v:?}") };
    let mut body = String::from("double r; uint64_t u;\n");
    body += "r = fcalc(3.5, 1.25); memcpy(&u, &r, 8); printf(\"%016llx\\n\", (unsigned long long)u);\n";
    body += "r = itof(-9007199254740993LL); memcpy(&u, &r, 8); printf(\"%016llx\\n\", (unsigned long long)u);\n";
    body += "r = itof32(-123456); memcpy(&u, &r, 8); printf(\"%016llx\\n\", (unsigned long long)u);\n";
    for (a, c) in pairs {
        body += &format!("printf(\"%lld\\n\", (long long)fcmp_bits({}, {}));\n", lit(a), lit(c));
    }
    let driver = format!(
        "{PRELUDE}#include <math.h>\ndouble fcalc(double, double); double itof(int64_t); double itof32(int32_t); int64_t fcmp_bits(double, double);\nint main(void) {{\n{body}return 0;\n}}\n"
    );
    let out = run_ok("floats", &m, &driver);

    let mut expected = format!("{:016x}\n", (-((3.5f64 + 1.25) * (3.5 - 1.25) / 1.25)).to_bits());
    expected += &format!("{:016x}\n", ((-9007199254740993i64) as f64 + 0.5).to_bits());
    expected += &format!("{:016x}\n", (-123456f64).to_bits());
    for (a, c) in pairs {
        let bits = [a == c, a != c, a < c, a <= c, a > c, a >= c];
        let packed: i64 = bits.iter().enumerate().map(|(k, &bit)| (bit as i64) << k).sum();
        expected += &format!("{packed}\n");
    }
    assert_eq!(out, expected);
}

#[test]
fn runtime_imports_and_function_addresses() {
    let mut m = Module::new();
    // box_bool(x: i32) = rt_bool_box(x); add(a, b) = rt_int_add(a, b) after rt_incref(a)
    let f = func(&mut m, "box_bool", &[i32t()], &[i64t()], true, &[]);
    let x = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let r = call(&mut b, "rt_bool_box", &[x], Some(i64t())).unwrap();
    ret(&mut b, &[r]);
    let f = func(&mut m, "add", &[i64t(), i64t()], &[i64t()], true, &[]);
    let (x, y) = (f.param(&m, 0), f.param(&m, 1));
    let mut b = Builder::new(&mut m, f.entry);
    call(&mut b, "rt_incref", &[x], None);
    let r = call(&mut b, "rt_int_add", &[x, y], Some(i64t())).unwrap();
    ret(&mut b, &[r]);
    // triple is local; get_triple returns its address; get_rt returns the import's address
    let f = func(&mut m, "triple", &[i64t()], &[i64t()], false, &[]);
    let x = f.param(&m, 0);
    let mut b = Builder::new(&mut m, f.entry);
    let three = c64(&mut b, 3);
    let r = bin(&mut b, "machine.imul", x, three);
    ret(&mut b, &[r]);
    let f = func(&mut m, "get_triple", &[], &[ptr()], true, &[]);
    let mut b = Builder::new(&mut m, f.entry);
    let p = addr(&mut b, "triple");
    ret(&mut b, &[p]);
    let f = func(&mut m, "get_rt", &[], &[ptr()], true, &[]);
    let mut b = Builder::new(&mut m, f.entry);
    let p = addr(&mut b, "rt_int_add");
    ret(&mut b, &[p]);

    let driver = format!(
        "{PRELUDE}static int increfs;\n\
         int64_t rt_bool_box(int32_t x) {{ return x ? 42 : 7; }}\n\
         int64_t rt_int_add(int64_t a, int64_t b) {{ return a + b + 1000; }}\n\
         void rt_incref(int64_t w) {{ (void)w; increfs++; }}\n\
         int64_t box_bool(int32_t); int64_t add(int64_t, int64_t); void *get_triple(void); void *get_rt(void);\n\
         int main(void) {{\n\
           int64_t (*t)(int64_t) = (int64_t (*)(int64_t))get_triple();\n\
           long long x = box_bool(1), y = box_bool(0), z = add(1, 2);\n\
           printf(\"%lld %lld %lld %d\\n\", x, y, z, increfs);\n\
           printf(\"%lld %s\\n\", (long long)t(14), get_rt() == (void *)rt_int_add ? \"same\" : \"different\");\n\
           return 0;\n\
         }}\n"
    );
    let out = run_ok("runtime", &m, &driver);
    assert_eq!(out, "42 7 1003 1\n42 same\n");
}

#[test]
fn loop_back_to_the_entry_block() {
    // count(n): slot0 += 1 in the entry block, which loops to itself while slot0 < n.
    let mut m = Module::new();
    let f = func(&mut m, "count", &[i64t()], &[i64t()], true, &[i64t()]);
    let n = f.param(&m, 0);
    let exit = f.block(&mut m);
    let mut b = Builder::new(&mut m, f.entry);
    let v = var_get(&mut b, 0, i64t());
    let one = c64(&mut b, 1);
    let v2 = bin(&mut b, "machine.iadd", v, one);
    var_set(&mut b, 0, v2);
    let c = icmp(&mut b, "slt", v2, n);
    cond_br(&mut b, c, f.entry, exit);
    b.block = exit;
    let r = var_get(&mut b, 0, i64t());
    ret(&mut b, &[r]);
    let driver = format!("{PRELUDE}int64_t count(int64_t);\nint main(void) {{ printf(\"%lld %lld\\n\", (long long)count(10), (long long)count(-5)); return 0; }}\n");
    assert_eq!(run_ok("entry_loop", &m, &driver), "10 1\n");
}

#[test]
fn trap_aborts_the_program() {
    let mut m = Module::new();
    let f = func(&mut m, "checked_div", &[i64t(), i64t()], &[i64t()], true, &[]);
    let (a, c) = (f.param(&m, 0), f.param(&m, 1));
    let bad = f.block(&mut m);
    let ok = f.block(&mut m);
    let mut b = Builder::new(&mut m, f.entry);
    let zero = c64(&mut b, 0);
    let z = icmp(&mut b, "eq", c, zero);
    cond_br(&mut b, z, bad, ok);
    b.block = bad;
    b.op("machine.trap", &[], &[], vec![]);
    b.block = ok;
    let q = bin(&mut b, "machine.sdiv", a, c);
    ret(&mut b, &[q]);
    let driver = format!(
        "{PRELUDE}int64_t checked_div(int64_t, int64_t);\nint main(void) {{ printf(\"%lld\\n\", (long long)checked_div(7, 2)); fflush(stdout); checked_div(1, 0); printf(\"not reached\\n\"); return 0; }}\n"
    );
    let out = build_and_run_with("trap", &m, &driver, &Options::default());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3\n");
    use std::os::unix::process::ExitStatusExt;
    assert!(out.status.signal().is_some(), "expected death by signal, got {:?}", out.status);
}

#[test]
fn source_lines_reach_cranelift() {
    // Locations survive into the Cranelift IR (as `@line` source locations).
    let mut m = fib_module();
    for op in m.walk() {
        m.op_mut(op).loc = metal0_dialects::Location::File { file: "fib.py".into(), line: 42, col: 1, end_line: 42, end_col: 5 };
    }
    let text = metal0_backend_cranelift::emit_clif(&m).unwrap();
    assert!(text.contains("@002a"), "{text}");
}

#[test]
fn emit_clif_prints_every_function_and_the_symbol_table() {
    let text = metal0_backend_cranelift::emit_clif(&fib_module()).unwrap();
    for needle in ["; u0:0 = fib (local)", "; u0:1 = m0_main (export)", "function %fib(i64) -> i64 system_v {", "function %m0_main() -> i64 system_v {", "icmp slt", "call fn0"] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}


#[test]
fn narrow_integer_ops() {
    // For i8, i16 and i32: w<W>_<op>(a, b) = sext(op(trunc a, trunc b)); overflow ops return
    // (sext(result) << 1) | overflow.
    let ops = ["iadd", "isub", "imul", "sdiv", "srem", "band", "bor", "bxor", "shl", "sshr", "ushr", "sadd_overflow", "ssub_overflow", "smul_overflow"];
    let widths = [8u32, 16, 32];
    let mut m = Module::new();
    let mut names = Vec::new();
    for w in widths {
        for op in ops {
            let name = format!("w{w}_{op}");
            binary_fn(&mut m, &name, |b, x, y| {
                let t = metal0_dialects::Type::Int(w);
                let tx = un(b, "machine.trunc", x, t.clone());
                let ty = un(b, "machine.trunc", y, t.clone());
                if op.ends_with("_overflow") {
                    let o = b.op(&format!("machine.{op}"), &[tx, ty], &[t, i1()], vec![]);
                    let (r, f) = (b.module.op(o).results[0], b.module.op(o).results[1]);
                    let r = un(b, "machine.sext", r, i64t());
                    let f = un(b, "machine.zext", f, i64t());
                    let one = c64(b, 1);
                    let r = bin(b, "machine.shl", r, one);
                    bin(b, "machine.bor", r, f)
                } else {
                    let r = bin(b, &format!("machine.{op}"), tx, ty);
                    un(b, "machine.sext", r, i64t())
                }
            });
            names.push((w, op, name));
        }
    }
    let pairs: [(i64, i64); 6] = [(100, 27), (-77, 5), (127, 3), (12345, -7), (-30000, 250), (70000, 3)];
    let mut body = String::new();
    for (a, c) in pairs {
        for (_, _, n) in &names {
            body += &format!("printf(\"%lld \", (long long){n}({a}LL, {c}LL));\n");
        }
        body += "printf(\"\\n\");\n";
    }
    let decls: String = names.iter().map(|(_, _, n)| format!("int64_t {n}(int64_t, int64_t);\n")).collect();
    let out = run_ok("narrow", &m, &format!("{PRELUDE}{decls}int main(void) {{\n{body}return 0;\n}}\n"));

    let wrap = |v: i128, w: u32| -> i64 { ((v as i64) << (64 - w)) >> (64 - w) };
    let mut expected = String::new();
    for (a, c) in pairs {
        for (w, op, _) in &names {
            let w = *w;
            let (x, y) = (wrap(a as i128, w), wrap(c as i128, w));
            let (xi, yi) = (x as i128, y as i128);
            let s = (y & (w as i64 - 1)) as u32;
            let ovf = |exact: i128| (wrap(exact, w) << 1) | (wrap(exact, w) as i128 != exact) as i64;
            let v = match *op {
                "iadd" => wrap(xi + yi, w),
                "isub" => wrap(xi - yi, w),
                "imul" => wrap(xi * yi, w),
                "sdiv" => x / y,
                "srem" => x % y,
                "band" => x & y,
                "bor" => x | y,
                "bxor" => x ^ y,
                "shl" => wrap((x << s) as i128, w),
                "sshr" => x >> s,
                "ushr" => wrap((((x as u64) & (u64::MAX >> (64 - w))) >> s) as i128, w),
                "sadd_overflow" => ovf(xi + yi),
                "ssub_overflow" => ovf(xi - yi),
                _ => ovf(xi * yi),
            };
            expected += &format!("{v} ");
        }
        expected += "\n";
    }
    assert_eq!(out, expected);
}
