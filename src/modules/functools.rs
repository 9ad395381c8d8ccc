//! `_functools`: the native half of `functools`, today the wrapper that
//! `lru_cache` makes (CPython's `functools._lru_cache_wrapper`, a C type).
//!
//! A memoised function is called constantly, so the hit path must be a key,
//! a hash and one probe: no Python frame. The cache is a hash table (the one
//! behind `dict`) and, for a bounded cache, a ring of links kept in most
//! recently used order; both sit behind one container lock with the hit and
//! miss counts, so with the GIL off a lookup and its recency update happen
//! under one hold. The lock is never held while the user's function runs
//! (it may call itself, or take long) nor while a key's Python `__eq__`
//! runs (`Vm::with_key` lets go and checks again).

use std::any::Any;
use std::ops::Deref;
use crate::objects::Arc;

use crate::builtins::add_method;
use crate::objects::container_lock::{ContainerGuard, ContainerLock};
use crate::objects::table::{Entry, Table};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::{Interpreter, PyResult, Types, Vm};

/// One cached call of a bounded cache, in the recency ring.
struct Link {
    prev: u32,
    next: u32,
    hash: u64,
    key: Value,
    result: Value,
}

/// The root of the ring: its `next` is the least recently used link.
const ROOT: u32 = 0;

struct CacheState {
    /// key -> result (unbounded), or key -> index of its link (bounded).
    table: Table,
    /// The ring of a bounded cache; `links[ROOT]` is the sentinel.
    links: Vec<Link>,
    hits: u64,
    misses: u64,
}

impl CacheState {
    fn new() -> CacheState {
        CacheState { table: Table::new(), links: vec![root_link()], hits: 0, misses: 0 }
    }

    fn unlink(&mut self, i: u32) {
        let (prev, next) = (self.links[i as usize].prev, self.links[i as usize].next);
        self.links[prev as usize].next = next;
        self.links[next as usize].prev = prev;
    }

    /// Puts link `i` at the most recent end of the ring.
    fn push_last(&mut self, i: u32) {
        let last = self.links[ROOT as usize].prev;
        self.links[last as usize].next = i;
        self.links[ROOT as usize].prev = i;
        let link = &mut self.links[i as usize];
        link.prev = last;
        link.next = ROOT;
    }
}

fn root_link() -> Link {
    Link { prev: ROOT, next: ROOT, hash: 0, key: Value::None, result: Value::None }
}

/// The state's lock, seen by `Vm::with_key` as the table it probes.
struct StateGuard<'a>(ContainerGuard<'a, CacheState>);

impl Deref for StateGuard<'_> {
    type Target = Table;
    fn deref(&self) -> &Table {
        &self.0.table
    }
}

/// What a store pushed out of the cache, dropped once the lock is let go
/// (dropping a value may run Python code).
type Evicted = Option<(Entry, Value, Value)>;

pub struct LruCacheWrapper {
    func: Value,
    /// `None`: unbounded; `Some(0)`: no caching at all.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Value,
    /// Separates positional from keyword arguments in a key; one object
    /// per cache, since keys are compared only within their cache.
    kwd_mark: Value,
    /// The attributes `update_wrapper` sets (`__wrapped__`, `__name__`...).
    dict: Arc<PyDict>,
    state: ContainerLock<CacheState>,
}

impl NativeObject for LruCacheWrapper {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.lru_cache_wrapper
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!("<functools._lru_cache_wrapper object at {:#x}>", self as *const Self as usize)))
    }
    fn call(&self, vm: &mut Vm, args: &[Value], kw: KwArgs) -> Option<PyResult<Value>> {
        Some(self.call_cached(vm, args, kw))
    }
    fn binds_as_method(&self) -> bool {
        true
    }
    fn instance_dict(&self) -> Option<&Arc<PyDict>> {
        Some(&self.dict)
    }
}

