//! The `metal0` command: parses the command line and dispatches to the driver.
//!
//! `metal0 app.py args...` compiles through the cache and `exec`s the program in place, so
//! its stdin, stdout, stderr, exit code and signals are the program's own. `build`, `check`
//! and `opt` are the other commands; `--help` lists them all.

mod cache;
mod diagnostics;
mod driver;
mod link;

use diagnostics::Failure;
use driver::{Options, Stage};
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};

const HELP: &str = "\
metal0 compiles Python programs ahead of time to native executables.

Usage:
  metal0 [OPTIONS] <script.py> [ARGS...]  compile (cached) and run; ARGS go to the program
  metal0 build [OPTIONS] <script.py>      build a standalone executable
  metal0 check [OPTIONS] <script.py>      report compile errors only (exit 0 when clean)
  metal0 opt [--passes=A,B] <file.mlir>   run passes on IR text (`-` reads stdin) and print it
  metal0 help                             print this help

Options for running (before the script; everything after it goes to the program):
      --force            recompile even when a cached executable exists
      --print-after-all  print the IR after the frontend and after every pass to stderr

Options for build:
  -o, --output <PATH>    where to write the executable [default: the script's name
                         without its extension, in the current directory]
      --emit <STAGE>     print the program after STAGE and stop; STAGE is one of
                         py, typed, machine, mlir (the last dialect), clif (Cranelift IR)
      --print-after-all  print the IR after the frontend and after every pass to stderr

Other options:
  -h, --help             print this help
  -V, --version          print the version

Exit status: when running, the program's own; 0 on success; 2 for errors in the program
or the command line; 3 for internal compiler errors and unusable environments.
Compiled programs are cached in $XDG_CACHE_HOME/metal0 (default ~/.cache/metal0).
Executables are stripped of symbols unless METAL0_KEEP_SYMBOLS is set.
";

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Run { script: OsString, program_args: Vec<OsString>, force: bool, options: Options },
    Build { script: OsString, output: Option<OsString>, emit: Option<Stage>, options: Options },
    Check { script: OsString, options: Options },
    Opt { input: OsString, passes: Vec<String>, options: Options },
    Help,
    Version,
}

fn main() {
    install_panic_hook();
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    // Deeply nested programs (`1+1+...+1` thousands of times) recurse deeply in the parser and
    // the passes: the compiler runs on a thread with a big stack (only touched pages cost).
    let compiler = std::thread::Builder::new().name("metal0".into()).stack_size(COMPILER_STACK).spawn(move || match parse_command_line(args).and_then(execute) {
        Ok(()) => 0,
        Err(failure) => {
            let mut stderr = std::io::stderr().lock();
            let _ = stderr.write_all(failure.message.as_bytes());
            if !failure.message.ends_with('\n') {
                let _ = stderr.write_all(b"\n");
            }
            failure.code
        }
    });
    let code = match compiler {
        Ok(handle) => handle.join().unwrap_or(101),
        Err(e) => {
            eprintln!("error: cannot start the compiler thread: {e}");
            3
        }
    };
    std::process::exit(code);
}

/// Stack of the compiler thread.
const COMPILER_STACK: usize = 1 << 30;

/// A panic is a compiler bug: say so, ask for a report, exit 101 (never a raw backtrace).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let location = info.location().map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        eprintln!("error: internal compiler error: {payload}{location}");
        eprintln!("note: metal0 {} crashed; this is a bug: please report it with the program that triggered it", env!("CARGO_PKG_VERSION"));
        std::process::exit(101);
    }));
}

fn execute(command: Command) -> Result<(), Failure> {
    match command {
        Command::Help => write_stdout(HELP.as_bytes()),
        Command::Version => write_stdout(format!("metal0 {}\n", env!("CARGO_PKG_VERSION")).as_bytes()),
        Command::Run { script, program_args, force, options } => run(&script, &program_args, force, &options),
        Command::Build { script, output, emit, options } => build(&script, output, emit, &options),
        Command::Check { script, options } => driver::check(&driver::Program::load(driver::load_source(Path::new(&script))?)?, &options),
        Command::Opt { input, passes, options } => opt(&input, &passes, &options),
    }
}

