//! Numbers from and to text: `int(str, base)`, `float(str)`, `hex()`/`oct()`/
//! `bin()`, exact float→int, and correctly rounded int→float and int/int.
//!
//! Mirrors CPython 3.11 (`Objects/longobject.c`, `Objects/floatobject.c`,
//! `Python/pystrtod.c`), including the 3.11 limit on decimal digits in
//! int↔str conversions.  Errors are CPython's exception messages; each
//! function documents which exception type they belong to.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::format::str_repr;

/// `sys.get_int_max_str_digits()`: maximum number of decimal digits in
/// int↔str conversions (0 = unlimited).  Defaults to CPython's 4300.
pub static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// Below this many digits the limit is never checked (CPython's
/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`, also the minimum settable limit).
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Result of parsing an int: machine-sized when it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    fn from_big(v: BigInt) -> ParsedInt {
        match v.to_i64() {
            Some(s) => ParsedInt::Small(s),
            None => ParsedInt::Big(v),
        }
    }

    pub fn into_bigint(self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(v),
            ParsedInt::Big(v) => v,
        }
    }
}

/// Zero code points of the 66 runs of Unicode decimal digits (category Nd,
/// Unicode 14.0); each run holds the digits 0..9 consecutively.
#[rustfmt::skip]
static DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0
];

/// Value of a decimal digit in any script (`Py_UNICODE_TODECIMAL`).
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    (i > 0 && n - DECIMAL_ZEROS[i - 1] < 10).then(|| n - DECIMAL_ZEROS[i - 1])
}

/// `str.isspace()` for one character (Unicode whitespace as Python sees it).
pub fn is_py_space(c: char) -> bool {
    matches!(c as u32,
        0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A
        | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

/// ASCII whitespace as C's `Py_ISSPACE` sees it (what the parsers skip).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace
/// becomes ' ', non-ASCII decimal digits their ASCII digit, and anything
/// else non-ASCII ends the text with a '?' (which no parser accepts).
fn to_ascii_digits(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// Value of an ASCII digit/letter in bases up to 36 (37 if not a digit).
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(text, base)`.  Errors are `ValueError` messages.
pub fn parse_int(text: &str, base: u32) -> Result<ParsedInt, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".into());
    }
    let invalid = || {
        // CPython formats the repr with "%.200R": at most 200 characters.
        let r: String = str_repr(text).chars().take(200).collect();
        format!("invalid literal for int() with base {}: {}", base, r)
    };
    let s = to_ascii_digits(text);
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut radix = base;
    // "010" is not a valid base-0 literal, but "000" is.
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (radix, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1; // one underscore may follow the prefix
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < s.len() {
        let b = s[i];
        if b == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(b) < radix {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(invalid());
    }
    if !radix.is_power_of_two() {
        let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
        if digits.len() > INT_MAX_STR_DIGITS_THRESHOLD && limit > 0 && digits.len() > limit {
            return Err(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
                 use sys.set_int_max_str_digits() to increase the limit",
                limit,
                digits.len()
            ));
        }
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    let magnitude = if digits.len() <= 12 {
        // Fits easily in an i64 in any base <= 36.
        let v = digits
            .iter()
            .fold(0i64, |acc, &b| acc * radix as i64 + digit_value(b) as i64);
        if error_if_nonzero && v != 0 {
            return Err(invalid());
        }
        return Ok(ParsedInt::Small(if negative { -v } else { v }));
    } else {
        BigInt::parse_bytes(&digits, radix).expect("digits were validated")
    };
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(invalid());
    }
    Ok(ParsedInt::from_big(if negative {
        -magnitude
    } else {
        magnitude
    }))
}

/// `float(text)`.  Errors are `ValueError` messages.
pub fn parse_float(text: &str) -> Result<f64, String> {
    let invalid = || format!("could not convert string to float: {}", str_repr(text));
    let mut s = to_ascii_digits(text);
    if s.contains(&b'_') {
        // Underscores only between digits (checked on the whole text,
        // whitespace included, like _Py_string_to_number_with_underscores).
        let mut cleaned = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &b in &s {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return Err(invalid());
                }
                cleaned.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        s = cleaned;
    }
    let start = s.iter().position(|&b| !is_c_space(b)).ok_or_else(invalid)?;
    let end = s.iter().rposition(|&b| !is_c_space(b)).unwrap() + 1;
    let body = &s[start..end];
    parse_float_body(body).ok_or_else(invalid)
}

