//! Backend options and the host target they configure: Cranelift's shared flags
//! (`opt_level`, `is_pic`, frame pointers, inline stack probes) on the ISA that `cranelift-native` detects.

use crate::error::{BackendError, Result};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};

/// Cranelift's optimisation level.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum OptLevel {
    /// No optimisation: fastest compilation.
    None,
    /// Optimise for speed (the default).
    #[default]
    Speed,
    /// Optimise for speed and code size.
    SpeedAndSize,
}

impl OptLevel {
    fn setting(self) -> &'static str {
        match self {
            OptLevel::None => "none",
            OptLevel::Speed => "speed",
            OptLevel::SpeedAndSize => "speed_and_size",
        }
    }
}

/// How to compile. `Options::default()` is what `metal0 build` uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub opt_level: OptLevel,
    /// Keep frame pointers in every function (cheap, and lets profilers and debuggers walk
    /// the stack through compiled code). Default: true.
    pub preserve_frame_pointers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { opt_level: OptLevel::Speed, preserve_frame_pointers: true }
    }
}

/// The host ISA (x86_64 ELF on our machines) with position-independent code, so the objects
/// link into PIE executables.
pub(crate) fn host_isa(opts: &Options) -> Result<OwnedTargetIsa> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, name: &str, value: &str| {
        flags.set(name, value).map_err(|e| BackendError::object(format!("cannot set Cranelift flag {name}={value}: {e}")))
    };
    set(&mut flags, "opt_level", opts.opt_level.setting())?;
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "preserve_frame_pointers", if opts.preserve_frame_pointers { "true" } else { "false" })?;
    // Inline stack probes, so a large `machine.stack_alloc` cannot jump over the guard page
    // (the outline strategy would call a `__cranelift_probestack` no runtime provides).
    set(&mut flags, "enable_probestack", "true")?;
    set(&mut flags, "probestack_strategy", "inline")?;
    // Functions start at 64-byte (cache line) boundaries: timings then do not depend on where
    // the code lands. With 16 bytes, fib's unchanged machine code ran 47 or 55 ms depending on
    // the function's offset within its cache line (other functions' sizes moved it).
    set(&mut flags, "log2_min_function_alignment", "6")?;
    // We run the verifier ourselves (before compiling) to report errors with context.
    set(&mut flags, "enable_verifier", "false")?;
    let isa = cranelift_native::builder().map_err(|e| BackendError::object(format!("the host is not supported by Cranelift: {e}")))?;
    isa.finish(settings::Flags::new(flags)).map_err(|e| BackendError::object(format!("cannot configure the host ISA: {e}")))
}
