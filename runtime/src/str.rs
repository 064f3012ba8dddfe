//! str objects: immutable UTF-8 text with a cached code-point length, ASCII flag and hash;
//! construction, repr (CPython's quoting and escapes), indexing, slicing, concatenation,
//! repetition and comparison. Methods live in `strmethods.rs`.

use crate::exceptions::{index_error, type_error};
use crate::object::*;
use std::cell::Cell;
use std::sync::OnceLock;

#[repr(C)]
pub struct StrObj {
    pub hdr: ObjHeader,
    /// -1 until computed.
    pub hash: Cell<i64>,
    pub nchars: usize,
    pub ascii: bool,
    pub s: Box<str>,
}

impl StrObj {
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
}

static ASCII_CHARS: OnceLock<Vec<W>> = OnceLock::new();
static EMPTY: OnceLock<W> = OnceLock::new();

fn immortal(s: &str) -> W {
    let w = alloc(make(s.into()));
    unsafe { obj::<ObjHeader>(w).ob_refcnt.store(IMMORTAL, std::sync::atomic::Ordering::Relaxed) };
    w
}

fn make(s: Box<str>) -> StrObj {
    let ascii = s.is_ascii();
    let nchars = if ascii { s.len() } else { s.chars().count() };
    StrObj { hdr: ObjHeader::new(&STR_TYPE), hash: Cell::new(-1), nchars, ascii, s }
}

/// A one-character ASCII str (cached, immortal).
#[inline]
pub fn ascii_char(b: u8) -> Ref {
    let t = ASCII_CHARS.get_or_init(|| (0u8..128).map(|c| immortal(std::str::from_utf8(&[c]).unwrap())).collect());
    Ref::new(t[b as usize])
}

pub fn empty() -> Ref {
    Ref::new(*EMPTY.get_or_init(|| immortal("")))
}

pub fn new(s: &str) -> Ref {
    match s.len() {
        0 => empty(),
        1 if s.as_bytes()[0] < 128 => ascii_char(s.as_bytes()[0]),
        _ => Ref::new(alloc(make(s.into()))),
    }
}

/// An instance of `str` subclass `t` (a heap class whose instances are str objects) with
/// the text of str `w`.
pub fn new_of_type(t: &'static TypeObject, w: W) -> Ref {
    let o = sobj(w);
    Ref::new(alloc(StrObj { hdr: ObjHeader::new(t), hash: Cell::new(-1), nchars: o.nchars, ascii: o.ascii, s: o.s.clone() }))
}

/// `w` itself when an exact str, else (an instance of a subclass) a plain str of its text,
/// as CPython's str methods and operators return for a subclass.
pub fn exact(w: W) -> Ref {
    if !type_of(w).heap {
        return Ref::borrow(w);
    }
    let o = sobj(w);
    from_string_known(o.s.to_string(), o.nchars, o.ascii)
}

pub fn from_string(s: String) -> Ref {
    match s.len() {
        0 => empty(),
        1 if s.as_bytes()[0] < 128 => ascii_char(s.as_bytes()[0]),
        _ => Ref::new(alloc(make(s.into_boxed_str()))),
    }
}

/// Creates a str with a known character count and ASCII flag.
pub fn from_string_known(s: String, nchars: usize, ascii: bool) -> Ref {
    if s.len() <= 1 {
        return from_string(s);
    }
    Ref::new(alloc(StrObj { hdr: ObjHeader::new(&STR_TYPE), hash: Cell::new(-1), nchars, ascii, s: s.into_boxed_str() }))
}

pub fn from_char(c: char) -> Ref {
    if c.is_ascii() {
        ascii_char(c as u8)
    } else {
        let mut b = [0u8; 4];
        new(c.encode_utf8(&mut b))
    }
}

#[inline]
pub fn is_str(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Str
}

#[inline]
pub fn sobj(w: W) -> &'static StrObj {
    unsafe { obj::<StrObj>(w) }
}

/// The text of a str word (caller has checked the type).
#[inline]
pub fn s(w: W) -> &'static str {
    &sobj(w).s
}

pub fn as_str(w: W) -> Option<&'static str> {
    if is_str(w) { Some(s(w)) } else { None }
}

pub fn len(w: W) -> usize {
    sobj(w).nchars
}

/// Orders two strs by code points (as CPython compares them).
pub fn cmp(a: W, b: W) -> std::cmp::Ordering {
    let (x, y) = (sobj(a), sobj(b));
    if x.ascii || y.ascii {
        // A stand-in is never the first difference from ASCII text in the wrong direction: it
        // sorts after every ASCII character either way.
        return x.s.as_bytes().cmp(y.s.as_bytes());
    }
    crate::surrogates::cmp(&x.s, &y.s)
}

pub fn hash(w: W) -> i64 {
    let o = sobj(w);
    let h = o.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(o.s.as_bytes());
    o.hash.set(h);
    h
}

/// The hash of a str with these UTF-8 bytes (FNV-1a, then a final mix; never -1).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut x: u64 = 0xcbf29ce484222325;
    for &c in b {
        x ^= c as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    x ^= x >> 29;
    let h = x as i64;
    if h == -1 { -2 } else { h }
}

/// Byte offset of code point `i` (i <= nchars).
pub fn byte_offset(o: &StrObj, i: usize) -> usize {
    if o.ascii {
        return i;
    }
    o.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(o.s.len())
}

