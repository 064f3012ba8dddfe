//! Text-in/text-out pass tests, MLIR style: every `passes/tests/**/*.mlir` file starts with
//! `// RUN: metal0 opt --passes=<names>`; cases are separated by `// -----`; each case is IR
//! text followed by `// CHECK: <text>` lines that must appear in the output in order
//! (`// CHECK-NOT: <text>` must not appear anywhere). An `// expected-error: <text>` line
//! instead expects `metal0 opt` to fail with that text in its stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn mlir_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            mlir_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "mlir") {
            out.push(p);
        }
    }
}

/// Runs one case; returns a description of the failure, if any.
fn run_case(passes: &str, case: &str) -> Result<(), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_metal0"))
        .args(["opt", &format!("--passes={passes}"), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    use std::io::Write;
    child.stdin.take().unwrap().write_all(case.as_bytes()).map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let directive = |prefix: &str| -> Vec<String> {
        case.lines().filter_map(|l| l.trim().strip_prefix(prefix).map(|s| s.trim().to_string())).collect()
    };
    let expected_errors = directive("// expected-error:");
    if !expected_errors.is_empty() {
        if out.status.success() {
            return Err(format!("expected failure, got success:\n{stdout}"));
        }
        for e in expected_errors {
            if !stderr.contains(&e) {
                return Err(format!("expected error containing {e:?}, got:\n{stderr}"));
            }
        }
        return Ok(());
    }
    if !out.status.success() {
        return Err(format!("metal0 opt failed:\n{stderr}"));
    }
    let mut rest: &str = &stdout;
    for check in directive("// CHECK:") {
        match rest.find(&check) {
            Some(i) => rest = &rest[i + check.len()..],
            None => return Err(format!("CHECK not found (in order): {check:?}\noutput:\n{stdout}")),
        }
    }
    for not in directive("// CHECK-NOT:") {
        if stdout.contains(&not) {
            return Err(format!("CHECK-NOT found: {not:?}\noutput:\n{stdout}"));
        }
    }
    Ok(())
}

#[test]
fn pass_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("passes/tests");
    let mut files = Vec::new();
    mlir_files(&root, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no pass tests found under {}", root.display());
    let (mut passed, mut failures) = (0, Vec::new());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let first = text.lines().next().unwrap_or("");
        if first.starts_with("// RUN: lower-machine") {
            // Driven in-process by passes/tests/lower_machine.rs (it needs CHECK-NEXT etc.).
            continue;
        }
        let run = first.strip_prefix("// RUN: metal0 opt --passes=").unwrap_or_else(|| panic!("{}: first line must be `// RUN: metal0 opt --passes=...`", f.display()));
        for (i, case) in text.split("// -----").enumerate() {
            match run_case(run.trim(), case) {
                Ok(()) => passed += 1,
                Err(e) => failures.push(format!("{} case {}: {e}", f.display(), i + 1)),
            }
        }
    }
    println!("pass tests: {passed} passed, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
