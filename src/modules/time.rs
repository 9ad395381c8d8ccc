//! The `time` module: clocks, `sleep`, and civil time (`gmtime`,
//! `localtime`, `mktime`, `strftime`, `asctime`, `ctime`; the calendar is
//! in `time_format.rs`, `struct_time` in lib/_time_types.py).
//!
//! Local time is UTC: gilpy reads neither `TZ` nor /etc/localtime (a
//! time-zone database reader is more than this module is worth), so
//! `timezone` is 0 and `tzname` is ('UTC', 'UTC'), as CPython has them on a
//! machine set to UTC.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::add_functions;
use crate::builtins::check_args;
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{ops_builtin_value, PyResult, Vm};

use super::time_format::{self, Tm};

pub fn fill(vm: &mut Vm, dict: &PyDict) {
    dict.set_str("timezone", Value::Int(0));
    dict.set_str("altzone", Value::Int(0));
    dict.set_str("daylight", Value::Int(0));
    dict.set_str("tzname", Value::tuple(vec![Value::str(LOCAL_ZONE), Value::str(LOCAL_ZONE)]));
    if let Ok(class) = struct_time_class(vm) {
        dict.set_str("struct_time", class);
    }
    add_functions(
        dict,
        &[
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("asctime", asctime),
            ("ctime", ctime),
            ("strftime", strftime),
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

/// The name of local time (always UTC: see the top of this file).
const LOCAL_ZONE: &str = "UTC";

/// `time.struct_time`, the class lib/_time_types.py makes.
fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let module = vm.import_module("_time_types")?;
    vm.get_attr(&module, &crate::objects::Arc::new(crate::objects::PyStr::new("struct_time")))
}

fn make_struct_time(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let class = struct_time_class(vm)?;
    let items = Value::tuple(vec![
        Value::Int(tm.year),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
        Value::str(&tm.zone),
        Value::Int(tm.gmtoff),
    ]);
    vm.call(class, &[items])
}

/// The Unix time (whole seconds, rounded down) of an optional argument;
/// the clock when it is missing or None.
fn timestamp_arg(vm: &mut Vm, arg: Option<&Value>) -> PyResult<i64> {
    let secs = match arg {
        None | Some(Value::None) => return Ok(wall_nanos().div_euclid(1_000_000_000) as i64),
        Some(v) => seconds_arg(vm, v)?.floor(),
    };
    // Years beyond what 64-bit time_t and C's int tm_year hold.
    if !secs.is_finite() || secs.abs() > 6.7e16 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(secs as i64)
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "gmtime", args, 0, 1)?;
    let secs = timestamp_arg(vm, args.first())?;
    make_struct_time(vm, &time_format::gmtime(secs, "GMT"))
}

fn local(secs: i64) -> Tm {
    time_format::gmtime(secs, LOCAL_ZONE)
}

fn localtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "localtime", args, 0, 1)?;
    let secs = timestamp_arg(vm, args.first())?;
    make_struct_time(vm, &local(secs))
}

/// A time tuple or struct_time argument (`name` is the function, for the
/// message); the local time now when it is missing. With `check`, the
/// fields are validated and normalised as CPython's checktm does.
fn tm_arg(vm: &mut Vm, name: &str, arg: Option<&Value>, check: bool) -> PyResult<Tm> {
    let Some(v) = arg else {
        return Ok(local(wall_nanos().div_euclid(1_000_000_000) as i64));
    };
    let items = match ops_builtin_value(v) {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = vm.index_value(item)?;
    }
    let (mut zone, mut gmtoff) = (LOCAL_ZONE.to_owned(), 0);
    if matches!(v, Value::Instance(_)) {
        if let Some(Value::Str(z)) = vm.get_attr_opt(v, &crate::objects::Arc::new(crate::objects::PyStr::new("tm_zone")))? {
            zone = z.as_str().to_owned();
        }
        if let Some(off) = vm.get_attr_opt(v, &crate::objects::Arc::new(crate::objects::PyStr::new("tm_gmtoff")))? {
            if !off.is_none() {
                gmtoff = vm.index_value(&off)?;
            }
        }
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone,
        gmtoff,
    };
    if check {
        // CPython keeps C's conventions here: a month and a day of the
        // year from 0, a weekday from Sunday as (wday + 1) % 7.
        let c_wday = (tm.wday + 1) % 7;
        let error = if tm.mon == 0 {
            tm.mon = 1;
            None
        } else if !(1..=12).contains(&tm.mon) {
            Some("month out of range")
        } else {
            None
        };
        if let Some(e) = error {
            return Err(vm.value_error(e));
        }
        if tm.mday == 0 {
            tm.mday = 1;
        } else if !(0..=31).contains(&tm.mday) {
            return Err(vm.value_error("day of month out of range"));
        }
        if !(0..=23).contains(&tm.hour) {
            return Err(vm.value_error("hour out of range"));
        }
        if !(0..=59).contains(&tm.min) {
            return Err(vm.value_error("minute out of range"));
        }
        if !(0..=61).contains(&tm.sec) {
            return Err(vm.value_error("seconds out of range"));
        }
        if c_wday < 0 {
            return Err(vm.value_error("day of week out of range"));
        }
        tm.wday = (c_wday + 6) % 7;
        if tm.yday == 0 {
            tm.yday = 1;
        } else if !(0..=366).contains(&tm.yday) {
            return Err(vm.value_error("day of year out of range"));
        }
    }
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "mktime", args, 1, 1)?;
    let tm = tm_arg(vm, "mktime", args.first(), false)?;
    Ok(Value::Float((time_format::timegm(&tm) - tm.gmtoff) as f64))
}

fn asctime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "asctime", args, 0, 1)?;
    let tm = tm_arg(vm, "asctime", args.first(), true)?;
    Ok(Value::string(time_format::asctime(&tm)))
}

fn ctime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ctime", args, 0, 1)?;
    let secs = timestamp_arg(vm, args.first())?;
    Ok(Value::string(time_format::asctime(&local(secs))))
}

fn strftime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "strftime", args, 1, 2)?;
    let format = match &args[0] {
        Value::Str(s) => s.as_str().to_owned(),
        other => {
            return Err(vm.type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(other))))
        }
    };
    let tm = tm_arg(vm, "strftime", args.get(1), true)?;
    Ok(Value::string(time_format::strftime(&format, &tm)))
}
