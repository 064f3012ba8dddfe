//! Arbitrary-precision ints: small tagged words with an overflow-checked fast path, and
//! heap big ints (num-bigint) for everything else; results are always normalised so an
//! int that fits 63 bits is a small int.

use crate::exceptions::{overflow_error, value_error, zero_division};
use crate::object::*;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A heap int too big for a small int.
#[repr(C)]
pub struct IntObj {
    pub hdr: ObjHeader,
    pub v: BigInt,
}

/// An int operand seen through its representation.
pub enum IntRef<'a> {
    S(i64),
    B(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::S(v) => BigInt::from(*v),
            IntRef::B(b) => (*b).clone(),
        }
    }
}

/// Views an int or bool word as an int.
#[inline]
pub fn as_int(w: W) -> Option<IntRef<'static>> {
    if is_small(w) {
        return Some(IntRef::S(small_val(w)));
    }
    match kind_of(w) {
        Kind::Int => Some(IntRef::B(unsafe { &obj::<IntObj>(w).v })),
        Kind::Bool => Some(IntRef::S(unsafe { obj::<BoolObj>(w).val })),
        _ => None,
    }
}

/// Is the word an int (bool included)?
#[inline]
pub fn is_int(w: W) -> bool {
    is_small(w) || matches!(kind_of(w), Kind::Int | Kind::Bool)
}

#[inline]
pub fn from_i64(v: i64) -> Ref {
    if fits_small(v) { Ref::new(mk_small(v)) } else { Ref::new(alloc(IntObj { hdr: ObjHeader::new(&INT_TYPE), v: BigInt::from(v) })) }
}

pub fn from_i128(v: i128) -> Ref {
    if let Ok(x) = i64::try_from(v) { from_i64(x) } else { from_big(BigInt::from(v)) }
}

/// Normalises a big int result.
pub fn from_big(b: BigInt) -> Ref {
    if let Some(v) = b.to_i64()
        && fits_small(v)
    {
        return Ref::new(mk_small(v));
    }
    Ref::new(alloc(IntObj { hdr: ObjHeader::new(&INT_TYPE), v: b }))
}

pub fn to_big(w: W) -> BigInt {
    as_int(w).map(|i| i.to_big()).unwrap_or_default()
}

/// The value as an i64 when it fits.
pub fn to_i64(w: W) -> Option<i64> {
    match as_int(w)? {
        IntRef::S(v) => Some(v),
        IntRef::B(b) => b.to_i64(),
    }
}

fn big2(a: W, b: W) -> (BigInt, BigInt) {
    (to_big(a), to_big(b))
}

#[inline]
fn both_small(a: W, b: W) -> Option<(i64, i64)> {
    match (as_int(a)?, as_int(b)?) {
        (IntRef::S(x), IntRef::S(y)) => Some((x, y)),
        _ => None,
    }
}

pub fn add(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x + y);
    }
    let (x, y) = big2(a, b);
    from_big(x + y)
}

pub fn sub(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x - y);
    }
    let (x, y) = big2(a, b);
    from_big(x - y)
}

pub fn mul(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i128(x as i128 * y as i128);
    }
    let (x, y) = big2(a, b);
    from_big(x * y)
}

pub fn is_zero(w: W) -> bool {
    match as_int(w) {
        Some(IntRef::S(v)) => v == 0,
        Some(IntRef::B(b)) => b.is_zero(),
        None => false,
    }
}

pub fn floordiv(a: W, b: W) -> PyResult<Ref> {
    if is_zero(b) {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let Some((x, y)) = both_small(a, b) {
        let q = x / y;
        return Ok(from_i64(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }));
    }
    let (x, y) = big2(a, b);
    Ok(from_big(x.div_floor(&y)))
}

pub fn modulo(a: W, b: W) -> PyResult<Ref> {
    if is_zero(b) {
        return Err(zero_division("integer modulo by zero"));
    }
    if let Some((x, y)) = both_small(a, b) {
        let r = x % y;
        return Ok(Ref::new(mk_small(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })));
    }
    let (x, y) = big2(a, b);
    Ok(from_big(x.mod_floor(&y)))
}

