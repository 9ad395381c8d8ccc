//! Built-in modules: `sys`, `time`, `math`, `random`, `_thread` (Rust) and
//! `threading` (Python source compiled into the binary).
//!
//! Each is created the first time it is imported (the VM caches it in
//! `interp.modules`), so a program pays only for the modules it uses.

pub mod math;
mod math_special;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;

use std::sync::Arc;

use crate::objects::{Module, NativeFn, PyDict, Value};
use crate::vm::{Interpreter, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    thread::register(interp);
}

/// Modules written in Python and compiled into the binary: (name, source).
pub fn python_source_module(name: &str) -> Option<&'static str> {
    match name {
        "threading" => Some(include_str!("threading.py")),
        "queue" => Some(include_str!("queue.py")),
        _ => None,
    }
}

/// Creates the built-in module `name`, if there is one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let dict = Arc::new(PyDict::new());
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    match name {
        "sys" => sys::fill(vm, &dict),
        "time" => time::fill(&dict),
        "math" => math::fill(&dict),
        "random" => random::fill(&dict),
        "_thread" => thread::fill(&dict, &vm.interp.clone()),
        _ => return None,
    }
    let module = Value::Module(Arc::new(Module { name: name.to_owned(), dict: dict.clone(), file: None }));
    if name == "sys" {
        sys::add_self(&dict, &module);
    }
    Some(module)
}

/// Adds the module-level functions `funcs` to a module namespace.
fn add_functions(dict: &PyDict, funcs: &[(&'static str, NativeFn)]) {
    for &(name, func) in funcs {
        crate::builtins::add_function(dict, name, func);
    }
}
