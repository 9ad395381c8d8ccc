//! Methods of `int` and `float`, and their dunders.
//!
//! The VM runs arithmetic on built-in numbers directly; the dunder entries
//! exist so that `int.__add__(2, 3)`, `(5).__add__(1.5)` (NotImplemented) and
//! `super().__eq__(other)` in a subclass work. They operate on the unwrapped
//! built-in value, so a subclass's own dunders are never re-entered.

use crate::objects::Arc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::compile::bytecode::{BinKind, CmpKind};
use crate::objects::{KwArgs, NativeFn, Value};
use crate::vm::{ops_builtin_value as builtin_value, Interpreter, PyResult, Vm};

use super::add_method;

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let int_methods: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__trunc__", int_index),
        ("__floor__", int_index),
        ("__ceil__", int_index),
        ("__float__", int_float),
        ("__round__", int_round),
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__hash__", int_hash),
        ("__bool__", int_bool),
        ("__str__", int_repr),
        ("__repr__", int_repr),
        ("__format__", int_format),
    ];
    for &(name, func) in int_methods {
        add_method(&t.int, name, func);
    }
    let float_methods: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__float__", float_conjugate),
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__hash__", float_hash),
        ("__bool__", float_bool),
        ("__str__", float_repr),
        ("__repr__", float_repr),
        ("__format__", float_format),
    ];
    for &(name, func) in float_methods {
        add_method(&t.float, name, func);
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Num {
    Int,
    Float,
}

impl Num {
    fn name(self) -> &'static str {
        match self {
            Num::Int => "int",
            Num::Float => "float",
        }
    }

    /// Whether `v` (already unwrapped) is a value of this type.
    fn holds(self, v: &Value) -> bool {
        match self {
            Num::Int => matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
            Num::Float => matches!(v, Value::Float(_)),
        }
    }

    /// Whether this type's binary operators accept `v` as the other operand.
    fn accepts(self, v: &Value) -> bool {
        Num::Int.holds(v) || (self == Num::Float && Num::Float.holds(v))
    }
}

/// The receiver, unwrapped from a subclass instance, checked to be of type `num`.
fn receiver<'a>(vm: &Vm, num: Num, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("unbound method {}.{name}() needs an argument", num.name())));
    };
    let v = builtin_value(first);
    if num.holds(v) {
        return Ok(v);
    }
    Err(vm.type_error(if name.starts_with("__") {
        format!("descriptor '{name}' requires a '{}' object but received a '{}'", num.name(), vm.type_name(first))
    } else {
        format!("descriptor '{name}' for '{}' objects doesn't apply to a '{}' object", num.name(), vm.type_name(first))
    }))
}

/// A method without arguments: the receiver.
fn method_self<'a>(vm: &Vm, num: Num, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    let v = receiver(vm, num, name, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", num.name())));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!("{}.{name}() takes no arguments ({} given)", num.name(), args.len() - 1)));
    }
    Ok(v)
}

/// A dunder's receiver and its `count` further arguments.
fn dunder_args<'a>(vm: &Vm, num: Num, name: &str, args: &'a [Value], count: usize) -> PyResult<&'a Value> {
    let v = receiver(vm, num, name, args)?;
    if args.len() != count + 1 {
        let plural = if count == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {count} argument{plural}, got {}", args.len() - 1)));
    }
    Ok(v)
}

fn binary(vm: &mut Vm, num: Num, args: &[Value], op: BinKind, reflected: bool) -> PyResult<Value> {
    let (forward, reverse, _) = op.dunders();
    let name = if reflected { reverse } else { forward };
    let a = dunder_args(vm, num, name, args, 1)?;
    let b = builtin_value(&args[1]);
    if !num.accepts(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    vm.binary_op(x, y, op, false)
}

fn compare(vm: &mut Vm, num: Num, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let a = dunder_args(vm, num, op.dunder(), args, 1)?;
    let b = builtin_value(&args[1]);
    if !num.accepts(b) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(a, b, op)
}

macro_rules! binary_dunders {
    ($num:expr; $($forward:ident, $reverse:ident => $op:expr;)*) => {$(
        fn $forward(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            binary(vm, $num, args, $op, false)
        }
        fn $reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            binary(vm, $num, args, $op, true)
        }
    )*};
}

macro_rules! compare_dunders {
    ($num:expr; $($name:ident => $op:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(vm, $num, args, $op)
        }
    )*};
}

binary_dunders! { Num::Int;
    int_add, int_radd => BinKind::Add;
    int_sub, int_rsub => BinKind::Sub;
    int_mul, int_rmul => BinKind::Mul;
    int_truediv, int_rtruediv => BinKind::TrueDiv;
    int_floordiv, int_rfloordiv => BinKind::FloorDiv;
    int_mod, int_rmod => BinKind::Mod;
    int_lshift, int_rlshift => BinKind::LShift;
    int_rshift, int_rrshift => BinKind::RShift;
    int_and, int_rand => BinKind::And;
    int_or, int_ror => BinKind::Or;
    int_xor, int_rxor => BinKind::Xor;
}

