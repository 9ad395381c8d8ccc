//! The `builtins` namespace and the methods of the built-in types.
//!
//! Each file registers its own functions: `install` only wires them up.

pub mod binary_io;
pub mod bytes_methods;
pub mod class_builder;
pub mod complex_methods;
pub mod codecs;
pub mod constructors;
pub mod containers;
pub mod container_methods;
pub mod descriptors;
pub mod exec;
pub mod exception_methods;
pub mod dict_views;
pub mod functions;
pub mod generic_alias;
pub mod int_bytes;
pub mod io;
pub mod iterators;
pub mod native_methods;
pub mod number_methods;
pub mod numeric;
pub mod range;
pub mod slice;
pub mod traceback;
pub mod str_methods;
pub mod strings;

use crate::objects::Arc;

use crate::objects::{BuiltinFunction, Class, NativeFn, PyDict, Value};
use crate::vm::{Interpreter, PyResult, Vm};

/// Adds a method implemented in Rust to a built-in class.
pub fn add_method(cls: &Arc<Class>, name: &'static str, func: NativeFn) {
    let owner: &'static str = Box::leak(cls.name.clone().into_boxed_str());
    cls.dict.set_str(name, Value::static_builtin(BuiltinFunction { name, func, bound: None, owner: Some(owner) }));
}

/// Adds a method implemented in Rust that receives the class
/// (`dict.fromkeys`, `int.from_bytes`), so that subclasses get their own kind.
pub fn add_class_method(cls: &Arc<Class>, name: &'static str, func: NativeFn) {
    let owner: &'static str = Box::leak(cls.name.clone().into_boxed_str());
    let f = BuiltinFunction { name, func, bound: None, owner: Some(owner) };
    cls.dict.set_str(name, Value::native(descriptors::ClassMethod { func: Value::Builtin(Arc::new(f)) }));
}

/// Argument `i` (after `self`) given by position, else by keyword `name`.
pub fn arg<'a>(args: &'a [Value], kw: crate::objects::KwArgs<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i + 1).or_else(|| kwarg(kw, name))
}

/// Adds a function implemented in Rust to a namespace.
pub fn add_function(dict: &PyDict, name: &'static str, func: NativeFn) {
    dict.set_str(name, Value::static_builtin(BuiltinFunction { name, func, bound: None, owner: None }));
}

/// Fills the builtins namespace and the built-in classes' methods.
pub fn install(interp: &Arc<Interpreter>) {
    let b = &interp.builtins;
    let t = &interp.types;
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("str", &t.str),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
    ] {
        b.set_str(name, Value::Class(cls.clone()));
    }
    for cls in t.exceptions.all() {
        b.set_str(&cls.name, Value::Class(cls.clone()));
    }
    // ImportError's `name` and `path` are None unless the import system sets them.
    for attr in ["name", "path"] {
        t.exceptions.import_error.dict.set_str(attr, Value::None);
    }
    b.set_str("EnvironmentError", Value::Class(t.exceptions.os_error.clone()));
    b.set_str("IOError", Value::Class(t.exceptions.os_error.clone()));
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("__name__", Value::str("builtins"));
    add_function(b, "__build_class__", class_builder::build_class);
    constructors::register(interp);
    class_builder::register(interp);
    generic_alias::register(interp);
    functions::register(interp);
    exec::register(interp);
    str_methods::register(interp);
    container_methods::register(interp);
    iterators::register(interp);
    dict_views::register(interp);
    exception_methods::register(interp);
    native_methods::register(interp);
    numeric::register(interp);
    io::register(interp);
    number_methods::register(interp);
    int_bytes::register(interp);
    complex_methods::register(interp);
    bytes_methods::register(interp);
    binary_io::register(interp);
    crate::modules::register(interp);
}

/// Checks the number of positional arguments of a built-in function.
pub fn check_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    }))
}

/// A keyword argument by name, if given.
pub fn kwarg<'a>(kw: crate::objects::KwArgs<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}
