//! `posix`: what `os` (lib/os.py) needs from the operating system, as in
//! CPython: process ids, the environment, the working directory, and files
//! and directories by path. Paths are str (os.py turns path-like objects
//! into str first); failures raise the OSError subclass of their errno.

use std::os::unix::fs::{DirBuilderExt, MetadataExt};

use super::add_functions;
use crate::builtins::check_args;
use crate::objects::bytes::new_bytes;
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn fill(_vm: &mut Vm, dict: &PyDict) {
    let environ = PyDict::new();
    for (k, v) in std::env::vars_os() {
        if let (Some(k), Some(v)) = (k.to_str(), v.to_str()) {
            environ.set_str(k, Value::str(v));
        }
    }
    dict.set_str("environ", Value::Dict(crate::objects::Arc::new(environ)));
    add_functions(
        dict,
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("cpu_count", cpu_count),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("stat", stat),
            ("lstat", lstat),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("unlink", unlink),
            ("remove", unlink),
            ("rename", rename),
            ("replace", rename),
            ("readlink", readlink),
            ("symlink", symlink),
            ("urandom", urandom),
            ("strerror", strerror),
        ],
    );
}

/// The one way this module reports a failed system call: the OSError
/// subclass of its errno, with `errno`, `strerror` and `filename` set.
fn os_error(vm: &Vm, e: &std::io::Error, path: Option<&str>) -> PyErr {
    crate::builtins::io::os_error(vm, e, path)
}

/// A path argument (os.py has already applied os.fspath).
fn path_arg<'a>(vm: &Vm, func: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(other)
        ))),
    }
}

fn str_arg<'a>(vm: &Vm, func: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!("{func}() argument must be str, not {}", vm.type_name(other)))),
    }
}

fn getpid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getpid", args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getppid", args, 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn cpu_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "cpu_count", args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn env_name<'a>(vm: &Vm, func: &str, v: &'a Value) -> PyResult<&'a str> {
    let name = str_arg(vm, func, v)?;
    if name.is_empty() {
        // setenv(3) refuses it (EINVAL); CPython passes the error on.
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    if name.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if name.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(name)
}

fn putenv(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "putenv", args, 2, 2)?;
    let name = env_name(vm, "putenv", &args[0])?;
    let value = str_arg(vm, "putenv", &args[1])?;
    if value.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(name, value);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "unsetenv", args, 1, 1)?;
    let name = env_name(vm, "unsetenv", &args[0])?;
    std::env::remove_var(name);
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "chdir", args, 1, 1)?;
    let path = path_arg(vm, "chdir", &args[0])?;
    std::env::set_current_dir(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    Ok(Value::None)
}

/// `listdir(path='.')`: the names in a directory, in the order the
/// directory gives them (as CPython: not sorted).
fn listdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "listdir", args, 0, 1)?;
    let path = match args.first() {
        None | Some(Value::None) => ".",
        Some(v) => path_arg(vm, "listdir", v)?,
    };
    let entries = std::fs::read_dir(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(path)))?;
        names.push(Value::string(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(Value::list(names))
}

/// `stat(path)` as a 13-tuple os.py turns into `os.stat_result`: the ten
/// classic fields (times as float seconds), then the three times in ns.
fn stat_common(vm: &mut Vm, args: &[Value], func: &str, follow: bool) -> PyResult<Value> {
    check_args(vm, func, args, 1, 1)?;
    let path = path_arg(vm, func, &args[0])?;
    let meta = if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) };
    let m = meta.map_err(|e| os_error(vm, &e, Some(path)))?;
    let seconds = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| Value::from_bigint(num_bigint::BigInt::from(s as i128 * 1_000_000_000 + ns as i128));
    Ok(Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        seconds(m.atime(), m.atime_nsec()),
        seconds(m.mtime(), m.mtime_nsec()),
        seconds(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
    ]))
}

fn stat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    stat_common(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    stat_common(vm, args, "lstat", false)
}

fn mkdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "mkdir", args, 1, 2)?;
    let path = path_arg(vm, "mkdir", &args[0])?;
    let mode = match args.get(1) {
        Some(v) => vm.index_value(v)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new().mode(mode).create(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "rmdir", args, 1, 1)?;
    let path = path_arg(vm, "rmdir", &args[0])?;
    std::fs::remove_dir(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "remove", args, 1, 1)?;
    let path = path_arg(vm, "remove", &args[0])?;
    // remove_file would also unlink a directory on some systems: refuse as
    // unlink(2) does on Linux (EISDIR).
    if std::fs::symlink_metadata(path).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(21), Some(path)));
    }
    std::fs::remove_file(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    Ok(Value::None)
}

/// `rename(src, dst)` (and `replace`: on POSIX both replace a file at dst).
fn rename(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "rename", args, 2, 2)?;
    let src = path_arg(vm, "rename", &args[0])?;
    let dst = path_arg(vm, "rename", &args[1])?;
    if let Err(e) = std::fs::rename(src, dst) {
        let err = os_error(vm, &e, Some(src));
        if let Value::Instance(inst) = &err.value {
            inst.dict.set_str("filename2", Value::str(dst));
        }
        return Err(err);
    }
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "urandom", args, 1, 1)?;
    let n = vm.index_value(&args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    Ok(new_bytes(super::random::urandom(n as usize)))
}

/// `strerror(code)`: the C library's text for an errno.
fn strerror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "strerror", args, 1, 1)?;
    let code = vm.index_value(&args[0])?;
    let text = std::io::Error::from_raw_os_error(code as i32).to_string();
    let text = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    Ok(Value::string(text))
}

fn readlink(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readlink", args, 1, 1)?;
    let path = path_arg(vm, "readlink", &args[0])?;
    let target = std::fs::read_link(path).map_err(|e| os_error(vm, &e, Some(path)))?;
    Ok(Value::string(target.to_string_lossy().into_owned()))
}

fn symlink(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "symlink", args, 2, 2)?;
    let src = path_arg(vm, "symlink", &args[0])?;
    let dst = path_arg(vm, "symlink", &args[1])?;
    std::os::unix::fs::symlink(src, dst).map_err(|e| os_error(vm, &e, Some(src)))?;
    Ok(Value::None)
}
