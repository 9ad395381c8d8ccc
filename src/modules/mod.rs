//! The module registry: every module gilpy has without a file on
//! `sys.path`, found by one lookup (`find`).
//!
//! Two tables, one per kind of entry, and nothing else to edit:
//! * `NATIVE`: modules written in Rust (`sys`, `time`, `math`, `_random`,
//!   `_thread`, `posix`, `_traceback`, `_collections`, `_functools`, `_hashlib`, `_sre`), each a name and the function that fills its namespace;
//! * `FROZEN`: every `.py` file under `lib/` (a package is a directory with
//!   an `__init__.py`), compiled into the binary by `build.rs`.
//!
//! A module is created the first time it is imported (the VM keeps it in
//! `sys.modules`), so a program pays only for the modules it uses.

pub mod _collections;
mod deque_methods;
pub mod functools;
mod hash_algorithms;
pub mod hashlib;
pub mod math;
mod posix;
mod math_special;
pub mod random;
mod sre;
pub mod sys;
pub mod thread;
pub mod time;
mod time_format;
pub mod traceback;

use crate::objects::Arc;

use crate::objects::{NativeFn, PyDict};
use crate::vm::{Interpreter, Vm};

include!(concat!(env!("OUT_DIR"), "/frozen_lib.rs"));

/// Fills the namespace of a native module (which already holds `__name__`).
pub type InitFn = fn(&mut Vm, &Arc<PyDict>);

/// Native modules: one line each.
static NATIVE: &[(&str, InitFn)] = &[
    ("sys", sys::fill),
    ("time", |vm, dict| time::fill(vm, dict)),
    ("math", |_, dict| math::fill(dict)),
    ("_random", |vm, dict| random::fill(vm, dict)),
    ("_thread", |vm, dict| thread::fill(dict, &vm.interp.clone())),
    ("posix", |vm, dict| posix::fill(vm, dict)),
    ("_traceback", |_, dict| traceback::fill(dict)),
    ("_collections", _collections::fill),
    ("_functools", functools::fill),
    ("_hashlib", |vm, dict| hashlib::fill(dict, vm.types())),
    // Its namespace is the interpreter's builtins dict (src/vm/import.rs), already full.
    ("builtins", |_, _| {}),
    ("_sre", sre::fill),
];

/// What the registry knows of a module name (the type the import system,
/// in `vm/`, defines for the lookup it is given).
pub use crate::vm::ModuleSource as Entry;

/// The built-in or frozen module called `name` (dotted for a submodule).
/// With `lib_dir` (`GILPY_LIB`), a frozen module's source is read from that
/// directory when the file is there, so lib/ can be edited without a rebuild.
pub fn find(name: &str, lib_dir: Option<&std::path::Path>) -> Option<Entry> {
    if let Some(&(_, init)) = NATIVE.iter().find(|(n, _)| *n == name) {
        return Some(Entry::Native(init));
    }
    if let Some(dir) = lib_dir {
        let base = name.split('.').fold(dir.to_path_buf(), |p, part| p.join(part));
        if let Ok(source) = std::fs::read_to_string(base.join("__init__.py")) {
            return Some(Entry::Frozen { source: source.into(), is_package: true });
        }
        if let Ok(source) = std::fs::read_to_string(base.with_extension("py")) {
            return Some(Entry::Frozen { source: source.into(), is_package: false });
        }
    }
    let i = FROZEN.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok()?;
    let (_, is_package, source) = FROZEN[i];
    Some(Entry::Frozen { source: source.into(), is_package })
}

pub fn register(interp: &Arc<Interpreter>) {
    thread::register(interp);
    _collections::register(interp);
    functools::register(interp);
    hashlib::register(interp);
}

/// Adds the module-level functions `funcs` to a module namespace.
fn add_functions(dict: &PyDict, funcs: &[(&'static str, NativeFn)]) {
    for &(name, func) in funcs {
        crate::builtins::add_function(dict, name, func);
    }
}
