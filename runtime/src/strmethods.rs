//! The str methods (split, strip, find, replace, case conversions, predicates, padding,
//! partition, splitlines, expandtabs, encode, format, ...), with positions in code points.

use crate::exceptions::{type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::ops;
use crate::str::{self as pstr, from_string, new as snew, py_isspace, sobj, StrObj};
use crate::unicode_tables as tables;

pub fn has_method(name: &str) -> bool {
    matches!(
        name,
        "join" | "split" | "rsplit" | "strip" | "lstrip" | "rstrip" | "replace" | "startswith" | "endswith" | "find" | "rfind"
            | "index" | "rindex" | "count" | "upper" | "lower" | "capitalize" | "title" | "swapcase" | "isdigit" | "isalpha"
            | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal" | "isnumeric" | "isidentifier" | "isascii" | "istitle"
            | "isprintable" | "zfill" | "center" | "ljust" | "rjust" | "splitlines" | "partition" | "rpartition" | "expandtabs"
            | "casefold" | "encode" | "format" | "format_map" | "removeprefix" | "removesuffix" | "__len__" | "__contains__"
            | "translate" | "maketrans"
    )
}

fn str_arg(w: W, err: impl FnOnce() -> String) -> PyResult<&'static str> {
    pstr::as_str(w).ok_or_else(|| type_error(err()))
}

fn must_be_str(w: W) -> PyResult<&'static str> {
    str_arg(w, || format!("must be str, not {}", type_name(w)))
}

/// Optional start/end arguments (None allowed) as code-point positions clamped to 0..len.
fn range_args(a: &Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, dflt: i64| -> PyResult<i64> {
        match a.pos.get(i) {
            Some(&w) if !is_none(w) => crate::builtins::slice_index_arg(w),
            _ => Ok(dflt),
        }
    };
    let s = get(from, 0)?;
    let e = get(from + 1, i64::MAX)?;
    let l = len as i64;
    let s = if s < 0 { (s + l).max(0) } else { s };
    let e = if e < 0 { (e + l).max(0) } else { e.min(l) };
    Ok((s as usize, e as usize))
}

/// Byte range of code points [s, e) (s may exceed e or len).
fn byte_range(o: &StrObj, s: usize, e: usize) -> Option<(usize, usize)> {
    if s > o.nchars || s > e {
        return None;
    }
    Some((pstr::byte_offset(o, s), pstr::byte_offset(o, e)))
}

fn char_index(o: &StrObj, byte: usize) -> usize {
    if o.ascii { byte } else { o.s[..byte].chars().count() }
}

fn find_impl(w: W, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    a.expect(name, 1, 3)?;
    let sub = must_be_str(a.pos[0])?;
    let o = sobj(w);
    let (s, e) = range_args(a, 1, o.nchars)?;
    let Some((bs, be)) = byte_range(o, s, e) else { return Ok(-1) };
    let hay = &o.s[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(p) => char_index(o, bs + p) as i64,
        None => -1,
    })
}

fn count_impl(w: W, a: &Args) -> PyResult<i64> {
    a.expect("count", 1, 3)?;
    let sub = must_be_str(a.pos[0])?;
    let o = sobj(w);
    let (s, e) = range_args(a, 1, o.nchars)?;
    let Some((bs, be)) = byte_range(o, s, e) else { return Ok(0) };
    let hay = &o.s[bs..be];
    if sub.is_empty() {
        return Ok(hay.chars().count() as i64 + 1);
    }
    Ok(hay.matches(sub).count() as i64)
}

fn starts_ends(w: W, a: &Args, name: &str) -> PyResult<bool> {
    a.expect(name, 1, 3)?;
    let o = sobj(w);
    let (s, e) = range_args(a, 1, o.nchars)?;
    let Some((bs, be)) = byte_range(o, s, e) else { return Ok(false) };
    let hay = &o.s[bs..be];
    let test = |p: &str| if name == "startswith" { hay.starts_with(p) } else { hay.ends_with(p) };
    let x = a.pos[0];
    if let Some(p) = pstr::as_str(x) {
        return Ok(test(p));
    }
    if crate::tuple::is_tuple(x) {
        for &p in crate::tuple::items(x) {
            let Some(p) = pstr::as_str(p) else {
                return Err(type_error(format!("tuple for {name} must only contain str, not {}", type_name(p))));
            };
            if test(p) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(x))))
}

