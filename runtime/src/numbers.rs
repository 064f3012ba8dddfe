//! Methods and data attributes of int, bool and float instances.

use crate::exceptions::{overflow_error, type_error, value_error};
use crate::func::Args;
use crate::object::*;
use crate::{float, int, ops};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

pub fn int_has_method(name: &str) -> bool {
    matches!(name, "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio" | "__index__" | "__int__" | "__abs__" | "__neg__" | "to_bytes")
}

pub fn float_has_method(name: &str) -> bool {
    matches!(name, "is_integer" | "as_integer_ratio" | "conjugate" | "hex" | "__int__" | "__abs__" | "__neg__")
}

fn plain_int(w: W) -> Ref {
    if !is_small(w) && kind_of(w) == Kind::Bool { int::from_i64(int::to_i64(w).unwrap_or(0)) } else { Ref::borrow(w) }
}

pub fn int_attr(w: W, name: &str) -> Option<Ref> {
    Some(match name {
        "real" | "numerator" => plain_int(w),
        "imag" => Ref::int(0),
        "denominator" => Ref::int(1),
        _ => return None,
    })
}

pub fn float_attr(w: W, name: &str) -> Option<Ref> {
    Some(match name {
        "real" => Ref::borrow(w),
        "imag" => float::new(0.0),
        _ => return None,
    })
}

pub fn int_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    match name {
        "bit_length" => {
            a.expect("bit_length", 0, 0)?;
            Ok(Ref::int(int::bit_length(w) as i64))
        }
        "bit_count" => {
            a.expect("bit_count", 0, 0)?;
            let s = int::abs_digits(w, 2);
            Ok(Ref::int(s.bytes().filter(|&c| c == b'1').count() as i64))
        }
        "conjugate" | "__index__" | "__int__" => {
            a.expect(name, 0, 0)?;
            Ok(plain_int(w))
        }
        "__abs__" => Ok(int::abs(w)),
        "__neg__" => Ok(int::neg(w)),
        "as_integer_ratio" => {
            a.expect("as_integer_ratio", 0, 0)?;
            Ok(crate::tuple::pair(plain_int(w), Ref::int(1)))
        }
        "to_bytes" => to_bytes(w, a),
        _ => Err(ops::no_attr(w, name)),
    }
}

/// Argument `i` given by position or by keyword `name`.
fn arg(a: &Args, i: usize, name: &str) -> Option<W> {
    a.pos.get(i).copied().or_else(|| a.kw(name))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for "little".
fn little_endian(a: &Args, i: usize, fname: &str) -> PyResult<bool> {
    match arg(a, i, "byteorder") {
        None => Ok(false),
        Some(b) => match crate::str::as_str(b) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!("{fname}() argument 'byteorder' must be str, not {}", type_name(b)))),
        },
    }
}

fn signed_kw(a: &Args) -> PyResult<bool> {
    match a.kw("signed") {
        Some(s) => ops::truthy(s),
        None => Ok(false),
    }
}

