//! The `sys` module.

use std::sync::atomic::Ordering;
use crate::objects::Arc;

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
            ("_getframe", getframe),
        ],
    );
    let config = &vm.interp.config;
    dict.set_str("argv", Value::list(config.argv.iter().map(|a| Value::str(a)).collect()));
    dict.set_str("path", vm.interp.sys_path.clone());
    // `sys.__stdout__` is the very object `sys.stdout` starts as, so that a
    // program can tell whether it has been replaced.
    let (stdout, stderr, stdin) =
        (standard_stream(Stream::Stdout), standard_stream(Stream::Stderr), standard_stream(Stream::Stdin));
    dict.set_str("stdout", stdout.clone());
    dict.set_str("stderr", stderr.clone());
    dict.set_str("stdin", stdin.clone());
    dict.set_str("__stdout__", stdout);
    dict.set_str("__stderr__", stderr);
    dict.set_str("__stdin__", stdin);
    dict.set_str("version", Value::string(format!("3.11.0 (gilpy {})", env!("CARGO_PKG_VERSION"))));
    let types = sys_types(vm);
    dict.set_str("version_info", types.version_info(vm, PYTHON_VERSION));
    dict.set_str("hexversion", Value::Int(hexversion(PYTHON_VERSION)));
    dict.set_str("implementation", implementation(vm, &types));
    struct_sequences(vm, dict);
    dict.set_str("platform", Value::str("linux"));
    dict.set_str("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict.set_str("maxsize", Value::Int(i64::MAX));
    dict.set_str("maxunicode", Value::Int(0x10FFFF));
    dict.set_str("executable", Value::string(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    dict.set_str("modules", Value::Dict(vm.interp.modules.clone()));
}

/// The version of Python whose behaviour gilpy follows.
const PYTHON_VERSION: Version = Version { major: 3, minor: 11, micro: 0 };

/// gilpy's own version, from Cargo.toml (`sys.implementation.version`).
const GILPY_VERSION: Version = Version {
    major: parse_u8(env!("CARGO_PKG_VERSION_MAJOR")),
    minor: parse_u8(env!("CARGO_PKG_VERSION_MINOR")),
    micro: parse_u8(env!("CARGO_PKG_VERSION_PATCH")),
};

/// A final release's version: `releaselevel` is always 'final', `serial` 0.
#[derive(Clone, Copy)]
struct Version {
    major: u8,
    minor: u8,
    micro: u8,
}

const fn parse_u8(digits: &str) -> u8 {
    let bytes = digits.as_bytes();
    let mut n = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        n = n * 10 + (bytes[i] - b'0');
        i += 1;
    }
    n
}

/// As `sys.hexversion`: 0xMMmmuuF0 for a final release.
fn hexversion(v: Version) -> i64 {
    (v.major as i64) << 24 | (v.minor as i64) << 16 | (v.micro as i64) << 8 | 0xF0
}

/// The classes lib/_sys_types.py makes.
struct SysTypes {
    version_info: Value,
    simple_namespace: Value,
}

impl SysTypes {
    fn version_info(&self, vm: &mut Vm, v: Version) -> Value {
        let items = Value::tuple(vec![
            Value::Int(v.major as i64),
            Value::Int(v.minor as i64),
            Value::Int(v.micro as i64),
            Value::str("final"),
            Value::Int(0),
        ]);
        vm.call(self.version_info.clone(), &[items]).expect("sys.version_info")
    }
}

/// Imports `_sys_types` (lib/_sys_types.py). It is fixed source that
/// imports nothing, so a failure here is a bug in gilpy, not in a program.
fn sys_types(vm: &mut Vm) -> SysTypes {
    let Ok(Value::Module(module)) = vm.import_module("_sys_types") else { panic!("_sys_types imports") };
    let class = |name: &str| module.dict.get_str(&crate::objects::PyStr::new(name)).expect("a class of _sys_types.py");
    SysTypes { version_info: class("version_info"), simple_namespace: class("SimpleNamespace") }
}

/// `sys.flags`, `sys.float_info`, `sys.int_info` and `sys.hash_info`, with
/// CPython 3.11's values for a plain `python3 script.py` run (gilpy has none
/// of the command-line switches those flags record).
fn struct_sequences(vm: &mut Vm, dict: &Arc<PyDict>) {
    let Ok(Value::Module(module)) = vm.import_module("_sys_types") else { panic!("_sys_types imports") };
    let int = |i: i64| Value::Int(i);
    // CPython sets dont_write_bytecode from PYTHONDONTWRITEBYTECODE too.
    let no_bytecode = std::env::var_os("PYTHONDONTWRITEBYTECODE").map_or(false, |v| !v.is_empty());
    let mut flags: Vec<Value> = [0, 0, 0, 0, no_bytecode as i64, 0, 0, 0, 0, 0, 0, 1, 0].into_iter().map(int).collect();
    flags.extend([Value::Bool(false), int(0), int(0), Value::Bool(false), int(-1)]);
    let float_info = vec![
        Value::Float(f64::MAX),
        int(f64::MAX_EXP as i64),
        int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        int(f64::MIN_EXP as i64),
        int(f64::MIN_10_EXP as i64),
        int(f64::DIGITS as i64),
        int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        int(f64::RADIX as i64),
        int(1),
    ];
    let int_info = vec![int(30), int(4), int(4300), int(640)];
    let hash_info = vec![
        int(64),
        int((1 << 61) - 1),
        int(314159),
        int(0),
        int(1000003),
        Value::str("siphash13"),
        int(64),
        int(128),
        int(0),
    ];
    for (name, items) in [("flags", flags), ("float_info", float_info), ("int_info", int_info), ("hash_info", hash_info)] {
        let class = module.dict.get_str(&crate::objects::PyStr::new(name)).expect("a class of _sys_types.py");
        let value = vm.call(class, &[Value::tuple(items)]).expect("a sys struct sequence");
        dict.set_str(name, value);
    }
}

/// `sys.implementation`, as CPython's: name, cache_tag, version and
/// hexversion (PEP 421), plus `_multiarch` where CPython has one. gilpy
/// never writes compiled modules, so `cache_tag` is None, which PEP 421
/// gives exactly that meaning ("module caching should be disabled").
fn implementation(vm: &mut Vm, types: &SysTypes) -> Value {
    let version = types.version_info(vm, GILPY_VERSION);
    let mut fields = vec![
        ("name", Value::str("gilpy")),
        ("cache_tag", Value::None),
        ("version", version),
        ("hexversion", Value::Int(hexversion(GILPY_VERSION))),
    ];
    if cfg!(all(target_os = "linux", target_env = "gnu")) {
        fields.push(("_multiarch", Value::string(format!("{}-linux-gnu", std::env::consts::ARCH))));
    }
    let kwargs: Vec<(Arc<crate::objects::PyStr>, Value)> =
        fields.into_iter().map(|(k, v)| (Arc::new(crate::objects::PyStr::new(k)), v)).collect();
    vm.call_kw(types.simple_namespace.clone(), &[], &kwargs).expect("sys.implementation")
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

/// `sys._getframe(depth=0)`: the caller's frame, or one `depth` calls below it.
fn getframe(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        None => 0,
        Some(v) => vm.index_value(v)?,
    };
    match usize::try_from(depth).ok().and_then(|d| vm.frame_snapshot(d)) {
        Some(frame) => Ok(frame),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
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
