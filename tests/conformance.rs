//! Conformance suite: runs every `conformance/programs/<name>.py` through `metal0` and
//! compares the result with what CPython 3.11 did (`conformance/expected/`, produced by
//! `conformance/regen.py`, never edited by hand).
//!
//! For each program the test runs `metal0 <name>.py [args]` with cwd `conformance/programs`,
//! stdin `/dev/null`, `PYTHONHASHSEED=0`, `XDG_CACHE_HOME` pointing into a fresh directory
//! below cargo's target tmpdir, and a 60 s timeout; then compares
//!
//! * stdout, byte for byte, with `expected/<name>.stdout`;
//! * the exit code with line 1 of `expected/<name>.status`;
//! * when that exit code is nonzero, the last non-empty line of stderr with line 2 of the
//!   status file (e.g. `KeyError: 'x'`).
//!
//! Arguments come from an optional first line `# args: a b c` (split on whitespace).
//!
//! `conformance/known_failures.txt` lists the programs that are expected to fail today;
//! every other program must pass, and a listed program that passes is an error as well.
//! `METAL0_CONFORMANCE_FILTER=substring` restricts the run to programs whose name
//! contains the substring.

mod common;

use common::{Outcome, describe_status, last_nonempty_line, parallel_map, run_with_timeout, shorten};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const METAL0: &str = env!("CARGO_BIN_EXE_metal0");
const TIMEOUT: Duration = Duration::from_secs(60);
/// Lines quoted in a report are cut to this many characters.
const MAX_LINE: usize = 160;
const FILTER_VAR: &str = "METAL0_CONFORMANCE_FILTER";

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

fn programs_dir() -> PathBuf {
    conformance_dir().join("programs")
}

fn expected_dir() -> PathBuf {
    conformance_dir().join("expected")
}

/// Names (file stems) of all programs, sorted.
fn discover_programs() -> Vec<String> {
    let dir = programs_dir();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .map(|entry| entry.expect("readable directory entry").file_name().to_string_lossy().into_owned())
        .filter_map(|file| file.strip_suffix(".py").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// Arguments from an optional first line `# args: a b c`.
fn program_args(source: &str) -> Vec<String> {
    let first = source.lines().next().unwrap_or("");
    match first.strip_prefix("# args:") {
        Some(rest) => rest.split_whitespace().map(str::to_owned).collect(),
        None => Vec::new(),
    }
}

/// What CPython did.
struct Expected {
    stdout: Vec<u8>,
    code: i32,
    /// The last non-empty stderr line; only meaningful (and only compared) when `code != 0`.
    last_stderr: Option<String>,
}

/// Parses a `.status` file: line 1 the exit code, line 2 (iff nonzero) the last stderr line.
fn parse_status(text: &str) -> Result<(i32, Option<String>), String> {
    let mut lines = text.lines();
    let first = lines.next().ok_or("empty status file")?;
    let code: i32 = first.trim().parse().map_err(|_| format!("bad exit code line {first:?}"))?;
    if code == 0 {
        if lines.any(|l| !l.trim().is_empty()) {
            return Err("exit code 0 but a stderr line is present".into());
        }
        return Ok((0, None));
    }
    let last = lines.next().ok_or("nonzero exit code but no stderr line")?;
    if lines.any(|l| !l.trim().is_empty()) {
        return Err("more than two lines".into());
    }
    Ok((code, Some(last.trim_end().to_owned())))
}

fn load_expected(name: &str) -> Result<Expected, String> {
    let dir = expected_dir();
    let stdout_path = dir.join(format!("{name}.stdout"));
    let status_path = dir.join(format!("{name}.status"));
    let stdout = fs::read(&stdout_path).map_err(|e| format!("cannot read {}: {e}", stdout_path.display()))?;
    let status = fs::read_to_string(&status_path).map_err(|e| format!("cannot read {}: {e}", status_path.display()))?;
    let (code, last_stderr) = parse_status(&status).map_err(|e| format!("{}: {e}", status_path.display()))?;
    Ok(Expected { stdout, code, last_stderr })
}

/// `known_failures.txt`: program name -> reason.
fn load_known_failures() -> Result<BTreeMap<String, String>, String> {
    let path = conformance_dir().join("known_failures.txt");
    let text = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut known = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let (entry, reason) = match line.split_once('#') {
            Some((entry, reason)) => (entry.trim(), reason.trim()),
            None => (line.trim(), ""),
        };
        if entry.is_empty() {
            continue;
        }
        if entry.contains(char::is_whitespace) {
            return Err(format!("{}:{}: expected one program name, got {entry:?}", path.display(), number + 1));
        }
        let name = entry.strip_suffix(".py").unwrap_or(entry).to_owned();
        if known.insert(name.clone(), reason.to_owned()).is_some() {
            return Err(format!("{}:{}: {name} is listed twice", path.display(), number + 1));
        }
    }
    Ok(known)
}

// ---------------------------------------------------------------------------------------
// Comparing.

fn last_lines(bytes: &[u8], n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].iter().map(|l| shorten(l, MAX_LINE)).collect()
}

