//! Diagnostic tests for what metal0 refuses: each `tests/refusals/*.py` starts with
//! `# expect: LINE:COL: MESSAGE`; `metal0 check` must exit 2 and print that message with
//! `file:LINE:COL` and the source underlined, without panicking.

use std::path::Path;
use std::process::Command;

#[test]
fn refusals_are_diagnostics_at_the_construct() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/refusals");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let expect = text.lines().next().and_then(|l| l.strip_prefix("# expect: ")).unwrap_or_else(|| panic!("{}: first line must be `# expect: L:C: message`", f.display()));
        let (pos, message) = expect.split_once(": ").unwrap();
        let name = f.file_name().unwrap().to_string_lossy();
        let out = Command::new(env!("CARGO_BIN_EXE_metal0")).arg("check").arg(&*name).current_dir(&dir).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let at = format!("{name}:{pos}");
        if out.status.code() != Some(2) || !stderr.contains(message) || !stderr.contains(&at) || stderr.contains("panicked") {
            failures.push(format!("{name}: expected exit 2 with `{message}` at {at}, got exit {:?}:\n{stderr}", out.status.code()));
        }
    }
    println!("refusals: {} passed, {} failed", files.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