pub fn divmod(a: W, b: W) -> PyResult<(Ref, Ref)> {
    if is_zero(b) {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let Some((x, y)) = both_small(a, b) {
        let (q, r) = x.div_mod_floor(&y);
        return Ok((from_i64(q), from_i64(r)));
    }
    let (x, y) = big2(a, b);
    let (q, r) = x.div_mod_floor(&y);
    Ok((from_big(q), from_big(r)))
}

pub fn sign(w: W) -> i32 {
    match as_int(w) {
        Some(IntRef::S(v)) => v.signum() as i32,
        Some(IntRef::B(b)) => match b.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        },
        None => 0,
    }
}

/// `a ** b`; a negative exponent gives a float object.
pub fn pow(a: W, b: W) -> PyResult<Ref> {
    if sign(b) < 0 {
        let x = to_f64(a)?;
        let y = to_f64(b)?;
        let r = crate::float::pow(x, y)?;
        return Ok(crate::float::new(r));
    }
    if let Some((x, y)) = both_small(a, b) {
        if let Ok(e) = u32::try_from(y)
            && let Some(r) = x.checked_pow(e)
        {
            return Ok(from_i64(r));
        }
        if x == 0 || x == 1 {
            return Ok(from_i64(x));
        }
        if x == -1 {
            return Ok(from_i64(if y % 2 == 0 { 1 } else { -1 }));
        }
    }
    let base = to_big(a);
    let e = match to_i64(b).and_then(|e| u32::try_from(e).ok()) {
        Some(e) => e,
        None => {
            if base.is_zero() || base.is_one() {
                return Ok(from_big(base));
            }
            if base == BigInt::from(-1) {
                return Ok(from_i64(if to_big(b).is_even() { 1 } else { -1 }));
            }
            return Err(crate::exceptions::raise_new(&crate::exceptions::MEMORY_ERROR, ""));
        }
    };
    Ok(from_big(num_traits::pow::Pow::pow(base, e)))
}

/// Three-argument `pow(a, b, m)` for ints.
pub fn pow_mod(a: W, b: W, m: W) -> PyResult<Ref> {
    let m = to_big(m);
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = to_big(a);
    let mut e = to_big(b);
    let am = m.abs();
    if e.is_negative() {
        // modular inverse
        let inv = mod_inverse(&base.mod_floor(&am), &am).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        base = inv;
        e = -e;
    }
    let mut r = base.modpow(&e, &am);
    // Python: result has the sign of m
    r = r.mod_floor(&am);
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    if am.is_one() {
        r = BigInt::zero();
    }
    Ok(from_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn lshift(a: W, b: W) -> PyResult<Ref> {
    if sign(b) < 0 {
        return Err(value_error("negative shift count"));
    }
    if is_zero(a) {
        return Ok(from_i64(0));
    }
    let n = match to_i64(b) {
        Some(n) if n <= (1 << 32) => n as usize,
        _ => return Err(overflow_error("too many digits in integer")),
    };
    if let Some((x, _)) = both_small(a, b)
        && n < 64
    {
        let r = (x as i128) << n;
        if (r >> n) == x as i128 {
            return Ok(from_i128(r));
        }
    }
    Ok(from_big(to_big(a) << n))
}

pub fn rshift(a: W, b: W) -> PyResult<Ref> {
    if sign(b) < 0 {
        return Err(value_error("negative shift count"));
    }
    let n = to_i64(b).unwrap_or(i64::MAX);
    if let Some(IntRef::S(x)) = as_int(a) {
        return Ok(from_i64(if n >= 64 { if x < 0 { -1 } else { 0 } } else { x >> n }));
    }
    let x = to_big(a);
    if n as u64 >= x.bits() {
        return Ok(from_i64(if x.is_negative() { -1 } else { 0 }));
    }
    // num-bigint's >> on negative values rounds toward negative infinity (arithmetic shift).
    Ok(from_big(x >> (n as usize)))
}

pub fn and(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x & y);
    }
    let (x, y) = big2(a, b);
    from_big(x & y)
}
pub fn or(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x | y);
    }
    let (x, y) = big2(a, b);
    from_big(x | y)
}
pub fn xor(a: W, b: W) -> Ref {
    if let Some((x, y)) = both_small(a, b) {
        return from_i64(x ^ y);
    }
    let (x, y) = big2(a, b);
    from_big(x ^ y)
}
pub fn neg(a: W) -> Ref {
    match as_int(a) {
        Some(IntRef::S(x)) => from_i64(-x),
        _ => from_big(-to_big(a)),
    }
}
pub fn invert(a: W) -> Ref {
    match as_int(a) {
        Some(IntRef::S(x)) => from_i64(!x),
        _ => from_big(-to_big(a) - 1),
    }
}
pub fn abs(a: W) -> Ref {
    match as_int(a) {
        Some(IntRef::S(x)) => from_i64(x.abs()),
        _ => from_big(to_big(a).abs()),
    }
}