/// Parses `[sign] (digits[.digits] | .digits) [e[sign]digits]` or
/// `[sign] (inf | infinity | nan)` (any case), the whole of `body`.
fn parse_float_body(body: &[u8]) -> Option<f64> {
    let (negative, rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = rest.to_ascii_lowercase();
    let special = match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let s = *i;
        while rest.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - s
    };
    let mut mantissa_digits = count_digits(&mut i);
    if rest.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return None;
    }
    if matches!(rest.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(rest.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return None;
        }
    }
    if i != rest.len() {
        return None;
    }
    // Rust's parser is correctly rounded and over/underflows to inf/0.
    std::str::from_utf8(body).ok()?.parse::<f64>().ok()
}

/// Text of `v` in `base` (2, 8, 10, 16...) with `prefix` after the sign:
/// `int_to_base(-31, 16, "0x") == "-0x1f"` (for hex/oct/bin).
pub fn int_to_base(v: &BigInt, base: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(base);
    format!(
        "{}{}{}",
        if v.is_negative() { "-" } else { "" },
        prefix,
        digits
    )
}

/// Fast path of [`int_to_base`] for machine ints.
pub fn i64_to_base(v: i64, base: u32, prefix: &str) -> String {
    let mut n = v.unsigned_abs();
    let mut buf = Vec::with_capacity(64);
    loop {
        buf.push(std::char::from_digit((n % base as u64) as u32, base).unwrap() as u8);
        n /= base as u64;
        if n == 0 {
            break;
        }
    }
    buf.reverse();
    let digits = std::str::from_utf8(&buf).unwrap();
    format!("{}{}{}", if v < 0 { "-" } else { "" }, prefix, digits)
}

/// `str(v)` for an int, enforcing the digit limit (`ValueError`).
pub fn int_to_decimal(v: &BigInt) -> Result<String, String> {
    // Most ints fit a machine word: format those directly.
    if let Some(small) = num_traits::ToPrimitive::to_i64(v) {
        return Ok(small.to_string());
    }
    let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
    let err = || {
        format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            limit
        )
    };
    // Cheap rejection before an expensive conversion: bits*log10(2) is a
    // lower bound (minus one) of the digit count.
    if limit > 0 && (v.bits() as f64 * std::f64::consts::LOG10_2) as usize > limit + 1 {
        return Err(err());
    }
    let s = v.to_string();
    let n_digits = s.len() - v.is_negative() as usize;
    if limit > 0 && n_digits > INT_MAX_STR_DIGITS_THRESHOLD && n_digits > limit {
        return Err(err());
    }
    Ok(s)
}

/// `int(v)` for a float: exact truncation toward zero.  Errors:
/// "cannot convert float infinity to integer" is an `OverflowError`,
/// "cannot convert float NaN to integer" a `ValueError`.
pub fn float_to_int(v: f64) -> Result<ParsedInt, String> {
    if v.is_nan() {
        return Err("cannot convert float NaN to integer".into());
    }
    if v.is_infinite() {
        return Err("cannot convert float infinity to integer".into());
    }
    let t = v.trunc();
    if t.abs() < 9.2e18 {
        return Ok(ParsedInt::Small(t as i64));
    }
    // |t| >= 2**63: an integer mantissa times a positive power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as usize - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << exp;
    Ok(ParsedInt::from_big(if t < 0.0 { -mag } else { mag }))
}

/// Rounds `q * 2**exp` to the nearest float (ties to even), where the low
/// bit of `q` is a sticky bit standing for any discarded nonzero bits below
/// it.  `None` on overflow.
fn round_to_f64(q: u128, exp: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let top = 127 - q.leading_zeros() as i64 + exp; // exponent of the leading bit
    if top > 1023 {
        return None;
    }
    // Exponent of the last bit a double can keep here (subnormals keep fewer).
    let lowest = (top - 52).max(-1074);
    let drop = lowest - exp;
    let (mut m, e) = if drop <= 0 {
        (q, exp)
    } else if drop > 120 {
        (0, lowest) // far below half an ulp
    } else {
        let rem = q & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let mut m = q >> drop;
        if rem > half || (rem == half && m & 1 == 1) {
            m += 1;
        }
        (m, lowest)
    };
    if m == 1u128 << 53 && e + 53 >= 1024 {
        return None;
    }
    if m >= 1u128 << 53 {
        m >>= 1;
        return Some(m as f64 * pow2(e + 1));
    }
    Some(m as f64 * pow2(e))
}

/// `2.0**e` exactly, for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// The top 64 significant bits of a nonzero magnitude, with a sticky bit,
/// and the exponent of their lowest bit.
fn top_bits(v: &BigInt) -> (u128, i64) {
    let bits = v.bits();
    if bits <= 64 {
        return (v.magnitude().to_u64().unwrap() as u128, 0);
    }
    let shift = bits - 64;
    let mag = v.magnitude();
    let mut q = (mag >> shift).to_u64().unwrap() as u128;
    if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
        q |= 1;
    }
    (q, shift as i64)
}

