//! `range`.

use std::any::Any;
use std::sync::Arc;

use crate::objects::{Class, NativeObject, Value};
use crate::vm::iter::RangeIter;
use crate::vm::{PyResult, Types, Vm};

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 { (self.start, self.stop, self.step) } else { (self.stop, self.start, -self.step) };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as i64
        }
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }

    pub fn contains(&self, v: i64) -> bool {
        let in_bounds = if self.step > 0 { v >= self.start && v < self.stop } else { v <= self.start && v > self.stop };
        in_bounds && (v - self.start) % self.step == 0
    }

    pub fn iter(&self) -> RangeIter {
        RangeIter::new(self.start, self.stop, self.step)
    }
}

impl NativeObject for Range {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.range
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "start" => Some(Value::Int(self.start)),
            "stop" => Some(Value::Int(self.stop)),
            "step" => Some(Value::Int(self.step)),
            _ => None,
        }
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, args: &[Value], _kw: crate::objects::KwArgs) -> PyResult<Value> {
    let args = &args[1..];
    let ints: Vec<i64> = args.iter().map(|a| vm.index_value(a)).collect::<PyResult<_>>()?;
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", ints.len()))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::native(Range { start, stop, step }))
}
