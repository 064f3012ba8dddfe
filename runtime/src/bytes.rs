//! bytes objects: immutable byte strings with repr, indexing, slicing, concatenation,
//! repetition, membership and the common methods (decode, hex, find, count, join, ...).

use crate::exceptions::{index_error, raise_new, type_error, UNICODE_DECODE_ERROR};
use crate::func::Args;
use crate::object::*;
use crate::ops;
use std::cell::Cell;

#[repr(C)]
pub struct BytesObj {
    pub hdr: ObjHeader,
    pub hash: Cell<i64>,
    pub data: Box<[u8]>,
}

pub fn new(b: &[u8]) -> Ref {
    Ref::new(alloc(BytesObj { hdr: ObjHeader::new(&BYTES_TYPE), hash: Cell::new(-1), data: b.into() }))
}

pub fn from_vec(b: Vec<u8>) -> Ref {
    Ref::new(alloc(BytesObj { hdr: ObjHeader::new(&BYTES_TYPE), hash: Cell::new(-1), data: b.into_boxed_slice() }))
}

#[inline]
pub fn is_bytes(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Bytes
}

/// bytes or (later) bytearray: the objects whose buffer `data` reads.
#[inline]
pub fn is_bytes_like(w: W) -> bool {
    is_bytes(w)
}

#[inline]
pub fn data(w: W) -> &'static [u8] {
    unsafe { &obj::<BytesObj>(w).data }
}

pub fn repr_of(d: &[u8]) -> String {
    let has_sq = d.contains(&b'\'');
    let has_dq = d.contains(&b'"');
    let q = if has_sq && !has_dq { b'"' } else { b'\'' };
    let mut s = String::with_capacity(d.len() + 3);
    s.push('b');
    s.push(q as char);
    for &c in d {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c == q => {
                s.push('\\');
                s.push(c as char)
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(q as char);
    s
}

pub fn repr(w: W) -> String {
    repr_of(data(w))
}

pub fn hash(w: W) -> i64 {
    let o = unsafe { obj::<BytesObj>(w) };
    if o.hash.get() != -1 {
        return o.hash.get();
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &b in o.data.iter() {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let mut h = (x ^ (x >> 31)) as i64;
    if h == -1 {
        h = -2;
    }
    o.hash.set(h);
    h
}

pub fn concat(a: W, b: W) -> Ref {
    let mut v = data(a).to_vec();
    v.extend_from_slice(data(b));
    from_vec(v)
}

pub fn repeat(a: W, n: i64) -> PyResult<Ref> {
    if n <= 0 {
        return Ok(new(&[]));
    }
    if data(a).len().saturating_mul(n as usize) > (1 << 40) {
        return Err(raise_new(&crate::exceptions::MEMORY_ERROR, ""));
    }
    Ok(from_vec(data(a).repeat(n as usize)))
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let d = data(w);
    match crate::str::norm_index(i, d.len()) {
        Some(j) => Ok(Ref::int(d[j] as i64)),
        None => Err(index_error("index out of range")),
    }
}

pub fn getslice(w: W, start: i64, stop: i64, step: i64) -> Ref {
    let d = data(w);
    let n = crate::slice::slice_len(start, stop, step);
    let mut v = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        v.push(d[i as usize]);
        i += step;
    }
    from_vec(v)
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

pub fn contains(w: W, x: W) -> PyResult<bool> {
    if crate::int::is_int(x) {
        let v = ops::index_arg(x)?;
        if !(0..256).contains(&v) {
            return Err(crate::exceptions::value_error("byte must be in range(0, 256)"));
        }
        return Ok(data(w).contains(&(v as u8)));
    }
    if is_bytes(x) {
        return Ok(find_sub(data(w), data(x)).is_some());
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x))))
}

fn bytes_arg(x: W) -> PyResult<&'static [u8]> {
    if is_bytes(x) {
        Ok(data(x))
    } else {
        Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x))))
    }
}

