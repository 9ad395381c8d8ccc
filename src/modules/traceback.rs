//! `_traceback`: what the Python `traceback`, `logging` and `warnings`
//! modules need to see of frames until frame objects exist: the entries of
//! a traceback, the current thread's stack, and the source lines the
//! interpreter keeps (scripts and the frozen `lib/`), as its own
//! uncaught-exception printer shows them.

use crate::builtins::check_args;
use crate::builtins::traceback::Traceback;
use crate::objects::{KwArgs, PyDict, PyStr, Value};
use crate::vm::{PyResult, Vm};

pub fn fill(dict: &PyDict) {
    super::add_functions(dict, &[("walk_tb", walk_tb), ("stack", stack), ("source_line", source_line)]);
}

/// `walk_tb(tb)`: `[(filename, lineno, name), ...]` from `tb` along
/// `tb_next`, outermost first; `[]` for None.
fn walk_tb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "walk_tb", args, 1, 1)?;
    let tb = match &args[0] {
        Value::None => return Ok(Value::list(Vec::new())),
        Value::Native(n) => n.downcast::<Traceback>(),
        _ => None,
    };
    let Some(tb) = tb else {
        return Err(vm.type_error(format!("expected a traceback, not '{}'", vm.type_name(&args[0]))));
    };
    let items = tb
        .remaining()
        .iter()
        .map(|e| {
            Value::tuple(vec![
                Value::string(e.code.filename.to_string()),
                Value::Int(e.line as i64),
                Value::string(e.code.name.clone()),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

/// `stack()`: the calling thread's Python frames, outermost first, each
/// `(filename, lineno, name, module __name__)`; the last is the caller.
fn stack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "stack", args, 0, 0)?;
    let key = PyStr::new("__name__");
    let items = vm
        .frames
        .iter()
        .map(|f| {
            let line = f.code.line_of(f.pc.saturating_sub(1) as usize);
            let module = match f.globals.get_str(&key) {
                Some(v @ Value::Str(_)) => v,
                _ => Value::None,
            };
            Value::tuple(vec![
                Value::string(f.code.filename.to_string()),
                Value::Int(line as i64),
                Value::string(f.code.name.clone()),
                module,
            ])
        })
        .collect();
    Ok(Value::list(items))
}

/// `source_line(filename, lineno)`: that line of a source the interpreter
/// has loaded, unstripped, or None.
fn source_line(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "source_line", args, 2, 2)?;
    let filename = vm.to_str(&args[0])?;
    let line = vm.index_value(&args[1])?;
    if line < 1 {
        return Ok(Value::None);
    }
    Ok(match vm.interp.source_line(&filename, line as u32) {
        Some(text) => Value::string(text),
        None => Value::None,
    })
}
