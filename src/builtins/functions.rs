//! The built-in functions: `print`, `len`, `isinstance`, ...

use crate::objects::Arc;

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
    let mut pieces = Vec::with_capacity(args.len());
    for a in args {
        pieces.push(match a {
            Value::Str(s) => s.as_str().to_owned(),
            other => vm.to_str(other)?,
        });
    }
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // Without file=, print writes to whatever sys.stdout is when it runs
    // (a program may have replaced it, with a StringIO say); None: nowhere.
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => current_stdout(vm),
        Some(file) => Some(file.clone()),
    };
    match file {
        None => {}
        Some(file) if super::io::is_standard_stdout(&file) => {
            let mut out = pieces.join(&sep);
            out.push_str(&end);
            vm.write_stdout(&out);
            if flush {
                vm.flush_stdout();
            }
        }
        Some(file) => {
            // As CPython: one write per argument, separator and end.
            let write = vm.get_attr(&file, &Arc::new(PyStr::new("write")))?;
            for (i, piece) in pieces.into_iter().enumerate() {
                if i > 0 {
                    vm.call(write.clone(), &[Value::str(&sep)])?;
                }
                vm.call(write.clone(), &[Value::string(piece)])?;
            }
            vm.call(write, &[Value::str(&end)])?;
            if flush {
                if let Some(f) = vm.get_attr_opt(&file, &Arc::new(PyStr::new("flush")))? {
                    vm.call(f, &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` now; the standard stream itself if there is no `sys`
/// module or it has no `stdout`, None if the program set it to None.
fn current_stdout(vm: &Vm) -> Option<Value> {
    let standard = || Some(super::io::standard_stream(super::io::Stream::Stdout));
    let Some(Value::Module(sys)) = vm.interp.modules.get_str(&PyStr::new("sys")) else { return standard() };
    match sys.dict.get_str(&PyStr::new("stdout")) {
        None => standard(),
        Some(Value::None) => None,
        Some(v) => Some(v),
    }
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
            Value::Class(c) if c.metaclass.is_some() && self.user_dunder(v, "__len__").is_some() => {
                let m = self.user_dunder(v, "__len__").expect("__len__");
                let r = self.call_dunder(m, v, &[])?;
                let n = self.index_value(&r)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                n as usize
            }
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
                } else if let Some(p) = n.downcast::<super::dict_views::MappingProxy>() {
                    p.dict.len()
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

fn class_check(vm: &mut Vm, v: &Value, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if vm.class_of(v).is_subclass(c) {
                return Ok(true);
            }
            // A metaclass may decide (`abc.ABCMeta` and its registered classes).
            match vm.user_dunder(spec, "__instancecheck__") {
                Some(hook) => {
                    let r = vm.call_dunder(hook, spec, &[v.clone()])?;
                    vm.truthy(&r)
                }
                None => Ok(false),
            }
        }
        Value::Native(n) if n.downcast::<crate::objects::generic_alias::GenericAlias>().is_some() => {
            Err(vm.type_error(format!("{fname}() argument 2 cannot be a parameterized generic")))
        }
        Value::Tuple(t) => {
            for s in t.as_slice() {
                if class_check(vm, v, s, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // An object that answers the check itself (typing's Union[int, str]).
        Value::Instance(_) => {
            let hook = if fname == "isinstance" { "__instancecheck__" } else { "__subclasscheck__" };
            match vm.user_dunder(spec, hook) {
                Some(m) => {
                    let r = vm.call_dunder(m, spec, &[v.clone()])?;
                    vm.truthy(&r)
                }
                None => Err(vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
            }
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
                if c.is_subclass(s) {
                    return Ok(true);
                }
                match vm.user_dunder(spec, "__subclasscheck__") {
                    Some(hook) => {
                        let r = vm.call_dunder(hook, spec, &[Value::Class(c.clone())])?;
                        vm.truthy(&r)
                    }
                    None => Ok(false),
                }
            }
            Value::Native(n) if n.downcast::<crate::objects::generic_alias::GenericAlias>().is_some() => {
                Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
            }
            Value::Tuple(t) => {
                for s in t.as_slice() {
                    if check(vm, c, s)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // An object that answers the check itself (typing's List, Union[...]).
            Value::Instance(_) if vm.user_dunder(spec, "__subclasscheck__").is_some() => {
                let m = vm.user_dunder(spec, "__subclasscheck__").expect("__subclasscheck__");
                let r = vm.call_dunder(m, spec, &[Value::Class(c.clone())])?;
                vm.truthy(&r)
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
    if args.len() == 2 {
        let is_callable = callable(vm, &args[..1], &[])?;
        if !matches!(is_callable, Value::Bool(true)) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::native(super::iterators::CallableIter::new(args[0].clone(), args[1].clone())));
    }
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
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::StaticFunction(_) | Value::Builtin(_) | Value::StaticBuiltin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&PyStr::new("__call__")).is_some(),
        Value::Native(_) => vm.class_of(v).lookup(&PyStr::new("__call__")).is_some(),
        _ => false,
    }
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
