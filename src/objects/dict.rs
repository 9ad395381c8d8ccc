//! `dict`: an insertion-ordered hash table behind its own lock.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::{Mutex, MutexGuard};

use super::table::{Probe, Table};
use super::value::Value;

pub struct PyDict {
    table: Mutex<Table>,
    /// Bumped on every mutable access, so caches of lookups (the VM's
    /// global-name cache) can tell they are still valid without locking.
    version: AtomicU64,
}

/// Each dict starts its versions in a range of its own, so a cache entry for
/// a dict that was freed cannot match a new dict at the same address.
fn fresh_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1 << 32);
    NEXT.fetch_add(1 << 32, Ordering::Relaxed)
}

/// The locked table; taking it mutably counts as a change of the dict.
pub struct TableGuard<'a> {
    guard: MutexGuard<'a, Table>,
    version: &'a AtomicU64,
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
        PyDict { table: Mutex::new(Table::new()), version: AtomicU64::new(fresh_version()) }
    }

    pub fn from_table(table: Table) -> PyDict {
        PyDict { table: Mutex::new(table), version: AtomicU64::new(fresh_version()) }
    }

    /// Locks the table. Never call back into Python while holding the guard.
    #[inline]
    pub fn lock(&self) -> TableGuard<'_> {
        TableGuard { guard: self.table.lock(), version: &self.version }
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

    /// Looks up a str key (the common case for globals and attributes).
    #[inline]
    pub fn get_str(&self, key: &super::str::PyStr) -> Option<Value> {
        let t = self.lock();
        t.find_str(key).map(|ix| t.value_at(ix).clone())
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

