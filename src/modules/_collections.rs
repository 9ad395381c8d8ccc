//! `_collections`: the native half of `collections`, today `deque`.
//!
//! A deque is a ring buffer (`VecDeque`) behind a container lock, so both
//! ends are O(1) and, with the GIL off, every operation (`append`,
//! `popleft`, `rotate`, `d[i] = x`, ...) happens under one hold of that
//! lock, as free-threaded CPython promises. Python code (an item's
//! `__eq__`, an iterable given to `extend`) never runs under the lock: the
//! items are collected or compared outside it, and a counter of changes
//! (CPython's `state`) tells an iterator or a search that the deque
//! changed meanwhile ("deque mutated during iteration").
//!
//! The class's protocols (`len`, `[]`, `in`, `==`, `+`, ...) are its
//! dunder methods (`NativeObject::protocols_in_class`); a subclass
//! instance carries its deque as its built-in value (`Payload::Immutable`).

use std::any::Any;
use std::collections::VecDeque;
use crate::objects::Arc;

use crate::builtins::add_method;
use crate::objects::container_lock::{ContainerGuard, ContainerLock};
use crate::objects::{Class, KwArgs, NativeObject, Payload, PyDict, Value};
use crate::vm::{Interpreter, PyErr, PyResult, Types, Vm};

/// The items, the bound and the change counter, guarded together.
pub(super) struct DequeState {
    pub(super) items: VecDeque<Value>,
    pub(super) maxlen: Option<usize>,
    /// Bumped by every change of length and by `rotate` (not by `d[i] = x`
    /// or `reverse`, as in CPython): iterators compare it.
    pub(super) mutations: u64,
}

pub struct Deque {
    state: ContainerLock<DequeState>,
    /// The Python subclass this deque is the built-in value of, if any:
    /// its repr and copies are named after it.
    pub(super) subclass: Option<Arc<Class>>,
}

impl Drop for Deque {
    fn drop(&mut self) {
        crate::objects::trash::drop_items(std::mem::take(&mut self.state.get_mut().items));
    }
}

impl Deque {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>, subclass: Option<Arc<Class>>) -> Deque {
        Deque { state: ContainerLock::new(DequeState { items, maxlen, mutations: 0 }), subclass }
    }

    pub(super) fn lock(&self) -> ContainerGuard<'_, DequeState> {
        self.state.lock()
    }

    pub(super) fn snapshot(&self) -> Vec<Value> {
        self.lock().items.iter().cloned().collect()
    }

    pub(super) fn mutations(&self) -> u64 {
        self.lock().mutations
    }

    pub(super) fn maxlen(&self) -> Option<usize> {
        self.lock().maxlen
    }

    /// Appends `new` on the right (or the left), dropping from the other
    /// end what `maxlen` does not keep, all under one hold of the lock.
    /// Returns what fell off, for the caller to drop after the lock.
    pub(super) fn push_all(&self, new: Vec<Value>, left: bool) -> Vec<Value> {
        let mut dropped = Vec::new();
        if new.is_empty() {
            return dropped;
        }
        let mut st = self.lock();
        st.mutations += 1;
        for v in new {
            if left {
                st.items.push_front(v);
            } else {
                st.items.push_back(v);
            }
            if st.maxlen.is_some_and(|m| st.items.len() > m) {
                let gone = if left { st.items.pop_back() } else { st.items.pop_front() };
                dropped.extend(gone);
            }
        }
        dropped
    }

    /// Appends one item (the hot path of `append`/`appendleft`: no Vec).
    /// Returns what `maxlen` pushed off the other end, to drop after the lock.
    pub(super) fn push_one(&self, v: Value, left: bool) -> Option<Value> {
        let mut st = self.lock();
        st.mutations += 1;
        if left {
            st.items.push_front(v);
        } else {
            st.items.push_back(v);
        }
        if st.maxlen.is_some_and(|m| st.items.len() > m) {
            if left {
                st.items.pop_back()
            } else {
                st.items.pop_front()
            }
        } else {
            None
        }
    }

    fn class_name(&self) -> String {
        match self.subclass.clone() {
            Some(c) => c.name.clone(),
            None => "deque".into(),
        }
    }
}

impl NativeObject for Deque {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.deque
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn protocols_in_class(&self) -> bool {
        true
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        Some(deque_repr(vm, self))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "maxlen" => Some(self.maxlen().map_or(Value::None, |m| Value::Int(m as i64))),
            _ => None,
        }
    }
}

