//! The conversions between numbers and their machine forms:
//! `int.to_bytes`, `int.from_bytes`, `float.hex`, `float.fromhex`.

use crate::objects::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::{add_class_method, add_method, arg, kwarg};
use crate::objects::bytes::{bytes_of, new_bytes};
use crate::objects::{KwArgs, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.int, "to_bytes", int_to_bytes);
    add_method(&t.float, "hex", float_hex);
    add_class_method(&t.int, "from_bytes", int_from_bytes);
    add_class_method(&t.float, "fromhex", float_fromhex);
}

fn check_keywords(vm: &Vm, kw: KwArgs, allowed: &[&str], func: &str) -> PyResult<()> {
    match kw.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(vm.type_error(format!("'{}' is an invalid keyword argument for {func}()", k.as_str()))),
        None => Ok(()),
    }
}

/// `byteorder`: true for little-endian.
fn byteorder(vm: &Vm, v: Option<&Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!("{func}() argument 'byteorder' must be str, not {}", vm.type_name(other)))),
    }
}

fn signed(vm: &mut Vm, kw: KwArgs) -> PyResult<bool> {
    match kwarg(kw, "signed") {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_keywords(vm, kw, &["length", "byteorder", "signed"], "to_bytes")?;
    if args.len() > 3 {
        return Err(vm.type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", args.len() - 1)));
    }
    let Some(n) = crate::vm::ops_to_bigint(crate::vm::ops_builtin_value(&args[0])) else {
        return Err(vm.type_error(format!("descriptor 'to_bytes' for 'int' objects doesn't apply to a '{}' object", vm.type_name(&args[0]))));
    };
    let length = match arg(args, kw, 0, "length") {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, arg(args, kw, 1, "byteorder"), "to_bytes")?;
    let signed = signed(vm, kw)?;
    if !signed && n.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Two's complement, little-endian, as short as it can be.
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args[0]` is the class.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_keywords(vm, kw, &["bytes", "byteorder", "signed"], "from_bytes")?;
    let Some(source) = arg(args, kw, 0, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let data = match bytes_of(source) {
        Some(b) => b,
        None if matches!(source, Value::Str(_)) => {
            return Err(vm.type_error(format!("cannot convert '{}' object to bytes", vm.type_name(source))));
        }
        None => {
            if vm.iter(source).is_err() {
                return Err(vm.type_error(format!("cannot convert '{}' object to bytes", vm.type_name(source))));
            }
            let mut out = Vec::new();
            for item in vm.collect(source)? {
                let b = vm.index_value(&item)?;
                if !(0..=255).contains(&b) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    let little = byteorder(vm, arg(args, kw, 1, "byteorder"), "from_bytes")?;
    let signed = signed(vm, kw)?;
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let value = Value::from_bigint(n);
    match &args[0] {
        Value::Class(c) if !Arc::ptr_eq(c, &vm.types().int) => vm.call(args[0].clone(), &[value]),
        _ => Ok(value),
    }
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>`, as C's `%a` without trailing zeros trimmed.
fn float_hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "hex", &args[1..], 0, 0)?;
    check_keywords(vm, kw, &[], "hex")?;
    let x = vm.to_float(&args[0])?;
    Ok(Value::string(hex_of(x)))
}

fn hex_of(x: f64) -> String {
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
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp_sign}{}", exp.abs())
}

/// `float.fromhex(s)`; `args[0]` is the class.
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_keywords(vm, kw, &[], "fromhex")?;
    super::check_args(vm, "fromhex", &args[1..], 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&args[1]))));
    };
    let value = match parse_hex_float(s.as_str()) {
        Some(Ok(v)) => v,
        Some(Err(())) => return Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        None => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    match &args[0] {
        Value::Class(c) if !Arc::ptr_eq(c, &vm.types().float) => vm.call(args[0].clone(), &[Value::Float(value)]),
        _ => Ok(Value::Float(value)),
    }
}

/// `None` for a malformed string, `Some(Err)` for one too large for a float.
fn parse_hex_float(text: &str) -> Option<Result<f64, ()>> {
    let t = text.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let apply = |v: f64| if negative { -v } else { v };
    match t.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(Ok(apply(f64::INFINITY))),
        "nan" => return Some(Ok(apply(f64::NAN))),
        _ => {}
    }
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
    let (body, exp) = match t.find(['p', 'P']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (int_part, frac_part) = match body.find('.') {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut mantissa = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        mantissa = mantissa * 16 + c.to_digit(16)?;
    }
    let exp = exp.checked_sub(4 * frac_part.len() as i64)?;
    if mantissa.is_zero() {
        return Some(Ok(apply(0.0)));
    }
    // Scale to 64 significant bits (sticky bit kept) so the final rounding is one f64 conversion.
    let bits = mantissa.bits() as i64;
    let shift = bits - 64;
    let (top, exp) = if shift > 0 {
        let low: BigInt = &mantissa & ((BigInt::from(1) << shift as usize) - 1);
        let lost = !low.is_zero();
        let top = (mantissa >> shift as usize).to_u64()? | lost as u64;
        (top, exp + shift)
    } else {
        (mantissa.to_u64()?, exp)
    };
    let total = exp + 64;
    if total > 1100 {
        return Some(Err(()));
    }
    if total < -1200 {
        return Some(Ok(apply(0.0)));
    }
    let v = ldexp(top as f64, exp);
    if v.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(apply(v)))
}

/// `m * 2**e`, in steps that never overflow or underflow early.
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e as i32)
}
