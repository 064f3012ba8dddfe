//! Compatibility with real MLIR: `mlir-opt-22 --allow-unregistered-dialect` accepts what our
//! printer writes, and our parser reads back what mlir-opt writes (generic form, locations
//! inline or as `#loc` aliases). Fails when mlir-opt-22 is not installed — `scripts/test.sh`
//! installs it (`apt-get install mlir-22-tools`); `MLIR_OPT=/path/to/mlir-opt` picks another binary.

#[path = "common/corpus.rs"]
mod corpus;

use metal0_dialects::parser::parse_module;
use metal0_dialects::printer::print_module;
use metal0_dialects::{Attr, Location, Module};
use std::io::Write;
use std::process::{Command, Stdio};

/// Corpus modules that are well-formed for us but break rules MLIR's verifier adds on top of
/// the syntax; mlir-opt still parses them with the verifier off.
const MLIR_INVALID: &[(&str, &str)] = &[
    ("forward_references", "regions of unregistered ops have SSA dominance in MLIR"),
    ("blocks_out_of_order", "MLIR requires branches to pass operands for their successors' block arguments"),
];

fn mlir_opt() -> String {
    let bin = std::env::var("MLIR_OPT").unwrap_or_else(|_| "mlir-opt-22".to_string());
    match Command::new(&bin).arg("--version").output() {
        Ok(o) if o.status.success() => bin,
        _ => panic!("{bin} is not installed: run scripts/test.sh (it installs mlir-22-tools) or set MLIR_OPT"),
    }
}

/// Runs mlir-opt on `input`, returning its output or its diagnostics.
fn run(bin: &str, args: &[&str], input: &str) -> Result<String, String> {
    let mut child = Command::new(bin)
        .args(["--allow-unregistered-dialect", "--mlir-print-op-generic", "--mlir-print-debuginfo"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mlir-opt starts");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("mlir-opt runs");
    writer.join().unwrap().unwrap();
    if out.status.success() { Ok(String::from_utf8(out.stdout).unwrap()) } else { Err(String::from_utf8_lossy(&out.stderr).into_owned()) }
}

#[test]
fn mlir_opt_accepts_printer_output_and_we_read_its_output() {
    let bin = mlir_opt();
    for (name, m) in corpus::corpus() {
        let text = print_module(&m);
        let invalid = MLIR_INVALID.iter().any(|(n, _)| *n == name);
        let unverified = run(&bin, &["--mlir-very-unsafe-disable-verifier-on-parsing"], &text).unwrap_or_else(|e| panic!("{name}: mlir-opt rejects our syntax:\n{e}\n{text}"));
        let verified = run(&bin, &[], &text);
        assert_eq!(verified.is_ok(), !invalid, "{name}: {verified:?}");
        for scope in [&["--mlir-print-local-scope"][..], &[]] {
            let args: Vec<&str> = ["--mlir-very-unsafe-disable-verifier-on-parsing"].iter().chain(scope).copied().collect();
            let theirs = if scope.is_empty() || invalid { run(&bin, &args, &text).unwrap() } else { unverified.clone() };
            let parsed = parse_module(&theirs).unwrap_or_else(|e| panic!("{name}: cannot read mlir-opt's output: {e}\n{theirs}"));
            assert_same_program(name, &m, &parsed);
        }
    }
}

/// Same ops, shapes, attributes and known locations, allowing for what MLIR canonicalises:
/// `1 : i1` becomes `true`, integers narrower than 64 bits are printed signed, ops without a
/// location get the input's position, and an empty file name becomes the buffer's name.
fn assert_same_program(name: &str, ours: &Module, theirs: &Module) {
    let (a, b) = (ours.walk(), theirs.walk());
    assert_eq!(a.len(), b.len(), "{name}: op count");
    for (x, y) in a.into_iter().zip(b) {
        let (x, y) = (ours.op(x), theirs.op(y));
        assert_eq!(x.name, y.name, "{name}");
        let shape = |o: &metal0_dialects::ir::OpData| (o.operands.len(), o.results.len(), o.regions.len(), o.successors.len());
        assert_eq!(shape(x), shape(y), "{name}: {}", x.name);
        // MLIR replaces an empty file name by the input buffer's name.
        if !matches!(&x.loc, Location::Unknown) && !matches!(&x.loc, Location::File { file, .. } if file.is_empty()) {
            assert_eq!(x.loc, y.loc, "{name}: {}", x.name);
        }
        let types = |m: &Module, vs: &[metal0_dialects::Value]| vs.iter().map(|v| m.value_type(*v).clone()).collect::<Vec<_>>();
        assert_eq!(types(ours, &x.results), types(theirs, &y.results), "{name}: {}", x.name);
        assert_eq!(x.attrs.len(), y.attrs.len(), "{name}: {}", x.name);
        for (k, v) in &x.attrs {
            let w = y.attrs.iter().find(|(l, _)| l == k).map(|(_, w)| w).unwrap_or_else(|| panic!("{name}: {} lost {k}", x.name));
            assert!(same_after_mlir(v, w), "{name}: {}: {k} = {v:?} came back as {w:?}", x.name);
        }
    }
}

fn same_after_mlir(ours: &Attr, theirs: &Attr) -> bool {
    match (ours, theirs) {
        (Attr::Int(v, 1), Attr::Bool(b)) => (*v != 0) == *b,
        // Signless: MLIR prints the signed value of the same bits (`255 : i8` -> `-1 : i8`).
        (Attr::Int(v, w), Attr::Int(u, x)) => w == x && (*w >= 64 || (v ^ u) & ((1i64 << w) - 1) == 0),
        (Attr::Float(x), Attr::Float(y)) => x.to_bits() == y.to_bits(),
        (Attr::Array(x), Attr::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_after_mlir(a, b)),
        _ => ours == theirs,
    }
}
