//! Iteration: `iter()`, `next()`, the built-in iterators, and generators.

use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use crate::objects::Arc;

use parking_lot::Mutex;

use super::eval::FrameExit;
use super::frame::Frame;
use super::{PyErr, PyResult, Types, Vm};
use crate::objects::{Class, Function, NativeObject, Payload, PyStr, Value};

/// Iterates a list, tuple or str (or a list subclass instance) by index.
pub struct SeqIter {
    source: Value,
    index: AtomicUsize,
}

impl SeqIter {
    /// Claims the next index. A plain load and store, not an atomic
    /// increment: threads sharing one iterator may see an item twice (as in
    /// free-threaded CPython), never an item out of bounds.
    #[inline]
    fn advance(&self) -> usize {
        let i = self.index.load(Ordering::Relaxed);
        self.index.store(i + 1, Ordering::Relaxed);
        i
    }

    /// The next item of a list or tuple without the generic protocol;
    /// `None` when this iterator needs the general path.
    #[inline]
    pub fn next_fast(&self) -> Option<Option<Value>> {
        match &self.source {
            Value::List(l) => Some(l.get(self.advance())),
            Value::Tuple(t) => Some(t.as_slice().get(self.advance()).cloned()),
            _ => None,
        }
    }
}

impl NativeObject for SeqIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        match &self.source {
            Value::Tuple(_) => &t.tuple_iterator,
            Value::Str(_) => &t.str_iterator,
            _ => &t.list_iterator,
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.advance();
        Ok(match &self.source {
            Value::List(l) => l.get(i),
            Value::Tuple(t) => t.as_slice().get(i).cloned(),
            Value::Str(s) => {
                if i < s.char_len() {
                    Some(Value::string(s.char_at(i).to_string()))
                } else {
                    None
                }
            }
            Value::Instance(inst) => match &inst.payload {
                Payload::List(l) => l.get(i),
                _ => None,
            },
            _ => None,
        })
    }
    fn length_hint(&self) -> Option<usize> {
        let len = match &self.source {
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Str(s) => s.char_len(),
            Value::Instance(inst) => match &inst.payload {
                Payload::List(l) => l.len(),
                _ => 0,
            },
            _ => 0,
        };
        Some(len.saturating_sub(self.index.load(Ordering::Relaxed)))
    }
}

/// `iter(range(...))`.
pub struct RangeIter {
    next: AtomicI64,
    stop: i64,
    step: i64,
}

impl RangeIter {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeIter {
        RangeIter { next: AtomicI64::new(start), stop, step }
    }

    /// The next int, or None when exhausted. Two threads sharing one range
    /// iterator may see the same value (a race, as in free-threaded CPython),
    /// never a value outside the range.
    #[inline]
    pub fn next_int(&self) -> Option<i64> {
        let cur = self.next.load(Ordering::Relaxed);
        let more = if self.step > 0 { cur < self.stop } else { cur > self.stop };
        if !more {
            return None;
        }
        self.next.store(cur.saturating_add(self.step), Ordering::Relaxed);
        Some(cur)
    }
}

impl NativeObject for RangeIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.range_iterator
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(self.next_int().map(Value::Int))
    }
    fn length_hint(&self) -> Option<usize> {
        let cur = self.next.load(Ordering::Relaxed) as i128;
        let (stop, step) = (self.stop as i128, self.step as i128);
        let left = if step > 0 { (stop - cur + step - 1) / step } else { (cur - stop - step - 1) / -step };
        Some(left.max(0) as usize)
    }
}

/// Iterates a snapshot of values (dict views, sets, and other one-off sequences).
pub struct VecIter {
    items: Vec<Value>,
    index: AtomicUsize,
    kind: VecIterKind,
}

#[derive(Clone, Copy)]
pub enum VecIterKind {
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Reversed,
    Other,
}

impl VecIter {
    pub fn new(items: Vec<Value>, kind: VecIterKind) -> VecIter {
        VecIter { items, index: AtomicUsize::new(0), kind }
    }
}

