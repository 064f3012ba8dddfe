//! bytes and bytearray: one buffer object for both (bytearray is the mutable kind);
//! repr, hashing (bytes only), indexing, slicing, item and slice assignment (bytearray),
//! concatenation, repetition, membership, and the methods of both types.

use crate::exceptions::{index_error, raise_new, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::ops;
use std::cell::Cell;

#[repr(C)]
pub struct BytesObj {
    pub hdr: ObjHeader,
    pub hash: Cell<i64>,
    pub data: Vec<u8>,
}

pub fn new(b: &[u8]) -> Ref {
    from_vec(b.to_vec())
}

pub fn from_vec(b: Vec<u8>) -> Ref {
    Ref::new(alloc(BytesObj { hdr: ObjHeader::new(&BYTES_TYPE), hash: Cell::new(-1), data: b }))
}

pub fn bytearray_from_vec(b: Vec<u8>) -> Ref {
    Ref::new(alloc(BytesObj { hdr: ObjHeader::new(&BYTEARRAY_TYPE), hash: Cell::new(-1), data: b }))
}

/// A new buffer of the same type as `w` (methods of bytearray return bytearrays).
fn like(w: W, b: Vec<u8>) -> Ref {
    if is_bytearray(w) { bytearray_from_vec(b) } else { from_vec(b) }
}

#[inline]
pub fn is_bytes(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Bytes
}

#[inline]
pub fn is_bytearray(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::ByteArray
}

/// bytes or bytearray: the objects whose buffer `data` reads.
#[inline]
pub fn is_bytes_like(w: W) -> bool {
    !is_small(w) && matches!(kind_of(w), Kind::Bytes | Kind::ByteArray)
}

#[inline]
pub fn data(w: W) -> &'static [u8] {
    unsafe { &obj::<BytesObj>(w).data }
}

#[inline]
#[allow(clippy::mut_from_ref)]
fn data_mut(w: W) -> &'static mut Vec<u8> {
    unsafe { &mut obj_mut::<BytesObj>(w).data }
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
    if is_bytearray(w) { format!("bytearray({})", repr_of(data(w))) } else { repr_of(data(w)) }
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

/// `a + b` (a is bytes-like); b must be bytes-like too.
pub fn concat(a: W, b: W) -> PyResult<Ref> {
    if !is_bytes_like(b) {
        return Err(type_error(format!("can't concat {} to {}", type_name(b), type_name(a))));
    }
    let mut v = data(a).to_vec();
    v.extend_from_slice(data(b));
    Ok(like(a, v))
}

/// `a += b` on a bytearray: extends in place.
pub fn iconcat(a: W, b: W) -> PyResult<Ref> {
    let add = bytes_arg(b).map_err(|_| {
        crate::exceptions::clear();
        type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
    })?;
    let add = add.to_vec();
    data_mut(a).extend_from_slice(&add);
    Ok(Ref::borrow(a))
}

pub fn repeat(a: W, n: i64) -> PyResult<Ref> {
    if n <= 0 {
        return Ok(like(a, Vec::new()));
    }
    if data(a).len().saturating_mul(n as usize) > (1 << 40) {
        return Err(raise_new(&crate::exceptions::MEMORY_ERROR, ""));
    }
    Ok(like(a, data(a).repeat(n as usize)))
}

/// `a *= n` on a bytearray: repeats in place.
pub fn irepeat(a: W, n: i64) -> PyResult<Ref> {
    let r = repeat(a, n)?;
    *data_mut(a) = data(r.w()).to_vec();
    Ok(Ref::borrow(a))
}

