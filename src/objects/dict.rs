//! `dict`: an insertion-ordered hash table behind its own lock.

use parking_lot::{Mutex, MutexGuard};

use super::table::{Probe, Table};
use super::value::Value;

pub struct PyDict {
    table: Mutex<Table>,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict { table: Mutex::new(Table::new()) }
    }

    pub fn from_table(table: Table) -> PyDict {
        PyDict { table: Mutex::new(table) }
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

    /// Looks up a str key (the common case for globals and attributes).
    #[inline]
    pub fn get_str(&self, key: &super::str::PyStr) -> Option<Value> {
        let t = self.table.lock();
        t.find_str(key).map(|ix| t.value_at(ix).clone())
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let key = Value::str(key);
        let hash = match &key {
            Value::Str(s) => s.hash(),
            _ => unreachable!(),
        };
        let mut t = self.table.lock();
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
        let mut t = self.table.lock();
        match t.probe(hash, key) {
            Probe::Found(ix) => t.set_value_at(ix, value),
            _ => t.insert_new(hash, key.clone(), value),
        }
    }

    pub fn del_str(&self, key: &super::str::PyStr) -> Option<Value> {
        let mut t = self.table.lock();
        let ix = t.find_str(key)?;
        Some(t.remove_at(ix).value)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.lock().keys()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.lock().items()
    }
}

