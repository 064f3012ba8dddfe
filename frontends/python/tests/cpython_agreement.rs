//! Differential test against CPython: every snippet of `cpython_snippets.txt` must compile
//! under metal0's frontend exactly when `python3`'s `compile()` accepts it, and when refused,
//! the first error must carry CPython's message at CPython's line and column. Skipped when
//! `python3` is not available.

use metal0_dialects::Location;
use metal0_frontend_python::{SourceFile, lower_to_py};

const SNIPPETS: &str = include_str!("cpython_snippets.txt");

fn snippets() -> Vec<&'static str> {
    SNIPPETS.split("# ----\n").skip(1).collect()
}

/// `OK` or `line:col: message` for each snippet, from python3.
fn cpython_outcomes(cases: &[&str]) -> Option<Vec<String>> {
    let script = r#"
import sys
text = open(sys.argv[1]).read()
for case in text.split('# ----\n')[1:]:
    try:
        compile(case, 'app.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print('%d:%d: %s' % (e.lineno, e.offset, e.msg))
"#;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cpython_snippets.txt");
    let out = std::process::Command::new("python3").args(["-c", script, path]).output().ok()?;
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect();
    assert_eq!(lines.len(), cases.len(), "python3 output: {}", String::from_utf8_lossy(&out.stderr));
    Some(lines)
}

fn our_outcome(case: &str) -> String {
    let file = SourceFile { path: "app.py".into(), text: case.to_string() };
    match lower_to_py(&file) {
        Ok(_) => "OK".into(),
        Err(d) => match &d[0].loc {
            Location::File { line, col, .. } => format!("{line}:{col}: {}", d[0].message),
            Location::Unknown => format!("?: {}", d[0].message),
        },
    }
}

#[test]
fn metal0_agrees_with_cpython() {
    let cases = snippets();
    let Some(expected) = cpython_outcomes(&cases) else {
        eprintln!("python3 not found: skipping");
        return;
    };
    let mut failures = Vec::new();
    for (case, theirs) in cases.iter().zip(expected) {
        let ours = our_outcome(case);
        let ruff_wording = case.starts_with("# ruff\n");
        let agree = if ruff_wording { (ours == "OK") == (theirs == "OK") } else { ours == theirs };
        if !agree {
            failures.push(format!("{case:?}\n  cpython: {theirs}\n  metal0:  {ours}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} snippets differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