/// int.to_bytes(length=1, byteorder='big', *, signed=False)
fn to_bytes(w: W, a: &Args) -> PyResult<Ref> {
    a.check_kw("to_bytes", &["length", "byteorder", "signed"])?;
    if a.pos.len() > 2 {
        return Err(type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", a.pos.len())));
    }
    let length = match arg(a, 0, "length") {
        Some(l) => ops::index_arg(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = little_endian(a, 1, "to_bytes")?;
    let signed = signed_kw(a)?;
    let v = int::to_big(w);
    if !signed && v.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut b = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        b.clear();
    }
    if b.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    b.resize(length as usize, if v.sign() == Sign::Minus { 0xff } else { 0 });
    if !little {
        b.reverse();
    }
    Ok(crate::bytes::from_vec(b))
}

/// int.from_bytes(bytes, byteorder='big', *, signed=False)
pub fn int_from_bytes(a: &Args) -> PyResult<Ref> {
    a.check_kw("from_bytes", &["bytes", "byteorder", "signed"])?;
    if a.pos.len() > 2 {
        return Err(type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", a.pos.len())));
    }
    let Some(src) = arg(a, 0, "bytes") else {
        return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = little_endian(a, 1, "from_bytes")?;
    let signed = signed_kw(a)?;
    let owned;
    let d: &[u8] = if crate::bytes::is_bytes_like(src) {
        crate::bytes::data(src)
    } else {
        owned = crate::bytes::construct(&Args::pos(&[src]), false)?;
        crate::bytes::data(owned.w())
    };
    let v = match (signed, little) {
        (true, true) => BigInt::from_signed_bytes_le(d),
        (true, false) => BigInt::from_signed_bytes_be(d),
        (false, true) => BigInt::from_bytes_le(Sign::Plus, d),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, d),
    };
    Ok(int::from_big(v))
}

/// float.fromhex(s): exact, rounded half to even, as CPython's float_fromhex.
pub fn float_fromhex(a: &Args) -> PyResult<Ref> {
    a.exactly_one("fromhex")?;
    let Some(s) = crate::str::as_str(a.pos[0]) else {
        return Err(type_error(format!("must be str, not {}", type_name(a.pos[0]))));
    };
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(crate::str::py_isspace);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let low = body.to_ascii_lowercase();
    if low == "inf" || low == "infinity" || low == "nan" {
        let v = if low == "nan" { f64::NAN } else { f64::INFINITY };
        return Ok(float::new(if neg { -v } else { v }));
    }
    let b = low.strip_prefix("0x").unwrap_or(&low).as_bytes();
    let mut m = BigUint::zero();
    let mut exp: i64 = 0;
    let mut ndigits = 0;
    let mut i = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            m = m * 16u32 + d;
            ndigits += 1;
            if seen_dot {
                exp -= 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let st = i;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let ds = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == ds {
            return Err(invalid());
        }
        let e: i64 = std::str::from_utf8(&b[st..i]).ok().and_then(|x| x.parse().ok()).unwrap_or(if b[st] == b'-' { -(1 << 40) } else { 1 << 40 });
        exp = exp.saturating_add(e.clamp(-(1 << 40), 1 << 40));
    }
    if i != b.len() {
        return Err(invalid());
    }
    let x = ldexp_rounded(&m, exp).ok_or_else(|| overflow_error("hexadecimal value too large to represent as a float"))?;
    Ok(float::new(if neg { -x } else { x }))
}

/// m * 2**e rounded half to even to the nearest double; None on overflow.
fn ldexp_rounded(m: &BigUint, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1023 {
        return None;
    }
    if top < -1075 {
        return Some(0.0);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift > 0 {
        let sh = shift as u64;
        let q = m >> sh;
        let rem = m - (&q << sh);
        let half = BigUint::from(1u32) << (sh - 1);
        let mut q = q.to_u64()?;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    } else {
        (m << ((-shift) as u64)).to_u64()?
    };
    let x = if lsb >= -1022 { q as f64 * 2f64.powi(lsb as i32) } else { q as f64 * 2f64.powi(-1022) * 2f64.powi((lsb + 1022) as i32) };
    if x.is_infinite() { None } else { Some(x) }
}

/// float.hex()
fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i64;
    let m = bits & ((1 << 52) - 1);
    let lead = if e == 0 {
        e = -1022;
        0
    } else {
        e -= 1023;
        1
    };
    let digits = format!("{m:013x}");
    format!("{sign}0x{lead}.{digits}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())
}

pub fn float_method(w: W, name: &str, a: &Args) -> PyResult<Ref> {
    let x = float::val(w);
    match name {
        "is_integer" => {
            a.expect("is_integer", 0, 0)?;
            Ok(Ref::bool(x.is_finite() && x.fract() == 0.0))
        }
        "as_integer_ratio" => {
            a.expect("as_integer_ratio", 0, 0)?;
            let (n, d) = float::as_integer_ratio(x)?;
            Ok(crate::tuple::pair(n, d))
        }
        "conjugate" => Ok(float::new(x)),
        "hex" => Ok(crate::str::from_string(float_hex(x))),
        "__int__" => int::from_f64(x),
        "__abs__" => Ok(float::new(x.abs())),
        "__neg__" => Ok(float::new(-x)),
        _ => Err(ops::no_attr(w, name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_methods() {
        // python3: (1.5).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex()
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        let r = int_method(mk_small(255), "bit_length", &Args::pos(&[])).unwrap();
        assert_eq!(small_val(r.w()), 8);
    }
}