fn show_line(line: Option<&[u8]>) -> String {
    match line {
        Some(bytes) => shorten(&format!("{:?}", String::from_utf8_lossy(bytes)), MAX_LINE),
        None => "<end of output>".to_owned(),
    }
}

/// Describes where two outputs first differ, or `None` when they are equal.
fn stdout_diff<'a>(expected: &'a [u8], got: &'a [u8]) -> Option<String> {
    if expected == got {
        return None;
    }
    let exp: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let mut i = 0;
    while i < exp.len() && i < act.len() && exp[i] == act[i] {
        i += 1;
    }
    // After a final newline, `split` yields a trailing "": show that as the end of output
    // when the other side goes on.
    let at = |lines: &[&'a [u8]], other: &[&[u8]]| match lines.get(i) {
        Some(line) if line.is_empty() && i + 1 == lines.len() && i + 1 < other.len() => None,
        line => line.copied(),
    };
    let (e, a) = (at(&exp, &act), at(&act, &exp));
    Some(format!(
        "stdout differs at line {} ({} bytes expected, {} bytes got)\n      expected: {}\n      got:      {}",
        i + 1,
        expected.len(),
        got.len(),
        show_line(e),
        show_line(a)
    ))
}

/// `Ok(())` when metal0 behaved like CPython, else a short report.
fn compare(expected: &Expected, outcome: &Outcome) -> Result<(), String> {
    let mut problems = Vec::new();
    match &outcome.status {
        None => problems.push(format!("timed out after {} s (killed)", TIMEOUT.as_secs())),
        Some(status) => {
            if let Some(diff) = stdout_diff(&expected.stdout, &outcome.stdout) {
                problems.push(diff);
            }
            if status.code() != Some(expected.code) {
                problems.push(format!("expected exit code {}, got {}", expected.code, describe_status(status)));
            }
            if expected.code != 0 {
                let want = expected.last_stderr.as_deref().unwrap_or("");
                let stderr = String::from_utf8_lossy(&outcome.stderr);
                let got = last_nonempty_line(&stderr).unwrap_or("").trim_end();
                if got != want {
                    problems.push(format!("last stderr line differs\n      expected: {:?}\n      got:      {:?}", want, shorten(got, MAX_LINE)));
                }
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let tail = last_lines(&outcome.stderr, 5);
    if !tail.is_empty() {
        problems.push(format!("last stderr lines:\n      | {}", tail.join("\n      | ")));
    }
    Err(problems.join("\n    "))
}

fn run_program(name: &str, cache_root: &Path) -> Result<(), String> {
    let expected = load_expected(name).map_err(|e| format!("{e} (run `python3 conformance/regen.py`)"))?;
    let file = format!("{name}.py");
    let source = fs::read_to_string(programs_dir().join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
    let cache = cache_root.join(name);
    fs::create_dir_all(&cache).map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let mut cmd = Command::new(METAL0);
    cmd.arg(&file).args(program_args(&source)).current_dir(programs_dir()).env("XDG_CACHE_HOME", &cache).env("PYTHONHASHSEED", "0");
    cmd.stdout(Stdio::piped());
    let outcome = run_with_timeout(cmd, TIMEOUT).map_err(|e| format!("cannot run {METAL0}: {e}"))?;
    compare(&expected, &outcome)
}

/// A fresh directory below cargo's target tmpdir.
fn fresh_temp_dir(prefix: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{prefix}-{}-{nanos}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

#[test]
fn conformance() {
    let filter = std::env::var(FILTER_VAR).unwrap_or_default();
    let all = discover_programs();
    assert!(!all.is_empty(), "no programs found in {}", programs_dir().display());
    let known = load_known_failures().unwrap_or_else(|e| panic!("{e}"));

    let mut errors: Vec<String> = Vec::new();
    for name in known.keys() {
        if !all.contains(name) {
            errors.push(format!("{name}: listed in known_failures.txt but there is no such program; remove it"));
        }
    }

    let selected: Vec<String> = all.iter().filter(|n| n.contains(filter.as_str())).cloned().collect();
    assert!(!selected.is_empty(), "{FILTER_VAR}={filter:?} matches no program");

    let cache_root = fresh_temp_dir("conformance-cache");
    let results = parallel_map(&selected, |name| run_program(name, &cache_root));
    let _ = fs::remove_dir_all(&cache_root);

    let mut passed = 0;
    let mut failed = 0;
    let mut known_failed = 0;
    for (name, result) in selected.iter().zip(&results) {
        match (result, known.get(name)) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                passed += 1;
                errors.push(format!("{name}: passes now; remove it from known_failures.txt"));
            }
            (Err(report), Some(reason)) => {
                failed += 1;
                known_failed += 1;
                println!("known failure {name} ({reason}):\n    {report}");
            }
            (Err(report), None) => {
                failed += 1;
                println!("FAIL {name}:\n    {report}");
                errors.push(format!("{name}: FAILED\n    {report}"));
            }
        }
    }
    println!("conformance: {passed} passed, {failed} failed ({known_failed} known failures)");
    if !errors.is_empty() {
        panic!(
            "{} unexpected conformance result(s):\n\n{}\n\nconformance: {passed} passed, {failed} failed ({known_failed} known failures)",
            errors.len(),
            errors.join("\n\n")
        );
    }
}

#[test]
fn expected_files_match_programs() {
    let programs = discover_programs();
    assert!(!programs.is_empty(), "no programs found in {}", programs_dir().display());
    let mut problems = Vec::new();
    for name in &programs {
        if let Err(e) = load_expected(name) {
            problems.push(format!("{name}: {e}"));
        }
    }
    let dir = expected_dir();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<String> = entries.map(|e| e.expect("readable directory entry").file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    for file in files {
        let stem = file.strip_suffix(".stdout").or_else(|| file.strip_suffix(".status"));
        match stem {
            Some(stem) if programs.iter().any(|p| p == stem) => {}
            Some(stem) => problems.push(format!("expected/{file}: there is no program {stem}.py")),
            None => problems.push(format!("expected/{file}: not a .stdout or .status file")),
        }
    }
    match load_known_failures() {
        Ok(known) => {
            for name in known.keys() {
                if !programs.contains(name) {
                    problems.push(format!("known_failures.txt: {name}: there is no such program"));
                }
            }
        }
        Err(e) => problems.push(e),
    }
    assert!(problems.is_empty(), "conformance files are inconsistent (run `python3 conformance/regen.py`):\n{}", problems.join("\n"));
}
