//! Source decoding as CPython's tokenizer does it: UTF-8 by default, a UTF-8 byte order
//! mark, or a PEP 263 coding declaration on one of the first two lines.

use crate::SourceFile;
use metal0_dialects::Location;
use metal0_dialects::diagnostic::Diagnostic;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encodings metal0 decodes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Cp1252,
    Latin9,
    Koi8R,
}

/// Decodes `bytes` (the contents of `path`) into source text.
pub fn decode_source(path: &str, bytes: &[u8]) -> Result<SourceFile, Diagnostic> {
    let (has_bom, body) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = coding_declaration(body);
    let encoding = match &declared {
        None => Encoding::Utf8,
        Some((name, line)) => match lookup_encoding(name) {
            Some(e) => e,
            None if is_known_python_codec(name) => {
                return Err(Diagnostic::not_supported(line_loc(path, *line), &format!("source encoding '{name}'"))
                    .with_note("save the file as UTF-8 and remove the coding declaration"));
            }
            None => return Err(Diagnostic::syntax_error(line_loc(path, *line), format!("encoding problem: {name}"))),
        },
    };
    if has_bom && encoding != Encoding::Utf8 {
        let (name, line) = declared.unwrap_or_default();
        return Err(Diagnostic::syntax_error(line_loc(path, line), format!("encoding problem: {} with BOM", tokenizer_normal_name(&name))));
    }
    let text = match encoding {
        Encoding::Utf8 => decode_utf8(path, body, declared.is_some())?,
        Encoding::Latin1 => body.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => body.iter().map(|&b| b as char).collect(),
            Some(_) => return Err(encoding_problem(path, declared)),
        },
        Encoding::Cp1252 => {
            let mut s = String::with_capacity(body.len());
            for &b in body {
                match cp1252_char(b) {
                    Some(c) => s.push(c),
                    None => return Err(encoding_problem(path, declared)),
                }
            }
            s
        }
        Encoding::Latin9 => body.iter().map(|&b| latin9_char(b)).collect(),
        Encoding::Koi8R => {
            let high: Vec<char> = KOI8_R_HIGH.chars().collect();
            body.iter().map(|&b| if b < 0x80 { b as char } else { high[(b - 0x80) as usize] }).collect()
        }
    };
    if let Some(i) = text.find('\0') {
        let line = text[..i].matches('\n').count() as u32 + 1;
        return Err(Diagnostic::syntax_error(line_loc(path, line), "source code cannot contain null bytes"));
    }
    Ok(SourceFile { path: path.to_string(), text })
}

fn encoding_problem(path: &str, declared: Option<(String, u32)>) -> Diagnostic {
    let (name, line) = declared.unwrap_or_default();
    Diagnostic::syntax_error(line_loc(path, line), format!("encoding problem: {name}"))
}

/// A whole-line location (line 0 means "no line": the start of the file).
fn line_loc(path: &str, line: u32) -> Location {
    let line = line.max(1);
    Location::File { file: path.to_string(), line, col: 1, end_line: line, end_col: 1 }
}

/// Decodes UTF-8, reporting the first invalid byte the way CPython does.
fn decode_utf8(path: &str, bytes: &[u8], declared: bool) -> Result<String, Diagnostic> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let col = String::from_utf8_lossy(&bytes[line_start..at]).chars().count() as u32 + 1;
            let loc = Location::File { file: path.to_string(), line, col, end_line: line, end_col: col + 1 };
            let byte = bytes[at];
            let message = if declared {
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xC2).contains(&byte) || byte >= 0xF5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {}: {reason}", at - line_start)
            } else {
                format!("Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details")
            };
            Err(Diagnostic::syntax_error(loc, message).with_label("not valid UTF-8"))
        }
    }
}

/// The PEP 263 declaration (`# -*- coding: name -*-`) on line 1, or on line 2 when line 1
/// holds only a comment or whitespace: the name and its line.
fn coding_declaration(bytes: &[u8]) -> Option<(String, u32)> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_in_line(first) {
        return Some((name, 1));
    }
    let first_is_comment_or_blank = {
        let t = trim_start(first);
        t.is_empty() || t[0] == b'#' || t.iter().all(|b| b.is_ascii_whitespace())
    };
    if !first_is_comment_or_blank {
        return None;
    }
    coding_in_line(lines.next()?).map(|name| (name, 2))
}