impl LruCacheWrapper {
    fn lock(&self) -> StateGuard<'_> {
        StateGuard(self.state.lock())
    }

    /// The key of a call, as flat as CPython's: a lone int or str argument
    /// is its own key; otherwise the arguments, then a mark and the keyword
    /// pairs in the order given, then (typed) the type of every value.
    fn make_key(&self, vm: &Vm, args: &[Value], kw: KwArgs) -> Value {
        if kw.is_empty() && !self.typed {
            if let [only @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))] = args {
                return only.clone();
            }
            return Value::tuple(args.to_vec());
        }
        let mut items = Vec::with_capacity(args.len() * 2 + kw.len() * 3 + 1);
        items.extend_from_slice(args);
        if !kw.is_empty() {
            items.push(self.kwd_mark.clone());
            for (k, v) in kw {
                items.push(Value::Str(k.clone()));
                items.push(v.clone());
            }
        }
        if self.typed {
            for v in args.iter().chain(kw.iter().map(|(_, v)| v)) {
                items.push(Value::Class(vm.class_of(v).clone()));
            }
        }
        Value::tuple(items)
    }

    fn call_cached(&self, vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        let bounded = match self.maxsize {
            Some(0) => {
                self.state.lock().misses += 1;
                return vm.call_kw(self.func.clone(), args, kw);
            }
            Some(_) => true,
            None => false,
        };
        let key = self.make_key(vm, args, kw);
        let hash = vm.key_hash(&key)?;
        let cached = vm.with_key(&|| self.lock(), hash, &key, |g, found| match found {
            Some(ix) => {
                let st = &mut *g.0;
                st.hits += 1;
                Some(if bounded {
                    let Value::Int(i) = *st.table.value_at(ix) else { unreachable!("link index") };
                    let i = i as u32;
                    st.unlink(i);
                    st.push_last(i);
                    st.links[i as usize].result.clone()
                } else {
                    st.table.value_at(ix).clone()
                })
            }
            None => {
                g.0.misses += 1;
                None
            }
        })?;
        if let Some(result) = cached {
            return Ok(result);
        }
        // Computed without the lock: the function may call this wrapper,
        // and other threads may use the cache meanwhile.
        let result = vm.call_kw(self.func.clone(), args, kw)?;
        let maxsize = self.maxsize.unwrap_or(usize::MAX);
        let evicted: Evicted = vm.with_owned_key(&|| self.lock(), hash, key, |g, found, key| {
            let st = &mut *g.0;
            if !bounded {
                // As CPython's unbounded cache: the newest result wins.
                match found {
                    Some(ix) => return Some((Entry { hash, key, value: std::mem::replace(st.table.value_mut(ix), result.clone()) }, Value::None, Value::None)),
                    None => st.table.insert_new(hash, key, result.clone()),
                }
                return None;
            }
            if found.is_some() {
                // Stored while the function ran (by a recursive call or
                // another thread): that entry stays where it is.
                return None;
            }
            if st.table.len() < maxsize || st.links[ROOT as usize].next == ROOT {
                let i = st.links.len() as u32;
                st.links.push(Link { prev: ROOT, next: ROOT, hash, key: key.clone(), result: result.clone() });
                st.push_last(i);
                st.table.insert_new(hash, key, Value::Int(i as i64));
                return None;
            }
            // Full: the oldest link is reused for the new entry.
            let oldest = st.links[ROOT as usize].next;
            st.unlink(oldest);
            let link = &mut st.links[oldest as usize];
            let old_hash = std::mem::replace(&mut link.hash, hash);
            let old_key = std::mem::replace(&mut link.key, key.clone());
            let old_result = std::mem::replace(&mut link.result, result.clone());
            let gone = st.table.find_identical(old_hash, &old_key).map(|ix| st.table.remove_at(ix));
            st.push_last(oldest);
            st.table.insert_new(hash, key, Value::Int(oldest as i64));
            gone.map(|e| (e, old_key, old_result))
        })?;
        drop(evicted);
        Ok(result)
    }
}

