//! `range`, with bounds of any size (`range(10**20)`), as CPython's.
//!
//! The bounds are `Value::Int` when they fit in i64 (no allocation, and
//! `for i in range(n)` iterates plain i64s) and `Value::BigInt` beyond;
//! everything that must work for both computes with big integers, which is
//! only ever the rare path (indexing, slicing, `index`, equality...).

use std::any::Any;
use crate::objects::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

use crate::objects::{Class, NativeObject, Value};
use crate::vm::iter::RangeIter;
use crate::vm::ops_to_bigint as to_bigint;
use crate::vm::{PyResult, Types, Vm};

pub struct Range {
    /// Each an int: `Value::Int` or `Value::BigInt`, never anything else.
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

/// The number of items of range(lo, hi, step), CPython's `compute_range_length`.
fn length_of(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

impl Range {
    /// A range of three ints (step not zero).
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        Range { start: Value::from_bigint(start), stop: Value::from_bigint(stop), step: Value::from_bigint(step) }
    }

    /// The bounds when all three fit in i64.
    #[inline]
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        match (&self.start, &self.stop, &self.step) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => Some((*a, *b, *c)),
            _ => None,
        }
    }

    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        (big(&self.start), big(&self.stop), big(&self.step))
    }

    /// The length of a range whose bounds fit in i64 (it may not fit itself).
    fn small_len(start: i64, stop: i64, step: i64) -> i128 {
        let (lo, hi, step) = if step > 0 { (start, stop, step as i128) } else { (stop, start, -(step as i128)) };
        if lo >= hi {
            0
        } else {
            (hi as i128 - lo as i128 - 1) / step + 1
        }
    }

    pub fn big_len(&self) -> BigInt {
        match self.small() {
            Some((a, b, c)) => BigInt::from(Range::small_len(a, b, c)),
            None => {
                let (a, b, c) = self.bounds();
                length_of(&a, &b, &c)
            }
        }
    }

    /// `len()`, which must fit a C ssize_t as in CPython.
    pub fn len(&self, vm: &Vm) -> PyResult<usize> {
        let n = match self.small() {
            Some((a, b, c)) => i64::try_from(Range::small_len(a, b, c)).ok(),
            None => self.big_len().to_i64(),
        };
        n.map(|n| n as usize).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
    }

    pub fn is_empty(&self) -> bool {
        match self.small() {
            Some((a, b, c)) => Range::small_len(a, b, c) == 0,
            None => self.big_len().is_zero(),
        }
    }

    /// The item at `i` (0 <= i < len), CPython's `compute_item`.
    pub fn item(&self, i: &BigInt) -> BigInt {
        big(&self.start) + i * big(&self.step)
    }

    /// The position of the int `v` in the range, if it is there.
    pub fn position(&self, v: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() { *v >= start && *v < stop } else { *v <= start && *v > stop };
        if !inside {
            return None;
        }
        let (q, r) = (v - &start).div_rem(&step);
        r.is_zero().then_some(q)
    }

    pub fn iter(&self) -> Value {
        if let Some((a, b, c)) = self.small() {
            if i64::try_from(Range::small_len(a, b, c)).is_ok() {
                return Value::native(RangeIter::new(a, b, c));
            }
        }
        let (start, _, step) = self.bounds();
        Value::native(LongRangeIter::new(start, step, self.big_len()))
    }

    /// `reversed(range)`: from the last item down to the first.
    pub fn reversed(&self) -> Value {
        if let Some((a, b, c)) = self.small() {
            let len = Range::small_len(a, b, c);
            if len == 0 {
                return Value::native(RangeIter::new(0, 0, 1));
            }
            if let Ok(len) = i64::try_from(len) {
                let last = a as i128 + (len as i128 - 1) * c as i128;
                let end = a as i128 - c as i128;
                if let (Ok(last), Ok(end), Some(neg)) = (i64::try_from(last), i64::try_from(end), c.checked_neg()) {
                    return Value::native(RangeIter::new(last, end, neg));
                }
            }
        }
        let (start, _, step) = self.bounds();
        let len = self.big_len();
        let last = if len.is_zero() { start.clone() } else { &start + (&len - 1u32) * &step };
        Value::native(LongRangeIter::new(last, -step, len))
    }

    /// `range[slice]` from the slice's bounds (None or ints), as CPython's `compute_slice`.
    pub fn slice(&self, lower: Option<BigInt>, upper: Option<BigInt>, step: BigInt) -> Range {
        let len = self.big_len();
        let negative = step.is_negative();
        let (low, high) = if negative { (BigInt::from(-1), &len - 1u32) } else { (BigInt::zero(), len.clone()) };
        let clamp = |v: BigInt| -> BigInt {
            let v = if v.is_negative() { v + &len } else { v };
            if v < low {
                low.clone()
            } else if v > high {
                high.clone()
            } else {
                v
            }
        };
        let start = match lower {
            None => if negative { high.clone() } else { low.clone() },
            Some(v) => clamp(v),
        };
        let stop = match upper {
            None => if negative { low.clone() } else { high.clone() },
            Some(v) => clamp(v),
        };
        Range::new(self.item(&start), self.item(&stop), step * big(&self.step))
    }

    /// Equality as CPython's `range_equals`: equal when they hold the same items.
    pub fn same_items(&self, other: &Range) -> bool {
        let (n, m) = (self.big_len(), other.big_len());
        if n != m {
            return false;
        }
        if n.is_zero() {
            return true;
        }
        if big(&self.start) != big(&other.start) {
            return false;
        }
        n.is_one() || big(&self.step) == big(&other.step)
    }

    /// The tuple CPython hashes for a range: (len, start, step), with None
    /// for what does not matter.
    pub fn hash_key(&self) -> Value {
        let len = self.big_len();
        let (start, step) = if len.is_zero() {
            (Value::None, Value::None)
        } else if len.is_one() {
            (self.start.clone(), Value::None)
        } else {
            (self.start.clone(), self.step.clone())
        };
        Value::tuple(vec![Value::from_bigint(len), start, step])
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
        let (start, stop, step) = self.bounds();
        Some(Ok(if step.is_one() { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") }))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "start" => Some(self.start.clone()),
            "stop" => Some(self.stop.clone()),
            "step" => Some(self.step.clone()),
            _ => None,
        }
    }
}

/// `iter(range)` when the range does not fit in i64 (CPython's `longrange_iterator`).
pub struct LongRangeIter {
    /// (next item, items left)
    state: Mutex<(BigInt, BigInt)>,
    step: BigInt,
}

impl LongRangeIter {
    fn new(start: BigInt, step: BigInt, len: BigInt) -> LongRangeIter {
        LongRangeIter { state: Mutex::new((start, len)), step }
    }
}

impl NativeObject for LongRangeIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.longrange_iterator
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut state = self.state.lock();
        if !state.1.is_positive() {
            return Ok(None);
        }
        let next = &state.0 + &self.step;
        let current = std::mem::replace(&mut state.0, next);
        state.1 -= 1u32;
        Ok(Some(Value::from_bigint(current)))
    }
}

