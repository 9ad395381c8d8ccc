//! Numeric and introspection built-ins: `round`, `divmod`, `pow`, `chr`,
//! `ord`, `hex`/`oct`/`bin`, `format`, `ascii`, `vars`, `dir`, `globals`,
//! `locals`, `exit`/`quit`.

use crate::objects::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{add_function, check_args, kwarg};
use crate::compile::bytecode::BinKind;
use crate::modules::math::integer;
use crate::objects::format::{ascii_escape, round_float, round_half_even};
use crate::objects::numparse::{self, int_to_base};
use crate::objects::{KwArgs, PyDict, PyStr, Value};
use crate::vm::{ops_builtin_value, Interpreter, PyErr, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    add_function(b, "round", round);
    add_function(b, "divmod", divmod);
    add_function(b, "pow", pow);
    add_function(b, "chr", chr);
    add_function(b, "ord", ord);
    add_function(b, "hex", hex);
    add_function(b, "oct", oct);
    add_function(b, "bin", bin);
    add_function(b, "format", format);
    add_function(b, "ascii", ascii);
    add_function(b, "vars", vars);
    add_function(b, "dir", dir);
    add_function(b, "globals", globals);
    add_function(b, "__import__", import);
    add_function(b, "locals", locals);
    super::add_method(&interp.types.quitter, "__call__", quitter_call);
    b.set_str("exit", Value::native(Quitter { name: "exit" }));
    b.set_str("quit", Value::native(Quitter { name: "quit" }));
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// A positional-or-keyword argument.
fn param<'a>(args: &'a [Value], kw: KwArgs<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| kwarg(kw, name))
}

// ---------------------------------------------------------------------------
// round
// ---------------------------------------------------------------------------

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() + kw.len() > 2 {
        return Err(vm.type_error(format!("round() takes at most 2 arguments ({} given)", args.len() + kw.len())));
    }
    let Some(number) = param(args, kw, 0, "number").cloned() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = param(args, kw, 1, "ndigits").cloned().filter(|v| !v.is_none());
    if let Some(m) = vm.user_dunder(&number, "__round__") {
        let extra: Vec<Value> = ndigits.into_iter().collect();
        return vm.call_dunder(m, &number, &extra);
    }
    let ndigits = match &ndigits {
        Some(n) => Some(integer(vm, n)?),
        None => None,
    };
    match ops_builtin_value(&number) {
        Value::Float(x) => match ndigits {
            None => float_to_int(vm, round_half_even(*x)),
            Some(n) => {
                let n = n.to_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                round_float(*x, n).map(Value::Float).map_err(|m| vm.overflow_error(m))
            }
        },
        v if is_int(v) => {
            let x = as_bigint(v).expect("int");
            match ndigits {
                Some(n) if n.is_negative() => Ok(Value::from_bigint(round_int(&x, &n))),
                _ => Ok(Value::from_bigint(x)),
            }
        }
        other => Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(other)))),
    }
}

fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    match numparse::float_to_int(f) {
        Ok(numparse::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(numparse::ParsedInt::Big(b)) => Ok(Value::from_bigint(b)),
        Err(m) if m.contains("infinity") => Err(vm.overflow_error(m)),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// `round(x, ndigits)` for an int and negative ndigits: to a multiple of
/// 10**-ndigits, ties to even.
fn round_int(x: &BigInt, ndigits: &BigInt) -> BigInt {
    let digits = (-ndigits).to_u32().unwrap_or(u32::MAX);
    // 10**digits beyond |x|'s size rounds everything to zero.
    if digits as u64 > x.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let pow = BigInt::from(10u32).pow(digits);
    let (q, r) = x.div_mod_floor(&pow);
    let twice = &r * 2u32;
    let q = if twice > pow || (twice == pow && q.is_odd()) { q + 1 } else { q };
    q * pow
}

// ---------------------------------------------------------------------------
// divmod and pow
// ---------------------------------------------------------------------------

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let Some(m) = vm.user_dunder(a, "__divmod__") {
        let r = vm.call_dunder(m, a, &[b.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(m) = vm.user_dunder(b, "__rdivmod__") {
        let r = vm.call_dunder(m, b, &[a.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (x, y) = (ops_builtin_value(a), ops_builtin_value(b));
    if is_int(x) && is_int(y) {
        let q = vm.binary_op(x, y, BinKind::FloorDiv, false)?;
        let r = vm.binary_op(x, y, BinKind::Mod, false)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if numeric(x) && numeric(y) {
        let (x, y) = (x.clone(), y.clone());
        let xf = vm.to_float(&x)?;
        let yf = vm.to_float(&y)?;
        if yf == 0.0 {
            return Err(vm.zero_division_error("float divmod()"));
        }
        let (x, y) = (Value::Float(xf), Value::Float(yf));
        let q = vm.binary_op(&x, &y, BinKind::FloorDiv, false)?;
        let r = vm.binary_op(&x, &y, BinKind::Mod, false)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 3 {
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({} given)", args.len())));
    }
    let Some(base) = param(args, kw, 0, "base").cloned() else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = param(args, kw, 1, "exp").cloned() else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match param(args, kw, 2, "mod").cloned() {
        None | Some(Value::None) => vm.binary_op(&base, &exp, BinKind::Pow, false),
        Some(modulus) => modular_pow(vm, &base, &exp, &modulus),
    }
}

/// `pow(base, exp, mod)`: integers only; a negative exponent means the
/// modular inverse (Python 3.8+).
fn modular_pow(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if let Some(m) = vm.user_dunder(base, "__pow__") {
        return vm.call_dunder(m, base, &[exp.clone(), modulus.clone()]);
    }
    if [base, exp].iter().any(|v| crate::objects::complex::as_complex(v).is_some()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (Some(b), Some(e), Some(m)) = (
        as_bigint(ops_builtin_value(base)),
        as_bigint(ops_builtin_value(exp)),
        as_bigint(ops_builtin_value(modulus)),
    ) else {
        let all_numbers = [base, exp, modulus]
            .iter()
            .all(|v| matches!(ops_builtin_value(v), Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)));
        if all_numbers {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(modulus)
        )));
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let abs_m = m.abs();
    let mut b = b.mod_floor(&abs_m);
    let mut e = e;
    if e.is_negative() {
        b = match mod_inverse(&b, &abs_m) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        e = -e;
    }
    let r = b.modpow(&e, &abs_m);
    // The result takes the sign of the modulus, as `%` does.
    let r = if m.is_negative() && !r.is_zero() { r - abs_m } else { r };
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (m > 0), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let ext = a.extended_gcd(m);
    if !ext.gcd.is_one() {
        return None;
    }
    Some(ext.x.mod_floor(m))
}

// ---------------------------------------------------------------------------
// chr, ord, hex, oct, bin
// ---------------------------------------------------------------------------

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let n = integer(vm, &args[0])?;
    let Some(n) = n.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates cannot live in a Rust string: they become U+FFFD.
    let c = char::from_u32(n as u32).unwrap_or('\u{FFFD}');
    Ok(Value::string(c.to_string()))
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    match ops_builtin_value(&args[0]) {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        other => match crate::objects::bytes::bytes_of(other) {
            Some(d) if d.len() == 1 => Ok(Value::Int(d[0] as i64)),
            Some(d) => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", d.len()))),
            None => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(other)))),
        },
    }
}

fn to_base(vm: &mut Vm, args: &[Value], name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let n = integer(vm, &args[0])?;
    Ok(Value::string(match n.to_i64() {
        Some(i) => numparse::i64_to_base(i, base, prefix),
        None => int_to_base(&n, base, prefix),
    }))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_base(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_base(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    to_base(vm, args, "bin", 2, "0b")
}

// ---------------------------------------------------------------------------
// format, ascii
// ---------------------------------------------------------------------------

fn format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "format", args, 0, 2)?;
    let Some(value) = param(args, kw, 0, "value").cloned() else {
        return Err(vm.type_error("format() missing required argument 'value' (pos 1)"));
    };
    let spec = match param(args, kw, 1, "format_spec") {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(other))))
        }
    };
    Ok(Value::string(vm.format(&value, &spec)?))
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(ascii_escape(&r)))
}

// ---------------------------------------------------------------------------
// Namespaces: vars, dir, globals, locals
// ---------------------------------------------------------------------------

