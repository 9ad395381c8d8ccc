//! `bytes` and `bytearray`: their data and the protocols the VM calls
//! directly (repr, hash, equality, comparison, indexing, `in`, `+`, `*`,
//! iteration). Both are native objects; `simple_eq` lets dicts and sets
//! compare bytes keys under their lock. Methods live in
//! `builtins/bytes_methods.rs`.

use std::any::Any;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering as AtomicOrdering};
use crate::objects::Arc;

use super::container_lock::ContainerLock;
use super::{Class, NativeObject, Payload, Value};
use crate::builtins::slice::{slice_positions, Slice};
use crate::compile::bytecode::{BinKind, CmpKind};
use crate::vm::{PyResult, Types, Vm};

/// An immutable byte string; its hash is computed once.
pub struct PyBytes {
    pub data: Vec<u8>,
    hash: AtomicI64,
}

/// A mutable byte string, guarded like a list.
pub struct PyByteArray {
    pub data: ContainerLock<Vec<u8>>,
}

impl PyBytes {
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(AtomicOrdering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = hash_bytes(&self.data);
        self.hash.store(h, AtomicOrdering::Relaxed);
        h
    }
}

/// FNV-1a, folded to a non-negative value; `hash(b'')` is 0 as in CPython.
fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h & i64::MAX as u64) as i64
}

impl NativeObject for PyBytes {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.bytes
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(bytes_repr(&self.data)))
    }
}

impl NativeObject for PyByteArray {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.bytearray
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!("bytearray({})", repr_with(&self.data.lock(), true))))
    }
}

/// Iterates a bytes or bytearray object, yielding ints.
pub struct BytesIter {
    source: Value,
    index: AtomicUsize,
    bytearray: bool,
}

impl NativeObject for BytesIter {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        if self.bytearray {
            &t.bytearray_iterator
        } else {
            &t.bytes_iterator
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.index.load(AtomicOrdering::Relaxed);
        let b = with_data(&self.source, |d| d.get(i).copied()).flatten();
        if b.is_some() {
            self.index.store(i + 1, AtomicOrdering::Relaxed);
        }
        Ok(b.map(|b| Value::Int(b as i64)))
    }
    fn length_hint(&self) -> Option<usize> {
        let len = with_data(&self.source, |d| d.len()).unwrap_or(0);
        Some(len.saturating_sub(self.index.load(AtomicOrdering::Relaxed)))
    }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::native(PyBytes { data, hash: AtomicI64::new(-1) })
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::native(PyByteArray { data: ContainerLock::new(data) })
}

/// A bytes value, or a bytearray when `bytearray`.
pub fn new_like(data: Vec<u8>, bytearray: bool) -> Value {
    if bytearray {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// Sees through instances of subclasses to the built-in value.
fn unwrap(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Immutable(inner) => inner,
            _ => v,
        },
        _ => v,
    }
}

pub fn as_bytes_obj(v: &Value) -> Option<&PyBytes> {
    match unwrap(v) {
        Value::Native(n) => n.downcast::<PyBytes>(),
        _ => None,
    }
}

pub fn as_bytearray(v: &Value) -> Option<&PyByteArray> {
    match unwrap(v) {
        Value::Native(n) => n.downcast::<PyByteArray>(),
        _ => None,
    }
}

/// True for bytes and bytearray values (and their subclasses).
pub fn is_bytes_like(v: &Value) -> bool {
    as_bytes_obj(v).is_some() || as_bytearray(v).is_some()
}

/// Runs `f` on the bytes of a bytes or bytearray value (under a bytearray's lock).
pub fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = as_bytes_obj(v) {
        return Some(f(&b.data));
    }
    as_bytearray(v).map(|a| f(&a.data.lock()))
}

/// A copy of the bytes of a bytes or bytearray value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    with_data(v, |d| d.to_vec())
}

/// `repr(b)`, as CPython writes it: single quotes unless the data holds a
/// single quote and no double quote.
pub fn bytes_repr(data: &[u8]) -> String {
    repr_with(data, false)
}

/// The repr's body; a bytearray's repr escapes `'` even inside double quotes.
fn repr_with(data: &[u8], bytearray: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(data.len() + 3);
    s.push('b');
    s.push(quote);
    for &b in data {
        match b {
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\\' => s.push_str("\\\\"),
            b'\'' if bytearray => s.push_str("\\'"),
            _ if b as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(quote);
    s
}

/// Equality for dict and set lookups: decided here when either side is bytes-like.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    let (Value::Native(x), Value::Native(y)) = (a, b) else {
        // A bytes value never equals a non-native built-in value.
        return None;
    };
    if x.downcast::<PyBytes>().is_none() && x.downcast::<PyByteArray>().is_none() {
        return None;
    }
    if let (Some(p), Some(q)) = (x.downcast::<PyBytes>(), y.downcast::<PyBytes>()) {
        return Some(p.data == q.data);
    }
    let (p, q) = (bytes_of(a)?, bytes_of(b)?);
    Some(p == q)
}

