//! Calling the built-in types: `int(x)`, `str(x)`, `list(it)`, ...
//! Each is the type's `__new__`; for a subclass, the value is wrapped in an
//! instance of the subclass.

use crate::objects::Arc;

use super::{add_method, check_args, kwarg};
use crate::objects::numparse::{self, ParsedInt};
use crate::objects::{Class, KwArgs, Payload, PyStr, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.int, "__new__", int_new);
    add_method(&t.none_type, "__new__", none_new);
    add_method(&t.not_implemented_type, "__new__", not_implemented_new);
    add_method(&t.ellipsis, "__new__", ellipsis_new);
    add_method(&t.bool, "__new__", bool_new);
    add_method(&t.float, "__new__", float_new);
    add_method(&t.str, "__new__", str_new);
    add_method(&t.tuple, "__new__", tuple_new);
    add_method(&t.list, "__new__", list_new);
    add_method(&t.list, "__init__", list_init);
    add_method(&t.dict, "__new__", dict_new);
    add_method(&t.dict, "__init__", dict_init);
    add_method(&t.set, "__new__", set_new);
    add_method(&t.set, "__init__", set_init);
    add_method(&t.frozenset, "__new__", frozenset_new);
    add_method(&t.range, "__new__", super::range::range_new);
    add_method(&t.slice, "__new__", super::slice::slice_new);
    add_method(&t.property, "__new__", super::descriptors::property_new);
    add_method(&t.property, "setter", super::descriptors::property_setter);
    add_method(&t.property, "getter", super::descriptors::property_getter);
    add_method(&t.property, "deleter", super::descriptors::property_deleter);
    add_method(&t.staticmethod, "__new__", super::descriptors::staticmethod_new);
    add_method(&t.classmethod, "__new__", super::descriptors::classmethod_new);
    add_method(&t.exceptions.base_exception, "__new__", exception_new);
    add_method(&t.exceptions.base_exception, "__init__", exception_init);
}

fn cls_of(args: &[Value]) -> Arc<Class> {
    match &args[0] {
        Value::Class(c) => c.clone(),
        _ => unreachable!("__new__ receives the class"),
    }
}

/// Wraps a built-in value for a subclass, or returns it as is.
fn wrap(cls: &Arc<Class>, v: Value) -> Value {
    if cls.builtin {
        return v;
    }
    let inst = crate::vm::new_instance(cls);
    match inst {
        Value::Instance(i) => {
            let mut owned = Arc::try_unwrap(i).ok().expect("fresh instance");
            owned.payload = Payload::Immutable(v);
            Value::Instance(Arc::new(owned))
        }
        other => other,
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    let args = &args[1..];
    check_args(vm, "int", args, 0, 2)?;
    let base = match (args.get(1), kwarg(kw, "base")) {
        (Some(b), _) | (None, Some(b)) => Some(vm.index_value(b)?),
        _ => None,
    };
    let v = match (args.first(), base) {
        (None, _) => Value::Int(0),
        (Some(x), None) => vm.to_int(x)?,
        (Some(Value::Str(s)), Some(b)) => {
            if !(b == 0 || (2..=36).contains(&b)) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            parsed(numparse::parse_int(s.as_str(), b as u32).map_err(|m| vm.value_error(m))?)
        }
        (Some(_), Some(_)) => return Err(vm.type_error("int() can't convert non-string with explicit base")),
    };
    Ok(wrap(&cls, v))
}

fn parsed(p: ParsedInt) -> Value {
    match p {
        ParsedInt::Small(i) => Value::Int(i),
        ParsedInt::Big(b) => Value::from_bigint(b),
    }
}

impl Vm {
    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        match crate::vm::ops_builtin_value(x) {
            Value::Int(i) => Ok(Value::Int(*i)),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::BigInt(b) => Ok(Value::BigInt(b.clone())),
            Value::Float(f) => Ok(parsed(numparse::float_to_int(*f).map_err(|m| {
                if m.contains("infinity") {
                    self.overflow_error(m)
                } else {
                    self.value_error(m)
                }
            })?)),
            Value::Str(s) => Ok(parsed(numparse::parse_int(s.as_str(), 10).map_err(|m| self.value_error(m))?)),
            other => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(m) = self.user_dunder(other, name) {
                        let other = other.clone();
                        let r = self.call_dunder(m, &other, &[])?;
                        // int() always gives an exact int: an int subclass or a bool result
                        // is narrowed; anything else is the dunder's fault, named as CPython does.
                        return match crate::vm::ops_builtin_value(&r) {
                            Value::Int(i) => Ok(Value::Int(*i)),
                            Value::BigInt(b) => Ok(Value::BigInt(b.clone())),
                            Value::Bool(b) => Ok(Value::Int(*b as i64)),
                            _ if name == "__trunc__" => self.to_int(&r),
                            _ => Err(self.type_error(format!("{name} returned non-int (type {})", self.type_name(&r)))),
                        };
                    }
                }
                Err(self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    self.type_name(other)
                )))
            }
        }
    }

    /// `float(x)`.
    pub fn to_float(&mut self, x: &Value) -> PyResult<f64> {
        match crate::vm::ops_builtin_value(x) {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => numparse::bigint_to_f64(b).map_err(|m| self.overflow_error(m)),
            Value::Str(s) => numparse::parse_float(s.as_str()).map_err(|m| self.value_error(m)),
            other => {
                if let Some(m) = self.user_dunder(other, "__float__") {
                    let other = other.clone();
                    let r = self.call_dunder(m, &other, &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(self.type_error("__float__ returned non-float")),
                    };
                }
                Err(self.type_error(format!("float() argument must be a string or a real number, not '{}'", self.type_name(other))))
            }
        }
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "bool", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    check_args(vm, "float", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => 0.0,
        Some(x) => vm.to_float(x)?,
    };
    Ok(wrap(&cls, Value::Float(v)))
}

