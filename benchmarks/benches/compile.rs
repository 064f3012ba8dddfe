//! Compile throughput per stage (divan): frontend (parse + py dialect), infer, egraph,
//! lower-machine and the Cranelift backend, on the benchmark programs.
//! Run with `cargo bench -p metal0-benchmarks`.

use metal0_dialects::Module;
use metal0_frontend_python::{SourceFile, lower_to_py};
use metal0_passes::pass_by_name;

fn main() {
    divan::main();
}

const PROGRAMS: &[&str] = &["fib", "int_loop", "float_loop", "list_dict", "compile300"];

fn source(name: &str) -> SourceFile {
    let path = format!("{}/programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
    SourceFile { text: std::fs::read_to_string(&path).expect("benchmark program"), path }
}

/// The module after running the pipeline up to (not including) the pass named `stop`.
fn module_before(name: &str, stop: &str) -> Module {
    let mut m = lower_to_py(&source(name)).expect("benchmark programs compile");
    for p in ["infer", "egraph", "lower-machine"] {
        if p == stop {
            break;
        }
        pass_by_name(p).unwrap().run(&mut m).expect("pass succeeds");
    }
    m
}

#[divan::bench(args = PROGRAMS)]
fn frontend(bencher: divan::Bencher, name: &str) {
    let src = source(name);
    bencher.bench(|| lower_to_py(divan::black_box(&src)).unwrap());
}

fn bench_pass(bencher: divan::Bencher, name: &str, pass: &str) {
    let m = module_before(name, pass);
    let p = pass_by_name(pass).unwrap();
    bencher.with_inputs(|| m.clone()).bench_local_values(|mut m| {
        p.run(&mut m).unwrap();
        m
    });
}

#[divan::bench(args = PROGRAMS)]
fn infer(bencher: divan::Bencher, name: &str) {
    bench_pass(bencher, name, "infer");
}

#[divan::bench(args = PROGRAMS)]
fn egraph(bencher: divan::Bencher, name: &str) {
    bench_pass(bencher, name, "egraph");
}

#[divan::bench(args = PROGRAMS)]
fn lower_machine(bencher: divan::Bencher, name: &str) {
    bench_pass(bencher, name, "lower-machine");
}

#[divan::bench(args = PROGRAMS)]
fn cranelift(bencher: divan::Bencher, name: &str) {
    let m = module_before(name, "end");
    let opts = metal0_backend_cranelift::Options::default();
    bencher.bench(|| metal0_backend_cranelift::compile_object(divan::black_box(&m), &opts).unwrap());
}
