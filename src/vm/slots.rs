//! `__slots__`: a class that names its instance attributes. Each slot
//! becomes a data descriptor on the class; the values live in the
//! instance's attribute table, which a class whose whole MRO has slots
//! (and no `'__dict__'` slot) does not expose: assigning any other name is
//! an AttributeError, and the instance has no `__dict__`.

use crate::objects::Arc;

use crate::builtins::descriptors::Property;
use crate::objects::{BuiltinFunction, Class, KwArgs, PyDict, PyStr, Value};
use super::{PyResult, Vm};

/// The names a `__slots__` value lists (a str is one name).
fn slot_names(vm: &mut Vm, slots: &Value) -> PyResult<Vec<Arc<PyStr>>> {
    let items = match slots {
        Value::Str(_) => vec![slots.clone()],
        other => vm.collect(other)?,
    };
    items
        .into_iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s),
            other => Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(&other)))),
        })
        .collect()
}

/// At class creation: a descriptor in the class namespace for each slot.
pub fn install(vm: &mut Vm, ns: &PyDict) -> PyResult<()> {
    let Some(slots) = ns.get_str(&PyStr::new("__slots__")) else { return Ok(()) };
    for name in slot_names(vm, &slots)? {
        if matches!(name.as_str(), "__dict__" | "__weakref__") {
            continue;
        }
        if ns.get_str(&name).is_some() {
            return Err(vm.value_error(format!("'{}' in __slots__ conflicts with class variable", name.as_str())));
        }
        let accessor = |func| Value::Builtin(Arc::new(BuiltinFunction { name: "slot", func, bound: Some(Value::Str(name.clone())), owner: None }));
        let descriptor = Property { fget: Some(accessor(slot_get)), fset: Some(accessor(slot_set)), fdel: Some(accessor(slot_del)), doc: Value::None };
        ns.set_str(name.as_str(), Value::native(descriptor));
    }
    Ok(())
}

/// Whether a class attribute is the descriptor `install` made for a slot:
/// its value lives in the instance table under the slot's name, so the
/// attribute caches may read and write it there directly.
pub fn is_slot(attr: &Value) -> bool {
    let Value::Native(n) = attr else { return false };
    match n.downcast::<Property>().and_then(|p| p.fget.as_ref()) {
        Some(Value::Builtin(b)) => b.func as *const () == slot_get as *const (),
        _ => false,
    }
}

/// False when the class and every base but `object` declare `__slots__`
/// without a `'__dict__'` slot: its instances have no `__dict__`.
pub fn has_instance_dict(vm: &mut Vm, cls: &Arc<Class>) -> bool {
    if let Some(&known) = cls.instance_dict.get() {
        return known;
    }
    let key = PyStr::new("__slots__");
    let has = std::iter::once(cls).chain(cls.mro_rest.iter()).any(|c| {
        if c.builtin {
            return !Arc::ptr_eq(c, &vm.types().object);
        }
        match c.dict.get_str(&key) {
            None => true,
            Some(slots) => slot_names(vm, &slots).map_or(true, |names| names.iter().any(|n| n.as_str() == "__dict__")),
        }
    });
    *cls.instance_dict.get_or_init(|| has)
}

fn instance_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Arc<crate::objects::Instance>> {
    match v {
        Value::Instance(i) => Ok(i),
        other => Err(vm.type_error(format!("descriptor does not apply to a '{}' object", vm.type_name(other)))),
    }
}

fn slot_name(args: &[Value]) -> Arc<PyStr> {
    match &args[0] {
        Value::Str(s) => s.clone(),
        _ => unreachable!("a slot accessor is bound to its name"),
    }
}

fn slot_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = slot_name(args);
    let inst = instance_of(vm, &args[1])?;
    inst.dict.get_str(&name).ok_or_else(|| vm.no_attribute(&args[1], name.as_str()))
}

fn slot_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = slot_name(args);
    let inst = instance_of(vm, &args[1])?;
    inst.dict.set_str(name.as_str(), args[2].clone());
    Ok(Value::None)
}

fn slot_del(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = slot_name(args);
    let inst = instance_of(vm, &args[1])?;
    if inst.dict.get_str(&name).is_none() {
        return Err(vm.attribute_error(name.as_str().to_owned()));
    }
    inst.dict.del_str(&name);
    Ok(Value::None)
}
