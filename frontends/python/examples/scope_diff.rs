//! Differential test of scoping against CPython: for every `.py` file under a directory (by
//! default the stdlib), compares each function, lambda, class and comprehension op's
//! `qualname`, `locals`, `cellvars`, `freevars` and generator/coroutine flags with the code
//! objects `python3` compiles from the same file:
//! `cargo run --release -p metal0-frontend-python --example scope_diff -- [DIR]`.

use metal0_dialects::{Attr, Module};
use metal0_frontend_python::{lower_to_py, read_source};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints, for each file CPython compiles, `FILE path` then one line per code object:
/// `qualname line kind locals cellvars freevars flags` (names sorted, comma-separated).
const REFERENCE: &str = r#"
import sys, os, types
root = sys.argv[1]
paths = []
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != 'site-packages')
    paths += [os.path.join(d, f) for f in sorted(files) if f.endswith('.py')]
def walk(code, out):
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            name = c.co_name
            if name.startswith('<') and name not in ('<lambda>',):
                kind = 'comp'
            elif c.co_flags & 0x2:  # CO_NEWLOCALS: a function
                kind = 'func'
            else:
                kind = 'class'
            cells = set(c.co_cellvars)
            local = sorted(n for n in c.co_varnames if n not in cells and not n.startswith('.')) if kind != 'class' else []
            flags = ''
            if kind != 'class':
                if c.co_flags & 0x20: flags = 'gen'
                if c.co_flags & 0x80: flags = 'coro'
                if c.co_flags & 0x200: flags = 'asyncgen'
            line = 0 if kind == 'comp' else c.co_firstlineno
            out.append('%s %d %s %s %s %s %s' % (c.co_qualname, line, kind, ','.join(local), ','.join(sorted(cells)), ','.join(sorted(c.co_freevars)), flags or '-'))
            walk(c, out)
for p in paths:
    try:
        code = compile(open(p, 'rb').read(), p, 'exec')
    except Exception:
        continue
    out = []
    walk(code, out)
    print('FILE ' + p)
    for line in sorted(out):
        print(line)
"#;

fn main() {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(stdlib_dir);
    let out = Command::new("python3").args(["-c", REFERENCE, &dir.to_string_lossy()]).output().expect("python3 is needed for the reference");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut reference: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("FILE ") {
            current = Some(p.to_string());
            reference.entry(p.to_string()).or_default();
        } else if let Some(v) = current.as_ref().and_then(|p| reference.get_mut(p)) {
            v.push(line.to_string());
        }
    }
    let (mut same, mut differ, mut refused) = (0, 0, 0);
    for (path, expected) in &reference {
        let Ok(source) = read_source(Path::new(path)) else {
            refused += 1;
            continue;
        };
        let Ok(module) = lower_to_py(&source) else {
            refused += 1;
            println!("REFUSED {path}");
            continue;
        };
        let mut ours = dump_scopes(&module);
        ours.sort();
        if ours == *expected {
            same += 1;
            continue;
        }
        differ += 1;
        println!("DIFF {path}");
        let count = |v: &[String]| v.iter().fold(HashMap::new(), |mut m: HashMap<String, i32>, l| {
            *m.entry(l.clone()).or_default() += 1;
            m
        });
        let (e, o) = (count(expected), count(&ours));
        for (l, n) in &e {
            if o.get(l) != Some(n) {
                println!("  cpython: {l}");
            }
        }
        for (l, n) in &o {
            if e.get(l) != Some(n) {
                println!("  metal0:  {l}");
            }
        }
    }
    println!("{} files: {same} same scopes, {differ} differ, {refused} refused", reference.len());
}

fn names(m: &Module, op: metal0_dialects::OpId, attr: &str) -> String {
    let mut v: Vec<String> = m.attr(op, attr).and_then(Attr::as_array).unwrap_or(&[]).iter().filter_map(|a| a.as_str().map(String::from)).collect();
    v.sort();
    v.join(",")
}

fn dump_scopes(m: &Module) -> Vec<String> {
    let mut out = Vec::new();
    for op in m.walk() {
        let data = m.op(op);
        let kind = match data.name.as_str() {
            "py.func" | "py.lambda" => "func",
            "py.class" => "class",
            "py.listcomp" | "py.setcomp" | "py.dictcomp" | "py.genexp" => "comp",
            _ => continue,
        };
        let qualname = m.str_attr(op, "qualname").unwrap_or("?");
        // CPython places some generator expressions on the line of the enclosing call.
        let line = if kind == "comp" { 0 } else { data.loc.line() };
        let locals = if kind == "class" { String::new() } else { names(m, op, "locals") };
        let generator = m.attr(op, "is_generator").is_some() || data.name == "py.genexp";
        let flags = match (kind, generator, m.attr(op, "is_async").is_some()) {
            ("class", ..) => "-",
            (_, true, true) => "asyncgen",
            (_, true, false) => "gen",
            (_, false, true) => "coro",
            _ => "-",
        };
        out.push(format!("{qualname} {line} {kind} {locals} {} {} {flags}", names(m, op, "cellvars"), names(m, op, "freevars")));
    }
    out
}

fn stdlib_dir() -> PathBuf {
    let out = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).output().expect("python3 is needed");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}
