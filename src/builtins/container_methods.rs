//! Methods of `list`, `tuple`, `dict`, `set` and `frozenset`.
//!
//! Every method also accepts an instance of a subclass as `self` (its
//! built-in state is the instance's payload), so `class Stack(list)` works.
//! No container lock is held while Python code runs: items are copied out
//! first and written back after.

use crate::objects::Arc;

use super::containers::DictView;
use super::{add_method, check_args};
use crate::compile::bytecode::{BinKind, CmpKind};
use crate::objects::list::find_simple;
use crate::objects::table::simple_eq;
use crate::objects::{Class, KwArgs, NativeFn, Payload, PyDict, PyList, PySet, Table, Value};
use crate::vm::iter::VecIterKind;
use crate::vm::{Interpreter, PyErr, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let methods: [(&Arc<Class>, &[(&'static str, NativeFn)]); 5] = [
        (&t.list, &[
            ("append", list_append), ("extend", list_extend), ("insert", list_insert), ("pop", list_pop),
            ("remove", list_remove), ("index", list_index), ("count", list_count), ("sort", list_sort),
            ("reverse", list_reverse), ("copy", list_copy), ("clear", list_clear),
            ("__len__", container_len), ("__getitem__", list_getitem), ("__setitem__", list_setitem),
            ("__delitem__", list_delitem), ("__contains__", container_contains), ("__iter__", container_iter),
            ("__eq__", container_eq), ("__add__", container_add), ("__iadd__", list_iadd), ("__repr__", container_repr),
        ]),
        (&t.tuple, &[("index", tuple_index), ("count", tuple_count)]),
        (&t.dict, &[
            ("get", dict_get), ("keys", dict_keys), ("values", dict_values), ("items", dict_items),
            ("update", dict_update), ("setdefault", dict_setdefault), ("pop", dict_pop), ("popitem", dict_popitem),
            ("copy", dict_copy), ("clear", dict_clear),
            ("__getitem__", dict_getitem), ("__setitem__", dict_setitem), ("__delitem__", dict_delitem),
            ("__contains__", container_contains), ("__len__", container_len), ("__iter__", container_iter),
            ("__eq__", container_eq), ("__repr__", container_repr),
        ]),
        (&t.set, &[
            ("add", set_add), ("discard", set_discard), ("remove", set_remove), ("pop", set_pop),
            ("clear", set_clear), ("copy", set_copy), ("union", set_union), ("intersection", set_intersection),
            ("difference", set_difference), ("symmetric_difference", set_symmetric_difference),
            ("update", set_update), ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            ("symmetric_difference_update", set_symmetric_difference_update),
            ("issubset", set_issubset), ("issuperset", set_issuperset), ("isdisjoint", set_isdisjoint),
            ("__len__", container_len), ("__contains__", container_contains), ("__iter__", container_iter),
            ("__eq__", container_eq), ("__repr__", container_repr),
        ]),
        (&t.frozenset, &[
            ("copy", set_copy), ("union", set_union), ("intersection", set_intersection),
            ("difference", set_difference), ("symmetric_difference", set_symmetric_difference),
            ("issubset", set_issubset), ("issuperset", set_issuperset), ("isdisjoint", set_isdisjoint),
            ("__len__", container_len), ("__contains__", container_contains), ("__iter__", container_iter),
            ("__eq__", container_eq), ("__repr__", container_repr),
        ]),
    ];
    for (cls, list) in methods {
        for &(name, func) in list {
            add_method(cls, name, func);
        }
    }
    super::add_class_method(&t.dict, "fromkeys", dict_fromkeys);
    for view in [&t.dict_keys, &t.dict_items, &t.dict_values] {
        add_method(view, "isdisjoint", view_isdisjoint);
        add_method(view, "__len__", container_len);
        add_method(view, "__iter__", container_iter);
        add_method(view, "__contains__", container_contains);
    }
}

// ---- argument helpers ----

fn self_arg<'a>(vm: &Vm, args: &'a [Value], qual: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| vm.type_error(format!("unbound method {qual}() needs an argument")))
}

fn wrong_self(vm: &Vm, qual: &str, v: &Value) -> PyErr {
    let (ty, method) = qual.split_once('.').unwrap_or((qual, qual));
    vm.type_error(format!("descriptor '{method}' for '{ty}' objects doesn't apply to a '{}' object", vm.type_name(v)))
}

/// The arguments after `self`, checked the way CPython's method wrappers do.
fn params<'a>(vm: &Vm, args: &'a [Value], kw: KwArgs, qual: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    let rest = &args[1..];
    if rest.len() >= min && rest.len() <= max {
        return Ok(rest);
    }
    // Only an error needs the short name: keep the hot path free of string work.
    let short = qual.rsplit('.').next().unwrap_or(qual);
    check_args(vm, if min == max && min <= 1 { qual } else { short }, rest, min, max)?;
    Ok(rest)
}