/// An int argument of `range()` or a range slice, of any size.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_bigint(crate::vm::ops_builtin_value(v)) {
        return Ok(b);
    }
    vm.index_value(v).map(BigInt::from)
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, args: &[Value], _kw: crate::objects::KwArgs) -> PyResult<Value> {
    let args = &args[1..];
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", args.len())));
    }
    // The everyday case allocates nothing.
    let small = match args {
        [Value::Int(stop)] => Some((0, *stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] => Some((*start, *stop, *step)),
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(Value::native(Range { start: Value::Int(start), stop: Value::Int(stop), step: Value::Int(step) }));
    }
    let ints: Vec<BigInt> = args.iter().map(|a| int_arg(vm, a)).collect::<PyResult<_>>()?;
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (BigInt::zero(), stop.clone(), BigInt::one()),
        [start, stop] => (start.clone(), stop.clone(), BigInt::one()),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("1 to 3 arguments"),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::native(Range::new(start, stop, step)))
}

/// `range[i]` and `range[slice]`.
pub fn get_item(vm: &mut Vm, r: &Range, index: &Value) -> PyResult<Value> {
    if let Value::Native(n) = index {
        if let Some(s) = n.downcast::<super::slice::Slice>() {
            let read = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
                if v.is_none() {
                    return Ok(None);
                }
                int_arg(vm, v)
                    .map(Some)
                    .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method"))
            };
            let step = read(vm, &s.step)?.unwrap_or_else(BigInt::one);
            if step.is_zero() {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            let (lower, upper) = (read(vm, &s.lower)?, read(vm, &s.upper)?);
            return Ok(Value::native(r.slice(lower, upper, step)));
        }
    }
    let plain = crate::vm::ops_builtin_value(index);
    let i = match to_bigint(plain) {
        Some(i) => i,
        None if vm.user_dunder(index, "__index__").is_some() => int_arg(vm, index)?,
        None => return Err(vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(index)))),
    };
    if let (Some((start, _, step)), Some(i)) = (r.small(), i.to_i64()) {
        if let Ok(len) = r.len(vm) {
            let i = if i < 0 { i + len as i64 } else { i };
            if i < 0 || i >= len as i64 {
                return Err(vm.index_error("range object index out of range"));
            }
            return Ok(Value::Int((start as i128 + i as i128 * step as i128) as i64));
        }
    }
    let len = r.big_len();
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.item(&i)))
}
