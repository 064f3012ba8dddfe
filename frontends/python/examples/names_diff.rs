//! Differential test of name resolution against CPython's bytecode: for every `.py` file
//! under a directory (by default the stdlib), each scope's loads, stores and deletes
//! (`load:local:x`, `store:global:y`, ...) must be among those CPython's compiler emits for
//! the same code object (CPython may emit more: annotations, `__module__`, ...):
//! `cargo run --release -p metal0-frontend-python --example names_diff -- [DIR]`.

use metal0_dialects::ir::ValueDef;
use metal0_dialects::{Module, OpId};
use metal0_frontend_python::{lower_to_py, read_source};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints `FILE path`, then per code object `qualname line` and its name accesses.
const REFERENCE: &str = r#"
import sys, os, types, dis
root = sys.argv[1]
paths = []
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != 'site-packages')
    paths += [os.path.join(d, f) for f in sorted(files) if f.endswith('.py')]
ACTIONS = {'LOAD': 'load', 'STORE': 'store', 'DELETE': 'delete'}
def accesses(code, kind):
    out = set()
    for ins in dis.get_instructions(code):
        action, _, family = ins.opname.partition('_')
        if action not in ACTIONS: continue
        name = ins.argval
        if family == 'FAST': where = 'local'
        elif family == 'DEREF': where = 'cell' if name in code.co_cellvars else 'free'
        elif family == 'CLASSDEREF': where = 'classderef'
        elif family == 'GLOBAL': where = 'global'
        elif family == 'NAME': where = 'name' if kind == 'class' else 'global'
        else: continue
        out.add('%s:%s:%s' % (ACTIONS[action], where, name))
    return out
def walk(code, kind, out):
    name = code.co_qualname
    line = 0 if (kind == 'comp' or kind == 'module') else code.co_firstlineno
    out.append((name if kind != 'module' else '<module>', line, accesses(code, kind)))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            if c.co_name.startswith('<') and c.co_name != '<lambda>': k = 'comp'
            elif c.co_flags & 0x2: k = 'func'
            else: k = 'class'
            walk(c, k, out)
for p in paths:
    try:
        code = compile(open(p, 'rb').read(), p, 'exec')
    except Exception:
        continue
    out = []
    walk(code, 'module', out)
    print('FILE ' + p)
    for q, l, acc in out:
        print('SCOPE %s %d' % (q, l))
        for a in sorted(acc): print(a)
"#;

type Scopes = BTreeMap<(String, u32), BTreeSet<String>>;

fn main() {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(stdlib_dir);
    let out = Command::new("python3").args(["-c", REFERENCE, &dir.to_string_lossy()]).output().expect("python3 is needed for the reference");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut reference: BTreeMap<String, Scopes> = BTreeMap::new();
    let (mut file, mut scope): (Option<String>, Option<(String, u32)>) = (None, None);
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("FILE ") {
            file = Some(p.to_string());
            reference.entry(p.to_string()).or_default();
        } else if let Some(s) = line.strip_prefix("SCOPE ") {
            let (q, l) = s.rsplit_once(' ').unwrap_or((s, "0"));
            scope = Some((q.to_string(), l.parse().unwrap_or(0)));
        } else if let (Some(f), Some(s)) = (&file, &scope) {
            reference.get_mut(f).unwrap().entry(s.clone()).or_default().insert(line.to_string());
        }
    }
    let (mut same, mut differ) = (0, 0);
    for (path, expected) in &reference {
        let Ok(source) = read_source(Path::new(path)) else { continue };
        let Ok(module) = lower_to_py(&source) else { continue };
        let ours = accesses(&module);
        let mut report = Vec::new();
        for (key, names) in &ours {
            let theirs = expected.get(key);
            for n in names {
                if !theirs.is_some_and(|t| t.contains(n)) {
                    report.push(format!("  {} {}: metal0 has {n}", key.0, key.1));
                }
            }
        }
        if report.is_empty() {
            same += 1;
        } else {
            differ += 1;
            println!("DIFF {path}");
            for r in report {
                println!("{r}");
            }
        }
    }
    println!("{} files: {same} agree, {differ} differ", reference.len());
}

/// Each scope op's name accesses (parameter stores excluded: CPython passes them in slots).
fn accesses(m: &Module) -> Scopes {
    let mut out = Scopes::new();
    let module = m.top_ops()[0];
    collect(m, module, ("<module>".to_string(), 0), &mut out);
    out
}

fn collect(m: &Module, scope_op: OpId, key: (String, u32), out: &mut Scopes) {
    out.entry(key.clone()).or_default();
    for &r in &m.op(scope_op).regions {
        for &b in &m.region(r).blocks {
            for &o in &m.block(b).ops {
                visit(m, o, &key, out);
            }
        }
    }
}

fn visit(m: &Module, op: OpId, key: &(String, u32), out: &mut Scopes) {
    let data = m.op(op);
    let name = data.name.as_str();
    if matches!(name, "py.func" | "py.lambda" | "py.class" | "py.listcomp" | "py.setcomp" | "py.dictcomp" | "py.genexp") {
        let q = m.str_attr(op, "qualname").unwrap_or("?").to_string();
        let line = if name.ends_with("comp") || name == "py.genexp" { 0 } else { data.loc.line() };
        collect(m, op, (q, line), out);
        return;
    }
    for prefix in ["load", "store", "delete"] {
        if let Some(kind) = name.strip_prefix(&format!("py.{prefix}_")) {
            let is_param = prefix == "store"
                && matches!(m.value_def(data.operands[0]), ValueDef::BlockArg(b, _) if m.block(b).parent.and_then(|r| m.region_parent(r)).is_some_and(|p| matches!(m.op(p).name.as_str(), "py.func" | "py.lambda")));
            if !is_param {
                let kind = if kind == "builtin" { "global" } else { kind };
                let var = m.str_attr(op, "name").unwrap_or("?");
                out.get_mut(key).unwrap().insert(format!("{prefix}:{kind}:{var}"));
            }
        }
    }
    for &r in &data.regions {
        for &b in &m.region(r).blocks {
            for &o in &m.block(b).ops {
                visit(m, o, key, out);
            }
        }
    }
}

fn stdlib_dir() -> PathBuf {
    let out = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).output().expect("python3 is needed");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}
