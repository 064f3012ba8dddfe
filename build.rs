//! Builds the native runtime (`runtime/`, a static library in a cargo workspace of its own)
//! and leaves `libmetal0_runtime.a` in `OUT_DIR`, where `src/link.rs` embeds it with
//! `include_bytes!`: `cargo install --path .` then yields one self-contained `metal0`.
//!
//! The runtime is built by a nested `cargo build --release` into `$OUT_DIR/runtime-target`,
//! with the environment of the outer build cleaned of what would leak into it (flags meant
//! for the compiler crates, wrappers such as clippy's, target-dir overrides).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const LIB_NAME: &str = "libmetal0_runtime.a";

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let runtime = manifest_dir.join("runtime");

    // Cargo reruns this script whenever a watched path is missing: watch only what exists.
    for watched in ["src", "Cargo.toml", "Cargo.lock", "build.rs"] {
        if runtime.join(watched).exists() {
            println!("cargo:rerun-if-changed=runtime/{watched}");
        }
    }

    let built = build_runtime(&runtime, &out_dir.join("runtime-target"));
    let embedded = out_dir.join(LIB_NAME);
    if let Err(e) = std::fs::copy(&built, &embedded) {
        fail(&format!("could not copy {} to {}: {e}", built.display(), embedded.display()));
    }
    strip_debug_info(&embedded);
}

/// Removes the debug information (mostly the standard library's) from the library: linked
/// programs are stripped anyway, and it is 40% of the bytes `metal0` would carry. Optional:
/// without binutils' `strip` the library is embedded as built.
fn strip_debug_info(lib: &Path) {
    let stripped = lib.with_extension("stripped.a");
    let ok = Command::new("strip")
        .arg("--strip-debug")
        .arg("-o")
        .arg(&stripped)
        .arg(lib)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        let _ = std::fs::rename(&stripped, lib);
    } else {
        let _ = std::fs::remove_file(&stripped);
    }
}

/// Runs the nested cargo build and returns the path of the static library it produced.
fn build_runtime(runtime: &Path, target_dir: &Path) -> PathBuf {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(runtime)
        .arg("build")
        .arg("--release")
        .arg("--lib")
        .arg("--manifest-path")
        .arg(runtime.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir);
    // The runtime's lock file pins what it links; once it exists the build must not change it.
    if runtime.join("Cargo.lock").exists() {
        cmd.arg("--locked");
    }
    // Programs are linked for the machine metal0 runs on: the target of this build.
    let target = env::var("TARGET").unwrap_or_default();
    let host = env::var("HOST").unwrap_or_default();
    let cross = !target.is_empty() && target != host;
    if cross {
        cmd.arg("--target").arg(&target);
    }
    // What the outer build sets for its own crates must not reach the runtime's build: flags
    // (coverage instrumentation would need a profiler runtime at every link), workspace
    // wrappers (clippy-driver), and target/profile overrides. CARGO, RUSTC, RUSTC_WRAPPER and
    // the jobserver (CARGO_MAKEFLAGS) are kept.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_MANIFEST_DIR",
        "CARGO_MANIFEST_PATH",
    ] {
        cmd.env_remove(var);
    }
    // Cargo reads stdout of this script for directives: keep the nested cargo off it.
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());

    let output = match cmd.output() {
        Ok(o) => o,
        Err(e) => fail(&format!("could not run cargo to build the runtime: {e}")),
    };
    if !output.status.success() {
        let log = String::from_utf8_lossy(&output.stderr);
        fail(&format!(
            "building the runtime failed ({}); run `cd runtime && cargo build --release` to see why. Output:\n{log}",
            output.status
        ));
    }
    let mut lib = target_dir.to_path_buf();
    if cross {
        lib.push(&target);
    }
    lib.push("release");
    lib.push(LIB_NAME);
    if !lib.is_file() {
        fail(&format!(
            "the runtime built but {} is missing: runtime/Cargo.toml must declare crate-type = [\"staticlib\"] and be named metal0-runtime",
            lib.display()
        ));
    }
    lib
}

fn fail(message: &str) -> ! {
    eprintln!("error: metal0 build script: {message}");
    std::process::exit(1);
}
