//! The compilation cache behind `metal0 app.py`: compiled executables in
//! `$XDG_CACHE_HOME/metal0/bin/<key>` (or `~/.cache/metal0/bin/<key>`).
//!
//! The key is a BLAKE3 hash of everything the executable depends on: the decoded text and
//! path of every source involved, the script path as given (it is `sys.argv[0]` and appears
//! in tracebacks), the options that change code generation, and the identity of the
//! compiler itself. The compiler's identity is the BLAKE3 hash of the running `metal0`
//! executable (`/proc/self/exe`), which embeds the runtime, so a rebuilt `metal0` never
//! reuses what an older one produced. Hashing the executable takes milliseconds, so it is
//! remembered in `compiler/<stamp>`, where the stamp is the executable's
//! device/inode/size/mtime/ctime: a cached run costs a `stat` and one small read.
//!
//! The backend compiles for the host CPU's features (as `-march=native` does), so those are
//! part of the key too: a cache directory shared between different machines stays correct.
//!
//! Every write goes to a temporary file in the same directory and is renamed into place, so
//! racing runs are safe: each rename installs a complete file.

use crate::diagnostics::Failure;
use std::ffi::OsString;
use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A cache key or a compiler identity: 32 bytes of BLAKE3.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Digest([u8; 32]);