binary_dunders! { Num::Float;
    float_add, float_radd => BinKind::Add;
    float_sub, float_rsub => BinKind::Sub;
    float_mul, float_rmul => BinKind::Mul;
    float_truediv, float_rtruediv => BinKind::TrueDiv;
    float_floordiv, float_rfloordiv => BinKind::FloorDiv;
    float_mod, float_rmod => BinKind::Mod;
    float_pow, float_rpow => BinKind::Pow;
}

compare_dunders! { Num::Int;
    int_eq => CmpKind::Eq;
    int_ne => CmpKind::Ne;
    int_lt => CmpKind::Lt;
    int_le => CmpKind::Le;
    int_gt => CmpKind::Gt;
    int_ge => CmpKind::Ge;
}

compare_dunders! { Num::Float;
    float_eq => CmpKind::Eq;
    float_ne => CmpKind::Ne;
    float_lt => CmpKind::Lt;
    float_le => CmpKind::Le;
    float_gt => CmpKind::Gt;
    float_ge => CmpKind::Ge;
}

/// `int.__pow__(base, exp, mod=None)`: with a modulus, modular exponentiation.
fn int_pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(2).map(builtin_value) {
        None | Some(Value::None) if args.len() <= 3 => binary(vm, Num::Int, &args[..2.min(args.len())], BinKind::Pow, false),
        _ => {
            let base = dunder_args(vm, Num::Int, "__pow__", args, 2)?;
            let (exp, modulus) = (builtin_value(&args[1]), builtin_value(&args[2]));
            if !Num::Int.holds(exp) || !Num::Int.holds(modulus) {
                return Ok(Value::NotImplemented);
            }
            let (base, exp, modulus) = (big(base), big(exp), big(modulus));
            modular_pow(vm, base, exp, modulus)
        }
    }
}

fn int_rpow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    binary(vm, Num::Int, &args[..2.min(args.len())], BinKind::Pow, true)
}

fn big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

fn modular_pow(vm: &mut Vm, base: BigInt, exp: BigInt, modulus: BigInt) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m_abs = modulus.abs();
    let mut base = base.mod_floor(&m_abs);
    let mut exp = exp;
    if exp.is_negative() {
        // A negative exponent uses the modular inverse of the base.
        let g = base.extended_gcd(&m_abs);
        if !g.gcd.abs().eq(&BigInt::from(1)) {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m_abs);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m_abs);
    if modulus.is_negative() && !r.is_zero() {
        r += &modulus;
    }
    Ok(Value::from_bigint(r))
}

fn divmod(vm: &mut Vm, num: Num, args: &[Value], reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rdivmod__" } else { "__divmod__" };
    let a = dunder_args(vm, num, name, args, 1)?;
    let b = builtin_value(&args[1]);
    if !num.accepts(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let q = vm.binary_op(x, y, BinKind::FloorDiv, false)?;
    let r = vm.binary_op(x, y, BinKind::Mod, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod(vm, Num::Int, args, false)
}

fn int_rdivmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod(vm, Num::Int, args, true)
}

fn float_divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod(vm, Num::Float, args, false)
}

fn float_rdivmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod(vm, Num::Float, args, true)
}

/// An int value as a plain int (a bool becomes 0 or 1).
fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = method_self(vm, Num::Int, "bit_length", args, kw)?;
    Ok(Value::Int(match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = method_self(vm, Num::Int, "bit_count", args, kw)?;
    Ok(Value::Int(match v {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as i64).sum(),
        _ => 0,
    }))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(plain_int(method_self(vm, Num::Int, "conjugate", args, kw)?))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain_int(method_self(vm, Num::Int, "as_integer_ratio", args, kw)?);
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(plain_int(dunder_args(vm, Num::Int, "__index__", args, 0)?))
}

fn int_float(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__float__", args, 0)?;
    Ok(Value::Float(match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => f,
            None => return Err(vm.overflow_error("int too large to convert to float")),
        },
        _ => 0.0,
    }))
}

fn int_neg(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__neg__", args, 0)?;
    vm.unary_neg(v)
}

fn int_pos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(plain_int(dunder_args(vm, Num::Int, "__pos__", args, 0)?))
}

fn int_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__abs__", args, 0)?;
    Ok(match v {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs())),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        other => plain_int(other),
    })
}

fn int_invert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__invert__", args, 0)?;
    vm.unary_invert(v)
}

fn int_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__hash__", args, 0)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn int_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Int, "__bool__", args, 0)?;
    Ok(Value::Bool(match v {
        Value::Int(i) => *i != 0,
        Value::Bool(b) => *b,
        _ => true,
    }))
}