/// `metal0 app.py args...`: compile through the cache, then become the program.
fn run(script: &OsStr, program_args: &[OsString], force: bool, options: &Options) -> Result<(), Failure> {
    let program = driver::Program::load(driver::load_source(Path::new(script))?)?;
    let cache = cache::Cache::locate();
    let compiler = cache.compiler_id()?;
    let sources: Vec<cache::Source> = program.sources.iter().map(|(_, s)| cache::Source { path: &s.path, text: &s.text }).collect();
    let key = cache::key(compiler, &cache::host_features(), &script.to_string_lossy(), &sources, options.cache_tag());
    let mut executable = cache.executable(key);
    // --print-after-all asks to see the pipeline, so it compiles even on a cache hit.
    if force || options.print_after_all || !executable.is_file() {
        let object = driver::compile_object(&program, options)?;
        executable = cache.install(key, |temp| link::link_executable(&object, temp, options.keep_symbols))?;
    }
    // The program sees the script path as argv[0], from which the runtime builds sys.argv.
    let error = std::process::Command::new(&executable).arg0(script).args(program_args).exec();
    Err(Failure::environment(format!("could not run the compiled program {}: {error}", executable.display())))
}

/// `metal0 build`: a standalone executable, or with `--emit` the program after a stage.
fn build(script: &OsStr, output: Option<OsString>, emit: Option<Stage>, options: &Options) -> Result<(), Failure> {
    let program = driver::Program::load(driver::load_source(Path::new(script))?)?;
    if let Some(stage) = emit {
        let text = driver::emit(&program, stage, options)?;
        return match output {
            Some(path) => std::fs::write(&path, text).map_err(|e| Failure::user(format!("cannot write {}: {e}", Path::new(&path).display()))),
            None => write_stdout(text.as_bytes()),
        };
    }
    let output = match output {
        Some(path) => PathBuf::from(path),
        None => default_output(script)?,
    };
    if same_file(&output, Path::new(script)) {
        return Err(Failure::user(format!("the executable would overwrite the source {}; choose another path with -o", output.display())));
    }
    if output.is_dir() {
        return Err(Failure::user(format!("the output {} is a directory; give the executable's path with -o", output.display())));
    }
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
        return Err(Failure::user(format!("cannot write {}: the directory {} does not exist", output.display(), parent.display())));
    }
    let object = driver::compile_object(&program, options)?;
    link::link_executable(&object, &output, options.keep_symbols)
}

/// The script's file name without its extension, in the current directory.
fn default_output(script: &OsStr) -> Result<PathBuf, Failure> {
    match Path::new(script).file_stem() {
        Some(stem) if !stem.is_empty() => Ok(PathBuf::from(stem)),
        _ => Err(Failure::usage(format!("cannot name an executable after {}; use -o", Path::new(script).display()))),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// `metal0 opt`: IR text in, IR text out.
fn opt(input: &OsStr, passes: &[String], options: &Options) -> Result<(), Failure> {
    let (text, name) = if input == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| Failure::user(format!("cannot read standard input: {e}")))?;
        (text, "<stdin>".to_string())
    } else {
        let name = Path::new(input).display().to_string();
        let text = std::fs::read_to_string(input).map_err(|e| Failure::user(format!("cannot read {name}: {e}")))?;
        (text, name)
    };
    let printed = driver::optimize_text(&text, &name, passes, options)?;
    write_stdout(printed.as_bytes())
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::environment(format!("cannot write to standard output: {e}"))),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------
// Command-line parsing (by hand: it is small, and start-up time matters for cached runs).

fn parse_command_line(args: Vec<OsString>) -> Result<Command, Failure> {
    let Some(first) = args.first() else {
        return Err(Failure::usage("no script given"));
    };
    match first.to_str() {
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some("build") => parse_build(&args[1..]),
        Some("check") => parse_check(&args[1..]),
        Some("opt") => parse_opt(&args[1..]),
        _ => parse_run(args),
    }
}

/// Flags up to the script are metal0's; the script and everything after it are the program's.
fn parse_run(args: Vec<OsString>) -> Result<Command, Failure> {
    let mut force = false;
    let mut options = Options::from_environment();
    let mut rest = args.into_iter();
    while let Some(arg) = rest.next() {
        let script = match arg.to_str() {
            Some("--force") => {
                force = true;
                continue;
            }
            Some("--print-after-all") => {
                options.print_after_all = true;
                continue;
            }
            Some("-h" | "--help") => return Ok(Command::Help),
            Some("-V" | "--version") => return Ok(Command::Version),
            Some("--") => rest.next().ok_or_else(|| Failure::usage("no script given after `--`"))?,
            Some(flag) if flag.starts_with('-') && flag != "-" => return Err(unknown_option(flag, "metal0")),
            _ => arg,
        };
        return Ok(Command::Run { script, program_args: rest.collect(), force, options });
    }
    Err(Failure::usage("no script given"))
}

