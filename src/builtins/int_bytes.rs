//! `int.to_bytes` and `int.from_bytes`: an int as a fixed-width run of bytes
//! (two's complement when signed), the way binary formats and hashes need it.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::add_method;
use super::descriptors::ClassMethod;
use crate::objects::bytes::{bytes_of, new_bytes};
use crate::objects::{BuiltinFunction, KwArgs, Value};
use crate::vm::{ops_builtin_value as builtin_value, Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.int, "to_bytes", int_to_bytes);
    let from = BuiltinFunction { name: "from_bytes", func: int_from_bytes, bound: None, owner: Some("int") };
    t.int.dict.set_str("from_bytes", Value::native(ClassMethod { func: Value::Builtin(Arc::new(from)) }));
}

/// Positional-or-keyword arguments `names` after the receiver, then the
/// keyword-only `signed`; CPython's messages for too many or unknown ones.
fn bind_args<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: KwArgs<'a>,
    names: &[&str],
    max_message: &str,
) -> PyResult<(Vec<Option<&'a Value>>, bool)> {
    let rest = &args[1..];
    if rest.len() > names.len() {
        return Err(vm.type_error(format!("{fname}() {max_message} ({} given)", rest.len())));
    }
    let mut slots: Vec<Option<&Value>> = rest.iter().map(Some).collect();
    slots.resize(names.len(), None);
    let mut signed = None;
    for (k, v) in kw {
        let k = k.as_str();
        if k == "signed" {
            signed = Some(v);
            continue;
        }
        match names.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    let signed = match signed {
        Some(v) => !matches!(builtin_value(v), Value::Bool(false) | Value::None) && !matches!(builtin_value(v), Value::Int(0)),
        None => false,
    };
    Ok((slots, signed))
}

fn byteorder_is_little(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v.map(builtin_value) {
        None => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(false),
        Some(Value::Str(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some(other) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    match builtin_value(v) {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (slots, signed) = bind_args(vm, "to_bytes", args, kw, &["length", "byteorder"], "takes at most 2 arguments")?;
    let Some(n) = as_bigint(&args[0]) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let length = match slots[0] {
        None => 1,
        Some(v) => match vm.index_value(v)? {
            l if l < 0 => return Err(vm.value_error("length argument must be non-negative")),
            l => l as usize,
        },
    };
    let little = byteorder_is_little(vm, slots[1])?;
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args[0]` is the class.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (slots, signed) =
        bind_args(vm, "from_bytes", args, kw, &["bytes", "byteorder"], "takes at most 2 positional arguments")?;
    let Some(source) = slots[0].cloned() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_is_little(vm, slots[1])?;
    let mut data = match bytes_of(&source) {
        Some(d) => d,
        None if matches!(builtin_value(&source), Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)) => {
            return Err(vm.type_error(format!("cannot convert '{}' object to bytes", vm.type_name(&source))))
        }
        // Any iterable of small ints, as bytes(x) takes it.
        None => {
            let b = vm.call(Value::Class(vm.types().bytes.clone()), &[source])?;
            bytes_of(&b).unwrap_or_default()
        }
    };
    if little {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    let n = Value::from_bigint(n);
    match &args[0] {
        Value::Class(c) if !Arc::ptr_eq(c, &vm.types().int) => vm.call(args[0].clone(), &[n]),
        _ => Ok(n),
    }
}