/// `iter(d)` and `reversed(d)`.
pub(super) struct DequeIter {
    /// The deque itself (a `Value::Native` holding a `Deque`).
    deque: Value,
    reverse: bool,
    /// (items handed out, the deque's change counter when the iterator was made).
    pos: ContainerLock<(usize, u64)>,
}

impl DequeIter {
    pub(super) fn new(deque: Value, reverse: bool) -> Value {
        let mutations = as_deque(&deque).expect("deque").mutations();
        Value::native(DequeIter { deque, reverse, pos: ContainerLock::new((0, mutations)) })
    }

    fn remaining(&self) -> usize {
        let pos = self.pos.lock();
        let st = as_deque(&self.deque).expect("deque").lock();
        if st.mutations != pos.1 {
            return 0;
        }
        st.items.len().saturating_sub(pos.0)
    }
}

impl NativeObject for DequeIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        if self.reverse {
            &t.deque_reverse_iterator
        } else {
            &t.deque_iterator
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // Lock order: the iterator, then the deque (never the other way).
        let mut pos = self.pos.lock();
        let st = as_deque(&self.deque).expect("deque").lock();
        if st.mutations != pos.1 {
            drop(st);
            drop(pos);
            return Err(mutated(vm));
        }
        let n = st.items.len();
        if pos.0 >= n {
            return Ok(None);
        }
        let i = if self.reverse { n - 1 - pos.0 } else { pos.0 };
        let v = st.items[i].clone();
        pos.0 += 1;
        Ok(Some(v))
    }
}

pub(super) fn mutated(vm: &Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// The deque of a deque value or of a deque subclass instance.
pub(super) fn as_deque(v: &Value) -> Option<&Deque> {
    native_of(v).and_then(|n| match n {
        Value::Native(n) => n.downcast::<Deque>(),
        _ => None,
    })
}

/// The `Value::Native` holding the deque of `v`.
pub(super) fn native_of(v: &Value) -> Option<&Value> {
    let inner = match v {
        Value::Instance(i) => match &i.payload {
            Payload::Immutable(x) => x,
            _ => return None,
        },
        _ => v,
    };
    match inner {
        Value::Native(n) if n.downcast::<Deque>().is_some() => Some(inner),
        _ => None,
    }
}

pub fn fill(vm: &mut Vm, dict: &Arc<PyDict>) {
    let t = vm.types();
    dict.set_str("deque", Value::Class(t.deque.clone()));
    dict.set_str("_deque_iterator", Value::Class(t.deque_iterator.clone()));
    dict.set_str("_deque_reverse_iterator", Value::Class(t.deque_reverse_iterator.clone()));
}

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.deque, "__new__", deque_new);
    add_method(&t.deque, "__init__", deque_init);
    for &(name, func) in super::deque_methods::METHODS {
        add_method(&t.deque, name, func);
    }
    t.deque.dict.set_str("__hash__", Value::None);
    for cls in [&t.deque_iterator, &t.deque_reverse_iterator] {
        add_method(cls, "__iter__", iter_self);
        add_method(cls, "__next__", iter_next);
        add_method(cls, "__length_hint__", iter_length_hint);
    }
}

/// `self` as a deque, or CPython's descriptor error.
pub(super) fn this<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a Deque> {
    let Some(v) = args.first() else {
        return Err(vm.type_error(format!("unbound method deque.{method}() needs an argument")));
    };
    as_deque(v).ok_or_else(|| {
        if method.starts_with("__") {
            vm.type_error(format!("descriptor '{method}' requires a 'collections.deque' object but received a '{}'", vm.type_name(v)))
        } else {
            vm.type_error(format!("descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object", vm.type_name(v)))
        }
    })
}

// ---- construction ----

/// `maxlen=`: None, or a non-negative int (not merely an `__index__`).
fn maxlen_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match crate::vm::ops_builtin_value(v) {
        Value::None => Ok(None),
        Value::Int(i) if *i < 0 => Err(vm.value_error("maxlen must be non-negative")),
        Value::Int(i) => Ok(Some(*i as usize)),
        Value::Bool(b) => Ok(Some(*b as usize)),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// `(iterable, maxlen)` of `deque(...)` and `deque.__init__`.
fn init_args(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<Value>, Option<usize>)> {
    if args.len() > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({} given)", args.len() + kw.len())));
    }
    let mut iterable = args.first().cloned();
    let mut maxlen = args.get(1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "iterable" => iterable = Some(v.clone()),
            "maxlen" => maxlen = Some(v.clone()),
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for deque()"))),
        }
    }
    let maxlen = match maxlen {
        Some(m) => maxlen_arg(vm, &m)?,
        None => None,
    };
    Ok((iterable, maxlen))
}

