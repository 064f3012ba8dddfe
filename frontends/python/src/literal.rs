//! Literal values the way CPython builds them: ints of any size as decimal text, string
//! literals whose escapes produce lone surrogates (kept as 3-byte sequences, which ruff's
//! decoded `String` cannot hold), and `repr` of a str for messages.

use metal0_dialects::Attr;

/// The `value` attribute of `py.const_int` for an integer literal's source text (`0x_ff`,
/// `1_000`, ...): an i64 when it fits, else the decimal digits as a string.
pub fn int_literal_attr(text: &str) -> Attr {
    let digits: String = text.chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
    let (radix, body) = if let Some(b) = digits.strip_prefix("0x") {
        (16, b)
    } else if let Some(b) = digits.strip_prefix("0o") {
        (8, b)
    } else if let Some(b) = digits.strip_prefix("0b") {
        (2, b)
    } else {
        (10, digits.as_str())
    };
    if let Ok(v) = i64::from_str_radix(body, radix) {
        return Attr::i64(v);
    }
    match to_decimal(body, radix) {
        Some(d) => Attr::str(&d),
        None => Attr::str(text),
    }
}

/// Converts digits in `radix` to decimal text (arbitrary size).
fn to_decimal(body: &str, radix: u32) -> Option<String> {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs of nine decimal digits.
    let mut limbs: Vec<u64> = vec![0];
    for c in body.chars() {
        let d = c.to_digit(radix)? as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = format!("{}", limbs.last().copied().unwrap_or(0));
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    Some(out)
}

/// The UTF-8 bytes of a string literal part whose decoded value (`decoded`, from ruff) may
/// hold U+FFFD where the source wrote a lone surrogate escape (`\ud800`): those are
/// re-decoded from the source text `source` (prefix, quotes and all) and encoded as 3-byte
/// sequences. `fstring` treats `{{`/`}}` as single braces (f-string literal text, where
/// `source` is just the literal text without quotes).
pub fn string_bytes(decoded: &str, source: &str, fstring: bool) -> Vec<u8> {
    if !decoded.contains('\u{FFFD}') {
        return decoded.as_bytes().to_vec();
    }
    let (raw, content) = if fstring { (false, source) } else { split_literal(source) };
    if raw || !content.contains('\\') {
        return decoded.as_bytes().to_vec();
    }
    let pieces = decode_escapes(content, fstring);
    let chars: Vec<char> = decoded.chars().collect();
    if pieces.len() != chars.len() {
        return decoded.as_bytes().to_vec();
    }
    let mut out = Vec::with_capacity(decoded.len());
    for (piece, c) in pieces.iter().zip(chars) {
        match piece {
            Piece::Surrogate(s) => push_code_point(&mut out, *s),
            Piece::Char => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out
}

/// Splits `r'...'` into (is raw, the text between the quotes).
fn split_literal(source: &str) -> (bool, &str) {
    let prefix_len = source.find(['\'', '"']).unwrap_or(0);
    let raw = source[..prefix_len].contains(['r', 'R']);
    let rest = &source[prefix_len..];
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") { 3 } else { 1 };
    let content = rest.get(q..rest.len().saturating_sub(q)).unwrap_or("");
    (raw, content)
}

/// One decoded code point: a lone surrogate, or any other character (whose value ruff got
/// right).
enum Piece {
    Char,
    Surrogate(u32),
}

/// Decodes the escapes of a non-raw str literal body into one piece per code point.
fn decode_escapes(content: &str, fstring: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chars = content.chars().peekable();
    while let Some(c) = chars.next() {
        if fstring && (c == '{' || c == '}') && chars.peek() == Some(&c) {
            chars.next();
            out.push(Piece::Char);
            continue;
        }
        if c != '\\' {
            out.push(Piece::Char);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push(Piece::Char);
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => out.push(Piece::Char),
            '0'..='7' => {
                for _ in 0..2 {
                    if chars.peek().is_some_and(|d| ('0'..='7').contains(d)) {
                        chars.next();
                    }
                }
                out.push(Piece::Char);
            }
            'x' => {
                for _ in 0..2 {
                    chars.next();
                }
                out.push(Piece::Char);
            }
            'u' | 'U' => {
                let n = if e == 'u' { 4 } else { 8 };
                let hex: String = (0..n).filter_map(|_| chars.next()).collect();
                match u32::from_str_radix(&hex, 16) {
                    Ok(v) if (0xD800..=0xDFFF).contains(&v) => out.push(Piece::Surrogate(v)),
                    _ => out.push(Piece::Char),
                }
            }
            'N' if chars.peek() == Some(&'{') => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
                out.push(Piece::Char);
            }
            _ => {
                // An unknown escape keeps its backslash: two characters.
                out.push(Piece::Char);
                out.push(Piece::Char);
            }
        }
    }
    out
}

/// Appends a code point (surrogates included) in UTF-8's 3-byte form.
fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    out.push(0xE0 | (cp >> 12) as u8);
    out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
    out.push(0x80 | (cp & 0x3F) as u8);
}

/// Python's `repr` of a str.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7F..0xA0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_ints_become_decimal() {
        assert_eq!(int_literal_attr("5"), Attr::i64(5));
        assert_eq!(int_literal_attr("0xff"), Attr::i64(255));
        assert_eq!(int_literal_attr("1_000"), Attr::i64(1000));
        assert_eq!(int_literal_attr("9223372036854775808"), Attr::str("9223372036854775808"));
        assert_eq!(int_literal_attr("0x1_0000_0000_0000_0000"), Attr::str("18446744073709551616"));
        assert_eq!(int_literal_attr("0b1"), Attr::i64(1));
    }

    #[test]
    fn lone_surrogates_survive() {
        assert_eq!(string_bytes("a\u{FFFD}b", r"'a\ud800b'", false), b"a\xED\xA0\x80b".to_vec());
        assert_eq!(string_bytes("\u{FFFD}\u{FFFD}", r#""\ud83d\ude00""#, false), b"\xED\xA0\xBD\xED\xB8\x80".to_vec());
        assert_eq!(string_bytes("\u{FFFD}", "'\u{FFFD}'", false), "\u{FFFD}".as_bytes().to_vec());
        assert_eq!(string_bytes("x\u{FFFD}", r"'\N{LATIN SMALL LETTER X}\udfff'", false), b"x\xED\xBF\xBF".to_vec());
    }

    #[test]
    fn repr_of_str() {
        assert_eq!(py_str_repr("a"), "'a'");
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("a\nb"), "'a\\nb'");
    }
}
