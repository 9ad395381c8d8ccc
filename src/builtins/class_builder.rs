//! Making classes: `__build_class__` (the `class` statement), `type(...)`,
//! `object`, and `super()`.

use std::any::Any;
use crate::objects::Arc;

use super::{add_method, kwarg};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, PyStr, Value};
use crate::vm::frame_support::run_class_body;
use crate::vm::{Interpreter, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.object, "__init__", object_init);
    add_method(&t.object, "__new__", object_new);
    add_method(&t.object, "__setattr__", object_setattr);
    add_method(&t.object, "__delattr__", object_delattr);
    add_method(&t.object, "__getattribute__", object_getattribute);
    add_method(&t.type_, "__new__", type_new);
    add_method(&t.type_, "__call__", type_call);
    add_method(&t.type_, "__init__", type_init);
    add_method(&t.object, "__init_subclass__", object_init_subclass);
    add_method(&t.type_, "mro", type_mro);
    add_method(&t.super_, "__new__", super_new);
    // The dunders collections.abc's subclass hooks look for in class dicts.
    add_method(&t.object, "__hash__", object_hash);
    for unhashable in [&t.list, &t.dict, &t.set, &t.bytearray, &t.dict_keys, &t.dict_items, &t.deque] {
        unhashable.dict.set_str("__hash__", Value::None);
    }
    for reversible in [&t.dict, &t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(reversible, "__reversed__", reversed_dunder);
    }
}

/// `object.__hash__(x)`: the identity hash, whatever `x`'s class defines.
fn object_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__hash__", &args[1..], 0, 0)?;
    Ok(Value::Int(match &args[0] {
        Value::Instance(i) if !matches!(i.payload, crate::objects::Payload::Immutable(_)) => (args[0].address() >> 4) as i64,
        other => vm.hash(other)?,
    }))
}

/// `d.__reversed__()` for a dict and its views: `reversed(d)`.
fn reversed_dunder(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__reversed__", &args[1..], 0, 0)?;
    let reversed = Value::Class(vm.types().reversed.clone());
    vm.call(reversed, &[args[0].clone()])
}

/// `class Name(bases, **kw): body` calls this with the body as a function:
/// finds the metaclass, makes the namespace (`__prepare__`), runs the body,
/// then calls the metaclass, as CPython's `__build_class__` does.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (Some(body), Some(Value::Str(name))) = (args.first().and_then(|f| f.as_function()), args.get(1)) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut bases = Vec::new();
    let mut resolved = false;
    let orig_bases = Value::tuple(args[2..].to_vec());
    for b in &args[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            // `class A(list[int])`: the alias names the class to derive from.
            other => match vm.get_attr_opt(other, &Arc::new(PyStr::new("__mro_entries__")))? {
                Some(entries) => {
                    resolved = true;
                    let got = vm.call(entries, &[orig_bases.clone()])?;
                    let Value::Tuple(got) = got else {
                        return Err(vm.type_error("__mro_entries__ must return a tuple"));
                    };
                    for g in got.as_slice() {
                        match g {
                            Value::Class(c) => bases.push(c.clone()),
                            other => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
                        }
                    }
                }
                None => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
            },
        }
    }
    let class_kw: Vec<(Arc<PyStr>, Value)> = kw.iter().filter(|(k, _)| k.as_str() != "metaclass").cloned().collect();
    let meta = match kwarg(kw, "metaclass") {
        // A metaclass that is not a class (a function) is simply called.
        Some(m) if !matches!(m, Value::Class(_)) => {
            let ns = Arc::new(PyDict::new());
            run_class_body(vm, body, ns.clone())?;
            let bases_t = Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
            return vm.call_kw(m.clone(), &[Value::Str(name.clone()), bases_t, Value::Dict(ns)], &class_kw);
        }
        Some(Value::Class(m)) => most_derived_metaclass(vm, m.clone(), &bases)?,
        _ => most_derived_metaclass(vm, vm.types().type_.clone(), &bases)?,
    };
    let bases_t = Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
    let meta_value = Value::Class(meta.clone());
    let ns = match user_metaclass_method(&meta, "__prepare__") {
        Some(prepare) => {
            let prepare = unwrap_class_method(prepare);
            match vm.call_kw(prepare, &[meta_value.clone(), Value::Str(name.clone()), bases_t.clone()], &class_kw)? {
                Value::Dict(d) => d,
                other => {
                    return Err(vm.type_error(format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        meta.name,
                        vm.type_name(&other)
                    )))
                }
            }
        }
        None => Arc::new(PyDict::new()),
    };
    if resolved {
        ns.set_str("__orig_bases__", orig_bases);
    }
    run_class_body(vm, body, ns.clone())?;
    if Arc::ptr_eq(&meta, &vm.types().type_) {
        return Ok(Value::Class(new_class_from_namespace(vm, None, name.as_str(), bases, &ns, &class_kw)?));
    }
    vm.call_kw(meta_value, &[Value::Str(name.clone()), bases_t, Value::Dict(ns)], &class_kw)
}

