//! The state of a `threading.local` (CPython's `_thread._local`): one
//! `__dict__` per thread, so each thread sees only the attributes it set.
//! Attribute lookup (src/vm/thread_local.rs) swaps in the calling thread's
//! dict and otherwise follows the usual rules (class data descriptors
//! first, then the dict, then class attributes).

use std::collections::HashMap;
use crate::objects::Arc;
use std::sync::OnceLock;

use parking_lot::Mutex;

use super::dict::PyDict;
use super::str::PyStr;
use super::value::Value;

/// The positional and keyword arguments a `local` was made with.
pub type InitArgs = (Vec<Value>, Vec<(Arc<PyStr>, Value)>);

#[derive(Default)]
pub struct ThreadLocalDicts {
    /// Each thread's `__dict__`, by thread ident. A thread's entry goes
    /// when the thread ends (`Vm::forget_thread_locals`).
    by_thread: Mutex<HashMap<u64, Arc<PyDict>>>,
    /// As CPython, `__init__` runs again with these in every other thread
    /// the first time it touches the object.
    init_args: OnceLock<InitArgs>,
}

impl ThreadLocalDicts {
    pub fn get(&self, ident: u64) -> Option<Arc<PyDict>> {
        self.by_thread.lock().get(&ident).cloned()
    }

    pub fn insert(&self, ident: u64, dict: Arc<PyDict>) {
        self.by_thread.lock().insert(ident, dict);
    }

    /// Takes a thread's dict out (the caller drops it, outside the lock).
    pub fn remove(&self, ident: u64) -> Option<Arc<PyDict>> {
        self.by_thread.lock().remove(&ident)
    }

    pub fn set_init_args(&self, args: InitArgs) {
        let _ = self.init_args.set(args);
    }

    pub fn init_args(&self) -> InitArgs {
        self.init_args.get().cloned().unwrap_or_default()
    }
}