fn int_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = plain_int(dunder_args(vm, Num::Int, "__repr__", args, 0)?);
    Ok(Value::string(vm.repr(&v)?))
}

fn format_with(vm: &mut Vm, num: Num, args: &[Value]) -> PyResult<Value> {
    let v = dunder_args(vm, num, "__format__", args, 1)?;
    let Value::Str(spec) = builtin_value(&args[1]) else {
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", vm.type_name(&args[1]))));
    };
    Ok(Value::string(vm.format(v, spec.as_str())?))
}

fn int_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    format_with(vm, Num::Int, args)
}

fn float_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    format_with(vm, Num::Float, args)
}

fn float_value(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = float_value(method_self(vm, Num::Float, "is_integer", args, kw)?);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = float_value(method_self(vm, Num::Float, "conjugate", args, kw)?);
    Ok(Value::Float(f))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = float_value(method_self(vm, Num::Float, "as_integer_ratio", args, kw)?);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // f = mantissa * 2**exponent exactly, with a 53-bit integer mantissa.
    let bits = f.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exponent) =
        if raw_exponent == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), raw_exponent - 1075) };
    let shift = (mantissa.trailing_zeros() as i64).min(-exponent).max(0);
    mantissa >>= shift;
    exponent += shift;
    let sign = if f < 0.0 { Sign::Minus } else { Sign::Plus };
    let numerator = BigInt::from_biguint(sign, mantissa.into());
    let (numerator, denominator) = if exponent >= 0 {
        (numerator << exponent as usize, BigInt::from(1))
    } else {
        (numerator, BigInt::from(1) << (-exponent) as usize)
    };
    Ok(Value::tuple(vec![Value::from_bigint(numerator), Value::from_bigint(denominator)]))
}

fn float_int(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Float, "__int__", args, 0)?.clone();
    vm.to_int(&v)
}

fn float_neg(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-float_value(dunder_args(vm, Num::Float, "__neg__", args, 0)?)))
}

fn float_pos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_value(dunder_args(vm, Num::Float, "__pos__", args, 0)?)))
}

fn float_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_value(dunder_args(vm, Num::Float, "__abs__", args, 0)?).abs()))
}

fn float_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = dunder_args(vm, Num::Float, "__hash__", args, 0)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn float_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(float_value(dunder_args(vm, Num::Float, "__bool__", args, 0)?) != 0.0))
}

fn float_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = float_value(dunder_args(vm, Num::Float, "__repr__", args, 0)?);
    Ok(Value::string(crate::objects::format::float_repr(f)))
}

/// A float known to be integral (or not finite) as an int.
fn float_to_int_value(vm: &Vm, f: f64) -> PyResult<Value> {
    use crate::objects::numparse::{float_to_int, ParsedInt};
    match float_to_int(f) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(other) => Ok(Value::from_bigint(other.into_bigint())),
        Err(m) if f.is_nan() => Err(vm.value_error(m)),
        Err(m) => Err(vm.overflow_error(m)),
    }
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = float_value(dunder_args(vm, Num::Float, "__floor__", args, 0)?);
    float_to_int_value(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = float_value(dunder_args(vm, Num::Float, "__ceil__", args, 0)?);
    float_to_int_value(vm, f.ceil())
}

/// The optional `ndigits` argument of `__round__`.
fn round_digits(vm: &mut Vm, num: Num, args: &[Value]) -> PyResult<Option<i64>> {
    receiver(vm, num, "__round__", args)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("__round__ expected at most 1 argument, got {}", args.len() - 1)));
    }
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.index_value(v).map(Some),
    }
}

fn float_round(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let digits = round_digits(vm, Num::Float, args)?;
    let f = float_value(builtin_value(&args[0]));
    match digits {
        None => float_to_int_value(vm, crate::objects::format::round_half_even(f)),
        Some(n) => crate::objects::format::round_float(f, n).map(Value::Float).map_err(|m| vm.overflow_error(m)),
    }
}

fn int_round(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let digits = round_digits(vm, Num::Int, args)?;
    let v = plain_int(builtin_value(&args[0]));
    let n = match digits {
        Some(n) if n < 0 => n,
        _ => return Ok(v),
    };
    // Round half to even to a multiple of 10**-n.
    let Some(k) = u32::try_from(-(n as i128)).ok() else { return Ok(Value::Int(0)) };
    let x = big(&v);
    if u64::from(k) > x.bits() / 3 + 2 {
        return Ok(Value::Int(0));
    }
    let unit = num_traits::pow::Pow::pow(BigInt::from(10u32), k);
    let (q, r) = x.div_mod_floor(&unit);
    let twice: BigInt = r << 1usize;
    let q = if twice > unit || (twice == unit && q.is_odd()) { q + 1 } else { q };
    Ok(Value::from_bigint(q * unit))
}
