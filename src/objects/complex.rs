//! `complex`: the value, its arithmetic and its text, as CPython's
//! Objects/complexobject.c computes them (same algorithms, so the same
//! last bits). A complex is a native object: the eval loop's int and float
//! fast paths never see one, they reach it only on the slow path.

use std::any::Any;
use crate::objects::Arc;

use super::{Class, NativeObject, Value};
use crate::vm::{PyResult, Types, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// Why an operation has no complex result (CPython sets errno).
#[derive(Debug, PartialEq)]
pub enum MathError {
    /// EDOM: division by zero, 0 to a negative or complex power.
    Domain,
    /// ERANGE: a result too large.
    Range,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    pub fn value(self) -> Value {
        Value::native(self)
    }

    pub fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }

    pub fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }

    pub fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }

    pub fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }

    /// `_Py_c_quot`: Smith's algorithm, scaled by the larger part of the divisor.
    pub fn div(self, b: Complex) -> Result<Complex, MathError> {
        let a = self;
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(MathError::Domain);
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
        } else {
            // At least one part of the divisor is a NaN.
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `_Py_c_pow`.
    fn pow_general(self, b: Complex) -> Result<Complex, MathError> {
        let a = self;
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex::new(1.0, 0.0));
        }
        if a.re == 0.0 && a.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(MathError::Domain);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `c_powu`: repeated squaring.
    fn pow_unsigned(self, n: u64) -> Complex {
        let mut r = Complex::new(1.0, 0.0);
        let mut p = self;
        let mut mask = 1u64;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r.mul(p);
            }
            mask <<= 1;
            p = p.mul(p);
        }
        r
    }

    /// `complex ** complex`, as `complex_pow`: small integer exponents by
    /// repeated multiplication, others by polar form; an infinite part is
    /// an overflow.
    pub fn pow(self, b: Complex) -> Result<Complex, MathError> {
        let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            if n > 0 {
                Ok(self.pow_unsigned(n as u64))
            } else {
                Complex::new(1.0, 0.0).div(self.pow_unsigned(n.unsigned_abs()))
            }
        } else {
            self.pow_general(b)
        }?;
        if p.re.is_infinite() || p.im.is_infinite() {
            return Err(MathError::Range);
        }
        Ok(p)
    }

    /// `abs()`; `None` when it overflows.
    pub fn abs(self) -> Option<f64> {
        let r = self.re.hypot(self.im);
        if r.is_infinite() && self.re.is_finite() && self.im.is_finite() {
            return None;
        }
        Some(r)
    }

    /// CPython's complex hash: hash(re) + 1000003 * hash(im).
    pub fn hash(self) -> i64 {
        let re = crate::vm::hash_f64(self.re) as u64;
        let im = crate::vm::hash_f64(self.im) as u64;
        let h = re.wrapping_add(im.wrapping_mul(1000003)) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// `repr()`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
    pub fn to_repr(self) -> String {
        let part = super::format::float_repr_short;
        if self.re == 0.0 && self.re.is_sign_positive() {
            return format!("{}j", part(self.im));
        }
        let im = part(self.im);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", part(self.re))
    }
}

impl NativeObject for Complex {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.complex
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(self.to_repr()))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "real" => Some(Value::Float(self.re)),
            "imag" => Some(Value::Float(self.im)),
            _ => None,
        }
    }
}

/// The complex inside a value, if it is one.
pub fn as_complex(v: &Value) -> Option<Complex> {
    match v {
        Value::Native(n) => n.downcast::<Complex>().copied(),
        _ => None,
    }
}

/// An operand of mixed arithmetic as a complex: ints and floats are
/// widened, anything else is `Ok(None)` (the operator is unsupported).
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    Ok(Some(match v {
        Value::Int(i) => Complex::new(*i as f64, 0.0),
        Value::Bool(b) => Complex::new(*b as i64 as f64, 0.0),
        Value::Float(f) => Complex::new(*f, 0.0),
        Value::BigInt(b) => {
            let f = super::numparse::bigint_to_f64(b).map_err(|m| vm.overflow_error(m))?;
            Complex::new(f, 0.0)
        }
        other => match as_complex(other) {
            Some(c) => c,
            None => return Ok(None),
        },
    }))
}

/// `a op b` when one side is a complex and the other a number; `None` when
/// neither is a complex (the caller reports the unsupported operand).
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: crate::compile::bytecode::BinKind) -> Option<PyResult<Value>> {
    use crate::compile::bytecode::BinKind;
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    if op == BinKind::Mul && matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
        return Some(Err(vm.type_error("can't multiply sequence by non-int of type 'complex'")));
    }
    let (x, y) = match (operand(vm, a), operand(vm, b)) {
        (Ok(Some(x)), Ok(Some(y))) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        _ => return None,
    };
    Some(match op {
        BinKind::Add => Ok(x.add(y).value()),
        BinKind::Sub => Ok(x.sub(y).value()),
        BinKind::Mul => Ok(x.mul(y).value()),
        BinKind::TrueDiv => x.div(y).map(Complex::value).map_err(|_| vm.zero_division_error("complex division by zero")),
        BinKind::Pow => pow(vm, x, y),
        _ => return None,
    })
}