/// The singletons' types give back their one instance and take no arguments.
fn singleton(vm: &Vm, args: &[Value], kw: KwArgs, name: &str, value: Value) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}

fn none_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton(vm, args, kw, "NoneType", Value::None)
}

fn not_implemented_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton(vm, args, kw, "NotImplementedType", Value::NotImplemented)
}

fn ellipsis_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton(vm, args, kw, "EllipsisType", Value::Ellipsis)
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    check_args(vm, "str", &args[1..], 0, 3)?;
    let encoding = args.get(2).or_else(|| super::kwarg(kw, "encoding"));
    let errors = args.get(3).or_else(|| super::kwarg(kw, "errors"));
    if encoding.is_some() || errors.is_some() {
        return Ok(wrap(&cls, str_decode(vm, args.get(1), encoding, errors)?));
    }
    let v = match args.get(1).or_else(|| super::kwarg(kw, "object")) {
        None => Value::str(""),
        Some(Value::Str(s)) => Value::Str(s.clone()),
        Some(x) => Value::string(vm.to_str(x)?),
    };
    Ok(wrap(&cls, v))
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
fn str_decode(vm: &mut Vm, obj: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let text_arg = |vm: &Vm, v: Option<&Value>, default: &str, name: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
            Some(other) => Err(vm.type_error(format!("str() argument '{name}' must be str, not {}", vm.type_name(other)))),
        }
    };
    let encoding = text_arg(vm, encoding, "utf-8", "encoding")?;
    let errors = text_arg(vm, errors, "strict", "errors")?;
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    let Some(data) = crate::objects::bytes::bytes_of(obj) else {
        return Err(vm.type_error(match obj {
            Value::Str(_) => "decoding str is not supported".to_owned(),
            other => format!("decoding to str: need a bytes-like object, {} found", vm.type_name(other)),
        }));
    };
    let codec = super::codecs::Codec::lookup(vm, &encoding)?;
    let errors = super::codecs::Errors::lookup(vm, &errors)?;
    Ok(Value::string(super::codecs::decode(vm, &data, codec, errors)?))
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    check_args(vm, "tuple", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::tuple(vec![]),
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(x) => Value::tuple(vm.collect(x)?),
    };
    Ok(wrap(&cls, v))
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    if !cls.builtin {
        return Ok(crate::vm::new_instance(&cls));
    }
    check_args(vm, "list", &args[1..], 0, 1)?;
    Ok(match args.get(1) {
        None => Value::list(vec![]),
        Some(x) => Value::list(vm.collect(x)?),
    })
}

