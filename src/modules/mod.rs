//! Built-in modules: `sys`, `time`, `math`, `random`.

use std::sync::Arc;

use crate::objects::Value;
use crate::vm::{Interpreter, Vm};

pub fn register(_interp: &Arc<Interpreter>) {}

/// Creates the built-in module `name`, if there is one.
pub fn builtin_module(_vm: &mut Vm, _name: &str) -> Option<Value> {
    None
}
