//! `slice` objects and index arithmetic for sequences.

use std::any::Any;
use crate::objects::Arc;

use crate::objects::{Class, NativeObject, Value};
use crate::vm::{PyResult, Types, Vm};

pub struct Slice {
    pub lower: Value,
    pub upper: Value,
    pub step: Value,
}

pub fn new_slice(lower: Value, upper: Value, step: Value) -> Value {
    Value::native(Slice { lower, upper, step })
}

impl NativeObject for Slice {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.slice
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let parts: PyResult<Vec<String>> = [&self.lower, &self.upper, &self.step].iter().map(|v| vm.repr(v)).collect();
        Some(parts.map(|p| format!("slice({}, {}, {})", p[0], p[1], p[2])))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "start" => Some(self.lower.clone()),
            "stop" => Some(self.upper.clone()),
            "step" => Some(self.step.clone()),
            _ => None,
        }
    }
}

/// A slice's bounds read as integers, before they meet a length (CPython's
/// `PySlice_Unpack`): reading may run Python code (`__index__`), resolving
/// (`resolve`, CPython's `PySlice_AdjustIndices`) does not, so a container
/// can resolve under its lock against the length it really has.
#[derive(Clone, Copy)]
pub struct SliceBounds {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

impl Slice {
    /// Reads the bounds; the errors are CPython's.
    pub fn bounds(&self, vm: &mut Vm) -> PyResult<SliceBounds> {
        let read = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                v => vm
                    .index_value(v)
                    .map(Some)
                    .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let step = read(vm, &self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        Ok(SliceBounds { start: read(vm, &self.lower)?, stop: read(vm, &self.upper)?, step })
    }

    /// Resolves against a sequence of `len` items: (start, stop, step, count), as `slice.indices`.
    pub fn indices(&self, vm: &mut Vm, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        Ok(self.bounds(vm)?.resolve(len))
    }
}

impl SliceBounds {
    /// (start, stop, step, count) for a sequence of `len` items.
    pub fn resolve(self, len: usize) -> (i64, i64, i64, usize) {
        let len = len as i64;
        let step = self.step;
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            let Some(i) = v else { return default };
            if i < 0 {
                let i = i + len;
                if i < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    i
                }
            } else if i >= len {
                if step < 0 { len - 1 } else { len }
            } else {
                i
            }
        };
        let (start, stop) = if step > 0 { (clamp(self.start, 0), clamp(self.stop, len)) } else { (clamp(self.start, len - 1), clamp(self.stop, -1)) };
        let count = if step > 0 {
            if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        (start, stop, step, count)
    }
}

/// The positions a slice selects.
pub fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

/// `slice(stop)` or `slice(start, stop[, step])`.
pub fn slice_new(vm: &mut Vm, args: &[Value], _kw: crate::objects::KwArgs) -> PyResult<Value> {
    Ok(match &args[1..] {
        [stop] => new_slice(Value::None, stop.clone(), Value::None),
        [start, stop] => new_slice(start.clone(), stop.clone(), Value::None),
        [start, stop, step] => new_slice(start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        more => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", more.len()))),
    })
}
