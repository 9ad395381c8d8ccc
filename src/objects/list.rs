//! `list`: a growable sequence behind its own lock, so that appends from
//! many threads with the GIL off lose nothing and never corrupt it.

use super::container_lock::{ContainerGuard, ContainerLock};

use super::value::Value;

pub struct PyList {
    items: ContainerLock<Vec<Value>>,
}

impl Drop for PyList {
    fn drop(&mut self) {
        super::trash::drop_items(std::mem::take(self.items.get_mut()));
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { items: ContainerLock::new(items) }
    }

    /// Locks the list. Never call back into Python while holding the guard.
    #[inline]
    pub fn lock(&self) -> ContainerGuard<'_, Vec<Value>> {
        self.items.lock()
    }

    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn push(&self, v: Value) {
        self.items.lock().push(v);
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.lock().get(i).cloned()
    }

    /// A copy of the items, to iterate over without holding the lock.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
}

/// The position of the first item equal to `x` in `items[start..end]`,
/// decided without Python code so that it can run under a list's lock;
/// None when some item before the answer needs `__eq__` (an instance, a
/// container).
pub fn find_simple(items: &[Value], x: &Value, start: usize, end: usize) -> Option<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(end).skip(start) {
        if super::table::simple_eq(item, x)? {
            return Some(Some(i));
        }
    }
    Some(None)
}
