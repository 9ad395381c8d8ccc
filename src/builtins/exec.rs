//! `exec`, `eval` and `compile`: running source text made at run time.
//!
//! The code runs on a frame of this thread's eval loop, with the given (or
//! the caller's) globals and locals. Two costs follow from how gilpy keeps
//! code and module namespaces immortal (see `function::Globals`): every
//! compiled string, and every globals dict that is not already some
//! frame's, stays allocated until the process ends.

use crate::objects::Arc;

use super::add_function;
use crate::compile::bytecode::CodeRef;
use crate::objects::frame_object::CodeValue;
use crate::objects::{KwArgs, PyDict, PyStr, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    add_function(b, "exec", exec);
    add_function(b, "eval", eval);
    add_function(b, "compile", compile);
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Exec,
    Eval,
}

/// The source argument as text: str, or bytes decoded as UTF-8.
fn source_text(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Option<String>> {
    if let Value::Str(s) = v {
        return Ok(Some(s.as_str().to_owned()));
    }
    if let Some(b) = crate::objects::bytes::as_bytes_obj(v) {
        return match String::from_utf8(b.data.clone()) {
            Ok(s) => Ok(Some(s)),
            Err(_) => {
                let cls = vm.types().exceptions.syntax_error.clone();
                Err(vm.error(&cls, "source code cannot be decoded as UTF-8"))
            }
        };
    }
    if code_value(v).is_some() {
        return Ok(None);
    }
    Err(vm.type_error(format!("{func}() arg 1 must be a string, bytes or code object")))
}

fn code_value(v: &Value) -> Option<CodeRef> {
    match v {
        Value::Native(n) => n.downcast::<CodeValue>().map(|c| c.0),
        _ => None,
    }
}

/// Compiles `source` for `exec` (statements) or `eval` (one expression).
fn compile_text(vm: &mut Vm, source: &str, filename: &str, kind: Kind) -> PyResult<CodeRef> {
    // eval() ignores leading spaces and tabs, as CPython's does.
    let source = if kind == Kind::Eval { source.trim_start_matches([' ', '\t']) } else { source };
    if source.contains('\0') {
        return Err(vm.value_error("source code string cannot contain null bytes"));
    }
    vm.interp.add_source(filename, source);
    let mode = match kind {
        Kind::Exec => crate::compile::Mode::ExecString,
        Kind::Eval => crate::compile::Mode::Eval,
    };
    let parsed = crate::syntax::parse_module(source).and_then(|m| crate::compile::compile_module(&m, source, filename, mode));
    parsed.map_err(|e| vm.syntax_error_value(&e, filename, source))
}

/// What to run: the code object given, or the source compiled now.
fn code_of(vm: &mut Vm, v: &Value, kind: Kind, func: &str) -> PyResult<CodeRef> {
    match source_text(vm, v, func)? {
        Some(text) => compile_text(vm, &text, "<string>", kind),
        None => Ok(code_value(v).expect("a code object")),
    }
}

/// `exec(source, globals=None, locals=None)` / `eval(...)`.
fn run(vm: &mut Vm, args: &[Value], kw: KwArgs, kind: Kind) -> PyResult<Value> {
    let func = if kind == Kind::Exec { "exec" } else { "eval" };
    let arg = |i: usize, key: &str| args.get(i).or_else(|| super::kwarg(kw, key)).cloned();
    if args.len() > 3 {
        return Err(vm.type_error(format!("{func} expected at most 3 arguments, got {}", args.len())));
    }
    let Some(source) = args.first().cloned().or_else(|| super::kwarg(kw, "source").cloned()) else {
        return Err(vm.type_error(format!("{func} expected at least 1 argument, got 0")));
    };
    let globals = match arg(1, "globals") {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(other) => {
            return Err(match kind {
                Kind::Exec => vm.type_error(format!("exec() globals must be a dict, not {}", vm.type_name(&other))),
                Kind::Eval => vm.type_error("globals must be a dict"),
            });
        }
    };
    let locals = match arg(2, "locals") {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(_) => return Err(vm.type_error("locals must be a mapping")),
    };
    let code = code_of(vm, &source, kind, func)?;
    // Without globals: the caller's namespaces (a function's locals as a snapshot).
    let (globals, locals) = match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            (g, l)
        }
        None => {
            let g = match vm.frames.last() {
                Some(f) => f.globals.clone(),
                None => Arc::new(PyDict::new()),
            };
            let l = match locals {
                Some(l) => l,
                None => match super::numeric::current_locals(vm) {
                    Value::Dict(d) => d,
                    _ => g.clone(),
                },
            };
            (g, l)
        }
    };
    if globals.get_str(&PyStr::new("__builtins__")).is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.interp.builtins.clone()));
    }
    let result = run_code(vm, code, globals, locals)?;
    Ok(if kind == Kind::Exec { Value::None } else { result })
}

/// Runs `code` with these namespaces on a new frame of this eval loop.
fn run_code(vm: &mut Vm, code: CodeRef, globals: Arc<PyDict>, locals: Arc<PyDict>) -> PyResult<Value> {
    // A namespace some frame already runs in is immortal already; reuse it.
    let leaked = vm.frames.iter().map(|f| f.globals).find(|g| Arc::ptr_eq(g, &globals));
    let globals_ref = match leaked {
        Some(g) => g,
        None => crate::objects::function::leak_globals(globals.clone()),
    };
    let separate_locals = !Arc::ptr_eq(&globals, &locals);
    vm.run_code_in(code, globals_ref, separate_locals.then_some(locals))
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, args, kw, Kind::Exec)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, args, kw, Kind::Eval)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let arg = |i: usize, key: &str| args.get(i).or_else(|| super::kwarg(kw, key)).cloned();
    let (Some(source), Some(filename), Some(mode)) = (arg(0, "source"), arg(1, "filename"), arg(2, "mode")) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_owned(),
        other => return Err(vm.type_error(format!("compile() argument 'filename' must be str, not {}", vm.type_name(other)))),
    };
    let kind = match &mode {
        Value::Str(s) if s.as_str() == "exec" || s.as_str() == "single" => Kind::Exec,
        Value::Str(s) if s.as_str() == "eval" => Kind::Eval,
        Value::Str(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        other => return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {}", vm.type_name(other)))),
    };
    match source_text(vm, &source, "compile")? {
        Some(text) => Ok(Value::native(CodeValue(compile_text(vm, &text, &filename, kind)?))),
        None => Ok(source),
    }
}
