//! Running a program end to end: compile, execute, report an uncaught
//! exception as CPython does, and decide the exit status.

use std::sync::Arc;

use crate::objects::{PyDict, Value};
use crate::vm::{Interpreter, PyErr, Vm};

/// Runs `source` as the `__main__` module. Returns the process exit status.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let globals = Arc::new(PyDict::new());
    globals.set_str("__name__", Value::str("__main__"));
    globals.set_str("__file__", Value::str(filename));
    globals.set_str("__builtins__", Value::None);
    let module = Value::Module(Arc::new(crate::objects::Module {
        name: "__main__".into(),
        dict: globals.clone(),
        file: Some(filename.into()),
    }));
    vm.interp.modules.lock().insert("__main__".into(), module);
    vm.acquire_gil();
    let result = vm.compile_source(source, filename).and_then(|code| vm.run_module_code(code, globals));
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, &e),
    };
    // As CPython does at exit: wait for the threads that are not daemons.
    if let Err(e) = shutdown_threads(vm) {
        status = report_uncaught(vm, &e);
    }
    vm.interp.flush_stdout();
    vm.release_gil();
    status
}

/// Calls `threading._shutdown()` when the program used `threading`.
fn shutdown_threads(vm: &mut Vm) -> crate::vm::PyResult<()> {
    let threading = vm.interp.modules.lock().get("threading").cloned();
    if let Some(m) = threading {
        let shutdown = vm.get_attr(&m, &std::sync::Arc::new(crate::objects::PyStr::new("_shutdown")))?;
        vm.call(shutdown, &[])?;
    }
    Ok(())
}

/// Prints an uncaught exception to stderr and returns the exit status it
/// means (SystemExit carries its own).
pub fn report_uncaught(vm: &mut Vm, err: &PyErr) -> i32 {
    vm.interp.flush_stdout();
    if err.is(&vm.types().exceptions.system_exit.clone()) {
        let args = err.instance().exception().map(|s| s.args.clone()).unwrap_or_default();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        return match crate::vm::ops_builtin_value(&code) {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            other => {
                let other = other.clone();
                let text = vm.to_str(&other).unwrap_or_default();
                eprintln!("{text}");
                1
            }
        };
    }
    // A SyntaxError raised at compile time prints its rendered form only.
    if let Value::Instance(i) = &err.value {
        if let Some(Value::Str(r)) = i.dict.get_str(&crate::objects::PyStr::new("_rendered")) {
            if err.instance().exception().map_or(true, |s| s.traceback.is_empty()) {
                eprint!("{}", r.as_str());
                return 1;
            }
        }
    }
    let text = vm.format_exception(err);
    eprint!("{text}");
    // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt.
    if err.is(&vm.types().exceptions.keyboard_interrupt.clone()) {
        return 130;
    }
    1
}

/// A fresh interpreter and a main-thread VM for it.
pub fn new_vm(config: crate::vm::Config) -> Vm {
    Vm::new(Interpreter::new(config))
}