/// `float(v)` for an int, correctly rounded.  Err: "int too large to
/// convert to float" (`OverflowError`).
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    if let Some(small) = v.to_i64() {
        if small.unsigned_abs() <= 1 << 53 {
            return Ok(small as f64);
        }
    }
    let (q, exp) = top_bits(v);
    let r = round_to_f64(q, exp).ok_or("int too large to convert to float")?;
    Ok(if v.is_negative() { -r } else { r })
}

/// `a / b` for ints, correctly rounded.  Errors: "division by zero"
/// (`ZeroDivisionError`), "integer division result too large for a float"
/// (`OverflowError`).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if b.is_zero() {
        return Err("division by zero".into());
    }
    let negative = a.is_negative() != b.is_negative();
    let sign = |x: f64| if negative { -x } else { x };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    // Exact operands: one correctly rounded IEEE division.
    if a.bits() <= 53 && b.bits() <= 53 {
        return Ok(a.to_f64().unwrap() / b.to_f64().unwrap());
    }
    let (na, nb) = (a.bits() as i64, b.bits() as i64);
    let overflow = || "integer division result too large for a float".to_string();
    if na - nb > 1025 {
        return Err(overflow());
    }
    if nb - na > 1080 {
        return Ok(sign(0.0)); // below half the smallest subnormal
    }
    let (a, b) = (a.abs(), b.abs());
    // Quotient with 55 or 56 significant bits plus a sticky bit.
    let shift = na - nb - 55;
    let (q, r) = if shift >= 0 {
        num_integer::Integer::div_rem(&a, &(b << shift as usize))
    } else {
        num_integer::Integer::div_rem(&(a << (-shift) as usize), &b)
    };
    let mut q = q.to_u64().unwrap() as u128;
    if !r.is_zero() {
        q |= 1;
    }
    round_to_f64(q, shift).map(sign).ok_or_else(overflow)
}

#[cfg(test)]
#[rustfmt::skip]
mod tests {
    //! Expected values were produced by CPython 3.11 (`int()`, `float()`,
    //! `/`, `repr`); errors are the exception messages.
    use super::*;
    use super::super::format::float_repr;