/// Python-style normalisation of an index (negative counts from the end).
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 { None } else { Some(j as usize) }
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let o = sobj(w);
    let Some(j) = norm_index(i, o.nchars) else {
        return Err(index_error("string index out of range"));
    };
    if o.ascii {
        return Ok(ascii_char(o.s.as_bytes()[j]));
    }
    Ok(from_char(o.s.chars().nth(j).unwrap_or(' ')))
}

pub fn getslice(w: W, start: i64, stop: i64, step: i64) -> Ref {
    let o = sobj(w);
    let n = crate::slice::slice_len(start, stop, step);
    if step == 1 {
        if n == 0 {
            return empty();
        }
        if start == 0 && n == o.nchars {
            return Ref::borrow(w);
        }
        if o.ascii {
            return from_string_known(o.s[start as usize..stop as usize].to_string(), n, true);
        }
        let a = byte_offset(o, start as usize);
        let sub = &o.s[a..];
        let b = sub.char_indices().nth(n).map(|(b, _)| b).unwrap_or(sub.len());
        return from_string(sub[..b].to_string());
    }
    let mut out = String::with_capacity(n);
    if o.ascii {
        let bytes = o.s.as_bytes();
        let mut i = start;
        for _ in 0..n {
            out.push(bytes[i as usize] as char);
            i += step;
        }
        return from_string_known(out, n, true);
    }
    let chars: Vec<char> = o.s.chars().collect();
    let mut i = start;
    for _ in 0..n {
        out.push(chars[i as usize]);
        i += step;
    }
    from_string(out)
}

pub fn concat(a: W, b: W) -> Ref {
    let (x, y) = (sobj(a), sobj(b));
    if x.nchars == 0 {
        return Ref::borrow(b);
    }
    if y.nchars == 0 {
        return Ref::borrow(a);
    }
    let mut s = String::with_capacity(x.s.len() + y.s.len());
    s.push_str(&x.s);
    s.push_str(&y.s);
    from_string_known(s, x.nchars + y.nchars, x.ascii && y.ascii)
}

pub fn repeat(a: W, n: i64) -> PyResult<Ref> {
    let o = sobj(a);
    if n <= 0 || o.nchars == 0 {
        return Ok(empty());
    }
    if n == 1 {
        return Ok(Ref::borrow(a));
    }
    let total = o.s.len().checked_mul(n as usize).filter(|t| *t < (1 << 40));
    let Some(_) = total else {
        return Err(crate::exceptions::raise_new(&crate::exceptions::MEMORY_ERROR, ""));
    };
    Ok(from_string_known(o.s.repeat(n as usize), o.nchars * n as usize, o.ascii))
}

pub fn concat_err(b: W) -> crate::object::Raised {
    type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b)))
}

/// Is the character printable in CPython's sense (used by repr)?
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    crate::unicode_tables::contains(&crate::unicode_tables::PRINTABLE, c)
}

/// repr(str) exactly as CPython (quote choice and escapes); `ascii_only` for ascii().
pub fn repr_of(s: &str, ascii_only: bool) -> String {
    let has_sq = s.contains('\'');
    let has_dq = s.contains('"');
    let q = if has_sq && !has_dq { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x7f && (c as u32) >= 0x20 => out.push(c),
            c if !ascii_only && (c as u32) >= 0x80 && is_printable(c) => out.push(c),
            c => out.push_str(&escape_code_point(c)),
        }
    }
    out.push(q);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as repr() and codec errors write a code point.
pub fn escape_code_point(c: char) -> String {
    let u = crate::surrogates::code_point(c);
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

pub fn repr(w: W) -> String {
    repr_of(s(w), false)
}

/// Python's str.isspace for one character.
#[inline]
pub fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    crate::unicode_tables::contains(&crate::unicode_tables::SPACE, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        // python3: repr of each
        assert_eq!(repr_of("abc", false), "'abc'");
        assert_eq!(repr_of("it's", false), "\"it's\"");
        assert_eq!(repr_of("a'b\"c", false), "'a\\'b\"c'");
        assert_eq!(repr_of("a\nb\tc\\", false), "'a\\nb\\tc\\\\'");
        assert_eq!(repr_of("\x00\x7f\u{a0}é", false), "'\\x00\\x7f\\xa0é'");
        assert_eq!(repr_of("\u{200b}日本", false), "'\\u200b日本'");
        assert_eq!(repr_of("é\u{1F600}", true), "'\\xe9\\U0001f600'");
        assert_eq!(repr_of("\u{1F600}", false), "'\u{1F600}'");
    }

    #[test]
    fn indexing_and_slicing() {
        let a = new("héllo");
        assert_eq!(len(a.w()), 5);
        assert_eq!(s(getitem_index(a.w(), 1).unwrap().w()), "é");
        assert_eq!(s(getitem_index(a.w(), -1).unwrap().w()), "o");
        assert!(getitem_index(a.w(), 5).is_err());
        crate::exceptions::clear();
        assert_eq!(s(getslice(a.w(), 1, 4, 1).w()), "éll");
        assert_eq!(s(getslice(a.w(), 4, -1, -1).w()), "olléh");
        let b = new("abcdef");
        assert_eq!(s(getslice(b.w(), 0, 6, 2).w()), "ace");
        assert_eq!(s(concat(a.w(), b.w()).w()), "hélloabcdef");
        assert_eq!(len(repeat(a.w(), 3).unwrap().w()), 15);
    }
}
