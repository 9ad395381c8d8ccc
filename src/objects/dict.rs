//! `dict`: an insertion-ordered hash table behind its own lock.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};

use super::container_lock::{ContainerGuard, ContainerLock};

use super::table::{Probe, Table};
use super::value::Value;

pub struct PyDict {
    table: ContainerLock<Table>,
    /// Bumped on every mutable access, so caches of lookups (the VM's
    /// global-name cache) can tell they are still valid without locking.
    version: AtomicU64,
    /// The table's `key_bits`, published when a writer lets go of the lock:
    /// lets a lookup of an absent key (a method name in an instance dict)
    /// answer without locking.
    key_bits: AtomicU64,
    /// A class namespace: changing it invalidates every attribute cache.
    class_dict: bool,
}

/// Each dict starts its versions in a range of its own, so a cache entry for
/// a dict that was freed cannot match a new dict at the same address.
fn fresh_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1 << 32);
    NEXT.fetch_add(1 << 32, Ordering::Relaxed)
}

/// The locked table; taking it mutably counts as a change of the dict.
pub struct TableGuard<'a> {
    guard: ContainerGuard<'a, Table>,
    version: &'a AtomicU64,
    key_bits: &'a AtomicU64,
    class_dict: bool,
    written: bool,
}

impl Drop for TableGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        if self.written {
            self.key_bits.store(self.guard.key_bits(), Ordering::Release);
        }
    }
}

impl Deref for TableGuard<'_> {
    type Target = Table;
    #[inline]
    fn deref(&self) -> &Table {
        &self.guard
    }
}

impl DerefMut for TableGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Table {
        // Only lock holders write the version, so a plain load and store suffice.
        self.version.store(self.version.load(Ordering::Relaxed) + 1, Ordering::Release);
        self.written = true;
        if self.class_dict {
            super::class::bump_class_epoch();
        }
        &mut self.guard
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict { table: ContainerLock::new(Table::new()), version: AtomicU64::new(fresh_version()), key_bits: AtomicU64::new(0), class_dict: false }
    }

    pub fn from_table(table: Table) -> PyDict {
        let key_bits = AtomicU64::new(table.key_bits());
        PyDict { table: ContainerLock::new(table), version: AtomicU64::new(fresh_version()), key_bits, class_dict: false }
    }

    /// Locks the table. Never call back into Python while holding the guard.
    #[inline]
    pub fn lock(&self) -> TableGuard<'_> {
        TableGuard { guard: self.table.lock(), version: &self.version, key_bits: &self.key_bits, class_dict: self.class_dict, written: false }
    }

    /// Marks this dict as a class namespace (see `class::class_epoch`).
    pub fn mark_class_dict(&mut self) {
        self.class_dict = true;
    }

    /// Changes whenever the dict may have changed.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// False when `key` is certainly absent; answers without locking.
    #[inline]
    pub fn may_contain_str(&self, key: &super::str::PyStr) -> bool {
        self.key_bits.load(Ordering::Acquire) & super::table::key_bit(key.hash()) != 0
    }

    /// Looks up a str key (the common case for globals and attributes).
    #[inline]
    pub fn get_str(&self, key: &super::str::PyStr) -> Option<Value> {
        let t = self.lock();
        t.find_str(key).map(|ix| t.value_at(ix).clone())
    }

    /// A str-keyed lookup that first tries entry `hint` (where the key was
    /// last time) and updates it: attribute caches make this the common case.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &crate::objects::Arc<super::str::PyStr>, hint: &mut u32) -> Option<Value> {
        let t = self.lock();
        if let Some(e) = t.entry(*hint as usize) {
            if let Value::Str(k) = &e.key {
                if crate::objects::Arc::ptr_eq(k, key) {
                    return Some(e.value.clone());
                }
            }
        }
        let ix = t.find_str(key)?;
        *hint = ix as u32;
        Some(t.value_at(ix).clone())
    }

    /// Sets a str key, trying entry `hint` first (see `get_str_hinted`).
    #[inline(always)]
    pub fn set_str_hinted(&self, key: &crate::objects::Arc<super::str::PyStr>, value: Value, hint: &mut u32) {
        let mut t = self.lock();
        let at_hint = matches!(t.entry(*hint as usize), Some(e) if matches!(&e.key, Value::Str(k) if crate::objects::Arc::ptr_eq(k, key)));
        if at_hint {
            t.set_value_at(*hint as usize, value);
            return;
        }
        match t.find_str(key) {
            Some(ix) => {
                *hint = ix as u32;
                t.set_value_at(ix, value);
            }
            None => {
                *hint = t.entry_count() as u32;
                t.insert_new(key.hash(), Value::Str(key.clone()), value);
            }
        }
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let key = Value::str(key);
        let hash = match &key {
            Value::Str(s) => s.hash(),
            _ => unreachable!(),
        };
        let mut t = self.lock();
        match t.probe(hash, &key) {
            Probe::Found(ix) => t.set_value_at(ix, value),
            _ => t.insert_new(hash, key, value),
        }
    }

    pub fn set_str_value(&self, key: &Value, value: Value) {
        let hash = match key {
            Value::Str(s) => s.hash(),
            _ => panic!("set_str_value needs a str key"),
        };
        let mut t = self.lock();
        match t.probe(hash, key) {
            Probe::Found(ix) => t.set_value_at(ix, value),
            _ => t.insert_new(hash, key.clone(), value),
        }
    }

    pub fn del_str(&self, key: &super::str::PyStr) -> Option<Value> {
        let mut t = self.lock();
        let ix = t.find_str(key)?;
        Some(t.remove_at(ix).value)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.lock().keys()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.lock().items()
    }
}

