//! Formatting: the format-spec mini-language for int, float and str (CPython's
//! formatter_unicode.c and PyOS_double_to_string logic), `format()`, `str.format`, and
//! printf-style `%` formatting.

use crate::exceptions::{index_error, key_error, overflow_error, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::{float, int, ops, str as pstr};

#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub width: i64,
    /// ',' or '_'
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn ferr(m: impl AsRef<str>) -> Raised {
    value_error(m)
}

/// Parses a format spec; `default_align` is '>' for numbers, '<' for str.
pub fn parse_spec(spec: &str, default_align: char, obj_type: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec { fill: ' ', align: None, sign: None, z: false, alt: false, width: -1, grouping: None, precision: None, ty: None };
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let mut fill_specified = false;
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_specified = true;
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if !fill_specified && i < c.len() && c[i] == '0' {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        s.width = w.parse().map_err(|_| ferr("Too many decimal digits in format string"))?;
    }
    if i < c.len() && c[i] == ',' {
        s.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if s.grouping.is_some() {
            return Err(ferr("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && s.grouping == Some('_') {
        return Err(ferr("Cannot specify both ',' and '_'."));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(ferr("Format specifier missing precision"));
        }
        let p: String = c[start..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| ferr("Too many decimal digits in format string"))?);
    }
    if c.len() - i > 1 {
        return Err(ferr(format!("Invalid format specifier '{spec}' for object of type '{obj_type}'")));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
    }
    if let Some(g) = s.grouping {
        let ty = s.ty.unwrap_or(if default_align == '<' { 's' } else { '\0' });
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if g == '_' => {}
            t => return Err(ferr(format!("Cannot specify '{g}' with '{t}'."))),
        }
    }
    Ok(s)
}

fn unknown_code(t: char, obj_type: &str) -> Raised {
    if (t as u32) > 32 && (t as u32) < 128 {
        ferr(format!("Unknown format code '{t}' for object of type '{obj_type}'"))
    } else {
        ferr(format!("Unknown format code '\\x{:x}' for object of type '{obj_type}'", t as u32))
    }
}

/// Groups `digits` (most significant first) right to left, zero-padding to `min_width`
/// as CPython's _PyUnicode_InsertThousandsGrouping does.
fn group(digits: &str, sep: Option<char>, size: usize, min_width: i64) -> String {
    let d: Vec<char> = digits.chars().collect();
    let Some(sep) = sep else {
        let n = d.len() as i64;
        let l = n.max(min_width).max(1);
        let mut s = "0".repeat((l - n).max(0) as usize);
        s.push_str(digits);
        return s;
    };
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut parts: Vec<String> = Vec::new();
    loop {
        let l = (size as i64).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let end = remaining as usize;
        let mut g = "0".repeat(n_zeros as usize);
        g.extend(&d[end - n_chars as usize..end]);
        parts.push(g);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// Lays out sign, prefix, digits (grouped) and the remainder with padding.
fn layout(s: &Spec, negative: bool, prefix: &str, digits: &str, remainder: &str, group_size: usize) -> String {
    let sign = match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let non_digit = (sign.len() + prefix.len() + remainder.chars().count()) as i64;
    let align = s.align.unwrap_or('>');
    let min_width = if s.fill == '0' && align == '=' { s.width - non_digit } else { 0 };
    let grouped = if digits.is_empty() { String::new() } else { group(digits, s.grouping, group_size, min_width) };
    let n_pad = s.width - (non_digit + grouped.chars().count() as i64);
    let fill = |n: i64| s.fill.to_string().repeat(n.max(0) as usize);
    let body = format!("{grouped}{remainder}");
    if n_pad <= 0 {
        return format!("{sign}{prefix}{body}");
    }
    match align {
        '<' => format!("{sign}{prefix}{body}{}", fill(n_pad)),
        '^' => format!("{}{sign}{prefix}{body}{}", fill(n_pad / 2), fill(n_pad - n_pad / 2)),
        '=' => format!("{sign}{prefix}{}{body}", fill(n_pad)),
        _ => format!("{}{sign}{prefix}{body}", fill(n_pad)),
    }
}

fn pad_str(text: &str, s: &Spec, default_align: char) -> String {
    let n = text.chars().count() as i64;
    if s.width <= n {
        return text.to_string();
    }
    let pad = s.width - n;
    let fill = |k: i64| s.fill.to_string().repeat(k as usize);
    match s.align.unwrap_or(default_align) {
        '<' => format!("{text}{}", fill(pad)),
        '^' => format!("{}{text}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{text}", fill(pad)),
    }
}

pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, '<', "str")?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if s.sign == Some(' ') {
        return Err(ferr("Space not allowed in string format specifier"));
    }
    if s.sign.is_some() {
        return Err(ferr("Sign not allowed in string format specifier"));
    }
    if s.z {
        return Err(ferr("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alt {
        return Err(ferr("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') {
        return Err(ferr("'=' alignment not allowed in string format specifier"));
    }
    let t: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad_str(&t, &s, '<'))
}

/// Digits and decimal-point position of |x| for a dtoa mode:
/// 'r' shortest, 'e'/'g' `n` significant digits, 'f' `n` decimals. Trailing zeros stripped.
fn dtoa(x: f64, mode: char, n: usize) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".into(), 1);
    }
    let (digits, decpt) = match mode {
        'r' => {
            let (_, d, p) = float::shortest_digits(x);
            (d, p as i64)
        }
        'f' => {
            let s = format!("{:.*}", n, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{ip}{fp}");
            let lead = all.bytes().take_while(|&b| b == b'0').count();
            if lead == all.len() {
                return ("0".into(), 1);
            }
            (all[lead..].to_string(), ip.len() as i64 - lead as i64)
        }
        _ => {
            let s = format!("{:.*e}", n.max(1) - 1, x);
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i64 = e.parse().unwrap_or(0);
            (m.replace('.', ""), e + 1)
        }
    };
    let t = digits.trim_end_matches('0');
    (if t.is_empty() { "0".to_string() } else { t.to_string() }, decpt)
}

/// PyOS_double_to_string for a finite |x| (no sign): 'e', 'f', 'g' or 'r' modes.
pub fn double_to_string(x: f64, code: char, precision: usize, add_dot_0: bool, alt: bool, upper: bool) -> String {
    let (mode, mut precision) = match code {
        'e' => ('e', precision + 1),
        'f' => ('f', precision),
        'g' => ('g', precision.max(1)),
        _ => ('r', 0),
    };
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let dl = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = dl;
    match code {
        'e' => {
            use_exp = true;
            vend = precision as i64;
        }
        'f' => vend = decpt + precision as i64,
        'g' => {
            let lim = if add_dot_0 { precision as i64 - 1 } else { precision as i64 };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if alt {
                vend = precision as i64;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&"0".repeat((decpt - vstart) as usize));
        out.push('.');
        out.push_str(&"0".repeat((-decpt) as usize));
    } else {
        out.push_str(&"0".repeat((-vstart) as usize));
    }
    if 0 < decpt && decpt <= dl {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dl < decpt {
        out.push_str(&"0".repeat((decpt - dl) as usize));
        out.push('.');
        out.push_str(&"0".repeat((vend - decpt) as usize));
    } else {
        out.push_str(&"0".repeat((vend - dl).max(0) as usize));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    precision = 0;
    let _ = precision;
    out
}

pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float::repr(x));
    }
    // fast path for the common ".Nf"
    let b = spec.as_bytes();
    if b.len() >= 3 && b.len() <= 4 && b[0] == b'.' && b[b.len() - 1] == b'f' && x.is_finite() && b[1..b.len() - 1].iter().all(u8::is_ascii_digit) {
        let n = (b[1] - b'0') as usize * if b.len() == 4 { 10 } else { 1 } + if b.len() == 4 { (b[2] - b'0') as usize } else { 0 };
        return Ok(format!("{:.*}", n, x));
    }
    let s = parse_spec(spec, '>', "float")?;
    let mut ty = s.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_prec = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_prec = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let code = match ty {
        'e' | 'E' => 'e',
        'f' | 'F' => 'f',
        'g' | 'G' => 'g',
        'r' => 'r',
        t => return Err(unknown_code(t, "float")),
    };
    let (code, prec) = match s.precision {
        None => (code, default_prec),
        Some(p) if p > i32::MAX as usize => return Err(ferr("precision too big")),
        Some(p) => (if code == 'r' { 'g' } else { code }, p),
    };
    let mut negative = val.is_sign_negative() && !val.is_nan();
    let mut body = if val.is_nan() {
        "nan".to_string()
    } else if val.is_infinite() {
        "inf".to_string()
    } else {
        double_to_string(val, code, prec, add_dot_0, s.alt, upper)
    };
    if upper {
        body = body.to_uppercase();
    }
    if s.z && negative && val.is_finite() && body.bytes().all(|b| !(b'1'..=b'9').contains(&b)) {
        negative = false;
    }
    if pct {
        body.push('%');
    }
    // split into leading digits and the remainder
    let nd = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rem) = body.split_at(nd);
    Ok(layout(&s, negative, "", digits, rem, 3))
}

pub fn format_int(w: W, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int::to_string(w);
    }
    // errors name the value's own type (`format(True, "s")`: "... object of type 'bool'")
    let tname = type_name(w);
    let s = parse_spec(spec, '>', tname)?;
    let ty = s.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int::to_f64(w)?;
            return format_float(f, spec);
        }
        'b' | 'o' | 'x' | 'X' | 'd' | 'n' | 'c' => {}
        t => return Err(unknown_code(t, tname)),
    }
    if s.precision.is_some() {
        return Err(ferr("Precision not allowed in integer format specifier"));
    }
    if s.z {
        return Err(ferr("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let negative = int::sign(w) < 0;
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(ferr("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alt {
            return Err(ferr("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let Some(v) = int::to_i64(w).filter(|v| (0..0x110000).contains(v)) else {
            return Err(overflow_error("%c arg not in range(0x110000)"));
        };
        let ch = crate::surrogates::char_for(v as u32)?;
        return Ok(layout(&s, false, "", "", &ch.to_string(), 3));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = int::abs_digits(w, radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    if digits.len() > int::MAX_STR_DIGITS && radix == 10 {
        return Err(value_error(
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ));
    }
    let prefix = if s.alt { prefix } else { "" };
    let gsize = if radix == 10 { 3 } else { 4 };
    Ok(layout(&s, negative, prefix, &digits, "", gsize))
}

/// format(value, spec) for any value.
pub fn format(w: W, spec: &str) -> PyResult<String> {
    if is_small(w) {
        return format_int(w, spec);
    }
    match kind_of(w) {
        Kind::Int => format_int(w, spec),
        Kind::Bool => {
            if spec.is_empty() {
                ops::str_string(w)
            } else {
                format_int(w, spec)
            }
        }
        // `float.__format__` of a subclass: `str(self)` for an empty spec
        Kind::Float if type_of(w).heap && spec.is_empty() && crate::classes::special(w, "__format__").is_none() => ops::str_string(w),
        Kind::Float if crate::classes::special(w, "__format__").is_none() => format_float(float::val(w), spec),
        // `str.__format__` of a subclass: `str(self)` for an empty spec
        Kind::Str if type_of(w).heap && spec.is_empty() && crate::classes::special(w, "__format__").is_none() => ops::str_string(w),
        Kind::Str if crate::classes::special(w, "__format__").is_none() => format_str(pstr::s(w), spec),
        _ if type_of(w).heap => {
            let sp = pstr::new(spec);
            if let Some(r) = crate::classes::call_special(w, "__format__", &[sp.w()]) {
                let r = r?;
                return match pstr::as_str(r.w()) {
                    Some(t) => Ok(t.to_string()),
                    None => Err(type_error(format!("__format__ must return a str, not {}", type_name(r.w())))),
                };
            }
            if spec.is_empty() {
                ops::str_string(w)
            } else {
                Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(w))))
            }
        }
        _ => {
            if spec.is_empty() {
                ops::str_string(w)
            } else {
                Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(w))))
            }
        }
    }
}