fn parse_build(args: &[OsString]) -> Result<Command, Failure> {
    let mut options = Options::from_environment();
    let mut output = None;
    let mut emit = None;
    let mut script = None;
    let mut flags = Flags::new(args);
    while let Some(arg) = flags.next_arg()? {
        match arg {
            Arg::Positional(path) => set_once(&mut script, path, "build takes one script (the program's arguments are given when running it)")?,
            Arg::Flag(flag) => match flag.as_str() {
                "--print-after-all" => options.print_after_all = true,
                "-h" | "--help" => return Ok(Command::Help),
                "-o" | "--output" => output = Some(flags.value(&flag)?),
                "--emit" => {
                    let value = flags.value(&flag)?;
                    let name = value.to_string_lossy();
                    let stage = Stage::parse(&name).ok_or_else(|| Failure::usage(format!("unknown stage '{name}' for --emit; expected one of {}", Stage::NAMES)))?;
                    emit = Some(stage);
                }
                _ => return Err(unknown_option(&flag, "metal0 build")),
            },
        }
    }
    let script = script.ok_or_else(|| Failure::usage("metal0 build: no script given"))?;
    Ok(Command::Build { script, output, emit, options })
}

fn parse_check(args: &[OsString]) -> Result<Command, Failure> {
    let mut options = Options::from_environment();
    let mut script = None;
    let mut flags = Flags::new(args);
    while let Some(arg) = flags.next_arg()? {
        match arg {
            Arg::Positional(path) => set_once(&mut script, path, "check takes one script")?,
            Arg::Flag(flag) => match flag.as_str() {
                "--print-after-all" => options.print_after_all = true,
                "-h" | "--help" => return Ok(Command::Help),
                _ => return Err(unknown_option(&flag, "metal0 check")),
            },
        }
    }
    let script = script.ok_or_else(|| Failure::usage("metal0 check: no script given"))?;
    Ok(Command::Check { script, options })
}

fn parse_opt(args: &[OsString]) -> Result<Command, Failure> {
    let mut options = Options::from_environment();
    let mut passes = Vec::new();
    let mut input = None;
    let mut flags = Flags::new(args);
    while let Some(arg) = flags.next_arg()? {
        match arg {
            Arg::Positional(path) => set_once(&mut input, path, "opt takes one input file")?,
            Arg::Flag(flag) => match flag.as_str() {
                "--print-after-all" => options.print_after_all = true,
                "-h" | "--help" => return Ok(Command::Help),
                "--passes" => {
                    let list = flags.value(&flag)?;
                    let list = list.to_str().ok_or_else(|| Failure::usage("--passes must be text"))?;
                    passes.extend(list.split(',').map(str::trim).filter(|p| !p.is_empty()).map(String::from));
                }
                _ => return Err(unknown_option(&flag, "metal0 opt")),
            },
        }
    }
    let input = input.ok_or_else(|| Failure::usage("metal0 opt: no input file given (use `-` for standard input)"))?;
    Ok(Command::Opt { input, passes, options })
}

fn unknown_option(flag: &str, command: &str) -> Failure {
    Failure::usage(format!("unknown option '{flag}' for `{command}`"))
}

fn set_once(slot: &mut Option<OsString>, value: OsString, message: &str) -> Result<(), Failure> {
    if slot.is_some() {
        return Err(Failure::usage(message));
    }
    *slot = Some(value);
    Ok(())
}

/// One command-line word of a subcommand: a flag (its `=value` split off and kept for
/// [`Flags::value`]) or a positional argument. After `--` everything is positional; `-`
/// alone is positional (standard input).
enum Arg {
    Flag(String),
    Positional(OsString),
}

struct Flags<'a> {
    args: std::slice::Iter<'a, OsString>,
    /// The last flag and its inline value (`--flag=value`, `-oVALUE`), until taken.
    inline_value: Option<(String, OsString)>,
    only_positional: bool,
}

impl<'a> Flags<'a> {
    fn new(args: &'a [OsString]) -> Self {
        Flags { args: args.iter(), inline_value: None, only_positional: false }
    }

