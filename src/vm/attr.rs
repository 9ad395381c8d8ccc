//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, method
//! lookup without binding, and the descriptor protocol.

use crate::objects::Arc;

use super::{PyResult, Vm};
use crate::builtins::descriptors::{ClassMethod, Property, StaticMethod};
use crate::objects::{BoundMethod, BuiltinFunction, Class, Payload, PyStr, Value};

/// What a class attribute is, for the descriptor protocol.
enum Descriptor {
    /// A function: binds to the instance.
    Function,
    /// A built-in method: binds to the instance.
    Builtin,
    Property,
    ClassMethod,
    StaticMethod,
    /// An instance whose class defines `__get__` (and, for `data`, `__set__`/`__delete__`).
    User { data: bool },
    Plain,
}

impl Vm {
    fn descriptor_kind(&self, attr: &Value) -> Descriptor {
        match attr {
            Value::Function(_) | Value::StaticFunction(_) => Descriptor::Function,
            // Methods of built-in types (they have an owner) bind like
            // functions; module-level built-ins (`time.gmtime`, `len`) stored
            // as class attributes do not, as CPython's builtin functions
            // have no `__get__`.
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => Descriptor::Builtin,
            Value::StaticBuiltin(b) if b.owner.is_some() => Descriptor::Builtin,
            Value::Native(n) => {
                if n.downcast::<Property>().is_some() {
                    Descriptor::Property
                } else if n.downcast::<ClassMethod>().is_some() {
                    Descriptor::ClassMethod
                } else if n.downcast::<StaticMethod>().is_some() {
                    Descriptor::StaticMethod
                } else if n.binds_as_method() {
                    Descriptor::Function
                } else {
                    Descriptor::Plain
                }
            }
            Value::Instance(i) => {
                let has = |n: &str| i.class.lookup(&PyStr::new(n)).is_some();
                if has("__get__") {
                    Descriptor::User { data: has("__set__") || has("__delete__") }
                } else {
                    Descriptor::Plain
                }
            }
            _ => Descriptor::Plain,
        }
    }

