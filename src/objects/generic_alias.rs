//! `types.GenericAlias`: what subscripting a generic class gives
//! (`list[int]`, `dict[str, list[int]]`), for annotations and `typing`.
//! It remembers the class and the arguments, prints like the expression
//! that made it, and calling it calls the class.

use std::any::Any;
use crate::objects::Arc;

use super::class::Class;
use super::native::NativeObject;
use super::value::Value;
use crate::vm::{PyResult, Types, Vm};

pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

impl GenericAlias {
    /// `origin[index]`: a tuple index gives several arguments.
    pub fn new(origin: Value, index: &Value) -> GenericAlias {
        let args = match index {
            Value::Tuple(t) => t.as_slice().to_vec(),
            other => vec![other.clone()],
        };
        GenericAlias { origin, args }
    }
}

/// How an argument of an alias prints: classes by qualified name, `...` bare.
fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) => {
            let module = c.module_name();
            Ok(if module == "builtins" { c.qualname.clone() } else { format!("{}.{}", module, c.qualname) })
        }
        Value::Ellipsis => Ok("...".to_owned()),
        Value::List(items) => {
            let items = items.snapshot();
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(arg_repr(vm, item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        other => vm.repr(other),
    }
}

impl NativeObject for GenericAlias {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.generic_alias
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let build = |vm: &mut Vm| -> PyResult<String> {
            let origin = arg_repr(vm, &self.origin)?;
            if self.args.is_empty() {
                return Ok(format!("{origin}[()]"));
            }
            let mut parts = Vec::with_capacity(self.args.len());
            for a in &self.args {
                parts.push(arg_repr(vm, a)?);
            }
            Ok(format!("{origin}[{}]", parts.join(", ")))
        };
        Some(build(vm))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "__origin__" => Some(self.origin.clone()),
            "__args__" => Some(Value::tuple(self.args.clone())),
            "__parameters__" => Some(Value::tuple(Vec::new())),
            _ => None,
        }
    }
}
