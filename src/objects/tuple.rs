//! `tuple`: an immutable sequence.

use super::value::Value;

pub struct PyTuple {
    items: Box<[Value]>,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        super::trash::drop_items(std::mem::take(&mut self.items).into_vec());
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items: items.into_boxed_slice() }
    }
    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
