//! The lazy iterator types `enumerate`, `zip`, `map`, `filter` and
//! `reversed`, and the functions that consume iterables: `sorted`, `min`,
//! `max`, `sum`, `any`, `all`; with the stable sort `list.sort` shares.

use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use crate::objects::Arc;

use super::{add_function, add_method, check_args, kwarg};
use crate::compile::bytecode::{BinKind, CmpKind};
use crate::objects::{Class, KwArgs, NativeObject, Payload, Value};
use crate::vm::iter::{VecIter, VecIterKind};
use crate::vm::{Interpreter, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.enumerate, "__new__", enumerate_new);
    add_method(&t.zip, "__new__", zip_new);
    add_method(&t.map, "__new__", map_new);
    add_method(&t.filter, "__new__", filter_new);
    add_method(&t.reversed, "__new__", reversed_new);
    let iterators = [
        &t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed, &t.list_iterator, &t.tuple_iterator,
        &t.range_iterator, &t.longrange_iterator, &t.str_iterator, &t.dict_keyiterator,
        &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.callable_iterator,
        &t.bytes_iterator, &t.bytearray_iterator,
    ];
    for cls in iterators {
        add_method(cls, "__iter__", iter_self);
        add_method(cls, "__next__", next_method);
    }
    let sized = [
        &t.reversed, &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator,
        &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator,
        &t.bytes_iterator, &t.bytearray_iterator,
    ];
    for cls in sized {
        add_method(cls, "__length_hint__", length_hint_method);
    }
    let b = &interp.builtins;
    add_function(b, "sorted", sorted);
    add_function(b, "min", min);
    add_function(b, "max", max);
    add_function(b, "sum", sum);
    add_function(b, "any", any);
    add_function(b, "all", all);
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn next_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn length_hint_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Native(n) => Ok(Value::Int(n.length_hint().unwrap_or(0) as i64)),
        other => Err(vm.type_error(format!("descriptor '__length_hint__' does not apply to a '{}' object", vm.type_name(other)))),
    }
}

fn no_kwargs(vm: &Vm, kw: KwArgs, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

macro_rules! iterator_class {
    ($t:ty, $field:ident) => {
        impl NativeObject for $t {
            fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
                &t.$field
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn is_iterator(&self) -> bool {
                true
            }
            fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
                self.advance(vm)
            }
        }
    };
}

// ---- enumerate ----

pub struct Enumerate {
    source: Value,
    count: AtomicI64,
}

iterator_class!(Enumerate, enumerate);

impl Enumerate {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(match vm.next(&self.source)? {
            Some(v) => Some(Value::tuple(vec![Value::Int(self.count.fetch_add(1, Ordering::Relaxed)), v])),
            None => None,
        })
    }
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let args = &args[1..];
    let mut iterable = args.first().cloned();
    let mut start = args.get(1).cloned();
    for (name, v) in kw {
        match name.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            other => return Err(vm.type_error(format!("enumerate() got an unexpected keyword argument '{other}'"))),
        }
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len())));
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let source = vm.iter(&iterable)?;
    let count = match start {
        Some(s) => vm.index_value(&s)?,
        None => 0,
    };
    Ok(Value::native(Enumerate { source, count: AtomicI64::new(count) }))
}

// ---- zip ----

pub struct Zip {
    sources: Vec<Value>,
    strict: bool,
    done: AtomicBool,
}

iterator_class!(Zip, zip);

