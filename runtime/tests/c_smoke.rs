//! Links a tiny C program (tests/hello.c, defining `m0_main`) against the runtime's static
//! library with `cc`, runs it, and checks its output, traceback and exit codes.

use std::path::PathBuf;
use std::process::Command;

fn staticlib() -> PathBuf {
    // target/<profile>/deps/c_smoke-xxxx -> target/<profile>/libmetal0_runtime.a
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("libmetal0_runtime.a")
}

#[test]
fn hello_links_and_runs() {
    let lib = staticlib();
    assert!(lib.exists(), "missing {}", lib.display());
    let dir = std::env::temp_dir().join(format!("m0smoke{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("hello");
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hello.c");
    let st = Command::new("cc").arg(&src).arg(&lib).args(["-lm", "-Wl,--gc-sections", "-o"]).arg(&exe).status().expect("cc");
    assert!(st.success());

    let out = Command::new(&exe).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello\n");
    assert_eq!(out.status.code(), Some(0));

    let out = Command::new(&exe).arg("x").current_dir(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"app.py\", line 9, in <module>\n  File \"app.py\", line 5, in main\nKeyError: 'x'\n"
    );
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}
