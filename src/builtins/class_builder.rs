//! Making classes: `__build_class__` (the `class` statement), `type(...)`,
//! `object`, and `super()`.

use std::any::Any;
use std::sync::Arc;

use super::{add_method, kwarg};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, PyStr, Value};
use crate::vm::frame_support::run_class_body;
use crate::vm::{Interpreter, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.object, "__init__", object_init);
    add_method(&t.object, "__new__", object_new);
    add_method(&t.object, "__setattr__", object_setattr);
    add_method(&t.object, "__delattr__", object_delattr);
    add_method(&t.object, "__getattribute__", object_getattribute);
    add_method(&t.type_, "__new__", type_new);
    add_method(&t.type_, "mro", type_mro);
    add_method(&t.super_, "__new__", super_new);
}

/// `class Name(bases): body` calls this with the body as a function.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (Some(body), Some(Value::Str(name))) = (args.first().and_then(|f| f.as_function()), args.get(1)) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut bases = Vec::new();
    for b in &args[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
        }
    }
    if let Some(meta) = kwarg(kw, "metaclass") {
        if !matches!(meta, Value::Class(c) if Arc::ptr_eq(c, &vm.types().type_)) {
            let ns = Arc::new(PyDict::new());
            run_class_body(vm, body, ns.clone())?;
            let bases_t = Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
            return vm.call(meta.clone(), &[Value::Str(name.clone()), bases_t, Value::Dict(ns)]);
        }
    }
    if bases.is_empty() {
        bases.push(vm.types().object.clone());
    }
    let ns = Arc::new(PyDict::new());
    let classcell = run_class_body(vm, body, ns.clone())?;
    let qualname = match ns.get_str(&PyStr::new("__qualname__")) {
        Some(Value::Str(q)) => q.as_str().to_owned(),
        _ => name.as_str().to_owned(),
    };
    let module = match ns.get_str(&PyStr::new("__module__")) {
        Some(Value::Str(m)) => m.as_str().to_owned(),
        _ => "__main__".to_owned(),
    };
    ns.del_str(&PyStr::new("__qualname__"));
    ns.del_str(&PyStr::new("__classcell__"));
    let cls = make_class(vm, name.as_str(), &qualname, &module, bases, &ns)?;
    if let Some(Value::Cell(cell)) = classcell {
        cell.set(Value::Class(cls.clone()));
    }
    Ok(Value::Class(cls))
}

fn make_class(vm: &mut Vm, name: &str, qualname: &str, module: &str, bases: Vec<Arc<Class>>, ns: &PyDict) -> PyResult<Arc<Class>> {
    let dict = PyDict::from_table(ns.lock().clone());
    crate::vm::slots::install(vm, &dict)?;
    // Plain functions named __new__ are static methods, __init_subclass__ and __class_getitem__ class methods.
    if let Some(f @ (Value::Function(_) | Value::StaticFunction(_))) = dict.get_str(&PyStr::new("__new__")) {
        dict.set_str("__new__", Value::native(super::descriptors::StaticMethod { func: f }));
    }
    for b in &bases {
        if b.builtin && matches!(b.name.as_str(), "bool" | "range" | "slice" | "function") {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    Class::new(name, qualname, module, bases, dict, false).map_err(|m| {
        // CPython wraps this message after "resolution".
        vm.type_error(m.replacen("method resolution order", "method resolution\norder", 1))
    })
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(other)))),
    }
}

/// `object.__setattr__(obj, name, value)`: stores without the class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__setattr__", &args[1..], 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr_generic(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__delattr__", &args[1..], 1, 1)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr_generic(&args[0], &name)?;
    Ok(Value::None)
}

/// `object.__getattribute__(obj, name)`: the lookup without the `__getattr__` fallback.
fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__getattribute__", &args[1..], 1, 1)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr_opt(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], name.as_str())),
    }
}

/// `object.__new__(cls)`.
fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            if c.builtin && Arc::ptr_eq(c, &vm.types().object) {
                return Ok(crate::vm::new_instance(c));
            }
            Ok(crate::vm::new_instance(c))
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[1..] {
        [x] => Ok(Value::Class(vm.class_of(x).clone())),
        [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
            let mut bs = Vec::new();
            for b in bases.as_slice() {
                if let Value::Class(c) = b {
                    bs.push(c.clone());
                }
            }
            if bs.is_empty() {
                bs.push(vm.types().object.clone());
            }
            let module = match ns.get_str(&PyStr::new("__module__")) {
                Some(Value::Str(m)) => m.as_str().to_owned(),
                _ => "__main__".to_owned(),
            };
            let cls = make_class(vm, name.as_str(), name.as_str(), &module, bs, ns)?;
            Ok(Value::Class(cls))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.mro().map(|c| Value::Class(c.clone())).collect())),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// A `super()` object: attribute lookups start after `start` in `obj`'s MRO.
pub struct Super {
    pub start: Arc<Class>,
    pub obj: Value,
}

impl NativeObject for Super {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.super_
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `super()` (reading `__class__` and the first argument of the calling
/// method) or `super(Class, obj)`.
fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (start, obj) = match &args[1..] {
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [] => crate::vm::frame_support::implicit_super_args(vm)?,
        _ => return Err(vm.type_error("super() argument 1 must be a type")),
    };
    Ok(Value::native(Super { start, obj }))
}

impl Vm {
    /// Attribute lookup on a super object.
    pub fn super_getattr(&mut self, sup: &Super, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        let obj_class = match &sup.obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other).clone(),
        };
        let mro: Vec<Arc<Class>> = obj_class.mro().cloned().collect();
        let pos = mro.iter().position(|c| Arc::ptr_eq(c, &sup.start)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(attr) = c.dict.get_str(name) {
                if let Value::Class(_) = &sup.obj {
                    // super() in a classmethod: classmethods bind to the class.
                    if let Value::Native(n) = &attr {
                        if let Some(cm) = n.downcast::<super::descriptors::ClassMethod>() {
                            return Ok(Some(crate::vm::bind_value(cm.func.clone(), sup.obj.clone())));
                        }
                    }
                    return Ok(Some(attr));
                }
                return self.bind_descriptor(attr, &sup.obj);
            }
        }
        Ok(None)
    }
}