    const PARSE_INT_CASES: &[(&str, u32, Result<&str, &str>)] = &[
        ("0", 0, Ok("0")),
        ("0", 2, Ok("0")),
        ("0", 10, Ok("0")),
        ("0", 16, Ok("0")),
        ("0", 36, Ok("0")),
        ("0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-0", 0, Ok("0")),
        ("-0", 2, Ok("0")),
        ("-0", 10, Ok("0")),
        ("-0", 16, Ok("0")),
        ("-0", 36, Ok("0")),
        ("-0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-0", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("+12", 0, Ok("12")),
        ("+12", 2, Err("invalid literal for int() with base 2: '+12'")),
        ("+12", 10, Ok("12")),
        ("+12", 16, Ok("18")),
        ("+12", 36, Ok("38")),
        ("+12", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("+12", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        (" 12 ", 0, Ok("12")),
        (" 12 ", 2, Err("invalid literal for int() with base 2: ' 12 '")),
        (" 12 ", 10, Ok("12")),
        (" 12 ", 16, Ok("18")),
        (" 12 ", 36, Ok("38")),
        (" 12 ", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (" 12 ", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1_000", 0, Ok("1000")),
        ("1_000", 2, Ok("8")),
        ("1_000", 10, Ok("1000")),
        ("1_000", 16, Ok("4096")),
        ("1_000", 36, Ok("46656")),
        ("1_000", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1_000", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1__0", 0, Err("invalid literal for int() with base 0: '1__0'")),
        ("1__0", 2, Err("invalid literal for int() with base 2: '1__0'")),
        ("1__0", 10, Err("invalid literal for int() with base 10: '1__0'")),
        ("1__0", 16, Err("invalid literal for int() with base 16: '1__0'")),
        ("1__0", 36, Err("invalid literal for int() with base 36: '1__0'")),
        ("1__0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1__0", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("_1", 0, Err("invalid literal for int() with base 0: '_1'")),
        ("_1", 2, Err("invalid literal for int() with base 2: '_1'")),
        ("_1", 10, Err("invalid literal for int() with base 10: '_1'")),
        ("_1", 16, Err("invalid literal for int() with base 16: '_1'")),
        ("_1", 36, Err("invalid literal for int() with base 36: '_1'")),
        ("_1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("_1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1_", 0, Err("invalid literal for int() with base 0: '1_'")),
        ("1_", 2, Err("invalid literal for int() with base 2: '1_'")),
        ("1_", 10, Err("invalid literal for int() with base 10: '1_'")),
        ("1_", 16, Err("invalid literal for int() with base 16: '1_'")),
        ("1_", 36, Err("invalid literal for int() with base 36: '1_'")),
        ("1_", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1_", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x1f", 0, Ok("31")),
        ("0x1f", 2, Err("invalid literal for int() with base 2: '0x1f'")),
        ("0x1f", 10, Err("invalid literal for int() with base 10: '0x1f'")),
        ("0x1f", 16, Ok("31")),
        ("0x1f", 36, Ok("42819")),
        ("0x1f", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x1f", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0X1F", 0, Ok("31")),
        ("0X1F", 2, Err("invalid literal for int() with base 2: '0X1F'")),
        ("0X1F", 10, Err("invalid literal for int() with base 10: '0X1F'")),
        ("0X1F", 16, Ok("31")),
        ("0X1F", 36, Ok("42819")),
        ("0X1F", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0X1F", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0o17", 0, Ok("15")),
        ("0o17", 2, Err("invalid literal for int() with base 2: '0o17'")),
        ("0o17", 10, Err("invalid literal for int() with base 10: '0o17'")),
        ("0o17", 16, Err("invalid literal for int() with base 16: '0o17'")),
        ("0o17", 36, Ok("31147")),
        ("0o17", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0o17", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0b101", 0, Ok("5")),
        ("0b101", 2, Ok("5")),
        ("0b101", 10, Err("invalid literal for int() with base 10: '0b101'")),
        ("0b101", 16, Ok("45313")),
        ("0b101", 36, Ok("514513")),
        ("0b101", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0b101", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("010", 0, Err("invalid literal for int() with base 0: '010'")),
        ("010", 2, Ok("2")),
        ("010", 10, Ok("10")),
        ("010", 16, Ok("16")),
        ("010", 36, Ok("36")),
        ("010", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("010", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("00", 0, Ok("0")),
        ("00", 2, Ok("0")),
        ("00", 10, Ok("0")),
        ("00", 16, Ok("0")),
        ("00", 36, Ok("0")),
        ("00", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("00", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0_0", 0, Ok("0")),
        ("0_0", 2, Ok("0")),
        ("0_0", 10, Ok("0")),
        ("0_0", 16, Ok("0")),
        ("0_0", 36, Ok("0")),
        ("0_0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0_0", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0_7", 0, Err("invalid literal for int() with base 0: '0_7'")),
        ("0_7", 2, Err("invalid literal for int() with base 2: '0_7'")),
        ("0_7", 10, Ok("7")),
        ("0_7", 16, Ok("7")),
        ("0_7", 36, Ok("7")),
        ("0_7", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0_7", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x_1f", 0, Ok("31")),
        ("0x_1f", 2, Err("invalid literal for int() with base 2: '0x_1f'")),
        ("0x_1f", 10, Err("invalid literal for int() with base 10: '0x_1f'")),
        ("0x_1f", 16, Ok("31")),
        ("0x_1f", 36, Ok("42819")),
        ("0x_1f", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x_1f", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x__1", 0, Err("invalid literal for int() with base 0: '0x__1'")),
        ("0x__1", 2, Err("invalid literal for int() with base 2: '0x__1'")),
        ("0x__1", 10, Err("invalid literal for int() with base 10: '0x__1'")),
        ("0x__1", 16, Err("invalid literal for int() with base 16: '0x__1'")),
        ("0x__1", 36, Err("invalid literal for int() with base 36: '0x__1'")),
        ("0x__1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x__1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("", 0, Err("invalid literal for int() with base 0: ''")),
        ("", 2, Err("invalid literal for int() with base 2: ''")),
        ("", 10, Err("invalid literal for int() with base 10: ''")),
        ("", 16, Err("invalid literal for int() with base 16: ''")),
        ("", 36, Err("invalid literal for int() with base 36: ''")),
        ("", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        (" ", 0, Err("invalid literal for int() with base 0: ' '")),
        (" ", 2, Err("invalid literal for int() with base 2: ' '")),
        (" ", 10, Err("invalid literal for int() with base 10: ' '")),
        (" ", 16, Err("invalid literal for int() with base 16: ' '")),
        (" ", 36, Err("invalid literal for int() with base 36: ' '")),
        (" ", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (" ", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-", 0, Err("invalid literal for int() with base 0: '-'")),
        ("-", 2, Err("invalid literal for int() with base 2: '-'")),
        ("-", 10, Err("invalid literal for int() with base 10: '-'")),
        ("-", 16, Err("invalid literal for int() with base 16: '-'")),
        ("-", 36, Err("invalid literal for int() with base 36: '-'")),
        ("-", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("+ 1", 0, Err("invalid literal for int() with base 0: '+ 1'")),
        ("+ 1", 2, Err("invalid literal for int() with base 2: '+ 1'")),
        ("+ 1", 10, Err("invalid literal for int() with base 10: '+ 1'")),
        ("+ 1", 16, Err("invalid literal for int() with base 16: '+ 1'")),
        ("+ 1", 36, Err("invalid literal for int() with base 36: '+ 1'")),
        ("+ 1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("+ 1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("12a", 0, Err("invalid literal for int() with base 0: '12a'")),
        ("12a", 2, Err("invalid literal for int() with base 2: '12a'")),
        ("12a", 10, Err("invalid literal for int() with base 10: '12a'")),
        ("12a", 16, Ok("298")),
        ("12a", 36, Ok("1378")),
        ("12a", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("12a", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("z", 0, Err("invalid literal for int() with base 0: 'z'")),
        ("z", 2, Err("invalid literal for int() with base 2: 'z'")),
        ("z", 10, Err("invalid literal for int() with base 10: 'z'")),
        ("z", 16, Err("invalid literal for int() with base 16: 'z'")),
        ("z", 36, Ok("35")),
        ("z", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("z", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("Z", 0, Err("invalid literal for int() with base 0: 'Z'")),
        ("Z", 2, Err("invalid literal for int() with base 2: 'Z'")),
        ("Z", 10, Err("invalid literal for int() with base 10: 'Z'")),
        ("Z", 16, Err("invalid literal for int() with base 16: 'Z'")),
        ("Z", 36, Ok("35")),
        ("Z", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("Z", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{661}\u{662}\u{663}", 0, Ok("123")),
        ("\u{661}\u{662}\u{663}", 2, Err("invalid literal for int() with base 2: '\u{661}\u{662}\u{663}'")),
        ("\u{661}\u{662}\u{663}", 10, Ok("123")),
        ("\u{661}\u{662}\u{663}", 16, Ok("291")),
        ("\u{661}\u{662}\u{663}", 36, Ok("1371")),
        ("\u{661}\u{662}\u{663}", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{661}\u{662}\u{663}", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{3000} 42\u{3000}", 0, Ok("42")),
        ("\u{3000} 42\u{3000}", 2, Err("invalid literal for int() with base 2: '\\u3000 42\\u3000'")),
        ("\u{3000} 42\u{3000}", 10, Ok("42")),
        ("\u{3000} 42\u{3000}", 16, Ok("66")),
        ("\u{3000} 42\u{3000}", 36, Ok("146")),
        ("\u{3000} 42\u{3000}", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{3000} 42\u{3000}", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{1c}1", 0, Err("invalid literal for int() with base 0: '\\x1c1'")),
        ("\u{1c}1", 2, Err("invalid literal for int() with base 2: '\\x1c1'")),
        ("\u{1c}1", 10, Err("invalid literal for int() with base 10: '\\x1c1'")),
        ("\u{1c}1", 16, Err("invalid literal for int() with base 16: '\\x1c1'")),
        ("\u{1c}1", 36, Err("invalid literal for int() with base 36: '\\x1c1'")),
        ("\u{1c}1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{1c}1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{85}1", 0, Ok("1")),
        ("\u{85}1", 2, Ok("1")),
        ("\u{85}1", 10, Ok("1")),
        ("\u{85}1", 16, Ok("1")),
        ("\u{85}1", 36, Ok("1")),
        ("\u{85}1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{85}1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1\u{0}", 0, Err("invalid literal for int() with base 0: '1\\x00'")),
        ("1\u{0}", 2, Err("invalid literal for int() with base 2: '1\\x00'")),
        ("1\u{0}", 10, Err("invalid literal for int() with base 10: '1\\x00'")),
        ("1\u{0}", 16, Err("invalid literal for int() with base 16: '1\\x00'")),
        ("1\u{0}", 36, Err("invalid literal for int() with base 36: '1\\x00'")),
        ("1\u{0}", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1\u{0}", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("999999999999999999999999999999", 0, Ok("999999999999999999999999999999")),
        ("999999999999999999999999999999", 2, Err("invalid literal for int() with base 2: '999999999999999999999999999999'")),
        ("999999999999999999999999999999", 10, Ok("999999999999999999999999999999")),
        ("999999999999999999999999999999", 16, Ok("797536797470949523742284236168206745")),
        ("999999999999999999999999999999", 36, Ok("12567517195034380497254422013256326708312790045")),
        ("999999999999999999999999999999", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("999999999999999999999999999999", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-7777777777777777777777777", 0, Ok("-7777777777777777777777777")),
        ("-7777777777777777777777777", 2, Err("invalid literal for int() with base 2: '-7777777777777777777777777'")),
        ("-7777777777777777777777777", 10, Ok("-7777777777777777777777777")),
        ("-7777777777777777777777777", 16, Ok("-591570280106507054031794829175")),
        ("-7777777777777777777777777", 36, Ok("-161656255492952812128627920091307258675")),
        ("-7777777777777777777777777", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("-7777777777777777777777777", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0b", 0, Err("invalid literal for int() with base 0: '0b'")),
        ("0b", 2, Err("invalid literal for int() with base 2: '0b'")),
        ("0b", 10, Err("invalid literal for int() with base 10: '0b'")),
        ("0b", 16, Ok("11")),
        ("0b", 36, Ok("11")),
        ("0b", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0b", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x", 0, Err("invalid literal for int() with base 0: '0x'")),
        ("0x", 2, Err("invalid literal for int() with base 2: '0x'")),
        ("0x", 10, Err("invalid literal for int() with base 10: '0x'")),
        ("0x", 16, Err("invalid literal for int() with base 16: '0x'")),
        ("0x", 36, Ok("33")),
        ("0x", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("it's", 0, Err("invalid literal for int() with base 0: \"it's\"")),
        ("it's", 2, Err("invalid literal for int() with base 2: \"it's\"")),
        ("it's", 10, Err("invalid literal for int() with base 10: \"it's\"")),
        ("it's", 16, Err("invalid literal for int() with base 16: \"it's\"")),
        ("it's", 36, Err("invalid literal for int() with base 36: \"it's\"")),
        ("it's", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("it's", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("ff", 0, Err("invalid literal for int() with base 0: 'ff'")),
        ("ff", 2, Err("invalid literal for int() with base 2: 'ff'")),
        ("ff", 10, Err("invalid literal for int() with base 10: 'ff'")),
        ("ff", 16, Ok("255")),
        ("ff", 36, Ok("555")),
        ("ff", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("ff", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1e5", 0, Err("invalid literal for int() with base 0: '1e5'")),
        ("1e5", 2, Err("invalid literal for int() with base 2: '1e5'")),
        ("1e5", 10, Err("invalid literal for int() with base 10: '1e5'")),
        ("1e5", 16, Ok("485")),
        ("1e5", 36, Ok("1805")),
        ("1e5", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1e5", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("12.5", 0, Err("invalid literal for int() with base 0: '12.5'")),
        ("12.5", 2, Err("invalid literal for int() with base 2: '12.5'")),
        ("12.5", 10, Err("invalid literal for int() with base 10: '12.5'")),
        ("12.5", 16, Err("invalid literal for int() with base 16: '12.5'")),
        ("12.5", 36, Err("invalid literal for int() with base 36: '12.5'")),
        ("12.5", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("12.5", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{663}_\u{664}", 0, Ok("34")),
        ("\u{663}_\u{664}", 2, Err("invalid literal for int() with base 2: '\u{663}_\u{664}'")),
        ("\u{663}_\u{664}", 10, Ok("34")),
        ("\u{663}_\u{664}", 16, Ok("52")),
        ("\u{663}_\u{664}", 36, Ok("112")),
        ("\u{663}_\u{664}", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("\u{663}_\u{664}", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0, Err("invalid literal for int() with base 0: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 2, Err("invalid literal for int() with base 2: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, Err("invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 16, Err("invalid literal for int() with base 16: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 36, Ok("112220212655537290106996251869577815405111487656924099242730257017776911460889573512711592245466465018385554526483143633449311685534921196989081009414390313710229968718945922885367606994693219739594906880095782027906982301665318512430225031695697865254917200180826705928271447449198858922430342619432166629950290831932450662173239604539930724418012120521104624870952131823125164314353295125")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 37, Err("int() base must be >= 2 and <= 36, or 0")),
    ];
    const PARSE_FLOAT_CASES: &[(&str, Result<&str, &str>)] = &[
        ("1", Ok("1.0")),
        ("1.5", Ok("1.5")),
        (" -1.5e10 ", Ok("-15000000000.0")),
        (".5", Ok("0.5")),
        ("5.", Ok("5.0")),
        (".", Err("could not convert string to float: '.'")),
        ("e5", Err("could not convert string to float: 'e5'")),
        ("1e", Err("could not convert string to float: '1e'")),
        ("1e+", Err("could not convert string to float: '1e+'")),
        ("1e-5", Ok("1e-05")),
        ("1E5", Ok("100000.0")),
        ("inf", Ok("inf")),
        ("-Infinity", Ok("-inf")),
        ("nAn", Ok("nan")),
        ("+nan", Ok("nan")),
        ("infinit", Err("could not convert string to float: 'infinit'")),
        ("infx", Err("could not convert string to float: 'infx'")),
        ("1_000.5", Ok("1000.5")),
        ("1__0", Err("could not convert string to float: '1__0'")),
        ("_1", Err("could not convert string to float: '_1'")),
        ("1_", Err("could not convert string to float: '1_'")),
        ("1_e5", Err("could not convert string to float: '1_e5'")),
        ("1e_5", Err("could not convert string to float: '1e_5'")),
        ("1e5_0", Ok("1e+50")),
        ("0x10", Err("could not convert string to float: '0x10'")),
        ("", Err("could not convert string to float: ''")),
        (" ", Err("could not convert string to float: ' '")),
        ("1e500", Ok("inf")),
        ("-1e500", Ok("-inf")),
        ("1e-400", Ok("0.0")),
        ("\u{661}.\u{665}", Ok("1.5")),
        ("\u{3000}1.5\u{3000}", Ok("1.5")),
        ("1\u{0}", Err("could not convert string to float: '1\\x00'")),
        ("it's", Err("could not convert string to float: \"it's\"")),
        ("1.5 x", Err("could not convert string to float: '1.5 x'")),
        ("0.1", Ok("0.1")),
        ("123456789012345678901234567890", Ok("1.2345678901234568e+29")),
        ("2.4703282292062328e-324", Ok("5e-324")),
        ("2.4703282292062327e-324", Ok("0.0")),
        ("1.7976931348623158e308", Ok("1.7976931348623157e+308")),
        ("1.7976931348623159e308", Ok("inf")),
        ("+.5e-3", Ok("0.0005")),
        ("-.e3", Err("could not convert string to float: '-.e3'")),
        ("in f", Err("could not convert string to float: 'in f'")),
        ("\u{661}_\u{665}", Ok("15.0")),
        ("-0", Ok("-0.0")),
    ];
    const TO_FLOAT_CASES: &[(&str, Result<&str, &str>)] = &[
        ("0", Ok("0.0")),
        ("1", Ok("1.0")),
        ("-1", Ok("-1.0")),
        ("9007199254740992", Ok("9007199254740992.0")),
        ("9007199254740993", Ok("9007199254740992.0")),
        ("18014398509481987", Ok("1.8014398509481988e+16")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", Err("int too large to convert to float")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", Err("int too large to convert to float")),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", Ok("1.7976931348623157e+308")),
        ("-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", Ok("-1.7976931348623157e+308")),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok("1e+308")),
        ("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Err("int too large to convert to float")),
        ("18739277038847939886754019920358123424308469030992781557966909983211910963157763678726120154469030856807730587971859910379069087693119051085139566217370635083384943613868029545256897117998608156843699465093293765833141309526696357142600866935689483770877815014461194837692223879905132001", Ok("1.873927703884794e+286")),
        ("-36360291795869936842385267079543319118023385026001623040346035832580600191583895484198508262979388783308179702534403855752855931517013066142992430916562025780021771247847643450125342836565813209972590371590152578728008385990139795377610001", Ok("-3.6360291795869935e+238")),
    ];
    const DIV_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("1", "3", Ok("0.3333333333333333")),
        ("-1", "3", Ok("-0.3333333333333333")),
        ("0", "-5", Ok("-0.0")),
        ("0", "5", Ok("0.0")),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "351160503938693614343626853747071562171016188034295260095490111881784318374960146045355120758560422119505624375491533176393589903573845466689382216842197981277867514717013259791763929689440964343969395781792087124646063583944648684169111729145300510135702655848244592583122673432949987979858826614906829469635537237525614665196540272658828569629679791428934101079072719564710584542576589075082850692588439679596816834818341802539921621995225917260921044846812391894365530686773081140839348912145464664288336497209664739248364322768319800659209785240272285297767697234264001", Ok("3.2695325425170756e+29")),
        ("1", "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", Ok("0.0")),
        ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", Ok("5e-324")),
        ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok("0.0")),
        ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", Ok("5e-324")),
        ("1", "303603379960965927528743020078375960574334974646213177535352037041145509351993020337940575552155686742780616796475217867084713106078690215300520099911107764882276136414849542046700361613139824511859651517709117602843011225137039047927155033473739334511215084768538154328500121922845753798279491262969009394961561611640242176", Ok("5e-324")),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "1", Err("integer division result too large for a float")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok("10.0")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", Err("integer division result too large for a float")),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "1", Ok("1.7976931348623157e+308")),
        ("100000000000000000001", "100000000000000000000", Ok("1.0")),
        ("-1152921504606846977", "3", Ok("-3.843071682022823e+17")),
        ("7", "-2", Ok("-3.5")),
        ("9007199254740993", "1", Ok("9007199254740992.0")),
        ("1", "0", Err("division by zero")),
    ];
    const TO_INT_CASES: &[(&str, Result<&str, &str>)] = &[
        ("0.0", Ok("0")),
        ("-0.0", Ok("0")),
        ("1.5", Ok("1")),
        ("-1.5", Ok("-1")),
        ("0.999", Ok("0")),
        ("-0.999", Ok("0")),
        ("1e+30", Ok("1000000000000000019884624838656")),
        ("-1e+30", Ok("-1000000000000000019884624838656")),
        ("9.223372036854776e+18", Ok("9223372036854775808")),
        ("-9.223372036854776e+18", Ok("-9223372036854775808")),
        ("1.8446744073709552e+19", Ok("18446744073709551616")),
        ("9.2e+18", Ok("9200000000000000000")),
        ("1.7976931348623157e+308", Ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        ("inf", Err("cannot convert float infinity to integer")),
        ("-inf", Err("cannot convert float infinity to integer")),
        ("nan", Err("cannot convert float NaN to integer")),
    ];

    fn as_str(r: &Result<String, String>) -> Result<&str, &str> {
        r.as_ref().map(|s| s.as_str()).map_err(|e| e.as_str())
    }

    #[test]
    fn parse_int_matches_cpython() {
        for &(text, base, want) in PARSE_INT_CASES {
            let got = parse_int(text, base).map(|v| v.into_bigint().to_string());
            assert_eq!(as_str(&got), want, "int({:?}, {})", text, base);
        }
        assert_eq!(parse_int("-42", 10), Ok(ParsedInt::Small(-42)));
        assert_eq!(parse_int("9223372036854775807", 10), Ok(ParsedInt::Small(i64::MAX)));
        assert!(matches!(parse_int("9223372036854775808", 10), Ok(ParsedInt::Big(_))));
    }

    #[test]
    fn int_digit_limit() {
        let ok = "1".repeat(4300);
        assert!(parse_int(&ok, 10).is_ok());
        assert_eq!(parse_int(&"1".repeat(4301), 10).unwrap_err(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
        // Power-of-two bases are exempt.
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        let big = BigInt::from(10).pow(4300);
        assert!(int_to_decimal(&(&big - 1)).is_ok());
        assert_eq!(int_to_decimal(&-big).unwrap_err(),
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    #[test]
    fn parse_float_matches_cpython() {
        for &(text, want) in PARSE_FLOAT_CASES {
            let got = parse_float(text).map(float_repr);
            assert_eq!(as_str(&got), want, "float({:?})", text);
        }
        assert!(parse_float("-0").unwrap().is_sign_negative());
    }

    #[test]
    fn int_to_float_matches_cpython() {
        for &(v, want) in TO_FLOAT_CASES {
            let got = bigint_to_f64(&v.parse().unwrap()).map(float_repr);
            assert_eq!(as_str(&got), want, "float({})", v);
        }
    }

    #[test]
    fn true_divide_matches_cpython() {
        for &(a, b, want) in DIV_CASES {
            let got = int_true_divide(&a.parse().unwrap(), &b.parse().unwrap()).map(float_repr);
            assert_eq!(as_str(&got), want, "{} / {}", a, b);
        }
    }

    #[test]
    fn float_to_int_matches_cpython() {
        for &(v, want) in TO_INT_CASES {
            let got = float_to_int(v.parse().unwrap()).map(|i| i.into_bigint().to_string());
            assert_eq!(as_str(&got), want, "int({})", v);
        }
    }

    #[test]
    fn bases() {
        assert_eq!(int_to_base(&BigInt::from(-31), 16, "0x"), "-0x1f");
        assert_eq!(int_to_base(&BigInt::from(0), 2, "0b"), "0b0");
        assert_eq!(int_to_base(&(BigInt::from(1) << 70usize), 8, "0o"), "0o200000000000000000000000");
        assert_eq!(i64_to_base(-31, 16, "0x"), "-0x1f");
        assert_eq!(i64_to_base(i64::MIN, 2, "0b"), format!("-0b1{}", "0".repeat(63)));
        assert_eq!(i64_to_base(0, 8, "0o"), "0o0");
        assert_eq!(i64_to_base(255, 10, ""), "255");
    }

    #[test]
    fn unicode_helpers() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is not Nd
        assert!(is_py_space('\u{3000}') && is_py_space('\u{1c}') && is_py_space('\u{85}'));
        assert!(!is_py_space('\u{200b}') && !is_py_space('a'));
    }
}