fn list_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let (Value::Instance(i), Some(src)) = (&args[0], args.get(1)) {
        if let Payload::List(l) = &i.payload {
            let items = vm.collect(src)?;
            *l.lock() = items;
        }
    }
    Ok(Value::None)
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    if !cls.builtin {
        return Ok(crate::vm::new_instance(&cls));
    }
    // Built-in classes get no separate __init__ call: fill it here.
    let d = Arc::new(crate::objects::PyDict::new());
    vm.fill_dict(&d, &args[1..], kw)?;
    Ok(Value::Dict(d))
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let target = match &args[0] {
        Value::Dict(d) => d.clone(),
        Value::Instance(i) => match &i.payload {
            Payload::Dict(d) => {
                // Fill the payload through a temporary dict, then copy in.
                let tmp = Arc::new(crate::objects::PyDict::new());
                vm.fill_dict(&tmp, &args[1..], kw)?;
                for (k, v) in tmp.items() {
                    vm.dict_set(d, k, v)?;
                }
                return Ok(Value::None);
            }
            _ => return Ok(Value::None),
        },
        _ => return Ok(Value::None),
    };
    vm.fill_dict(&target, &args[1..], kw)?;
    Ok(Value::None)
}

impl Vm {
    /// `dict(mapping_or_pairs, **kw)` into `d`.
    pub fn fill_dict(&mut self, d: &crate::objects::PyDict, args: &[Value], kw: KwArgs) -> PyResult<()> {
        check_args(self, "dict", args, 0, 1)?;
        if let Some(src) = args.first() {
            let is_mapping = matches!(src, Value::Dict(_))
                || self.get_attr_opt(src, &Arc::new(PyStr::new("keys")))?.is_some();
            if is_mapping {
                let items = self.mapping_items(src)?;
                self.dict_set_many(d, items)?;
            } else {
                let items = self.collect(src)?;
                let mut pairs = Vec::with_capacity(items.len());
                for (n, item) in items.iter().enumerate() {
                    let pair = self.collect(item).map_err(|_| {
                        self.type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
                    })?;
                    if pair.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    pairs.push((pair[0].clone(), pair[1].clone()));
                }
                self.dict_set_many(d, pairs)?;
            }
        }
        let pairs = kw.iter().map(|(k, v)| (Value::Str(k.clone()), v.clone())).collect();
        self.dict_set_many(d, pairs)?;
        Ok(())
    }
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_of(args);
    if !cls.builtin {
        return Ok(crate::vm::new_instance(&cls));
    }
    check_args(vm, "set", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => vec![],
        Some(x) => vm.collect(x)?,
    };
    vm.new_set(items, false)
}

fn set_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let (Value::Instance(i), Some(src)) = (&args[0], args.get(1)) {
        if let Payload::Set(s) = &i.payload {
            for item in vm.collect(src)? {
                vm.set_add(s, item)?;
            }
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "frozenset", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => vec![],
        Some(x) => vm.collect(x)?,
    };
    vm.new_set(items, true)
}

/// `BaseException.__new__`: every exception remembers its constructor arguments.
fn exception_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = super::exception_methods::os_error_new_class(vm, &cls_of(args), &args[1..]);
    let inst = crate::vm::new_instance(&cls);
    if let Value::Instance(i) = &inst {
        if cls.is_subclass(&vm.types().exceptions.os_error) {
            super::exception_methods::init_os_error(i, &args[1..]);
        } else if let Some(mut st) = i.exception() {
            st.args = args[1..].to_vec();
        }
    }
    Ok(inst)
}

fn exception_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Value::Instance(i) = &args[0] {
        if i.class.is_subclass(&vm.types().exceptions.os_error) {
            super::exception_methods::init_os_error(i, &args[1..]);
        } else if let Some(mut st) = i.exception() {
            st.args = args[1..].to_vec();
        }
    }
    Ok(Value::None)
}