impl Zip {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.sources.is_empty() || self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(self.sources.len());
        for (i, source) in self.sources.iter().enumerate() {
            match vm.next(source)? {
                Some(v) => row.push(v),
                None => {
                    self.done.store(true, Ordering::Relaxed);
                    if self.strict {
                        if let Some(e) = self.length_mismatch(vm, i) {
                            return Err(e);
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(row)))
    }

    /// With `strict`: argument `i` ran out; the error, unless all did.
    fn length_mismatch(&self, vm: &mut Vm, i: usize) -> Option<crate::vm::PyErr> {
        let plural = |n: usize| if n == 1 { "argument 1".to_owned() } else { format!("arguments 1-{n}") };
        if i > 0 {
            return Some(vm.value_error(format!("zip() argument {} is shorter than {}", i + 1, plural(i))));
        }
        for (j, source) in self.sources.iter().enumerate().skip(1) {
            match vm.next(source) {
                Ok(None) => {}
                Ok(Some(_)) => return Some(vm.value_error(format!("zip() argument {} is longer than {}", j + 1, plural(j)))),
                Err(e) => return Some(e),
            }
        }
        None
    }
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut strict = false;
    for (name, v) in kw {
        match name.as_str() {
            "strict" => strict = vm.truthy(v)?,
            other => return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{other}'"))),
        }
    }
    let mut sources = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        sources.push(vm.iter(a)?);
    }
    Ok(Value::native(Zip { sources, strict, done: AtomicBool::new(false) }))
}

// ---- map ----

pub struct Map {
    func: Value,
    sources: Vec<Value>,
}

iterator_class!(Map, map);

impl Map {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut call_args = Vec::with_capacity(self.sources.len());
        for source in &self.sources {
            match vm.next(source)? {
                Some(v) => call_args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(self.func.clone(), &call_args).map(Some)
    }
}

/// `map(func, *iterables)`.
fn map_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, kw, "map")?;
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut sources = Vec::with_capacity(args.len() - 2);
    for a in &args[2..] {
        sources.push(vm.iter(a)?);
    }
    Ok(Value::native(Map { func: args[1].clone(), sources }))
}

// ---- filter ----

pub struct Filter {
    /// None keeps the truthy items.
    func: Value,
    source: Value,
}

iterator_class!(Filter, filter);