    /// Binds a class attribute found for `instance`; `None` is never returned
    /// for callables (kept as Option for symmetry with lookups).
    pub fn bind_descriptor(&mut self, attr: Value, instance: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match self.descriptor_kind(&attr) {
            Descriptor::Function | Descriptor::Builtin => bind(attr, instance.clone()),
            Descriptor::Property => {
                let Value::Native(n) = &attr else { unreachable!() };
                let p = n.downcast::<Property>().expect("property");
                match p.fget.clone() {
                    Some(f) => self.call(f, &[instance.clone()])?,
                    None => return Err(self.attribute_error("property has no getter")),
                }
            }
            Descriptor::ClassMethod => {
                let Value::Native(n) = &attr else { unreachable!() };
                let f = n.downcast::<ClassMethod>().expect("classmethod").func.clone();
                let cls = Value::Class(self.class_of(instance).clone());
                bind(f, cls)
            }
            Descriptor::StaticMethod => {
                let Value::Native(n) = &attr else { unreachable!() };
                n.downcast::<StaticMethod>().expect("staticmethod").func.clone()
            }
            Descriptor::User { .. } => {
                let get = self.user_dunder(&attr, "__get__").expect("__get__");
                let owner = Value::Class(self.class_of(instance).clone());
                self.call_dunder(get, &attr, &[instance.clone(), owner])?
            }
            Descriptor::Plain => attr,
        }))
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Some(getattribute) = self.user_getattribute(obj) {
            return self.call_getattribute(getattribute, obj, name);
        }
        match self.generic_get_attr(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Some(getattr) = self.user_dunder(obj, "__getattr__") {
                    return self.call_dunder(getattr, obj, &[Value::Str(name.clone())]);
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> super::PyErr {
        match obj {
            Value::Module(m) => self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name)),
            Value::Class(c) => self.attribute_error(format!("type object '{}' has no attribute '{}'", c.name, name)),
            _ => self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name)),
        }
    }

    /// A class's own `__getattribute__` (Python code overriding `object`'s),
    /// which then decides every attribute read of its instances.
    #[inline]
    pub(super) fn user_getattribute(&self, obj: &Value) -> Option<Value> {
        match obj {
            Value::Instance(i) if !i.class.builtin => self.user_dunder(obj, "__getattribute__"),
            _ => None,
        }
    }

    /// Calls a user `__getattribute__`; its AttributeError falls back to
    /// `__getattr__` when the class has one, as CPython's slot does.
    fn call_getattribute(&mut self, getattribute: Value, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match self.call_dunder(getattribute, obj, &[Value::Str(name.clone())]) {
            Err(e) if e.is(&self.types().exceptions.attribute_error) => match self.user_dunder(obj, "__getattr__") {
                Some(getattr) => self.call_dunder(getattr, obj, &[Value::Str(name.clone())]),
                None => Err(e),
            },
            r => r,
        }
    }

    /// `getattr(obj, name)` without the `__getattr__` fallback; `None` for a
    /// missing attribute. A class's own `__getattribute__` is obeyed (its
    /// AttributeError reads as missing).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        if let Some(getattribute) = self.user_getattribute(obj) {
            return match self.call_getattribute(getattribute, obj, name) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is(&self.types().exceptions.attribute_error) => Ok(None),
                Err(e) => Err(e),
            };
        }
        self.generic_get_attr(obj, name)
    }

    /// `object.__getattribute__`: descriptors, the instance dict, the class;
    /// `None` for a missing attribute.
    pub fn generic_get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let class_attr = self.class_cache.lookup(&inst.class, name);
                if let Some(attr) = &class_attr {
                    match self.descriptor_kind(attr) {
                        Descriptor::Property | Descriptor::User { data: true } => {
                            return self.bind_descriptor(attr.clone(), obj);
                        }
                        _ => {}
                    }
                }
                if let Some(v) = self.attribute_dict(inst)?.get_str(name) {
                    return Ok(Some(v));
                }
                if let Some(attr) = class_attr {
                    return self.bind_descriptor(attr, obj);
                }
                self.special_instance_attr(obj, name.as_str())
            }
            Value::Class(cls) => self.class_attr(cls, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name) {
                    return Ok(Some(v));
                }
                Ok(match name.as_str() {
                    "__dict__" => Some(Value::Dict(m.dict.clone())),
                    "__name__" => Some(Value::str(&m.name)),
                    _ => None,
                })
            }
            _ => {
                if let Value::Native(n) = obj {
                    if let Some(sup) = n.clone().downcast::<crate::builtins::class_builder::Super>() {
                        let (start, target) = (sup.start.clone(), sup.obj.clone());
                        let sup = crate::builtins::class_builder::Super { start, obj: target };
                        return self.super_getattr(&sup, name);
                    }
                }
                let cls = self.class_of(obj).clone();
                let class_attr = self.class_cache.lookup(&cls, name);
                if let Value::Native(n) = obj {
                    if let Some(dict) = n.instance_dict() {
                        return self.native_dict_attr(obj, dict, class_attr, name);
                    }
                }
                if let Some(attr) = class_attr {
                    return self.bind_descriptor(attr, obj);
                }
                self.special_attr(obj, name.as_str())
            }
        }
    }

    /// An attribute of a native object with a `__dict__`: the class's data
    /// descriptors, then the dict, then the rest of the class.
    #[cold]
    fn native_dict_attr(&mut self, obj: &Value, dict: &Arc<crate::objects::PyDict>, class_attr: Option<Value>, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        if let Some(attr) = &class_attr {
            if let Descriptor::Property | Descriptor::User { data: true } = self.descriptor_kind(attr) {
                return self.bind_descriptor(attr.clone(), obj);
            }
        }
        if let Some(v) = dict.get_str(name) {
            return Ok(Some(v));
        }
        if name.as_str() == "__dict__" {
            return Ok(Some(Value::Dict(dict.clone())));
        }
        match class_attr {
            Some(attr) => self.bind_descriptor(attr, obj),
            None => self.special_attr(obj, name.as_str()),
        }
    }

    fn class_attr(&mut self, cls: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        // A class's own annotations, never a base's; a class without any
        // gets an empty dict on first use (CPython 3.10+).
        if name.as_str() == "__annotations__" && !cls.builtin {
            if let Some(own) = cls.dict.get_str(name) {
                return Ok(Some(own));
            }
            let empty = Value::Dict(Arc::new(crate::objects::PyDict::new()));
            cls.dict.set_str("__annotations__", empty.clone());
            return Ok(Some(empty));
        }
        // A metaclass's data descriptors (a property on the metaclass) come first.
        if let Some(meta) = &cls.metaclass {
            if let Some(attr) = meta.lookup(name) {
                if let Descriptor::Property | Descriptor::User { data: true } = self.descriptor_kind(&attr) {
                    return self.bind_descriptor(attr, &Value::Class(cls.clone()));
                }
            }
        }
        if let Some(attr) = cls.lookup(name) {
            return Ok(Some(match self.descriptor_kind(&attr) {
                Descriptor::ClassMethod => {
                    let Value::Native(n) = &attr else { unreachable!() };
                    let f = n.downcast::<ClassMethod>().expect("classmethod").func.clone();
                    bind(f, Value::Class(cls.clone()))
                }
                Descriptor::StaticMethod => {
                    let Value::Native(n) = &attr else { unreachable!() };
                    n.downcast::<StaticMethod>().expect("staticmethod").func.clone()
                }
                Descriptor::User { .. } => {
                    let get = self.user_dunder(&attr, "__get__").expect("__get__");
                    self.call_dunder(get, &attr, &[Value::None, Value::Class(cls.clone())])?
                }
                _ => attr,
            }));
        }
        Ok(match name.as_str() {
            "__name__" => Some(Value::str(&cls.name)),
            "__qualname__" => Some(Value::str(&cls.qualname)),
            "__module__" => Some(Value::str(&cls.module)),
            "__mro__" => Some(Value::tuple(cls.mro().map(|c| Value::Class(c.clone())).collect())),
            "__bases__" => Some(Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect())),
            "__base__" => Some(cls.bases.first().map(|c| Value::Class(c.clone())).unwrap_or(Value::None)),
            "__dict__" => Some(Value::Dict(Arc::new(crate::objects::PyDict::from_table(cls.dict.lock().clone())))),
            "__doc__" => Some(Value::None),
            "__class__" => Some(Value::Class(cls.metaclass.clone().unwrap_or_else(|| self.types().type_.clone()))),
            _ => {
                // Methods of the metaclass, or of `type` itself (`mro`), bound to the class.
                let meta = cls.metaclass.clone().unwrap_or_else(|| self.types().type_.clone());
                match meta.lookup(name) {
                    Some(attr @ (Value::Builtin(_) | Value::StaticBuiltin(_))) => Some(bind(attr, Value::Class(cls.clone()))),
                    Some(attr) => return self.bind_descriptor(attr, &Value::Class(cls.clone())),
                    None => None,
                }
            }
        })
    }

    fn special_instance_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        match name {
            "__dict__" if !super::slots::has_instance_dict(self, &inst.class) => return Ok(None),
            "__dict__" => return Ok(Some(Value::Dict(self.attribute_dict(inst)?.into_owned()))),
            "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
            _ => {}
        }
        if let Some(st) = inst.exception() {
            return Ok(match name {
                "args" => Some(Value::tuple(st.args.clone())),
                "__cause__" => Some(st.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(st.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(st.suppress_context)),
                "__traceback__" => Some(crate::builtins::traceback::traceback_of(&st.traceback)),
                "value" if inst.class.is_subclass(&self.types().exceptions.stop_iteration) => {
                    Some(st.args.first().cloned().unwrap_or(Value::None))
                }
                "code" if inst.class.is_subclass(&self.types().exceptions.system_exit) => {
                    Some(match st.args.len() {
                        0 => Value::None,
                        1 => st.args[0].clone(),
                        _ => Value::tuple(st.args.clone()),
                    })
                }
                _ => None,
            });
        }
        if let Payload::Immutable(inner) = &inst.payload {
            let inner = inner.clone();
            return self.special_attr(&inner, name);
        }
        Ok(None)
    }

    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(f) = obj.as_function() {
            return Ok(function_attr(f, name));
        }
        Ok(match (obj, name) {
            (_, "__class__") => Some(Value::Class(self.class_of(obj).clone())),
            (Value::Builtin(_) | Value::StaticBuiltin(_), "__name__") => Some(Value::str(obj.as_builtin().expect("builtin").name)),
            // `str.upper.__qualname__` is "str.upper"; a module-level builtin is just its name.
            (Value::Builtin(_) | Value::StaticBuiltin(_), "__qualname__") => {
                let b = obj.as_builtin().expect("builtin");
                Some(match b.owner {
                    Some(owner) => Value::str(&format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                })
            }
            (Value::Cell(c), "cell_contents") => match c.get() {
                Value::Undefined => return Err(self.value_error("Cell is empty")),
                v => Some(v),
            },
            (Value::Builtin(_) | Value::StaticBuiltin(_), "__self__") => obj.as_builtin().expect("builtin").bound.clone(),
            (Value::Method(m), "__self__") => Some(m.receiver.clone()),
            (Value::Method(m), "__func__") => Some(m.func.clone()),
            (Value::Method(m), _) => {
                let f = m.func.clone();
                self.get_attr_opt(&f, &Arc::new(PyStr::new(name)))?
            }
            (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
            (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(super::ops::builtin_value(obj).clone()),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Native(n), _) => n.attr(name),
            _ => None,
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        self.set_attr_with(obj, name, value, true)
    }

    /// `object.__setattr__`: the generic protocol, which a class's own
    /// `__setattr__` calls to do the storing.
    pub fn set_attr_generic(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        self.set_attr_with(obj, name, value, false)
    }

    fn set_attr_with(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value, user_hook: bool) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                // A class's own __setattr__ comes first, before any data
                // descriptor (slots, properties): those are object.__setattr__'s.
                if let Some(setattr) = self.user_dunder(obj, "__setattr__").filter(|_| user_hook) {
                    return self.call_dunder(setattr, obj, &[Value::Str(name.clone()), value]).map(|_| ());
                }
                let class_attr = self.class_cache.lookup(&inst.class, name);
                if let Some(attr) = &class_attr {
                    match self.descriptor_kind(attr) {
                        Descriptor::Property => {
                            let Value::Native(n) = attr else { unreachable!() };
                            let p = n.downcast::<Property>().expect("property");
                            return match p.fset.clone() {
                                Some(f) => self.call(f, &[obj.clone(), value]).map(|_| ()),
                                None => Err(self.attribute_error(format!(
                                    "property '{}' of '{}' object has no setter",
                                    name.as_str(),
                                    inst.class.name
                                ))),
                            };
                        }
                        Descriptor::User { data: true } => {
                            if let Some(set) = self.user_dunder(attr, "__set__") {
                                return self.call_dunder(set, attr, &[obj.clone(), value]).map(|_| ());
                            }
                        }
                        _ => {}
                    }
                }
                self.thread_local_dict_is_read_only(inst, name.as_str())?;
                if inst.exception().is_some() && self.set_exception_attr(inst, name.as_str(), &value)? {
                    return Ok(());
                }
                if inst.class.builtin && !matches!(inst.payload, Payload::Exception(_) | Payload::ThreadLocal(_)) {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                if !super::slots::has_instance_dict(self, &inst.class) {
                    // Without a dict, a class attribute cannot be shadowed.
                    return Err(match class_attr {
                        Some(_) => self.attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            inst.class.name,
                            name.as_str()
                        )),
                        None => self.no_attribute(obj, name.as_str()),
                    });
                }
                self.attribute_dict(inst)?.set_str_value(&Value::Str(name.clone()), value);
                Ok(())
            }
            Value::Class(cls) => {
                if cls.metaclass.is_some() && user_hook {
                    if let Some(setattr) = self.user_dunder(obj, "__setattr__") {
                        return self.call_dunder(setattr, obj, &[Value::Str(name.clone()), value]).map(|_| ());
                    }
                }
                cls.dict.set_str_value(&Value::Str(name.clone()), value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str_value(&Value::Str(name.clone()), value);
                Ok(())
            }
            Value::Function(_) | Value::StaticFunction(_) => {
                let f = obj.as_function().expect("function");
                f.dict.set_str_value(&Value::Str(name.clone()), value);
                Ok(())
            }
            Value::Native(n) if n.instance_dict().is_some() && name.as_str() != "__class__" => {
                n.instance_dict().expect("dict").set_str_value(&Value::Str(name.clone()), value);
                Ok(())
            }
            // A built-in object's data attribute (range.start, slice.stop, ...) is a read-only member.
            Value::Native(n) if n.attr(name.as_str()).is_some() => Err(self.attribute_error("readonly attribute")),
            _ => {
                let cls = self.class_of(obj).clone();
                if cls.lookup(name).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.name,
                        name.as_str()
                    )))
                } else {
                    Err(self.attribute_error(format!("'{}' object has no attribute '{}'", cls.name, name.as_str())))
                }
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        self.del_attr_with(obj, name, true)
    }

    /// `object.__delattr__`: the generic protocol, bypassing a class's own `__delattr__`.
    pub fn del_attr_generic(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        self.del_attr_with(obj, name, false)
    }

    fn del_attr_with(&mut self, obj: &Value, name: &Arc<PyStr>, user_hook: bool) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                // As for setting: the class's own __delattr__ before any descriptor.
                if let Some(delattr) = self.user_dunder(obj, "__delattr__").filter(|_| user_hook) {
                    return self.call_dunder(delattr, obj, &[Value::Str(name.clone())]).map(|_| ());
                }
                if let Some(attr) = inst.class.lookup(name) {
                    match self.descriptor_kind(&attr) {
                        Descriptor::Property => {
                            let Value::Native(n) = &attr else { unreachable!() };
                            let p = n.downcast::<Property>().expect("property");
                            return match p.fdel.clone() {
                                Some(f) => self.call(f, &[obj.clone()]).map(|_| ()),
                                None => Err(self.attribute_error(format!(
                                    "property '{}' of '{}' object has no deleter",
                                    name.as_str(),
                                    inst.class.name
                                ))),
                            };
                        }
                        // A data descriptor owns deletion too: its __delete__, or (having only
                        // __set__) CPython's bare AttributeError naming the missing method.
                        Descriptor::User { data: true } => {
                            return match self.user_dunder(&attr, "__delete__") {
                                Some(del) => self.call_dunder(del, &attr, &[obj.clone()]).map(|_| ()),
                                None => Err(self.attribute_error("__delete__")),
                            };
                        }
                        _ => {}
                    }
                }
                self.thread_local_dict_is_read_only(inst, name.as_str())?;
                self.attribute_dict(inst)?.del_str(name)
            }
            Value::Class(cls) => {
                if cls.metaclass.is_some() && user_hook {
                    if let Some(delattr) = self.user_dunder(obj, "__delattr__") {
                        return self.call_dunder(delattr, obj, &[Value::Str(name.clone())]).map(|_| ());
                    }
                }
                cls.dict.del_str(name)
            }
            Value::Module(m) => m.dict.del_str(name),
            Value::Function(_) | Value::StaticFunction(_) => obj.as_function().expect("function").dict.del_str(name),
            Value::Native(n) => n.instance_dict().and_then(|d| d.del_str(name)),
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// For `obj.name(...)`: the function and `self` without making a bound
    /// method, when the attribute is a plain method found on the class.
    pub fn load_method(&mut self, obj: Value, name: &Arc<PyStr>) -> PyResult<(Value, Option<Value>)> {
        let attr = match &obj {
            Value::Class(_) | Value::Module(_) | Value::Native(_) => None,
            Value::Instance(_) if self.user_getattribute(&obj).is_some() => None,
            Value::Instance(i) => self.class_cache.lookup(&i.class, name),
            other => self.class_cache.lookup(self.class_of(other), name),
        };
        if let Some(attr) = attr {
            let method_like = match &attr {
                Value::Function(_) | Value::StaticFunction(_) => true,
                Value::Builtin(b) => b.owner.is_some(),
                Value::StaticBuiltin(b) => b.owner.is_some(),
                Value::Native(n) => n.binds_as_method(),
                _ => false,
            };
            if method_like {
                if let Value::Instance(i) = &obj {
                    if let Some(v) = self.attribute_dict(i)?.get_str(name) {
                        return Ok((v, None));
                    }
                }
                if !matches!(&attr, Value::Builtin(b) if b.bound.is_some()) {
                    // The receiver moves into the call: no extra reference.
                    return Ok((attr, Some(obj)));
                }
            }
        }
        Ok((self.get_attr(&obj, name)?, None))
    }
}

