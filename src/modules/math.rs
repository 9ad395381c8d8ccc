//! The `math` module, with CPython's error rules: a NaN from a non-NaN
//! argument is "math domain error" (ValueError), an infinity from a finite
//! argument is "math range error" (OverflowError) or a domain error.

use std::f64::consts::{E, PI, TAU};

use super::math_special::{gamma_checked, lgamma_checked, libm};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::add_functions;
use crate::builtins::{check_args, kwarg};
use crate::compile::bytecode::BinKind;
use crate::objects::numparse;
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{ops_builtin_value, PyResult, Vm};

pub fn fill(dict: &PyDict) {
    dict.set_str("pi", Value::Float(PI));
    dict.set_str("e", Value::Float(E));
    dict.set_str("tau", Value::Float(TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    add_functions(
        dict,
        &[
            ("sqrt", sqrt),
            ("cbrt", cbrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log1p", log1p),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("fabs", fabs),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("pow", pow),
            ("atan2", atan2),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("isclose", isclose),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("comb", comb),
            ("perm", perm),
            ("isqrt", isqrt),
            ("prod", prod),
            ("fsum", fsum),
        ],
    );
}

// ---------------------------------------------------------------------------
// Argument conversion
// ---------------------------------------------------------------------------

/// A float argument: ints, floats and objects with `__float__` / `__index__`.
pub(crate) fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match ops_builtin_value(v) {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => numparse::bigint_to_f64(b).map_err(|m| vm.overflow_error(m)),
        other => {
            if vm.user_dunder(other, "__float__").is_some() {
                let other = other.clone();
                return vm.to_float(&other);
            }
            if let Some(m) = vm.user_dunder(other, "__index__") {
                let other = other.clone();
                let i = vm.call_dunder(m, &other, &[])?;
                return real(vm, &i);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other))))
        }
    }
}

/// An integer argument (`__index__`): floats are refused, as CPython does.
pub(crate) fn integer(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match ops_builtin_value(v) {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => {
            if let Some(m) = vm.user_dunder(other, "__index__") {
                let other = other.clone();
                let i = vm.call_dunder(m, &other, &[])?;
                if !matches!(i, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&i))));
                }
                return integer(vm, &i);
            }
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other))))
        }
    }
}

fn domain_error(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// Applies a one-argument libm function with CPython's `math_1` error rules.
fn math_1(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let x = real(vm, &args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary_functions {
    ($($name:ident: $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                math_1(vm, args, concat!("math.", stringify!($name)), $f, $overflow)
            }
        )*
    };
}

unary_functions! {
    sqrt: f64::sqrt, false;
    cbrt: libm::cbrt, false;
    exp: f64::exp, true;
    exp2: f64::exp2, true;
    expm1: f64::exp_m1, true;
    log1p: log1p_checked, false;
    sin: f64::sin, false;
    cos: f64::cos, false;
    tan: f64::tan, false;
    asin: f64::asin, false;
    acos: f64::acos, false;
    atan: f64::atan, false;
    sinh: f64::sinh, true;
    cosh: f64::cosh, true;
    tanh: f64::tanh, false;
    asinh: libm::asinh, false;
    acosh: libm::acosh, false;
    atanh: libm::atanh, false;
    fabs: f64::abs, false;
    erf: libm::erf, false;
    erfc: libm::erfc, false;
    gamma: gamma_checked, true;
    lgamma: lgamma_checked, true;
}

fn log1p_checked(x: f64) -> f64 {
    if x <= -1.0 {
        f64::NAN
    } else {
        x.ln_1p()
    }
}

// ---------------------------------------------------------------------------
// Rounding to integers
// ---------------------------------------------------------------------------

fn float_to_int_value(vm: &Vm, f: f64) -> PyResult<Value> {
    match numparse::float_to_int(f) {
        Ok(numparse::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(numparse::ParsedInt::Big(b)) => Ok(Value::from_bigint(b)),
        Err(m) if m.contains("infinity") => Err(vm.overflow_error(m)),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// floor/ceil/trunc: ints come back unchanged, floats exactly, other
/// objects through their dunder (or `__float__`).
fn to_integral(vm: &mut Vm, args: &[Value], name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, &format!("math.{name}"), args, 1, 1)?;
    match ops_builtin_value(&args[0]) {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::BigInt(b.clone())),
        Value::Float(x) => float_to_int_value(vm, f(*x)),
        other => {
            let other = other.clone();
            if let Some(m) = vm.user_dunder(&other, dunder) {
                return vm.call_dunder(m, &other, &[]);
            }
            if dunder == "__trunc__" {
                return Err(vm.type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(&other))));
            }
            let x = real(vm, &other)?;
            float_to_int_value(vm, f(x))
        }
    }
}

fn floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_integral(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_integral(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_integral(vm, args, "trunc", "__trunc__", f64::trunc)
}

// ---------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------

/// `f(v)` for a logarithm `f`, also for ints too large for a float
/// (CPython's `loghelper`: f(mantissa) + f(2) * exponent).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let x = match ops_builtin_value(v) {
        Value::BigInt(b) => {
            if !b.is_positive() {
                return Err(domain_error(vm));
            }
            match numparse::bigint_to_f64(b) {
                Ok(x) => x,
                Err(_) => {
                    let bits = b.bits();
                    let top = (&**b >> (bits - 64) as usize).to_u64().unwrap_or(u64::MAX);
                    let mantissa = top as f64 / 18446744073709551616.0;
                    return Ok(f(mantissa) + f(2.0) * bits as f64);
                }
            }
        }
        _ => real(vm, v)?,
    };
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 || x == f64::NEG_INFINITY {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args[0], f64::ln)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &args[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.log2", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.log10", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log10)?))
}