pub fn cmp(a: W, b: W) -> Ordering {
    match (as_int(a), as_int(b)) {
        (Some(IntRef::S(x)), Some(IntRef::S(y))) => x.cmp(&y),
        _ => to_big(a).cmp(&to_big(b)),
    }
}

/// float(int), correctly rounded.
pub fn to_f64(w: W) -> PyResult<f64> {
    match as_int(w) {
        Some(IntRef::S(v)) => Ok(v as f64),
        Some(IntRef::B(b)) => big_to_f64(b),
        None => Ok(0.0),
    }
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    // num-bigint's to_f64 rounds correctly (round-half-even) and gives inf on overflow.
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let p1000 = f64::from_bits(((1023 + 1000) as u64) << 52);
    let m1000 = f64::from_bits(((1023 - 1000) as u64) << 52);
    while e > 1000 {
        x *= p1000;
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= m1000;
        e += 1000;
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// `a / b` correctly rounded, as CPython's long_true_divide.
pub fn truediv(a: W, b: W) -> PyResult<f64> {
    if is_zero(b) {
        return Err(zero_division("division by zero"));
    }
    if let Some((x, y)) = both_small(a, b)
        && x.unsigned_abs() <= 1 << 53
        && y.unsigned_abs() <= 1 << 53
    {
        return Ok(x as f64 / y as f64);
    }
    let (x, y) = big2(a, b);
    let neg = x.is_negative() != y.is_negative();
    let na = x.magnitude();
    let nb = y.magnitude();
    if na.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let diff = na.bits() as i64 - nb.bits() as i64;
    let mut s = 55 - diff;
    if s > 1076 {
        s = 1076;
    }
    let (q, r) = if s >= 0 { (na << (s as usize)).div_rem(nb) } else { na.div_rem(&(nb << ((-s) as usize))) };
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let res = if s == 1076 && q < (1u64 << 54) {
        // subnormal (or smallest normal) result: round to a multiple of 2**-1074
        let rem = q & 3;
        let mut q4 = q >> 2;
        if rem > 2 || (rem == 2 && q4 & 1 == 1) {
            q4 += 1;
        }
        q4 as f64 * f64::from_bits(1)
    } else {
        ldexp(q as f64, -s)
    };
    if res.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -res } else { res })
}

/// Compares an int with a float exactly; None when the float is NaN.
pub fn cmp_float(a: W, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Some(IntRef::S(v)) = as_int(a)
        && v.unsigned_abs() <= 1 << 53
    {
        return (v as f64).partial_cmp(&f);
    }
    let fl = f.floor();
    let fi = float_to_big(fl);
    let n = to_big(a);
    match n.cmp(&fi) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}

/// Exact conversion of an integral finite float.
pub fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 { m << (exp as usize) } else { m >> ((-exp) as usize) };
    if f < 0.0 { -r } else { r }
}

/// int(float): truncation (ValueError / OverflowError for nan / inf).
pub fn from_f64(f: f64) -> PyResult<Ref> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 4.0e18 {
        return Ok(from_i64(t as i64));
    }
    Ok(from_big(float_to_big(t)))
}

pub const MAX_STR_DIGITS: usize = 4300;

