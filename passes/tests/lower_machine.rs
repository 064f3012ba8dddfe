//! Text-in/text-out tests of the `lower-machine` pass: every `passes/tests/lower_machine/*.mlir`
//! file holds cases separated by `// -----`, after a `// RUN: <pass>,<pass>...` first line.
//! Each case is parsed, run through the passes, verified, printed, and matched against its
//! directives (a tiny FileCheck):
//! - `// CHECK: text`: a later output line contains `text` (in order); `{{...}}` inside the text
//!   matches anything (as a FileCheck regex would, without the regex);
//! - `// CHECK-NEXT: text`: the line right after the previous match contains `text` (a CHECK
//!   and the CHECK-NEXT lines after it match as a group, at the first place the group fits);
//! - `// CHECK-NOT: text`: no line between the previous match and the next one contains it;
//! - `// CHECK-COUNT-<n>: text`: exactly n output lines contain `text` (anywhere);
//! - `// ERROR: text`: the passes fail with a diagnostic containing `text`.

use metal0_dialects::{dialect, parser, printer};
use metal0_passes::{PassManager, pass_by_name};
use std::path::Path;

#[derive(Debug)]
enum Directive {
    Check(String),
    Next(String),
    Not(String),
    Count(usize, String),
    Error(String),
}

fn directives(case: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    for line in case.lines() {
        let Some(rest) = line.trim().strip_prefix("//") else { continue };
        let rest = rest.trim_start();
        let take = |p: &str| rest.strip_prefix(p).map(|s| s.trim().to_string());
        if let Some(s) = take("CHECK:") {
            out.push(Directive::Check(s));
        } else if let Some(s) = take("CHECK-NEXT:") {
            out.push(Directive::Next(s));
        } else if let Some(s) = take("CHECK-NOT:") {
            out.push(Directive::Not(s));
        } else if let Some(s) = rest.strip_prefix("CHECK-COUNT-") {
            let (n, text) = s.split_once(':').expect("CHECK-COUNT-<n>: text");
            out.push(Directive::Count(n.parse().expect("count"), text.trim().to_string()));
        } else if let Some(s) = take("ERROR:") {
            out.push(Directive::Error(s));
        }
    }
    out
}

/// Whether `line` contains `pattern`, where each `{{...}}` in the pattern matches any text.
fn line_matches(line: &str, pattern: &str) -> bool {
    let mut pieces = Vec::new();
    let mut rest = pattern;
    while let Some(i) = rest.find("{{") {
        pieces.push(&rest[..i]);
        rest = match rest[i + 2..].find("}}") {
            Some(j) => &rest[i + 2 + j + 2..],
            None => "",
        };
    }
    pieces.push(rest);
    let mut at = 0;
    for p in pieces {
        match line[at..].find(p) {
            Some(i) => at += i + p.len(),
            None => return false,
        }
    }
    true
}

/// Matches the directives against the output; returns a description of the first failure.
fn check(output: &str, dirs: &[Directive]) -> Result<(), String> {
    let lines: Vec<&str> = output.lines().collect();
    let mut pos = 0; // first line a CHECK may match
    let mut pending_not: Vec<&str> = Vec::new();
    let not_between = |from: usize, to: usize, nots: &[&str]| -> Result<(), String> {
        for l in &lines[from..to] {
            if let Some(n) = nots.iter().find(|n| line_matches(l, n)) {
                return Err(format!("CHECK-NOT: {n} matched line: {l}"));
            }
        }
        Ok(())
    };
    let mut k = 0;
    while k < dirs.len() {
        match &dirs[k] {
            Directive::Check(s) => {
                // A CHECK and the CHECK-NEXT lines after it match as a group, at the first
                // place where the whole group fits.
                let nexts: Vec<&str> = dirs[k + 1..].iter().map_while(|d| if let Directive::Next(n) = d { Some(n.as_str()) } else { None }).collect();
                let fits =
                    |i: usize| line_matches(lines[i], s) && nexts.iter().enumerate().all(|(j, n)| lines.get(i + 1 + j).is_some_and(|l| line_matches(l, n)));
                let Some(i) = (pos..lines.len()).find(|&i| fits(i)) else {
                    let what = if nexts.is_empty() { String::new() } else { format!(" (followed by CHECK-NEXT: {})", nexts.join(" / ")) };
                    return Err(format!("CHECK: {s}{what} not found after line {pos}"));
                };
                not_between(pos, i, &pending_not)?;
                pending_not.clear();
                pos = i + 1 + nexts.len();
                k += nexts.len();
            }
            Directive::Next(s) => {
                if !lines.get(pos).is_some_and(|l| line_matches(l, s)) {
                    return Err(format!("CHECK-NEXT: {s} does not match line {pos}: {}", lines.get(pos).unwrap_or(&"<end>")));
                }
                pos += 1;
            }
            Directive::Not(s) => pending_not.push(s),
            Directive::Count(n, s) => {
                let c = lines.iter().filter(|l| line_matches(l, s)).count();
                if c != *n {
                    return Err(format!("CHECK-COUNT-{n}: {s} matched {c} lines"));
                }
            }
            Directive::Error(_) => {}
        }
        k += 1;
    }
    not_between(pos, lines.len(), &pending_not)
}

