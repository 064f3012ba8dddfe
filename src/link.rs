//! Linking a program: the object file from the backend plus the runtime static library,
//! which is embedded in the `metal0` executable itself (built by `build.rs`), go through the
//! system C compiler driver (`cc`), which supplies the C runtime start files and libc.
//!
//! Both inputs are written to a fresh temporary directory that is removed afterwards; the
//! only file written elsewhere is the requested executable.

use crate::diagnostics::Failure;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `libmetal0_runtime.a`: the runtime compiled for the machine `metal0` runs on. It defines
/// C `main`, which sets up the runtime and calls the program's `m0_main`.
static RUNTIME_LIBRARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libmetal0_runtime.a"));

/// The C compiler driver used as the linker.
const LINKER: &str = "cc";

/// The system libraries a Rust static library needs on Linux (what
/// `rustc --print native-static-libs` lists); `--gc-sections` drops the runtime code a
/// program never reaches, `--as-needed` keeps the unused libraries out of
/// the executable's dependencies, and libgcc (unwinding, used by backtraces) is linked in
/// statically, so a program depends on libc and libm only.
const SYSTEM_LIBRARIES: &[&str] = &["-Wl,--gc-sections", "-Wl,--as-needed", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc", "-static-libgcc"];

/// Links `object` with the runtime into the executable `output`, stripped of symbols unless
/// `keep_symbols`.
pub fn link_executable(object: &[u8], output: &Path, keep_symbols: bool) -> Result<(), Failure> {
    let scratch = TempDir::create()?;
    let object_path = scratch.path.join("program.o");
    let runtime_path = scratch.path.join("libmetal0_runtime.a");
    for (path, bytes) in [(&object_path, object), (&runtime_path, RUNTIME_LIBRARY)] {
        fs::write(path, bytes).map_err(|e| Failure::environment(format!("could not write {}: {e}", path.display())))?;
    }
    let mut cmd = Command::new(LINKER);
    cmd.arg(&object_path).arg(&runtime_path).args(SYSTEM_LIBRARIES).arg("-o").arg(output);
    if !keep_symbols {
        cmd.arg("-s");
    }
    let result = cmd.output();
    drop(scratch);
    let result = result.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::environment(format!("the C compiler `{LINKER}` was not found; metal0 uses it to link executables: install gcc or clang"))
        }
        _ => Failure::environment(format!("could not run the linker `{LINKER}`: {e}")),
    })?;
    if !result.status.success() {
        let _ = fs::remove_file(output);
        let stderr = String::from_utf8_lossy(&result.stderr);
        return Err(Failure::internal(format!("linking failed ({LINKER} {}):\n{}", result.status, stderr.trim_end())));
    }
    Ok(())
}

/// A directory under the system temporary directory, removed with everything in it on drop.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn create() -> Result<TempDir, Failure> {
        let base = std::env::temp_dir();
        let mut last_error = None;
        for _ in 0..16 {
            let path = base.join(crate::cache::unique_name("metal0-link"));
            match fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir { path }),
                Err(e) => last_error = Some(e),
            }
        }
        let e = last_error.map(|e| e.to_string()).unwrap_or_default();
        Err(Failure::environment(format!("cannot create a temporary directory in {}: {e}", base.display())))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}