fn strip_impl(w: W, a: &Args, name: &str, left: bool, right: bool) -> PyResult<Ref> {
    a.expect(name, 0, 1)?;
    let s = pstr::s(w);
    let chars: Option<&str> = match a.pos.first() {
        None => None,
        Some(&x) if is_none(x) => None,
        Some(&x) => Some(str_arg(x, || format!("{name} arg must be None or str"))?),
    };
    let pred = |c: char| match chars {
        None => py_isspace(c),
        Some(cs) => cs.contains(c),
    };
    let mut t = s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == s.len() {
        return Ok(Ref::borrow(w));
    }
    Ok(snew(t))
}

fn split_impl(w: W, a: &Args, rev: bool) -> PyResult<Ref> {
    let name = if rev { "rsplit" } else { "split" };
    a.check_kw(name, &["sep", "maxsplit"])?;
    if a.pos.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 arguments ({} given)", a.pos.len())));
    }
    let sep = a.pos.first().copied().or(a.kw("sep")).filter(|&x| !is_none(x));
    let maxsplit = match a.pos.get(1).copied().or(a.kw("maxsplit")) {
        Some(m) => ops::index_arg(m)?,
        None => -1,
    };
    let s = pstr::s(w);
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out: Vec<Ref> = Vec::new();
    match sep {
        None => {
            if !rev {
                let mut rest = s.trim_start_matches(py_isspace);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(snew(rest));
                        break;
                    }
                    let end = rest.find(py_isspace).unwrap_or(rest.len());
                    out.push(snew(&rest[..end]));
                    rest = rest[end..].trim_start_matches(py_isspace);
                }
            } else {
                let mut rest = s.trim_end_matches(py_isspace);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(snew(rest));
                        break;
                    }
                    let start = rest.rfind(py_isspace).map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8())).unwrap_or(0);
                    out.push(snew(&rest[start..]));
                    rest = rest[..start].trim_end_matches(py_isspace);
                }
                out.reverse();
            }
        }
        Some(sw) => {
            let sep = str_arg(sw, || format!("must be str or None, not {}", type_name(sw)))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if !rev {
                let mut parts = s.splitn(max.saturating_add(1), sep);
                for p in parts.by_ref() {
                    out.push(snew(p));
                }
            } else {
                let parts: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                for p in parts.into_iter().rev() {
                    out.push(snew(p));
                }
            }
        }
    }
    Ok(crate::list::from_vec(out))
}

fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(s: &str, keepends: bool) -> Vec<Ref> {
    let mut out = Vec::new();
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        if is_linebreak(c) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < b.len() && b[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(snew(if keepends { &s[start..end] } else { &s[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(snew(&s[start..]));
    }
    out
}

fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    tables::contains(&tables::CASED, c)
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_uppercase() } else { tables::contains(&tables::UPPER, c) }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_lowercase() } else { tables::contains(&tables::LOWER, c) }
}

/// Full case folding, character by character (no final-sigma rule, as CPython).
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match tables::FOLD_MAP.binary_search_by_key(&(c as u32), |&(k, _)| k) {
            Ok(i) => out.push_str(tables::FOLD_MAP[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && tables::contains(&tables::TITLECASE, c)
}

fn is_case_ignorable(c: char) -> bool {
    tables::contains(&tables::CASE_IGNORABLE, c)
}

/// Title-case mapping of one character (may be several characters).
fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    match tables::TITLE_MAP.binary_search_by_key(&(c as u32), |&(k, _)| k) {
        Ok(i) => out.push_str(tables::TITLE_MAP[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// Lower-case mapping of chars[i], with the final-sigma rule for U+03A3.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let mut fin = before.is_some_and(|&x| is_cased(x));
    if fin {
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
        fin = after.is_none_or(|&x| !is_cased(x));
    }
    out.push(if fin { '\u{3c2}' } else { '\u{3c3}' });
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev = false;
    for i in 0..chars.len() {
        if prev {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, chars[i]);
        }
        prev = is_cased(chars[i]);
    }
    out
}

fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if is_lower(c) {
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

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(&tables::DECIMAL, c))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(&tables::DIGIT, c))
}

fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(&tables::NUMERIC, c))
}

fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && tables::contains(&tables::ALPHA, c))
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn pad_arg(a: &Args, name: &str) -> PyResult<(i64, char)> {
    a.expect(name, 1, 2)?;
    let width = ops::index_arg(a.pos[0])?;
    let fill = match a.pos.get(1) {
        Some(&f) => {
            let fs = str_arg(f, || format!("The fill character must be a unicode character, not {}", type_name(f)))?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((width, fill))
}

pub fn call_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    // a subclass instance's methods run on a plain copy, so none returns the instance
    if type_of(w).heap {
        let p = pstr::exact(w);
        return call_method(p.w(), name, a);
    }
    let o = sobj(w);
    let s: &str = &o.s;
    match name {
        "join" => {
            a.exactly_one("str.join")?;
            join(w, a.pos[0])
        }
        "split" => split_impl(w, a, false),
        "rsplit" => split_impl(w, a, true),
        "strip" => strip_impl(w, a, "strip", true, true),
        "lstrip" => strip_impl(w, a, "lstrip", true, false),
        "rstrip" => strip_impl(w, a, "rstrip", false, true),
        "replace" => {
            a.expect("replace", 2, 3)?;
            let old = str_arg(a.pos[0], || format!("replace() argument 1 must be str, not {}", type_name(a.pos[0])))?;
            let new = str_arg(a.pos[1], || format!("replace() argument 2 must be str, not {}", type_name(a.pos[1])))?;
            let count = match a.pos.get(2) {
                Some(&c) => ops::index_arg(c)?,
                None => -1,
            };
            if count < 0 {
                if old.is_empty() || s.contains(old) {
                    return Ok(from_string(s.replace(old, new)));
                }
                return Ok(Ref::borrow(w));
            }
            Ok(from_string(s.replacen(old, new, count as usize)))
        }
        "startswith" | "endswith" => Ok(Ref::bool(starts_ends(w, a, name)?)),
        "find" => Ok(Ref::int(find_impl(w, a, "find", false)?)),
        "rfind" => Ok(Ref::int(find_impl(w, a, "rfind", true)?)),
        "index" | "rindex" => {
            let r = find_impl(w, a, name, name == "rindex")?;
            if r < 0 {
                return Err(value_error("substring not found"));
            }
            Ok(Ref::int(r))
        }
        "count" => Ok(Ref::int(count_impl(w, a)?)),
        "upper" => {
            a.expect("upper", 0, 0)?;
            Ok(if o.ascii { pstr::from_string_known(s.to_ascii_uppercase(), o.nchars, true) } else { from_string(s.to_uppercase()) })
        }
        "lower" => {
            a.expect("lower", 0, 0)?;
            Ok(if o.ascii { pstr::from_string_known(s.to_ascii_lowercase(), o.nchars, true) } else { from_string(s.to_lowercase()) })
        }
        "casefold" => {
            a.expect("casefold", 0, 0)?;
            Ok(from_string(casefold(s)))
        }
        "capitalize" => {
            a.expect("capitalize", 0, 0)?;
            let chars: Vec<char> = s.chars().collect();
            let mut out = String::with_capacity(s.len());
            if let Some(&c) = chars.first() {
                push_title(&mut out, c);
                for i in 1..chars.len() {
                    push_lower(&mut out, &chars, i);
                }
            }
            Ok(from_string(out))
        }
        "title" => {
            a.expect("title", 0, 0)?;
            Ok(from_string(title(s)))
        }
        "swapcase" => {
            a.expect("swapcase", 0, 0)?;
            let chars: Vec<char> = s.chars().collect();
            let mut out = String::with_capacity(s.len());
            for i in 0..chars.len() {
                let c = chars[i];
                if is_upper(c) {
                    push_lower(&mut out, &chars, i);
                } else if is_lower(c) {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
            }
            Ok(from_string(out))
        }
        "isdigit" => Ok(Ref::bool(all_nonempty(s, is_digit))),
        "isdecimal" => Ok(Ref::bool(all_nonempty(s, is_decimal))),
        "isnumeric" => Ok(Ref::bool(all_nonempty(s, is_numeric))),
        "isalpha" => Ok(Ref::bool(all_nonempty(s, is_alpha))),
        "isalnum" => Ok(Ref::bool(all_nonempty(s, |c| is_alpha(c) || is_numeric(c)))),
        "isspace" => Ok(Ref::bool(all_nonempty(s, py_isspace))),
        "isascii" => Ok(Ref::bool(o.ascii)),
        "isprintable" => Ok(Ref::bool(s.chars().all(pstr::is_printable))),
        "isupper" => Ok(Ref::bool(s.chars().any(is_upper) && !s.chars().any(|c| is_lower(c) || is_titlecase(c)))),
        "islower" => Ok(Ref::bool(s.chars().any(is_lower) && !s.chars().any(|c| is_upper(c) || is_titlecase(c)))),
        "istitle" => Ok(Ref::bool(istitle(s))),
        "isidentifier" => {
            let mut it = s.chars();
            let ok = match it.next() {
                Some(c) => (c == '_' || tables::contains(&tables::XID_START, c)) && it.all(|c| tables::contains(&tables::XID_CONTINUE, c)),
                None => false,
            };
            Ok(Ref::bool(ok))
        }
        "zfill" => {
            a.expect("zfill", 1, 1)?;
            let width = ops::index_arg(a.pos[0])?;
            let n = o.nchars as i64;
            if width <= n {
                return Ok(Ref::borrow(w));
            }
            let fill = "0".repeat((width - n) as usize);
            let out = if s.starts_with('+') || s.starts_with('-') { format!("{}{fill}{}", &s[..1], &s[1..]) } else { format!("{fill}{s}") };
            Ok(from_string(out))
        }
        "center" | "ljust" | "rjust" => {
            let (width, fill) = pad_arg(a, name)?;
            let n = o.nchars as i64;
            if width <= n {
                return Ok(Ref::borrow(w));
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
            let f = fill.to_string();
            Ok(from_string(format!("{}{s}{}", f.repeat(l as usize), f.repeat(r as usize))))
        }
        "splitlines" => {
            a.check_kw("splitlines", &["keepends"])?;
            let keep = match a.pos.first().copied().or(a.kw("keepends")) {
                Some(k) => ops::truthy(k)?,
                None => false,
            };
            Ok(crate::list::from_vec(splitlines(s, keep)))
        }
        "partition" | "rpartition" => {
            a.exactly_one(&format!("str.{name}"))?;
            let sep = must_be_str(a.pos[0])?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let found = if name == "partition" { s.find(sep) } else { s.rfind(sep) };
            let t = match found {
                Some(i) => vec![snew(&s[..i]), Ref::borrow(a.pos[0]), snew(&s[i + sep.len()..])],
                None if name == "partition" => vec![Ref::borrow(w), pstr::empty(), pstr::empty()],
                None => vec![pstr::empty(), pstr::empty(), Ref::borrow(w)],
            };
            Ok(crate::tuple::from_vec(t))
        }
        "expandtabs" => {
            a.check_kw("expandtabs", &["tabsize"])?;
            let ts = match a.pos.first().copied().or(a.kw("tabsize")) {
                Some(t) => ops::index_arg(t)?,
                None => 8,
            };
            let mut out = String::with_capacity(s.len());
            let mut col: i64 = 0;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if ts > 0 {
                            let n = ts - col % ts;
                            out.push_str(&" ".repeat(n as usize));
                            col += n;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Ok(from_string(out))
        }
        "encode" => {
            a.check_kw("encode", &["encoding", "errors"])?;
            if a.pos.len() > 2 {
                return Err(type_error(format!("encode() takes at most 2 arguments ({} given)", a.pos.len())));
            }
            let enc = match a.pos.first().copied().or(a.kw("encoding")) {
                Some(e) => str_arg(e, || format!("encode() argument 'encoding' must be str, not {}", type_name(e)))?,
                None => "utf-8",
            };
            let errors = match a.pos.get(1).copied().or(a.kw("errors")) {
                Some(e) => str_arg(e, || format!("encode() argument 'errors' must be str, not {}", type_name(e)))?,
                None => "strict",
            };
            let Some(codec) = crate::codecs::Codec::lookup(enc) else {
                return Err(crate::exceptions::not_implemented(&format!("the '{enc}' codec")));
            };
            Ok(crate::bytes::from_vec(crate::codecs::encode(s, codec, errors)?))
        }
        "format" => Ok(from_string(crate::format::str_format(s, a)?)),
        "format_map" => {
            a.exactly_one("str.format_map")?;
            let m = a.pos[0];
            let keys = crate::dict::keys_list(m);
            let kn: Vec<W> = crate::list::items(keys.w()).clone();
            let mut kv = Vec::new();
            for &k in &kn {
                kv.push(crate::dict::getitem(m, k)?);
            }
            let vals: Vec<W> = kv.iter().map(|r| r.w()).collect();
            let args = Args { pos: &[], kwnames: &kn, kwvals: &vals, kwtuple: 0 };
            Ok(from_string(crate::format::str_format(s, &args)?))
        }
        "removeprefix" | "removesuffix" => {
            a.exactly_one(&format!("str.{name}"))?;
            let p = str_arg(a.pos[0], || format!("{name}() argument must be str, not {}", type_name(a.pos[0])))?;
            let r = if name == "removeprefix" { s.strip_prefix(p) } else { s.strip_suffix(p) };
            Ok(match r {
                Some(t) => snew(t),
                None => Ref::borrow(w),
            })
        }
        "translate" => {
            a.exactly_one("str.translate")?;
            translate(s, a.pos[0])
        }
        "maketrans" => maketrans(a),
        "__len__" => Ok(Ref::int(o.nchars as i64)),
        "__contains__" => {
            a.exactly_one("str.__contains__")?;
            Ok(Ref::bool(ops::contains(w, a.pos[0])?))
        }
        _ => Err(ops::no_attr(w, name)),
    }
}

/// str.translate(table): table[ord(c)] is None (delete), an int code point or a str.
fn translate(s: &str, table: W) -> PyResult<Ref> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Ref::int(crate::surrogates::code_point(c) as i64);
        match ops::getitem(table, key.w()) {
            Ok(v) => {
                let v = v.w();
                if is_none(v) {
                } else if let Some(t) = pstr::as_str(v) {
                    out.push_str(t);
                } else if crate::int::is_int(v) {
                    let cp = crate::int::to_i64(v).unwrap_or(-1);
                    if !(0..0x110000).contains(&cp) {
                        return Err(value_error("character mapping must be in range(0x110000)"));
                    }
                    out.push(crate::surrogates::char_for(cp as u32)?);
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) => {
                let cur = crate::exceptions::current();
                if crate::exceptions::matches(cur, crate::exceptions::LOOKUP_ERROR.word()).unwrap_or(false) {
                    crate::exceptions::clear();
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(from_string(out))
}

/// str.maketrans(x[, y[, z]])
pub fn maketrans(a: &Args) -> PyResult<Ref> {
    a.expect("maketrans", 1, 3)?;
    let d = crate::dict::new();
    if a.pos.len() == 1 {
        let m = a.pos[0];
        if !crate::dict::is_dict(m) {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        let entries: Vec<(W, W)> = crate::dict::table(m).iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = match pstr::as_str(k) {
                Some(ks) => {
                    let mut it = ks.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Ref::int(crate::surrogates::code_point(c) as i64),
                        _ => return Err(value_error("string keys in translate table must be of length 1")),
                    }
                }
                None if crate::int::is_int(k) => Ref::borrow(k),
                None => return Err(type_error("keys in translate table must be strings or integers")),
            };
            crate::dict::setitem(d.w(), key.w(), v)?;
        }
        return Ok(d);
    }
    let x = str_arg(a.pos[0], || "first maketrans argument must be a string if there is a second argument".into())?;
    let y = str_arg(a.pos[1], || "second maketrans argument must be a string".into())?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        let (k, v) = (Ref::int(crate::surrogates::code_point(cx) as i64), Ref::int(crate::surrogates::code_point(cy) as i64));
        crate::dict::setitem(d.w(), k.w(), v.w())?;
    }
    if let Some(&z) = a.pos.get(2) {
        let z = str_arg(z, || "third maketrans argument must be a string".into())?;
        for c in z.chars() {
            let k = Ref::int(crate::surrogates::code_point(c) as i64);
            crate::dict::setitem(d.w(), k.w(), none())?;
        }
    }
    Ok(d)
}

/// sep.join(iterable)
pub fn join(sep: W, iterable: W) -> PyResult<Ref> {
    let it = ops::iter(iterable).map_err(|e| {
        if crate::exceptions::matches(crate::exceptions::current(), crate::exceptions::TYPE_ERROR.word()).unwrap_or(false) {
            crate::exceptions::clear();
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let items = ops::collect(it.w())?;
    let sepo = sobj(sep);
    let mut total = 0;
    let mut nchars = 0;
    let mut ascii = sepo.ascii;
    for (i, x) in items.iter().enumerate() {
        if !pstr::is_str(x.w()) {
            return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(x.w()))));
        }
        let xo = sobj(x.w());
        total += xo.s.len();
        nchars += xo.nchars;
        ascii &= xo.ascii;
    }
    if items.len() == 1 {
        return Ok(pstr::exact(items[0].w()));
    }
    let n = items.len();
    total += sepo.s.len() * n.saturating_sub(1);
    nchars += sepo.nchars * n.saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sepo.s);
        }
        out.push_str(pstr::s(x.w()));
    }
    Ok(pstr::from_string_known(out, nchars, ascii))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(s: &str, name: &str, args: &[W]) -> String {
        let w = snew(s);
        let r = call_method(w.w(), name, &Args::pos(args)).unwrap();
        ops::repr_string(r.w()).unwrap()
    }

    /// Expected values from CPython 3.11.
    #[test]
    fn methods() {
        let sp = snew(",");
        let n = none();
        assert_eq!(call("  a b  c ", "split", &[]), "['a', 'b', 'c']");
        assert_eq!(call("a,b,,c", "split", &[sp.w()]), "['a', 'b', '', 'c']");
        assert_eq!(call("a,b,,c", "split", &[sp.w(), mk_small(1)]), "['a', 'b,,c']");
        assert_eq!(call("a,b,,c", "rsplit", &[sp.w(), mk_small(1)]), "['a,b,', 'c']");
        assert_eq!(call("  a b  c ", "rsplit", &[n, mk_small(1)]), "['  a b', 'c']");
        assert_eq!(call("  a b  c ", "split", &[n, mk_small(1)]), "['a', 'b  c ']");
        assert_eq!(call("xxhixx", "strip", &[snew("x").w()]), "'hi'");
        assert_eq!(call("  hi \n", "rstrip", &[]), "'  hi'");
        assert_eq!(call("hello world", "title", &[]), "'Hello World'");
        assert_eq!(call("they're bill's", "title", &[]), "\"They'Re Bill'S\"");
        assert_eq!(call("hELLO", "capitalize", &[]), "'Hello'");
        assert_eq!(call("hELLO", "swapcase", &[]), "'Hello'");
        assert_eq!(call("abc", "center", &[mk_small(6), snew("*").w()]), "'*abc**'");
        assert_eq!(call("ab", "center", &[mk_small(5)]), "'  ab '");
        assert_eq!(call("a", "center", &[mk_small(4)]), "' a  '");
        assert_eq!(call("-42", "zfill", &[mk_small(6)]), "'-00042'");
        assert_eq!(call("a\tbc\td", "expandtabs", &[mk_small(4)]), "'a   bc  d'");
        assert_eq!(call("a\nb\r\nc\rd", "splitlines", &[]), "['a', 'b', 'c', 'd']");
        assert_eq!(call("a\nb\r\n", "splitlines", &[true_w()]), "['a\\n', 'b\\r\\n']");
        assert_eq!(call("a-b-c", "partition", &[snew("-").w()]), "('a', '-', 'b-c')");
        assert_eq!(call("a-b-c", "rpartition", &[snew("-").w()]), "('a-b', '-', 'c')");
        assert_eq!(call("abc", "replace", &[snew("").w(), snew("-").w()]), "'-a-b-c-'");
        assert_eq!(call("aaaa", "replace", &[snew("a").w(), snew("b").w(), mk_small(2)]), "'bbaa'");
        assert_eq!(call("héllo wörld", "find", &[snew("w").w()]), "6");
        assert_eq!(call("héllo wörld", "rfind", &[snew("l").w()]), "9");
        assert_eq!(call("abcabc", "find", &[snew("c").w(), mk_small(3)]), "5");
        assert_eq!(call("abcabc", "count", &[snew("").w()]), "7");
        assert_eq!(call("abcabc", "startswith", &[snew("bc").w(), mk_small(1)]), "True");
        assert_eq!(call("ABC1", "isupper", &[]), "True");
        assert_eq!(call("123", "isdigit", &[]), "True");
        assert_eq!(call("", "isdigit", &[]), "False");
        assert_eq!(call("Straße", "upper", &[]), "'STRASSE'");
        assert_eq!(call("Hello World", "istitle", &[]), "True");
        // python3: t = str.maketrans('abc', 'xyz', 'd'); t, 'aabbccdd'.translate(t)
        let t = call_method(snew("").w(), "maketrans", &Args::pos(&[snew("abc").w(), snew("xyz").w(), snew("d").w()])).unwrap();
        assert_eq!(ops::repr_string(t.w()).unwrap(), "{97: 120, 98: 121, 99: 122, 100: None}");
        assert_eq!(call("aabbccdd", "translate", &[t.w()]), "'xxyyzz'");
    }

    #[test]
    fn join_errors() {
        let sep = snew(", ");
        let l = crate::list::new(&[snew("a").w(), mk_small(1)]);
        assert!(join(sep.w(), l.w()).is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "sequence item 1: expected str instance, int found");
        decref(e);
    }
}
