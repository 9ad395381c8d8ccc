//! `threading.local` (CPython's `_thread._local`): attribute access on it
//! reads and writes the calling thread's own `__dict__`. The dicts live in
//! the object (src/objects/thread_local.rs); this is how a thread gets its
//! one, made (and `__init__` run again) the first time it looks.

use std::borrow::Cow;
use crate::objects::Arc;

use super::{PyResult, Vm};
use crate::objects::{Instance, Payload, PyDict, Value};

impl Vm {
    /// The dict attribute lookups on `inst` use: its own `__dict__`, or for
    /// a `threading.local` the calling thread's. Other instances pay one
    /// match on the payload.
    #[inline]
    pub(crate) fn attribute_dict<'a>(&mut self, inst: &'a Arc<Instance>) -> PyResult<Cow<'a, Arc<PyDict>>> {
        match &inst.payload {
            Payload::ThreadLocal(_) => self.thread_local_dict(inst).map(Cow::Owned),
            _ => Ok(Cow::Borrowed(&inst.dict)),
        }
    }

    /// This thread's dict of a `threading.local`. A thread that has none
    /// yet gets an empty one, and, as in CPython, the class's `__init__`
    /// runs on it with the arguments the object was made with; if
    /// `__init__` fails, the dict is dropped again so the next access
    /// retries.
    #[cold]
    fn thread_local_dict(&mut self, inst: &Arc<Instance>) -> PyResult<Arc<PyDict>> {
        let Payload::ThreadLocal(dicts) = &inst.payload else { return Ok(inst.dict.clone()) };
        if let Some(dict) = dicts.get(self.ident) {
            return Ok(dict);
        }
        let dict = Arc::new(PyDict::new());
        dicts.insert(self.ident, dict.clone());
        self.thread_locals.push(std::sync::Arc::downgrade(dicts));
        if let Some(init) = self.user_dunder(&Value::Instance(inst.clone()), "__init__") {
            let (args, kwargs) = dicts.init_args();
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Instance(inst.clone()));
            all.extend(args);
            if let Err(e) = self.call_kw(init, &all, &kwargs) {
                drop(dicts.remove(self.ident));
                return Err(e);
            }
        }
        Ok(dict)
    }

    /// `_thread._local(*args, **kwargs)` (also for subclasses): the calling
    /// thread's dict is made now, empty; the arguments are kept for other
    /// threads' `__init__`. The caller (`instantiate`) runs `__init__` here.
    pub fn new_thread_local(&mut self, instance: &Value, args: &[Value], kwargs: crate::objects::KwArgs) -> PyResult<()> {
        let Value::Instance(inst) = instance else { return Ok(()) };
        let Payload::ThreadLocal(dicts) = &inst.payload else { return Ok(()) };
        if (!args.is_empty() || !kwargs.is_empty()) && self.user_dunder(instance, "__init__").is_none() {
            return Err(self.type_error("Initialization arguments are not supported"));
        }
        dicts.set_init_args((args.to_vec(), kwargs.to_vec()));
        dicts.insert(self.ident, Arc::new(PyDict::new()));
        self.thread_locals.push(std::sync::Arc::downgrade(dicts));
        Ok(())
    }

    /// `loc.__dict__ = ...` and `del loc.__dict__`: CPython's error, since a
    /// local's `__dict__` is the thread's and cannot be replaced.
    pub(crate) fn thread_local_dict_is_read_only(&self, inst: &Instance, name: &str) -> PyResult<()> {
        if matches!(inst.payload, Payload::ThreadLocal(_)) && name == "__dict__" {
            return Err(self.attribute_error(format!("'{}' object attribute '__dict__' is read-only", inst.class.tp_name())));
        }
        Ok(())
    }

    /// Drops this thread's dicts from every `threading.local` it touched
    /// (CPython does the same when a thread ends). Called as a thread ends.
    pub fn forget_thread_locals(&mut self) {
        for weak in std::mem::take(&mut self.thread_locals) {
            if let Some(dicts) = weak.upgrade() {
                drop(dicts.remove(self.ident));
            }
        }
    }
}
