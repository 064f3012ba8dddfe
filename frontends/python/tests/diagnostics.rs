//! Snapshot tests of rendered diagnostics: each `diagnostics/<case>.py` must be refused; its
//! rendering must equal `diagnostics/<case>.out` (regenerate with `METAL0_BLESS=1 cargo test`).
//! Cases whose first line is `# cpython: LINE:COL: MESSAGE` (what CPython 3.11's `compile`
//! reports) must report that message at that position; `agrees_with_cpython` re-checks
//! those headers against `python3` when it is available.

use metal0_frontend_python::{DiagnosticKind, SourceFile, lower_to_py, render_diagnostics};
use metal0_dialects::Location;
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    v.sort();
    v
}

/// `(line, col, message)` from a `# cpython: L:C: message` header.
fn cpython_header(text: &str) -> Option<(u32, u32, String)> {
    let rest = text.lines().next()?.strip_prefix("# cpython: ")?;
    let mut parts = rest.splitn(3, ':');
    let line = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    Some((line, col, parts.next()?.trim_start().to_string()))
}

#[test]
fn diagnostics_match_snapshots() {
    let bless = std::env::var_os("METAL0_BLESS").is_some();
    let mut failures = Vec::new();
    for path in cases() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let file = SourceFile { path: name.clone(), text: std::fs::read_to_string(&path).unwrap() };
        let diags = match lower_to_py(&file) {
            Ok(_) => {
                failures.push(format!("{name}: was accepted"));
                continue;
            }
            Err(d) => d,
        };
        assert!(diags.iter().all(|d| d.kind == DiagnosticKind::SyntaxError), "{name}: {diags:?}");
        if let Some((line, col, message)) = cpython_header(&file.text) {
            let first = &diags[0];
            let Location::File { line: l, col: c, .. } = first.loc else { panic!("{name}: no location") };
            if first.message != message || (l, c) != (line, col) {
                failures.push(format!("{name}: expected {line}:{col}: {message}\n   got {l}:{c}: {}", first.message));
            }
        }
        let rendered = render_diagnostics(&diags, &file);
        let out = path.with_extension("out");
        if bless {
            std::fs::write(&out, &rendered).unwrap();
        } else {
            match std::fs::read_to_string(&out) {
                Ok(expected) if expected == rendered => {}
                Ok(expected) => failures.push(format!("{name}: rendering differs\n--- expected\n{expected}--- got\n{rendered}")),
                Err(_) => failures.push(format!("{name}: no {} (run with METAL0_BLESS=1)", out.display())),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn agrees_with_cpython() {
    let files: Vec<PathBuf> = cases().into_iter().filter(|p| cpython_header(&std::fs::read_to_string(p).unwrap()).is_some()).collect();
    let script = "import sys\nfor p in sys.argv[1:]:\n    try:\n        compile(open(p).read(), p, 'exec')\n        print('OK')\n    except SyntaxError as e:\n        print('%d:%d: %s' % (e.lineno, e.offset, e.msg))\n";
    let Ok(out) = std::process::Command::new("python3").arg("-c").arg(script).args(&files).output() else {
        eprintln!("python3 not found: skipping the comparison with CPython");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (path, got) in files.iter().zip(stdout.lines()) {
        let (line, col, message) = cpython_header(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(got, format!("{line}:{col}: {message}"), "{}", path.display());
    }
}
