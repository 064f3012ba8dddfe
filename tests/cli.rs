//! End-to-end tests of the `metal0` command as a user runs it: exit codes, diagnostics,
//! the compile cache, argument/stdin/exit-code pass-through, `build`, `--emit` and `opt`.
//! Each test works in its own scratch directory with its own `XDG_CACHE_HOME`.

use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const METAL0: &str = env!("CARGO_BIN_EXE_metal0");

/// `<target tmp>/cli/<test>/{src,work,cache}`, emptied at the start of the test.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(test: &str) -> Scratch {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(test);
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["src", "work", "cache"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        Scratch { root }
    }

    fn src(&self) -> PathBuf {
        self.root.join("src")
    }

    fn work(&self) -> PathBuf {
        self.root.join("work")
    }

    fn cache(&self) -> PathBuf {
        self.root.join("cache")
    }

    /// Writes a source file into `src/` and returns its path.
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.src().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `metal0` run from `work/` with this test's cache.
    fn metal0(&self) -> Command {
        let mut cmd = Command::new(METAL0);
        cmd.current_dir(self.work()).env("XDG_CACHE_HOME", self.cache()).stdin(Stdio::null());
        cmd
    }

    fn run(&self, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
        self.metal0().args(args.iter().map(|a| a.as_ref())).output().unwrap()
    }

    /// The compiled executables in the cache.
    fn cached_executables(&self) -> Vec<PathBuf> {
        let bin = self.cache().join("metal0").join("bin");
        let Ok(entries) = std::fs::read_dir(bin) else { return Vec::new() };
        let mut found: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        found.sort();
        found
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, showing the output when it differs.
#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "status {:?}\n--- stdout\n{}\n--- stderr\n{}", o.status, stdout(o), stderr(o));
}

