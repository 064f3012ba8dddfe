//! For every conformance program and every dialect stage (`--emit=py|typed|machine`):
//! the printed module parses back and prints identically (`metal0 opt` with no passes), and
//! real MLIR (`mlir-opt-22 --allow-unregistered-dialect`) accepts it. The test fails when
//! mlir-opt-22 is missing: `scripts/test.sh` installs it.

mod common;

use common::parallel_map;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const METAL0: &str = env!("CARGO_BIN_EXE_metal0");
const STAGES: &[&str] = &["py", "typed", "machine"];

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/programs");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    v.sort();
    v
}

/// Runs `cmd` with `input` on stdin; returns (success, stdout, stderr).
fn run_with_input(cmd: &mut Command, input: &str) -> (bool, String, String) {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("command starts");
    let mut stdin = child.stdin.take().unwrap();
    let text = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Checks one program at every stage; returns the failures.
fn check(program: &Path, mlir_opt: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let name = program.file_name().unwrap().to_string_lossy().to_string();
    for stage in STAGES {
        let out = Command::new(METAL0).args(["build", &format!("--emit={stage}")]).arg(program).output().unwrap();
        if !out.status.success() {
            // Programs the compiler refuses have no IR to check at this stage; the
            // conformance test reports them.
            if out.status.code() == Some(2) {
                break;
            }
            failures.push(format!("{name} --emit={stage}: exit {:?}\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr)));
            break;
        }
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (ok, reprinted, err) = run_with_input(Command::new(METAL0).args(["opt", "-"]), &text);
        if !ok {
            failures.push(format!("{name} --emit={stage}: metal0 opt cannot read it back:\n{err}"));
        } else if reprinted != text {
            let line = text.lines().zip(reprinted.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!("{name} --emit={stage}: print -> parse -> print differs at line {}:\n  {:?}\n  {:?}", line + 1, text.lines().nth(line), reprinted.lines().nth(line)));
        }
        let (ok, _, err) = run_with_input(Command::new(mlir_opt).args(["--allow-unregistered-dialect", "-o", "/dev/null"]), &text);
        if !ok {
            failures.push(format!("{name} --emit={stage}: mlir-opt-22 rejects it:\n{}", err.lines().take(6).collect::<Vec<_>>().join("\n")));
        }
    }
    failures
}

#[test]
fn every_stage_round_trips_and_mlir_opt_accepts_it() {
    let mlir_opt = std::env::var("MLIR_OPT").unwrap_or_else(|_| "mlir-opt-22".to_string());
    assert!(
        Command::new(&mlir_opt).arg("--version").output().is_ok_and(|o| o.status.success()),
        "{mlir_opt} is not installed: run scripts/test.sh (it installs mlir-22-tools) or set MLIR_OPT"
    );
    let failures: Vec<String> = parallel_map(&programs(), |p| check(p, &mlir_opt)).into_iter().flatten().collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}
