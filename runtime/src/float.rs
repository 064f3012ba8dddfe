//! Floats: boxed f64 objects, CPython's repr (shortest round-trip digits), arithmetic with
//! CPython's special cases and errors, round(), hashing and parsing.

use crate::exceptions::{overflow_error, value_error, zero_division};
use crate::object::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

#[repr(C)]
pub struct FloatObj {
    pub hdr: ObjHeader,
    pub v: f64,
}

thread_local! {
    /// Freed float objects kept for reuse (floats are created and dropped in hot loops).
    static FREE: std::cell::RefCell<Vec<W>> = const { std::cell::RefCell::new(Vec::new()) };
}
const FREE_MAX: usize = 256;

#[inline]
pub fn new(v: f64) -> Ref {
    if let Some(w) = FREE.try_with(|f| f.borrow_mut().pop()).ok().flatten() {
        let o = unsafe { obj_mut::<FloatObj>(w) };
        o.hdr.ob_refcnt.store(1, std::sync::atomic::Ordering::Relaxed);
        o.v = v;
        return Ref::new(w);
    }
    Ref::new(alloc(FloatObj { hdr: ObjHeader::new(&FLOAT_TYPE), v }))
}

/// An instance of `float` subclass `t` (a heap class whose instances are float objects).
pub fn new_of_type(t: &'static TypeObject, v: f64) -> Ref {
    Ref::new(alloc(FloatObj { hdr: ObjHeader::new(t), v }))
}

/// Frees a float object (called at refcount zero): back to the free list or the heap.
pub fn release(w: W) {
    let kept = FREE
        .try_with(|f| {
            let mut f = f.borrow_mut();
            if f.len() < FREE_MAX {
                f.push(w);
                true
            } else {
                false
            }
        })
        .unwrap_or(false);
    if !kept {
        drop(unsafe { Box::from_raw(w as *mut FloatObj) });
    }
}

#[inline]
pub fn is_float(w: W) -> bool {
    !is_small(w) && kind_of(w) == Kind::Float
}

#[inline]
pub fn val(w: W) -> f64 {
    unsafe { obj::<FloatObj>(w).v }
}

/// The float value of a float, int or bool; None for other types.
pub fn as_f64(w: W) -> Option<PyResult<f64>> {
    if is_small(w) {
        return Some(Ok(small_val(w) as f64));
    }
    match kind_of(w) {
        Kind::Float => Some(Ok(val(w))),
        Kind::Int | Kind::Bool => Some(crate::int::to_f64(w)),
        _ => None,
    }
}

/// Splits the shortest round-trip representation into (negative, digits, decimal exponent)
/// where the value is 0.DIGITS * 10**decpt.
///
/// Among equally short candidates the one nearest to x is chosen and an exact tie goes to
/// the even digit, as David Gay's dtoa (CPython) does; Rust's formatter may pick the other.
pub fn shortest_digits(x: f64) -> (bool, String, i32) {
    let s = format!("{:e}", x);
    let (neg, digits, decpt) = split_sci(&s);
    if x == 0.0 || !x.is_finite() {
        return (neg, digits, decpt);
    }
    match tie_fix(x.abs(), &digits, decpt) {
        Some((d, p)) => (neg, d, p),
        None => (neg, digits, decpt),
    }
}

/// If |x| lies exactly halfway between two n-digit decimals (n = digits.len()), returns
/// the even one when it also round-trips.
fn tie_fix(x: f64, digits: &str, decpt: i32) -> Option<(String, i32)> {
    let n = digits.len() as i64;
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let mut m = if be == 0 { bits & ((1 << 52) - 1) } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut e = if be == 0 { -1074 } else { be - 1075 };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    // exact decimal digits of x (m odd): for e < 0 there are exactly -e fractional digits,
    // the last being 5
    let exact: String = if e < 0 {
        if decpt as i64 - e != n + 1 {
            return None;
        }
        let s = format!("{:.*e}", n as usize, x);
        split_sci(&s).1
    } else {
        if e > 70 {
            return None;
        }
        let v = (m as u128) << e;
        let t = v.to_string();
        let t = t.trim_end_matches('0').to_string();
        if t.len() as i64 != n + 1 || !t.ends_with('5') {
            return None;
        }
        t
    };
    if exact.len() as i64 != n + 1 || !exact.ends_with('5') {
        return None;
    }
    let low: u64 = exact[..n as usize].parse().ok()?;
    let pick = if low.is_multiple_of(2) { low } else { low + 1 };
    let mut ps = pick.to_string();
    let mut p = decpt;
    // a carry (e.g. 99 -> 100) moves the decimal point
    if ps.len() as i64 > n {
        p += 1;
    } else if (ps.len() as i64) < n {
        ps = format!("{}{ps}", "0".repeat(n as usize - ps.len()));
    }
    let ps = ps.trim_end_matches('0').to_string();
    let ps = if ps.is_empty() { "0".to_string() } else { ps };
    let candidate = format!("0.{ps}e{p}");
    if candidate.parse::<f64>().ok()? != x {
        return None;
    }
    Some((ps, p))
}