pub fn getitem_index(w: W, i: i64) -> PyResult<Ref> {
    let d = data(w);
    match crate::str::norm_index(i, d.len()) {
        Some(j) => Ok(Ref::int(d[j] as i64)),
        None if is_bytearray(w) => Err(index_error("bytearray index out of range")),
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
    like(w, v)
}

/// A byte value 0..=255 from an int-like argument.
fn byte_value(x: W) -> PyResult<u8> {
    let v = ops::index_arg(x)?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

/// bytearray[k] = v (k an index or a slice).
pub fn setitem(w: W, k: W, v: W) -> PyResult<()> {
    let len = data(w).len();
    if crate::slice::is_slice(k) {
        let (start, stop, step) = crate::slice::indices(k, len)?;
        if crate::int::is_int(v) {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        }
        let new = if is_bytes_like(v) { data(v).to_vec() } else { data(construct_from(v, "bytearray")?.w()).to_vec() };
        let d = data_mut(w);
        if step == 1 {
            let a = start as usize;
            let b = stop.max(start) as usize;
            d.splice(a..b, new);
            return Ok(());
        }
        let n = crate::slice::slice_len(start, stop, step);
        if new.len() != n {
            return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {n}", new.len())));
        }
        let mut i = start;
        for b in new {
            d[i as usize] = b;
            i += step;
        }
        return Ok(());
    }
    let i = ops::index_arg(k).map_err(|_| {
        crate::exceptions::clear();
        type_error(format!("bytearray indices must be integers or slices, not {}", type_name(k)))
    })?;
    let Some(j) = crate::str::norm_index(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    let b = byte_value(v)?;
    data_mut(w)[j] = b;
    Ok(())
}

/// del bytearray[k]
pub fn delitem(w: W, k: W) -> PyResult<()> {
    let len = data(w).len();
    if crate::slice::is_slice(k) {
        let (start, stop, step) = crate::slice::indices(k, len)?;
        let n = crate::slice::slice_len(start, stop, step);
        let mut drop = vec![false; len];
        let mut i = start;
        for _ in 0..n {
            drop[i as usize] = true;
            i += step;
        }
        let mut j = 0;
        data_mut(w).retain(|_| {
            j += 1;
            !drop[j - 1]
        });
        return Ok(());
    }
    let i = ops::index_arg(k)?;
    let Some(j) = crate::str::norm_index(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    data_mut(w).remove(j);
    Ok(())
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    h.windows(n.len()).rposition(|w| w == n)
}

pub fn contains(w: W, x: W) -> PyResult<bool> {
    if crate::int::is_int(x) {
        return Ok(data(w).contains(&byte_value(x)?));
    }
    Ok(find_sub(data(w), bytes_arg(x)?).is_some())
}

fn bytes_arg(x: W) -> PyResult<&'static [u8]> {
    if is_bytes_like(x) {
        Ok(data(x))
    } else {
        Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x))))
    }
}

/// The subsequence argument of find/count/index: bytes-like or an int byte value.
fn sub_arg(x: W) -> PyResult<Vec<u8>> {
    if crate::int::is_int(x) {
        return Ok(vec![byte_value(x)?]);
    }
    if is_bytes_like(x) {
        return Ok(data(x).to_vec());
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(x))))
}

/// Decodes with the codec and error handler named by `encoding` and `errors` (str words or
/// absent: utf-8, strict), as `bytes.decode` and `str(b, encoding, errors)` do.
pub fn decode_with(d: &[u8], func: &str, encoding: Option<W>, errors: Option<W>) -> PyResult<Ref> {
    let name = |w: Option<W>, arg: &str, dflt: &'static str| -> PyResult<&'static str> {
        match w {
            None => Ok(dflt),
            Some(w) => crate::str::as_str(w).ok_or_else(|| type_error(format!("{func}() argument '{arg}' must be str, not {}", type_name(w)))),
        }
    };
    let enc = name(encoding, "encoding", "utf-8")?;
    let errors = name(errors, "errors", "strict")?;
    let Some(codec) = crate::codecs::Codec::lookup(enc) else {
        return Err(crate::exceptions::not_implemented(&format!("the '{enc}' codec")));
    };
    Ok(crate::str::from_string(crate::codecs::decode(d, codec, errors)?))
}

