//! Runs the frontend and the dialect verifier on every `.py` file under a directory (by
//! default CPython's stdlib, without site-packages) and reports panics, verifier errors and
//! the files refused with diagnostics:
//! `cargo run --release -p metal0-frontend-python --example stdlib_survey -- [DIR] [--list]`.
//! With `--list`, one line per refused file: `path<TAB>kind<TAB>line:col<TAB>message`.
//! With `--prefixes`, also runs the frontend on 20 prefixes of each file (a cheap fuzz).

use metal0_frontend_python::{DiagnosticKind, lower_to_py, read_source};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list = args.iter().any(|a| a == "--list");
    let prefixes = args.iter().any(|a| a == "--prefixes");
    let dir = match args.iter().find(|a| !a.starts_with("--")) {
        Some(d) => PathBuf::from(d),
        None => stdlib_dir(),
    };
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    std::panic::set_hook(Box::new(|_| {}));
    let (mut ok, mut refused, mut verifier, mut panics) = (0, 0, 0, 0);
    for f in &files {
        if prefixes {
            survey_prefixes(f, &mut panics);
        }
        let outcome = std::panic::catch_unwind(|| survey_file(f));
        match outcome {
            Ok(Outcome::Ok) => ok += 1,
            Ok(Outcome::Refused(kind, at, message)) => {
                refused += 1;
                if list {
                    println!("{}\t{kind}\t{at}\t{message}", f.display());
                }
            }
            Ok(Outcome::Verifier(message)) => {
                verifier += 1;
                println!("VERIFIER {}: {message}", f.display());
            }
            Err(p) => {
                panics += 1;
                let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
                println!("PANIC {}: {msg}", f.display());
            }
        }
    }
    println!("{} files: {ok} ok, {refused} refused with diagnostics, {verifier} verifier failures, {panics} panics", files.len());
    if verifier + panics > 0 {
        std::process::exit(1);
    }
}

enum Outcome {
    Ok,
    Refused(String, String, String),
    Verifier(String),
}

fn survey_file(path: &Path) -> Outcome {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(d) => return Outcome::Refused(format!("{:?}", d.kind), at(&d.loc), d.message),
    };
    match lower_to_py(&source) {
        Ok(m) => match metal0_dialects::dialect::verify(&m) {
            Ok(()) => Outcome::Ok,
            Err(e) => Outcome::Verifier(e.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; ")),
        },
        Err(d) => {
            let first = &d[0];
            let kind = if d.iter().all(|d| d.kind == DiagnosticKind::SyntaxError) { "SyntaxError".to_string() } else { format!("{:?}", first.kind) };
            Outcome::Refused(kind, at(&first.loc), first.message.clone())
        }
    }
}

/// Lowers 20 prefixes of the file; reports panics and verifier failures.
fn survey_prefixes(path: &Path, panics: &mut usize) {
    let Ok(source) = read_source(path) else { return };
    let cuts: Vec<usize> = source.text.char_indices().map(|(i, _)| i).collect();
    for k in 1..20 {
        let Some(&cut) = cuts.get(cuts.len() * k / 20) else { continue };
        let prefix = metal0_frontend_python::SourceFile { path: source.path.clone(), text: source.text[..cut].to_string() };
        let result = std::panic::catch_unwind(|| match lower_to_py(&prefix) {
            Ok(m) => metal0_dialects::dialect::verify(&m).is_ok(),
            Err(d) => !metal0_frontend_python::render_diagnostics(&d, &prefix).is_empty(),
        });
        if !matches!(result, Ok(true)) {
            *panics += 1;
            println!("PREFIX {} at byte {cut}: {}", path.display(), if result.is_err() { "panic" } else { "verifier failure" });
        }
    }
}

fn at(loc: &metal0_dialects::Location) -> String {
    match loc {
        metal0_dialects::Location::File { line, col, .. } => format!("{line}:{col}"),
        metal0_dialects::Location::Unknown => "?".into(),
    }
}

fn stdlib_dir() -> PathBuf {
    let out = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).output().expect("python3 is needed to find the stdlib");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}
