//! Subscripting and the hashing protocol for dicts and sets: the parts of
//! the containers the eval loop calls directly.

use crate::objects::Arc;

use super::slice::{slice_positions, Slice};
use crate::compile::bytecode::BinKind;
use crate::objects::table::Probe;
use crate::objects::{NativeObject, Payload, PyDict, PySet, PyStr, Table, Value};
use crate::vm::iter::{TableIter, TableSource, VecIterKind};
use crate::vm::{PyResult, Vm};

/// A live view of a dict: `d.keys()`, `d.values()`, `d.items()`.
pub struct DictView {
    pub dict: Arc<PyDict>,
    pub kind: VecIterKind,
}

impl NativeObject for DictView {
    fn class<'t>(&self, t: &'t crate::vm::Types) -> &'t Arc<crate::objects::Class> {
        match self.kind {
            VecIterKind::DictKeys => &t.dict_keys,
            VecIterKind::DictValues => &t.dict_values,
            _ => &t.dict_items,
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let (name, items) = match self.kind {
            VecIterKind::DictKeys => ("dict_keys", self.dict.keys()),
            VecIterKind::DictValues => ("dict_values", self.dict.lock().values()),
            _ => ("dict_items", self.dict.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()),
        };
        Some(vm.repr(&Value::list(items)).map(|r| format!("{name}({r})")))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        (name == "mapping").then(|| super::dict_views::view_mapping(self))
    }
}

impl DictView {
    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            VecIterKind::DictKeys => self.dict.keys(),
            VecIterKind::DictValues => self.dict.lock().values(),
            _ => self.dict.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
        }
    }
}

/// The (live) iterator for a dict view, if `n` is one.
pub fn view_iter(n: &dyn NativeObject) -> Option<TableIter> {
    let view = n.downcast::<DictView>()?;
    Some(TableIter::new(TableSource::Dict(view.dict.clone()), view.kind))
}

/// Normalises an index into `0..len`, or None when out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