/// Decodes UTF-8 (the only codec supported), strict errors as CPython words them.
pub fn decode_utf8(d: &[u8]) -> PyResult<Ref> {
    match std::str::from_utf8(d) {
        Ok(s) => Ok(crate::str::new(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if d[pos] >= 0x80 && d[pos] < 0xc0 => "invalid start byte",
                Some(_) if d[pos] >= 0xf8 || d[pos] == 0xc0 || d[pos] == 0xc1 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(raise_new(
                &UNICODE_DECODE_ERROR,
                format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {reason}", d[pos]),
            ))
        }
    }
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let d = data(w);
    match name {
        "decode" => {
            a.check_kw("decode", &["encoding", "errors"])?;
            let enc = a.pos.first().copied().or(a.kw("encoding"));
            if let Some(e) = enc {
                let e = crate::str::as_str(e).unwrap_or("").to_ascii_lowercase().replace('_', "-");
                if !matches!(e.as_str(), "utf-8" | "utf8" | "ascii" | "latin-1" | "latin1") {
                    return Err(crate::exceptions::not_implemented(&format!("the '{e}' codec")));
                }
                if e == "latin-1" || e == "latin1" {
                    return Ok(crate::str::from_string(d.iter().map(|&b| b as char).collect()));
                }
            }
            decode_utf8(d)
        }
        "hex" => {
            a.expect("hex", 0, 0)?;
            Ok(crate::str::from_string(d.iter().map(|b| format!("{b:02x}")).collect()))
        }
        "startswith" | "endswith" => {
            a.expect(name, 1, 1)?;
            let p = bytes_arg(a.pos[0])?;
            Ok(Ref::bool(if name == "startswith" { d.starts_with(p) } else { d.ends_with(p) }))
        }
        "find" | "index" => {
            a.expect(name, 1, 1)?;
            let r = if crate::int::is_int(a.pos[0]) {
                let v = ops::index_arg(a.pos[0])?;
                d.iter().position(|&b| b as i64 == v)
            } else {
                find_sub(d, bytes_arg(a.pos[0])?)
            };
            match r {
                Some(i) => Ok(Ref::int(i as i64)),
                None if name == "find" => Ok(Ref::int(-1)),
                None => Err(crate::exceptions::value_error("subsection not found")),
            }
        }
        "count" => {
            a.expect("count", 1, 1)?;
            let n = bytes_arg(a.pos[0])?;
            if n.is_empty() {
                return Ok(Ref::int(d.len() as i64 + 1));
            }
            let mut c = 0;
            let mut i = 0;
            while i + n.len() <= d.len() {
                if &d[i..i + n.len()] == n {
                    c += 1;
                    i += n.len();
                } else {
                    i += 1;
                }
            }
            Ok(Ref::int(c))
        }
        "join" => {
            a.exactly_one("bytes.join")?;
            let parts = ops::collect(a.pos[0])?;
            let mut out = Vec::new();
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(d);
                }
                if !is_bytes(p.w()) {
                    return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(p.w()))));
                }
                out.extend_from_slice(data(p.w()));
            }
            Ok(from_vec(out))
        }
        "upper" => Ok(from_vec(d.to_ascii_uppercase())),
        "lower" => Ok(from_vec(d.to_ascii_lowercase())),
        "strip" => {
            a.expect("strip", 0, 0)?;
            let s = d.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(d.len());
            let e = d.iter().rposition(|c| !c.is_ascii_whitespace()).map(|i| i + 1).unwrap_or(s);
            Ok(new(&d[s..e.max(s)]))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

pub fn has_method(name: &str) -> bool {
    matches!(name, "decode" | "hex" | "startswith" | "endswith" | "find" | "index" | "count" | "join" | "upper" | "lower" | "strip")
}

/// bytes(x): from an int count, an iterable of ints, or a str with encoding.
pub fn construct(a: &Args) -> PyResult<Ref> {
    let Some(&x) = a.pos.first() else { return Ok(new(&[])) };
    if crate::str::is_str(x) {
        if a.pos.len() < 2 && a.kw("encoding").is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        return Ok(new(crate::str::s(x).as_bytes()));
    }
    if is_bytes(x) {
        return Ok(Ref::borrow(x));
    }
    if crate::int::is_int(x) {
        let n = ops::index_arg(x)?;
        if n < 0 {
            return Err(crate::exceptions::value_error("negative count"));
        }
        return Ok(from_vec(vec![0; n as usize]));
    }
    let items = ops::collect(x)?;
    let mut v = Vec::with_capacity(items.len());
    for i in items {
        let b = ops::index_arg(i.w())?;
        if !(0..256).contains(&b) {
            return Err(crate::exceptions::value_error("bytes must be in range(0, 256)"));
        }
        v.push(b as u8);
    }
    Ok(from_vec(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        // python3: repr(b"a'\x00\xff\n"), repr(b'"\'')
        assert_eq!(repr_of(b"a'\x00\xff\n"), "b\"a'\\x00\\xff\\n\"");
        assert_eq!(repr_of(b"\"'"), "b'\"\\''");
    }
}