/// str(int) / repr(int).
pub fn to_string(w: W) -> PyResult<String> {
    match as_int(w) {
        Some(IntRef::S(v)) => Ok(v.to_string()),
        Some(IntRef::B(b)) => {
            // a value above 10**4300 has more digits than allowed
            if b.bits() > 14284 {
                let s = b.magnitude().to_string();
                if s.len() > MAX_STR_DIGITS {
                    return Err(value_error(
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
            }
            Ok(b.to_string())
        }
        None => Ok(String::new()),
    }
}

/// Digits of the absolute value in a power-of-two or decimal base (for hex/oct/bin/format).
pub fn abs_digits(w: W, radix: u32) -> String {
    match as_int(w) {
        Some(IntRef::S(v)) => match radix {
            2 => format!("{:b}", v.unsigned_abs()),
            8 => format!("{:o}", v.unsigned_abs()),
            16 => format!("{:x}", v.unsigned_abs()),
            _ => v.unsigned_abs().to_string(),
        },
        Some(IntRef::B(b)) => b.magnitude().to_str_radix(radix),
        None => String::new(),
    }
}

/// Parses an int literal as `int(s, base)` does; None on a syntax error.
pub fn parse(s: &str, base: u32) -> Option<BigInt> {
    let s = crate::unicode_tables::ascii_digits(s);
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let lower = body.to_ascii_lowercase();
    let mut had_prefix = false;
    if (base == 0 || base == 16) && lower.starts_with("0x")
        || (base == 0 || base == 8) && lower.starts_with("0o")
        || (base == 0 || base == 2) && lower.starts_with("0b")
    {
        base = match &lower[1..2] {
            "x" => 16,
            "o" => 8,
            _ => 2,
        };
        body = &body[2..];
        had_prefix = true;
    }
    if base == 0 {
        // decimal; a non-zero number may not have leading zeros
        base = 10;
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
            return None;
        }
    }
    // underscores: only between digits (or right after a prefix)
    let bytes = body.as_bytes();
    if bytes.is_empty() {
        return None;
    }
    let mut clean = Vec::with_capacity(bytes.len());
    let mut prev_us = false;
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            if prev_us || (i == 0 && !had_prefix) {
                return None;
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        clean.push(c);
    }
    if prev_us || clean.is_empty() {
        return None;
    }
    let mut v = if clean.len() <= 18 && base == 10 {
        BigInt::from(std::str::from_utf8(&clean).ok()?.parse::<i64>().ok()?)
    } else {
        BigInt::parse_bytes(&clean, base)?
    };
    if neg {
        v = -v;
    }
    Some(v)
}

/// `int(s, base)` with CPython's errors.
pub fn from_str(s: &str, base: i64, repr: &str) -> PyResult<Ref> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match parse(s, base as u32) {
        Some(v) => {
            if base == 10 || base == 0 {
                let nd = s.bytes().filter(|c| c.is_ascii_digit()).count();
                if nd > MAX_STR_DIGITS {
                    return Err(value_error(format!(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has {nd} digits; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            Ok(from_big(v))
        }
        None => Err(value_error(format!("invalid literal for int() with base {base}: {repr}"))),
    }
}

pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// hash(int) as CPython.
pub fn hash(w: W) -> i64 {
    let h = match as_int(w) {
        Some(IntRef::S(v)) => {
            let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
            if v < 0 { -m } else { m }
        }
        Some(IntRef::B(b)) => {
            let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
            if b.is_negative() { -m } else { m }
        }
        None => 0,
    };
    if h == -1 { -2 } else { h }
}

/// Converts an index operand (int or bool) to i64; OverflowError when it does not fit.
pub fn index_i64(w: W) -> PyResult<i64> {
    to_i64(w).ok_or_else(|| {
        crate::exceptions::raise_new(
            &crate::exceptions::INDEX_ERROR,
            format!("cannot fit '{}' into an index-sized integer", type_name(w)),
        )
    })
}

pub fn bit_length(w: W) -> u64 {
    match as_int(w) {
        Some(IntRef::S(v)) => 64 - v.unsigned_abs().leading_zeros() as u64,
        Some(IntRef::B(b)) => b.bits(),
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn i(v: i64) -> Ref {
        from_i64(v)
    }
    fn big(s: &str) -> Ref {
        from_big(s.parse::<BigInt>().unwrap())
    }
    fn st(r: &Ref) -> String {
        to_string(r.w()).unwrap()
    }

    #[test]
    fn small_and_big() {
        let a = i(SMALL_MAX);
        let b = add(a.w(), i(1).w());
        assert!(!is_small(b.w()));
        assert_eq!(st(&b), "4611686018427387904");
        let c = sub(b.w(), i(1).w());
        assert!(is_small(c.w()));
        let p = pow(i(2).w(), i(100).w()).unwrap();
        assert_eq!(st(&p), "1267650600228229401496703205376");
        assert_eq!(st(&mul(big("1267650600228229401496703205376").w(), i(-3).w())), "-3802951800684688204490109616128");
    }

    #[test]
    fn floor_semantics() {
        // python3: -7//2, -7%2, 7%-2 -> -4 1 -1
        assert_eq!(st(&floordiv(i(-7).w(), i(2).w()).unwrap()), "-4");
        assert_eq!(st(&modulo(i(-7).w(), i(2).w()).unwrap()), "1");
        assert_eq!(st(&modulo(i(7).w(), i(-2).w()).unwrap()), "-1");
        assert_eq!(st(&rshift(i(-5).w(), i(1).w()).unwrap()), "-3");
        assert_eq!(st(&rshift(i(-1).w(), i(100).w()).unwrap()), "-1");
        assert_eq!(st(&rshift(big("-1267650600228229401496703205377").w(), i(1).w()).unwrap()), "-633825300114114700748351602689");
        assert_eq!(st(&invert(i(5).w())), "-6");
        assert_eq!(st(&and(i(-5).w(), i(3).w())), "3");
    }

    #[test]
    fn truediv_exact() {
        // python3: (10**30)/3 -> 3.333333333333333e+29
        let t = pow(i(10).w(), i(30).w()).unwrap();
        assert_eq!(crate::float::repr(truediv(t.w(), i(3).w()).unwrap()), "3.333333333333333e+29");
        assert_eq!(truediv(i(0).w(), i(-5).w()).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(truediv(i(1).w(), i(3).w()).unwrap(), 1.0 / 3.0);
    }

    #[test]
    fn hashes() {
        // python3: hash(-1), hash(2**61), hash(2**61-1), hash(-2**61) -> -2 1 0 -2
        assert_eq!(hash(i(-1).w()), -2);
        assert_eq!(hash(pow(i(2).w(), i(61).w()).unwrap().w()), 1);
        assert_eq!(hash(i((1 << 61) - 1).w()), 0);
        assert_eq!(hash(neg(pow(i(2).w(), i(61).w()).unwrap().w()).w()), -2);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse(" 12 ", 10), Some(BigInt::from(12)));
        assert_eq!(parse("1_000", 0), Some(BigInt::from(1000)));
        assert_eq!(parse("-0b101", 0), Some(BigInt::from(-5)));
        assert_eq!(parse("+7", 0), Some(BigInt::from(7)));
        assert_eq!(parse("_1", 10), None);
        assert_eq!(parse("1__0", 10), None);
        assert_eq!(parse("010", 0), None);
        assert_eq!(parse("000", 0), Some(BigInt::from(0)));
        assert_eq!(parse("0b2", 0), None);
        assert_eq!(parse("", 10), None);
        assert_eq!(parse("ff", 16), Some(BigInt::from(255)));
    }

    #[test]
    fn pow_mod_cases() {
        // python3: pow(3,-1,7), pow(2,10,-3), pow(-2,3,5) -> 5 -2 2
        assert_eq!(st(&pow_mod(i(3).w(), i(-1).w(), i(7).w()).unwrap()), "5");
        assert_eq!(st(&pow_mod(i(2).w(), i(10).w(), i(-3).w()).unwrap()), "-2");
        assert_eq!(st(&pow_mod(i(-2).w(), i(3).w(), i(5).w()).unwrap()), "2");
    }

    #[test]
    fn float_compare() {
        let big = pow(i(2).w(), i(70).w()).unwrap();
        assert_eq!(cmp_float(big.w(), 2f64.powi(70)), Some(Ordering::Equal));
        let big1 = add(big.w(), i(1).w());
        assert_eq!(cmp_float(big1.w(), 2f64.powi(70)), Some(Ordering::Greater));
        assert_eq!(cmp_float(i(3).w(), 3.5), Some(Ordering::Less));
        assert_eq!(cmp_float(i(3).w(), f64::NAN), None);
    }
}
