//! The `sys` module.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::add_functions;
use crate::builtins::check_args;
use crate::builtins::io::{standard_stream, Stream};
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{PyResult, Vm};

pub fn fill(vm: &mut Vm, dict: &Arc<PyDict>) {
    add_functions(
        dict,
        &[
            ("exit", exit),
            ("exc_info", exc_info),
            ("getrecursionlimit", getrecursionlimit),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("_is_gil_enabled", is_gil_enabled),
            ("setrecursionlimit", setrecursionlimit),
            ("intern", intern),
        ],
    );
    let config = &vm.interp.config;
    dict.set_str("argv", Value::list(config.argv.iter().map(|a| Value::str(a)).collect()));
    dict.set_str(
        "path",
        Value::list(config.path.iter().map(|p| Value::string(p.to_string_lossy().into_owned())).collect()),
    );
    dict.set_str("stdout", standard_stream(Stream::Stdout));
    dict.set_str("stderr", standard_stream(Stream::Stderr));
    dict.set_str("stdin", standard_stream(Stream::Stdin));
    dict.set_str("__stdout__", standard_stream(Stream::Stdout));
    dict.set_str("__stderr__", standard_stream(Stream::Stderr));
    dict.set_str("version", Value::string(format!("3.11.0 (gilpy {})", env!("CARGO_PKG_VERSION"))));
    dict.set_str(
        "version_info",
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)]),
    );
    dict.set_str("hexversion", Value::Int(0x030B00F0));
    dict.set_str("platform", Value::str("linux"));
    dict.set_str("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict.set_str("maxsize", Value::Int(i64::MAX));
    dict.set_str("maxunicode", Value::Int(0x10FFFF));
    dict.set_str("executable", Value::string(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    dict.set_str("modules", loaded_modules(vm));
}

/// A snapshot of the modules loaded so far, plus `sys` itself (added by the caller).
/// A snapshot, not a live view: modules imported later do not appear in it.
fn loaded_modules(vm: &Vm) -> Value {
    let mut loaded: Vec<(String, Value)> = vm.interp.modules.lock().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    loaded.sort_by(|a, b| a.0.cmp(&b.0));
    let modules = PyDict::new();
    for (name, module) in loaded {
        modules.set_str(&name, module);
    }
    Value::Dict(Arc::new(modules))
}

/// Puts the finished `sys` module into its own `sys.modules`.
pub fn add_self(dict: &PyDict, module: &Value) {
    if let Some(Value::Dict(modules)) = dict.get_str(&crate::objects::PyStr::new("modules")) {
        modules.set_str("sys", module.clone());
    }
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    // As PyErr_SetObject: None means no args, a tuple is the args.
    let exc_args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.as_slice().to_vec(),
        Some(code) => vec![code.clone()],
    };
    let cls = vm.types().exceptions.system_exit.clone();
    Err(crate::vm::PyErr { value: crate::vm::exceptions::new_exception(&cls, exc_args) })
}

fn exc_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exc_info", args, 0, 0)?;
    Ok(match vm.exc_info.clone() {
        Some(exc) if !exc.is_none() => {
            let cls = Value::Class(vm.class_of(&exc).clone());
            let tb = match &exc {
                Value::Instance(inst) => inst.exception().map_or(Value::None, |st| crate::builtins::traceback::traceback_of(&st.traceback)),
                _ => Value::None,
            };
            Value::tuple(vec![cls, exc, tb])
        }
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(vm.interp.gil.switch_interval().as_secs_f64()))
}

/// `sys.setswitchinterval(seconds)`: how long a thread waits for the GIL
/// before asking the running thread to let go. Like CPython, it takes a
/// real number (an int, a float, or an object with `__float__` or
/// `__index__`), never a string: `"fast"` is a TypeError, not a ValueError.
fn setswitchinterval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("sys.setswitchinterval() takes no keyword arguments"));
    }
    check_args(vm, "sys.setswitchinterval", args, 1, 1)?;
    let secs = crate::modules::math::real(vm, &args[0])?;
    if !(secs > 0.0) {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.interp.gil.set_switch_interval(std::time::Duration::from_secs_f64(secs.min(1e6)));
    Ok(Value::None)
}

fn is_gil_enabled(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_is_gil_enabled", args, 0, 0)?;
    Ok(Value::Bool(vm.interp.gil.enabled()))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getrecursionlimit", args, 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    if let Value::Float(_) = &args[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let limit = match crate::vm::ops_builtin_value(&args[0]) {
        Value::BigInt(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        other => {
            let other = other.clone();
            vm.index_value(&other)?
        }
    };
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if limit > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let depth = vm.frames.len() + vm.native_depth;
    if (limit as usize) <= depth {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
        )));
    }
    vm.interp.recursion_limit.store(limit as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(_) => Ok(args[0].clone()),
        other => Err(vm.type_error(format!("intern() argument 1 must be str, not {}", vm.type_name(other)))),
    }
}