pub fn hash(vm: &Vm, v: &Value) -> Option<PyResult<i64>> {
    if let Some(b) = as_bytes_obj(v) {
        return Some(Ok(b.hash()));
    }
    as_bytearray(v).map(|_| Err(vm.type_error("unhashable type: 'bytearray'")))
}

pub fn len(v: &Value) -> Option<usize> {
    with_data(v, |d| d.len())
}

/// `a op b` when both are bytes-like; `None` otherwise.
pub fn compare(a: &Value, b: &Value, op: CmpKind) -> Option<bool> {
    let x = bytes_of(a)?;
    let y = bytes_of(b)?;
    let o = x.cmp(&y);
    use std::cmp::Ordering::*;
    Some(match op {
        CmpKind::Lt => o == Less,
        CmpKind::Le => o != Greater,
        CmpKind::Eq => o == Equal,
        CmpKind::Ne => o != Equal,
        CmpKind::Gt => o == Greater,
        CmpKind::Ge => o != Less,
    })
}

pub fn iter(v: &Value) -> Option<Value> {
    let bytearray = as_bytearray(v).is_some();
    if !bytearray && as_bytes_obj(v).is_none() {
        return None;
    }
    Some(Value::native(BytesIter { source: unwrap(v).clone(), index: AtomicUsize::new(0), bytearray }))
}

fn as_slice(v: &Value) -> Option<&Slice> {
    match v {
        Value::Native(n) => n.downcast::<Slice>(),
        _ => None,
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

/// The position `i` names, with CPython's errors.
fn index_of(vm: &mut Vm, v: &Value, index: &Value, what: &str) -> PyResult<i64> {
    match index {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Instance(_) | Value::BigInt(_) => vm.index_value(index),
        _ => Err(vm.type_error(format!("{what} indices must be integers or slices, not {}", vm.type_name(index)))),
    }
    .map_err(|e| {
        let _ = v;
        e
    })
}

/// `b[i]` and `b[a:b:c]`.
pub fn get_item(vm: &mut Vm, v: &Value, index: &Value) -> Option<PyResult<Value>> {
    let bytearray = as_bytearray(v).is_some();
    if !bytearray && as_bytes_obj(v).is_none() {
        return None;
    }
    let what = if bytearray { "bytearray" } else { "byte" };
    Some((|| {
        if let Some(sl) = as_slice(index) {
            let bounds = sl.bounds(vm)?;
            let out = with_data(v, |d| {
                let (start, _, step, count) = bounds.resolve(d.len());
                slice_positions(start, step, count).map(|i| d[i]).collect::<Vec<u8>>()
            })
            .unwrap_or_default();
            return Ok(new_like(out, bytearray));
        }
        let i = index_of(vm, v, index, what)?;
        match with_data(v, |d| norm_index(i, d.len()).map(|i| d[i])).flatten() {
            Some(b) => Ok(Value::Int(b as i64)),
            None => Err(vm.index_error(if bytearray { "bytearray index out of range" } else { "index out of range" })),
        }
    })())
}

/// A byte value from an int, with CPython's error.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => vm.index_value(v).unwrap_or(-1),
        _ => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// `ba[i] = x` and `ba[a:b] = iterable`.
pub fn set_item(vm: &mut Vm, v: &Value, index: &Value, value: &Value) -> Option<PyResult<()>> {
    if as_bytes_obj(v).is_some() {
        return Some(Err(vm.type_error("'bytes' object does not support item assignment")));
    }
    let a = as_bytearray(v)?;
    Some((|| {
        if let Some(sl) = as_slice(index) {
            let new = bytes_from_source(vm, value)?;
            let bounds = sl.bounds(vm)?;
            let mut d = a.data.lock();
            let (start, stop, step, count) = bounds.resolve(d.len());
            if step == 1 {
                let stop = stop.max(start) as usize;
                d.splice(start as usize..stop, new);
                return Ok(());
            }
            if new.len() != count {
                drop(d);
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    count
                )));
            }
            for (pos, b) in slice_positions(start, step, count).zip(new) {
                d[pos] = b;
            }
            return Ok(());
        }
        let i = index_of(vm, v, index, "bytearray")?;
        let b = byte_value(vm, value)?;
        let mut d = a.data.lock();
        match norm_index(i, d.len()) {
            Some(i) => {
                d[i] = b;
                Ok(())
            }
            None => {
                drop(d);
                Err(vm.index_error("bytearray index out of range"))
            }
        }
    })())
}