/// `x ** y` with CPython's errors.
pub fn pow(vm: &Vm, x: Complex, y: Complex) -> PyResult<Value> {
    match x.pow(y) {
        Ok(c) => Ok(c.value()),
        Err(MathError::Domain) => Err(vm.zero_division_error("0.0 to a negative or complex power")),
        Err(MathError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// `a == b` when one side is a complex: `None` when the other side is not
/// a number (identity decides).
pub fn equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (c, other) = match (as_complex(a), as_complex(b)) {
        (Some(c), _) => (c, b),
        (None, Some(c)) => (c, a),
        _ => return Ok(None),
    };
    if let Some(d) = as_complex(other) {
        return Ok(Some(c == d));
    }
    match other {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            if c.im != 0.0 {
                return Ok(Some(false));
            }
            // The real part meets an int exactly, as float == int does.
            let r = vm.compare(&Value::Float(c.re), other, crate::compile::bytecode::CmpKind::Eq)?;
            Ok(Some(vm.truthy(&r)?))
        }
        _ => Ok(None),
    }
}

/// A float prefix of `s` (as `PyOS_string_to_double` with an end pointer):
/// the value and the bytes it took, or None when `s` starts with no number.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let lower: Vec<u8> = s[i..].iter().take(8).map(|b| b.to_ascii_lowercase()).collect();
    let negative = s.first() == Some(&b'-');
    let signed = |v: f64| if negative { -v } else { v };
    if lower.starts_with(b"infinity") {
        return Some((signed(f64::INFINITY), i + 8));
    }
    if lower.starts_with(b"inf") {
        return Some((signed(f64::INFINITY), i + 3));
    }
    if lower.starts_with(b"nan") {
        return Some((signed(f64::NAN), i + 3));
    }
    let digits_from = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut any = int_end > i;
    if end < s.len() && s[end] == b'.' {
        let frac_end = digits_from(end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any {
        return None;
    }
    if end < s.len() && (s[end] == b'e' || s[end] == b'E') {
        let mut j = end + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, end))
}

/// `complex(str)`, as `complex_from_string_inner`; the error is CPython's.
pub fn parse(text: &str) -> Result<Complex, String> {
    let malformed = || "complex() arg is a malformed string".to_owned();
    let mut cleaned = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        if c == '_' {
            let ok = k > 0 && chars[k - 1].is_ascii_digit() && chars.get(k + 1).is_some_and(|n| n.is_ascii_digit());
            if !ok {
                return Err(format!("could not convert string to complex: {}", super::format::str_repr(text)));
            }
            continue;
        }
        cleaned.push(match super::numparse::decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ if super::numparse::is_py_space(c) => ' ',
            _ => c,
        });
    }
    let s = cleaned.trim_matches(' ').as_bytes();
    let (s, bracket) = match s.first() {
        Some(b'(') => (&s[1..], true),
        _ => (s, false),
    };
    let mut i = 0;
    while bracket && i < s.len() && s[i] == b' ' {
        i += 1;
    }
    let (mut re, mut im) = (0.0, 0.0);
    let is_j = |i: usize| i < s.len() && (s[i] == b'j' || s[i] == b'J');
    match float_prefix(&s[i..]) {
        Some((z, used)) => {
            i += used;
            if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
                re = z;
                match float_prefix(&s[i..]) {
                    Some((y, used)) => {
                        im = y;
                        i += used;
                    }
                    None => {
                        im = if s[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return Err(malformed());
                }
                i += 1;
            } else if is_j(i) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
                im = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(i) {
                return Err(malformed());
            }
            i += 1;
        }
    }
    while i < s.len() && s[i] == b' ' {
        i += 1;
    }
    if bracket {
        if i >= s.len() || s[i] != b')' {
            return Err(malformed());
        }
        i += 1;
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(Complex::new(1.0, 2.0).to_repr(), "(1+2j)");
        assert_eq!(Complex::new(0.0, 1.0).to_repr(), "1j");
        assert_eq!(Complex::new(-0.0, -1.0).to_repr(), "(-0-1j)");
        assert_eq!(Complex::new(f64::NAN, f64::INFINITY).to_repr(), "(nan+infj)");
        assert_eq!(Complex::new(0.0, 1e20).to_repr(), "1e+20j");
    }

    #[test]
    fn parse_forms() {
        assert_eq!(parse("1+2j"), Ok(Complex::new(1.0, 2.0)));
        assert_eq!(parse(" ( 1_0-j ) "), Ok(Complex::new(10.0, -1.0)));
        assert_eq!(parse("j"), Ok(Complex::new(0.0, 1.0)));
        assert_eq!(parse("-1.5e3"), Ok(Complex::new(-1500.0, 0.0)));
        assert!(parse("1+").is_err());
        assert!(parse("1 +2j").is_err());
        assert!(parse("").is_err());
    }
}