/// Attributes of a function object.
fn function_attr(f: &crate::objects::Function, name: &str) -> Option<Value> {
    let key = PyStr::new(name);
    if let Some(v) = f.dict.get_str(&key) {
        return Some(v);
    }
    match name {
        "__name__" => Some(Value::str(&f.name)),
        "__qualname__" => Some(Value::str(&f.qualname)),
        "__module__" => Some(f.module.clone()),
        "__doc__" => Some(f.code.consts.first().cloned().unwrap_or(Value::None)),
        "__defaults__" => Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
        "__closure__" => Some(if f.closure.is_empty() {
            Value::None
        } else {
            Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
        }),
        "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
            Value::None
        } else {
            let d = crate::objects::PyDict::new();
            for (k, v) in &f.kwdefaults {
                d.set_str(k.as_str(), v.clone());
            }
            Value::Dict(Arc::new(d))
        }),
        "__code__" => Some(Value::native(crate::objects::frame_object::CodeValue(f.code))),
        "__globals__" => Some(Value::Dict(f.globals.clone())),
        "__dict__" => Some(Value::Dict(f.dict.clone())),
        "__annotations__" => Some(f.annotations.clone().unwrap_or_else(|| Value::Dict(Arc::new(crate::objects::PyDict::new())))),
        _ => None,
    }
}

/// A function or built-in bound to a receiver.
pub fn bind(func: Value, receiver: Value) -> Value {
    match &func {
        Value::Builtin(_) | Value::StaticBuiltin(_) if func.as_builtin().map_or(false, |b| b.bound.is_none()) => {
            let b = func.as_builtin().expect("builtin");
            Value::Builtin(Arc::new(BuiltinFunction { name: b.name, func: b.func, bound: Some(receiver), owner: b.owner }))
        }
        _ => Value::Method(Arc::new(BoundMethod { func, receiver })),
    }
}