    fn next_arg(&mut self) -> Result<Option<Arg>, Failure> {
        if let Some((flag, _)) = self.inline_value.take() {
            return Err(Failure::usage(format!("option '{flag}' takes no value")));
        }
        let Some(arg) = self.args.next() else { return Ok(None) };
        if self.only_positional {
            return Ok(Some(Arg::Positional(arg.clone())));
        }
        let Some(text) = arg.to_str() else { return Ok(Some(Arg::Positional(arg.clone()))) };
        if text == "--" {
            self.only_positional = true;
            return self.next_arg();
        }
        if text == "-" || !text.starts_with('-') {
            return Ok(Some(Arg::Positional(arg.clone())));
        }
        let (flag, value) = match text.split_once('=') {
            Some((flag, value)) if text.starts_with("--") => (flag, Some(value)),
            _ if text.starts_with("-o") && text.len() > 2 => ("-o", Some(&text[2..])),
            _ => (text, None),
        };
        if let Some(value) = value {
            self.inline_value = Some((flag.to_string(), value.into()));
        }
        Ok(Some(Arg::Flag(flag.to_string())))
    }

    /// The value of `flag`: its inline value, or the next word.
    fn value(&mut self, flag: &str) -> Result<OsString, Failure> {
        if let Some((_, value)) = self.inline_value.take() {
            return Ok(value);
        }
        self.args.next().cloned().ok_or_else(|| Failure::usage(format!("option '{flag}' needs a value")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(words: &[&str]) -> Result<Command, Failure> {
        parse_command_line(words.iter().map(OsString::from).collect())
    }

    #[test]
    fn run_flags_stop_at_the_script() {
        let Ok(Command::Run { script, program_args, force, options }) = parse(&["--force", "app.py", "--force", "-x", "y"]) else { panic!() };
        assert_eq!(script, "app.py");
        assert_eq!(program_args, ["--force", "-x", "y"]);
        assert!(force);
        assert!(!options.print_after_all);
    }

    #[test]
    fn run_after_double_dash() {
        let Ok(Command::Run { script, .. }) = parse(&["--", "-weird.py"]) else { panic!() };
        assert_eq!(script, "-weird.py");
    }

    #[test]
    fn build_flags_anywhere() {
        let Ok(Command::Build { script, output, emit, .. }) = parse(&["build", "app.py", "-o", "out"]) else { panic!() };
        assert_eq!((script.to_str(), output.as_deref().and_then(OsStr::to_str), emit), (Some("app.py"), Some("out"), None));
        let Ok(Command::Build { output, emit, .. }) = parse(&["build", "--emit=typed", "-oout2", "app.py"]) else { panic!() };
        assert_eq!((output.as_deref().and_then(OsStr::to_str), emit), (Some("out2"), Some(Stage::Typed)));
        let Ok(Command::Build { emit, .. }) = parse(&["build", "--emit", "clif", "app.py"]) else { panic!() };
        assert_eq!(emit, Some(Stage::Clif));
    }

    #[test]
    fn bad_command_lines_exit_2() {
        for words in [
            &[][..],
            &["--frobnicate", "app.py"],
            &["build"],
            &["build", "--emit=asm", "app.py"],
            &["build", "a.py", "b.py"],
            &["build", "--force=1", "a.py"],
            &["build", "-o"],
            &["check", "--emit=py", "a.py"],
            &["opt"],
            &["--print-after-all=yes", "a.py"],
        ] {
            match parse(words) {
                Err(f) => assert_eq!(f.code, diagnostics::EXIT_COMPILE_ERROR, "{words:?}"),
                Ok(c) => panic!("{words:?} parsed as {c:?}"),
            }
        }
    }

    #[test]
    fn opt_passes_list() {
        let Ok(Command::Opt { input, passes, .. }) = parse(&["opt", "--passes=infer, egraph", "-"]) else { panic!() };
        assert_eq!(input, "-");
        assert_eq!(passes, ["infer", "egraph"]);
    }

    #[test]
    fn help_and_version() {
        assert!(matches!(parse(&["--help"]), Ok(Command::Help)));
        assert!(matches!(parse(&["help"]), Ok(Command::Help)));
        assert!(matches!(parse(&["-V"]), Ok(Command::Version)));
        assert!(matches!(parse(&["build", "--help"]), Ok(Command::Help)));
    }
}
