//! Checks that every entry of the runtime ABI table (`dialects/src/runtime_abi.rs`) is
//! implemented in `src/abi.rs` as an exported function with the same number of parameters.

use std::path::PathBuf;

#[test]
fn every_abi_entry_is_implemented() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(root.join("../dialects/src/runtime_abi.rs")).expect("runtime_abi.rs");
    let abi = std::fs::read_to_string(root.join("src/abi.rs")).unwrap();
    let mut missing = Vec::new();
    let mut count = 0;
    for line in table.lines() {
        let l = line.trim();
        let Some(rest) = l.strip_prefix("f(\"") else { continue };
        let name = &rest[..rest.find('"').unwrap()];
        let params = &rest[rest.find("&[").unwrap() + 2..];
        let params = &params[..params.find(']').unwrap()];
        let nparams = params.split(',').filter(|p| !p.trim().is_empty()).count();
        count += 1;
        let decl = format!("extern \"C\" fn {name}(");
        let Some(pos) = abi.find(&decl) else {
            missing.push(format!("{name}: not implemented"));
            continue;
        };
        let before = &abi[..pos];
        if !before.trim_end().ends_with("pub") && !before.trim_end().ends_with("pub unsafe") {
            missing.push(format!("{name}: not pub"));
        }
        let attr_ok = before.rfind("#[unsafe(no_mangle)]").is_some_and(|a| !before[a..].contains("fn "));
        if !attr_ok {
            missing.push(format!("{name}: not #[unsafe(no_mangle)]"));
        }
        let sig = &abi[pos + decl.len()..];
        let sig = &sig[..sig.find(')').unwrap()];
        let n = sig.split(',').filter(|p| !p.trim().is_empty()).count();
        if n != nparams {
            missing.push(format!("{name}: {n} parameters, the table says {nparams}"));
        }
    }
    assert!(count > 80, "parsed only {count} entries");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