fn decode(d: &[u8], a: &Args) -> PyResult<Ref> {
    a.check_kw("decode", &["encoding", "errors"])?;
    if a.pos.len() > 2 {
        return Err(type_error(format!("decode() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    decode_with(d, "decode", a.pos.first().copied().or(a.kw("encoding")), a.pos.get(1).copied().or(a.kw("errors")))
}

/// Optional start/end arguments (None allowed) as byte positions clamped to 0..len.
fn range_args(a: &Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, dflt: i64| -> PyResult<i64> {
        match a.pos.get(i) {
            Some(&w) if !is_none(w) => crate::builtins::slice_index_arg(w),
            _ => Ok(dflt),
        }
    };
    let l = len as i64;
    let s = get(from, 0)?;
    let e = get(from + 1, i64::MAX)?;
    let s = if s < 0 { (s + l).max(0) } else { s.min(l + 1) };
    let e = if e < 0 { (e + l).max(0) } else { e.min(l) };
    Ok((s as usize, e as usize))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn strip(d: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let keep = |c: &u8| match chars {
        None => !is_space(*c),
        Some(cs) => !cs.contains(c),
    };
    let s = if left { d.iter().position(keep).unwrap_or(d.len()) } else { 0 };
    let e = if right { d.iter().rposition(keep).map_or(s, |i| i + 1) } else { d.len() };
    d[s..e.max(s)].to_vec()
}

fn split(w: W, a: &Args, rev: bool) -> PyResult<Ref> {
    let name = if rev { "rsplit" } else { "split" };
    a.check_kw(name, &["sep", "maxsplit"])?;
    if a.pos.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    let d = data(w);
    let sep = a.pos.first().copied().or(a.kw("sep")).filter(|&x| !is_none(x));
    let max = match a.pos.get(1).copied().or(a.kw("maxsplit")) {
        Some(m) if ops::index_arg(m)? >= 0 => ops::index_arg(m)? as usize,
        _ => usize::MAX,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let words: Vec<(usize, usize)> = {
                let mut v = Vec::new();
                let mut i = 0;
                while i < d.len() {
                    while i < d.len() && is_space(d[i]) {
                        i += 1;
                    }
                    let st = i;
                    while i < d.len() && !is_space(d[i]) {
                        i += 1;
                    }
                    if i > st {
                        v.push((st, i));
                    }
                }
                v
            };
            // past maxsplit, the rest (from its first word on) is one item, with its
            // whitespace kept on the far side, as CPython's split_whitespace
            if words.len() > max {
                if rev {
                    let cut = words.len() - max;
                    parts.push(d[..words[cut - 1].1].to_vec());
                    parts.extend(words[cut..].iter().map(|&(s, e)| d[s..e].to_vec()));
                } else {
                    parts.extend(words[..max].iter().map(|&(s, e)| d[s..e].to_vec()));
                    parts.push(d[words[max].0..].to_vec());
                }
            } else {
                parts.extend(words.iter().map(|&(s, e)| d[s..e].to_vec()));
            }
        }
        Some(sw) => {
            let sep = bytes_arg(sw)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest = d;
            if !rev {
                while parts.len() < max {
                    let Some(p) = find_sub(rest, sep) else { break };
                    parts.push(rest[..p].to_vec());
                    rest = &rest[p + sep.len()..];
                }
                parts.push(rest.to_vec());
            } else {
                while parts.len() < max {
                    let Some(p) = rfind_sub(rest, sep) else { break };
                    parts.push(rest[p + sep.len()..].to_vec());
                    rest = &rest[..p];
                }
                parts.push(rest.to_vec());
                parts.reverse();
            }
        }
    }
    Ok(crate::list::from_vec(parts.into_iter().map(|p| like(w, p)).collect()))
}

fn splitlines(w: W, keep: bool) -> Ref {
    let d = data(w);
    let mut out = Vec::new();
    let (mut st, mut i) = (0, 0);
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut e = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            out.push(like(w, d[st..if keep { e } else { i }].to_vec()));
            st = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if st < d.len() {
        out.push(like(w, d[st..].to_vec()));
    }
    crate::list::from_vec(out)
}

fn pad(w: W, a: &Args, name: &str) -> PyResult<Ref> {
    a.expect(name, 1, 2)?;
    let width = ops::index_arg(a.pos[0])?;
    let fill = match a.pos.get(1) {
        Some(&f) => match bytes_arg(f) {
            Ok([c]) => *c,
            _ => {
                crate::exceptions::clear();
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    if is_bytes_like(f) { "bytes".to_string() } else { type_name(f).to_string() }
                )));
            }
        },
        None => b' ',
    };
    let d = data(w);
    let n = d.len() as i64;
    if width <= n {
        return Ok(like(w, d.to_vec()));
    }
    let marg = width - n;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut v = vec![fill; l as usize];
    v.extend_from_slice(d);
    v.extend(std::iter::repeat_n(fill, r as usize));
    Ok(like(w, v))
}

fn hex(d: &[u8], a: &Args) -> PyResult<Ref> {
    a.check_kw("hex", &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = a.pos.first().copied().or(a.kw("sep")) else {
        return Ok(crate::str::from_string(digits.concat()));
    };
    let sep: String = if let Some(s) = crate::str::as_str(sep) {
        s.to_string()
    } else if is_bytes_like(sep) {
        data(sep).iter().map(|&b| b as char).collect()
    } else {
        return Err(type_error("sep must be str or bytes."));
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match a.pos.get(1).copied().or(a.kw("bytes_per_sep")) {
        Some(n) => ops::index_arg(n)?,
        None => 1,
    };
    if per == 0 || d.is_empty() {
        return Ok(crate::str::from_string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // groups counted from the right
        let first = n % k;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(k) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(k) {
            groups.push(c.concat());
        }
    }
    Ok(crate::str::from_string(groups.join(&sep)))
}

/// bytes.fromhex / bytearray.fromhex
fn fromhex(a: &Args, array: bool) -> PyResult<Ref> {
    a.exactly_one("fromhex")?;
    let Some(s) = crate::str::as_str(a.pos[0]) else {
        return Err(type_error(format!("fromhex() argument must be str, not {}", type_name(a.pos[0]))));
    };
    let b: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = b[i].to_digit(16);
        let lo = b.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))),
            (Some(_), None) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        }
        i += 2;
    }
    Ok(if array { bytearray_from_vec(out) } else { from_vec(out) })
}

