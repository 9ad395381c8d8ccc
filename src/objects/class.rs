//! Classes (`type` objects, built-in and user-defined) and their instances.

use crate::objects::Arc;

use parking_lot::Mutex;

use super::dict::PyDict;
use super::list::PyList;
use super::set::PySet;
use super::str::PyStr;
use super::value::Value;

/// What built-in state the instances of a class carry, inherited from the
/// first built-in base that has any (`class Stack(list)` instances hold a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Exception,
    List,
    Dict,
    Set,
    /// int, float, str, tuple...: an immutable built-in value.
    Immutable,
    /// `threading.local`: a `__dict__` per thread.
    ThreadLocal,
    /// `type` and metaclasses: their instances are classes, made by `type.__new__`.
    Type,
}

/// Bumped whenever any class namespace changes or a class is created:
/// attribute-lookup caches compare it to know their answers still hold.
static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(std::sync::atomic::Ordering::Acquire)
}

pub fn bump_class_epoch() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
}

pub struct Class {
    pub name: String,
    pub qualname: String,
    /// `__module__`; "builtins" for built-in types (which repr without it).
    pub module: String,
    pub bases: Vec<Arc<Class>>,
    /// Method resolution order without the class itself (C3 linearisation).
    pub mro_rest: Vec<Arc<Class>>,
    pub dict: PyDict,
    pub base_kind: BaseKind,
    pub builtin: bool,
    /// The class's own type when it is not `type`: the metaclass whose
    /// methods (`__call__`, `__iter__`, `__getitem__`, ...) apply to the class.
    pub metaclass: Option<Arc<Class>>,
    /// Whether instances have a `__dict__` (no `__slots__` without one along
    /// the MRO), decided on first use: `__slots__` is read once, as in CPython.
    pub instance_dict: std::sync::OnceLock<bool>,
}

impl Class {
    /// The module the class reports: a `__module__` string assigned into its
    /// dict after creation (namedtuple and other class factories set it to
    /// their caller's module) wins over the one recorded at creation.
    pub fn module_name(&self) -> String {
        if !self.builtin {
            if let Some(super::Value::Str(s)) = self.dict.get_str(&super::str::PyStr::new("__module__")) {
                return s.as_str().to_owned();
            }
        }
        self.module.clone()
    }

    /// What error messages call the class, CPython's `tp_name`: a built-in
    /// class of a module other than `builtins` is `module.name`
    /// (`_thread._local`); every other class goes by its name, unless its
    /// own namespace sets `__tp_name__`: lib/ modules standing in for
    /// CPython's C types (`datetime.timedelta`) say so to be named as those.
    pub fn tp_name(&self) -> std::borrow::Cow<'_, str> {
        if self.builtin && self.module != "builtins" {
            std::borrow::Cow::Owned(format!("{}.{}", self.module, self.name))
        } else if let Some(Value::Str(s)) = self.dict.get_str(&PyStr::new("__tp_name__")) {
            std::borrow::Cow::Owned(s.as_str().to_owned())
        } else {
            std::borrow::Cow::Borrowed(&self.name)
        }
    }

    /// Builds a class, computing its C3 method resolution order.
    pub fn new(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Arc<Class>>,
        dict: PyDict,
        builtin: bool,
    ) -> Result<Arc<Class>, String> {
        // A class's metaclass is, unless given, the most derived of its bases'.
        let mut metaclass: Option<Arc<Class>> = None;
        for b in &bases {
            if let Some(m) = &b.metaclass {
                if metaclass.as_ref().map_or(true, |cur| m.is_subclass(cur)) {
                    metaclass = Some(m.clone());
                }
            }
        }
        Class::with_metaclass(name, qualname, module, bases, dict, builtin, metaclass)
    }

    /// Builds a class whose type is `metaclass` (`None`: `type`).
    pub fn with_metaclass(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Arc<Class>>,
        dict: PyDict,
        builtin: bool,
        metaclass: Option<Arc<Class>>,
    ) -> Result<Arc<Class>, String> {
        let mro_rest = c3_merge(&bases)?;
        let mut dict = dict;
        dict.mark_class_dict();
        bump_class_epoch();
        let base_kind = bases
            .iter()
            .map(|b| b.base_kind)
            .find(|k| *k != BaseKind::Object)
            .unwrap_or(BaseKind::Object);
        Ok(Arc::new(Class {
            name: name.to_owned(),
            qualname: qualname.to_owned(),
            module: module.to_owned(),
            bases,
            mro_rest,
            dict,
            base_kind,
            builtin,
            metaclass,
            instance_dict: std::sync::OnceLock::new(),
        }))
    }

    /// The name used in messages: `'int' object is not subscriptable`.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Lookups that hand out the class itself (its MRO starts with it).
impl Arc<Class> {
    /// The class itself followed by `mro_rest`.
    pub fn mro(&self) -> impl Iterator<Item = &Arc<Class>> {
        std::iter::once(self).chain(self.mro_rest.iter())
    }

    /// Finds `name` along the MRO.
    #[inline]
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro_rest {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&PyStr::new(name))
    }

    pub fn is_subclass(&self, other: &Arc<Class>) -> bool {
        Arc::ptr_eq(self, other) || self.mro_rest.iter().any(|c| Arc::ptr_eq(c, other))
    }
}

/// C3 linearisation of the bases' MROs (the class itself excluded).
fn c3_merge(bases: &[Arc<Class>]) -> Result<Vec<Arc<Class>>, String> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases
        .iter()
        .map(|b| b.mro().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(next) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// What an exception instance carries besides its attributes.
#[derive(Default)]
pub struct ExceptionState {
    pub args: Vec<Value>,
    /// Frames the exception passed through, in the order it left them
    /// (innermost first): (code, line).
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

#[derive(Clone)]
pub struct TraceEntry {
    pub code: crate::compile::bytecode::CodeRef,
    pub line: u32,
    /// Which frame activation: an exception caught and re-raised in the same
    /// frame gets one entry, as in CPython.
    pub frame_id: u64,
}

pub enum Payload {
    None,
    Exception(Mutex<ExceptionState>),
    List(PyList),
    Dict(PyDict),
    Set(PySet),
    /// The built-in value of an int/float/str/tuple subclass instance.
    Immutable(Value),
    /// A `threading.local`'s per-thread dicts; its `dict` field stays empty.
    /// Shared with `Vm::thread_locals` by weak references (so a thread can
    /// drop its dicts as it ends), hence `std`'s `Arc`.
    ThreadLocal(std::sync::Arc<super::thread_local::ThreadLocalDicts>),
}

pub struct Instance {
    pub class: Arc<Class>,
    /// The instance `__dict__`, shared so `vars(obj)` writes through.
    pub dict: Arc<PyDict>,
    pub payload: Payload,
}

impl Instance {
    pub fn exception(&self) -> Option<parking_lot::MutexGuard<'_, ExceptionState>> {
        match &self.payload {
            Payload::Exception(m) => Some(m.lock()),
            _ => None,
        }
    }
}