fn list_self<'a>(vm: &Vm, args: &'a [Value], qual: &str) -> PyResult<&'a PyList> {
    match self_arg(vm, args, qual)? {
        Value::List(l) => Ok(l),
        Value::Instance(i) if matches!(i.payload, Payload::List(_)) => match &i.payload {
            Payload::List(l) => Ok(l),
            _ => unreachable!(),
        },
        other => Err(wrong_self(vm, qual, other)),
    }
}

fn tuple_self<'a>(vm: &Vm, args: &'a [Value], qual: &str) -> PyResult<&'a [Value]> {
    let v = self_arg(vm, args, qual)?;
    match crate::vm::ops_builtin_value(v) {
        Value::Tuple(t) => Ok(t.as_slice()),
        _ => Err(wrong_self(vm, qual, v)),
    }
}

fn dict_self<'a>(vm: &Vm, args: &'a [Value], qual: &str) -> PyResult<&'a PyDict> {
    match self_arg(vm, args, qual)? {
        Value::Dict(d) => Ok(d),
        Value::Instance(i) if matches!(i.payload, Payload::Dict(_)) => match &i.payload {
            Payload::Dict(d) => Ok(d),
            _ => unreachable!(),
        },
        other => Err(wrong_self(vm, qual, other)),
    }
}

/// A set or frozenset; with `mutable`, frozensets are refused.
fn set_self<'a>(vm: &Vm, args: &'a [Value], qual: &str, mutable: bool) -> PyResult<&'a PySet> {
    let v = self_arg(vm, args, qual)?;
    let s = match v {
        Value::Set(s) => &**s,
        Value::Instance(i) if matches!(i.payload, Payload::Set(_)) => match &i.payload {
            Payload::Set(s) => s,
            _ => unreachable!(),
        },
        other => return Err(wrong_self(vm, qual, other)),
    };
    if mutable && s.frozen {
        return Err(wrong_self(vm, qual, v));
    }
    Ok(s)
}

/// A built-in container as a plain value: subclass instances are copied out.
fn plain(v: &Value) -> Value {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::List(l) => Value::list(l.snapshot()),
            Payload::Dict(d) => Value::Dict(Arc::new(PyDict::from_table(d.lock().clone()))),
            Payload::Set(s) => Value::Set(Arc::new(PySet::new(s.lock().clone(), s.frozen))),
            Payload::Immutable(inner) => inner.clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// `start`/`end` of `index()`, clamped as slice bounds.
fn search_bounds(vm: &mut Vm, extra: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let mut bound = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        let Some(v) = v else { return Ok(default) };
        let i = vm.index_value(v).map_err(|_| vm.type_error("slice indices must be integers or have an __index__ method"))?;
        let i = if i < 0 { (i + len as i64).max(0) } else { i };
        Ok((i as usize).min(len))
    };
    Ok((bound(extra.first(), 0)?, bound(extra.get(1), len)?))
}

// ---- dunders shared by the containers (for explicit calls such as `list.__len__(x)`) ----

fn container_len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain(self_arg(vm, args, "__len__")?);
    params(vm, args, kw, "__len__", 0, 0)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn container_contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain(self_arg(vm, args, "__contains__")?);
    let a = params(vm, args, kw, "__contains__", 1, 1)?;
    Ok(Value::Bool(vm.contains(&v, &a[0])?))
}

fn container_iter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args, "__iter__")?.clone();
    params(vm, args, kw, "__iter__", 0, 0)?;
    match &v {
        // A list subclass iterates its payload live; others iterate a copy.
        Value::Instance(i) if matches!(i.payload, Payload::List(_)) && vm.user_dunder(&v, "__iter__").is_none() => vm.iter(&v),
        _ => vm.iter(&plain(&v)),
    }
}

