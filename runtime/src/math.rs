//! The `math` module: constants and the common functions with CPython's domain errors.

use crate::exceptions::{overflow_error, type_error, value_error};
use crate::func::{new_builtin, Args};
use crate::object::*;
use crate::{float, int};
use num_integer::Integer;
use num_traits::{Signed, Zero};

fn num(w: W) -> PyResult<f64> {
    match float::as_f64(w) {
        Some(r) => r,
        None => Err(type_error(format!("must be real number, not {}", type_name(w)))),
    }
}

fn domain() -> Raised {
    value_error("math domain error")
}

fn check(r: f64, x: f64) -> PyResult<Ref> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(float::new(r))
}

macro_rules! unary {
    ($name:ident, $pyname:literal, $f:expr) => {
        fn $name(a: &Args) -> PyResult<Ref> {
            a.exactly_one(concat!("math.", $pyname)).map_err(|e| e)?;
            let x = num(a.pos[0])?;
            let f: fn(f64) -> f64 = $f;
            check(f(x), x)
        }
    };
}

unary!(sqrt, "sqrt", |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
unary!(exp, "exp", f64::exp);
unary!(sin, "sin", |x| if x.is_infinite() { f64::NAN } else { x.sin() });
unary!(cos, "cos", |x| if x.is_infinite() { f64::NAN } else { x.cos() });
unary!(tan, "tan", |x| if x.is_infinite() { f64::NAN } else { x.tan() });
unary!(asin, "asin", f64::asin);
unary!(acos, "acos", f64::acos);
unary!(atan, "atan", f64::atan);
unary!(sinh, "sinh", f64::sinh);
unary!(cosh, "cosh", f64::cosh);
unary!(tanh, "tanh", f64::tanh);
unary!(fabs, "fabs", f64::abs);
unary!(log2, "log2", |x| if x <= 0.0 { f64::NAN } else { x.log2() });
unary!(log10, "log10", |x| if x <= 0.0 { f64::NAN } else { x.log10() });
unary!(degrees, "degrees", f64::to_degrees);
unary!(radians, "radians", f64::to_radians);
unary!(exp2, "exp2", f64::exp2);
unary!(expm1, "expm1", f64::exp_m1);

// The C library's versions, which CPython calls (Rust's own `asinh` etc. differ in the last bit).
unsafe extern "C" {
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "log1p"]
    fn c_log1p(x: f64) -> f64;
    #[link_name = "nextafter"]
    fn c_nextafter(x: f64, y: f64) -> f64;
    #[link_name = "remainder"]
    fn c_remainder(x: f64, y: f64) -> f64;
    #[link_name = "frexp"]
    fn c_frexp(x: f64, e: *mut i32) -> f64;
    #[link_name = "ldexp"]
    fn c_ldexp(x: f64, e: i32) -> f64;
    #[link_name = "modf"]
    fn c_modf(x: f64, whole: *mut f64) -> f64;
}

/// CPython's `math_1` for functions that cannot overflow: a NaN from a non-NaN argument, or an
/// infinity from a finite one, is a domain error.
macro_rules! unary_no_overflow {
    ($name:ident, $pyname:literal, $f:expr) => {
        fn $name(a: &Args) -> PyResult<Ref> {
            a.exactly_one(concat!("math.", $pyname))?;
            let x = num(a.pos[0])?;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
                return Err(domain());
            }
            Ok(float::new(r))
        }
    };
}

unary_no_overflow!(acosh, "acosh", |x| unsafe { c_acosh(x) });
unary_no_overflow!(asinh, "asinh", |x| unsafe { c_asinh(x) });
unary_no_overflow!(atanh, "atanh", |x| unsafe { c_atanh(x) });
unary_no_overflow!(cbrt, "cbrt", c_cbrt);