impl Filter {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next(&self.source)? {
            let keep = if self.func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(self.func.clone(), std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

/// `filter(function_or_None, iterable)`.
fn filter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, kw, "filter")?;
    check_args(vm, "filter", &args[1..], 2, 2)?;
    let source = vm.iter(&args[2])?;
    Ok(Value::native(Filter { func: args[1].clone(), source }))
}

// ---- iter(callable, sentinel) ----

/// `iter(callable, sentinel)`: calls `callable()` until it returns a value
/// equal to `sentinel` (or raises StopIteration), then stays exhausted.
pub struct CallableIter {
    func: Value,
    sentinel: Value,
    done: AtomicBool,
}

iterator_class!(CallableIter, callable_iterator);

impl CallableIter {
    pub fn new(func: Value, sentinel: Value) -> CallableIter {
        CallableIter { func, sentinel, done: AtomicBool::new(false) }
    }

    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let v = match vm.call(self.func.clone(), &[]) {
            Ok(v) => v,
            Err(e) if e.is(&vm.types().exceptions.stop_iteration) => {
                self.done.store(true, Ordering::Relaxed);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if vm.eq(&v, &self.sentinel)? {
            self.done.store(true, Ordering::Relaxed);
            return Ok(None);
        }
        Ok(Some(v))
    }
}

// ---- reversed ----

/// Walks a sequence backwards by index: a list (read live, as CPython does)
/// or anything with `__len__` and `__getitem__`.
pub struct Reversed {
    source: Value,
    /// The next index to read; negative once exhausted.
    index: AtomicI64,
}

impl NativeObject for Reversed {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.reversed
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.advance(vm)
    }
    fn length_hint(&self) -> Option<usize> {
        let left = self.index.load(Ordering::Relaxed) + 1;
        match &self.source {
            Value::List(l) if left as usize > l.len() => Some(0),
            _ => Some(left.max(0) as usize),
        }
    }
}

impl Reversed {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.index.load(Ordering::Relaxed);
        if i < 0 {
            return Ok(None);
        }
        self.index.store(i - 1, Ordering::Relaxed);
        let list = match &self.source {
            Value::List(l) => Some(&**l),
            Value::Instance(inst) => match &inst.payload {
                Payload::List(l) if vm.user_dunder(&self.source, "__getitem__").is_none() => Some(l),
                _ => None,
            },
            _ => None,
        };
        if let Some(l) = list {
            let item = l.get(i as usize);
            if item.is_none() {
                self.index.store(-1, Ordering::Relaxed);
            }
            return Ok(item);
        }
        match vm.get_item(&self.source, &Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(&vm.types().exceptions.index_error) || e.is(&vm.types().exceptions.stop_iteration) => {
                self.index.store(-1, Ordering::Relaxed);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

fn reverse_snapshot(mut items: Vec<Value>) -> Value {
    items.reverse();
    Value::native(VecIter::new(items, VecIterKind::Reversed))
}

fn by_index(source: &Value, len: usize) -> Value {
    Value::native(Reversed { source: source.clone(), index: AtomicI64::new(len as i64 - 1) })
}

/// `reversed(seq)`.
fn reversed_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, kw, "reversed")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    let seq = &args[1];
    match seq {
        Value::List(l) => Ok(by_index(seq, l.len())),
        Value::Tuple(t) => Ok(reverse_snapshot(t.as_slice().to_vec())),
        Value::Str(s) => Ok(reverse_snapshot(s.as_str().chars().map(|c| Value::string(c.to_string())).collect())),
        Value::Dict(d) => Ok(reverse_snapshot(d.keys())),
        Value::Native(n) => {
            if let Some(r) = n.downcast::<super::range::Range>() {
                return Ok(r.reversed());
            }
            if let Some(view) = n.downcast::<super::containers::DictView>() {
                return Ok(reverse_snapshot(view.items()));
            }
            if let Some(data) = crate::objects::bytes::bytes_of(seq) {
                return Ok(reverse_snapshot(data.into_iter().map(|b| Value::Int(b as i64)).collect()));
            }
            if let Some(m) = vm.native_dunder(seq, "__reversed__") {
                return vm.call_dunder(m, seq, &[]);
            }
            Err(not_reversible(vm, seq))
        }
        Value::Class(c) if c.metaclass.is_some() && vm.user_dunder(seq, "__reversed__").is_some() => {
            let m = vm.user_dunder(seq, "__reversed__").expect("__reversed__");
            vm.call_dunder(m, seq, &[])
        }
        Value::Instance(inst) => {
            if let Some(m) = vm.user_dunder(seq, "__reversed__") {
                if m.is_none() {
                    return Err(not_reversible(vm, seq));
                }
                return vm.call_dunder(m, seq, &[]);
            }
            match &inst.payload {
                Payload::Immutable(inner) => {
                    let inner = inner.clone();
                    reversed_new(vm, &[args[0].clone(), inner], kw)
                }
                Payload::Dict(d) if vm.user_dunder(seq, "__iter__").is_none() => Ok(reverse_snapshot(d.keys())),
                Payload::List(l) if vm.user_dunder(seq, "__len__").is_none() => Ok(by_index(seq, l.len())),
                _ if vm.user_dunder(seq, "__getitem__").is_some() || matches!(inst.payload, Payload::List(_)) => {
                    let len = vm.len(seq)?;
                    Ok(by_index(seq, len))
                }
                _ => Err(not_reversible(vm, seq)),
            }
        }
        _ => Err(not_reversible(vm, seq)),
    }
}

fn not_reversible(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

// ---- functions that consume an iterable ----

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = vm.collect(&args[0])?;
    let (key, reverse) = sort_options(vm, kw)?;
    Ok(Value::list(sort_values(vm, items, key, reverse)?))
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpKind::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpKind::Gt)
}

/// `min`/`max` of one iterable or of several arguments; the first of equal
/// extremes wins.
fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, op: CmpKind) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    if kw.len() > 2 {
        return Err(vm.type_error(format!("{name}() takes at most 2 keyword arguments ({} given)", kw.len())));
    }
    for (k, v) in kw {
        match k.as_str() {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "default" => default = Some(v.clone()),
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
    }
    // One iterable is walked item by item (a generator is never held whole);
    // several arguments are the items themselves.
    let (mut given, iterator) = match args {
        [one] => (Vec::new().into_iter(), Some(vm.iter(one)?)),
        _ => (args.to_vec().into_iter(), None),
    };
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &iterator {
            Some(it) => match vm.next(it)? {
                Some(v) => v,
                None => break,
            },
            None => match given.next() {
                Some(v) => v,
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call(f.clone(), std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => match (&k, best_key) {
                (Value::Int(x), Value::Int(y)) => if op == CmpKind::Lt { x < y } else { x > y },
                _ => {
                    let r = vm.compare(&k, best_key, op)?;
                    vm.truthy(&r)?
                }
            },
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// `sum(iterable, /, start=0)`: plain left-to-right addition, as CPython 3.11
/// (float sums are not compensated).
fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() + kw.len() > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({} given)", args.len() + kw.len())));
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "start") {
        return Err(vm.type_error(format!("sum() got an unexpected keyword argument '{}'", k.as_str())));
    }
    let start = args.get(1).or_else(|| kwarg(kw, "start")).cloned().unwrap_or(Value::Int(0));
    if matches!(crate::vm::ops_builtin_value(&start), Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&args[0])?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(&acc, &item, BinKind::Add, false)?,
        };
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ---- sorting ----

/// The `key=` and `reverse=` keywords of `list.sort` and `sorted`.
pub fn sort_options(vm: &mut Vm, kw: KwArgs) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (name, v) in kw {
        match name.as_str() {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = vm.index_value(v)? != 0,
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
        }
    }
    Ok((key, reverse))
}

/// Sorts stably by `<`, as CPython's list.sort: with `reverse`, equal items
/// keep their original order. The VM is called only for mixed or user types.
pub fn sort_values(vm: &mut Vm, mut items: Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<Vec<Value>> {
    if items.len() < 2 {
        return Ok(items);
    }
    if reverse {
        items.reverse();
    }
    match key {
        None if sort_natively(&mut items) => {}
        None => {
            let order = sort_order(vm, &items)?;
            items = order.into_iter().map(|i| items[i].clone()).collect();
        }
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                keys.push(vm.call(f.clone(), std::slice::from_ref(item))?);
            }
            let order = sort_order(vm, &keys)?;
            items = order.into_iter().map(|i| items[i].clone()).collect();
        }
    }
    if reverse {
        items.reverse();
    }
    Ok(items)
}

