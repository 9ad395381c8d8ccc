//! The `complex` type's constructor, methods and `format()` (the value and
//! its arithmetic are in `objects/complex.rs`).

use crate::objects::Arc;

use super::{add_method, check_args, kwarg};
use crate::objects::complex::{self, as_complex, Complex};
use crate::objects::format::{self, FormatSpec};
use crate::objects::{KwArgs, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    interp.builtins.set_str("complex", Value::Class(t.complex.clone()));
    add_method(&t.complex, "__new__", complex_new);
    add_method(&t.complex, "conjugate", conjugate);
    add_method(&t.complex, "__abs__", complex_abs);
    add_method(&t.complex, "__format__", complex_format);
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<Complex> {
    args.first()
        .and_then(|v| as_complex(crate::vm::ops_builtin_value(v)))
        .ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "conjugate", &args[1..], 0, 0)?;
    let c = this(vm, args)?;
    Ok(Complex::new(c.re, -c.im).value())
}

fn complex_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, args)?;
    abs(vm, c)
}

/// `abs(complex)`.
pub fn abs(vm: &Vm, c: Complex) -> PyResult<Value> {
    c.abs().map(Value::Float).ok_or_else(|| vm.overflow_error("absolute value too large"))
}

fn complex_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__format__", &args[1..], 1, 1)?;
    let c = this(vm, args)?;
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_owned(),
        other => return Err(vm.type_error(format!("__format__() argument must be str, not {}", vm.type_name(other)))),
    };
    Ok(Value::string(format_complex(vm, c, &spec)?))
}

/// One part of a number as `real` says: a float value, or a complex's real or imaginary part.
fn real_part(vm: &mut Vm, v: &Value, which: &str) -> PyResult<Result<Complex, ()>> {
    let plain = crate::vm::ops_builtin_value(v);
    if let Some(c) = as_complex(plain) {
        return Ok(Ok(c));
    }
    match plain {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => Ok(Ok(Complex::new(vm.to_float(plain)?, 0.0))),
        Value::Instance(_) => {
            if which == "first" {
                if let Some(m) = vm.user_dunder(v, "__complex__") {
                    let r = vm.call_dunder(m, v, &[])?;
                    return match as_complex(&r) {
                        Some(c) => Ok(Ok(c)),
                        None => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
                    };
                }
            }
            if vm.user_dunder(v, "__float__").is_some() || vm.user_dunder(v, "__index__").is_some() {
                return Ok(Ok(Complex::new(vm.to_float(v)?, 0.0)));
            }
            Ok(Err(()))
        }
        _ => Ok(Err(())),
    }
}

/// `complex(real=0, imag=0)` and `complex(str)`, as CPython's `complex_new_impl`.
fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let given = &args[1..];
    if given.len() > 2 {
        return Err(vm.type_error(format!("complex() takes at most 2 arguments ({} given)", given.len())));
    }
    let real = given.first().or_else(|| kwarg(kw, "real")).cloned();
    let imag = given.get(1).or_else(|| kwarg(kw, "imag")).cloned();
    let Some(r) = real else {
        return match imag {
            None => Ok(Complex::new(0.0, 0.0).value()),
            Some(i) => complex_new(vm, &[args[0].clone(), Value::Int(0), i], &[]),
        };
    };
    if let Value::Str(s) = crate::vm::ops_builtin_value(&r) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return complex::parse(s.as_str()).map(Complex::value).map_err(|m| vm.value_error(m));
    }
    if let Some(Value::Str(_)) = imag.as_ref().map(crate::vm::ops_builtin_value) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let Ok(cr) = real_part(vm, &r, "first")? else {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&r)
        )));
    };
    let Some(i) = imag else {
        return Ok(cr.value());
    };
    let Ok(ci) = real_part(vm, &i, "second")? else {
        return Err(vm.type_error(format!("complex() second argument must be a number, not '{}'", vm.type_name(&i))));
    };
    // complex(a, b) is a + b*1j, also when a or b is itself complex; the
    // corrections apply only to complex arguments (signed zeros survive).
    let mut re = cr.re;
    let mut im = ci.re;
    if as_complex(crate::vm::ops_builtin_value(&i)).is_some() {
        re -= ci.im;
    }
    if as_complex(crate::vm::ops_builtin_value(&r)).is_some() {
        im += cr.im;
    }
    Ok(Complex::new(re, im).value())
}

/// `format(complex, spec)`, as CPython's `format_complex_internal`.
pub fn format_complex(vm: &Vm, c: Complex, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(c.to_repr());
    }
    let s = FormatSpec::parse_for(spec, "complex").map_err(|m| vm.value_error(m))?;
    if s.zero_pad {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if let Some(t) = s.ty.filter(|t| !"eEfFgGn".contains(*t)) {
        return Err(vm.value_error(format!("Unknown format code '{t}' for object of type 'complex'")));
    }
    let plain = s.ty.is_none();
    let skip_re = plain && c.re == 0.0 && c.re.is_sign_positive();
    let part = |v: f64, sign: Option<char>| -> PyResult<String> {
        if plain && s.precision.is_none() {
            let mut text = format::float_repr_short(v);
            if !text.starts_with('-') {
                if let Some(sign @ ('+' | ' ')) = sign {
                    text.insert(0, sign);
                }
            }
            return Ok(text);
        }
        let one = FormatSpec {
            ty: Some(match s.ty {
                None | Some('n') => 'g',
                Some(t) => t,
            }),
            sign,
            width: None,
            align: None,
            fill: ' ',
            ..s.clone()
        };
        format::format_float_typed(v, &one, "complex").map_err(|m| vm.value_error(m))
    };
    let im = part(c.im, if skip_re { s.sign } else { Some('+') })?;
    let body = if skip_re {
        format!("{im}j")
    } else {
        let re = part(c.re, s.sign)?;
        if plain {
            format!("({re}{im}j)")
        } else {
            format!("{re}{im}j")
        }
    };
    let width = s.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return Ok(body);
    }
    let pad = width - len;
    let (left, right) = match s.align.unwrap_or('>') {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |n: usize| s.fill.to_string().repeat(n);
    Ok(format!("{}{body}{}", fill(left), fill(right)))
}
