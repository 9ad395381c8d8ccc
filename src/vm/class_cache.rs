//! A per-thread cache of attribute lookups along class MROs.
//!
//! `obj.attr` on an instance first looks for `attr` on the class and its
//! bases; in a method-heavy program that is most of the work. The answers
//! are remembered in a small direct-mapped table keyed by (class, name) and
//! dropped wholesale whenever any class namespace changes or a class is
//! created (`class::class_epoch`), so a stale answer is never used.

use std::cell::RefCell;
use crate::objects::Arc;

use crate::objects::class::class_epoch;
use crate::objects::str::hash_str;
use crate::objects::{Class, PyStr, Value};

const SLOTS: usize = 1024;

#[derive(Clone, Default)]
struct Entry {
    class: usize,
    hash: u64,
    name: Option<Arc<PyStr>>,
    value: Option<Value>,
}

pub struct ClassCache {
    epoch: u64,
    entries: Vec<Entry>,
}

impl Default for ClassCache {
    fn default() -> Self {
        ClassCache { epoch: 0, entries: vec![Entry::default(); SLOTS] }
    }
}

impl ClassCache {
    #[inline]
    fn lookup(&mut self, cls: &Arc<Class>, name: &str, hash: u64, interned: Option<&Arc<PyStr>>) -> Option<Value> {
        let epoch = class_epoch();
        if epoch != self.epoch {
            self.entries.iter_mut().for_each(|e| *e = Entry::default());
            self.epoch = epoch;
        }
        let class = Arc::as_ptr(cls) as usize;
        let slot = ((class >> 4) ^ hash as usize ^ (hash >> 32) as usize) & (SLOTS - 1);
        let e = &self.entries[slot];
        if e.class == class && e.hash == hash {
            if let Some(n) = &e.name {
                if interned.map_or(false, |i| Arc::ptr_eq(i, n)) || n.as_str() == name {
                    return e.value.clone();
                }
            }
        }
        let key = match interned {
            Some(i) => i.clone(),
            None => Arc::new(PyStr::new(name)),
        };
        let value = cls.lookup(&key);
        self.entries[slot] = Entry { class, hash, name: Some(key), value: value.clone() };
        value
    }
}

/// The cache as the VM holds it (interior mutability: lookups happen in
/// `&self` helpers such as `user_dunder`).
#[derive(Default)]
pub struct ClassCacheCell(RefCell<ClassCache>);

impl ClassCacheCell {
    /// `cls.lookup(name)` through the cache, for an interned name.
    #[inline]
    pub fn lookup(&self, cls: &Arc<Class>, name: &Arc<PyStr>) -> Option<Value> {
        self.0.borrow_mut().lookup(cls, name.as_str(), name.hash(), Some(name))
    }

    pub fn lookup_str(&self, cls: &Arc<Class>, name: &str) -> Option<Value> {
        self.0.borrow_mut().lookup(cls, name, hash_str(name), None)
    }
}
