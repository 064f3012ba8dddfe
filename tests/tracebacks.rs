//! Whole tracebacks: runs every `tests/tracebacks/<name>.py` (each ends in an uncaught
//! exception) through `metal0` and compares its entire stderr and its exit status with what
//! CPython 3.11 printed (`<name>.stderr`, produced by `tests/tracebacks/regen.py`, never
//! edited by hand): the `File ..., line N, in f` lines, the source lines, the `~~~^^^~~~`
//! markers under the failing expressions and the final message.
//!
//! Programs run with cwd `tests/tracebacks`, stdin `/dev/null`, `PYTHONHASHSEED=0` and a
//! fresh `XDG_CACHE_HOME`; the programs' directory is replaced by `<dir>` in stderr, as
//! regen.py does.

mod common;

use common::{describe_status, parallel_map, run_with_timeout};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const METAL0: &str = env!("CARGO_BIN_EXE_metal0");
const TIMEOUT: Duration = Duration::from_secs(60);

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("tracebacks")
}

fn programs() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(programs_dir())
        .expect("tests/tracebacks")
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter_map(|f| f.strip_suffix(".py").map(str::to_owned))
        .filter(|n| n != "regen")
        .collect();
    names.sort();
    names
}

fn run(name: &str, cache: &Path) -> Result<(), String> {
    let expected = fs::read_to_string(programs_dir().join(format!("{name}.stderr")))
        .map_err(|e| format!("no expected stderr ({e}); run `python3 tests/tracebacks/regen.py`"))?;
    let mut cmd = Command::new(METAL0);
    cmd.arg(format!("{name}.py")).current_dir(programs_dir()).env("XDG_CACHE_HOME", cache.join(name)).env("PYTHONHASHSEED", "0");
    cmd.stdout(Stdio::null());
    let out = run_with_timeout(cmd, TIMEOUT).map_err(|e| format!("cannot run metal0: {e}"))?;
    let status = out.status.ok_or("timed out")?;
    let dir = format!("{}/", programs_dir().display());
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&dir, "<dir>/");
    let mut problems = Vec::new();
    if status.code() != Some(1) {
        problems.push(format!("{} (CPython: exit code 1)", describe_status(&status)));
    }
    if stderr != expected {
        let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), stderr.lines().collect());
        let i = (0..e.len().max(g.len())).find(|&i| e.get(i) != g.get(i)).unwrap_or(0);
        problems.push(format!(
            "stderr differs at line {}:\n      CPython: {:?}\n      metal0:  {:?}\n    metal0's stderr:\n{stderr}",
            i + 1,
            e.get(i),
            g.get(i)
        ));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n    ")) }
}

#[test]
fn tracebacks_match_cpython() {
    let names = programs();
    assert!(names.len() >= 30, "tests/tracebacks holds {} programs", names.len());
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tracebacks-cache-{}", std::process::id()));
    let _ = fs::remove_dir_all(&cache);
    let results = parallel_map(&names, |n| run(n, &cache));
    let _ = fs::remove_dir_all(&cache);
    let failures: Vec<String> = names.iter().zip(results).filter_map(|(n, r)| r.err().map(|e| format!("{n}: {e}"))).collect();
    assert!(failures.is_empty(), "{} of {} tracebacks differ from CPython's:\n\n{}", failures.len(), names.len(), failures.join("\n\n"));
}

#[test]
fn every_program_has_expected_stderr() {
    let names = programs();
    for f in fs::read_dir(programs_dir()).expect("tests/tracebacks") {
        let f = f.expect("directory entry").file_name().to_string_lossy().into_owned();
        if let Some(stem) = f.strip_suffix(".stderr") {
            assert!(names.iter().any(|n| n == stem), "{f} has no program");
        }
    }
    for n in &names {
        assert!(programs_dir().join(format!("{n}.stderr")).exists(), "{n}.py has no expected stderr; run `python3 tests/tracebacks/regen.py`");
    }
}
