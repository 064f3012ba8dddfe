//! Methods and data attributes of int, bool and float instances.

use crate::func::Args;
use crate::object::*;
use crate::{float, int, ops};

pub fn int_has_method(name: &str) -> bool {
    matches!(name, "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio" | "__index__" | "__int__" | "__abs__" | "__neg__")
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
        _ => Err(ops::no_attr(w, name)),
    }
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
        "conjugate" => Ok(Ref::borrow(w)),
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