pub fn bytes_fromhex(a: &Args) -> PyResult<Ref> {
    fromhex(a, false)
}

pub fn bytearray_fromhex(a: &Args) -> PyResult<Ref> {
    fromhex(a, true)
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(d: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn join(w: W, iterable: W) -> PyResult<Ref> {
    let parts = ops::collect(iterable)?;
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(data(w));
        }
        if !is_bytes_like(p.w()) {
            return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(p.w()))));
        }
        out.extend_from_slice(data(p.w()));
    }
    Ok(like(w, out))
}

fn find(w: W, a: &Args, name: &str) -> PyResult<Option<usize>> {
    a.expect(name, 1, 3)?;
    let d = data(w);
    let sub = sub_arg(a.pos[0])?;
    let (s, e) = range_args(a, 1, d.len())?;
    if s > e || s > d.len() {
        return Ok(None);
    }
    let hay = &d[s..e];
    let r = if name.starts_with('r') { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
    Ok(r.map(|p| p + s))
}

fn starts_ends(w: W, a: &Args, name: &str) -> PyResult<bool> {
    a.expect(name, 1, 3)?;
    let d = data(w);
    let (s, e) = range_args(a, 1, d.len())?;
    if s > e || s > d.len() {
        return Ok(false);
    }
    let hay = &d[s..e];
    let test = |p: &[u8]| if name == "startswith" { hay.starts_with(p) } else { hay.ends_with(p) };
    let x = a.pos[0];
    if is_bytes_like(x) {
        return Ok(test(data(x)));
    }
    if crate::tuple::is_tuple(x) {
        for &p in crate::tuple::items(x) {
            if !is_bytes_like(p) {
                return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(p))));
            }
            if test(data(p)) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(x))))
}

/// A C int argument (CPython's _PyLong_AsInt after __index__).
fn c_int_arg(x: W) -> PyResult<i32> {
    match ops::index_value(x) {
        Some(v) => {
            let v = v?;
            crate::int::to_i64(v.w())
                .and_then(|i| i32::try_from(i).ok())
                .ok_or_else(|| crate::exceptions::overflow_error("Python int too large to convert to C int"))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(x)))),
    }
}

/// Argument-clinic checks of a method with positional-or-keyword parameters `names`, the
/// first `posonly` of them positional-only, of which `min` are required; the values in order.
fn clinic_args(a: &Args, fname: &str, names: &[&str], posonly: usize, min: usize) -> PyResult<Vec<Option<W>>> {
    let total = a.pos.len() + a.kwnames.len();
    let pl = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if total > names.len() {
        return Err(type_error(format!("{fname}() takes at most {} {} ({total} given)", names.len(), pl(names.len()))));
    }
    if a.pos.len() < min.min(posonly) {
        let m = min.min(posonly);
        return Err(type_error(format!("{fname}() takes at least {m} positional {} ({} given)", pl(m), a.pos.len())));
    }
    a.check_kw(fname, &names[posonly..])?;
    let mut out: Vec<Option<W>> = names.iter().enumerate().map(|(i, _)| a.pos.get(i).copied()).collect();
    for (i, n) in names.iter().enumerate().skip(posonly) {
        if let Some(v) = a.kw(n) {
            if out[i].is_some() {
                return Err(type_error(format!("argument for {fname}() given by name ('{n}') and position ({})", i + 1)));
            }
            out[i] = Some(v);
        }
    }
    Ok(out)
}

