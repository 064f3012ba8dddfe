//! The frontend on every `.py` file of CPython's stdlib (ignored by default; run with
//! `cargo test -p metal0-frontend-python --release -- --ignored`): no panics, every accepted
//! module verifies. Files may be refused with diagnostics (the stdlib's tests contain bad
//! syntax on purpose). See also `examples/stdlib_survey.rs`, `scope_diff.rs` and
//! `names_diff.rs`.

use metal0_frontend_python::{lower_to_py, read_source};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && p.file_name().is_some_and(|n| n != "site-packages") {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn every_stdlib_file_lowers_or_is_refused_cleanly() {
    let Ok(out) = std::process::Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).output() else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut files = Vec::new();
    collect(Path::new(String::from_utf8_lossy(&out.stdout).trim()), &mut files);
    assert!(files.len() > 100, "stdlib not found");
    let mut failures = Vec::new();
    for f in &files {
        let result = std::panic::catch_unwind(|| {
            let Ok(source) = read_source(f) else { return Ok(()) };
            match lower_to_py(&source) {
                Ok(m) => metal0_dialects::dialect::verify(&m).map_err(|e| format!("verifier: {}", e[0].message)),
                Err(_) => Ok(()),
            }
        });
        match result {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failures.push(format!("{}: {e}", f.display())),
            Err(_) => failures.push(format!("{}: panicked", f.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
