//! Formatting uncaught exceptions as CPython does: chained exceptions first, the
//! "Traceback (most recent call last):" block with source lines read lazily from the
//! files (like linecache), repeated-frame folding, and the final `Type: message` line.

use crate::exceptions::{eobj, TbEntry};
use crate::object::*;
use std::collections::HashMap;

const RECURSIVE_CUTOFF: usize = 3;
const TRACEBACK_LIMIT: usize = 1000;

/// `Type: message` (or just `Type` when the message is empty).
pub fn format_exception_only(exc: W) -> String {
    let name = crate::classes::exc_type_name(type_of(exc));
    let msg = match crate::ops::str_string(exc) {
        Ok(m) => m,
        Err(_) => {
            crate::exceptions::clear();
            "<exception str() failed>".to_string()
        }
    };
    let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if type_of(exc).is_subtype(&crate::exceptions::ATTRIBUTE_ERROR)
        && let Some((obj, attr)) = crate::exceptions::attribute_error_target(exc)
        && let Some(s) = crate::suggestions::for_attribute(obj, attr)
    {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if type_of(exc).is_subtype(&crate::exceptions::NAME_ERROR)
        && let Some(s) = &crate::exceptions::eobj(exc).hint
    {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    line
}

struct Lines {
    files: HashMap<String, Option<Vec<String>>>,
}

impl Lines {
    /// Line `line` of `file` as read (indentation kept, line break removed).
    fn get(&mut self, file: &str, line: i32) -> Option<&str> {
        let lines = self
            .files
            .entry(file.to_string())
            .or_insert_with(|| std::fs::read(file).ok().map(|b| String::from_utf8_lossy(&b).lines().map(|l| l.to_string()).collect()));
        Some(lines.as_ref()?.get((line as usize).checked_sub(1)?)?.trim_end_matches(['\r', '\n']))
    }
}

/// The source lines of an entry: the line without its indentation (CPython keeps trailing
/// blanks) and the markers under the failing expression. `lookup` is the name whose lookup
/// failed when this very entry raised an AttributeError or NameError: compiled code looks a
/// called method or name up inside the call, but CPython reports the failure at the lookup,
/// so for a call of that name the markers go under the callee.
fn source_lines(f: &TbEntry, lookup: Option<&Lookup>, lines: &mut Lines, out: &mut String) {
    let Some(full) = lines.get(&f.file, f.line) else { return };
    let stripped = full.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let cols = f.cols.map(|c| lookup.and_then(|l| crate::tb_markers::callee_of(full, c, &l.name, l.attribute)).unwrap_or(c));
    if let Some(markers) = cols.and_then(|c| crate::tb_markers::marker_line(full, c)) {
        out.push_str(&markers);
        out.push('\n');
    }
}

fn format_frames(tb: &[TbEntry], lookup: Option<&Lookup>, lines: &mut Lines, out: &mut String) {
    // tb is innermost first; print outermost first, keeping the innermost LIMIT frames
    let frames: Vec<&TbEntry> = tb.iter().take(TRACEBACK_LIMIT).collect::<Vec<_>>().into_iter().rev().collect();
    let mut last: Option<&TbEntry> = None;
    let mut count = 0usize;
    let flush_repeat = |count: usize, out: &mut String| {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
        }
    };
    for f in frames {
        let same = last.is_some_and(|l| l.file == f.file && l.line == f.line && l.func == f.func);
        if !same {
            flush_repeat(count, out);
            last = Some(f);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", f.file, f.line, f.func));
        let innermost = std::ptr::eq(f, &tb[0]);
        source_lines(f, lookup.filter(|_| innermost), lines, out);
    }
    flush_repeat(count, out);
}

/// A name whose lookup raised the exception being printed.
struct Lookup {
    name: String,
    /// An attribute (AttributeError) rather than a variable (NameError).
    attribute: bool,
}

/// The attribute an AttributeError or the variable a NameError (or UnboundLocalError) is
/// about, from the error's target or CPython's message.
fn failed_lookup(exc: W) -> Option<Lookup> {
    use crate::exceptions as exc_;
    let t = type_of(exc);
    let quoted = |msg: &str, before: &str, after: &str| -> Option<String> {
        let rest = &msg[msg.find(before)? + before.len()..];
        Some(rest[..rest.find(after)?].to_string())
    };
    let msg = || crate::ops::str_string(exc).map_err(|_| exc_::clear()).ok();
    if t.is_subtype(&exc_::ATTRIBUTE_ERROR) {
        let name = match exc_::attribute_error_target(exc) {
            Some((_, name)) => name.to_string(),
            None => quoted(&msg()?, "has no attribute '", "'")?,
        };
        return Some(Lookup { name, attribute: true });
    }
    if t.is_subtype(&exc_::NAME_ERROR) {
        let m = msg()?;
        let name = quoted(&m, "name '", "' is not defined").or_else(|| quoted(&m, "cannot access local variable '", "' where"))?;
        return Some(Lookup { name, attribute: false });
    }
    None
}

fn format_one(exc: W, lines: &mut Lines, seen: &mut Vec<W>, out: &mut String) {
    seen.push(exc);
    let e = eobj(exc);
    if e.cause != 0 && crate::exceptions::is_exc(e.cause) && !seen.contains(&e.cause) {
        format_one(e.cause, lines, seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if e.context != 0 && !e.suppress_context && crate::exceptions::is_exc(e.context) && !seen.contains(&e.context) {
        format_one(e.context, lines, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if !e.tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_frames(&e.tb, failed_lookup(exc).as_ref(), lines, out);
    }
    out.push_str(&format_exception_only(exc));
    out.push('\n');
    if let Some(notes) = crate::exceptions::notes_text(exc) {
        out.push_str(&notes);
    }
}

/// The full report CPython's default excepthook would print for `exc`.
pub fn format_exception(exc: W) -> String {
    let mut out = String::new();
    if !crate::exceptions::is_exc(exc) {
        return out;
    }
    let mut lines = Lines { files: HashMap::new() };
    format_one(exc, &mut lines, &mut Vec::new(), &mut out);
    out
}

/// What the interpreter prints to stderr for an uncaught exception, and the exit status
/// (SystemExit: None -> 0, int -> that code, anything else -> its str and 1).
pub fn uncaught(e: W) -> (String, i32) {
    use crate::exceptions as exc;
    if e == 0 || !exc::is_exc(e) {
        return ("SystemError: error return without exception set\n".into(), 1);
    }
    if type_of(e).is_subtype(&exc::SYSTEM_EXIT) {
        let args = exc::args_of(e);
        let code = match args.len() {
            0 => return (String::new(), 0),
            1 => args[0],
            _ => eobj(e).args,
        };
        if is_none(code) {
            return (String::new(), 0);
        }
        if crate::int::is_int(code) {
            return (String::new(), crate::int::to_i64(code).map(|c| c as i32).unwrap_or(-1));
        }
        let s = crate::ops::str_string(code).unwrap_or_default();
        exc::clear();
        return (format!("{s}\n"), 1);
    }
    (format_exception(e), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exceptions::*;

    #[test]
    fn traceback_layout() {
        let dir = std::env::temp_dir().join(format!("m0tb{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("app.py");
        std::fs::write(&file, "def main():\n    d = {}\n    return d['x']\n\nmain()\n").unwrap();
        let f = file.to_str().unwrap();
        let x = crate::str::new("x");
        let _ = key_error(x.w());
        traceback_add("main", f, 3, Some(TbCols { start: 11, end: Some(17) }));
        traceback_add("<module>", f, 5, Some(TbCols { start: 0, end: Some(6) }));
        let e = fetch();
        let s = format_exception(e);
        assert_eq!(
            s,
            format!(
                "Traceback (most recent call last):\n  File \"{f}\", line 5, in <module>\n    main()\n  File \"{f}\", line 3, in main\n    return d['x']\n           ~^^^^^\nKeyError: 'x'\n"
            )
        );
        decref(e);
    }

    #[test]
    fn failed_method_lookup_marks_the_callee_of_the_innermost_entry() {
        let dir = std::env::temp_dir().join(format!("m0tbm{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("m.py");
        std::fs::write(&file, "def f(a):\n    return a.nope(1)\nv = f(a).nope(2)\n").unwrap();
        let f = file.to_str().unwrap();
        let _ = raise_new(&ATTRIBUTE_ERROR, "'A' object has no attribute 'nope'");
        traceback_add("f", f, 2, Some(TbCols { start: 11, end: Some(20) }));
        traceback_add("<module>", f, 3, Some(TbCols { start: 4, end: Some(16) }));
        let e = fetch();
        assert_eq!(
            format_exception(e),
            format!(
                "Traceback (most recent call last):\n  File \"{f}\", line 3, in <module>\n    v = f(a).nope(2)\n        ^^^^^^^^^^^^\n  File \"{f}\", line 2, in f\n    return a.nope(1)\n           ^^^^^^\nAttributeError: 'A' object has no attribute 'nope'\n"
            )
        );
        decref(e);
    }

    #[test]
    fn system_exit_codes() {
        let code = |args: &[W]| {
            let e = new_exc(&SYSTEM_EXIT, args);
            uncaught(e.w())
        };
        assert_eq!(code(&[]), (String::new(), 0));
        assert_eq!(code(&[none()]), (String::new(), 0));
        assert_eq!(code(&[mk_small(3)]), (String::new(), 3));
        assert_eq!(code(&[true_w()]), (String::new(), 1));
        let m = crate::str::new("bye");
        assert_eq!(code(&[m.w()]), ("bye\n".to_string(), 1));
        assert_eq!(code(&[mk_small(1), mk_small(2)]), ("(1, 2)\n".to_string(), 1));
    }

    #[test]
    fn chaining_and_repeats() {
        let first = new_exc_msg(&VALUE_ERROR, "one");
        let prev = set_handled(first.w());
        let _ = raise_new(&TYPE_ERROR, "two");
        for _ in 0..10 {
            traceback_add("f", "nofile.py", 2, None);
        }
        traceback_add("<module>", "nofile.py", 4, None);
        restore_handled(prev);
        let e = fetch();
        let s = format_exception(e);
        assert_eq!(
            s,
            "ValueError: one\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"nofile.py\", line 4, in <module>\n  File \"nofile.py\", line 2, in f\n  File \"nofile.py\", line 2, in f\n  File \"nofile.py\", line 2, in f\n  [Previous line repeated 7 more times]\nTypeError: two\n"
        );
        decref(e);
    }
}