/// bytes.expandtabs(tabsize=8): tabs to spaces up to the next multiple of tabsize, columns
/// restarting after \n and \r.
pub fn expandtabs(d: &[u8], tabsize: i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    let mut col: usize = 0;
    for &c in d {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize as usize - col % tabsize as usize;
                col += n;
                out.extend(std::iter::repeat_n(b' ', n));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    out
}

/// bytes.translate(table, /, delete=b''): `table` None or 256 bytes.
fn translate(w: W, a: &Args) -> PyResult<Ref> {
    let v = clinic_args(a, "translate", &["table", "delete"], 1, 1)?;
    let table = match v[0] {
        Some(t) if !is_none(t) => {
            let t = bytes_arg(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match v[1] {
        Some(x) => bytes_arg(x)?,
        None => &[][..],
    };
    let mut deleted = [false; 256];
    for &c in delete {
        deleted[c as usize] = true;
    }
    let d = data(w);
    let out: Vec<u8> = d.iter().filter(|&&c| !deleted[c as usize]).map(|&c| table.map_or(c, |t| t[c as usize])).collect();
    if out == d && std::ptr::eq(type_of(w), &BYTES_TYPE) {
        return Ok(Ref::borrow(w));
    }
    Ok(like(w, out))
}

/// The 256-byte table of `bytes.maketrans(frm, to)`.
pub fn maketrans_table(frm: &[u8], to: &[u8]) -> PyResult<Vec<u8>> {
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &x) in frm.iter().zip(to) {
        t[f as usize] = x;
    }
    Ok(t)
}

fn maketrans(a: &Args, tn: &str) -> PyResult<Ref> {
    a.no_kw(&format!("{tn}.maketrans"))?;
    a.expect("maketrans", 2, 2)?;
    let frm = bytes_arg(a.pos[0])?;
    let to = bytes_arg(a.pos[1])?;
    Ok(from_vec(maketrans_table(frm, to)?))
}

/// `bytes.maketrans(frm, to)` (a static method; the result is bytes for bytearray too).
pub fn bytes_maketrans(a: &Args) -> PyResult<Ref> {
    maketrans(a, "bytes")
}

pub fn bytearray_maketrans(a: &Args) -> PyResult<Ref> {
    maketrans(a, "bytearray")
}

/// Methods shared by bytes and bytearray, then the bytearray mutators.
pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let d = data(w);
    let pred = |f: fn(&u8) -> bool| -> PyResult<Ref> {
        a.expect(name, 0, 0)?;
        Ok(Ref::bool(!d.is_empty() && d.iter().all(f)))
    };
    let map = |f: fn(&[u8]) -> Vec<u8>| -> PyResult<Ref> {
        a.expect(name, 0, 0)?;
        Ok(like(w, f(d)))
    };
    match name {
        "decode" => decode(d, a),
        "hex" => hex(d, a),
        "fromhex" => fromhex(a, is_bytearray(w)),
        "startswith" | "endswith" => Ok(Ref::bool(starts_ends(w, a, name)?)),
        "find" | "rfind" => Ok(Ref::int(find(w, a, name)?.map_or(-1, |p| p as i64))),
        "index" | "rindex" => match find(w, a, name)? {
            Some(p) => Ok(Ref::int(p as i64)),
            None => Err(value_error("subsection not found")),
        },
        "count" => {
            a.expect("count", 1, 3)?;
            let sub = sub_arg(a.pos[0])?;
            let (s, e) = range_args(a, 1, d.len())?;
            if s > e || s > d.len() {
                return Ok(Ref::int(0));
            }
            let hay = &d[s..e];
            if sub.is_empty() {
                return Ok(Ref::int(hay.len() as i64 + 1));
            }
            let (mut c, mut i) = (0, 0);
            while i + sub.len() <= hay.len() {
                if hay[i..i + sub.len()] == sub[..] {
                    c += 1;
                    i += sub.len();
                } else {
                    i += 1;
                }
            }
            Ok(Ref::int(c))
        }
        "join" => {
            a.exactly_one(&format!("{}.join", type_name(w)))?;
            join(w, a.pos[0])
        }
        "upper" => map(|d| d.to_ascii_uppercase()),
        "lower" => map(|d| d.to_ascii_lowercase()),
        "swapcase" => map(|d| d.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()),
        "capitalize" => map(|d| d.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()),
        "title" => map(title),
        "isalpha" => pred(|c| c.is_ascii_alphabetic()),
        "isdigit" => pred(|c| c.is_ascii_digit()),
        "isalnum" => pred(|c| c.is_ascii_alphanumeric()),
        "isspace" => pred(|c| is_space(*c)),
        "isascii" => {
            a.expect(name, 0, 0)?;
            Ok(Ref::bool(d.is_ascii()))
        }
        "islower" => {
            a.expect(name, 0, 0)?;
            Ok(Ref::bool(d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())))
        }
        "isupper" => {
            a.expect(name, 0, 0)?;
            Ok(Ref::bool(d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())))
        }
        "istitle" => {
            a.expect(name, 0, 0)?;
            Ok(Ref::bool(istitle(d)))
        }
        "strip" | "lstrip" | "rstrip" => {
            a.expect(name, 0, 1)?;
            let chars = match a.pos.first() {
                Some(&x) if !is_none(x) => Some(bytes_arg(x)?),
                _ => None,
            };
            Ok(like(w, strip(d, chars, name != "rstrip", name != "lstrip")))
        }
        "split" => split(w, a, false),
        "rsplit" => split(w, a, true),
        "splitlines" => {
            a.check_kw("splitlines", &["keepends"])?;
            let keep = match a.pos.first().copied().or(a.kw("keepends")) {
                Some(k) => ops::truthy(k)?,
                None => false,
            };
            Ok(splitlines(w, keep))
        }
        "partition" | "rpartition" => {
            a.exactly_one(&format!("{}.{name}", type_name(w)))?;
            let sep = bytes_arg(a.pos[0])?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let found = if name == "partition" { find_sub(d, sep) } else { rfind_sub(d, sep) };
            let parts = match found {
                Some(i) => [&d[..i], sep, &d[i + sep.len()..]],
                None if name == "partition" => [d, &[][..], &[][..]],
                None => [&[][..], &[][..], d],
            };
            Ok(crate::tuple::from_vec(parts.iter().map(|p| like(w, p.to_vec())).collect()))
        }
        "replace" => {
            a.expect("replace", 2, 3)?;
            let old = bytes_arg(a.pos[0])?;
            let new = bytes_arg(a.pos[1])?;
            let mut count = match a.pos.get(2) {
                Some(&c) => ops::index_arg(c)?,
                None => -1,
            };
            let mut out = Vec::with_capacity(d.len());
            let mut i = 0;
            if old.is_empty() {
                while count != 0 && i <= d.len() {
                    out.extend_from_slice(new);
                    if i < d.len() {
                        out.push(d[i]);
                    }
                    i += 1;
                    count -= 1;
                }
                if i < d.len() {
                    out.extend_from_slice(&d[i..]);
                }
                return Ok(like(w, out));
            }
            while count != 0 {
                let Some(p) = find_sub(&d[i..], old) else { break };
                out.extend_from_slice(&d[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                count -= 1;
            }
            out.extend_from_slice(&d[i..]);
            Ok(like(w, out))
        }
        "removeprefix" | "removesuffix" => {
            a.exactly_one(&format!("{}.{name}", type_name(w)))?;
            let p = bytes_arg(a.pos[0])?;
            let r = if name == "removeprefix" { d.strip_prefix(p) } else { d.strip_suffix(p) };
            Ok(like(w, r.unwrap_or(d).to_vec()))
        }
        "center" | "ljust" | "rjust" => pad(w, a, name),
        "expandtabs" => {
            let v = clinic_args(a, "expandtabs", &["tabsize"], 0, 0)?;
            let tabsize = match v[0] {
                Some(t) => c_int_arg(t)?,
                None => 8,
            };
            Ok(like(w, expandtabs(d, tabsize)))
        }
        "translate" => translate(w, a),
        "maketrans" => maketrans(a, type_name(w)),
        "zfill" => {
            a.expect("zfill", 1, 1)?;
            let width = ops::index_arg(a.pos[0])?;
            let n = d.len() as i64;
            if width <= n {
                return Ok(like(w, d.to_vec()));
            }
            let signed = matches!(d.first(), Some(b'+' | b'-'));
            let mut v = Vec::with_capacity(width as usize);
            if signed {
                v.push(d[0]);
            }
            v.extend(std::iter::repeat_n(b'0', (width - n) as usize));
            v.extend_from_slice(if signed { &d[1..] } else { d });
            Ok(like(w, v))
        }
        _ if is_bytearray(w) => bytearray_method(w, name, a),
        _ => Err(ops::no_attr(w, name)),
    }
}

fn bytearray_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let v = data_mut(w);
    match name {
        "append" => {
            a.exactly_one("bytearray.append")?;
            let b = byte_value(a.pos[0])?;
            v.push(b);
        }
        "extend" => {
            a.exactly_one("bytearray.extend")?;
            let x = a.pos[0];
            let add = if is_bytes_like(x) {
                data(x).to_vec()
            } else {
                data(construct_from(x, "bytearray")?.w()).to_vec()
            };
            data_mut(w).extend_from_slice(&add);
        }
        "insert" => {
            a.expect("insert", 2, 2)?;
            let i = ops::index_arg(a.pos[0])?;
            let b = byte_value(a.pos[1])?;
            let n = v.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(at as usize, b);
        }
        "pop" => {
            a.expect("pop", 0, 1)?;
            if v.is_empty() {
                return Err(index_error("pop from empty bytearray"));
            }
            let i = match a.pos.first() {
                Some(&x) => ops::index_arg(x)?,
                None => -1,
            };
            let Some(j) = crate::str::norm_index(i, v.len()) else {
                return Err(index_error("pop index out of range"));
            };
            return Ok(Ref::int(v.remove(j) as i64));
        }
        "remove" => {
            a.exactly_one("bytearray.remove")?;
            let b = byte_value(a.pos[0])?;
            match v.iter().position(|&c| c == b) {
                Some(j) => {
                    v.remove(j);
                }
                None => return Err(value_error("value not found in bytearray")),
            }
        }
        "clear" => {
            a.expect("clear", 0, 0)?;
            v.clear();
        }
        "reverse" => {
            a.expect("reverse", 0, 0)?;
            v.reverse();
        }
        "copy" => {
            a.expect("copy", 0, 0)?;
            return Ok(bytearray_from_vec(v.clone()));
        }
        _ => return Err(ops::no_attr(w, name)),
    }
    Ok(Ref::none())
}

pub fn has_method(name: &str, array: bool) -> bool {
    matches!(
        name,
        "decode" | "hex" | "fromhex" | "startswith" | "endswith" | "find" | "rfind" | "index" | "rindex" | "count" | "join"
            | "upper" | "lower" | "swapcase" | "capitalize" | "title" | "isalpha" | "isdigit" | "isalnum" | "isspace"
            | "isascii" | "islower" | "isupper" | "istitle" | "strip" | "lstrip" | "rstrip" | "split" | "rsplit"
            | "splitlines" | "partition" | "rpartition" | "replace" | "removeprefix" | "removesuffix" | "center" | "ljust"
            | "rjust" | "zfill" | "expandtabs" | "translate" | "maketrans"
    ) || (array && matches!(name, "append" | "extend" | "insert" | "pop" | "remove" | "clear" | "reverse" | "copy"))
}

/// The buffer of `bytes(x)` / `bytearray(x)` for a non-str argument.
fn construct_from(x: W, tn: &str) -> PyResult<Ref> {
    if is_bytes_like(x) {
        return Ok(new(data(x)));
    }
    if crate::int::is_int(x) {
        let n = ops::index_arg(x)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(from_vec(vec![0; n as usize]));
    }
    let it = ops::iter(x).map_err(|e| {
        if crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::TYPE_ERROR.word()).unwrap_or(false) {
            crate::exceptions::clear();
            type_error(format!("cannot convert '{}' object to {tn}", type_name(x)))
        } else {
            e
        }
    })?;
    let mut v = Vec::new();
    while let Some(i) = ops::next(it.w())? {
        if !crate::int::is_int(i.w()) {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(i.w()))));
        }
        let b = ops::index_arg(i.w())?;
        if !(0..256).contains(&b) {
            return Err(value_error(if tn == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" }));
        }
        v.push(b as u8);
    }
    Ok(from_vec(v))
}

