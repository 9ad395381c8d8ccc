//! Functions: Python functions (code + globals + closure), built-in
//! functions written in Rust, and bound methods.

use std::sync::Arc;

use super::dict::PyDict;
use super::str::PyStr;
use super::value::{Cell, Value};
use crate::compile::bytecode::CodeObject;
use crate::vm::{PyResult, Vm};

pub struct Function {
    pub code: Arc<CodeObject>,
    pub globals: Arc<PyDict>,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Arc<PyStr>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// Function attributes (`f.calls = 0`), `__doc__` and friends.
    pub dict: PyDict,
    pub module: Value,
}

/// Keyword arguments of a native call: (name, value) pairs in call order.
pub type KwArgs<'a> = &'a [(Arc<PyStr>, Value)];

/// A built-in implemented in Rust. Methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods read off an object: the object, passed as `args[0]`.
    pub bound: Option<Value>,
    /// Name of the type a method belongs to, for reprs (`<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
