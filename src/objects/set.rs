//! `set` and `frozenset`: a hash table of keys behind its own lock.

use super::container_lock::{ContainerGuard, ContainerLock};

use super::table::Table;

pub struct PySet {
    table: ContainerLock<Table>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(mut table: Table, frozen: bool) -> PySet {
        table.ensure_set_mode();
        PySet { table: ContainerLock::new(table), frozen }
    }

    /// Locks the table. Never call back into Python while holding the guard.
    /// (A table swapped in by a caller is converted to the set layout.)
    #[inline]
    pub fn lock(&self) -> ContainerGuard<'_, Table> {
        let mut t = self.table.lock();
        t.ensure_set_mode();
        t
    }

    pub fn len(&self) -> usize {
        self.table.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
