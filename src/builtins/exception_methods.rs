//! Methods of `BaseException` beyond construction (`add_note`,
//! `with_traceback`) and the `OSError(errno, strerror[, filename[,
//! winerror[, filename2]]])` constructor protocol: its fields, and the
//! subclass `OSError()` picks by errno.

use crate::objects::Arc;

use super::add_method;
use crate::objects::{Class, Instance, KwArgs, Payload, PyStr, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let base = &interp.types.exceptions.base_exception;
    add_method(base, "add_note", add_note);
    add_method(base, "with_traceback", with_traceback);
    // An OSError made from Rust without them still has the fields.
    for field in ["errno", "strerror", "filename", "filename2"] {
        interp.types.exceptions.os_error.dict.set_str(field, Value::None);
    }
}

fn exception_self<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a Arc<Instance>> {
    match args.first() {
        Some(Value::Instance(i)) if i.exception().is_some() => Ok(i),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'BaseException' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("descriptor '{method}' of 'BaseException' object needs an argument"))),
    }
}

/// `e.add_note(note)`: appends to `e.__notes__`, made on first use (3.11).
fn add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let inst = exception_self(vm, args, "add_note")?;
    super::check_args(vm, "add_note", &args[1..], 1, 1)?;
    let note = &args[1];
    let is_str = matches!(note, Value::Str(_)) || vm.isinstance(note, &vm.types().str.clone());
    if !is_str {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let key = PyStr::new("__notes__");
    match inst.dict.get_str(&key) {
        None => inst.dict.set_str("__notes__", Value::list(vec![note.clone()])),
        Some(Value::List(l)) => l.lock().push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `e.with_traceback(tb)`: sets `__traceback__` and returns `e`.
fn with_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let inst = exception_self(vm, args, "with_traceback")?;
    super::check_args(vm, "with_traceback", &args[1..], 1, 1)?;
    set_traceback(vm, inst, &args[1])?;
    Ok(args[0].clone())
}

/// `e.__traceback__ = tb` (a traceback or None).
pub fn set_traceback(vm: &Vm, inst: &Instance, tb: &Value) -> PyResult<()> {
    let entries = if tb.is_none() {
        Vec::new()
    } else {
        super::traceback::entries_of(tb).ok_or_else(|| vm.type_error("__traceback__ must be a traceback or None"))?
    };
    if let Some(mut st) = inst.exception() {
        st.traceback = entries;
    }
    Ok(())
}

/// The `OSError` subclass CPython makes for an errno (Linux's numbers).
pub fn os_error_class(vm: &Vm, errno: i64) -> Arc<Class> {
    let ex = &vm.types().exceptions;
    match errno {
        2 => &ex.file_not_found_error,
        17 => &ex.file_exists_error,
        1 | 13 => &ex.permission_error,
        21 => &ex.is_a_directory_error,
        20 => &ex.not_a_directory_error,
        4 => &ex.interrupted_error,
        10 => &ex.child_process_error,
        11 | 114 | 115 => &ex.blocking_io_error,
        32 | 108 => &ex.broken_pipe_error,
        103 => &ex.connection_aborted_error,
        111 => &ex.connection_refused_error,
        104 => &ex.connection_reset_error,
        110 => &ex.timeout_error,
        3 => &ex.process_lookup_error,
        _ => &ex.os_error,
    }
    .clone()
}

/// `OSError.__new__`: called on OSError itself with an int errno, the
/// subclass for that errno.
pub fn os_error_new_class(vm: &Vm, cls: &Arc<Class>, args: &[Value]) -> Arc<Class> {
    if !Arc::ptr_eq(cls, &vm.types().exceptions.os_error) || !(2..=5).contains(&args.len()) {
        return cls.clone();
    }
    match &args[0] {
        Value::Int(n) => os_error_class(vm, *n),
        _ => cls.clone(),
    }
}

/// Stores `args` on an OSError: with 2 to 5 arguments, `errno`,
/// `strerror`, `filename` and `filename2` come from them and `args` keeps
/// only (errno, strerror); otherwise the fields are None.
pub fn init_os_error(inst: &Instance, args: &[Value]) {
    let Payload::Exception(state) = &inst.payload else { return };
    let parsed = (2..=5).contains(&args.len());
    let field = |i: usize| if parsed { args.get(i).cloned().unwrap_or(Value::None) } else { Value::None };
    inst.dict.set_str("errno", field(0));
    inst.dict.set_str("strerror", field(1));
    inst.dict.set_str("filename", field(2));
    inst.dict.set_str("filename2", field(4));
    state.lock().args = if parsed && args.len() > 2 { args[..2].to_vec() } else { args.to_vec() };
}
