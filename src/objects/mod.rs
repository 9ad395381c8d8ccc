//! The object model: `Value` and the heap types behind it.

pub mod bytes;
pub mod class;
pub mod complex;
pub mod container_lock;
pub mod dict;
pub mod format;
pub mod frame_object;
pub mod function;
pub mod generic_alias;
pub mod list;
pub mod module;
pub mod native;
pub mod numparse;
pub mod percent;
pub mod rc;
pub mod set;
pub mod str;
pub mod table;
pub mod thread_local;
pub mod trash;
pub mod tuple;
pub mod value;

pub use class::{BaseKind, Class, Instance, Payload};
pub use dict::PyDict;
pub use function::{BoundMethod, BuiltinFunction, Function, KwArgs, NativeFn};
pub use list::PyList;
pub use rc::Arc;
pub use module::Module;
pub use native::NativeObject;
pub use set::PySet;
pub use str::PyStr;
pub use table::Table;
pub use tuple::PyTuple;
pub use value::{Cell, Value};