/// Removes the items a slice selects, in one pass; returns them.
fn remove_positions(items: &mut Vec<Value>, start: i64, step: i64, count: usize) -> Vec<Value> {
    if count == 0 {
        return Vec::new();
    }
    let (first, stride) = if step > 0 { (start as usize, step as usize) } else { ((start + (count as i64 - 1) * step) as usize, (-step) as usize) };
    let last = first + (count - 1) * stride;
    if stride == 1 {
        return items.drain(first..=last).collect();
    }
    let mut removed = Vec::with_capacity(count);
    let mut kept = Vec::with_capacity(items.len() - count);
    for (i, v) in std::mem::take(items).into_iter().enumerate() {
        if i >= first && i <= last && (i - first) % stride == 0 {
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *items = kept;
    removed
}

fn as_slice(v: &Value) -> Option<&Slice> {
    match v {
        Value::Native(n) => n.downcast::<Slice>(),
        _ => None,
    }
}

impl Vm {
    /// `container[index]`.
    pub fn get_item(&mut self, container: &Value, index: &Value) -> PyResult<Value> {
        match (container, index) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.lock();
                match norm_index(*i, items.len()) {
                    Some(i) => Ok(items[i].clone()),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            (Value::Tuple(t), Value::Int(i)) => match norm_index(*i, t.len()) {
                Some(i) => Ok(t.as_slice()[i].clone()),
                None => Err(self.index_error("tuple index out of range")),
            },
            (Value::Str(s), Value::Int(i)) => match norm_index(*i, s.char_len()) {
                Some(i) => Ok(Value::string(s.char_at(i).to_string())),
                None => Err(self.index_error("string index out of range")),
            },
            (Value::Dict(d), _) => match self.dict_get(d, index)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(index.clone())),
            },
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Bool(b)) => {
                let i = Value::Int(*b as i64);
                self.get_item(container, &i)
            }
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), _) if as_slice(index).is_some() => {
                let sl = as_slice(index).expect("slice");
                self.get_slice(container, sl)
            }
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Instance(_)) if self.user_dunder(index, "__index__").is_some() => {
                let m = self.user_dunder(index, "__index__").expect("__index__");
                let i = self.call_dunder(m, index, &[])?;
                self.get_item(container, &i)
            }
            (Value::List(_), _) | (Value::Tuple(_), _) | (Value::Str(_), _) => {
                Err(self.type_error(match container {
                    Value::List(_) => format!("list indices must be integers or slices, not {}", self.type_name(index)),
                    Value::Tuple(_) => format!("tuple indices must be integers or slices, not {}", self.type_name(index)),
                    _ => format!("string indices must be integers, not '{}'", self.type_name(index)),
                }))
            }
            (Value::Native(n), _) => {
                if let Some(d) = super::dict_views::proxied(container) {
                    return self.get_item(&d, index);
                }
                if let Some(r) = crate::objects::bytes::get_item(self, container, index) {
                    return r;
                }
                if let Some(r) = n.downcast::<super::range::Range>() {
                    return super::range::get_item(self, r, index);
                }
                if let Some(m) = self.native_dunder(container, "__getitem__") {
                    return self.call_dunder(m, container, &[index.clone()]);
                }
                Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
            }
            (Value::Instance(inst), _) => {
                if let Some(m) = self.user_dunder(container, "__getitem__") {
                    return self.call_dunder(m, container, &[index.clone()]);
                }
                match &inst.payload {
                    Payload::List(l) => {
                        let tmp = Value::list(l.snapshot());
                        self.get_item(&tmp, index)
                    }
                    Payload::Dict(d) => match self.dict_get_raw(d, index)? {
                        Some(v) => Ok(v),
                        None => {
                            if let Some(m) = self.user_dunder(container, "__missing__") {
                                return self.call_dunder(m, container, &[index.clone()]);
                            }
                            Err(self.key_error(index.clone()))
                        }
                    },
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        self.get_item(&inner, index)
                    }
                    _ => Err(self.type_error(format!("'{}' object is not subscriptable", inst.class.name))),
                }
            }
            (Value::Class(c), _) => {
                if let Some(m) = self.user_dunder(container, "__getitem__") {
                    return self.call_dunder(m, container, &[index.clone()]);
                }
                let name = Arc::new(PyStr::new("__class_getitem__"));
                if c.lookup(&name).is_some() {
                    let hook = self.get_attr(container, &name)?;
                    return self.call(hook, &[index.clone()]);
                }
                if super::generic_alias::is_builtin_generic(self, c) {
                    return Ok(Value::native(crate::objects::generic_alias::GenericAlias::new(container.clone(), index)));
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(container)))),
        }
    }

    fn get_slice(&mut self, container: &Value, sl: &Slice) -> PyResult<Value> {
        match container {
            Value::Str(s) => {
                let (start, stop, step, count) = sl.indices(self, s.char_len())?;
                if step == 1 {
                    let (a, b) = (start as usize, (stop.max(start)) as usize);
                    return Ok(Value::str(s.char_slice(a, b)));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                Ok(Value::string(slice_positions(start, step, count).map(|i| chars[i]).collect()))
            }
            Value::List(l) => {
                let bounds = sl.bounds(self)?;
                let items = l.lock();
                let (start, _, step, count) = bounds.resolve(items.len());
                let out: Vec<Value> = slice_positions(start, step, count).map(|i| items[i].clone()).collect();
                drop(items);
                Ok(Value::list(out))
            }
            _ => {
                let items = self.sequence_items(container);
                let (start, _, step, count) = sl.indices(self, items.len())?;
                let out: Vec<Value> = slice_positions(start, step, count).map(|i| items[i].clone()).collect();
                Ok(Value::tuple(out))
            }
        }
    }

    /// `container[index] = value`.
    pub fn set_item(&mut self, container: &Value, index: Value, value: Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Value::Int(i) = index {
                    let mut items = l.lock();
                    return match norm_index(i, items.len()) {
                        Some(i) => {
                            items[i] = value;
                            Ok(())
                        }
                        None => {
                            drop(items);
                            Err(self.index_error("list assignment index out of range"))
                        }
                    };
                }
                if let Some(sl) = as_slice(&index) {
                    let new_items = self.collect(&value).map_err(|_| self.type_error("can only assign an iterable"))?;
                    let bounds = sl.bounds(self)?;
                    let mut items = l.lock();
                    let (start, stop, step, count) = bounds.resolve(items.len());
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        let old: Vec<Value> = items.splice(start as usize..stop, new_items).collect();
                        drop(items);
                        drop(old);
                        return Ok(());
                    }
                    if new_items.len() != count {
                        drop(items);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            count
                        )));
                    }
                    for (pos, v) in slice_positions(start, step, count).zip(new_items) {
                        items[pos] = v;
                    }
                    return Ok(());
                }
                let i = self.index_value(&index).map_err(|_| {
                    self.type_error(format!("list indices must be integers or slices, not {}", self.type_name(&index)))
                })?;
                self.set_item(container, Value::Int(i), value)
            }
            Value::Dict(d) => self.dict_set(d, index, value),
            Value::Native(_) if crate::objects::bytes::is_bytes_like(container) => {
                crate::objects::bytes::set_item(self, container, &index, &value).expect("bytes")
            }
            Value::Native(_) if self.native_dunder(container, "__setitem__").is_some() => {
                let m = self.native_dunder(container, "__setitem__").expect("__setitem__");
                self.call_dunder(m, container, &[index, value]).map(|_| ())
            }
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(container, "__setitem__") {
                    return self.call_dunder(m, container, &[index, value]).map(|_| ());
                }
                match &inst.payload {
                    Payload::Immutable(inner @ Value::Native(n)) if n.protocols_in_class() => {
                        let inner = inner.clone();
                        self.set_item(&inner, index, value)
                    }
                    Payload::Dict(d) => self.dict_set_raw(d, index, value),
                    Payload::List(l) => {
                        let tmp = Arc::new(crate::objects::PyList::new(l.snapshot()));
                        self.set_item(&Value::List(tmp.clone()), index, value)?;
                        *l.lock() = tmp.snapshot();
                        Ok(())
                    }
                    _ => Err(self.type_error(format!("'{}' object does not support item assignment", inst.class.name))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(container)))),
        }
    }

    /// `del container[index]`.
    pub fn del_item(&mut self, container: &Value, index: &Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Some(sl) = as_slice(index) {
                    let bounds = sl.bounds(self)?;
                    let mut items = l.lock();
                    let (start, _, step, count) = bounds.resolve(items.len());
                    let old = remove_positions(&mut items, start, step, count);
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                let i = self.index_value(index)?;
                let mut items = l.lock();
                match norm_index(i, items.len()) {
                    Some(i) => {
                        items.remove(i);
                        Ok(())
                    }
                    None => {
                        drop(items);
                        Err(self.index_error("list assignment index out of range"))
                    }
                }
            }
            Value::Dict(d) => match self.dict_del(d, index)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(index.clone())),
            },
            Value::Native(_) if crate::objects::bytes::is_bytes_like(container) => {
                crate::objects::bytes::del_item(self, container, index).expect("bytes")
            }
            Value::Native(_) if self.native_dunder(container, "__delitem__").is_some() => {
                let m = self.native_dunder(container, "__delitem__").expect("__delitem__");
                self.call_dunder(m, container, &[index.clone()]).map(|_| ())
            }
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(container, "__delitem__") {
                    return self.call_dunder(m, container, &[index.clone()]).map(|_| ());
                }
                match &inst.payload {
                    Payload::Immutable(inner @ Value::Native(n)) if n.protocols_in_class() => {
                        let inner = inner.clone();
                        self.del_item(&inner, index)
                    }
                    Payload::Dict(d) => match self.dict_del(d, index)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(index.clone())),
                    },
                    _ => Err(self.type_error(format!("'{}' object does not support item deletion", inst.class.name))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object does not support item deletion", self.type_name(container)))),
        }
    }

    /// Finds `key` in a table and runs `op` on the locked table with its
    /// entry index (None when absent), all under one hold of the lock, so
    /// that the lookup and what `op` changes are one step for other threads.
    ///
    /// Keys whose equality is Python code cannot be compared under the lock
    /// (the code may take the same lock, or block): the lock is let go for
    /// those comparisons and, if the table changed meanwhile (its stamp
    /// moved), the lookup starts again, as CPython restarts a dict probe
    /// when a key's `__eq__` mutated the dict.
    pub fn with_key<G, R>(&mut self, lock: &dyn Fn() -> G, hash: u64, key: &Value, op: impl FnOnce(&mut G, Option<usize>) -> R) -> PyResult<R>
    where
        G: std::ops::Deref<Target = Table>,
    {
        self.with_key_held(lock, hash, key, |t, found, _| op(t, found))
    }

    /// `with_key` for an operation that may store the key: `op` gets it
    /// back by value, so inserting takes no extra reference count.
    pub fn with_owned_key<G, R>(&mut self, lock: &dyn Fn() -> G, hash: u64, key: Value, op: impl FnOnce(&mut G, Option<usize>, Value) -> R) -> PyResult<R>
    where
        G: std::ops::Deref<Target = Table>,
    {
        self.with_key_held(lock, hash, key, op)
    }

    fn with_key_held<G, R, K: std::borrow::Borrow<Value>>(&mut self, lock: &dyn Fn() -> G, hash: u64, key: K, op: impl FnOnce(&mut G, Option<usize>, K) -> R) -> PyResult<R>
    where
        G: std::ops::Deref<Target = Table>,
    {
        // An `__eq__` that changes the table every time it runs would make
        // the lookup start again for ever; after this many tries the last
        // answer is taken if its entry still holds the key it compared.
        const MAX_RESTARTS: usize = 64;
        let mut restarts = 0;
        loop {
            let (stamp, candidates) = {
                let mut t = lock();
                match t.probe(hash, key.borrow()) {
                    Probe::Found(ix) => return Ok(op(&mut t, Some(ix), key)),
                    Probe::Missing => return Ok(op(&mut t, None, key)),
                    Probe::NeedsVm => (t.stamp(), t.candidates(hash, key.borrow())),
                }
            };
            let mut found = None;
            for (ix, k) in candidates {
                if self.eq(&k, key.borrow())? {
                    found = Some((ix, k));
                    break;
                }
            }
            let mut t = lock();
            if t.stamp() == stamp {
                return Ok(op(&mut t, found.map(|(ix, _)| ix), key));
            }
            restarts += 1;
            if restarts >= MAX_RESTARTS {
                if let Some((ix, k)) = &found {
                    if t.entry(*ix).map_or(false, |e| e.key.is(k)) {
                        return Ok(op(&mut t, Some(*ix), key));
                    }
                }
            }
        }
    }

    pub fn key_hash(&mut self, key: &Value) -> PyResult<u64> {
        Ok(match key {
            Value::Str(s) => s.hash(),
            _ => self.hash(key)? as u64,
        })
    }

    /// `d.get(key)` for a dict (a subclass's `__missing__` is not consulted).
    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        self.dict_get_raw(d, key)
    }

    pub fn dict_get_raw(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            let t = d.lock();
            if let Some(ix) = t.find_str(s) {
                return Ok(Some(t.value_at(ix).clone()));
            }
        }
        let hash = self.key_hash(key)?;
        self.with_key(&|| d.lock(), hash, key, |t, found| found.map(|ix| t.value_at(ix).clone()))
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        self.dict_set_raw(d, key, value)
    }

    /// `d[key] = value`; the value it replaces is dropped after the lock is let go.
    pub fn dict_set_raw(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.key_hash(&key)?;
        let _old = self.with_owned_key(&|| d.lock(), hash, key, |t, found, key| match found {
            Some(ix) => Some(std::mem::replace(t.value_mut(ix), value)),
            None => {
                t.insert_new(hash, key, value);
                None
            }
        })?;
        Ok(())
    }

    /// `d.setdefault(key, default)`: the value at `key`, after storing `default` there if it was absent.
    pub fn dict_setdefault(&mut self, d: &PyDict, key: Value, default: Value) -> PyResult<Value> {
        let hash = self.key_hash(&key)?;
        self.with_owned_key(&|| d.lock(), hash, key, |t, found, key| match found {
            Some(ix) => t.value_at(ix).clone(),
            None => {
                t.insert_new(hash, key, default.clone());
                default
            }
        })
    }

    /// Stores every pair, in order, as `d.update` does. Keys that need no
    /// Python code to compare go in under one hold of the lock, so other
    /// threads see the update whole; a key with a Python `__eq__` on its
    /// probe path takes the slow path of `dict_set` on its own.
    pub fn dict_set_many(&mut self, d: &PyDict, pairs: Vec<(Value, Value)>) -> PyResult<()> {
        let mut hashed = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            hashed.push((self.key_hash(&k)?, k, v));
        }
        let mut rest = hashed.into_iter().peekable();
        let mut replaced = Vec::new();
        while rest.peek().is_some() {
            let slow = {
                let mut t = d.lock();
                let mut slow = None;
                for (hash, k, v) in rest.by_ref() {
                    match t.probe(hash, &k) {
                        Probe::Found(ix) => replaced.push(std::mem::replace(t.value_mut(ix), v)),
                        Probe::Missing => t.insert_new(hash, k, v),
                        Probe::NeedsVm => {
                            slow = Some((k, v));
                            break;
                        }
                    }
                }
                slow
            };
            if let Some((k, v)) = slow {
                self.dict_set(d, k, v)?;
            }
        }
        drop(replaced);
        Ok(())
    }

    /// Adds every key, in order, as `s.update` does (see `dict_set_many`).
    pub fn set_add_many(&mut self, s: &PySet, keys: Vec<Value>) -> PyResult<()> {
        let mut hashed = Vec::with_capacity(keys.len());
        for k in keys {
            hashed.push((self.key_hash(&k)?, k));
        }
        let mut rest = hashed.into_iter().peekable();
        while rest.peek().is_some() {
            let slow = {
                let mut t = s.lock();
                let mut slow = None;
                for (hash, k) in rest.by_ref() {
                    match t.probe(hash, &k) {
                        Probe::Found(_) => {}
                        Probe::Missing => t.insert_new(hash, k, Value::None),
                        Probe::NeedsVm => {
                            slow = Some(k);
                            break;
                        }
                    }
                }
                slow
            };
            if let Some(k) = slow {
                self.set_add(s, k)?;
            }
        }
        Ok(())
    }

    pub fn dict_del(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.key_hash(key)?;
        self.with_key(&|| d.lock(), hash, key, |t, found| found.map(|ix| t.remove_at(ix).value))
    }

    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let hash = self.key_hash(key)?;
        self.with_key(&|| s.lock(), hash, key, |_, found| found.is_some())
    }

    /// `s.add(key)`; true when the key was not there before.
    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<bool> {
        let hash = self.key_hash(&key)?;
        self.with_owned_key(&|| s.lock(), hash, key, |t, found, key| {
            if found.is_none() {
                t.insert_new(hash, key, Value::None);
            }
            found.is_none()
        })
    }

    /// `s.discard(key)`; true when the key was there.
    pub fn set_discard(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let hash = self.key_hash(key)?;
        let removed = self.with_key(&|| s.lock(), hash, key, |t, found| found.map(|ix| t.remove_at(ix)))?;
        Ok(removed.is_some())
    }

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let s = Arc::new(PySet::new(Table::with_capacity(items.len()), frozen));
        self.set_add_many(&s, items)?;
        Ok(Value::Set(s))
    }

    pub fn new_dict_from_pairs(&mut self, flat: Vec<Value>) -> PyResult<Value> {
        let d = Arc::new(PyDict::from_table(Table::with_capacity(flat.len() / 2)));
        let mut it = flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        Ok(Value::Dict(d))
    }

    /// `SetAdd` for set displays and comprehensions.
    pub fn container_add(&mut self, target: &Value, item: Value) -> PyResult<()> {
        match target {
            Value::Set(s) => self.set_add(s, item).map(|_| ()),
            Value::List(l) => {
                l.push(item);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub fn container_extend(&mut self, target: &Value, items: Vec<Value>) -> PyResult<()> {
        for i in items {
            self.container_add(target, i)?;
        }
        Ok(())
    }

    /// The (key, value) pairs of a mapping: a dict, a dict subclass, or anything with `keys()`.
    pub fn mapping_items(&mut self, src: &Value) -> PyResult<Vec<(Value, Value)>> {
        match src {
            Value::Dict(d) => Ok(d.items()),
            Value::Instance(inst) if matches!(inst.payload, Payload::Dict(_)) && self.user_dunder(src, "keys").is_none() => {
                let Payload::Dict(d) = &inst.payload else { unreachable!() };
                Ok(d.items())
            }
            _ => {
                let keys_fn = self
                    .get_attr_opt(src, &Arc::new(PyStr::new("keys")))?
                    .ok_or_else(|| self.type_error(format!("'{}' object is not a mapping", self.type_name(src))))?;
                let keys = self.call(keys_fn, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    /// `f(**src)`: as a merging `dict_update_from`, with CPython's errors naming
    /// the callee (`__main__.f() got multiple values for keyword argument 'a'`).
    #[cold]
    pub fn dict_merge_for_call(&mut self, callee: &Value, target: &Value, src: &Value) -> PyResult<()> {
        let Err(e) = self.dict_update_from(target, src, true) else { return Ok(()) };
        if !e.is(&self.types().exceptions.type_error) {
            return Err(e);
        }
        let message = self.to_str(&e.value)?;
        let qualname = match self.get_attr_opt(callee, &Arc::new(PyStr::new("__qualname__")))? {
            Some(Value::Str(q)) => q.as_str().to_owned(),
            _ => return Err(e),
        };
        let module = match self.get_attr_opt(callee, &Arc::new(PyStr::new("__module__")))? {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        Err(self.type_error(format!("{module}{qualname}() {message}")))
    }

    /// `{**src}` and `f(**src)` (with `merge`, a repeated key is an error).
    pub fn dict_update_from(&mut self, target: &Value, src: &Value, merge: bool) -> PyResult<()> {
        let Value::Dict(d) = target else { return Ok(()) };
        let items = self.mapping_items(src).map_err(|e| {
            if merge && e.is(&self.types().exceptions.type_error) {
                self.type_error(format!("argument after ** must be a mapping, not {}", self.type_name(src)))
            } else {
                e
            }
        })?;
        if !merge {
            return self.dict_set_many(d, items);
        }
        for (k, v) in items {
            if self.dict_get(d, &k)?.is_some() {
                let name = self.to_str(&k)?;
                return Err(self.type_error(format!("got multiple values for keyword argument '{name}'")));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets, built the way CPython builds
/// them (copy-then-update, or iterate-and-add), so results print in the
/// same order. Keys are copied out before the loops: a guard in a `for`
/// header lives through the loop, and `s |= s` would then take its own lock
/// twice.
pub fn set_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinKind, inplace: bool) -> PyResult<Value> {
    let (Value::Set(x), Value::Set(y)) = (a, b) else { return Err(vm.unsupported(a, b, op, inplace)) };
    let copy = |s: &PySet| Arc::new(PySet::new(s.lock().clone(), x.frozen));
    let result: Arc<PySet> = match op {
        BinKind::Or => {
            let r = if inplace && !x.frozen { x.clone() } else { copy(x) };
            let keys = y.lock().keys();
            for k in keys {
                vm.set_add(&r, k)?;
            }
            r
        }
        BinKind::And => {
            let (big, small) = if y.len() > x.len() { (y, x) } else { (x, y) };
            let r = Arc::new(PySet::new(Table::new_set(), x.frozen));
            let keys = small.lock().keys();
            for k in keys {
                if vm.set_contains(big, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            if inplace && !x.frozen {
                let body = r.lock().take();
                let old = x.lock().replace(body);
                drop(old);
                return Ok(a.clone());
            }
            r
        }
        BinKind::Sub => {
            if inplace && !x.frozen {
                let keys = y.lock().keys();
                for k in keys {
                    vm.set_discard(x, &k)?;
                }
                return Ok(a.clone());
            }
            if (x.len() >> 2) > y.len() {
                let r = copy(x);
                let keys = y.lock().keys();
                for k in keys {
                    vm.set_discard(&r, &k)?;
                }
                r
            } else {
                let r = Arc::new(PySet::new(Table::new_set(), x.frozen));
                let keys = x.lock().keys();
                for k in keys {
                    if !vm.set_contains(y, &k)? {
                        vm.set_add(&r, k)?;
                    }
                }
                r
            }
        }
        _ => {
            let r = if inplace && !x.frozen { x.clone() } else { copy(x) };
            let keys = y.lock().keys();
            for k in keys {
                if !vm.set_discard(&r, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
    };
    Ok(Value::Set(result))
}
