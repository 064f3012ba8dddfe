//! Lone surrogates in str. A Python str may hold any code point, the surrogates U+D800..U+DFFF
//! included (`'\ud800'`, `chr(0xdc80)`, what `surrogateescape` decodes), which UTF-8 and Rust's
//! `str` cannot. The runtime keeps str text as UTF-8 and stores each surrogate as a *stand-in*:
//! the code point U+D0000 + the surrogate, U+DD800..U+DDFFF, in plane 13, which Unicode leaves
//! unassigned. Every operation that works character by character (len, indexing, slicing,
//! concatenation, find, split, replace, case mapping, formatting, hashing, equality) is then
//! right as it is, since stand-ins, like surrogates, have no case, are not printable, not
//! spaces, not digits. What differs is handled here: the
//! code point a character stands for (`ord`, `translate`, codecs), ordering (a surrogate sorts
//! before U+E000, a stand-in after it), `repr`, and the text leaving the program (the
//! UTF-8 encoder refuses surrogates; stderr writes them as `\udXXX`).
//!
//! The price: the 2048 unassigned code points U+DD800..U+DDFFF cannot be held in a str. Text
//! that would contain one (a literal, `chr`, a decoded byte string, argv) raises
//! NotImplementedError instead of being confused with a surrogate.

use crate::object::{PyResult, Raised};
use std::cmp::Ordering;

/// A surrogate's stand-in is `STANDIN_OFFSET + surrogate`.
const STANDIN_OFFSET: u32 = 0xD0000;
const SURROGATES: std::ops::RangeInclusive<u32> = 0xD800..=0xDFFF;
const STANDINS: std::ops::RangeInclusive<u32> = 0xDD800..=0xDDFFF;

/// The error for a code point the stand-ins occupy.
fn unrepresentable(cp: u32) -> Raised {
    crate::exceptions::not_implemented(&format!(
        "the code point U+{cp:05X} in str (metal0 keeps lone surrogates in U+DD800..U+DDFFF)"
    ))
}

/// The character stored for the Python code point `cp` (< 0x110000).
pub fn char_for(cp: u32) -> PyResult<char> {
    if SURROGATES.contains(&cp) {
        return Ok(char::from_u32(cp + STANDIN_OFFSET).unwrap_or('\u{FFFD}'));
    }
    if STANDINS.contains(&cp) {
        return Err(unrepresentable(cp));
    }
    char::from_u32(cp).ok_or_else(|| unrepresentable(cp))
}

/// The Python code point a stored character stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    let u = c as u32;
    if STANDINS.contains(&u) { u - STANDIN_OFFSET } else { u }
}

/// Is this stored character a surrogate's stand-in?
#[inline]
pub fn is_standin(c: char) -> bool {
    STANDINS.contains(&(c as u32))
}

/// Does the stored text hold a surrogate? (Stand-ins are the only UTF-8 starting F3 9D A0..BF.)
pub fn has_standins(s: &str) -> bool {
    !s.is_ascii() && s.as_bytes().windows(3).any(|w| w[0] == 0xF3 && w[1] == 0x9D && w[2] >= 0xA0)
}

/// Checks text coming from outside the program's own str operations (decoded bytes, argv,
/// stdin): a genuine U+DD800..U+DDFFF would read as a surrogate, so it is refused.
pub fn check_incoming(s: &str) -> PyResult<()> {
    match s.chars().find(|&c| is_standin(c)) {
        Some(c) => Err(unrepresentable(c as u32)),
        None => Ok(()),
    }
}