/// Splits Rust's `{:e}` output ("-1.25e-7") into (negative, digits, decpt).
fn split_sci(s: &str) -> (bool, String, i32) {
    let (neg, s) = if let Some(r) = s.strip_prefix('-') { (true, r) } else { (false, s) };
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (neg, digits, exp + 1)
}

/// repr(float) exactly as CPython.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (neg, digits, decpt) = shortest_digits(x);
    let mut out = String::with_capacity(24);
    if neg {
        out.push('-');
    }
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    } else {
        fixed_from_digits(&mut out, &digits, decpt, true);
    }
    out
}

/// Writes 0.DIGITS*10**decpt in positional notation; `dot0` adds ".0" to integral values.
pub fn fixed_from_digits(out: &mut String, digits: &str, decpt: i32, dot0: bool) {
    let n = digits.len() as i32;
    if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if dot0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

pub fn div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// (a // b, a % b) as CPython's float_divmod.
fn divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut d = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            d -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let fd = if d != 0.0 {
        let mut f = d.floor();
        if d - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (fd, m)
}

pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(divmod_raw(a, b).0)
}

pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(divmod_raw(a, b).1)
}

pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(divmod_raw(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// a ** b with CPython's float_pow special cases.
pub fn pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iv });
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut negate = false;
    let mut v = iv;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(crate::exceptions::not_implemented("complex numbers (a negative float raised to a fractional power)"));
        }
        v = -iv;
        negate = is_odd_integer(iw);
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// Rounds num/den to the nearest integer, ties to even (den > 0).
fn round_div(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * 2;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// round(x, n) for a float, correctly rounded like CPython.
pub fn round_ndigits(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        if r.is_infinite() {
            return x;
        }
        return r;
    }
    // negative n: round the exact value to a multiple of 10**k
    let k = (-n) as u32;
    let bits = x.abs().to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = if e == 0 { bits & ((1 << 52) - 1) } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let exp = if e == 0 { -1074 } else { e - 1075 };
    let ten_k = num_traits::pow(BigInt::from(10), k as usize);
    let (num, den) = if exp >= 0 { (BigInt::from(m) << (exp as usize), ten_k) } else { (BigInt::from(m), ten_k << ((-exp) as usize)) };
    let q = round_div(&num, &den);
    let r = if q.is_zero() {
        0.0
    } else {
        let s = format!("{}e{}", q, k);
        s.parse::<f64>().unwrap_or(f64::INFINITY)
    };
    if x < 0.0 { -r } else { r }
}

/// round(x) -> int, ties to even.
pub fn round_int(x: f64) -> PyResult<Ref> {
    let r = x.round_ties_even();
    crate::int::from_f64(r)
}

const HASH_BITS: u32 = 61;
const HASH_INF: i64 = 314159;

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        // subnormal: scale up
        let (m, ex) = frexp(v * f64::from_bits((1023u64 + 64) << 52));
        return (m, ex - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022)
}

/// hash(float) as CPython's _Py_HashDouble (NaN hashes by identity).
pub fn hash(v: f64, w: W) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return crate::ops::id_hash(w);
    }
    let modulus = crate::int::HASH_MODULUS;
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 { e % HASH_BITS as i32 } else { HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32) } as u32;
    x = ((x << e) & modulus) | (x >> (HASH_BITS - e));
    let r = (x as i64).wrapping_mul(sign);
    if r == -1 { -2 } else { r }
}

