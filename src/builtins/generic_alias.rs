//! The methods of `types.GenericAlias` (the type lives in
//! `objects/generic_alias.rs`) and the `__class_getitem__` that the generic
//! built-in classes (`list`, `dict`, `tuple`, `set`, `frozenset`, `type`) share.

use crate::objects::Arc;

use super::add_method;
use crate::objects::generic_alias::GenericAlias;
use crate::objects::{KwArgs, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.generic_alias, "__new__", alias_new);
    add_method(&t.generic_alias, "__call__", alias_call);
    add_method(&t.generic_alias, "__mro_entries__", alias_mro_entries);
}

/// True for the built-in classes that `cls[...]` makes an alias of.
pub fn is_builtin_generic(vm: &Vm, cls: &Arc<crate::objects::Class>) -> bool {
    let t = vm.types();
    if [&t.type_, &t.enumerate, &t.dict_keys, &t.dict_values, &t.dict_items].iter().any(|c| Arc::ptr_eq(c, cls)) {
        return true;
    }
    // The containers' `__class_getitem__` is inherited: `OrderedDict[str, int]`,
    // `Counter[str]`, a namedtuple class, `deque[int]`.
    [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.deque].iter().any(|c| cls.is_subclass(c))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a GenericAlias> {
    match args.first() {
        Some(Value::Native(n)) => n.downcast::<GenericAlias>().ok_or_else(|| vm.type_error("expected a GenericAlias")),
        _ => Err(vm.type_error("expected a GenericAlias")),
    }
}

/// `GenericAlias(origin, args)`.
fn alias_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[1..] {
        [origin, index] => Ok(Value::native(GenericAlias::new(origin.clone(), index))),
        other => Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", other.len()))),
    }
}

/// `list[int](...)` calls `list(...)`.
fn alias_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let origin = this(vm, args)?.origin.clone();
    vm.call_kw(origin, &args[1..], kw)
}

/// `class A(list[int])` derives from `list`.
fn alias_mro_entries(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let origin = this(vm, args)?.origin.clone();
    Ok(Value::tuple(vec![origin]))
}
