//! `Value`: what the VM pushes, stores and passes around.
//!
//! Immediates (None, bools, small ints, floats) are plain data: copying one
//! costs nothing and needs no reference count. Everything else lives on the
//! heap behind an `Arc`, so values can cross threads and are freed as soon as
//! the last reference goes, as in CPython.

use crate::objects::Arc;

use num_bigint::BigInt;

use super::class::{Class, Instance};
use super::dict::PyDict;
use super::function::{BoundMethod, BuiltinFunction, Function};
use super::list::PyList;
use super::module::Module;
use super::native::NativeObject;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;

/// `repr(u64)`: a full-word tag lets the compiler build a value in two
/// registers and store it with plain word writes (a byte tag made it go
/// through memory, and the wider reload stalled store forwarding).
#[repr(u64)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside i64; always normalised (never fits i64).
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    List(Arc<PyList>),
    Tuple(Arc<PyTuple>),
    Dict(Arc<PyDict>),
    Set(Arc<PySet>),
    Function(Arc<Function>),
    /// A function that lives as long as the program (the first function a
    /// module- or class-level `def` makes): copied without reference counting.
    StaticFunction(&'static Function),
    Builtin(Arc<BuiltinFunction>),
    /// An unbound built-in function or method (`len`, `list.append`): made
    /// once when the interpreter starts and never freed, so copied without
    /// reference counting. With the GIL off this matters most: every thread
    /// reads the same few, and a shared count would bounce between cores.
    StaticBuiltin(&'static BuiltinFunction),
    Method(Arc<BoundMethod>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    /// Ranges, iterators, generators, files, properties, locks... Boxed
    /// inside the Arc so the pointer stays thin and `Value` two words.
    Native(Arc<Box<dyn NativeObject>>),
    /// A closure cell; lives only in frame slots, never visible to Python code.
    Cell(Arc<Cell>),
    /// An unbound local slot; never visible to Python code.
    Undefined,
}

impl Clone for Value {
    /// A bitwise copy of the two words, plus a reference count for heap
    /// values. Copying the words whole (rather than rebuilding the enum arm
    /// by arm) keeps the value out of a stack temporary whose two word-sized
    /// writes a wider reload would have to wait for (a store-forwarding stall).
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_heap() {
            self.incref();
        }
        // SAFETY: the reference count was just taken for heap values, and
        // the others are plain data.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Holds a reference count (dropping it may free something).
    #[inline]
    pub fn is_heap(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::StaticFunction(_)
                | Value::StaticBuiltin(_)
                | Value::Undefined
        )
    }

    /// Takes one more reference on a heap value's `Arc`.
    #[inline(always)]
    fn incref(&self) {
        use Value::*;
        fn take<T>(a: &Arc<T>) {
            std::mem::forget(Arc::clone(a));
        }
        match self {
            BigInt(a) => take(a),
            Str(a) => take(a),
            List(a) => take(a),
            Tuple(a) => take(a),
            Dict(a) => take(a),
            Set(a) => take(a),
            Function(a) => take(a),
            Builtin(a) => take(a),
            Method(a) => take(a),
            Class(a) => take(a),
            Instance(a) => take(a),
            Module(a) => take(a),
            Native(a) => take(a),
            Cell(a) => take(a),
            None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) | StaticFunction(_) | StaticBuiltin(_) | Undefined => {}
        }
    }
}

/// A variable captured by a closure. Its lock is a container lock: with the
/// GIL guarding everything it is skipped, as for lists and dicts.
pub struct Cell {
    value: super::container_lock::ContainerLock<Value>,
}

