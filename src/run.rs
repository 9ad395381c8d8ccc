//! Running a program end to end: compile, execute, report an uncaught
//! exception as CPython does, and decide the exit status.

use crate::objects::Arc;

use crate::objects::{PyDict, Value};
use crate::vm::{Interpreter, PyErr, PyResult, Vm};

/// Runs `source` as the `__main__` module. Returns the process exit status.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let globals = install_main_module(vm, Some(filename));
    crate::trace::start(vm);
    vm.acquire_gil();
    let status = match run_source(vm, source, filename, &globals) {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, &e),
    };
    finish(vm, status)
}

/// `gilpy -i`, and `gilpy` alone on a terminal: runs the script if there is
/// one, then the interactive prompt in the same globals. Returns the exit status.
pub fn run_interactive(vm: &mut Vm, script: Option<(&str, &str)>) -> i32 {
    let globals = install_main_module(vm, script.map(|(_, filename)| filename));
    crate::trace::start(vm);
    vm.acquire_gil();
    if let Some((source, filename)) = script {
        // As `python -i`: even SystemExit only prints, and the prompt follows.
        if let Err(e) = run_source(vm, source, filename, &globals) {
            print_exception(vm, &e);
        }
    }
    let status = crate::repl::interact(vm, &globals, script.is_none());
    finish(vm, status)
}

/// Creates the `__main__` module and returns its globals.
pub fn install_main_module(vm: &mut Vm, filename: Option<&str>) -> Arc<PyDict> {
    let globals = Arc::new(PyDict::new());
    globals.set_str("__name__", Value::str("__main__"));
    if let Some(filename) = filename {
        globals.set_str("__file__", Value::str(filename));
    }
    globals.set_str("__builtins__", Value::None);
    globals.set_str("__package__", Value::None);
    globals.set_str("__spec__", Value::None);
    let module = Value::Module(Arc::new(crate::objects::Module {
        name: "__main__".into(),
        dict: globals.clone(),
        file: filename.map(String::from),
    }));
    vm.interp.modules.set_str("__main__", module);
    globals
}

/// Compiles and runs `source` in `globals` (the caller holds the GIL).
pub fn run_source(vm: &mut Vm, source: &str, filename: &str, globals: &Arc<PyDict>) -> PyResult<Value> {
    let code = vm.compile_source(source, filename)?;
    vm.run_module_code(code, globals.clone())
}

/// The end of a run: waits for non-daemon threads as CPython does at exit,
/// then runs the `atexit` handlers (after the joins, as CPython), flushes
/// stdout and lets the GIL go. Returns the final exit status.
pub fn finish(vm: &mut Vm, status: i32) -> i32 {
    let mut status = status;
    if let Err(e) = shutdown_threads(vm) {
        status = report_uncaught(vm, &e);
    }
    // atexit reports its handlers' exceptions itself; an error here is its own bug.
    if let Err(e) = call_module_hook(vm, "atexit", "_run_exitfuncs") {
        print_exception(vm, &e);
    }
    vm.interp.flush_stdout();
    crate::trace::finish(vm);
    vm.release_gil();
    status
}

/// Calls `threading._shutdown()` when the program used `threading`.
pub fn shutdown_threads(vm: &mut Vm) -> PyResult<()> {
    call_module_hook(vm, "threading", "_shutdown")
}

/// Calls `module.function()` if the program imported `module` (a module
/// never imported has nothing to do at exit, and is not imported for it).
fn call_module_hook(vm: &mut Vm, module: &str, function: &str) -> PyResult<()> {
    if let Some(m) = vm.interp.modules.get_str(&crate::objects::PyStr::new(module)) {
        let hook = vm.get_attr(&m, &Arc::new(crate::objects::PyStr::new(function)))?;
        vm.call(hook, &[])?;
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
    print_exception(vm, err);
    // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt.
    if err.is(&vm.types().exceptions.keyboard_interrupt.clone()) {
        return 130;
    }
    1
}

/// Prints an exception's traceback to stderr, as CPython's `PyErr_Print`.
pub fn print_exception(vm: &mut Vm, err: &PyErr) {
    vm.interp.flush_stdout();
    // A SyntaxError raised at compile time prints its rendered form only.
    if let Value::Instance(i) = &err.value {
        if let Some(Value::Str(r)) = i.dict.get_str(&crate::objects::PyStr::new("_rendered")) {
            if err.instance().exception().is_none_or(|s| s.traceback.is_empty()) {
                eprint!("{}", r.as_str());
                return;
            }
        }
    }
    let text = vm.format_exception(err);
    eprint!("{text}");
}

/// A fresh interpreter and a main-thread VM for it.
pub fn new_vm(config: crate::vm::Config) -> Vm {
    Vm::new(Interpreter::new(config, crate::modules::find))
}