impl NativeObject for VecIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        match self.kind {
            VecIterKind::DictKeys => &t.dict_keyiterator,
            VecIterKind::DictValues => &t.dict_valueiterator,
            VecIterKind::DictItems => &t.dict_itemiterator,
            VecIterKind::Set => &t.set_iterator,
            VecIterKind::Reversed => &t.reversed,
            VecIterKind::Other => &t.list_iterator,
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        Ok(self.items.get(i).cloned())
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.index.load(Ordering::Relaxed)))
    }
}

/// What a `TableIter` walks: a dict or set, or the payload of an instance
/// of a dict or set subclass.
pub enum TableSource {
    Dict(Arc<crate::objects::PyDict>),
    Set(Arc<crate::objects::PySet>),
    Instance(Arc<crate::objects::Instance>),
}

/// Iterates a dict (keys, values or items) or a set live, as CPython does:
/// a change of size since the iterator was made raises RuntimeError, and
/// keeps raising; each step reads the table under its lock, so another
/// thread's change can make the step fail but never yield a torn entry.
pub struct TableIter {
    source: TableSource,
    kind: VecIterKind,
    /// The iterator's state, only ever read and written under the table's
    /// lock (so two threads sharing the iterator take turns).
    pos: AtomicUsize,
    /// The table's size when the iterator was made; usize::MAX once it saw
    /// a change of size (the failure is sticky).
    expected_len: AtomicUsize,
    /// Entries still to come, if nothing changes.
    remaining: AtomicUsize,
}

impl TableIter {
    pub fn new(source: TableSource, kind: VecIterKind) -> TableIter {
        let len = match &source {
            TableSource::Dict(d) => d.len(),
            TableSource::Set(s) => s.len(),
            TableSource::Instance(i) => match &i.payload {
                Payload::Dict(d) => d.len(),
                Payload::Set(s) => s.len(),
                _ => 0,
            },
        };
        TableIter { source, kind, pos: AtomicUsize::new(0), expected_len: AtomicUsize::new(len), remaining: AtomicUsize::new(len) }
    }

    fn step(&self, vm: &mut Vm, t: &crate::objects::Table, set: bool) -> PyResult<Option<Value>> {
        let expected = self.expected_len.load(Ordering::Relaxed);
        if t.len() != expected {
            self.expected_len.store(usize::MAX, Ordering::Relaxed);
            return Err(vm.runtime_error(if set { "Set changed size during iteration" } else { "dictionary changed size during iteration" }));
        }
        let Some((next, e)) = t.next_entry(self.pos.load(Ordering::Relaxed)) else {
            self.pos.store(usize::MAX, Ordering::Relaxed);
            return Ok(None);
        };
        self.pos.store(next, Ordering::Relaxed);
        let remaining = self.remaining.load(Ordering::Relaxed);
        if remaining == 0 {
            // The size is the same, but more keys came than were there:
            // some were deleted and others added.
            self.expected_len.store(usize::MAX, Ordering::Relaxed);
            return Err(vm.runtime_error(if set { "Set changed size during iteration" } else { "dictionary keys changed during iteration" }));
        }
        self.remaining.store(remaining - 1, Ordering::Relaxed);
        Ok(Some(match self.kind {
            VecIterKind::DictValues => e.value.clone(),
            VecIterKind::DictItems => Value::tuple(vec![e.key.clone(), e.value.clone()]),
            _ => e.key.clone(),
        }))
    }
}

impl NativeObject for TableIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        match self.kind {
            VecIterKind::DictValues => &t.dict_valueiterator,
            VecIterKind::DictItems => &t.dict_itemiterator,
            VecIterKind::Set => &t.set_iterator,
            _ => &t.dict_keyiterator,
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.pos.load(Ordering::Relaxed) == usize::MAX && self.expected_len.load(Ordering::Relaxed) != usize::MAX {
            return Ok(None);
        }
        match &self.source {
            TableSource::Dict(d) => self.step(vm, &d.lock(), false),
            TableSource::Set(s) => self.step(vm, &s.lock(), true),
            TableSource::Instance(i) => match &i.payload {
                Payload::Dict(d) => self.step(vm, &d.lock(), false),
                Payload::Set(s) => self.step(vm, &s.lock(), true),
                _ => Ok(None),
            },
        }
    }
    fn length_hint(&self) -> Option<usize> {
        let len = match &self.source {
            TableSource::Dict(d) => d.len(),
            TableSource::Set(s) => s.len(),
            TableSource::Instance(i) => match &i.payload {
                Payload::Dict(d) => d.len(),
                Payload::Set(s) => s.len(),
                _ => 0,
            },
        };
        // CPython reports 0 once the table's size changed under the iterator.
        if len != self.expected_len.load(Ordering::Relaxed) {
            return Some(0);
        }
        Some(self.remaining.load(Ordering::Relaxed))
    }
}

