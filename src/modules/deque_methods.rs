//! The methods of `collections.deque` (the type and its data live in
//! `_collections.rs`). Each takes the deque's lock once for what it
//! changes; Python code (an item's `__eq__`, an iterable) runs outside it.

use super::_collections::{as_deque, collect_for, deque_repr, mutated, native_of, same_kind, this, Deque, DequeIter};
use crate::compile::bytecode::CmpKind;
use crate::objects::{KwArgs, NativeFn, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The methods of `collections.deque` (besides `__new__` and `__init__`).
pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("rotate", rotate),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__iadd__", iadd),
    ("__imul__", imul),
];

// ---- argument helpers ----

/// The arguments after `self`, counted as CPython's deque methods count them.
fn params<'a>(vm: &Vm, args: &'a [Value], kw: KwArgs, method: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("deque.{method}() takes no keyword arguments")));
    }
    let rest = &args[1..];
    let n = rest.len();
    if n >= min && n <= max {
        return Ok(rest);
    }
    Err(vm.type_error(match (min, max) {
        (0, 0) => format!("deque.{method}() takes no arguments ({n} given)"),
        (1, 1) if method.starts_with("__") => format!("expected 1 argument, got {n}"),
        (1, 1) => format!("deque.{method}() takes exactly one argument ({n} given)"),
        (2, 2) => format!("{method}() takes exactly 2 arguments ({n} given)"),
        _ if n < min => format!("{method}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" }),
        (0, _) => format!("deque.{method} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }),
        _ => format!("{method}() takes at most {max} arguments ({n} given)"),
    }))
}

/// An int argument CPython reads as a C `Py_ssize_t` (`rotate`, `insert`).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::vm::ops_builtin_value(v) {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v),
    }
}

/// A slice-style bound of `index()`: clamped, never an overflow.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::Signed;
    match crate::vm::ops_builtin_value(v) {
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Value::Int(_) | Value::Bool(_) => vm.index_value(v),
        _ if vm.user_dunder(v, "__index__").is_some() => vm.index_value(v),
        _ => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The index of `d[i]` as an int (negative ones not yet counted from the
/// end), or CPython's errors for what is not one.
fn item_index(vm: &mut Vm, i: &Value) -> PyResult<i64> {
    let is_int = matches!(crate::vm::ops_builtin_value(i), Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || vm.user_dunder(i, "__index__").is_some();
    if !is_int {
        return Err(vm.type_error(format!("sequence index must be integer, not '{}'", vm.type_name(i))));
    }
    vm.index_value(i)
}

/// The position index `i` names in a deque of `n` items: resolved under
/// the same hold of the lock as the access, so `d[-1]` is the last item
/// even while other threads append.
fn position(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let i = if i < 0 { i + n } else { i };
    (0..n).contains(&i).then_some(i as usize)
}

// ---- the methods ----

fn append(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "append")?;
    let x = params(vm, args, kw, "append", 1, 1)?[0].clone();
    drop(d.push_one(x, false));
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "appendleft")?;
    let x = params(vm, args, kw, "appendleft", 1, 1)?[0].clone();
    drop(d.push_one(x, true));
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, args: &[Value], kw: KwArgs, left: bool) -> PyResult<Value> {
    let name = if left { "popleft" } else { "pop" };
    let d = this(vm, args, name)?;
    params(vm, args, kw, name, 0, 0)?;
    let mut st = d.lock();
    let v = if left { st.items.pop_front() } else { st.items.pop_back() };
    if v.is_some() {
        st.mutations += 1;
    }
    drop(st);
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    pop_end(vm, args, kw, false)
}

fn popleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    pop_end(vm, args, kw, true)
}

fn extend_end(vm: &mut Vm, args: &[Value], kw: KwArgs, left: bool) -> PyResult<Value> {
    let name = if left { "extendleft" } else { "extend" };
    let d = this(vm, args, name)?;
    let it = params(vm, args, kw, name, 1, 1)?[0].clone();
    let items = collect_for(vm, d, &it, left)?;
    drop(d.push_all(items, left));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    extend_end(vm, args, kw, false)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    extend_end(vm, args, kw, true)
}

fn rotate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "rotate")?;
    let rest = params(vm, args, kw, "rotate", 0, 1)?;
    let n = match rest.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut st = d.lock();
    st.mutations += 1;
    let len = st.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        st.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    params(vm, args, kw, "clear", 0, 0)?;
    let old = {
        let mut st = d.lock();
        st.mutations += 1;
        std::mem::take(&mut st.items)
    };
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    params(vm, args, kw, "copy", 0, 0)?;
    let items = d.snapshot();
    same_kind(vm, &args[0], d, items)
}

/// Python's `a == b` for a search: identity first, as CPython's
/// `PyObject_RichCompareBool`.
fn same(vm: &mut Vm, item: &Value, x: &Value) -> PyResult<bool> {
    if item.is(x) {
        return Ok(true);
    }
    vm.eq(item, x)
}