impl Cell {
    pub fn new(value: Value) -> Cell {
        Cell { value: super::container_lock::ContainerLock::new(value) }
    }
    #[inline]
    pub fn get(&self) -> Value {
        self.value.lock().clone()
    }
    /// Stores `value`; the old one is dropped after the lock is let go.
    #[inline]
    pub fn set(&self, value: Value) {
        let old = std::mem::replace(&mut *self.value.lock(), value);
        drop(old);
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Arc::new(PyStr::from_string(s)))
    }

    pub fn from_bigint(v: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match v.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(v)),
        }
    }

    pub fn native<T: NativeObject>(obj: T) -> Value {
        Value::Native(Arc::new(Box::new(obj)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(PyList::new(items)))
    }

    /// The function behind either function variant.
    #[inline]
    /// The built-in function behind `Builtin` and `StaticBuiltin`.
    pub fn as_builtin(&self) -> Option<&BuiltinFunction> {
        match self {
            Value::Builtin(b) => Some(b),
            Value::StaticBuiltin(b) => Some(b),
            _ => Option::None,
        }
    }

    /// An unbound built-in, made for the life of the program.
    pub fn static_builtin(f: BuiltinFunction) -> Value {
        Value::StaticBuiltin(Box::leak(Box::new(f)))
    }

    pub fn as_function(&self) -> Option<&Function> {
        match self {
            Value::Function(f) => Some(f),
            Value::StaticFunction(f) => Some(f),
            _ => Option::None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython too; equal i64 values behave as one object.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Arc::ptr_eq(a, b),
            (Str(a), Str(b)) => Arc::ptr_eq(a, b) || (a.len() <= 1 && a.as_str() == b.as_str()),
            (List(a), List(b)) => Arc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Arc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Dict(a), Dict(b)) => Arc::ptr_eq(a, b),
            (Set(a), Set(b)) => Arc::ptr_eq(a, b),
            (Function(a), Function(b)) => Arc::ptr_eq(a, b),
            (StaticFunction(a), StaticFunction(b)) => std::ptr::eq(*a, *b),
            (Builtin(a), Builtin(b)) => Arc::ptr_eq(a, b),
            (StaticBuiltin(a), StaticBuiltin(b)) => std::ptr::eq(*a, *b),
            (Method(a), Method(b)) => Arc::ptr_eq(a, b),
            (Class(a), Class(b)) => Arc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Arc::ptr_eq(a, b),
            (Module(a), Module(b)) => Arc::ptr_eq(a, b),
            (Native(a), Native(b)) => Arc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Arc::ptr_eq(a, b),
            (Undefined, Undefined) => true,
            _ => false,
        }
    }

    /// A stable address for `id()` and default reprs.
    pub fn address(&self) -> usize {
        use Value::*;
        match self {
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 0x10,
            Int(i) => 0x10_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Float(f) => f.to_bits() as usize,
            BigInt(a) => Arc::as_ptr(a) as usize,
            Str(a) => Arc::as_ptr(a) as usize,
            List(a) => Arc::as_ptr(a) as usize,
            Tuple(a) => Arc::as_ptr(a) as usize,
            Dict(a) => Arc::as_ptr(a) as usize,
            Set(a) => Arc::as_ptr(a) as usize,
            Function(a) => Arc::as_ptr(a) as usize,
            StaticFunction(f) => *f as *const super::function::Function as usize,
            Builtin(a) => Arc::as_ptr(a) as usize,
            StaticBuiltin(b) => *b as *const BuiltinFunction as usize,
            Method(a) => Arc::as_ptr(a) as usize,
            Class(a) => Arc::as_ptr(a) as usize,
            Instance(a) => Arc::as_ptr(a) as usize,
            Module(a) => Arc::as_ptr(a) as usize,
            Native(a) => Arc::as_ptr(a) as usize,
            Cell(a) => Arc::as_ptr(a) as usize,
            Undefined => 0,
        }
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => Option::None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use Value::*;
        match self {
            None => write!(f, "None"),
            NotImplemented => write!(f, "NotImplemented"),
            Ellipsis => write!(f, "Ellipsis"),
            Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Int(i) => write!(f, "{i}"),
            Float(x) => write!(f, "{}", super::format::float_repr(*x)),
            BigInt(b) => write!(f, "{b}"),
            Str(s) => write!(f, "{}", super::format::str_repr(s.as_str())),
            Tuple(t) => write!(f, "{:?}", t.as_slice()),
            Native(n) if n.downcast::<super::complex::Complex>().is_some() => {
                write!(f, "{}", n.downcast::<super::complex::Complex>().expect("complex").to_repr())
            }
            other => write!(f, "<object at {:#x}>", other.address()),
        }
    }
}

// Values are pushed, popped and copied constantly: keep them two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