/// Sorts `items` in place when no comparison needs the VM (ints, floats or
/// strs of one kind, no key function), as `sort_values` would; false, and
/// `items` untouched, otherwise. Runs under a list's lock.
pub fn sort_in_place_natively(items: &mut [Value], reverse: bool) -> bool {
    if items.len() < 2 {
        return true;
    }
    if native_kind(items).is_none() {
        return false;
    }
    if reverse {
        items.reverse();
    }
    sort_natively(items);
    if reverse {
        items.reverse();
    }
    true
}

/// Key types that sort without calling the VM.
#[derive(Clone, Copy, PartialEq)]
enum NativeKind {
    Int,
    Float,
    Str,
}

fn native_kind(items: &[Value]) -> Option<NativeKind> {
    let kind = match items.first()? {
        Value::Int(_) => NativeKind::Int,
        Value::Float(_) => NativeKind::Float,
        Value::Str(_) => NativeKind::Str,
        _ => return None,
    };
    let same = items.iter().all(|v| match (v, kind) {
        (Value::Int(_), NativeKind::Int) | (Value::Str(_), NativeKind::Str) => true,
        // NaN makes `<` inconsistent: such lists take the general path.
        (Value::Float(f), NativeKind::Float) => !f.is_nan(),
        _ => false,
    });
    same.then_some(kind)
}

fn native_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        _ => std::cmp::Ordering::Equal,
    }
}

/// Sorts in place without the VM when all items are ints, all floats
/// (no NaN) or all strs; false when the items need Python comparison.
fn sort_natively(items: &mut [Value]) -> bool {
    match native_kind(items) {
        Some(NativeKind::Int) => {
            let mut ints: Vec<i64> = items.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect();
            ints.sort_unstable();
            for (slot, i) in items.iter_mut().zip(ints) {
                *slot = Value::Int(i);
            }
            true
        }
        // Stable: 0.0 and -0.0 are equal yet print differently.
        Some(_) => {
            items.sort_by(native_cmp);
            true
        }
        None => false,
    }
}

/// The stable ascending order of `keys`, as a permutation of their indices.
fn sort_order(vm: &mut Vm, keys: &[Value]) -> PyResult<Vec<usize>> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if native_kind(keys).is_some() {
        order.sort_by(|&a, &b| native_cmp(&keys[a], &keys[b]));
    } else {
        merge_sort(vm, keys, &mut order)?;
    }
    Ok(order)
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = vm.compare(a, b, CmpKind::Lt)?;
            vm.truthy(&r)
        }
    }
}

/// A stable merge sort of `order` by `keys`, comparing only with `<` (so an
/// inconsistent user `__lt__` cannot break it) and stopping at the first error.
fn merge_sort(vm: &mut Vm, keys: &[Value], order: &mut Vec<usize>) -> PyResult<()> {
    const RUN: usize = 16;
    let n = order.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, &keys[order[j]], &keys[order[j - 1]])? {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut buf = order.clone();
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid >= hi || !less(vm, &keys[order[mid]], &keys[order[mid - 1]])? {
                buf[lo..hi].copy_from_slice(&order[lo..hi]);
                continue;
            }
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(vm, &keys[order[j]], &keys[order[i]])? {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&order[j..hi]);
        }
        std::mem::swap(order, &mut buf);
        width *= 2;
    }
    Ok(())
}