/// `self` as a cache wrapper, or CPython's descriptor error.
fn this<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a LruCacheWrapper> {
    let w = match args.first() {
        Some(Value::Native(n)) => n.downcast::<LruCacheWrapper>(),
        _ => None,
    };
    w.ok_or_else(|| {
        let got = args.first().map_or("nothing".to_owned(), |v| vm.type_name(v));
        vm.type_error(format!("descriptor '{method}' for 'functools._lru_cache_wrapper' objects doesn't apply to a '{got}' object"))
    })
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn wrapper_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let params = &args[1.min(args.len())..];
    let mut given: [Option<Value>; 4] = Default::default();
    const NAMES: [&str; 4] = ["user_function", "maxsize", "typed", "cache_info_type"];
    if params.len() > 4 {
        return Err(vm.type_error(format!("_lru_cache_wrapper() takes at most 4 arguments ({} given)", params.len())));
    }
    for (slot, v) in given.iter_mut().zip(params) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        match NAMES.iter().position(|n| *n == k.as_str()) {
            Some(p) if given[p].is_none() => given[p] = Some(v.clone()),
            Some(_) => return Err(vm.type_error(format!("argument for _lru_cache_wrapper() given by name ('{}') and position", k.as_str()))),
            None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for _lru_cache_wrapper()", k.as_str()))),
        }
    }
    let [Some(func), Some(maxsize), Some(typed), Some(cache_info_type)] = given else {
        let missing = given.iter().position(Option::is_none).expect("a missing argument");
        return Err(vm.type_error(format!("_lru_cache_wrapper() missing required argument '{}' (pos {})", NAMES[missing], missing + 1)));
    };
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match crate::vm::ops_builtin_value(&maxsize) {
        Value::None => None,
        Value::Int(i) => Some((*i).max(0) as usize),
        Value::Bool(b) => Some(*b as usize),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Some(0),
        Value::BigInt(_) => Some(usize::MAX),
        _ => return Err(vm.type_error("maxsize should be integer or None")),
    };
    let typed = vm.truthy(&typed)?;
    let kwd_mark = crate::vm::new_instance(&vm.types().object.clone());
    Ok(Value::native(LruCacheWrapper {
        func,
        maxsize,
        typed,
        cache_info_type,
        kwd_mark,
        dict: Arc::new(PyDict::new()),
        state: ContainerLock::new(CacheState::new()),
    }))
}

fn wrapper_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, args, "__call__")?;
    w.call_cached(vm, &args[1..], kw)
}

/// `__get__(instance, owner)`: bound to the instance, as a function is.
fn wrapper_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__get__")?;
    match args.get(1) {
        None => Err(vm.type_error("expected at least 1 argument, got 0")),
        Some(Value::None) => Ok(args[0].clone()),
        Some(instance) => Ok(crate::vm::bind_value(args[0].clone(), instance.clone())),
    }
}

/// `cache_info()`: `CacheInfo(hits, misses, maxsize, currsize)`.
fn cache_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, args, "cache_info")?;
    let (hits, misses, currsize) = {
        let st = w.state.lock();
        (st.hits, st.misses, st.table.len())
    };
    let maxsize = w.maxsize.map_or(Value::None, |m| Value::Int(m.min(i64::MAX as usize) as i64));
    let info = [Value::Int(hits as i64), Value::Int(misses as i64), maxsize, Value::Int(currsize as i64)];
    vm.call(w.cache_info_type.clone(), &info)
}

/// `cache_clear()`: empties the cache and zeroes its counts.
fn cache_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, args, "cache_clear")?;
    let old = std::mem::replace(&mut *w.state.lock(), CacheState::new());
    drop(old);
    Ok(Value::None)
}

/// `copy.copy` and `copy.deepcopy` of a cached function give it back itself.
fn copy_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__copy__")?;
    Ok(args[0].clone())
}

pub fn fill(vm: &mut Vm, dict: &Arc<PyDict>) {
    dict.set_str("_lru_cache_wrapper", Value::Class(vm.types().lru_cache_wrapper.clone()));
}

pub fn register(interp: &Arc<Interpreter>) {
    let cls = &interp.types.lru_cache_wrapper;
    add_method(cls, "__new__", wrapper_new);
    add_method(cls, "__call__", wrapper_call);
    add_method(cls, "__get__", wrapper_get);
    add_method(cls, "cache_info", cache_info);
    add_method(cls, "cache_clear", cache_clear);
    add_method(cls, "__copy__", copy_self);
    add_method(cls, "__deepcopy__", copy_self);
}