fn list_dir(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

// ----- the command line -----------------------------------------------------------------

#[test]
fn help_exits_0() {
    let s = Scratch::new("help_exits_0");
    for flag in ["--help", "-h", "help"] {
        let o = s.run(&[&flag]);
        assert_exit(&o, 0);
        assert!(stdout(&o).contains("Usage:"), "{flag}: {}", stdout(&o));
        assert!(stdout(&o).contains("metal0 build"));
    }
}

#[test]
fn version_exits_0() {
    let s = Scratch::new("version_exits_0");
    let o = s.run(&[&"--version"]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), format!("metal0 {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn unknown_flag_exits_2() {
    let s = Scratch::new("unknown_flag_exits_2");
    let script = s.write("app.py", "print(1)\n");
    for args in [vec!["--frobnicate"], vec!["build", "--frobnicate"], vec!["build", "--emit=asm"], vec!["check", "-x"]] {
        let mut cmd = s.metal0();
        cmd.args(&args).arg(&script);
        let o = cmd.output().unwrap();
        assert_exit(&o, 2);
        assert!(stderr(&o).starts_with("error: "), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn no_arguments_exits_2() {
    let s = Scratch::new("no_arguments_exits_2");
    let o = s.run(&[]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("no script"), "{}", stderr(&o));
}

// ----- files that cannot be compiled ----------------------------------------------------

#[test]
fn missing_file_exits_2() {
    let s = Scratch::new("missing_file_exits_2");
    let missing = s.src().join("missing.py");
    for command in [&[][..], &["build"][..], &["check"][..]] {
        let mut cmd = s.metal0();
        cmd.args(command).arg(&missing);
        let o = cmd.output().unwrap();
        assert_exit(&o, 2);
        assert!(stderr(&o).contains("missing.py"), "{command:?}: {}", stderr(&o));
    }
}

#[test]
fn directory_exits_2() {
    let s = Scratch::new("directory_exits_2");
    let o = s.run(&[&s.src()]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src"), "{}", stderr(&o));
}

#[test]
fn syntax_error_exits_2_with_location() {
    let s = Scratch::new("syntax_error_exits_2_with_location");
    let script = s.write("bad.py", "x = 1\ny = = 2\n");
    for command in [&[][..], &["build"][..], &["check"][..]] {
        let mut cmd = s.metal0();
        cmd.args(command).arg(&script);
        let o = cmd.output().unwrap();
        assert_exit(&o, 2);
        let err = stderr(&o);
        let at = err.find("bad.py:2:").unwrap_or_else(|| panic!("{command:?}: no bad.py:2:<col> in\n{err}"));
        assert!(err[at + "bad.py:2:".len()..].starts_with(|c: char| c.is_ascii_digit()), "{err}");
    }
    assert!(s.cached_executables().is_empty());
}

// ----- running through the cache --------------------------------------------------------

#[test]
fn run_prints_and_caches() {
    let s = Scratch::new("run_prints_and_caches");
    let script = s.write("hello.py", "print('Hello, world!')\n");
    let first = s.run(&[&script]);
    assert_exit(&first, 0);
    assert_eq!(stdout(&first), "Hello, world!\n");
    let cached = s.cached_executables();
    assert_eq!(cached.len(), 1, "{cached:?}");
    let inode = std::fs::metadata(&cached[0]).unwrap().ino();

    // A second run reuses the executable as it is.
    let second = s.run(&[&script]);
    assert_exit(&second, 0);
    assert_eq!(stdout(&second), "Hello, world!\n");
    assert_eq!(s.cached_executables(), cached);
    assert_eq!(std::fs::metadata(&cached[0]).unwrap().ino(), inode, "the cached executable was rebuilt");

    // --force builds it again (a new file renamed over the old one).
    let forced = s.run(&[&"--force", &script]);
    assert_exit(&forced, 0);
    assert_eq!(stdout(&forced), "Hello, world!\n");
    assert_eq!(s.cached_executables(), cached);
    assert_ne!(std::fs::metadata(&cached[0]).unwrap().ino(), inode, "--force did not rebuild");

    // A changed source is a new cache entry.
    s.write("hello.py", "print('Hello again!')\n");
    let changed = s.run(&[&script]);
    assert_exit(&changed, 0);
    assert_eq!(stdout(&changed), "Hello again!\n");
    assert_eq!(s.cached_executables().len(), 2);
    // No temporary file is left behind.
    assert!(s.cached_executables().iter().all(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.')));
}

#[test]
fn script_path_is_part_of_the_key() {
    let s = Scratch::new("script_path_is_part_of_the_key");
    let script = s.write("where.py", "import sys\nprint(sys.argv[0])\n");
    let absolute = s.run(&[&script]);
    assert_exit(&absolute, 0);
    assert_eq!(stdout(&absolute), format!("{}\n", script.display()));
    let relative = s.run(&[&"../src/where.py"]);
    assert_exit(&relative, 0);
    assert_eq!(stdout(&relative), "../src/where.py\n");
    assert_eq!(s.cached_executables().len(), 2);
}

#[test]
fn kept_symbols_are_a_separate_cache_entry() {
    let s = Scratch::new("kept_symbols_are_a_separate_cache_entry");
    let script = s.write("sym.py", "print('sym')\n");
    assert_exit(&s.run(&[&script]), 0);
    let stripped = s.cached_executables();
    let o = s.metal0().arg(&script).env("METAL0_KEEP_SYMBOLS", "1").output().unwrap();
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), "sym\n");
    let both = s.cached_executables();
    assert_eq!(both.len(), 2, "{both:?}");
    let with_symbols = both.iter().find(|p| !stripped.contains(p)).unwrap();
    assert!(std::fs::metadata(with_symbols).unwrap().len() > std::fs::metadata(&stripped[0]).unwrap().len());
}

#[test]
fn argv_passes_through() {
    let s = Scratch::new("argv_passes_through");
    let script = s.write("args.py", "import sys\nprint(sys.argv[1:])\n");
    let o = s.run(&[&script, &"a", &"--force", &"b c", &"--", &"-h"]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), "['a', '--force', 'b c', '--', '-h']\n");
}

#[test]
fn exit_code_passes_through() {
    let s = Scratch::new("exit_code_passes_through");
    let script = s.write("exit3.py", "import sys\nprint('bye')\nsys.exit(3)\n");
    let o = s.run(&[&script]);
    assert_exit(&o, 3);
    assert_eq!(stdout(&o), "bye\n");
}

#[test]
fn stdin_passes_through() {
    let s = Scratch::new("stdin_passes_through");
    let script = s.write("greet.py", "name = input()\nprint('Hello, ' + name + '!')\n");
    let mut child = s.metal0().arg(&script).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"metal0\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), "Hello, metal0!\n");
}

#[test]
fn nothing_is_written_next_to_the_source() {
    let s = Scratch::new("nothing_is_written_next_to_the_source");
    let script = s.write("quiet.py", "print(6 * 7)\n");
    let before = list_dir(&s.src());
    let out = s.work().join("quiet-bin");
    let runs: [&[&dyn AsRef<std::ffi::OsStr>]; 5] = [
        &[&script],
        &[&"build", &script, &"-o", &out],
        &[&"build", &script],
        &[&"check", &script],
        &[&"build", &"--emit=typed", &script],
    ];
    for args in runs {
        let o = s.run(args);
        assert_exit(&o, 0);
    }
    assert_eq!(list_dir(&s.src()), before);
    // `build` without -o writes the script's stem in the current directory, and only that.
    assert_eq!(list_dir(&s.work()), ["quiet", "quiet-bin"].map(String::from).into_iter().collect());
}

// ----- build ----------------------------------------------------------------------------

#[test]
fn build_makes_a_standalone_executable() {
    let s = Scratch::new("build_makes_a_standalone_executable");
    let script = s.write("hello.py", "print('Hello, world!')\n");
    let exe = s.work().join("hello-standalone");
    let o = s.run(&[&"build", &script, &"-o", &exe]);
    assert_exit(&o, 0);
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    assert!(std::fs::metadata(&exe).unwrap().mode() & 0o111 != 0, "not executable");

    // It needs no shared library beyond the C library's.
    if let Ok(dynamic) = Command::new("readelf").arg("-d").arg(&exe).output() {
        for line in stdout(&dynamic).lines().filter(|l| l.contains("(NEEDED)")) {
            assert!(["libc.so", "libm.so", "ld-linux"].iter().any(|lib| line.contains(lib)), "unexpected dependency: {line}");
        }
    }

    // It runs with no cache, no metal0 on PATH and an empty environment.
    std::fs::remove_dir_all(s.cache()).unwrap();
    let run = Command::new(&exe).env_clear().current_dir("/").stdin(Stdio::null()).output().unwrap();
    assert_exit(&run, 0);
    assert_eq!(stdout(&run), "Hello, world!\n");
    assert!(run.stderr.is_empty(), "{}", stderr(&run));
}

#[test]
fn build_refuses_to_overwrite_the_source() {
    let s = Scratch::new("build_refuses_to_overwrite_the_source");
    let script = s.write("app.py", "print(1)\n");
    let o = s.run(&[&"build", &script, &"-o", &script]);
    assert_exit(&o, 2);
    assert_eq!(std::fs::read_to_string(&script).unwrap(), "print(1)\n");
}

#[test]
fn build_into_a_bad_place_exits_2() {
    let s = Scratch::new("build_into_a_bad_place_exits_2");
    let script = s.write("app.py", "print(1)\n");
    for out in [s.work(), s.work().join("no-such-dir").join("app")] {
        let o = s.run(&[&"build", &script, &"-o", &out]);
        assert_exit(&o, 2);
    }
}

#[test]
fn check_is_quiet_when_clean() {
    let s = Scratch::new("check_is_quiet_when_clean");
    let script = s.write("ok.py", "x = 40 + 2\nprint(x)\n");
    let o = s.run(&[&"check", &script]);
    assert_exit(&o, 0);
    assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{}{}", stdout(&o), stderr(&o));
}

// ----- printing the IR and `opt` --------------------------------------------------------

#[test]
fn emit_py_prints_the_module() {
    let s = Scratch::new("emit_py_prints_the_module");
    let script = s.write("emit.py", "print('hi')\n");
    let o = s.run(&[&"build", &"--emit=py", &script]);
    assert_exit(&o, 0);
    assert!(stdout(&o).starts_with("\"builtin.module\""), "{}", stdout(&o));
    assert!(s.cached_executables().is_empty());
}

#[test]
fn emit_every_stage() {
    let s = Scratch::new("emit_every_stage");
    let script = s.write("stages.py", "print(1 + 2)\n");
    for stage in ["py", "typed", "machine", "mlir", "clif"] {
        let o = s.run(&[&"build", &format!("--emit={stage}"), &script]);
        assert_exit(&o, 0);
        assert!(!o.stdout.is_empty(), "--emit={stage} printed nothing");
    }
}

#[test]
fn print_after_all_goes_to_stderr() {
    let s = Scratch::new("print_after_all_goes_to_stderr");
    let script = s.write("passes.py", "print(1 + 2)\n");
    let o = s.run(&[&"build", &"--emit=machine", &"--print-after-all", &script]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    for pass in ["infer", "egraph", "lower-machine", "generator-frames"] {
        assert!(err.contains(&format!("IR Dump After {pass} ")), "no dump after {pass}:\n{err}");
    }
}

#[test]
fn opt_round_trips_emitted_py() {
    let s = Scratch::new("opt_round_trips_emitted_py");
    let script = s.write("round.py", "def f(a, b):\n    return a * b + 1\n\nfor i in range(3):\n    print(f(i, 'x'), i)\n");
    let emitted = s.run(&[&"build", &"--emit=py", &script]);
    assert_exit(&emitted, 0);
    let ir = s.work().join("round.mlir");
    std::fs::write(&ir, &emitted.stdout).unwrap();

    let reprinted = s.run(&[&"opt", &ir]);
    assert_exit(&reprinted, 0);
    assert_eq!(stdout(&reprinted), stdout(&emitted));

    // The same through standard input.
    let mut child = s.metal0().args(["opt", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&emitted.stdout).unwrap();
    let piped = child.wait_with_output().unwrap();
    assert_exit(&piped, 0);
    assert_eq!(stdout(&piped), stdout(&emitted));
}

#[test]
fn opt_runs_named_passes() {
    let s = Scratch::new("opt_runs_named_passes");
    let script = s.write("typed.py", "print(1 + 2)\n");
    let py = s.run(&[&"build", &"--emit=py", &script]);
    let typed = s.run(&[&"build", &"--emit=typed", &script]);
    assert_exit(&py, 0);
    assert_exit(&typed, 0);
    let ir = s.work().join("typed.mlir");
    std::fs::write(&ir, &py.stdout).unwrap();
    let o = s.run(&[&"opt", &"--passes=infer", &ir]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), stdout(&typed));
}

#[test]
fn opt_unknown_pass_exits_2() {
    let s = Scratch::new("opt_unknown_pass_exits_2");
    let ir = s.work().join("empty.mlir");
    std::fs::write(&ir, "").unwrap();
    let o = s.run(&[&"opt", &"--passes=no-such-pass", &ir]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("no-such-pass"), "{}", stderr(&o));
    assert!(stderr(&o).contains("known passes"), "{}", stderr(&o));
}

#[test]
fn opt_bad_ir_exits_2_with_position() {
    let s = Scratch::new("opt_bad_ir_exits_2_with_position");
    let ir = s.work().join("bad.mlir");
    std::fs::write(&ir, "\"builtin.module\"() ({\n^bb0:\n  %0 = \n}) : () -> ()\n").unwrap();
    let o = s.run(&[&"opt", &ir]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("bad.mlir:"), "{}", stderr(&o));
}
