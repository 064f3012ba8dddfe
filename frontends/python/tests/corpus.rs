//! A broad corpus of valid Python (`corpus/*.py`, every statement, expression, pattern and
//! scoping corner): each file lowers to a module the dialect verifier accepts, CPython
//! accepts it too (when `python3` is available), and no prefix of it makes the frontend
//! panic.

use metal0_frontend_python::{SourceFile, lower_to_py};
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    v.sort();
    v
}

fn source(path: &Path) -> SourceFile {
    SourceFile { path: path.file_name().unwrap().to_string_lossy().into_owned(), text: std::fs::read_to_string(path).unwrap() }
}

#[test]
fn corpus_lowers_and_verifies() {
    for path in corpus() {
        let file = source(&path);
        let module = lower_to_py(&file).unwrap_or_else(|d| panic!("{}: {d:?}", file.path));
        if let Err(errors) = metal0_dialects::dialect::verify(&module) {
            let text = metal0_dialects::printer::print_module(&module);
            panic!("{}: {:?}\n{text}", file.path, errors.iter().map(|e| &e.message).collect::<Vec<_>>());
        }
    }
}

#[test]
fn corpus_is_valid_python() {
    let files = corpus();
    let script = "import sys\nfor p in sys.argv[1:]:\n    compile(open(p, 'rb').read(), p, 'exec')\n";
    match std::process::Command::new("python3").arg("-c").arg(script).args(&files).status() {
        Ok(status) => assert!(status.success(), "python3 refused a corpus file"),
        Err(_) => eprintln!("python3 not found: skipping"),
    }
}

#[test]
fn no_prefix_panics() {
    for path in corpus() {
        let file = source(&path);
        let cuts: Vec<usize> = file.text.char_indices().map(|(i, _)| i).step_by(5).collect();
        for cut in cuts {
            let prefix = SourceFile { path: file.path.clone(), text: file.text[..cut].to_string() };
            if let Ok(m) = lower_to_py(&prefix) {
                assert!(metal0_dialects::dialect::verify(&m).is_ok(), "{} cut at {cut}", file.path);
            }
        }
    }
}
