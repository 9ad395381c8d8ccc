//! `set` and `frozenset`: a hash table of keys behind its own lock.

use parking_lot::{Mutex, MutexGuard};

use super::table::Table;

pub struct PySet {
    table: Mutex<Table>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(table: Table, frozen: bool) -> PySet {
        PySet { table: Mutex::new(table), frozen }
    }

    /// Locks the table. Never call back into Python while holding the guard.
    #[inline]
    pub fn lock(&self) -> MutexGuard<'_, Table> {
        self.table.lock()
    }

    pub fn len(&self) -> usize {
        self.table.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
