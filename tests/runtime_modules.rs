//! The runtime modules' "missing names" lists (passes/src/infer/runtime_modules.rs, used to
//! refuse `import math; math.gamma` at compile time) against both sides: every name of
//! CPython 3.11's `dir(module)` is either on the list or an attribute of metal0's module, never
//! both. Needs `python3` (3.11), like the conformance suite.

use metal0_passes::infer::runtime_modules::{RUNTIME_MODULES, missing_names};
use std::process::Command;

#[test]
fn missing_names_are_exactly_what_the_runtime_lacks() {
    let dir = tempfile_dir();
    let mut program = String::new();
    for m in RUNTIME_MODULES {
        let out = Command::new("python3").args(["-c", &format!("import {m}; print(' '.join(dir({m})))")]).output().expect("python3");
        let names = String::from_utf8(out.stdout).unwrap();
        let listed: Vec<&str> = names.split_whitespace().filter(|n| !(n.starts_with('_') && !n.starts_with("__"))).collect();
        program.push_str(&format!("import {m}\nprint('{m}', [n for n in {listed:?} if not hasattr({m}, n)])\n"));
    }
    let path = dir.join("missing.py");
    std::fs::write(&path, &program).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_metal0")).arg(&path).env("XDG_CACHE_HOME", dir.join("cache")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for (line, m) in stdout.lines().zip(RUNTIME_MODULES) {
        let lacking = line.strip_prefix(&format!("{m} ")).unwrap();
        let expected = format!("{:?}", missing_names(m)).replace('"', "'");
        assert_eq!(lacking, expected, "module {m}: update the list in runtime_modules.rs");
    }
}

fn tempfile_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("metal0-runtime-modules-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}
