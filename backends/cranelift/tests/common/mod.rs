//! Shared test helpers: terse builders for machine-dialect modules, and compiling a module
//! to an object, linking it with a small C driver using `cc`, and running the executable.

#![allow(dead_code)]

use metal0_backend_cranelift::{Options, compile_object};
use metal0_dialects::{Attr, BlockId, Builder, Module, OpId, RegionId, Type, Value, attr};
use std::path::PathBuf;
use std::process::{Command, Output};

pub fn i1() -> Type {
    Type::Int(1)
}
pub fn i8t() -> Type {
    Type::Int(8)
}
pub fn i32t() -> Type {
    Type::Int(32)
}
pub fn i64t() -> Type {
    Type::Int(64)
}
pub fn f64t() -> Type {
    Type::F64
}
pub fn ptr() -> Type {
    metal0_dialects::machine::ptr()
}

/// A `machine.func` under construction.
pub struct Func {
    pub op: OpId,
    pub region: RegionId,
    pub entry: BlockId,
}

impl Func {
    pub fn param(&self, m: &Module, i: usize) -> Value {
        m.block(self.entry).args[i]
    }
    /// A new (non-entry) block of this function.
    pub fn block(&self, m: &mut Module) -> BlockId {
        m.add_block(self.region, &[])
    }
}

/// Adds `machine.func @name` to the module: exported if `export`, with variable slots `vars`.
pub fn func(m: &mut Module, name: &str, params: &[Type], results: &[Type], export: bool, vars: &[Type]) -> Func {
    let mut attrs = vec![
        attr("sym_name", Attr::str(name)),
        attr("function_type", Attr::Type(Type::Function { inputs: params.to_vec(), results: results.to_vec() })),
    ];
    if export {
        attrs.push(attr("linkage", Attr::str("export")));
    }
    if !vars.is_empty() {
        attrs.push(attr("var_types", Attr::Array(vars.iter().cloned().map(Attr::Type).collect())));
    }
    let op = m.create_op("machine.func", &[], &[], attrs, Default::default());
    let body = m.body();
    m.append_op(body, op);
    let region = m.add_region(op);
    let entry = m.add_block(region, params);
    Func { op, region, entry }
}

pub fn global(m: &mut Module, name: &str, size: i64) {
    let body = m.body();
    let mut b = Builder::new(m, body);
    b.op("machine.global", &[], &[], vec![attr("sym_name", Attr::str(name)), attr("size", Attr::i64(size))]);
}

pub fn data(m: &mut Module, name: &str, bytes: &[u8]) {
    let body = m.body();
    let mut b = Builder::new(m, body);
    b.op("machine.data", &[], &[], vec![attr("sym_name", Attr::str(name)), attr("bytes", Attr::Str(bytes.to_vec()))]);
}

pub fn c64(b: &mut Builder, v: i64) -> Value {
    cty(b, v, i64t())
}
pub fn cty(b: &mut Builder, v: i64, ty: Type) -> Value {
    let w = match ty {
        Type::Int(w) => w,
        _ => 64,
    };
    b.value("machine.const", &[], ty, vec![attr("value", Attr::Int(v, w))])
}
pub fn fc(b: &mut Builder, v: f64) -> Value {
    b.value("machine.fconst", &[], f64t(), vec![attr("value", Attr::Float(v))])
}
/// A binary op whose result has the type of its left operand.
pub fn bin(b: &mut Builder, name: &str, x: Value, y: Value) -> Value {
    let t = b.module.value_type(x).clone();
    b.value(name, &[x, y], t, vec![])
}
pub fn un(b: &mut Builder, name: &str, x: Value, ty: Type) -> Value {
    b.value(name, &[x], ty, vec![])
}
pub fn icmp(b: &mut Builder, pred: &str, x: Value, y: Value) -> Value {
    b.value("machine.icmp", &[x, y], i1(), vec![attr("pred", Attr::str(pred))])
}
pub fn fcmp(b: &mut Builder, pred: &str, x: Value, y: Value) -> Value {
    b.value("machine.fcmp", &[x, y], i1(), vec![attr("pred", Attr::str(pred))])
}
/// `(result, overflow)` of `machine.s*_overflow`.
pub fn ovf(b: &mut Builder, name: &str, x: Value, y: Value) -> (Value, Value) {
    let op = b.op(name, &[x, y], &[i64t(), i1()], vec![]);
    let r = &b.module.op(op).results;
    (r[0], r[1])
}
pub fn call(b: &mut Builder, callee: &str, args: &[Value], ret: Option<Type>) -> Option<Value> {
    let rets: Vec<Type> = ret.into_iter().collect();
    let op = b.op("machine.call", args, &rets, vec![attr("callee", Attr::Symbol(callee.into()))]);
    b.module.op(op).results.first().copied()
}
pub fn addr(b: &mut Builder, sym: &str) -> Value {
    b.value("machine.symbol_addr", &[], ptr(), vec![attr("symbol", Attr::Symbol(sym.into()))])
}
pub fn load(b: &mut Builder, p: Value, offset: i64, ty: Type) -> Value {
    b.value("machine.load", &[p], ty, vec![attr("offset", Attr::i64(offset))])
}
pub fn store(b: &mut Builder, v: Value, p: Value, offset: i64) {
    b.op("machine.store", &[v, p], &[], vec![attr("offset", Attr::i64(offset))]);
}
pub fn var_get(b: &mut Builder, slot: i64, ty: Type) -> Value {
    b.value("machine.var_get", &[], ty, vec![attr("var", Attr::i64(slot))])
}
pub fn var_set(b: &mut Builder, slot: i64, v: Value) {
    b.op("machine.var_set", &[v], &[], vec![attr("var", Attr::i64(slot))]);
}
pub fn ret(b: &mut Builder, vals: &[Value]) {
    b.op("machine.return", vals, &[], vec![]);
}
pub fn br(b: &mut Builder, to: BlockId) {
    let op = b.op("machine.br", &[], &[], vec![]);
    b.module.op_mut(op).successors = vec![to];
}
pub fn cond_br(b: &mut Builder, c: Value, then: BlockId, els: BlockId) {
    let op = b.op("machine.cond_br", &[c], &[], vec![]);
    b.module.op_mut(op).successors = vec![then, els];
}

/// A fresh directory for one test's files.
pub fn test_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("backend-cranelift").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create test dir");
    dir
}

/// Compiles `m` with `opts`, links it with the C `driver`, runs the program.
pub fn build_and_run_with(name: &str, m: &Module, driver: &str, opts: &Options) -> Output {
    let object = match compile_object(m, opts) {
        Ok(o) => o,
        Err(e) => panic!("compile_object failed: {e}\n{}\nmodule:\n{}", e.clif.clone().unwrap_or_default(), metal0_dialects::printer::print_module(m)),
    };
    let dir = test_dir(name);
    std::fs::write(dir.join("prog.o"), &object).unwrap();
    std::fs::write(dir.join("driver.c"), driver).unwrap();
    let exe = dir.join("prog");
    let cc = Command::new("cc").arg("-o").arg(&exe).arg(dir.join("driver.c")).arg(dir.join("prog.o")).output().expect("run cc");
    assert!(cc.status.success(), "linking failed:\n{}", String::from_utf8_lossy(&cc.stderr));
    Command::new(&exe).output().expect("run the program")
}

/// Like [`build_and_run_with`] with default options, checking the program succeeded; returns stdout.
pub fn run_ok(name: &str, m: &Module, driver: &str) -> String {
    let out = build_and_run_with(name, m, driver, &Options::default());
    assert!(out.status.success(), "program failed: {:?}\nstderr: {}", out.status, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}