// ---- str.format (the parser follows CPython's Objects/stringlib/unicode_format.h)

/// Automatic (`{}`) versus manual (`{0}`) field numbering, shared by nested specs.
#[derive(Default)]
struct AutoNumber {
    auto: bool,
    manual: bool,
    next: usize,
}

/// A decimal field index, None when `s` is not all digits.
fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(v) if v <= isize::MAX as usize => Ok(Some(v)),
        _ => Err(value_error("Too many decimal digits in format string")),
    }
}

fn field_value(field: &[char], a: &Args, an: &mut AutoNumber) -> PyResult<Ref> {
    let end = field.iter().position(|&c| c == '.' || c == '[').unwrap_or(field.len());
    let head: String = field[..end].iter().collect();
    let idx = field_index(&head)?;
    let empty = head.is_empty();
    let mut v = if empty || idx.is_some() {
        if empty && an.manual {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if !empty && an.auto {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        let idx = if empty {
            an.auto = true;
            an.next += 1;
            an.next - 1
        } else {
            an.manual = true;
            idx.unwrap_or(0)
        };
        match a.pos.get(idx) {
            Some(&x) => Ref::borrow(x),
            None => return Err(index_error(format!("Replacement index {idx} out of range for positional args tuple"))),
        }
    } else {
        match a.kw(&head) {
            Some(x) => Ref::borrow(x),
            None => {
                let k = pstr::new(&head);
                return Err(key_error(k.w()));
            }
        }
    };
    let mut i = end;
    while i < field.len() {
        let attr = field[i] == '.';
        i += 1;
        let st = i;
        let name: String = if attr {
            while i < field.len() && field[i] != '.' && field[i] != '[' {
                i += 1;
            }
            field[st..i].iter().collect()
        } else {
            while i < field.len() && field[i] != ']' {
                i += 1;
            }
            if i >= field.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            i += 1;
            field[st..i - 1].iter().collect()
        };
        if name.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        if attr {
            let n = pstr::new(&name);
            v = ops::getattr(v.w(), n.w())?;
        } else {
            let k = match field_index(&name)? {
                Some(n) => int::from_i64(n as i64),
                None => pstr::new(&name),
            };
            v = ops::getitem(v.w(), k.w())?;
        }
        if i < field.len() && field[i] != '.' && field[i] != '[' {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

fn convert(v: Ref, conv: Option<char>) -> PyResult<Ref> {
    match conv {
        None => Ok(v),
        Some('r') => ops::repr(v.w()),
        Some('s') => ops::str_(v.w()),
        Some('a') => ops::ascii(v.w()),
        Some(c) if (' '..='~').contains(&c) => Err(value_error(format!("Unknown conversion specifier {c}"))),
        Some(c) => Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// One replacement field `{name!conv:spec}` parsed from c[*i..] (just after its `{`).
struct Field {
    name: Vec<char>,
    conv: Option<char>,
    spec: Vec<char>,
    expand: bool,
}

fn parse_field(c: &[char], i: &mut usize) -> PyResult<Field> {
    let st = *i;
    let mut last = '\0';
    while *i < c.len() {
        last = c[*i];
        *i += 1;
        match last {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < c.len() && c[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let ended = matches!(last, '}' | ':' | '!') && *i > st;
    let name = c[st..if ended { *i - 1 } else { *i }].to_vec();
    let mut f = Field { name, conv: None, spec: Vec::new(), expand: false };
    if !ended {
        return Err(value_error("expected '}' before end of string"));
    }
    if last == '}' {
        return Ok(f);
    }
    if last == '!' {
        if *i >= c.len() {
            return Err(value_error("end of string while looking for conversion specifier"));
        }
        f.conv = Some(c[*i]);
        *i += 1;
        if *i < c.len() {
            let n = c[*i];
            *i += 1;
            if n == '}' {
                return Ok(f);
            }
            if n != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let sst = *i;
    let mut count = 1;
    while *i < c.len() {
        let ch = c[*i];
        *i += 1;
        if ch == '{' {
            f.expand = true;
            count += 1;
        } else if ch == '}' {
            count -= 1;
            if count == 0 {
                f.spec = c[sst..*i - 1].to_vec();
                return Ok(f);
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// CPython's build_string: `depth` counts down from 2; nested specs are expanded with one less.
fn format_inner(c: &[char], a: &Args, an: &mut AutoNumber, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(c.len());
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch != '{' && ch != '}' {
            out.push(ch);
            continue;
        }
        let at_end = i >= c.len();
        if ch == '}' && (at_end || c[i] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if c[i] == ch {
            out.push(ch);
            i += 1;
            continue;
        }
        let f = parse_field(c, &mut i)?;
        let v = field_value(&f.name, a, an)?;
        let v = convert(v, f.conv)?;
        let spec = if f.expand { format_inner(&f.spec, a, an, depth - 1)? } else { f.spec.iter().collect() };
        out.push_str(&format(v.w(), &spec)?);
    }
    Ok(out)
}

/// str.format(*args, **kwargs)
pub fn str_format(fmt: &str, a: &Args) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    format_inner(&c, a, &mut AutoNumber::default(), 2)
}

// ---- printf-style

fn percent_num_arg(v: W, code: char) -> PyResult<Ref> {
    if int::is_int(v) {
        return Ok(Ref::borrow(v));
    }
    if float::is_float(v) {
        return int::from_f64(float::val(v));
    }
    if code == 'c' {
        return Err(type_error("%c requires int or char"));
    }
    if matches!(code, 'x' | 'X' | 'o') {
        return Err(type_error(format!("%{code} format: an integer is required, not {}", type_name(v))));
    }
    Err(type_error(format!("%{code} format: a real number is required, not {}", type_name(v))))
}

/// `fmt % args` for str.
pub fn percent_format(fw: W, args: W) -> PyResult<Ref> {
    let fmt: Vec<char> = pstr::s(fw).chars().collect();
    Ok(pstr::from_string(percent_text(&fmt, args, false)?))
}

/// `fmt % args` for bytes and bytearray: the same engine over the bytes read as Latin-1,
/// with %s/%b taking buffers, %r/%a giving ascii(), %c one byte.
pub fn bytes_percent_format(fw: W, args: W) -> PyResult<Ref> {
    let fmt: Vec<char> = crate::bytes::data(fw).iter().map(|&b| b as char).collect();
    let out: Vec<u8> = percent_text(&fmt, args, true)?.chars().map(|c| c as u8).collect();
    Ok(if crate::bytes::is_bytearray(fw) { crate::bytes::bytearray_from_vec(out) } else { crate::bytes::from_vec(out) })
}

/// Does `%` treat `args` as a mapping (CPython: it has `__getitem__` and is not a tuple or
/// the format's own type)?
fn percent_mapping(args: W, bytes_mode: bool) -> bool {
    if is_small(args) {
        return false;
    }
    match kind_of(args) {
        Kind::Dict | Kind::List | Kind::Range => true,
        Kind::Str => bytes_mode,
        Kind::Bytes | Kind::ByteArray => !bytes_mode,
        _ => type_of(args).heap && crate::classes::special(args, "__getitem__").is_some(),
    }
}

fn percent_text(fmt: &[char], args: W, bytes_mode: bool) -> PyResult<String> {
    let is_map = percent_mapping(args, bytes_mode);
    let items: Vec<W> = if crate::tuple::is_tuple(args) { crate::tuple::items(args).to_vec() } else { vec![args] };
    let mut ai = 0usize;
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let next_arg = |ai: &mut usize| -> PyResult<W> {
        if *ai >= items.len() {
            return Err(type_error("not enough arguments for format string"));
        }
        *ai += 1;
        Ok(items[*ai - 1])
    };
    while i < fmt.len() {
        let ch = fmt[i];
        if ch != '%' {
            out.push(ch);
            i += 1;
            continue;
        }
        i += 1;
        if i >= fmt.len() {
            return Err(value_error("incomplete format"));
        }
        let mut mapval: Option<Ref> = None;
        if fmt[i] == '(' {
            if !is_map {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == '(' {
                    depth += 1;
                } else if fmt[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = fmt[start..i - 1].iter().collect();
            let k = if bytes_mode { crate::bytes::from_vec(key.chars().map(|c| c as u8).collect()) } else { pstr::new(&key) };
            mapval = Some(ops::getitem(args, k.w())?);
        }
        let mut s = Spec { fill: ' ', align: Some('>'), sign: None, z: false, alt: false, width: -1, grouping: None, precision: None, ty: None };
        let mut zero = false;
        while i < fmt.len() && matches!(fmt[i], '-' | '+' | ' ' | '#' | '0') {
            match fmt[i] {
                '-' => s.align = Some('<'),
                '+' => s.sign = Some('+'),
                ' ' => {
                    if s.sign.is_none() {
                        s.sign = Some(' ')
                    }
                }
                '#' => s.alt = true,
                _ => zero = true,
            }
            i += 1;
        }
        if i < fmt.len() && fmt[i] == '*' {
            let v = next_arg(&mut ai)?;
            let n = ops::index_arg(v).map_err(|_| {
                crate::exceptions::clear();
                type_error("* wants int")
            })?;
            if n < 0 {
                s.align = Some('<');
            }
            s.width = n.abs();
            i += 1;
        } else {
            let st = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                s.width = fmt[st..i].iter().collect::<String>().parse().unwrap_or(0);
            }
        }
        if i < fmt.len() && fmt[i] == '.' {
            i += 1;
            if i < fmt.len() && fmt[i] == '*' {
                let v = next_arg(&mut ai)?;
                if !int::is_int(v) {
                    return Err(type_error("* wants int"));
                }
                s.precision = Some(ops::index_arg(v)?.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                s.precision = Some(fmt[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        // length modifiers are accepted and ignored
        while i < fmt.len() && matches!(fmt[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= fmt.len() {
            return Err(value_error("incomplete format"));
        }
        let code = fmt[i];
        i += 1;
        if code == '%' {
            out.push('%');
            continue;
        }
        let v = match mapval.take() {
            Some(v) => v,
            None => Ref::borrow(next_arg(&mut ai)?),
        };
        if zero && s.align != Some('<') && !matches!(code, 's' | 'r' | 'a' | 'c') {
            s.fill = '0';
            s.align = Some('=');
        }
        let piece = match code {
            's' | 'b' if bytes_mode => {
                if !crate::bytes::is_bytes_like(v.w()) {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        type_name(v.w())
                    )));
                }
                let mut txt: String = crate::bytes::data(v.w()).iter().map(|&b| b as char).collect();
                if let Some(p) = s.precision {
                    txt = txt.chars().take(p).collect();
                }
                pad_str(&txt, &s, '>')
            }
            'r' | 'a' if bytes_mode => {
                let t = ops::ascii(v.w())?;
                let mut txt = pstr::s(t.w()).to_string();
                if let Some(p) = s.precision {
                    txt = txt.chars().take(p).collect();
                }
                pad_str(&txt, &s, '>')
            }
            'c' if bytes_mode => {
                let b = if crate::bytes::is_bytes_like(v.w()) && crate::bytes::data(v.w()).len() == 1 {
                    crate::bytes::data(v.w())[0]
                } else if int::is_int(v.w()) {
                    match int::to_i64(v.w()).filter(|n| (0..256).contains(n)) {
                        Some(n) => n as u8,
                        None => return Err(overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(type_error("%c requires an integer in range(256) or a single byte"));
                };
                pad_str(&(b as char).to_string(), &s, '>')
            }
            's' | 'r' | 'a' => {
                let t = match code {
                    's' => ops::str_(v.w())?,
                    'r' => ops::repr(v.w())?,
                    _ => ops::ascii(v.w())?,
                };
                let mut txt = pstr::s(t.w()).to_string();
                if let Some(p) = s.precision {
                    txt = txt.chars().take(p).collect();
                }
                pad_str(&txt, &s, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                if matches!(code, 'x' | 'X' | 'o') && !int::is_int(v.w()) {
                    return Err(type_error(format!("%{code} format: an integer is required, not {}", type_name(v.w()))));
                }
                let n = percent_num_arg(v.w(), code)?;
                let (radix, prefix) = match code {
                    'x' => (16, "0x"),
                    'X' => (16, "0X"),
                    'o' => (8, "0o"),
                    _ => (10, ""),
                };
                let mut digits = int::abs_digits(n.w(), radix);
                if code == 'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(p) = s.precision
                    && digits.len() < p
                {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
                let prefix = if s.alt { prefix } else { "" };
                let neg = int::sign(n.w()) < 0;
                layout(&s, neg, prefix, &digits, "", 3)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match float::as_f64(v.w()) {
                    Some(r) => r?,
                    None => return Err(type_error(format!("must be real number, not {}", type_name(v.w())))),
                };
                let prec = s.precision.unwrap_or(6);
                let upper = code.is_ascii_uppercase();
                let lc = code.to_ascii_lowercase();
                let neg = x.is_sign_negative() && !x.is_nan();
                let mut body = if x.is_nan() {
                    "nan".into()
                } else if x.is_infinite() {
                    "inf".into()
                } else {
                    double_to_string(x, lc, prec, false, s.alt, upper)
                };
                if upper {
                    body = body.to_uppercase();
                }
                let nd = body.bytes().take_while(|b| b.is_ascii_digit()).count();
                let (d, r) = body.split_at(nd);
                let mut sp = s.clone();
                if x.is_infinite() || x.is_nan() {
                    sp.fill = ' ';
                    if sp.align == Some('=') {
                        sp.align = Some('>');
                    }
                }
                layout(&sp, neg, "", d, r, 3)
            }
            'c' => {
                let ch = if pstr::is_str(v.w()) {
                    if pstr::len(v.w()) != 1 {
                        return Err(type_error("%c requires int or char"));
                    }
                    pstr::s(v.w()).to_string()
                } else if int::is_int(v.w()) {
                    match int::to_i64(v.w()).filter(|n| (0..0x110000).contains(n)) {
                        Some(n) => crate::surrogates::char_for(n as u32)?.to_string(),
                        None => return Err(overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                pad_str(&ch, &s, '>')
            }
            c => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    c,
                    c as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if !is_map && ai < items.len() {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    /// Expected values from CPython 3.11 (`format(v, spec)`).
    #[test]
    fn ints() {
        let cases: &[(i64, &str, &str)] = &[
            (1234, "010,", "00,001,234"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (1234, "07,", "001,234"),
            (1234, "06,", "01,234"),
            (1234567, ",", "1,234,567"),
            (1234567, "_", "1_234_567"),
            (255, "#x", "0xff"),
            (255, "#010x", "0x000000ff"),
            (255, "_b", "1111_1111"),
            (-255, "#o", "-0o377"),
            (65, "c", "A"),
            (-5, "05", "-0005"),
            (-5, "<05", "-5000"),
            (-5, "=+6", "-    5"),
            (5, " d", " 5"),
            (12, "n", "12"),
            (123, ".3e", "1.230e+02"),
            (123, "f", "123.000000"),
            (0, "#b", "0b0"),
        ];
        for (v, s, e) in cases {
            assert_eq!(format_int(mk_small(*v), s).unwrap(), *e, "format({v}, {s:?})");
        }
    }

    #[test]
    fn floats() {
        let cases: &[(f64, &str, &str)] = &[
            (1e16, "g", "1e+16"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234567.891, "_.3f", "1_234_567.891"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "", "-0.0"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NAN, "+", "+nan"),
            (f64::NEG_INFINITY, "F", "-INF"),
            (100.0, ".3", "1e+02"),
            (1.0, ".3", "1.0"),
            (1234.5, ".2", "1.2e+03"),
            (0.00001, "", "1e-05"),
            (12345.678, "10.3e", " 1.235e+04"),
            (12345.678, "E", "1.234568E+04"),
            (0.0001234, "g", "0.0001234"),
            (123456789.0, "g", "1.23457e+08"),
            (1e-5, ".3g", "1e-05"),
            (1.0, "#g", "1.00000"),
            (100.0, "#.3g", "100."),
            (0.5, "%", "50.000000%"),
            (0.12345, ".1%", "12.3%"),
            (3.0, "n", "3"),
            (1234.5, "n", "1234.5"),
            (1.5, "=+10.2f", "+     1.50"),
            (1.5, "*^11.3f", "***1.500***"),
            (-1.5, "010.2f", "-000001.50"),
            (1.5, "010,.2f", "000,001.50"),
            (12345.5, "012,.1f", "00,012,345.5"),
            (3.14159, ".3", "3.14"),
            (3.0, ".3", "3.0"),
            (1e20, ".3", "1e+20"),
            (123.456, ".5", "123.46"),
            (0.1, ".17", "0.10000000000000001"),
            (1.0, "e", "1.000000e+00"),
            (0.0, "e", "0.000000e+00"),
            (0.0, "g", "0"),
            (0.0, ".0e", "0e+00"),
            (9.99999, ".2f", "10.00"),
            (9.995, ".2f", "9.99"),
            (1.25, ".1f", "1.2"),
            (1.35, ".1f", "1.4"),
            (-0.0, ".2f", "-0.00"),
            (-0.001, ".2f", "-0.00"),
            (2.675, ".2f", "2.67"),
            (0.5, ".0f", "0"),
            (123.456, ".10f", "123.4560000000"),
        ];
        for (v, s, e) in cases {
            assert_eq!(format_float(*v, s).unwrap(), *e, "format({v}, {s:?})");
        }
        assert!(format_float(1e100, "f").unwrap().starts_with("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"));
    }

    #[test]
    fn strings_and_errors() {
        assert_eq!(format_str("abc", ">10").unwrap(), "       abc");
        assert_eq!(format_str("abc", "*^9").unwrap(), "***abc***");
        assert_eq!(format_str("abc", ".2").unwrap(), "ab");
        assert_eq!(format_str("abc", "05").unwrap(), "abc00");
        assert_eq!(format_str("é", "^5").unwrap(), "  é  ");
        let errs: &[(&str, &str)] = &[
            ("d", "Unknown format code 'd' for object of type 'str'"),
            ("+", "Sign not allowed in string format specifier"),
            ("=", "'=' alignment not allowed in string format specifier"),
            ("#", "Alternate form (#) not allowed in string format specifier"),
            (",", "Cannot specify ',' with 's'."),
        ];
        for (s, m) in errs {
            assert!(format_str("a", s).is_err());
            let e = crate::exceptions::fetch();
            assert_eq!(crate::exceptions::exc_str(e).unwrap(), *m);
            decref(e);
        }
        let ierrs: &[(&str, &str)] = &[
            (".2", "Precision not allowed in integer format specifier"),
            ("z", "Negative zero coercion (z) not allowed in integer format specifier"),
            (",x", "Cannot specify ',' with 'x'."),
            ("x,", "Invalid format specifier 'x,' for object of type 'int'"),
            (".", "Format specifier missing precision"),
            ("+c", "Sign not allowed with integer format specifier 'c'"),
            (",n", "Cannot specify ',' with 'n'."),
        ];
        for (s, m) in ierrs {
            assert!(format_int(mk_small(1), s).is_err(), "{s}");
            let e = crate::exceptions::fetch();
            assert_eq!(crate::exceptions::exc_str(e).unwrap(), *m);
            decref(e);
        }
        assert!(format_float(1.5, "d").is_err());
        let e = crate::exceptions::fetch();
        assert_eq!(crate::exceptions::exc_str(e).unwrap(), "Unknown format code 'd' for object of type 'float'");
        decref(e);
        // bools name their own type (CPython: format(True, "s"))
        for (s, m) in [
            ("s", "Unknown format code 's' for object of type 'bool'"),
            ("5s", "Unknown format code 's' for object of type 'bool'"),
            ("!r", "Invalid format specifier '!r' for object of type 'bool'"),
        ] {
            assert!(format(true_w(), s).is_err(), "{s}");
            let e = crate::exceptions::fetch();
            assert_eq!(crate::exceptions::exc_str(e).unwrap(), m);
            decref(e);
        }
        assert_eq!(format(true_w(), "#x").unwrap(), "0x1");
        assert_eq!(format(false_w(), "").unwrap(), "False");
    }

    #[test]
    fn str_format_and_percent() {
        let f = pstr::new("{} and {!r:>6} {x:.2f} {{}}");
        let a = pstr::new("a");
        let b = pstr::new("b");
        let kwn = [pstr::new("x").w()];
        let fl = float::new(3.14159);
        let args = Args { pos: &[a.w(), b.w()], kwnames: &kwn, kwvals: &[fl.w()], kwtuple: 0 };
        assert_eq!(str_format(pstr::s(f.w()), &args).unwrap(), "a and    'b' 3.14 {}");
        // python3: '%5.2f|%-4d|%s|%r|%x|%05d|%+d|%.3d|%c' % (3.14159, 7, 'hi', 'hi', 255, -42, 5, 7, 65)
        let fmt = pstr::new("%5.2f|%-4d|%s|%r|%x|%05d|%+d|%.3d|%c|%%");
        let hi = pstr::new("hi");
        let t = crate::tuple::new(&[fl.w(), mk_small(7), hi.w(), hi.w(), mk_small(255), mk_small(-42), mk_small(5), mk_small(7), mk_small(65)]);
        let r = percent_format(fmt.w(), t.w()).unwrap();
        assert_eq!(pstr::s(r.w()), " 3.14|7   |hi|'hi'|ff|-0042|+5|007|A|%");
    }
}