/// bytes(x) / bytearray(x): from an int count, an iterable of ints, a buffer, or a str with
/// an encoding.
pub fn construct(a: &Args, array: bool) -> PyResult<Ref> {
    let tn = if array { "bytearray" } else { "bytes" };
    a.check_kw(tn, &["source", "encoding", "errors"])?;
    if a.pos.len() > 3 {
        return Err(type_error(format!("{tn}() takes at most 3 arguments ({} given)", a.pos.len())));
    }
    let encoding = a.pos.get(1).copied().or(a.kw("encoding"));
    let wrap = |r: Ref| if array { bytearray_from_vec(data(r.w()).to_vec()) } else { r };
    let Some(x) = a.pos.first().copied().or(a.kw("source")) else {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        return Ok(wrap(new(&[])));
    };
    if crate::str::is_str(x) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let mut pos = vec![enc];
        if let Some(e) = a.pos.get(2).copied().or(a.kw("errors")) {
            pos.push(e);
        }
        let b = crate::strmethods::call_method(x, "encode", &Args::pos(&pos))?;
        return Ok(wrap(b));
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if !array && is_bytes(x) {
        return Ok(Ref::borrow(x));
    }
    Ok(wrap(construct_from(x, tn)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        // python3: repr(b"a'\x00\xff\n"), repr(b'"\'')
        assert_eq!(repr_of(b"a'\x00\xff\n"), "b\"a'\\x00\\xff\\n\"");
        assert_eq!(repr_of(b"\"'"), "b'\"\\''");
        // python3: repr(bytearray(b'x'))
        assert_eq!(repr(bytearray_from_vec(b"x".to_vec()).w()), "bytearray(b'x')");
    }

    fn err_str() -> String {
        let e = crate::exceptions::fetch();
        let s = crate::exceptions::exc_str(e).unwrap();
        decref(e);
        s
    }

    fn call(w: &Ref, name: &str, args: &[W]) -> PyResult<Ref> {
        call_method(w.w(), name, &Args::pos(args))
    }

    fn r(x: PyResult<Ref>) -> String {
        ops::repr_string(x.unwrap().w()).unwrap()
    }

    #[test]
    fn split_whitespace_keeps_the_rest() {
        // python3: b" a b  ".split(None, 1), b"  a b ".rsplit(None, 1), b"  a b  ".split(None, 0), bytearray(b" a  b c ").rsplit(None, 0)
        let n = none();
        assert_eq!(r(call(&new(b" a b  "), "split", &[n, mk_small(1)])), "[b'a', b'b  ']");
        assert_eq!(r(call(&new(b"  a b "), "rsplit", &[n, mk_small(1)])), "[b'  a', b'b']");
        assert_eq!(r(call(&new(b"  a b  "), "split", &[n, mk_small(0)])), "[b'a b  ']");
        assert_eq!(r(call(&bytearray_from_vec(b" a  b c ".to_vec()), "rsplit", &[n, mk_small(0)])), "[bytearray(b' a  b c')]");
        assert_eq!(r(call(&new(b"   "), "split", &[n, mk_small(0)])), "[]");
    }

    #[test]
    fn expandtabs_and_translate() {
        // python3: b"a\tbc\tdef\tg".expandtabs(), .expandtabs(4), b"x\ty\nab\tc".expandtabs(3), b"\t".expandtabs(0)
        assert_eq!(expandtabs(b"a\tbc\tdef\tg", 8), b"a       bc      def     g");
        assert_eq!(expandtabs(b"a\tbc\tdef\tg", 4), b"a   bc  def g");
        assert_eq!(expandtabs(b"x\ty\nab\tc", 3), b"x  y\nab c");
        assert_eq!(expandtabs(b"\t", 0), b"");
        assert_eq!(r(call(&new(b"a\tb"), "expandtabs", &[])), "b'a       b'");
        // python3: b"a\tb".expandtabs(10**30) -> OverflowError; .expandtabs("x") -> TypeError
        let big = crate::int::from_big("1000000000000000000000000000000".parse().unwrap());
        assert!(call(&new(b"a\tb"), "expandtabs", &[big.w()]).is_err());
        assert_eq!(err_str(), "Python int too large to convert to C int");
        assert!(call(&new(b"a\tb"), "expandtabs", &[mk_small(1), mk_small(2)]).is_err());
        assert_eq!(err_str(), "expandtabs() takes at most 1 argument (2 given)");
        // python3: t = bytes.maketrans(b"abc", b"xyz"); b"aabbcc-abc".translate(t), b"aabbcc".translate(t, b"b"), b"vowels".translate(None, b"aeiou")
        let t = bytes_maketrans(&Args::pos(&[new(b"abc").w(), new(b"xyz").w()])).unwrap();
        assert_eq!(data(t.w()).len(), 256);
        assert_eq!(r(call(&new(b"aabbcc-abc"), "translate", &[t.w()])), "b'xxyyzz-xyz'");
        assert_eq!(r(call(&new(b"aabbcc"), "translate", &[t.w(), new(b"b").w()])), "b'xxzz'");
        assert_eq!(r(call(&new(b"vowels"), "translate", &[none(), new(b"aeiou").w()])), "b'vwls'");
        assert_eq!(r(call(&bytearray_from_vec(b"abc".to_vec()), "translate", &[none()])), "bytearray(b'abc')");
        assert!(call(&new(b"abc"), "translate", &[new(b"x").w()]).is_err());
        assert_eq!(err_str(), "translation table must be 256 characters long");
        assert!(call(&new(b"abc"), "translate", &[]).is_err());
        assert_eq!(err_str(), "translate() takes at least 1 positional argument (0 given)");
        let s = crate::str::new("b");
        assert!(call(&new(b"abc"), "translate", &[none(), s.w()]).is_err());
        assert_eq!(err_str(), "a bytes-like object is required, not 'str'");
        assert!(bytes_maketrans(&Args::pos(&[new(b"ab").w(), new(b"x").w()])).is_err());
        assert_eq!(err_str(), "maketrans arguments must have same length");
        assert!(bytearray_maketrans(&Args::pos(&[new(b"ab").w()])).is_err());
        assert_eq!(err_str(), "maketrans expected 2 arguments, got 1");
    }

    #[test]
    fn hex_separators() {
        // python3: b'\x01\x02\x03\x04\x05'.hex(':', 2), .hex('-', -2)
        let b = new(&[1, 2, 3, 4, 5]);
        let sep = crate::str::new(":");
        let r = hex(data(b.w()), &Args::pos(&[sep.w(), mk_small(2)])).unwrap();
        assert_eq!(crate::str::s(r.w()), "01:0203:0405");
        let sep = crate::str::new("-");
        let r = hex(data(b.w()), &Args::pos(&[sep.w(), mk_small(-2)])).unwrap();
        assert_eq!(crate::str::s(r.w()), "0102-0304-05");
    }
}
