//! Renders diagnostics with ariadne, without colours: a `SyntaxError: ...` or `error: ...`
//! header, `file:line:col`, the source line with the span underlined and the label under it,
//! then the notes.

use crate::SourceFile;
use crate::location::CharLines;
use ariadne::{Color, Config, Label, Report, ReportKind, Source};
use metal0_dialects::Location;
use metal0_dialects::diagnostic::{Diagnostic, DiagnosticKind};

/// Renders every diagnostic against `file`, one report after the other.
pub fn render_diagnostics(diags: &[Diagnostic], file: &SourceFile) -> String {
    // ariadne also breaks lines at form feeds, vertical tabs and Unicode line separators;
    // Python does not, so they are shown as spaces to keep line numbers aligned.
    let shown: String = file.text.chars().map(|c| if matches!(c, '\x0B' | '\x0C' | '\u{85}' | '\u{2028}' | '\u{2029}') { ' ' } else { c }).collect();
    // Built once: a file can have hundreds of diagnostics.
    let index = CharLines::new(&shown);
    let chars: Vec<char> = shown.chars().collect();
    let mut source = (file.path.as_str(), Source::from(shown.as_str()));
    let mut out = String::new();
    for d in diags {
        out.push_str(&render_one(d, file, &index, &chars, &mut source));
    }
    out
}

fn header(d: &Diagnostic) -> &'static str {
    match d.kind {
        DiagnosticKind::SyntaxError => "SyntaxError",
        _ => "error",
    }
}

fn render_one<'a>(d: &Diagnostic, file: &'a SourceFile, index: &CharLines, chars: &[char], source: &mut (&'a str, Source<&str>)) -> String {
    let span = match &d.loc {
        Location::File { file: f, .. } if *f == file.path => index.char_span(&d.loc),
        _ => None,
    };
    let Some(span) = span.map(|s| displayed_span(chars, s)) else { return render_without_source(d) };
    let path = file.path.as_str();
    let mut report = Report::build(ReportKind::Custom(header(d), Color::Red), (path, span.clone()))
        .with_config(Config::default().with_color(false))
        .with_message(&d.message);
    let text = if d.label.is_empty() { "here" } else { d.label.as_str() };
    report = report.with_label(Label::new((path, span)).with_message(text));
    for note in &d.notes {
        report = report.with_note(note);
    }
    let mut buf = Vec::new();
    if report.finish().write(source, &mut buf).is_err() {
        return render_without_source(d);
    }
    strip_ansi(&String::from_utf8_lossy(&buf))
}

/// The part of a span that is underlined: at least one character (an empty span at the end of
/// a line points at the line break), at most the rest of its first line.
fn displayed_span(chars_all: &[char], mut span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let is_break = |i: usize| chars_all.get(i).is_none_or(|&c| c == '\n' || c == '\r');
    if is_break(span.start) {
        // Nothing to underline at the end of a line or of the file (an unexpected end of
        // input): point at the last character before it.
        let mut i = span.start.min(chars_all.len());
        while i > 0 && is_break(i - 1) {
            i -= 1;
        }
        if i > 0 {
            span = i - 1..i;
        }
    }
    let chars: Vec<char> = chars_all.iter().copied().skip(span.start).take(span.end.saturating_sub(span.start).max(1)).collect();
    let first_line = chars.iter().position(|&c| c == '\n' || c == '\r').unwrap_or(chars.len());
    let len = if span.end > span.start { first_line.max(1).min(span.end - span.start) } else { 1 };
    span.start..span.start + len
}

/// `file:line:col: error: message` plus notes, for diagnostics outside the source text.
fn render_without_source(d: &Diagnostic) -> String {
    let mut out = match &d.loc {
        Location::File { file, line, col, .. } => format!("{file}:{line}:{col}: {}: {}\n", header(d), d.message),
        Location::Unknown => format!("{}: {}\n", header(d), d.message),
    };
    for note in &d.notes {
        out.push_str(&format!("  = note: {note}\n"));
    }
    out
}

/// Removes ANSI colour escapes (ariadne colours custom report kinds regardless of config).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
