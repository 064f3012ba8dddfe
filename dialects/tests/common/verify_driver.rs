//! Runs verifier test files in the style of `mlir-opt -verify-diagnostics`: cases are separated
//! by a `// -----` line; each case is parsed on its own and verified, and must produce exactly
//! the errors its `// expected-error: <substring>` lines name (none for a valid case): every
//! expectation matches an error and every error matches an expectation.

use metal0_dialects::dialect::verify;
use metal0_dialects::parser::parse_module;
use std::path::{Path, PathBuf};

/// Runs every `tests/verify/<prefix>*.mlir` file and fails with a list of each failing case.
pub fn run_verify_files(prefix: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/verify");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/verify exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir") && p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no tests/verify/{prefix}*.mlir files");
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for case in split_cases(&text) {
            count += 1;
            if let Err(why) = check_case(&case) {
                failures.push(format!("{}:{}: {why}", file.display(), case.first_line));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
}

pub struct Case {
    /// 1-based line of the case's first line in its file.
    pub first_line: usize,
    pub text: String,
    pub expected: Vec<String>,
}

pub fn split_cases(text: &str) -> Vec<Case> {
    let mut cases = vec![Case { first_line: 1, text: String::new(), expected: Vec::new() }];
    for (i, line) in text.lines().enumerate() {
        if line.trim() == "// -----" {
            cases.push(Case { first_line: i + 2, text: String::new(), expected: Vec::new() });
            continue;
        }
        let case = cases.last_mut().unwrap();
        if let Some(e) = line.trim().strip_prefix("// expected-error:") {
            case.expected.push(e.trim().to_string());
        }
        case.text.push_str(line);
        case.text.push('\n');
    }
    cases
}

fn check_case(case: &Case) -> Result<(), String> {
    let m = parse_module(&case.text).map_err(|e| {
        let line = e.line as usize + case.first_line - 1;
        format!("parse error at line {line}, col {}: {}", e.col, e.message)
    })?;
    let errors: Vec<String> = match verify(&m) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.message).collect(),
    };
    let missing: Vec<&String> = case.expected.iter().filter(|x| !errors.iter().any(|e| e.contains(x.as_str()))).collect();
    let unexpected: Vec<&String> = errors.iter().filter(|e| !case.expected.iter().any(|x| e.contains(x.as_str()))).collect();
    if missing.is_empty() && unexpected.is_empty() {
        return Ok(());
    }
    Err(format!("expected errors {missing:?} not produced; unexpected errors {unexpected:?}"))
}