/// The metaclass a class with these bases gets: the most derived of `meta`
/// and the bases' metaclasses, which must form a chain.
fn most_derived_metaclass(vm: &Vm, meta: Arc<Class>, bases: &[Arc<Class>]) -> PyResult<Arc<Class>> {
    let mut winner = meta;
    for b in bases {
        let bm = b.metaclass.clone().unwrap_or_else(|| vm.types().type_.clone());
        if winner.is_subclass(&bm) {
            continue;
        }
        if bm.is_subclass(&winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `name` defined in Python on `meta` or a base of it (not `type`'s own).
fn user_metaclass_method(meta: &Arc<Class>, name: &str) -> Option<Value> {
    meta.lookup_str(name).filter(|v| !matches!(v, Value::Builtin(_) | Value::StaticBuiltin(_)))
}

fn unwrap_class_method(v: Value) -> Value {
    if let Value::Native(n) = &v {
        if let Some(cm) = n.downcast::<super::descriptors::ClassMethod>() {
            return cm.func.clone();
        }
        if let Some(sm) = n.downcast::<super::descriptors::StaticMethod>() {
            return sm.func.clone();
        }
    }
    v
}

/// `type.__new__(meta, name, bases, ns, **kw)`: the class itself, then
/// `__set_name__` on its attributes and `__init_subclass__` of its parent.
fn new_class_from_namespace(
    vm: &mut Vm,
    meta: Option<Arc<Class>>,
    name: &str,
    mut bases: Vec<Arc<Class>>,
    ns: &PyDict,
    kw: KwArgs,
) -> PyResult<Arc<Class>> {
    if bases.is_empty() {
        bases.push(vm.types().object.clone());
    }
    let qualname = match ns.get_str(&PyStr::new("__qualname__")) {
        Some(Value::Str(q)) => q.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!("type __qualname__ must be a str, not {}", vm.type_name(&other))));
        }
        None => name.to_owned(),
    };
    let module = match ns.get_str(&PyStr::new("__module__")) {
        Some(Value::Str(m)) => m.as_str().to_owned(),
        _ => match vm.frames.last().and_then(|f| f.globals.get_str(&PyStr::new("__name__"))) {
            Some(Value::Str(m)) => m.as_str().to_owned(),
            _ => "__main__".to_owned(),
        },
    };
    let dict = PyDict::from_table(ns.lock().clone());
    // A class that defines `__eq__` but not `__hash__` is unhashable, and says so in its dict.
    if dict.get_str(&PyStr::new("__eq__")).is_some() && dict.get_str(&PyStr::new("__hash__")).is_none() {
        dict.set_str("__hash__", Value::None);
    }
    let classcell = dict.del_str(&PyStr::new("__classcell__"));
    dict.del_str(&PyStr::new("__qualname__"));
    crate::vm::slots::install(vm, &dict)?;
    // Plain functions named __new__ are static methods, __init_subclass__ and __class_getitem__ class methods.
    if let Some(f @ (Value::Function(_) | Value::StaticFunction(_))) = dict.get_str(&PyStr::new("__new__")) {
        dict.set_str("__new__", Value::native(super::descriptors::StaticMethod { func: f }));
    }
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ (Value::Function(_) | Value::StaticFunction(_))) = dict.get_str(&PyStr::new(implicit)) {
            dict.set_str(implicit, Value::native(super::descriptors::ClassMethod { func: f }));
        }
    }
    for b in &bases {
        if b.builtin && matches!(b.name.as_str(), "bool" | "range" | "slice" | "function") {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    let meta = meta.filter(|m| !Arc::ptr_eq(m, &vm.types().type_));
    let cls = match meta {
        Some(m) => Class::with_metaclass(name, &qualname, &module, bases, dict, false, Some(m)),
        None => Class::new(name, &qualname, &module, bases, dict, false),
    }
    .map_err(|m| {
        // CPython wraps this message after "resolution".
        vm.type_error(m.replacen("method resolution order", "method resolution\norder", 1))
    })?;
    if let Some(Value::Cell(cell)) = classcell {
        cell.set(Value::Class(cls.clone()));
    }
    set_names(vm, &cls)?;
    init_subclass(vm, &cls, kw)?;
    Ok(cls)
}

/// Calls `__set_name__(cls, name)` on every attribute whose type defines it.
fn set_names(vm: &mut Vm, cls: &Arc<Class>) -> PyResult<()> {
    let entries = cls.dict.items();
    for (key, value) in entries {
        if let Some(hook) = vm.user_dunder(&value, "__set_name__") {
            vm.call_dunder(hook, &value, &[Value::Class(cls.clone()), key.clone()])?;
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kw)`: the parent's hook, or
/// `object`'s, which takes no keyword arguments.
fn init_subclass(vm: &mut Vm, cls: &Arc<Class>, kw: KwArgs) -> PyResult<()> {
    let name = PyStr::new("__init_subclass__");
    let hook = cls.mro_rest.iter().find_map(|c| c.dict.get_str(&name));
    match hook {
        Some(h) if !matches!(h, Value::Builtin(_) | Value::StaticBuiltin(_)) => {
            let f = unwrap_class_method(h);
            vm.call_kw(f, &[Value::Class(cls.clone())], kw)?;
            Ok(())
        }
        _ if !kw.is_empty() => Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls.name))),
        _ => Ok(()),
    }
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(other)))),
    }
}

/// `object.__setattr__(obj, name, value)`: stores without the class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__setattr__", &args[1..], 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr_generic(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__delattr__", &args[1..], 1, 1)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr_generic(&args[0], &name)?;
    Ok(Value::None)
}

/// `object.__getattribute__(obj, name)`: the lookup without the `__getattr__` fallback.
fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__getattribute__", &args[1..], 1, 1)?;
    let name = attr_name(vm, &args[1])?;
    match vm.generic_get_attr(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], name.as_str())),
    }
}

/// `object.__new__(cls)`.
fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            if c.builtin && Arc::ptr_eq(c, &vm.types().object) {
                return Ok(crate::vm::new_instance(c));
            }
            Ok(crate::vm::new_instance(c))
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

/// `type(x)` or `type(name, bases, dict, **kw)`, also reached as
/// `type.__new__(meta, name, bases, dict)` from a metaclass.
fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let meta = match args.first() {
        Some(Value::Class(m)) if m.is_subclass(&vm.types().type_) => m.clone(),
        Some(other) => {
            return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({})", vm.type_name(other))));
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    match &args[1..] {
        [x] if kw.is_empty() && Arc::ptr_eq(&meta, &vm.types().type_) => Ok(Value::Class(vm.class_of(x).clone())),
        [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
            let mut bs = Vec::new();
            for b in bases.as_slice() {
                match b {
                    Value::Class(c) => bs.push(c.clone()),
                    other => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
                }
            }
            let meta = most_derived_metaclass(vm, meta, &bs)?;
            let cls = new_class_from_namespace(vm, Some(meta), name.as_str(), bs, ns, kw)?;
            Ok(Value::Class(cls))
        }
        [_, _, _] => Err(vm.type_error("type.__new__() argument 1 must be str, not ...")),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does, for a
/// metaclass's `__call__` to reach through `super()`.
fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.instantiate(&c, &args[1..], kw)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `type.__init__`: accepts what `type.__new__` accepted.
fn type_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__init_subclass__()`: nothing to do, and no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() || args.len() > 1 {
        let name = match args.first() {
            Some(Value::Class(c)) => c.name.clone(),
            _ => "object".to_owned(),
        };
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(c.mro().map(|c| Value::Class(c.clone())).collect())),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// A `super()` object: attribute lookups start after `start` in `obj`'s MRO.
pub struct Super {
    pub start: Arc<Class>,
    pub obj: Value,
}

impl NativeObject for Super {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.super_
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    /// CPython's `<super: <class 'A'>, <B object>>`, B naming the type whose MRO is walked.
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let walked = match &self.obj {
            Value::Class(c) if c.is_subclass(&self.start) => c.name.to_string(),
            other => vm.type_name(other).to_string(),
        };
        Some(Ok(format!("<super: <class '{}'>, <{walked} object>>", self.start.name)))
    }
}

/// `super()` (reading `__class__` and the first argument of the calling
/// method) or `super(Class, obj)`.
fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (start, obj) = match &args[1..] {
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [] => crate::vm::frame_support::implicit_super_args(vm)?,
        _ => return Err(vm.type_error("super() argument 1 must be a type")),
    };
    Ok(Value::native(Super { start, obj }))
}

impl Vm {
    /// Attribute lookup on a super object.
    pub fn super_getattr(&mut self, sup: &Super, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        // super() in a classmethod walks the class's own MRO; in a method
        // (a metaclass's methods included) the MRO of the object's type.
        let as_class = match &sup.obj {
            Value::Class(c) if c.is_subclass(&sup.start) => Some(c.clone()),
            _ => None,
        };
        let obj_class = match &as_class {
            Some(c) => c.clone(),
            None => self.class_of(&sup.obj).clone(),
        };
        let mro: Vec<Arc<Class>> = obj_class.mro().cloned().collect();
        let pos = mro.iter().position(|c| Arc::ptr_eq(c, &sup.start)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(attr) = c.dict.get_str(name) {
                if as_class.is_some() {
                    // super() in a classmethod: classmethods bind to the class.
                    if let Value::Native(n) = &attr {
                        if let Some(cm) = n.downcast::<super::descriptors::ClassMethod>() {
                            return Ok(Some(crate::vm::bind_value(cm.func.clone(), sup.obj.clone())));
                        }
                    }
                    return Ok(Some(attr));
                }
                return self.bind_descriptor(attr, &sup.obj);
            }
        }
        Ok(None)
    }
}
