//! The `time` module: clocks and `sleep`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::add_functions;
use crate::builtins::check_args;
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{PyResult, Vm};

pub fn fill(dict: &PyDict) {
    add_functions(
        dict,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("sleep", sleep),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
        ],
    );
}

#[cfg(unix)]
mod clock {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }

    extern "C" {
        fn clock_gettime(clock_id: i32, tp: *mut Timespec) -> i32;
    }

    pub const MONOTONIC: i32 = 1;
    pub const PROCESS_CPUTIME: i32 = 2;
    pub const THREAD_CPUTIME: i32 = 3;

    /// Nanoseconds on a POSIX clock.
    pub fn nanos(clock: i32) -> i128 {
        let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: clock_gettime only writes the timespec we own.
        let rc = unsafe { clock_gettime(clock, &mut ts) };
        if rc != 0 {
            return 0;
        }
        ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
    }
}

#[cfg(not(unix))]
mod clock {
    use std::sync::OnceLock;
    use std::time::Instant;

    pub const MONOTONIC: i32 = 1;
    pub const PROCESS_CPUTIME: i32 = 2;
    pub const THREAD_CPUTIME: i32 = 3;

    pub fn nanos(_clock: i32) -> i128 {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as i128
    }
}

fn wall_nanos() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn seconds(nanos: i128) -> Value {
    Value::Float(nanos as f64 / 1e9)
}

fn no_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    check_args(vm, name, args, 0, 0)
}

fn time(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "time", args)?;
    Ok(seconds(wall_nanos()))
}

fn time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "time_ns", args)?;
    Ok(Value::Int(wall_nanos() as i64))
}

fn monotonic(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "monotonic", args)?;
    Ok(seconds(clock::nanos(clock::MONOTONIC)))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "monotonic_ns", args)?;
    Ok(Value::Int(clock::nanos(clock::MONOTONIC) as i64))
}

fn process_time(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "process_time", args)?;
    Ok(seconds(clock::nanos(clock::PROCESS_CPUTIME)))
}

fn process_time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "process_time_ns", args)?;
    Ok(Value::Int(clock::nanos(clock::PROCESS_CPUTIME) as i64))
}

fn thread_time(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "thread_time", args)?;
    Ok(seconds(clock::nanos(clock::THREAD_CPUTIME)))
}

fn thread_time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "thread_time_ns", args)?;
    Ok(Value::Int(clock::nanos(clock::THREAD_CPUTIME) as i64))
}

/// A number of seconds as CPython's `_PyTime_FromSecondsObject` reads one
/// (`time.sleep`, a lock's `timeout`): a float, or an int or an object with
/// `__index__`; anything else, a string included, is a TypeError, and NaN
/// a ValueError.
pub(crate) fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let secs = match crate::vm::ops_builtin_value(v) {
        Value::Float(f) => *f,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_float(v)?,
        other if vm.user_dunder(other, "__index__").is_some() => vm.index_value(v)? as f64,
        other => {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other))))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    Ok(secs)
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let secs = seconds_arg(vm, &args[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let d = Duration::from_secs_f64(secs);
    vm.allow_threads(crate::vm::Blocking::Sleep, || crate::signals::interruptible_sleep(vm, d));
    crate::signals::take_interrupt(vm)?;
    Ok(Value::None)
}
