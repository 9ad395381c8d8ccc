//! `property`, `staticmethod` and `classmethod`.

use std::any::Any;
use crate::objects::Arc;

use crate::objects::{Class, KwArgs, NativeObject, Value};
use crate::vm::{PyResult, Types, Vm};

pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Value,
}

pub struct StaticMethod {
    pub func: Value,
}

pub struct ClassMethod {
    pub func: Value,
}

macro_rules! native_class {
    ($t:ty, $field:ident) => {
        impl NativeObject for $t {
            fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
                &t.$field
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}

native_class!(StaticMethod, staticmethod);
native_class!(ClassMethod, classmethod);

impl NativeObject for Property {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.property
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn attr(&self, name: &str) -> Option<Value> {
        let opt = |v: &Option<Value>| v.clone().unwrap_or(Value::None);
        match name {
            "fget" => Some(opt(&self.fget)),
            "fset" => Some(opt(&self.fset)),
            "fdel" => Some(opt(&self.fdel)),
            "__doc__" => Some(self.doc.clone()),
            _ => None,
        }
    }
}

fn some(v: Option<&Value>) -> Option<Value> {
    v.filter(|v| !v.is_none()).cloned()
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let args = &args[1..];
    let mut p = Property { fget: some(args.first()), fset: some(args.get(1)), fdel: some(args.get(2)), doc: args.get(3).cloned().unwrap_or(Value::None) };
    for (k, v) in kw {
        match k.as_str() {
            "fget" => p.fget = some(Some(v)),
            "fset" => p.fset = some(Some(v)),
            "fdel" => p.fdel = some(Some(v)),
            "doc" => p.doc = v.clone(),
            other => return Err(vm.type_error(format!("property() got an unexpected keyword argument '{other}'"))),
        }
    }
    Ok(Value::native(p))
}

fn this_property<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Property> {
    match v {
        Value::Native(n) => n.downcast::<Property>().ok_or_else(|| vm.type_error("descriptor requires a 'property' object")),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = this_property(vm, &args[0])?;
    Ok(Value::native(Property { fget: p.fget.clone(), fset: some(args.get(1)), fdel: p.fdel.clone(), doc: p.doc.clone() }))
}

pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = this_property(vm, &args[0])?;
    Ok(Value::native(Property { fget: some(args.get(1)), fset: p.fset.clone(), fdel: p.fdel.clone(), doc: p.doc.clone() }))
}

pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = this_property(vm, &args[0])?;
    Ok(Value::native(Property { fget: p.fget.clone(), fset: p.fset.clone(), fdel: some(args.get(1)), doc: p.doc.clone() }))
}

pub fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        Some(f) => Ok(Value::native(StaticMethod { func: f.clone() })),
        None => Err(vm.type_error("staticmethod expected 1 argument, got 0")),
    }
}

pub fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        Some(f) => Ok(Value::native(ClassMethod { func: f.clone() })),
        None => Err(vm.type_error("classmethod expected 1 argument, got 0")),
    }
}