/// The items of an iterable, collected outside any lock. When the
/// iteration fails half-way, the items read so far still go in (through
/// `partial`), as CPython's extend has appended them by then.
pub(super) fn collect_for(vm: &mut Vm, d: &Deque, iterable: &Value, left: bool) -> PyResult<Vec<Value>> {
    if as_deque(iterable).is_some_and(|o| std::ptr::eq(o, d)) {
        return Ok(d.snapshot());
    }
    let it = vm.iter(iterable)?;
    let mut items = Vec::new();
    loop {
        match vm.next(&it) {
            Ok(Some(v)) => items.push(v),
            Ok(None) => return Ok(items),
            Err(e) => {
                drop(d.push_all(items, left));
                return Err(e);
            }
        }
    }
}
/// `deque.__new__(cls, ...)`: a full deque for `deque` itself; an empty one
/// for a subclass, whose `__init__` (deque's own, unless overridden) fills it.
fn deque_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    if cls.builtin {
        let (iterable, maxlen) = init_args(vm, &args[1..], kw)?;
        let d = Value::native(Deque::new(VecDeque::new(), maxlen, None));
        if let Some(it) = iterable {
            let dq = as_deque(&d).expect("deque");
            let items = collect_for(vm, dq, &it, false)?;
            drop(dq.push_all(items, false));
        }
        return Ok(d);
    }
    let inner = Value::native(Deque::new(VecDeque::new(), None, Some(cls.clone())));
    match crate::vm::new_instance(cls) {
        Value::Instance(i) => {
            let mut owned = Arc::try_unwrap(i).ok().expect("fresh instance");
            owned.payload = Payload::Immutable(inner);
            Ok(Value::Instance(Arc::new(owned)))
        }
        other => Ok(other),
    }
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: empties the deque and
/// fills it again.
fn deque_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    let (iterable, maxlen) = init_args(vm, &args[1..], kw)?;
    let old = {
        let mut st = d.lock();
        st.maxlen = maxlen;
        if !st.items.is_empty() {
            st.mutations += 1;
        }
        std::mem::take(&mut st.items)
    };
    drop(old);
    if let Some(it) = iterable {
        let items = collect_for(vm, d, &it, false)?;
        drop(d.push_all(items, false));
    }
    Ok(Value::None)
}

/// A new deque of the same type and maxlen holding `items`. A subclass is
/// called as CPython's `copy` calls it: `type(d)(d)` or `type(d)(d, maxlen)`.
pub(super) fn same_kind(vm: &mut Vm, receiver: &Value, d: &Deque, items: Vec<Value>) -> PyResult<Value> {
    let maxlen = d.maxlen();
    if let Some(cls) = d.subclass.clone() {
        let source = Value::native(Deque::new(items.into(), None, None));
        let _ = receiver;
        let mut call_args = vec![source];
        if let Some(m) = maxlen {
            call_args.push(Value::Int(m as i64));
        }
        return vm.call(Value::Class(cls), &call_args);
    }
    let fresh = Deque::new(VecDeque::new(), maxlen, None);
    drop(fresh.push_all(items, false));
    Ok(Value::native(fresh))
}

pub(super) fn deque_repr(vm: &mut Vm, d: &Deque) -> PyResult<String> {
    // A deque that holds itself prints `[...]` where it recurs, as CPython.
    let addr = d as *const Deque as usize;
    if vm.repr_guard.contains(&addr) {
        return Ok("[...]".into());
    }
    vm.check_native_stack_while(" while getting the repr of an object")?;
    let (items, maxlen) = {
        let st = d.lock();
        (st.items.iter().cloned().collect::<Vec<_>>(), st.maxlen)
    };
    vm.repr_guard.push(addr);
    let inner = vm.repr(&Value::list(items));
    vm.repr_guard.pop();
    let inner = inner?;
    Ok(match maxlen {
        Some(m) => format!("{}({inner}, maxlen={m})", d.class_name()),
        None => format!("{}({inner})", d.class_name()),
    })
}

// ---- the iterators ----

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Native(n) => match n.downcast::<DequeIter>() {
            Some(it) => Ok(Value::Int(it.remaining() as i64)),
            None => Err(vm.type_error("descriptor '__length_hint__' requires a '_collections._deque_iterator' object")),
        },
        _ => Err(vm.type_error("descriptor '__length_hint__' requires a '_collections._deque_iterator' object")),
    }
}
