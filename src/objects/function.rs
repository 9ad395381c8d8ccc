//! Functions: Python functions (code + globals + closure), built-in
//! functions written in Rust, and bound methods.

use crate::objects::Arc;

use super::dict::PyDict;
use super::str::PyStr;
use super::value::{Cell, Value};
use crate::compile::bytecode::CodeRef;
use crate::vm::{PyResult, Vm};

/// A module's namespace as frames and functions hold it. Module namespaces
/// live as long as the program (as in CPython, modules stay in
/// `sys.modules`), so one reference is leaked per module and frames borrow
/// it without reference counting.
pub type Globals = &'static Arc<PyDict>;

/// Makes a module namespace immortal (see `Globals`).
pub fn leak_globals(d: Arc<PyDict>) -> Globals {
    Box::leak(Box::new(d))
}

pub struct Function {
    pub code: CodeRef,
    pub globals: Globals,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Arc<PyStr>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// Function attributes (`f.calls = 0`), `__doc__` and friends; shared,
    /// so that `f.__dict__` is the live dict (functools.update_wrapper
    /// updates it in place).
    pub dict: Arc<PyDict>,
    pub module: Value,
    /// `__annotations__`, when the `def` had any.
    pub annotations: Option<Value>,
}

impl Function {
    /// `__qualname__` as the program has it: what it assigned (functools.wraps
    /// copies the wrapped function's), else the name the `def` gave.
    pub fn current_qualname(&self) -> String {
        match self.dict.get_str(&PyStr::new("__qualname__")) {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => self.qualname.clone(),
        }
    }
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