/// Parses a float literal as `float(str)` does; None on a syntax error.
pub fn parse(s: &str) -> Option<f64> {
    let s = crate::unicode_tables::ascii_digits(s);
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let low = body.to_ascii_lowercase();
    let v = match low.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // digits, '.', exponent, with underscores only between digits
            let b = body.as_bytes();
            if b.is_empty() {
                return None;
            }
            let mut clean = String::with_capacity(b.len());
            let mut seen_digit = false;
            for (i, &c) in b.iter().enumerate() {
                match c {
                    b'0'..=b'9' => {
                        seen_digit = true;
                        clean.push(c as char)
                    }
                    b'_' => {
                        let prev = i.checked_sub(1).map(|j| b[j].is_ascii_digit()).unwrap_or(false);
                        let next = b.get(i + 1).map(|c| c.is_ascii_digit()).unwrap_or(false);
                        if !prev || !next {
                            return None;
                        }
                    }
                    b'+' | b'-' if i > 0 && matches!(b[i - 1], b'e' | b'E') => clean.push(c as char),
                    b'.' | b'e' | b'E' => clean.push(c as char),
                    _ => return None,
                }
            }
            if !seen_digit {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// float(s) with CPython's error message.
pub fn from_str(s: &str, repr: &str) -> PyResult<Ref> {
    match parse(s) {
        Some(v) => Ok(new(v)),
        None => Err(value_error(format!("could not convert string to float: {repr}"))),
    }
}

/// float.as_integer_ratio()
pub fn as_integer_ratio(x: f64) -> PyResult<(Ref, Ref)> {
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = frexp(x);
    let mut m = m;
    let mut e = e as i64;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = crate::int::float_to_big(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.abs().gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok((crate::int::from_big(num), crate::int::from_big(den)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        // python3: repr of each
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (1e22, "1e+22"),
            (123456789.0, "123456789.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5, "2.5"),
            (100.0, "100.0"),
            (-1_733_349_873_489_212.2, "-1733349873489212.2"),
            (2_236_409_581_849_823.2, "2236409581849823.2"),
            (1_733_349_873_489_212.8, "1733349873489212.8"),
        ];
        for (x, s) in cases {
            assert_eq!(repr(*x), *s);
        }
    }

    #[test]
    fn rounding() {
        // python3: round(2.675, 2), round(0.125, 2), round(15.0, -1), round(25.0, -1), round(-1.5e300, -299)
        assert_eq!(repr(round_ndigits(2.675, 2)), "2.67");
        assert_eq!(repr(round_ndigits(0.125, 2)), "0.12");
        assert_eq!(repr(round_ndigits(15.0, -1)), "20.0");
        assert_eq!(repr(round_ndigits(25.0, -1)), "20.0");
        assert_eq!(repr(round_ndigits(-1.5e300, -299)), "-1.5e+300");
        assert_eq!(repr(round_ndigits(1.23456, 3)), "1.235");
        assert_eq!(repr(round_ndigits(-0.5, 0)), "-0.0");
    }

    #[test]
    fn divmods() {
        // python3: -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-0.0, 1.0) -> -4.0 0.5 -0.5 (-0.0, 0.0)
        assert_eq!(floordiv(-7.5, 2.0).unwrap(), -4.0);
        assert_eq!(modulo(-7.5, 2.0).unwrap(), 0.5);
        assert_eq!(modulo(7.5, -2.0).unwrap(), -0.5);
        let (q, r) = divmod(-0.0, 1.0).unwrap();
        assert_eq!((repr(q), repr(r)), ("-0.0".to_string(), "0.0".to_string()));
    }

    #[test]
    fn hashes() {
        // python3: hash(1.5), hash(-0.5), hash(1e300), hash(2.0) -> 1152921504606846977 -1152921504606846976 1224995262755759164 2
        assert_eq!(hash(1.5, 0), 1152921504606846977);
        assert_eq!(hash(-0.5, 0), -1152921504606846976);
        assert_eq!(hash(1e300, 0), 1224995262755759164);
        assert_eq!(hash(2.0, 0), 2);
        assert_eq!(hash(-1.0, 0), -2);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse(" 1.5 "), Some(1.5));
        assert_eq!(parse("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse("nan").unwrap().is_nan());
        assert_eq!(parse("1_000.5"), Some(1000.5));
        assert_eq!(parse("1e5"), Some(100000.0));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("1__0"), None);
        assert_eq!(parse(""), None);
    }
}