/// `del ba[i]` and `del ba[a:b]`.
pub fn del_item(vm: &mut Vm, v: &Value, index: &Value) -> Option<PyResult<()>> {
    if as_bytes_obj(v).is_some() {
        return Some(Err(vm.type_error("'bytes' object doesn't support item deletion")));
    }
    let a = as_bytearray(v)?;
    Some((|| {
        if let Some(sl) = as_slice(index) {
            let bounds = sl.bounds(vm)?;
            let mut d = a.data.lock();
            let (start, _, step, count) = bounds.resolve(d.len());
            let drop_at: Vec<usize> = slice_positions(start, step, count).collect();
            let kept: Vec<u8> = d.iter().enumerate().filter(|(i, _)| !drop_at.contains(i)).map(|(_, b)| *b).collect();
            *d = kept;
            return Ok(());
        }
        let i = index_of(vm, v, index, "bytearray")?;
        let mut d = a.data.lock();
        match norm_index(i, d.len()) {
            Some(i) => {
                d.remove(i);
                Ok(())
            }
            None => {
                drop(d);
                Err(vm.index_error("bytearray index out of range"))
            }
        }
    })())
}

/// The bytes a method or operator argument stands for (a bytes-like object),
/// with CPython's error for anything else.
pub fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The bytes `bytearray[a:b] = x` and `extend(x)` take: bytes-like or an iterable of ints.
pub fn bytes_from_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_of(v) {
        return Ok(d);
    }
    if let Value::Str(_) = v {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let items = vm.collect(v).map_err(|_| {
        vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    })?;
    items.iter().map(|x| byte_value(vm, x)).collect()
}

/// `item in b`: an int byte or a subsequence.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> Option<PyResult<bool>> {
    let hay = bytes_of(container)?;
    Some((|| {
        if let Some(needle) = bytes_of(item) {
            return Ok(find(&hay, &needle, 0).is_some());
        }
        match item {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                let i = vm.index_value(item)?;
                let b = u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
                Ok(hay.contains(&b))
            }
            _ => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item)))),
        }
    })())
}

/// The first position of `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `a + b`, `a * n`, `a += b` where bytes are involved; `None` when neither side is bytes-like.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinKind, inplace: bool) -> Option<PyResult<Value>> {
    let a_ba = as_bytearray(a).is_some();
    let a_bytes = a_ba || as_bytes_obj(a).is_some();
    let b_bytes = is_bytes_like(b);
    if !a_bytes && !(b_bytes && op == BinKind::Mul && matches!(a, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) {
        return None;
    }
    let name = |v: &Value| if as_bytearray(v).is_some() { "bytearray" } else { "bytes" };
    Some(match op {
        BinKind::Add if a_bytes => match bytes_of(b) {
            Some(y) => {
                if inplace && a_ba {
                    as_bytearray(a).expect("bytearray").data.lock().extend_from_slice(&y);
                    return Some(Ok(a.clone()));
                }
                let mut x = bytes_of(a).expect("bytes");
                x.extend_from_slice(&y);
                Ok(new_like(x, a_ba))
            }
            None => Err(vm.type_error(format!("can't concat {} to {}", vm.type_name(b), name(a)))),
        },
        BinKind::Mul => {
            let (seq, n) = if a_bytes { (a, b) } else { (b, a) };
            if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Some(Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))));
            }
            let count = match vm.index_value(n) {
                Ok(c) => c.max(0) as usize,
                Err(e) => return Some(Err(e)),
            };
            let data = bytes_of(seq).expect("bytes");
            if data.len().saturating_mul(count) > (1 << 32) {
                return Some(Err(vm.error(&vm.types().exceptions.memory_error.clone(), "")));
            }
            let out = data.repeat(count);
            if inplace && a_ba {
                *as_bytearray(a).expect("bytearray").data.lock() = out;
                return Some(Ok(a.clone()));
            }
            Ok(new_like(out, as_bytearray(seq).is_some()))
        }
        BinKind::Mod if a_bytes => crate::builtins::bytes_methods::percent_format(vm, a, b),
        _ => Err(vm.unsupported(a, b, op, inplace)),
    })
}
