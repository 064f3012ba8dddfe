//! Source decoding: UTF-8 by default, a UTF-8 byte order mark, PEP 263 coding declarations,
//! and CPython's errors for undecodable files.

use metal0_dialects::Location;
use metal0_frontend_python::{DiagnosticKind, decode_source, read_source};

#[test]
fn utf8_is_the_default() {
    let f = decode_source("app.py", "print('héllo')\n".as_bytes()).unwrap();
    assert_eq!(f.text, "print('héllo')\n");
    assert_eq!(f.path, "app.py");
}

#[test]
fn byte_order_mark_is_removed() {
    let f = decode_source("app.py", b"\xEF\xBB\xBFx = 1\n").unwrap();
    assert_eq!(f.text, "x = 1\n");
    let f = decode_source("app.py", b"\xEF\xBB\xBF# coding: utf-8\nx = 1\n").unwrap();
    assert_eq!(f.text, "# coding: utf-8\nx = 1\n");
}

#[test]
fn latin1_coding_line() {
    let f = decode_source("app.py", b"# -*- coding: latin-1 -*-\nprint('\xE9')\n").unwrap();
    assert_eq!(f.text, "# -*- coding: latin-1 -*-\nprint('\u{e9}')\n");
    let f = decode_source("app.py", b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = '\xFF'\n").unwrap();
    assert!(f.text.ends_with("s = '\u{ff}'\n"));
}

#[test]
fn other_single_byte_encodings() {
    assert_eq!(decode_source("a.py", b"# coding: cp1252\n'\x80'\n").unwrap().text, "# coding: cp1252\n'\u{20ac}'\n");
    assert_eq!(decode_source("a.py", b"# coding: iso-8859-15\n'\xA4'\n").unwrap().text, "# coding: iso-8859-15\n'\u{20ac}'\n");
    assert_eq!(decode_source("a.py", b"# coding: koi8-r\n'\xE9'\n").unwrap().text, "# coding: koi8-r\n'\u{418}'\n");
    assert_eq!(decode_source("a.py", b"# coding: ascii\nx = 1\n").unwrap().text, "# coding: ascii\nx = 1\n");
}

#[test]
fn a_coding_line_after_code_is_ignored() {
    let err = decode_source("app.py", b"x = 1\n# coding: latin-1\ny = '\xE9'\n").unwrap_err();
    assert!(err.message.starts_with("Non-UTF-8 code starting with '\\xe9' in file app.py on line 3"), "{}", err.message);
}

#[test]
fn invalid_utf8_reports_cpythons_message() {
    let err = decode_source("app.py", b"x = 1\ny = '\xFF'\n").unwrap_err();
    assert_eq!(err.kind, DiagnosticKind::SyntaxError);
    assert_eq!(
        err.message,
        "Non-UTF-8 code starting with '\\xff' in file app.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(err.loc, Location::File { file: "app.py".into(), line: 2, col: 6, end_line: 2, end_col: 7 });
    let err = decode_source("app.py", b"# coding: utf-8\nx = '\xFF'\n").unwrap_err();
    assert_eq!(err.message, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
    let err = decode_source("app.py", b"# coding: utf-8\nx = '\xC3('\n").unwrap_err();
    assert!(err.message.ends_with("invalid continuation byte"), "{}", err.message);
}

#[test]
fn encoding_problems() {
    let err = decode_source("app.py", b"# coding: ascii\nprint('\xC3\xA9')\n").unwrap_err();
    assert_eq!(err.message, "encoding problem: ascii");
    let err = decode_source("app.py", b"# coding: foobar\n").unwrap_err();
    assert_eq!((err.kind, err.message.as_str()), (DiagnosticKind::SyntaxError, "encoding problem: foobar"));
    let err = decode_source("app.py", b"\xEF\xBB\xBF# coding: latin-1\n").unwrap_err();
    assert_eq!(err.message, "encoding problem: iso-8859-1 with BOM");
    let err = decode_source("app.py", b"# coding: shift_jis\n").unwrap_err();
    assert_eq!((err.kind, err.message.as_str()), (DiagnosticKind::NotSupported, "not supported yet: source encoding 'shift_jis'"));
}

#[test]
fn null_bytes_are_refused() {
    let err = decode_source("app.py", b"x = 1\ny = 2\x00\n").unwrap_err();
    assert_eq!(err.message, "source code cannot contain null bytes");
    assert_eq!(err.loc.line(), 2);
}

#[test]
fn unreadable_paths() {
    let missing = read_source(std::path::Path::new("/nonexistent/app.py")).unwrap_err();
    assert_eq!(missing.kind, DiagnosticKind::Error);
    assert!(missing.message.contains("can't open file '/nonexistent/app.py'"), "{}", missing.message);
    let dir = read_source(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_err();
    assert!(dir.message.contains("is a directory"), "{}", dir.message);
}

#[test]
fn decoding_errors_render_without_the_source_text() {
    let err = decode_source("app.py", b"x = '\xFF'\n").unwrap_err();
    let empty = metal0_frontend_python::SourceFile { path: "app.py".into(), text: String::new() };
    let shown = metal0_frontend_python::render_diagnostics(&[err], &empty);
    assert!(shown.starts_with("app.py:1:6: SyntaxError: Non-UTF-8 code starting with '\\xff'"), "{shown}");
}