/// The C library's `cbrt`. Rust's compiler-builtins, linked into every program with the
/// runtime, defines a weak `cbrt` of its own (a different algorithm, which differs in the last
/// bit) that the static link prefers, so the C library's is looked up past the executable.
fn c_cbrt(x: f64) -> f64 {
    type Cbrt = unsafe extern "C" fn(f64) -> f64;
    unsafe extern "C" {
        fn dlsym(handle: *mut std::ffi::c_void, symbol: *const std::ffi::c_char) -> *mut std::ffi::c_void;
    }
    // glibc's RTLD_NEXT.
    const RTLD_NEXT: *mut std::ffi::c_void = -1isize as *mut std::ffi::c_void;
    static LIBC_CBRT: std::sync::OnceLock<Option<Cbrt>> = std::sync::OnceLock::new();
    let f = LIBC_CBRT.get_or_init(|| {
        let p = unsafe { dlsym(RTLD_NEXT, c"cbrt".as_ptr()) };
        (!p.is_null()).then(|| unsafe { std::mem::transmute::<*mut std::ffi::c_void, Cbrt>(p) })
    });
    match f {
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}
unary_no_overflow!(erf, "erf", |x| unsafe { c_erf(x) });
unary_no_overflow!(erfc, "erfc", |x| unsafe { c_erfc(x) });
unary_no_overflow!(log1p, "log1p", |x| unsafe { c_log1p(x) });

// ---- gamma and lgamma: CPython's own Lanczos approximation (N = 13, g = 6.0246...), not the
// C library's, so that results agree to the last bit.

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// Numerator coefficients of the Lanczos sum as a rational function.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)...(x+11) expanded.
const LANCZOS_DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/// Gamma(1) .. Gamma(23), exactly as the literals round.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
    87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum for x > 0, in 1/x past 5 to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma(x) for finite nonzero x that is not a negative integer.
fn tgamma(x: f64) -> f64 {
    if x == x.floor() && x > 0.0 && x <= 23.0 {
        return GAMMA_INTEGRAL[x as usize - 1];
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 { 0.0 / sinpi(x) } else { f64::INFINITY };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, corrected for below
    let z = if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    r
}

fn gamma(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.gamma")?;
    let x = num(a.pos[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(float::new(x));
    }
    if x == f64::NEG_INFINITY || x == 0.0 || (x < 0.0 && x == x.floor()) {
        return Err(domain());
    }
    check(tgamma(x), x)
}

fn lgamma(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.lgamma")?;
    let x = num(a.pos[0])?;
    if !x.is_finite() {
        return Ok(float::new(x.abs()));
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(float::new(0.0)) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return check(-absx.ln(), x);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // the reflection formula
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    check(r, x)
}

fn frexp(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.frexp")?;
    let x = num(a.pos[0])?;
    let mut e: i32 = 0;
    let m = if x == 0.0 || !x.is_finite() { x } else { unsafe { c_frexp(x, &mut e) } };
    Ok(crate::tuple::from_vec(vec![float::new(m), Ref::int(e as i64)]))
}

fn ldexp(a: &Args) -> PyResult<Ref> {
    a.expect("ldexp", 2, 2)?;
    let x = num(a.pos[0])?;
    if !int::is_int(a.pos[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    // Exponents beyond any finite result saturate, as CPython clamps them to a C long.
    let e = int::to_i64(a.pos[1]).unwrap_or(if int::to_big(a.pos[1]).is_negative() { i64::MIN } else { i64::MAX });
    let r = unsafe { c_ldexp(x, e.clamp(i32::MIN as i64, i32::MAX as i64) as i32) };
    if r.is_infinite() {
        return Err(overflow_error("math range error"));
    }
    Ok(float::new(r))
}

fn modf(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.modf")?;
    let x = num(a.pos[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let mut whole = 0.0;
        (unsafe { c_modf(x, &mut whole) }, whole)
    };
    Ok(crate::tuple::from_vec(vec![float::new(frac), float::new(whole)]))
}

fn nextafter(a: &Args) -> PyResult<Ref> {
    a.expect("nextafter", 2, 2)?;
    let (x, y) = (num(a.pos[0])?, num(a.pos[1])?);
    Ok(float::new(unsafe { c_nextafter(x, y) }))
}

fn ulp(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.ulp")?;
    let x = num(a.pos[0])?;
    if x.is_nan() || x.is_infinite() {
        return Ok(float::new(x.abs()));
    }
    let x = x.abs();
    let up = unsafe { c_nextafter(x, f64::INFINITY) };
    Ok(float::new(if up.is_infinite() { x - unsafe { c_nextafter(x, -f64::INFINITY) } } else { up - x }))
}

fn remainder(a: &Args) -> PyResult<Ref> {
    a.expect("remainder", 2, 2)?;
    let (x, y) = (num(a.pos[0])?, num(a.pos[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(float::new(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    Ok(float::new(if y.is_infinite() { x } else { unsafe { c_remainder(x, y) } }))
}

fn log(a: &Args) -> PyResult<Ref> {
    a.expect("log", 1, 2)?;
    let ln = |w: W| -> PyResult<f64> {
        if int::is_int(w) && !is_small(w) && kind_of(w) == Kind::Int {
            // big ints: log of the value scaled to avoid overflow
            if int::sign(w) <= 0 {
                return Err(domain());
            }
            let b = int::to_big(w);
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top: f64 = int::big_to_f64(&(b >> shift as usize)).unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        let x = num(w)?;
        if x <= 0.0 {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let n = ln(a.pos[0])?;
    match a.pos.get(1) {
        None => Ok(float::new(n)),
        Some(&b) => {
            let d = ln(b)?;
            if d == 0.0 {
                return Err(crate::exceptions::zero_division("float division by zero"));
            }
            Ok(float::new(n / d))
        }
    }
}

fn to_int_result(f: f64) -> PyResult<Ref> {
    int::from_f64(f)
}

fn floor(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.floor")?;
    let x = a.pos[0];
    if int::is_int(x) {
        return Ok(int::from_big(int::to_big(x)));
    }
    to_int_result(num(x)?.floor())
}

fn ceil(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.ceil")?;
    let x = a.pos[0];
    if int::is_int(x) {
        return Ok(int::from_big(int::to_big(x)));
    }
    to_int_result(num(x)?.ceil())
}

fn trunc(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.trunc")?;
    let x = a.pos[0];
    if int::is_int(x) {
        return Ok(int::from_big(int::to_big(x)));
    }
    to_int_result(num(x)?.trunc())
}

fn int_arg(w: W, fname: &str) -> PyResult<num_bigint::BigInt> {
    if int::is_int(w) {
        return Ok(int::to_big(w));
    }
    let _ = fname;
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(w))))
}

fn isqrt(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.isqrt")?;
    let n = int_arg(a.pos[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_big(n.sqrt()))
}

fn gcd(a: &Args) -> PyResult<Ref> {
    a.no_kw("gcd")?;
    let mut g = num_bigint::BigInt::zero();
    for &x in a.pos {
        g = g.gcd(&int_arg(x, "gcd")?);
    }
    Ok(int::from_big(g))
}

fn lcm(a: &Args) -> PyResult<Ref> {
    a.no_kw("lcm")?;
    let mut l = num_bigint::BigInt::from(1);
    for &x in a.pos {
        let v = int_arg(x, "lcm")?;
        if v.is_zero() {
            return Ok(Ref::int(0));
        }
        l = l.lcm(&v);
    }
    Ok(int::from_big(l.abs()))
}

fn factorial(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.factorial")?;
    let x = a.pos[0];
    if float::is_float(x) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(x, "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = int::to_i64(x).unwrap_or(i64::MAX);
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(int::from_big(r))
}

fn comb_perm(a: &Args, comb: bool) -> PyResult<Ref> {
    let name = if comb { "comb" } else { "perm" };
    a.expect(name, if comb { 2 } else { 1 }, 2)?;
    let n = int_arg(a.pos[0], name)?;
    let k = match a.pos.get(1) {
        Some(&k) if !is_none(k) => int_arg(k, name)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Ref::int(0));
    }
    let kk = if comb { std::cmp::min(k.clone(), &n - &k) } else { k };
    let kk: i64 = int::to_i64(int::from_big(kk).w()).unwrap_or(0);
    let mut r = num_bigint::BigInt::from(1);
    for i in 0..kk {
        r *= &n - i;
        if comb {
            r /= i + 1;
        }
    }
    Ok(int::from_big(r))
}

fn comb(a: &Args) -> PyResult<Ref> {
    comb_perm(a, true)
}
fn perm(a: &Args) -> PyResult<Ref> {
    comb_perm(a, false)
}

fn pow(a: &Args) -> PyResult<Ref> {
    a.expect("pow", 2, 2)?;
    let (x, y) = (num(a.pos[0])?, num(a.pos[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(float::new(r))
}

fn atan2(a: &Args) -> PyResult<Ref> {
    a.expect("atan2", 2, 2)?;
    Ok(float::new(num(a.pos[0])?.atan2(num(a.pos[1])?)))
}

fn hypot(a: &Args) -> PyResult<Ref> {
    a.no_kw("hypot")?;
    let coords = a.pos.iter().map(|&x| num(x).map(f64::abs)).collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(vector_norm(&coords)))
}

fn dist(a: &Args) -> PyResult<Ref> {
    a.expect("dist", 2, 2)?;
    let p = crate::ops::collect(a.pos[0])?;
    let q = crate::ops::collect(a.pos[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let coords = p.iter().zip(&q).map(|(x, y)| Ok((num(x.w())? - num(y.w())?).abs())).collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(vector_norm(&coords)))
}

/// The Euclidean norm of `coords` (absolute values) as CPython 3.11 computes it for `hypot`
/// and `dist`: scaled by the largest coordinate's power of two, the squares summed in
/// double-length arithmetic (Veltkamp splits, compensated sums), then one correction step of
/// the square root. Any infinity wins over a NaN.
fn vector_norm(coords: &[f64]) -> f64 {
    const SPLIT: f64 = 134217729.0;
    let max = coords.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if coords.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    let mut max_e = 0;
    unsafe { c_frexp(max, &mut max_e) };
    if max_e < -1023 {
        // Subnormal coordinates: scale them into the normal range first.
        let scaled: Vec<f64> = coords.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    let scale = unsafe { c_ldexp(1.0, -max_e) };
    let (mut csum, mut frac) = (1.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, y: f64| {
        let old = *csum;
        *csum += y;
        *frac += (old - *csum) + y;
    };
    let split = |x: f64| {
        let t = x * SPLIT;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &x in coords {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac, hi * hi);
        add(&mut csum, &mut frac, 2.0 * hi * lo);
        add(&mut csum, &mut frac, lo * lo);
    }
    let h = (csum - 1.0 + frac).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac, -hi * hi);
    add(&mut csum, &mut frac, -2.0 * hi * lo);
    add(&mut csum, &mut frac, -lo * lo);
    let x = csum - 1.0 + frac;
    (h + x / (2.0 * h)) / scale
}

fn copysign(a: &Args) -> PyResult<Ref> {
    a.expect("copysign", 2, 2)?;
    Ok(float::new(num(a.pos[0])?.copysign(num(a.pos[1])?)))
}

fn fmod(a: &Args) -> PyResult<Ref> {
    a.expect("fmod", 2, 2)?;
    let (x, y) = (num(a.pos[0])?, num(a.pos[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(float::new(x % y))
}

fn isnan(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.isnan")?;
    Ok(Ref::bool(num(a.pos[0])?.is_nan()))
}
fn isinf(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.isinf")?;
    Ok(Ref::bool(num(a.pos[0])?.is_infinite()))
}
fn isfinite(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.isfinite")?;
    Ok(Ref::bool(num(a.pos[0])?.is_finite()))
}

fn isclose(a: &Args) -> PyResult<Ref> {
    a.check_kw("isclose", &["rel_tol", "abs_tol"])?;
    a.pos.get(1).ok_or_else(|| type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let (x, y) = (num(a.pos[0])?, num(a.pos[1])?);
    let rel = match a.kw("rel_tol") {
        Some(r) => num(r)?,
        None => 1e-9,
    };
    let abs_tol = match a.kw("abs_tol") {
        Some(r) => num(r)?,
        None => 0.0,
    };
    if x == y {
        return Ok(Ref::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Ref::bool(false));
    }
    let d = (x - y).abs();
    Ok(Ref::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_tol))
}

fn fsum(a: &Args) -> PyResult<Ref> {
    a.exactly_one("math.fsum")?;
    // Shewchuk's exact partial sums, as CPython's msum
    let items = crate::ops::collect(a.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = num(it.w())?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(float::new(hi))
}

fn prod(a: &Args) -> PyResult<Ref> {
    a.check_kw("prod", &["start"])?;
    a.expect_pos1()?;
    let mut acc = Ref::borrow(a.kw("start").unwrap_or(mk_small(1)));
    for x in crate::ops::collect(a.pos[0])? {
        acc = crate::ops::binop(2, acc.w(), x.w())?;
    }
    Ok(acc)
}

impl Args<'_> {
    fn expect_pos1(&self) -> PyResult<()> {
        if self.pos.len() != 1 {
            return Err(type_error(format!("prod() takes exactly 1 positional argument ({} given)", self.pos.len())));
        }
        Ok(())
    }
}

pub fn attrs() -> Vec<(&'static str, Ref)> {
    let mut v: Vec<(&'static str, Ref)> = vec![
        ("pi", float::new(std::f64::consts::PI)),
        ("e", float::new(std::f64::consts::E)),
        ("tau", float::new(std::f64::consts::TAU)),
        ("inf", float::new(f64::INFINITY)),
        ("nan", float::new(f64::NAN)),
    ];
    let fns: &[(&'static str, crate::func::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("fabs", fabs),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("degrees", degrees),
        ("radians", radians),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isqrt", isqrt),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("pow", pow),
        ("atan2", atan2),
        ("hypot", hypot),
        ("copysign", copysign),
        ("fmod", fmod),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("fsum", fsum),
        ("prod", prod),
        ("exp2", exp2),
        ("expm1", expm1),
        ("acosh", acosh),
        ("asinh", asinh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("erf", erf),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("erfc", erfc),
        ("log1p", log1p),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("remainder", remainder),
        ("dist", dist),
    ];
    for &(n, f) in fns {
        v.push((n, new_builtin(n, f)));
    }
    v
}
