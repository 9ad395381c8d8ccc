//! `_hashlib`, the native half of `hashlib` (lib/hashlib.py): `new(name,
//! data)` and the `HASH` objects it makes (`update`, `digest`, `hexdigest`,
//! `copy`, `name`, `digest_size`, `block_size`). The digests themselves are
//! in `hash_algorithms.rs`.
//!
//! As CPython, hashing a buffer of 2 KiB or more lets the GIL go (through
//! `Vm::allow_threads`), so threads that hash large data run in parallel
//! even with the GIL on. The running state has its own lock, held only
//! while digesting, never while waiting for the GIL, so two threads that
//! share one HASH object cannot deadlock and their updates never mix.

use std::any::Any;
use crate::objects::Arc;

use parking_lot::Mutex;

use super::hash_algorithms::{Algorithm, Hasher};
use crate::builtins::{add_method, check_args};
use crate::objects::bytes::{as_bytearray, as_bytes_obj, new_bytes};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::{Blocking, Interpreter, PyResult, Types, Vm};

/// CPython's HASHLIB_GIL_MINSIZE: smaller buffers are not worth a GIL switch.
const GIL_MINSIZE: usize = 2048;

pub struct HashObject {
    state: Mutex<Hasher>,
}

impl NativeObject for HashObject {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.hash_object
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let name = self.state.lock().algorithm().name();
        Some(Ok(format!("<{name} _hashlib.HASH object @ {:#x}>", self as *const HashObject as usize)))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        let algorithm = self.state.lock().algorithm();
        match name {
            "name" => Some(Value::str(algorithm.name())),
            "digest_size" => Some(Value::Int(algorithm.digest_size() as i64)),
            "block_size" => Some(Value::Int(algorithm.block_size() as i64)),
            _ => None,
        }
    }
}

pub fn fill(dict: &PyDict, types: &Types) {
    dict.set_str("HASH", Value::Class(types.hash_object.clone()));
    let names: Vec<Value> = Algorithm::ALL.iter().map(|a| Value::str(a.name())).collect();
    dict.set_str("_algorithm_names", Value::tuple(names));
    super::add_functions(dict, &[("new", new)]);
}

pub fn register(interp: &Arc<Interpreter>) {
    let cls = &interp.types.hash_object;
    add_method(cls, "update", update);
    add_method(cls, "digest", digest);
    add_method(cls, "hexdigest", hexdigest);
    add_method(cls, "copy", copy);
}

/// `_hashlib.new(name, data=b'')`.
fn new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut name = args.first().cloned();
    let mut data = args.get(1).cloned();
    if args.len() > 2 {
        return Err(vm.type_error(format!("new() takes at most 2 arguments ({} given)", args.len())));
    }
    for (key, value) in kw {
        match key.as_str() {
            "name" if name.is_none() => name = Some(value.clone()),
            "data" | "string" if data.is_none() => data = Some(value.clone()),
            "usedforsecurity" => {}
            other => return Err(vm.type_error(format!("new() got an unexpected keyword argument '{other}'"))),
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("new() missing required argument 'name' (pos 1)"));
    };
    let Value::Str(text) = crate::vm::ops_builtin_value(&name) else {
        return Err(vm.type_error("name must be a string"));
    };
    let Some(algorithm) = Algorithm::from_name(text.as_str()) else {
        return Err(vm.value_error(format!("unsupported hash type {}", text.as_str())));
    };
    let object = HashObject { state: Mutex::new(Hasher::new(algorithm)) };
    if let Some(data) = data {
        feed(vm, &object, &data)?;
    }
    Ok(Value::native(object))
}

/// `self` as a HASH object, or CPython's descriptor error.
fn this<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a HashObject> {
    let found = match args.first() {
        Some(Value::Native(n)) => n.downcast::<HashObject>(),
        _ => None,
    };
    found.ok_or_else(|| {
        let got = args.first().map_or("nothing".to_owned(), |v| vm.type_name(v));
        vm.type_error(format!("descriptor '{method}' for '_hashlib.HASH' objects doesn't apply to a '{got}' object"))
    })
}

/// Adds the bytes of `data` to the digest, without the GIL for large buffers.
fn feed(vm: &mut Vm, object: &HashObject, data: &Value) -> PyResult<()> {
    if let Some(b) = as_bytes_obj(data) {
        // bytes are immutable: hash them in place.
        hash_into(vm, object, &b.data);
        return Ok(());
    }
    if let Some(a) = as_bytearray(data) {
        // A copy, so no lock of the bytearray is held while the GIL is let go.
        let copy = a.data.lock().clone();
        hash_into(vm, object, &copy);
        return Ok(());
    }
    if matches!(crate::vm::ops_builtin_value(data), Value::Str(_)) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    Err(vm.type_error("object supporting the buffer API required"))
}

fn hash_into(vm: &mut Vm, object: &HashObject, data: &[u8]) {
    if data.len() >= GIL_MINSIZE {
        // Digesting touches no Python object; the state's lock is let go
        // before the GIL is taken back.
        vm.allow_threads(Blocking::Io, || object.state.lock().update(data));
    } else {
        object.state.lock().update(data);
    }
}

fn update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let object = this(vm, args, "update")?;
    check_args(vm, "HASH.update", &args[1..], 1, 1)?;
    feed(vm, object, &args[1])?;
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let object = this(vm, args, "digest")?;
    check_args(vm, "HASH.digest", &args[1..], 0, 0)?;
    Ok(new_bytes(object.state.lock().digest()))
}

fn hexdigest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let object = this(vm, args, "hexdigest")?;
    check_args(vm, "HASH.hexdigest", &args[1..], 0, 0)?;
    let bytes = object.state.lock().digest();
    let text: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Value::string(text))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let object = this(vm, args, "copy")?;
    check_args(vm, "HASH.copy", &args[1..], 0, 0)?;
    let state = object.state.lock().clone();
    Ok(Value::native(HashObject { state: Mutex::new(state) }))
}
