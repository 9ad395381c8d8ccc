//! Heap objects implemented in Rust that need no variant of their own in
//! `Value`: ranges, iterators, generators, files, properties, locks...
//! Behaviour comes from methods in their class's dict; iteration, the one
//! thing the eval loop does constantly, is a trait method.

use std::any::Any;
use crate::objects::Arc;

use super::class::Class;
use crate::vm::{PyResult, Types, Vm};

pub trait NativeObject: Any + Send + Sync {
    /// The object's class, one of the interpreter's built-in types.
    fn class<'t>(&self, types: &'t Types) -> &'t Arc<Class>;

    fn as_any(&self) -> &dyn Any;

    /// `repr()` when the class does not define `__repr__`; `None` for the default.
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        None
    }

    /// A data attribute such as `slice.start`; methods live in the class dict.
    fn attr(&self, _name: &str) -> Option<crate::objects::Value> {
        None
    }

    /// True for objects whose protocols (`len`, `[]`, `in`, iteration,
    /// comparisons, `+`/`*`, truth, hashing, `reversed`) are the built-in
    /// dunder methods in their class dict, as a Python class's would be:
    /// where the VM has no fast path of its own for a native type it calls
    /// those (`Vm::native_dunder`). A native type then needs no code in
    /// `vm/`: `collections.deque` works this way.
    fn protocols_in_class(&self) -> bool {
        false
    }

    /// True for objects whose `__next__` is `iter_next`.
    fn is_iterator(&self) -> bool {
        false
    }

    /// `next()`: `Ok(None)` when exhausted.
    fn iter_next(&self, _vm: &mut Vm) -> PyResult<Option<crate::objects::Value>> {
        Ok(None)
    }

    /// Calling the object, for a type that is callable natively (the
    /// `lru_cache` wrapper): `None` for objects called through their
    /// class's `__call__`, if any.
    fn call(&self, _vm: &mut Vm, _args: &[crate::objects::Value], _kw: crate::objects::KwArgs) -> Option<PyResult<crate::objects::Value>> {
        None
    }

    /// True for objects that bind to the instance when found on its class,
    /// as functions do (their `__get__` makes a bound method).
    fn binds_as_method(&self) -> bool {
        false
    }

    /// The `__dict__` of an object that takes arbitrary attributes.
    fn instance_dict(&self) -> Option<&Arc<crate::objects::PyDict>> {
        None
    }

    /// `__length_hint__()` of an iterator that knows how many items are left.
    fn length_hint(&self) -> Option<usize> {
        None
    }
}

impl dyn NativeObject {
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        self.as_any().downcast_ref::<T>()
    }
}
