//! The built-in functions: `print`, `len`, `isinstance`, ...

use std::sync::Arc;

use super::{add_function, check_args, kwarg};
use crate::objects::{KwArgs, Payload, PyStr, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    add_function(b, "print", print);
    add_function(b, "len", len);
    add_function(b, "repr", repr);
    add_function(b, "isinstance", isinstance);
    add_function(b, "issubclass", issubclass);
    add_function(b, "id", id);
    add_function(b, "hash", hash);
    add_function(b, "iter", iter);
    add_function(b, "next", next);
    add_function(b, "getattr", getattr);
    add_function(b, "setattr", setattr);
    add_function(b, "hasattr", hasattr);
    add_function(b, "delattr", delattr);
    add_function(b, "callable", callable);
    add_function(b, "abs", abs);
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(vm.type_error(format!("sep must be None or a string, not {}", vm.type_name(other)))),
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(vm.type_error(format!("end must be None or a string, not {}", vm.type_name(other)))),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&vm.to_str(other)?),
        }
    }
    out.push_str(&end);
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match kwarg(kw, "file") {
        None | Some(Value::None) => {
            vm.write_stdout(&out);
            if flush {
                vm.flush_stdout();
            }
        }
        Some(file) => {
            let file = file.clone();
            let write = vm.get_attr(&file, &Arc::new(PyStr::new("write")))?;
            vm.call(write, &[Value::string(out)])?;
            if flush {
                if let Some(f) = vm.get_attr_opt(&file, &Arc::new(PyStr::new("flush")))? {
                    vm.call(f, &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

impl Vm {
    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Instance(i) => {
                if let Some(m) = self.user_dunder(v, "__len__") {
                    let r = self.call_dunder(m, v, &[])?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                match &i.payload {
                    Payload::List(l) => l.len(),
                    Payload::Dict(d) => d.len(),
                    Payload::Set(s) => s.len(),
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        return self.len(&inner);
                    }
                    _ => return Err(self.type_error(format!("object of type '{}' has no len()", i.class.name))),
                }
            }
            Value::Native(n) => {
                if let Some(r) = n.downcast::<super::range::Range>() {
                    r.len(self)?
                } else if let Some(view) = n.downcast::<super::containers::DictView>() {
                    view.dict.len()
                } else if let Some(n) = crate::objects::bytes::len(v) {
                    n
                } else if let Some(m) = self.native_dunder(v, "__len__") {
                    let r = self.call_dunder(m, v, &[])?;
                    self.index_value(&r)? as usize
                } else {
                    return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))));
                }
            }
            _ => return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v)))),
        })
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: &Value, cls: &Arc<crate::objects::Class>) -> bool {
        self.class_of(v).is_subclass(cls)
    }
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

/// `__instancecheck__`/`__subclasscheck__` of the metaclass of `cls`, when
/// it is not `type` (collections.abc's ABCMeta): `None` when it has none.
fn metaclass_check(vm: &mut Vm, cls: &Value, arg: &Value, dunder: &str) -> PyResult<Option<bool>> {
    let meta = vm.class_of(cls).clone();
    if Arc::ptr_eq(&meta, &vm.types().type_) {
        return Ok(None);
    }
    match meta.lookup_str(dunder) {
        Some(m) => {
            let r = vm.call_dunder(m, cls, &[arg.clone()])?;
            Ok(Some(vm.truthy(&r)?))
        }
        None => Ok(None),
    }
}

fn class_check(vm: &mut Vm, v: &Value, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            let exact = Arc::ptr_eq(vm.class_of(v), c);
            if !exact && fname == "isinstance" {
                if let Some(r) = metaclass_check(vm, spec, v, "__instancecheck__")? {
                    return Ok(r);
                }
            }
            Ok(match v {
                Value::Class(_) if fname == "issubclass" => false,
                _ => exact || vm.class_of(v).is_subclass(c),
            })
        }
        Value::Tuple(t) => {
            for s in t.as_slice() {
                if class_check(vm, v, s, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(class_check(vm, &args[0], &args[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    let Value::Class(c) = &args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, c: &Arc<crate::objects::Class>, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Class(s) => {
                if let Some(r) = metaclass_check(vm, spec, &Value::Class(c.clone()), "__subclasscheck__")? {
                    return Ok(r);
                }
                Ok(c.is_subclass(s))
            }
            Value::Tuple(t) => {
                for s in t.as_slice() {
                    if check(vm, c, s)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        }
    }
    Ok(Value::Bool(check(vm, c, &args[1])?))
}

fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(args[0].address() as i64))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    vm.iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    if let Value::Instance(_) = &args[0] {
        if let Some(m) = vm.user_dunder(&args[0], "__next__") {
            return match vm.call_dunder(m, &args[0], &[]) {
                Err(e) if e.is(&vm.types().exceptions.stop_iteration) && args.len() == 2 => Ok(args[1].clone()),
                other => other,
            };
        }
    }
    if let Value::Native(n) = &args[0] {
        if let Some(g) = n.downcast::<crate::vm::iter::Generator>() {
            return match g.resume(vm, Ok(Value::None))? {
                crate::vm::iter::Resumed::Yielded(v) => Ok(v),
                crate::vm::iter::Resumed::Returned(r) => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(r)),
                },
            };
        }
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(other)))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Err(e) if args.len() == 3 && e.is(&vm.types().exceptions.attribute_error) => Ok(args[2].clone()),
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(&vm.types().exceptions.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    let v = &args[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::StaticFunction(_) | Value::Builtin(_) | Value::StaticBuiltin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&PyStr::new("__call__")).is_some(),
        Value::Native(_) => vm.class_of(v).lookup(&PyStr::new("__call__")).is_some(),
        _ => false,
    }))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    match crate::vm::ops_builtin_value(&args[0]) {
        Value::Int(i) => Ok(i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()))),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(num_traits::Signed::abs(&**b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => {
            if let Some(c) = crate::objects::complex::as_complex(other) {
                return super::complex_methods::abs(vm, c);
            }
            if let Some(m) = vm.user_dunder(other, "__abs__") {
                let other = other.clone();
                return vm.call_dunder(m, &other, &[]);
            }
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(other))))
        }
    }
}