fn globals(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "globals", args, 0, 0)?;
    match vm.frames.last() {
        Some(frame) => Ok(Value::Dict(frame.globals.clone())),
        None => Ok(Value::Dict(Arc::new(PyDict::new()))),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let arg = |i: usize, key: &str| args.get(i).or_else(|| super::kwarg(kw, key)).cloned();
    if args.is_empty() && arg(0, "name").is_none() {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    }
    if args.len() > 5 {
        return Err(vm.type_error(format!("__import__() takes at most 5 arguments ({} given)", args.len())));
    }
    let name = match arg(0, "name") {
        Some(Value::Str(s)) => s,
        Some(other) => return Err(vm.type_error(format!("module name must be str, not {}", vm.type_name(&other)))),
        None => unreachable!("checked above"),
    };
    let globals = match arg(1, "globals") {
        Some(Value::Dict(d)) => d,
        _ => Arc::new(PyDict::new()),
    };
    let fromlist = arg(3, "fromlist").unwrap_or(Value::None);
    let level = match arg(4, "level") {
        None => 0,
        Some(Value::Int(l)) if l >= 0 => l as u32,
        Some(Value::Int(_)) => return Err(vm.value_error("level must be >= 0")),
        Some(other) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&other)))),
    };
    if level == 0 && name.as_str().is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    vm.import_name(name.as_str(), &globals, &fromlist, level)
}

/// The caller's local namespace (see `Vm::locals_of`).
pub fn current_locals(vm: &Vm) -> Value {
    match vm.frames.last() {
        Some(frame) => vm.locals_of(frame),
        None => Value::Dict(Arc::new(PyDict::new())),
    }
}

fn locals(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "locals", args, 0, 0)?;
    Ok(current_locals(vm))
}

fn vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Ok(current_locals(vm));
    };
    match vm.get_attr_opt(obj, &Arc::new(PyStr::new("__dict__")))? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_keys = |names: &mut Vec<String>, dict: &PyDict| {
        for k in dict.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_owned());
            }
        }
    };
    match args.first() {
        None => {
            if let Value::Dict(d) = current_locals(vm) {
                add_keys(&mut names, &d);
            }
        }
        Some(obj) => {
            if let Some(m) = vm.user_dunder(obj, "__dir__") {
                let r = vm.call_dunder(m, obj, &[])?;
                let items = vm.collect(&r)?;
                return sorted_names(vm, items);
            }
            match obj {
                Value::Module(m) => add_keys(&mut names, &m.dict),
                Value::Class(c) => {
                    for cls in c.mro() {
                        add_keys(&mut names, &cls.dict);
                    }
                    names.extend(["__class__", "__doc__", "__module__", "__name__", "__qualname__"].map(String::from));
                }
                Value::Instance(inst) => {
                    add_keys(&mut names, &**vm.attribute_dict(inst)?);
                    for cls in inst.class.mro() {
                        add_keys(&mut names, &cls.dict);
                    }
                    names.extend(["__class__", "__dict__", "__doc__", "__module__"].map(String::from));
                }
                Value::Function(_) | Value::StaticFunction(_) => {
                    let f = obj.as_function().expect("function");
                    add_keys(&mut names, &f.dict);
                    add_class_names(vm, obj, &mut names);
                    names.extend(
                        ["__class__", "__defaults__", "__dict__", "__doc__", "__module__", "__name__", "__qualname__"]
                            .map(String::from),
                    );
                }
                _ => {
                    add_class_names(vm, obj, &mut names);
                    names.push("__class__".into());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn add_class_names(vm: &Vm, obj: &Value, names: &mut Vec<String>) {
    for cls in vm.class_of(obj).mro() {
        for k in cls.dict.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_owned());
            }
        }
    }
}

/// `sorted()` of what a `__dir__` returned, as a list of str.
fn sorted_names(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut names = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Value::Str(s) => names.push(s.as_str().to_owned()),
            other => {
                return Err(vm.type_error(format!(
                    "'<' not supported between instances of '{}' and 'str'",
                    vm.type_name(&other)
                )))
            }
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

// ---------------------------------------------------------------------------
// exit / quit
// ---------------------------------------------------------------------------

/// `exit` and `quit`, as CPython's `site` makes them: calling one raises
/// SystemExit; typing the bare name at the prompt says how to leave.
struct Quitter {
    name: &'static str,
}

impl crate::objects::NativeObject for Quitter {
    fn class<'t>(&self, t: &'t crate::vm::Types) -> &'t Arc<crate::objects::Class> {
        &t.quitter
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!("Use {}() or Ctrl-D (i.e. EOF) to exit", self.name)))
    }
}

/// `exit(code=None)`: `raise SystemExit(code)`.
fn quitter_call(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // args[0] is the Quitter itself.
    check_args(vm, "__call__", args, 1, 2)?;
    let code = args.get(1).cloned().unwrap_or(Value::None);
    let cls = vm.types().exceptions.system_exit.clone();
    Err(PyErr { value: crate::vm::exceptions::new_exception(&cls, vec![code]) })
}