fn trim_start(line: &[u8]) -> &[u8] {
    let n = line.iter().take_while(|&&b| matches!(b, b' ' | b'\t' | b'\x0C')).count();
    &line[n..]
}

/// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_in_line(line: &[u8]) -> Option<String> {
    let t = trim_start(line);
    if t.first() != Some(&b'#') {
        return None;
    }
    let mut i = 0;
    while i + 6 < t.len() {
        if &t[i..i + 6] == b"coding" && matches!(t[i + 6], b':' | b'=') {
            let rest = &t[i + 7..];
            let rest = &rest[rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count()..];
            let name: Vec<u8> = rest.iter().copied().take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')).collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        i += 1;
    }
    None
}

/// CPython's tokenizer spelling of the common names (`get_normal_name`).
fn tokenizer_normal_name(name: &str) -> String {
    let n: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if n == "utf-8" || n.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].iter().any(|p| n == *p || n.starts_with(&format!("{p}-"))) {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Python's codec name normalisation: lower case, runs of other characters than letters,
/// digits and `.` become `_`.
fn codec_key(name: &str) -> String {
    let mut out = String::new();
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

fn lookup_encoding(name: &str) -> Option<Encoding> {
    match tokenizer_normal_name(name).as_str() {
        "utf-8" => return Some(Encoding::Utf8),
        "iso-8859-1" => return Some(Encoding::Latin1),
        _ => {}
    }
    Some(match codec_key(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" | "utf_8_sig" => Encoding::Utf8,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100" | "ibm819" | "iso_8859_1_1987" | "csisolatin1" => {
            Encoding::Latin1
        }
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" | "us" => Encoding::Ascii,
        "cp1252" | "windows_1252" | "1252" => Encoding::Cp1252,
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => Encoding::Latin9,
        "koi8_r" | "cskoi8r" => Encoding::Koi8R,
        _ => return None,
    })
}

/// Codecs CPython has that metal0 does not decode (so the message says "not supported"
/// rather than "unknown encoding").
fn is_known_python_codec(name: &str) -> bool {
    let key = codec_key(name);
    const PREFIXES: [&str; 12] = ["iso8859_", "iso_8859_", "cp", "windows_", "mac_", "koi8_", "utf_16", "utf_32", "shift_jis", "euc_", "gb", "big5"];
    PREFIXES.iter().any(|p| key.starts_with(p)) || matches!(key.as_str(), "utf16" | "utf32" | "sjis" | "latin2" | "latin3" | "latin4" | "hz" | "johab" | "ptcp154" | "kz1048" | "tis_620")
}

/// Windows-1252: Latin-1 with printable characters in 0x80..0x9F (five bytes undefined).
fn cp1252_char(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => match HIGH[(b - 0x80) as usize] {
            0 => None,
            c => char::from_u32(c as u32),
        },
        _ => Some(b as char),
    }
}

/// KOI8-R bytes 0x80..=0xFF (generated with Python: `bytes(range(128, 256)).decode('koi8-r')`).
const KOI8_R_HIGH: &str = "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{a0}⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

/// ISO-8859-15: Latin-1 with eight code points replaced (the euro sign among them).
fn latin9_char(b: u8) -> char {
    match b {
        0xA4 => '\u{20AC}',
        0xA6 => '\u{0160}',
        0xA8 => '\u{0161}',
        0xB4 => '\u{017D}',
        0xB8 => '\u{017E}',
        0xBC => '\u{0152}',
        0xBD => '\u{0153}',
        0xBE => '\u{0178}',
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_coding_declarations() {
        assert_eq!(coding_declaration(b"# -*- coding: latin-1 -*-\nx"), Some(("latin-1".into(), 1)));
        assert_eq!(coding_declaration(b"#!/usr/bin/python\n# vim: set fileencoding=utf8 :\n"), Some(("utf8".into(), 2)));
        assert_eq!(coding_declaration(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(coding_declaration(b"x = 1 # coding: latin-1\n"), None);
    }

    #[test]
    fn normalises_codec_names() {
        assert_eq!(lookup_encoding("Latin-1"), Some(Encoding::Latin1));
        assert_eq!(lookup_encoding("ISO_8859_1"), Some(Encoding::Latin1));
        assert_eq!(lookup_encoding("utf8"), Some(Encoding::Utf8));
        assert_eq!(lookup_encoding("US-ASCII"), Some(Encoding::Ascii));
        assert_eq!(lookup_encoding("foobar"), None);
    }
}