/// A generator: a suspended frame and its saved slots and stack.
pub struct Generator {
    pub name: String,
    pub qualname: String,
    pub(super) state: Mutex<GenState>,
    pub(super) running: AtomicBool,
    /// Set for good once the frame has returned or raised: a finished
    /// generator is never "already executing", however many threads call
    /// `next()` on it at once.
    finished: AtomicBool,
}

pub(super) struct GenState {
    pub(super) frame: Option<Frame>,
    pub(super) saved: Vec<Value>,
    started: bool,
}

/// What resuming a generator produced.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl NativeObject for Generator {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.generator
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self.resume(vm, Ok(Value::None))? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!("<generator object {} at {:#x}>", self.qualname, self as *const _ as usize)))
    }
    /// The introspection attributes programs read: its function's names and whether it runs now.
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "__name__" => Some(Value::str(&self.name)),
            "__qualname__" => Some(Value::str(&self.qualname)),
            "gi_running" => Some(Value::Bool(self.running.load(Ordering::Acquire) && !self.is_finished())),
            _ => None,
        }
    }
}

impl Generator {
    pub(super) fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }

    /// Runs the generator until it yields or returns; `input` is the value
    /// sent in, or an exception thrown in at the paused `yield`.
    pub fn resume(&self, vm: &mut Vm, input: Result<Value, PyErr>) -> PyResult<Resumed> {
        if self.finished.load(Ordering::Acquire) {
            return match input {
                Err(e) => Err(e),
                Ok(_) => Ok(Resumed::Returned(Value::None)),
            };
        }
        if self.running.swap(true, Ordering::Acquire) {
            return Err(vm.value_error("generator already executing"));
        }
        let (frame, saved, started) = {
            let mut st = self.state.lock();
            (st.frame.take(), std::mem::take(&mut st.saved), st.started)
        };
        let Some(mut frame) = frame else {
            self.running.store(false, Ordering::Release);
            return match input {
                Err(e) => Err(e),
                Ok(_) => Ok(Resumed::Returned(Value::None)),
            };
        };
        if !started {
            if let Ok(v) = &input {
                if !v.is_none() {
                    self.state.lock().frame = Some(frame);
                    self.state.lock().saved = saved;
                    self.running.store(false, Ordering::Release);
                    return Err(vm.type_error("can't send non-None value to a just-started generator"));
                }
            }
        }
        if let Err(e) = vm.check_native_stack() {
            self.state.lock().frame = Some(frame);
            self.state.lock().saved = saved;
            self.running.store(false, Ordering::Release);
            return Err(e);
        }
        let depth = vm.frames.len();
        let base = vm.stack.len();
        frame.base = base as u32;
        frame.call_base = base as u32;
        vm.stack.extend(saved);
        vm.frames.push(frame);
        vm.native_depth += 1;
        let result = match input {
            Ok(v) => {
                if started {
                    vm.stack.push(v);
                }
                vm.run_frames(depth)
            }
            Err(e) => match vm.unwind_into_generator(e, depth, started) {
                Ok(()) => vm.run_frames(depth),
                Err(e) => Err(e),
            },
        };
        vm.native_depth -= 1;
        let out = match result {
            Ok(FrameExit::Yield(v)) => {
                let frame = vm.frames.pop().expect("generator frame");
                let saved = vm.stack.split_off(frame.base as usize);
                let mut st = self.state.lock();
                st.frame = Some(frame);
                st.saved = saved;
                st.started = true;
                Ok(Resumed::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => {
                self.finished.store(true, Ordering::Release);
                Ok(Resumed::Returned(v))
            }
            Err(e) => {
                self.finished.store(true, Ordering::Release);
                if e.is(&vm.types().exceptions.stop_iteration) {
                    let re = vm.runtime_error("generator raised StopIteration");
                    if let Some(mut st) = re.instance().exception() {
                        st.cause = Some(e.value.clone());
                        st.suppress_context = true;
                    }
                    Err(re)
                } else {
                    Err(e)
                }
            }
        };
        self.running.store(false, Ordering::Release);
        out
    }
}

impl Vm {
    /// A generator for `func` with its parameters bound: the frame is built
    /// now and parked until the first `next()`.
    pub fn make_generator(&mut self, func: &Function, slots: Vec<Value>) -> Value {
        let base = self.stack.len();
        self.stack.extend(slots);
        // Building the frame cannot hit the recursion limit in a way that matters here.
        if self.push_frame(func, base, base, None).is_err() {
            self.stack.truncate(base);
        }
        let frame = self.frames.pop();
        let saved = self.stack.split_off(base);
        let finished = AtomicBool::new(frame.is_none());
        Value::native(Generator {
            name: func.name.clone(),
            qualname: func.qualname.clone(),
            state: Mutex::new(GenState { frame, saved, started: false }),
            running: AtomicBool::new(false),
            finished,
        })
    }

    /// Raises `err` at the generator's paused `yield` (its frame is on top).
    fn unwind_into_generator(&mut self, err: PyErr, depth: usize, started: bool) -> PyResult<()> {
        if !started {
            // Nothing ran yet: the exception leaves at once.
            let frame = self.frames.pop().expect("frame");
            self.stack.truncate(frame.call_base as usize);
            return Err(err);
        }
        // The paused frame's pc is just past its YieldValue; unwinding looks at pc - 1.
        self.unwind_from_top(err, depth)
    }

    pub fn is_generator(&self, v: &Value) -> bool {
        matches!(v, Value::Native(n) if n.downcast::<Generator>().is_some())
    }

    /// One step of `yield from`: `Ok(yielded)` or `Err(return value)`.
    pub fn send_to(&mut self, it: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Native(n) = it {
            if let Some(g) = n.downcast::<Generator>() {
                return Ok(match g.resume(self, Ok(v))? {
                    Resumed::Yielded(y) => Ok(y),
                    Resumed::Returned(r) => Err(r),
                });
            }
        }
        if v.is_none() {
            return Ok(match self.next_or_stop(it)? {
                Ok(y) => Ok(y),
                Err(r) => Err(r),
            });
        }
        let send = self.get_attr(it, &Arc::new(PyStr::new("send")))?;
        match self.call(send, &[v]) {
            Ok(y) => Ok(Ok(y)),
            Err(e) if e.is(&self.types().exceptions.stop_iteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `next()` keeping StopIteration's value: `Err(value)` when exhausted.
    fn next_or_stop(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Instance(_) = it {
            if let Some(m) = self.user_dunder(it, "__next__") {
                return match self.call_dunder(m, it, &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if e.is(&self.types().exceptions.stop_iteration) => Ok(Err(stop_value(&e))),
                    Err(e) => Err(e),
                };
            }
        }
        match it {
            Value::Native(n) if n.is_iterator() => match n.clone().iter_next(self) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => Ok(Err(Value::None)),
                Err(e) if e.is(&self.types().exceptions.stop_iteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            },
            _ => Ok(match self.next(it)? {
                Some(v) => Ok(v),
                None => Err(Value::None),
            }),
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let it: Box<dyn NativeObject> = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => {
                Box::new(SeqIter { source: v.clone(), index: AtomicUsize::new(0) })
            }
            Value::Dict(d) => Box::new(TableIter::new(TableSource::Dict(d.clone()), VecIterKind::DictKeys)),
            Value::Set(s) => Box::new(TableIter::new(TableSource::Set(s.clone()), VecIterKind::Set)),
            Value::Native(n) => {
                if n.is_iterator() {
                    return Ok(v.clone());
                }
                if let Some(r) = n.downcast::<crate::builtins::range::Range>() {
                    return Ok(r.iter());
                }
                if let Some(it) = crate::builtins::containers::view_iter(&***n) {
                    return Ok(Value::native(it));
                }
                if let Some(d) = crate::builtins::dict_views::proxied(v) {
                    return self.iter(&d);
                }
                if let Some(it) = crate::objects::bytes::iter(v) {
                    return Ok(it);
                }
                if let Some(m) = self.native_dunder(v, "__iter__") {
                    return self.call_dunder(m, v, &[]);
                }
                return Err(self.not_iterable(v));
            }
            Value::Class(c) if c.metaclass.is_some() => {
                if let Some(m) = self.user_dunder(v, "__iter__") {
                    let it = self.call_dunder(m, v, &[])?;
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                    }
                    return Ok(it);
                }
                return Err(self.not_iterable(v));
            }
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(v, "__iter__") {
                    let it = self.call_dunder(m, v, &[])?;
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                    }
                    return Ok(it);
                }
                match &inst.payload {
                    Payload::List(_) => Box::new(SeqIter { source: v.clone(), index: AtomicUsize::new(0) }),
                    Payload::Dict(_) => Box::new(TableIter::new(TableSource::Instance(inst.clone()), VecIterKind::DictKeys)),
                    Payload::Set(_) => Box::new(TableIter::new(TableSource::Instance(inst.clone()), VecIterKind::Set)),
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        return self.iter(&inner);
                    }
                    _ => {
                        if self.user_dunder(v, "__getitem__").is_some() {
                            return Ok(Value::native(GetItemIter { source: v.clone(), index: AtomicUsize::new(0) }));
                        }
                        return Err(self.not_iterable(v));
                    }
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Native(Arc::new(it)))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Native(n) => n.is_iterator(),
            Value::Instance(_) => self.user_dunder(v, "__next__").is_some(),
            _ => false,
        }
    }

    pub fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// For `f(*x)` and `[*x]` with a non-iterable x.
    pub fn not_iterable_star(&self, e: PyErr, v: &Value) -> PyErr {
        if e.is(&self.types().exceptions.type_error) && !self.is_iterable_type(v) {
            return self.type_error(format!("Value after * must be an iterable, not {}", self.type_name(v)));
        }
        e
    }

    fn is_iterable_type(&self, v: &Value) -> bool {
        !matches!(v, Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) | Value::BigInt(_))
    }

    /// `next(it)`: `None` when exhausted.
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Native(n) if n.is_iterator() => match n.iter_next(self) {
                // A native iterator whose Python callback raised StopIteration
                // is exhausted, as CPython's FOR_ITER decides.
                Err(e) if e.is(&self.types().exceptions.stop_iteration) => Ok(None),
                r => r,
            },
            Value::Instance(_) => match self.user_dunder(it, "__next__") {
                Some(m) => match self.call_dunder(m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(&self.types().exceptions.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
            },
            _ => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.as_slice().to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacks `seq` onto the stack for assignment: exactly `before` items, or
    /// with a starred target, `before` items, a list, and `after` items.
    pub(super) fn unpack(&mut self, seq: Value, before: usize, after: Option<usize>) -> PyResult<()> {
        let items = match &seq {
            Value::Tuple(t) if after.is_none() && t.len() == before => {
                for v in t.as_slice().iter().rev() {
                    self.stack.push(v.clone());
                }
                return Ok(());
            }
            Value::List(_) | Value::Tuple(_) => self.sequence_items(&seq),
            _ => {
                let it = self.iter(&seq).map_err(|e| {
                    if e.is(&self.types().exceptions.type_error) {
                        self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(&seq)))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if after.is_none() && out.len() > before {
                        break;
                    }
                }
                out
            }
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        before,
                        items.len()
                    )));
                }
                if items.len() > before {
                    return Err(self.value_error(format!("too many values to unpack (expected {before})")));
                }
                for v in items.into_iter().rev() {
                    self.stack.push(v);
                }
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for v in tail.into_iter().rev() {
                    self.stack.push(v);
                }
                self.stack.push(Value::list(middle));
                for v in items.into_iter().rev() {
                    self.stack.push(v);
                }
            }
        }
        Ok(())
    }
}

/// The old sequence protocol: `__getitem__` with 0, 1, 2... until IndexError.
pub struct GetItemIter {
    source: Value,
    index: AtomicUsize,
}

impl NativeObject for GetItemIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.list_iterator
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        match vm.get_item(&self.source, &Value::Int(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(&vm.types().exceptions.index_error) || e.is(&vm.types().exceptions.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

pub fn stop_value(e: &PyErr) -> Value {
    e.instance().exception().and_then(|s| s.args.first().cloned()).unwrap_or(Value::None)
}