fn container_eq(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain(self_arg(vm, args, "__eq__")?);
    let a = params(vm, args, kw, "__eq__", 1, 1)?;
    let other = plain(&a[0]);
    if std::mem::discriminant(&v) != std::mem::discriminant(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&v, &other, CmpKind::Eq)
}

fn container_add(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain(self_arg(vm, args, "__add__")?);
    let a = params(vm, args, kw, "__add__", 1, 1)?;
    vm.binary_op(&v, &plain(&a[0]), BinKind::Add, false)
}

fn container_repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = plain(self_arg(vm, args, "__repr__")?);
    params(vm, args, kw, "__repr__", 0, 0)?;
    Ok(Value::string(vm.repr(&v)?))
}

// ---- list ----

fn list_append(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.append")?;
    let a = params(vm, args, kw, "list.append", 1, 1)?;
    l.push(a[0].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.extend")?;
    let a = params(vm, args, kw, "list.extend", 1, 1)?;
    let items = vm.collect(&a[0])?;
    l.lock().extend(items);
    Ok(Value::None)
}

fn list_iadd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    list_extend(vm, args, kw)?;
    Ok(args[0].clone())
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.insert")?;
    let a = params(vm, args, kw, "list.insert", 2, 2)?;
    let i = vm.index_value(&a[0])?;
    let mut items = l.lock();
    let len = items.len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(pos as usize, a[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.pop")?;
    let a = params(vm, args, kw, "list.pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut items = l.lock();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    match super::containers::norm_index(i, items.len()) {
        Some(i) if i + 1 == items.len() => Ok(items.pop().expect("non-empty")),
        Some(i) => Ok(items.remove(i)),
        None => {
            drop(items);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

/// The position of the first item equal to `x` in `items[start..end]`.
fn find(vm: &mut Vm, items: &[Value], x: &Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(end).skip(start) {
        if vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.remove")?;
    let a = params(vm, args, kw, "list.remove", 1, 1)?;
    {
        let mut live = l.lock();
        let len = live.len();
        match find_simple(&live, &a[0], 0, len) {
            Some(Some(i)) => {
                let old = live.remove(i);
                drop(live);
                drop(old);
                return Ok(Value::None);
            }
            Some(None) => {
                drop(live);
                return Err(vm.value_error("list.remove(x): x not in list"));
            }
            None => {}
        }
    }
    let items = l.snapshot();
    match find(vm, &items, &a[0], 0, items.len())? {
        Some(i) => {
            let mut live = l.lock();
            // Remove the very item found, even if Python code changed the list meanwhile.
            let pos = if live.get(i).map_or(false, |v| v.is(&items[i])) { Some(i) } else { live.iter().position(|v| v.is(&items[i])) };
            if let Some(pos) = pos {
                live.remove(pos);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.index")?;
    let a = params(vm, args, kw, "list.index", 1, 3)?;
    let len = l.len();
    let (start, end) = search_bounds(vm, &a[1..], len)?;
    let found = {
        let items = l.lock();
        find_simple(&items, &a[0], start, end.min(items.len()))
    };
    let found = match found {
        Some(found) => found,
        None => {
            let items = l.snapshot();
            find(vm, &items, &a[0], start, end)?
        }
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[0])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count_in(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for item in items {
        if vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// How many items equal `x`, without Python code; None when some need it.
fn count_simple(items: &[Value], x: &Value) -> Option<i64> {
    let mut n = 0;
    for item in items {
        n += simple_eq(item, x)? as i64;
    }
    Some(n)
}

fn list_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.count")?;
    let a = params(vm, args, kw, "list.count", 1, 1)?;
    if let Some(n) = count_simple(&l.lock(), &a[0]) {
        return Ok(Value::Int(n));
    }
    let items = l.snapshot();
    count_in(vm, &items, &a[0])
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.reverse")?;
    params(vm, args, kw, "list.reverse", 0, 0)?;
    l.lock().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.copy")?;
    params(vm, args, kw, "list.copy", 0, 0)?;
    Ok(Value::list(l.snapshot()))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.clear")?;
    params(vm, args, kw, "list.clear", 0, 0)?;
    // Drop the old items after releasing the lock: their destructors may run Python code.
    let old = std::mem::take(&mut *l.lock());
    drop(old);
    Ok(Value::None)
}

fn list_getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.__getitem__")?;
    let a = params(vm, args, kw, "list.__getitem__", 1, 1)?;
    if let Value::Int(i) = &a[0] {
        let items = l.lock();
        return match super::containers::norm_index(*i, items.len()) {
            Some(i) => Ok(items[i].clone()),
            None => {
                drop(items);
                Err(vm.index_error("list index out of range"))
            }
        };
    }
    vm.get_item(&Value::list(l.snapshot()), &a[0])
}

/// Runs `op` on a plain list holding `l`'s items, then writes them back.
fn with_plain_list(vm: &mut Vm, l: &PyList, op: impl FnOnce(&mut Vm, &Value) -> PyResult<()>) -> PyResult<Value> {
    let tmp = Arc::new(PyList::new(l.snapshot()));
    op(vm, &Value::List(tmp.clone()))?;
    *l.lock() = tmp.snapshot();
    Ok(Value::None)
}

fn list_setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.__setitem__")?;
    let a = params(vm, args, kw, "list.__setitem__", 2, 2)?;
    if let Value::List(l) = &args[0] {
        vm.set_item(&Value::List(l.clone()), a[0].clone(), a[1].clone())?;
        return Ok(Value::None);
    }
    with_plain_list(vm, l, |vm, tmp| vm.set_item(tmp, a[0].clone(), a[1].clone()))
}

fn list_delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.__delitem__")?;
    let a = params(vm, args, kw, "list.__delitem__", 1, 1)?;
    with_plain_list(vm, l, |vm, tmp| vm.del_item(tmp, &a[0]))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "list.sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = super::iterators::sort_options(vm, kw)?;
    if key.is_none() && super::iterators::sort_in_place_natively(&mut l.lock(), reverse) {
        return Ok(Value::None);
    }
    // Python code compares: as in CPython, the list is empty while it
    // sorts, and a change made meanwhile (by the key function or another
    // thread) is an error.
    let items = std::mem::take(&mut *l.lock());
    let (restored, result) = match super::iterators::sort_values(vm, items.clone(), key, reverse) {
        Ok(sorted) => (sorted, Ok(())),
        Err(e) => (items, Err(e)),
    };
    let meanwhile = std::mem::replace(&mut *l.lock(), restored);
    let modified = !meanwhile.is_empty();
    drop(meanwhile);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

// ---- tuple ----

fn tuple_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let items = tuple_self(vm, args, "tuple.index")?;
    let a = params(vm, args, kw, "tuple.index", 1, 3)?;
    let (start, end) = search_bounds(vm, &a[1..], items.len())?;
    match find(vm, items, &a[0], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let items = tuple_self(vm, args, "tuple.count")?;
    let a = params(vm, args, kw, "tuple.count", 1, 1)?;
    count_in(vm, items, &a[0])
}

// ---- dict ----

fn dict_get(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.get")?;
    let a = params(vm, args, kw, "dict.get", 1, 2)?;
    Ok(vm.dict_get(d, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: &[Value], kw: KwArgs, qual: &str, kind: VecIterKind) -> PyResult<Value> {
    let d = dict_self(vm, args, qual)?;
    params(vm, args, kw, qual, 0, 0)?;
    let dict = match &args[0] {
        Value::Dict(d) => d.clone(),
        // A subclass's payload cannot be shared: its view is a snapshot.
        _ => Arc::new(PyDict::from_table(d.lock().clone())),
    };
    Ok(Value::native(DictView { dict, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "dict.keys", VecIterKind::DictKeys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "dict.values", VecIterKind::DictValues)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "dict.items", VecIterKind::DictItems)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.update")?;
    check_args(vm, "update", &args[1..], 0, 1)?;
    vm.fill_dict(d, &args[1..], kw)?;
    Ok(Value::None)
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.setdefault")?;
    let a = params(vm, args, kw, "dict.setdefault", 1, 2)?;
    let default = a.get(1).cloned().unwrap_or(Value::None);
    vm.dict_setdefault(d, a[0].clone(), default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.pop")?;
    let a = params(vm, args, kw, "dict.pop", 1, 2)?;
    match (vm.dict_del(d, &a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(a[0].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.popitem")?;
    params(vm, args, kw, "dict.popitem", 0, 0)?;
    let removed = {
        let mut t = d.lock();
        let last = (0..t.entry_count()).rev().find(|&i| t.entry(i).is_some());
        last.map(|ix| t.remove_at(ix))
    };
    match removed {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.copy")?;
    params(vm, args, kw, "dict.copy", 0, 0)?;
    Ok(Value::Dict(Arc::new(PyDict::from_table(d.lock().clone()))))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.clear")?;
    params(vm, args, kw, "dict.clear", 0, 0)?;
    let old = d.lock().take();
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; `args[0]` is the class.
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = params(vm, args, kw, "dict.fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect(&a[0])?;
    match &args[0] {
        Value::Class(c) if !c.builtin => {
            let target = vm.call(args[0].clone(), &[])?;
            for k in keys {
                vm.set_item(&target, k, value.clone())?;
            }
            Ok(target)
        }
        _ => {
            let d = Arc::new(PyDict::from_table(Table::with_capacity(keys.len())));
            for k in keys {
                vm.dict_set(&d, k, value.clone())?;
            }
            Ok(Value::Dict(d))
        }
    }
}

fn dict_getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.__getitem__")?;
    let a = params(vm, args, kw, "dict.__getitem__", 1, 1)?;
    if let Some(v) = vm.dict_get(d, &a[0])? {
        return Ok(v);
    }
    if let Some(m) = vm.user_dunder(&args[0], "__missing__") {
        return vm.call_dunder(m, &args[0], &[a[0].clone()]);
    }
    Err(vm.key_error(a[0].clone()))
}

fn dict_setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.__setitem__")?;
    let a = params(vm, args, kw, "dict.__setitem__", 2, 2)?;
    vm.dict_set(d, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "dict.__delitem__")?;
    let a = params(vm, args, kw, "dict.__delitem__", 1, 1)?;
    match vm.dict_del(d, &a[0])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a[0].clone())),
    }
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = self_arg(vm, args, "isdisjoint")?.clone();
    let a = params(vm, args, kw, "isdisjoint", 1, 1)?;
    let other = vm.collect(&a[0])?;
    for x in other {
        if vm.contains(&v, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ---- set and frozenset ----

/// A fresh set (or frozenset) of `items`.
fn new_set(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    vm.new_set(items, frozen)
}

/// `other` as a set to test membership in: sets are used as they are.
fn as_set(vm: &mut Vm, other: &Value) -> PyResult<Arc<PySet>> {
    match other {
        Value::Set(s) => Ok(s.clone()),
        Value::Instance(i) if matches!(i.payload, Payload::Set(_)) => match &i.payload {
            Payload::Set(s) => Ok(Arc::new(PySet::new(s.lock().clone(), s.frozen))),
            _ => unreachable!(),
        },
        _ => {
            let items = vm.collect(other)?;
            match vm.new_set(items, true)? {
                Value::Set(s) => Ok(s),
                _ => unreachable!(),
            }
        }
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.add", true)?;
    let a = params(vm, args, kw, "set.add", 1, 1)?;
    vm.set_add(s, a[0].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.discard", true)?;
    let a = params(vm, args, kw, "set.discard", 1, 1)?;
    vm.set_discard(s, &a[0])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.remove", true)?;
    let a = params(vm, args, kw, "set.remove", 1, 1)?;
    if !vm.set_discard(s, &a[0])? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.pop", true)?;
    params(vm, args, kw, "set.pop", 0, 0)?;
    let removed = s.lock().pop_first();
    match removed {
        Some(e) => Ok(e.key),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.clear", true)?;
    params(vm, args, kw, "set.clear", 0, 0)?;
    let old = s.lock().take();
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.copy", false)?;
    params(vm, args, kw, "set.copy", 0, 0)?;
    if let Value::Set(x) = &args[0] {
        if x.frozen {
            return Ok(args[0].clone());
        }
    }
    Ok(Value::Set(Arc::new(PySet::new(s.lock().clone(), s.frozen))))
}

fn set_union(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.union", false)?;
    let others = params(vm, args, kw, "set.union", 0, usize::MAX)?;
    let mut items = s.lock().keys();
    for o in others {
        items.extend(vm.collect(o)?);
    }
    new_set(vm, items, s.frozen)
}

/// The items of `s` that are (`keep_common`) or are not in every/any other.
fn filtered(vm: &mut Vm, s: &PySet, others: &[Value], keep_common: bool) -> PyResult<Vec<Value>> {
    let mut items = s.lock().keys();
    for o in others {
        let o = as_set(vm, o)?;
        let mut kept = Vec::with_capacity(items.len());
        for x in items {
            if vm.set_contains(&o, &x)? == keep_common {
                kept.push(x);
            }
        }
        items = kept;
    }
    Ok(items)
}

fn symmetric(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<Vec<Value>> {
    let o = as_set(vm, other)?;
    let mut out = Vec::new();
    // Copy the keys out first: a guard in the `for` header would live through the loop.
    let mine = s.lock().keys();
    for x in mine {
        if !vm.set_contains(&o, &x)? {
            out.push(x);
        }
    }
    let theirs = o.lock().keys();
    for x in theirs {
        if !vm.set_contains(s, &x)? {
            out.push(x);
        }
    }
    Ok(out)
}

fn set_intersection(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.intersection", false)?;
    let others = params(vm, args, kw, "set.intersection", 0, usize::MAX)?;
    let items = filtered(vm, s, others, true)?;
    new_set(vm, items, s.frozen)
}

fn set_difference(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.difference", false)?;
    let others = params(vm, args, kw, "set.difference", 0, usize::MAX)?;
    let items = filtered(vm, s, others, false)?;
    new_set(vm, items, s.frozen)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.symmetric_difference", false)?;
    let a = params(vm, args, kw, "set.symmetric_difference", 1, 1)?;
    let items = symmetric(vm, s, &a[0])?;
    new_set(vm, items, s.frozen)
}

/// Replaces the contents of `s` with `items`, in one step for other threads.
fn refill(vm: &mut Vm, s: &PySet, items: Vec<Value>) -> PyResult<Value> {
    let fresh = PySet::new(Table::new_set(), false);
    vm.set_add_many(&fresh, items)?;
    let body = fresh.lock().take();
    let old = s.lock().replace(body);
    drop(old);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.update", true)?;
    let others = params(vm, args, kw, "set.update", 0, usize::MAX)?;
    for o in others {
        let items = vm.collect(o)?;
        vm.set_add_many(s, items)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.intersection_update", true)?;
    let others = params(vm, args, kw, "set.intersection_update", 0, usize::MAX)?;
    let items = filtered(vm, s, others, true)?;
    refill(vm, s, items)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.difference_update", true)?;
    let others = params(vm, args, kw, "set.difference_update", 0, usize::MAX)?;
    // In place, as CPython does, so the table keeps its size and order.
    for o in others {
        for x in vm.collect(o)? {
            vm.set_discard(s, &x)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.symmetric_difference_update", true)?;
    let a = params(vm, args, kw, "set.symmetric_difference_update", 1, 1)?;
    // Discard what is there, add what is not: in place, in the other's order.
    let mut seen = Vec::new();
    for x in vm.collect(&a[0])? {
        let mut dup = false;
        for y in &seen {
            if vm.eq(y, &x)? {
                dup = true;
                break;
            }
        }
        if dup {
            continue;
        }
        seen.push(x.clone());
        if !vm.set_discard(s, &x)? {
            vm.set_add(s, x)?;
        }
    }
    Ok(Value::None)
}

/// Whether every item of `items` is in `container`.
fn all_in(vm: &mut Vm, items: Vec<Value>, container: &PySet) -> PyResult<bool> {
    for x in items {
        if !vm.set_contains(container, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.issubset", false)?;
    let a = params(vm, args, kw, "set.issubset", 1, 1)?;
    let other = as_set(vm, &a[0])?;
    let items = s.lock().keys();
    Ok(Value::Bool(all_in(vm, items, &other)?))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.issuperset", false)?;
    let a = params(vm, args, kw, "set.issuperset", 1, 1)?;
    let items = vm.collect(&a[0])?;
    Ok(Value::Bool(all_in(vm, items, s)?))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "set.isdisjoint", false)?;
    let a = params(vm, args, kw, "set.isdisjoint", 1, 1)?;
    for x in vm.collect(&a[0])? {
        if vm.set_contains(s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
