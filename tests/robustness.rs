//! Regression tests for inputs that once crashed the compiler: each must compile and run, or
//! be refused with a diagnostic, never crash.

use std::process::Command;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("robustness").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `x = 1+1+...+1` five thousand terms deep overflowed the main thread's stack.
#[test]
fn deeply_nested_expression_compiles() {
    let dir = scratch("deep");
    let src = format!("x = {}1\nprint(x)\n", "1+".repeat(5000));
    std::fs::write(dir.join("deep.py"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_metal0")).arg("deep.py").current_dir(&dir).env("XDG_CACHE_HOME", dir.join("cache")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5001\n", "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
}

/// Empty programs and programs of only comments are valid and print nothing.
#[test]
fn empty_program_runs() {
    let dir = scratch("empty");
    std::fs::write(dir.join("empty.py"), "# nothing here\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_metal0")).arg("empty.py").current_dir(&dir).env("XDG_CACHE_HOME", dir.join("cache")).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
}