/// The positions in `start..stop` whose item equals `x`: the first one
/// only unless `all`. Decided under the lock when no item needs Python's
/// `__eq__`; otherwise compared outside it, and a change of the deque
/// meanwhile raises `mutated_error` (CPython's messages differ by method).
fn search(vm: &mut Vm, d: &Deque, x: &Value, start: i64, stop: i64, all: bool, mutated_error: fn(&Vm) -> PyErr) -> PyResult<(Vec<usize>, u64)> {
    let (items, mutations, start, stop) = {
        let st = d.lock();
        let n = st.items.len() as i64;
        let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let (start, stop) = (norm(start) as usize, norm(stop) as usize);
        let mut found = Vec::new();
        let mut simple = true;
        for (i, item) in st.items.iter().enumerate().take(stop).skip(start) {
            match crate::objects::table::simple_eq(item, x) {
                Some(true) => {
                    found.push(i);
                    if !all {
                        break;
                    }
                }
                Some(false) => {}
                None => {
                    simple = false;
                    break;
                }
            }
        }
        if simple {
            return Ok((found, st.mutations));
        }
        (st.items.iter().cloned().collect::<Vec<_>>(), st.mutations, start, stop)
    };
    let mut found = Vec::new();
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        let hit = same(vm, item, x)?;
        if d.mutations() != mutations {
            return Err(mutated_error(vm));
        }
        if hit {
            found.push(i);
            if !all {
                break;
            }
        }
    }
    Ok((found, mutations))
}

fn count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "count")?;
    let x = params(vm, args, kw, "count", 1, 1)?[0].clone();
    let (found, _) = search(vm, d, &x, 0, i64::MAX, true, mutated)?;
    Ok(Value::Int(found.len() as i64))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyErr {
    match vm.repr(x) {
        Ok(r) => vm.value_error(format!("{r} is not in deque")),
        Err(e) => e,
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "index")?;
    let rest = params(vm, args, kw, "index", 1, 3)?;
    let x = rest[0].clone();
    let start = match rest.get(1) {
        Some(v) => slice_bound(vm, v)?,
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => slice_bound(vm, v)?,
        None => i64::MAX,
    };
    let (found, _) = search(vm, d, &x, start, stop, false, mutated)?;
    match found.first() {
        Some(&i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, &x)),
    }
}

fn insert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "insert")?;
    let rest = params(vm, args, kw, "insert", 2, 2)?;
    let i = ssize_arg(vm, &rest[0])?;
    let x = rest[1].clone();
    let mut st = d.lock();
    if st.maxlen == Some(st.items.len()) {
        drop(st);
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let n = st.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    st.items.insert(at as usize, x);
    st.mutations += 1;
    Ok(Value::None)
}

fn index_mutated(vm: &Vm) -> PyErr {
    vm.index_error("deque mutated during iteration")
}

fn remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "remove")?;
    let x = params(vm, args, kw, "remove", 1, 1)?[0].clone();
    let (found, mutations) = search(vm, d, &x, 0, i64::MAX, false, index_mutated)?;
    let Some(&i) = found.first() else {
        return Err(not_in_deque(vm, &x));
    };
    let mut st = d.lock();
    if st.mutations != mutations {
        drop(st);
        return Err(index_mutated(vm));
    }
    let gone = st.items.remove(i);
    st.mutations += 1;
    drop(st);
    drop(gone);
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "reverse")?;
    params(vm, args, kw, "reverse", 0, 0)?;
    d.lock().items.make_contiguous().reverse();
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    params(vm, args, kw, "__len__", 0, 0)?;
    Ok(Value::Int(d.lock().items.len() as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    let i = params(vm, args, kw, "__getitem__", 1, 1)?[0].clone();
    let i = item_index(vm, &i)?;
    let got = {
        let st = d.lock();
        position(i, st.items.len()).map(|at| st.items[at].clone())
    };
    got.ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    let rest = params(vm, args, kw, "__setitem__", 2, 2)?;
    let i = item_index(vm, &rest[0])?;
    let mut st = d.lock();
    let n = st.items.len();
    match position(i, n).and_then(|at| st.items.get_mut(at)) {
        Some(slot) => {
            let old = std::mem::replace(slot, rest[1].clone());
            drop(st);
            drop(old);
            Ok(Value::None)
        }
        None => {
            drop(st);
            Err(vm.index_error("deque index out of range"))
        }
    }
}

fn delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    let i = params(vm, args, kw, "__delitem__", 1, 1)?[0].clone();
    let i = item_index(vm, &i)?;
    let mut st = d.lock();
    let n = st.items.len();
    let gone = position(i, n).and_then(|at| st.items.remove(at));
    if gone.is_some() {
        st.mutations += 1;
    }
    drop(st);
    match gone {
        Some(_) => Ok(Value::None),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    let x = params(vm, args, kw, "__contains__", 1, 1)?[0].clone();
    let (found, _) = search(vm, d, &x, 0, i64::MAX, false, mutated)?;
    Ok(Value::Bool(!found.is_empty()))
}

fn iter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    params(vm, args, kw, "__iter__", 0, 0)?;
    Ok(DequeIter::new(native_of(&args[0]).expect("deque").clone(), false))
}