// ---------------------------------------------------------------------------
// Two-argument float functions
// ---------------------------------------------------------------------------

fn two_reals(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    check_args(vm, name, args, 2, 2)?;
    Ok((real(vm, &args[0])?, real(vm, &args[1])?))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (y, x) = two_reals(vm, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn remainder(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder: exact, since fmod is exact.
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

/// The Euclidean norm of `coords`, scaled to avoid overflow.
fn vector_norm(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &c in coords {
        if c.is_infinite() {
            return f64::INFINITY;
        }
        found_nan |= c.is_nan();
        max = max.max(c.abs());
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    if coords.len() == 2 {
        return coords[0].hypot(coords[1]);
    }
    // Compensated sum of squares of the scaled coordinates.
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for &c in coords {
        let x = c / max;
        let y = x * x - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    max * sum.sqrt()
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut coords = Vec::with_capacity(args.len());
    for a in args {
        coords.push(real(vm, a)?);
    }
    Ok(Value::Float(vector_norm(&coords)))
}

fn dist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dist", args, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

fn degrees(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.degrees", args, 1, 1)?;
    Ok(Value::Float(real(vm, &args[0])? * (180.0 / PI)))
}

fn radians(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.radians", args, 1, 1)?;
    Ok(Value::Float(real(vm, &args[0])? * (PI / 180.0)))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.isnan", args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.isinf", args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.isfinite", args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let a = real(vm, &args[0])?;
    let b = real(vm, &args[1])?;
    let rel_tol = match kwarg(kw, "rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match kwarg(kw, "abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

// ---------------------------------------------------------------------------
// Float decomposition
// ---------------------------------------------------------------------------

fn modf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.modf", args, 1, 1)?;
    let x = real(vm, &args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `x == m * 2**e` with 0.5 <= |m| < 1.
fn frexp_parts(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + bias)
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.frexp", args, 1, 1)?;
    let x = real(vm, &args[0])?;
    let (m, e) = frexp_parts(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `x * 2**n`, correctly rounded (musl's scalbn).
fn scalbn(mut x: f64, n: i64) -> f64 {
    let mut n = n.clamp(-5000, 5000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let p53 = f64::from_bits(0x4340_0000_0000_0000);
    let pm1022 = f64::from_bits(0x0010_0000_0000_0000);
    if n > 1023 {
        x *= p1023;
        n -= 1023;
        if n > 1023 {
            x *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        x *= pm1022 * p53;
        n += 1022 - 53;
        if n < -1022 {
            x *= pm1022 * p53;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    x * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ldexp", args, 2, 2)?;
    let x = real(vm, &args[0])?;
    let e = match ops_builtin_value(&args[1]) {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => integer(vm, &args[1])?,
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = scalbn(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

fn gcd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in args {
        let n = integer(vm, a)?;
        acc = acc.gcd(&n);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for a in args {
        let n = integer(vm, a)?;
        acc = if acc.is_zero() || n.is_zero() { BigInt::zero() } else { acc.lcm(&n) };
    }
    Ok(Value::from_bigint(acc))
}

/// The product of lo..hi (exclusive), split in halves so the big
/// multiplications stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut p = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    p *= small;
                    small = k;
                }
            }
        }
        return p * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.factorial", args, 1, 1)?;
    let n = integer(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(range_product(2, n as u64 + 1)))
}

fn non_negative(vm: &Vm, n: BigInt, what: &str) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn comb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "comb", args, 2, 2)?;
    let n = integer(vm, &args[0])?;
    let k = integer(vm, &args[1])?;
    let n = non_negative(vm, n, "n")?;
    let k = non_negative(vm, k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut result = BigInt::one();
    for i in 0..k {
        result = result * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(result))
}

fn perm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "perm", args, 1, 2)?;
    let n = integer(vm, &args[0])?;
    let k = match args.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(integer(vm, k)?),
    };
    let n = non_negative(vm, n, "n")?;
    let k = match k {
        None => n.clone(),
        Some(k) => non_negative(vm, k, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    let mut result = BigInt::one();
    for i in 0..k {
        result *= &n - i;
    }
    Ok(Value::from_bigint(result))
}

fn isqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.isqrt", args, 1, 1)?;
    let n = integer(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

// ---------------------------------------------------------------------------
// Reductions
// ---------------------------------------------------------------------------

fn prod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "prod", args, 1, 1)?;
    let mut acc = kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinKind::Mul, false)?;
    }
    Ok(acc)
}

/// Full-precision float sum (Shewchuk's algorithm, as CPython's `math.fsum`).
fn fsum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "math.fsum", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = real(vm, &item)?;
        let xsave = x;
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
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
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
        // Round half-even correctly when the rest of the partials push the tie.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
