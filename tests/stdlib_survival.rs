//! The compiler must survive every module of CPython's standard library.
//!
//! For each `.py` file below CPython's stdlib directory (`sysconfig.get_paths()["stdlib"]`
//! of `python3`, or `$METAL0_STDLIB_DIR` when set), excluding anything under
//! `site-packages`, this runs `metal0 build --emit=typed <file>` (stdout discarded) in its
//! own process with a 20 s limit, on a copy of the file alone in a directory of its own: each
//! file is compiled as a program by itself (metal0 would otherwise compile the stdlib modules
//! it imports, found next to it, as modules of the program). A file passes when metal0 exits with 0, or with 2 after
//! printing at least one diagnostic line containing `error` (case-insensitive), and its
//! stderr mentions neither `panicked` nor `RUST_BACKTRACE`. A timeout (hang), a death by
//! signal (crash) or any other exit code fails.
//!
//! The files are split into four shards (index modulo 4), one `#[test]` each, so the
//! harness runs them in parallel and each reports its own failures.

mod common;

use common::{describe_status, last_nonempty_line, parallel_map, run_with_timeout, shorten};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

const METAL0: &str = env!("CARGO_BIN_EXE_metal0");
const TIME_LIMIT: Duration = Duration::from_secs(20);
/// Lines quoted in a report are cut to this many characters.
const MAX_LINE: usize = 200;
const SHARDS: usize = 4;
const MAX_LISTED: usize = 30;

/// CPython's stdlib directory.
fn stdlib_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("METAL0_STDLIB_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let output = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()[\"stdlib\"])"])
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 to locate the stdlib (or set METAL0_STDLIB_DIR): {e}"));
    assert!(output.status.success(), "python3 failed to report its stdlib directory: {}", String::from_utf8_lossy(&output.stderr));
    let dir = String::from_utf8(output.stdout).expect("stdlib path is UTF-8").trim().to_owned();
    assert!(!dir.is_empty(), "python3 reported an empty stdlib directory");
    PathBuf::from(dir)
}

fn collect_py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            if entry.file_name() != "site-packages" {
                collect_py_files(&path, out);
            }
        } else if path.extension().is_some_and(|ext| ext == "py") && path.is_file() {
            out.push(path);
        }
    }
}

/// The stdlib directory and all `.py` files below it outside `site-packages`, sorted
/// (computed once per test binary).
fn stdlib_files() -> &'static (PathBuf, Vec<PathBuf>) {
    static FILES: OnceLock<(PathBuf, Vec<PathBuf>)> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = stdlib_dir();
        let mut files = Vec::new();
        collect_py_files(&dir, &mut files);
        files.sort();
        assert!(!files.is_empty(), "no .py files found below {}", dir.display());
        (dir, files)
    })
}

/// `describe_status`, calling a death by signal a crash.
fn describe(status: &ExitStatus) -> String {
    let text = describe_status(status);
    if status.code().is_none() { format!("crashed: {text}") } else { text }
}

/// `Ok(())` when metal0 survived `file`, else the reason it did not.
fn survive(file: &Path, work_dir: &Path) -> Result<(), String> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let alone = work_dir.join(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed).to_string());
    fs::create_dir_all(&alone).map_err(|e| format!("cannot create {}: {e}", alone.display()))?;
    let copy = alone.join(file.file_name().unwrap_or_default());
    fs::copy(file, &copy).map_err(|e| format!("cannot copy {} to {}: {e}", file.display(), copy.display()))?;
    let mut cmd = Command::new(METAL0);
    cmd.arg("build").arg("--emit=typed").arg(&copy).current_dir(work_dir).env("XDG_CACHE_HOME", work_dir).stdout(Stdio::null());
    let outcome = run_with_timeout(cmd, TIME_LIMIT).map_err(|e| format!("cannot run {METAL0}: {e}"))?;
    let Some(status) = outcome.status else {
        return Err(format!("timeout: no result after {} s (hang?)", TIME_LIMIT.as_secs()));
    };
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let last_line = || shorten(last_nonempty_line(&stderr).unwrap_or("<no stderr>").trim(), MAX_LINE);
    if let Some(line) = stderr.lines().find(|l| l.contains("panicked") || l.contains("RUST_BACKTRACE")) {
        return Err(format!("panic ({}): {}", describe(&status), shorten(line.trim(), MAX_LINE)));
    }
    match status.code() {
        Some(0) => Ok(()),
        Some(2) if stderr.lines().any(|l| l.to_lowercase().contains("error")) => Ok(()),
        Some(2) => Err(format!("exit code 2 without an error diagnostic; last stderr line: {}", last_line())),
        _ => Err(format!("{}; last stderr line: {}", describe(&status), last_line())),
    }
}

fn run_shard(shard: usize) {
    let (root, all) = stdlib_files();
    let files: Vec<&PathBuf> = all.iter().enumerate().filter(|(i, _)| i % SHARDS == shard).map(|(_, f)| f).collect();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let work_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("stdlib-shard-{shard}-{}-{nanos}", std::process::id()));
    fs::create_dir_all(&work_dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", work_dir.display()));
    let results = parallel_map(&files, |file| survive(file, &work_dir));
    let _ = fs::remove_dir_all(&work_dir);

    let failures: Vec<String> = files
        .iter()
        .zip(&results)
        .filter_map(|(file, result)| {
            result.as_ref().err().map(|reason| format!("{}: {reason}", file.strip_prefix(root).unwrap_or(file).display()))
        })
        .collect();
    let passed = files.len() - failures.len();
    println!("stdlib shard {shard}: {passed} passed, {} failed", failures.len());
    if !failures.is_empty() {
        let listed: Vec<&str> = failures.iter().take(MAX_LISTED).map(String::as_str).collect();
        let more = failures.len().saturating_sub(MAX_LISTED);
        panic!(
            "stdlib shard {shard}: {passed} passed, {} failed (stdlib at {}):\n  {}{}",
            failures.len(),
            root.display(),
            listed.join("\n  "),
            if more > 0 { format!("\n  ... and {more} more") } else { String::new() }
        );
    }
}

#[test]
fn stdlib_shard_0() {
    run_shard(0);
}

#[test]
fn stdlib_shard_1() {
    run_shard(1);
}

#[test]
fn stdlib_shard_2() {
    run_shard(2);
}

#[test]
fn stdlib_shard_3() {
    run_shard(3);
}