fn reversed(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__reversed__")?;
    params(vm, args, kw, "__reversed__", 0, 0)?;
    Ok(DequeIter::new(native_of(&args[0]).expect("deque").clone(), true))
}

fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__repr__")?;
    params(vm, args, kw, "__repr__", 0, 0)?;
    Ok(Value::string(deque_repr(vm, d)?))
}

/// `d op other`: NotImplemented unless both are deques; otherwise their
/// items compared as lists compare.
fn compare(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, op: CmpKind) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    let other = params(vm, args, kw, name, 1, 1)?[0].clone();
    let Some(o) = as_deque(&other) else {
        return Ok(Value::NotImplemented);
    };
    let (xs, ys) = (d.snapshot(), o.snapshot());
    if matches!(op, CmpKind::Eq | CmpKind::Ne) && xs.len() != ys.len() {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    vm.compare(&Value::list(xs), &Value::list(ys), op)
}

fn eq(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__", CmpKind::Eq)
}
fn ne(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__", CmpKind::Ne)
}
fn lt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__", CmpKind::Lt)
}
fn le(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__le__", CmpKind::Le)
}
fn gt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__", CmpKind::Gt)
}
fn ge(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__", CmpKind::Ge)
}

fn add(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__add__")?;
    let other = params(vm, args, kw, "__add__", 1, 1)?[0].clone();
    let Some(o) = as_deque(&other) else {
        return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&other))));
    };
    let mut items = d.snapshot();
    items.extend(o.snapshot());
    // Through `same_kind`, so maxlen keeps only the last items.
    same_kind(vm, &args[0], d, items)
}

/// The repeat count of `d * n`, or CPython's errors: they name the type of
/// `n`, or `seq_type` when given and `n` is itself a sequence (`'a' * d`).
fn repeat_count(vm: &mut Vm, n: &Value, seq_type: Option<&str>) -> PyResult<i64> {
    match crate::vm::ops_builtin_value(n) {
        Value::Int(_) | Value::Bool(_) => vm.index_value(n),
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ if vm.user_dunder(n, "__index__").is_some() => vm.index_value(n),
        Value::Str(_) | Value::List(_) | Value::Tuple(_) if seq_type.is_some() => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            seq_type.unwrap_or_default()
        ))),
        _ => Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))),
    }
}

/// `items` repeated `n` times, keeping only the last `maxlen`.
fn repeated(items: &[Value], n: i64, maxlen: Option<usize>) -> Result<Vec<Value>, ()> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items.len().saturating_mul(n as usize);
    let keep = maxlen.map_or(total, |m| m.min(total));
    if keep > (1 << 32) {
        return Err(());
    }
    Ok(((total - keep)..total).map(|k| items[k % items.len()].clone()).collect())
}

fn memory_error(vm: &Vm) -> PyErr {
    vm.error(&vm.types().exceptions.memory_error.clone(), "")
}

fn mul(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__mul__")?;
    let n = params(vm, args, kw, "__mul__", 1, 1)?[0].clone();
    let n = repeat_count(vm, &n, None)?;
    let items = repeated(&d.snapshot(), n, d.maxlen()).map_err(|_| memory_error(vm))?;
    same_kind(vm, &args[0], d, items)
}

/// `n * d`. With a sequence on the left (`'a' * d`), CPython complains
/// about the deque, as the sequence's own repeat would.
fn rmul(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__rmul__")?;
    let n = params(vm, args, kw, "__rmul__", 1, 1)?[0].clone();
    let deque_type = vm.type_name(&args[0]);
    let n = repeat_count(vm, &n, Some(&deque_type))?;
    let items = repeated(&d.snapshot(), n, d.maxlen()).map_err(|_| memory_error(vm))?;
    same_kind(vm, &args[0], d, items)
}

fn iadd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__iadd__")?;
    let it = params(vm, args, kw, "__iadd__", 1, 1)?[0].clone();
    let items = collect_for(vm, d, &it, false)?;
    drop(d.push_all(items, false));
    Ok(args[0].clone())
}

fn imul(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__imul__")?;
    let n = params(vm, args, kw, "__imul__", 1, 1)?[0].clone();
    let n = repeat_count(vm, &n, None)?;
    if n == 1 {
        return Ok(args[0].clone());
    }
    // Repeats what the deque holds now, in one step.
    let mut st = d.lock();
    let now: Vec<Value> = st.items.iter().cloned().collect();
    let Ok(new) = repeated(&now, n, st.maxlen) else {
        drop(st);
        return Err(memory_error(vm));
    };
    if !now.is_empty() {
        st.mutations += 1;
    }
    let old = std::mem::replace(&mut st.items, new.into());
    drop(st);
    drop(old);
    drop(now);
    Ok(args[0].clone())
}