/// Decodes generalised UTF-8 — UTF-8 in which a surrogate may also appear as its 3-byte
/// sequence, as the frontend writes str constants and the `surrogatepass` handler reads —
/// into stored text. None if the bytes are not generalised UTF-8.
pub fn from_generalized_utf8(b: &[u8]) -> Option<PyResult<String>> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Some(check_incoming(s).map(|_| s.to_string()));
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                if let Err(e) = check_incoming(s) {
                    return Some(Err(e));
                }
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let s = std::str::from_utf8(&rest[..good]).unwrap_or("");
                if let Err(e) = check_incoming(s) {
                    return Some(Err(e));
                }
                out.push_str(s);
                let cp = surrogate_at(&rest[good..])?;
                out.push(char_for(cp).ok()?);
                rest = &rest[good + 3..];
            }
        }
    }
    Some(Ok(out))
}

/// The surrogate whose 3-byte sequence starts `b`, if it does.
pub fn surrogate_at(b: &[u8]) -> Option<u32> {
    if b.len() >= 3 && b[0] == 0xED && (0xA0..=0xBF).contains(&b[1]) && (0x80..=0xBF).contains(&b[2]) {
        Some(0xD000 | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F))
    } else {
        None
    }
}

/// The text with each surrogate written as `\udXXX` (the `backslashreplace` handler, which
/// CPython's stderr uses).
pub fn backslash_replaced(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_standins(s) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_standin(c) {
            out.push_str(&format!("\\u{:04x}", code_point(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Orders two stored texts by Python code points.
pub fn cmp(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let Some(i) = mismatch(x, y) else {
        return x.len().cmp(&y.len());
    };
    if x[i] < 0x80 || y[i] < 0x80 {
        return x[i].cmp(&y[i]);
    }
    // Both differ inside a multi-byte character, which starts at the same offset in both.
    let mut start = i;
    while start > 0 && (x[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let ca = a[start..].chars().next().map_or(0, code_point);
    let cb = b[start..].chars().next().map_or(0, code_point);
    ca.cmp(&cb)
}

/// The first index where the slices differ (within the shorter one).
fn mismatch(x: &[u8], y: &[u8]) -> Option<usize> {
    let n = x.len().min(y.len());
    let mut i = 0;
    while i + 8 <= n && x[i..i + 8] == y[i..i + 8] {
        i += 8;
    }
    (i..n).find(|&j| x[j] != y[j])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(cps: &[u32]) -> String {
        cps.iter().map(|&c| char_for(c).unwrap()).collect()
    }

    #[test]
    fn stand_ins_round_trip() {
        for cp in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            let c = char_for(cp).unwrap();
            assert!(is_standin(c));
            assert_eq!(code_point(c), cp);
        }
        assert_eq!(char_for(0x41).unwrap(), 'A');
        assert!(char_for(0xDD800).is_err());
        crate::exceptions::clear();
        assert!(has_standins(&stored(&[0x61, 0xDC80])));
        assert!(!has_standins("\u{DD7FF}\u{DE000}\u{10FFFF}"));
    }

    #[test]
    fn order_is_by_code_point() {
        // python3: sorted of these code points is numeric order
        let cps = [0x41, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0xDD7FF, 0xDE000, 0x10FFFF];
        for (i, &p) in cps.iter().enumerate() {
            for (j, &q) in cps.iter().enumerate() {
                assert_eq!(cmp(&stored(&[0x61, p]), &stored(&[0x61, q])), i.cmp(&j), "{p:x} {q:x}");
            }
        }
        assert_eq!(cmp(&stored(&[0xD800]), &stored(&[0xD800, 0x41])), Ordering::Less);
    }

    #[test]
    fn generalized_utf8() {
        let s = from_generalized_utf8(b"a\xED\xA0\x80b").unwrap().unwrap();
        assert_eq!(s.chars().map(code_point).collect::<Vec<_>>(), [0x61, 0xD800, 0x62]);
        assert!(from_generalized_utf8(b"\xFF").is_none());
        assert!(from_generalized_utf8("\u{DDFFF}".as_bytes()).unwrap().is_err());
        crate::exceptions::clear();
        assert_eq!(backslash_replaced(&s), "a\\ud800b");
    }
}