fn run_file(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let first = text.lines().next().unwrap_or_default();
    let passes = first.trim().strip_prefix("// RUN:").unwrap_or_else(|| panic!("{}: first line must be `// RUN: <passes>`", path.display())).trim();
    let mut failures = Vec::new();
    for (k, case) in text.split("// -----").enumerate() {
        let dirs = directives(case);
        if dirs.is_empty() {
            continue;
        }
        let name = format!("{} case {k}", path.display());
        let mut module = match parser::parse_module(case) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{name}: parse error: {e}"));
                continue;
            }
        };
        let pm = PassManager::new(passes.split(',').map(|p| pass_by_name(p.trim()).unwrap_or_else(|| panic!("unknown pass {p}"))).collect());
        let expected_error = dirs.iter().find_map(|d| if let Directive::Error(s) = d { Some(s.clone()) } else { None });
        match (pm.run(&mut module), expected_error) {
            (Ok(()), None) => {
                let out = printer::print_module(&module);
                if let Err(errors) = dialect::verify(&module) {
                    failures.push(format!("{name}: output does not verify: {errors:?}\n{out}"));
                } else if let Err(e) = check(&out, &dirs) {
                    failures.push(format!("{name}: {e}\n--- output ---\n{out}"));
                }
            }
            (Ok(()), Some(e)) => failures.push(format!("{name}: expected an error containing {e:?}, but the passes succeeded")),
            (Err(diags), Some(e)) => {
                if !diags.iter().any(|d| d.message.contains(&e)) {
                    failures.push(format!("{name}: expected an error containing {e:?}, got {diags:?}"));
                }
            }
            (Err(diags), None) => failures.push(format!("{name}: the passes failed: {diags:?}")),
        }
    }
    failures
}

#[test]
fn lower_machine_text_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lower_machine");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "mlir")).collect();
    files.sort();
    assert!(!files.is_empty(), "no test files in {}", dir.display());
    let failures: Vec<String> = files.iter().flat_map(|f| run_file(f)).collect();
    assert!(failures.is_empty(), "{} failing case(s):\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn matcher_checks_order_groups_and_counts() {
    let out = "a 1\nb 2\nc 3\nb 4\nd 5\n";
    let ok = |text: &str| check(out, &directives(text));
    assert!(ok("// CHECK: a\n// CHECK: c\n// CHECK-NEXT: b 4").is_ok());
    assert!(ok("// CHECK: c\n// CHECK: a").is_err(), "order");
    assert!(ok("// CHECK: b\n// CHECK-NEXT: d").is_ok(), "the group fits at b 4");
    assert!(ok("// CHECK: a\n// CHECK-NEXT: c").is_err(), "no place fits");
    assert!(ok("// CHECK: a\n// CHECK-NOT: c\n// CHECK: d").is_err(), "c lies between");
    assert!(ok("// CHECK: {{x}} 2\n// CHECK: c {{y}}").is_ok(), "wildcards");
    assert!(ok("// CHECK: 2 {{x}} b").is_err(), "wildcard pieces in order");
    assert!(ok("// CHECK-COUNT-2: b").is_ok());
    assert!(ok("// CHECK-COUNT-1: b").is_err());
}