impl Digest {
    pub fn to_hex(self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn from_hex(s: &str) -> Option<Digest> {
        let s = s.trim();
        if s.len() != 64 || !s.is_ascii() {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Digest(out))
    }
}

/// One source file that went into a program.
pub struct Source<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The cache key of the executable built from `sources` (the main script first) by the
/// compiler `compiler` for a CPU with `host_features` (see [`host_features`]), run as
/// `script` (the path as the user gave it), with `options_tag` naming the options that
/// change code generation.
pub fn key(compiler: Digest, host_features: &str, script: &str, sources: &[Source<'_>], options_tag: &str) -> Digest {
    let mut h = blake3::Hasher::new();
    // Every field is length-prefixed so that no two different inputs hash the same bytes.
    let mut field = |bytes: &[u8]| {
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(b"metal0 cache key v1");
    field(&compiler.0);
    field(host_features.as_bytes());
    field(script.as_bytes());
    field(options_tag.as_bytes());
    field(&(sources.len() as u64).to_le_bytes());
    for source in sources {
        field(source.path.as_bytes());
        field(source.text.as_bytes());
    }
    Digest(*h.finalize().as_bytes())
}

/// The CPU features Cranelift detects on this machine and compiles for, as the list of
/// settings it applies (`has_avx2 has_bmi2 ...`). Detection is a few `cpuid` instructions.
pub fn host_features() -> String {
    /// Records the settings instead of applying them.
    struct Recorder(String);
    impl cranelift_codegen::settings::Configurable for Recorder {
        fn set(&mut self, name: &str, value: &str) -> cranelift_codegen::settings::SetResult<()> {
            self.0.push_str(&format!("{name}={value} "));
            Ok(())
        }
        fn enable(&mut self, name: &str) -> cranelift_codegen::settings::SetResult<()> {
            self.0.push_str(name);
            self.0.push(' ');
            Ok(())
        }
    }
    let mut recorder = Recorder(format!("{} ", std::env::consts::ARCH));
    if let Err(e) = cranelift_native::infer_native_flags(&mut recorder) {
        recorder.0.push_str(e);
    }
    recorder.0
}

/// The cache directory (created on first write, not here).
pub struct Cache {
    root: PathBuf,
}

impl Cache {
    /// `$XDG_CACHE_HOME/metal0` when that is an absolute path, else `$HOME/.cache/metal0`,
    /// else a per-user directory under the system temporary directory.
    pub fn locate() -> Cache {
        let absolute = |v: Option<OsString>| v.filter(|p| Path::new(p).is_absolute()).map(PathBuf::from);
        let base = absolute(std::env::var_os("XDG_CACHE_HOME"))
            .or_else(|| absolute(std::env::var_os("HOME")).map(|home| home.join(".cache")))
            .unwrap_or_else(|| std::env::temp_dir().join(format!("metal0-cache-{}", current_uid())));
        Cache { root: base.join("metal0") }
    }

    /// Where the executable for `key` lives (it may not exist).
    pub fn executable(&self, key: Digest) -> PathBuf {
        self.root.join("bin").join(key.to_hex())
    }

    /// Produces the executable for `key` with `build` (which writes the file at the path it
    /// is given) and installs it atomically. Returns its final path.
    pub fn install(&self, key: Digest, build: impl FnOnce(&Path) -> Result<(), Failure>) -> Result<PathBuf, Failure> {
        let dir = self.root.join("bin");
        create_dir(&dir)?;
        let temp = temp_name(&dir);
        let result = build(&temp);
        if result.is_err() {
            let _ = fs::remove_file(&temp);
        }
        result?;
        let target = self.executable(key);
        fs::rename(&temp, &target).map_err(|e| {
            let _ = fs::remove_file(&temp);
            Failure::environment(format!("could not write {}: {e}", target.display()))
        })?;
        Ok(target)
    }

    /// The identity of the running compiler: the hash of its own executable, remembered per
    /// executable stamp (see the module doc).
    pub fn compiler_id(&self) -> Result<Digest, Failure> {
        let exe = own_executable();
        let meta = fs::metadata(&exe).map_err(|e| Failure::environment(format!("cannot inspect the metal0 executable {}: {e}", exe.display())))?;
        let stamp = format!(
            "{:x}-{:x}-{:x}-{}.{:09}-{}.{:09}",
            meta.dev(),
            meta.ino(),
            meta.size(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec()
        );
        let memo = self.root.join("compiler").join(&stamp);
        if let Some(id) = fs::read_to_string(&memo).ok().and_then(|s| Digest::from_hex(&s)) {
            return Ok(id);
        }
        let id = hash_file(&exe).map_err(|e| Failure::environment(format!("cannot read the metal0 executable {}: {e}", exe.display())))?;
        // A file changed within the last seconds could change again without its stamp
        // changing on a file system with coarse timestamps: remember only settled ones.
        if is_settled(&meta) {
            let _ = write_atomically(&memo, id.to_hex().as_bytes());
        }
        Ok(id)
    }
}

/// The running executable. On Linux `/proc/self/exe` names the very file being run, even
/// when it has since been replaced or deleted.
fn own_executable() -> PathBuf {
    let proc_exe = PathBuf::from("/proc/self/exe");
    if proc_exe.exists() {
        return proc_exe;
    }
    std::env::current_exe().unwrap_or(proc_exe)
}

fn hash_file(path: &Path) -> io::Result<Digest> {
    let mut h = blake3::Hasher::new();
    h.update_reader(fs::File::open(path)?)?;
    Ok(Digest(*h.finalize().as_bytes()))
}

/// True when both of the file's timestamps are at least two seconds old.
fn is_settled(meta: &fs::Metadata) -> bool {
    let Ok(now) = SystemTime::now().duration_since(UNIX_EPOCH) else { return false };
    let newest = meta.mtime().max(meta.ctime());
    newest >= 0 && Duration::from_secs(newest as u64 + 2) <= now
}

/// Writes `bytes` to `path` through a temporary file and a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_dir(dir)?;
    let temp = temp_name(dir);
    let result = fs::write(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(Failure::environment(format!("could not write {}: {e}", path.display())));
    }
    Ok(())
}

fn create_dir(dir: &Path) -> Result<(), Failure> {
    fs::create_dir_all(dir).map_err(|e| Failure::environment(format!("cannot create the cache directory {}: {e}", dir.display())))
}

/// A name for a temporary file in `dir` that no other process or thread picks.
fn temp_name(dir: &Path) -> PathBuf {
    dir.join(unique_name(".tmp"))
}

/// `<prefix>-<pid>-<nanoseconds>-<counter>`: unique among live processes and threads.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}-{}-{nanos:x}-{n}", std::process::id())
}

fn current_uid() -> u32 {
    // The owner of our own /proc entry is our uid; no libc needed.
    fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(byte: u8) -> Digest {
        Digest([byte; 32])
    }

    #[test]
    fn key_depends_on_every_input() {
        let src = [Source { path: "a.py", text: "print(1)\n" }];
        let base = key(id(1), "f", "a.py", &src, "t");
        assert_eq!(base, key(id(1), "f", "a.py", &src, "t"));
        assert_ne!(base, key(id(2), "f", "a.py", &src, "t"));
        assert_ne!(base, key(id(1), "g", "a.py", &src, "t"));
        assert_ne!(base, key(id(1), "f", "./a.py", &src, "t"));
        assert_ne!(base, key(id(1), "f", "a.py", &src, "u"));
        assert_ne!(base, key(id(1), "f", "a.py", &[Source { path: "a.py", text: "print(2)\n" }], "t"));
        assert_ne!(base, key(id(1), "f", "a.py", &[Source { path: "b.py", text: "print(1)\n" }], "t"));
    }

    #[test]
    fn key_fields_do_not_run_together() {
        let one = [Source { path: "ab", text: "c" }];
        let two = [Source { path: "a", text: "bc" }];
        assert_ne!(key(id(0), "f", "s", &one, "t"), key(id(0), "f", "s", &two, "t"));
        let split = [Source { path: "a", text: "" }, Source { path: "b", text: "" }];
        let joined = [Source { path: "a", text: "\0\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0b" }];
        assert_ne!(key(id(0), "f", "s", &split, "t"), key(id(0), "f", "s", &joined, "t"));
    }

    #[test]
    fn host_features_name_the_architecture() {
        let features = host_features();
        assert!(features.starts_with(std::env::consts::ARCH), "{features}");
        assert_eq!(features, host_features());
    }

    #[test]
    fn digest_hex_round_trips() {
        let d = key(id(7), "f", "x", &[], "");
        assert_eq!(Digest::from_hex(&d.to_hex()), Some(d));
        assert_eq!(Digest::from_hex("zz"), None);
    }
}
