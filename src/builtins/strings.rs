//! `str()`, `repr()`, `format()` and the `%` operator for every value.

use crate::objects::Arc;

use crate::objects::format::{self, float_repr, str_repr};
use crate::objects::numparse;
use crate::objects::percent::{self, ArgId, PercentArgs, PercentError, PercentValue, Want};
use crate::objects::{Payload, PyStr, Value};
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Class(c) if c.metaclass.is_some() => match self.user_dunder(v, "__str__") {
                Some(m) => {
                    let r = self.call_dunder(m, v, &[])?;
                    match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        other => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&other)))),
                    }
                }
                None => self.repr(v),
            },
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(v, "__str__") {
                    let r = self.call_dunder(m, v, &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        Value::Instance(ref i) if matches!(&i.payload, Payload::Immutable(Value::Str(_))) => self.to_str(&r),
                        other => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&other)))),
                    };
                }
                if inst.exception().is_some() && self.user_dunder(v, "__repr__").is_none() {
                    return self.exception_message(inst);
                }
                if let Payload::Immutable(inner) = &inst.payload {
                    if self.user_dunder(v, "__repr__").is_none() {
                        let inner = inner.clone();
                        return self.to_str(&inner);
                    }
                }
                self.repr(v)
            }
            Value::Native(_) if super::dict_views::proxied(v).is_some() => {
                let d = super::dict_views::proxied(v).expect("mappingproxy");
                self.repr(&d)
            }
            _ => self.repr(v),
        }
    }

    fn exception_message(&mut self, inst: &Arc<crate::objects::Instance>) -> PyResult<String> {
        let args = inst.exception().map(|s| s.args.clone()).unwrap_or_default();
        if inst.class.is_subclass(&self.types().exceptions.os_error) {
            // OSError(errno, strerror[, filename]) prints "[Errno N] text: 'file'".
            let get = |n: &str| inst.dict.get_str(&PyStr::new(n));
            let (errno, strerror) = match (get("errno"), get("strerror")) {
                (Some(e), Some(s)) if !e.is_none() => (Some(e), Some(s)),
                _ => (None, None),
            };
            if let (Some(e), Some(s)) = (errno, strerror) {
                let mut text = format!("[Errno {}] {}", self.to_str(&e)?, self.to_str(&s)?);
                let filename = get("filename").or_else(|| args.get(2).cloned());
                if let Some(f) = filename.filter(|f| !f.is_none()) {
                    text.push_str(&format!(": {}", self.repr(&f)?));
                    if let Some(f2) = get("filename2").filter(|f| !f.is_none()) {
                        text.push_str(&format!(" -> {}", self.repr(&f2)?));
                    }
                }
                return Ok(text);
            }
        }
        if inst.class.is_subclass(&self.types().exceptions.syntax_error) {
            // "msg (file, line N)", as SyntaxError.__str__ prints it.
            let get = |n: &str| inst.dict.get_str(&PyStr::new(n));
            if let (Some(Value::Str(msg)), Some(Value::Str(file)), Some(Value::Int(line))) = (get("msg"), get("filename"), get("lineno")) {
                let file = file.as_str().rsplit('/').next().unwrap_or("").to_owned();
                return Ok(format!("{} ({file}, line {line})", msg.as_str()));
            }
        }
        let is_key_error = inst.class.is_subclass(&self.types().exceptions.key_error);
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => numparse::int_to_decimal(b).map_err(|m| self.value_error(m))?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => {
                self.check_native_stack_while(" while getting the repr of an object")?;
                return self.container_repr(v);
            }
            Value::Function(_) | Value::StaticFunction(_) => {
                format!("<function {} at {:#x}>", v.as_function().expect("function").current_qualname(), v.address())
            }
            Value::Builtin(_) | Value::StaticBuiltin(_) => match v.as_builtin().map(|b| (b, &b.bound, b.owner)).expect("builtin") {
                (b, Some(recv), _) if !matches!(recv, Value::Module(_)) => {
                    format!("<built-in method {} of {} object at {:#x}>", b.name, self.type_name(recv), recv.address())
                }
                (b, None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner),
                (b, _, _) => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let name = match m.func.as_function() {
                    Some(f) => f.current_qualname(),
                    None => "?".into(),
                };
                let recv = m.receiver.clone();
                format!("<bound method {} of {}>", name, self.repr(&recv)?)
            }
            Value::Class(c) if c.metaclass.is_some() && self.user_dunder(v, "__repr__").is_some() => {
                let m = self.user_dunder(v, "__repr__").expect("__repr__");
                return match self.call_dunder(m, v, &[])? {
                    Value::Str(s) => Ok(s.as_str().to_owned()),
                    other => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other)))),
                };
            }
            Value::Class(c) => {
                let module = c.module_name();
                if module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", module, c.qualname)
                }
            }
            Value::Module(m) => match &m.file {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(v, "__repr__") {
                    let r = self.call_dunder(m, v, &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        other => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other)))),
                    };
                }
                if let Some(st) = inst.exception() {
                    let args = st.args.clone();
                    drop(st);
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        let r = self.repr(&Value::tuple(args.clone()))?;
                        r.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',').to_owned()
                    };
                    return Ok(format!("{}({})", inst.class.name, inner));
                }
                match &inst.payload {
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        return self.repr(&inner);
                    }
                    Payload::List(l) => {
                        let tmp = Value::list(l.snapshot());
                        return self.repr(&tmp);
                    }
                    Payload::Dict(d) => {
                        let tmp = Value::Dict(Arc::new(crate::objects::PyDict::from_table(d.lock().clone())));
                        return self.repr(&tmp);
                    }
                    Payload::Set(st) => {
                        let tmp = Value::Set(Arc::new(crate::objects::PySet::new(st.lock().clone(), false)));
                        let inner = self.repr(&tmp)?;
                        let inner = if inner == "set()" { String::new() } else { inner };
                        return Ok(format!("{}({})", inst.class.name, inner));
                    }
                    _ => {}
                }
                let c = &inst.class;
                let module = c.module_name();
                let name = if module == "builtins" { c.qualname.clone() } else { format!("{}.{}", module, c.qualname) };
                format!("<{} object at {:#x}>", name, v.address())
            }
            Value::Native(n) => match n.clone().repr(self) {
                Some(r) => r?,
                None => format!("<{} object at {:#x}>", self.type_name(v), v.address()),
            },
            Value::Cell(_) => "<cell>".into(),
            Value::Undefined => "<NULL>".into(),
        })
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        // A container that contains itself prints `[...]` where it recurs.
        let addr = v.address();
        if self.repr_guard.contains(&addr) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Tuple(_) => "(...)",
                Value::Dict(_) => "{...}",
                _ => "{...}",
            }
            .into());
        }
        self.repr_guard.push(addr);
        let r = self.container_repr_inner(v);
        self.repr_guard.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        match v {
            Value::List(_) | Value::Tuple(_) => {
                let items = self.sequence_items(v);
                let is_tuple = matches!(v, Value::Tuple(_));
                out.push(if is_tuple { '(' } else { '[' });
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(item)?);
                }
                if is_tuple && items.len() == 1 {
                    out.push(',');
                }
                out.push(if is_tuple { ')' } else { ']' });
            }
            Value::Dict(d) => {
                out.push('{');
                for (i, (k, val)) in d.items().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr(val)?);
                }
                out.push('}');
            }
            Value::Set(s) => {
                let keys = s.lock().keys();
                if keys.is_empty() {
                    return Ok(if s.frozen { "frozenset()" } else { "set()" }.into());
                }
                if s.frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(k)?);
                }
                out.push('}');
                if s.frozen {
                    out.push(')');
                }
            }
            _ => {}
        }
        Ok(out)
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let fmt_err = |vm: &Vm, m: String| {
            if format::is_overflow_error(&m) {
                vm.overflow_error(m)
            } else {
                vm.value_error(m)
            }
        };
        match v {
            Value::Instance(_) => {
                if let Some(m) = self.user_dunder(v, "__format__") {
                    let r = self.call_dunder(m, v, &[Value::str(spec)])?;
                    return self.to_str(&r);
                }
                let inner = crate::vm::ops_builtin_value(v);
                if !std::ptr::eq(inner, v) && !inner.is_none() {
                    let inner = inner.clone();
                    if spec.is_empty() {
                        return self.to_str(v);
                    }
                    return self.format(&inner, spec);
                }
                if spec.is_empty() {
                    return self.to_str(v);
                }
                Err(self.type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))))
            }
            Value::Int(i) => {
                if spec.is_empty() {
                    return Ok(i.to_string());
                }
                let s = format::FormatSpec::parse_for(spec, "int").map_err(|m| fmt_err(self, m))?;
                format::format_i64(*i, &s).map_err(|m| fmt_err(self, m))
            }
            Value::BigInt(b) => format::apply_int_spec(b, spec, "int", || b.to_string()).map_err(|m| fmt_err(self, m)),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                let big = num_bigint::BigInt::from(*b as i64);
                format::apply_int_spec(&big, spec, "bool", || String::new()).map_err(|m| fmt_err(self, m))
            }
            Value::Float(f) => format::apply_float_spec(*f, spec).map_err(|m| fmt_err(self, m)),
            Value::Str(s) => format::apply_str_spec(s.as_str(), spec).map_err(|m| fmt_err(self, m)),
            Value::Native(n) if n.downcast::<crate::objects::complex::Complex>().is_some() => {
                let c = *n.downcast::<crate::objects::complex::Complex>().expect("complex");
                super::complex_methods::format_complex(self, c, spec)
            }
            _ => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                Err(self.type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))))
            }
        }
    }

    /// The `FormatValue` instruction of f-strings.
    pub fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::string(self.to_str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(format::ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => String::new(),
        };
        if let (Value::Str(_), true) = (&v, spec.is_empty()) {
            return Ok(v);
        }
        Ok(Value::string(self.format(&v, &spec)?))
    }
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Value::Str(f) = fmt else { return Err(vm.type_error("not a str")) };
    let mut adapter = Adapter { vm, args: args.clone(), keyed: None };
    match percent::percent_format(f.as_str(), &mut adapter) {
        Ok(s) => Ok(Value::string(s)),
        Err(PercentError::Type(m)) => Err(adapter.vm.type_error(m)),
        Err(PercentError::Value(m)) => Err(adapter.vm.value_error(m)),
        Err(PercentError::Overflow(m)) => Err(adapter.vm.overflow_error(m)),
        Err(PercentError::Raised(e)) => Err(e),
    }
}

struct Adapter<'a> {
    vm: &'a mut Vm,
    args: Value,
    keyed: Option<Value>,
}

impl Adapter<'_> {
    fn arg(&self, id: ArgId) -> Value {
        match id {
            ArgId::Item(i) => match &self.args {
                Value::Tuple(t) => t.as_slice().get(i).cloned().unwrap_or(Value::None),
                other => other.clone(),
            },
            ArgId::Whole => self.args.clone(),
            ArgId::Keyed => self.keyed.clone().unwrap_or(Value::None),
        }
    }
}

impl PercentArgs for Adapter<'_> {
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match &self.args {
            Value::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match &self.args {
            Value::Dict(_) | Value::List(_) => true,
            Value::Instance(i) => matches!(i.payload, Payload::Dict(_)) || self.vm.user_dunder(&self.args, "__getitem__").is_some(),
            _ => false,
        }
    }

    fn load_key(&mut self, key: &str) -> Result<(), PyErr> {
        let args = self.args.clone();
        self.keyed = Some(self.vm.get_item(&args, &Value::str(key))?);
        Ok(())
    }

    fn str_of(&mut self, arg: ArgId) -> Result<String, PyErr> {
        let v = self.arg(arg);
        self.vm.to_str(&v)
    }

    fn repr_of(&mut self, arg: ArgId) -> Result<String, PyErr> {
        let v = self.arg(arg);
        self.vm.repr(&v)
    }

    fn value_of(&mut self, arg: ArgId, want: Want) -> Result<PercentValue, PyErr> {
        let v = self.arg(arg);
        let v = crate::vm::ops_builtin_value(&v).clone();
        Ok(match v {
            Value::Int(i) => PercentValue::Int(i.into()),
            Value::Bool(b) => PercentValue::Int((b as i64).into()),
            Value::BigInt(b) => PercentValue::Int((*b).clone()),
            Value::Float(f) => PercentValue::Float(f),
            Value::Str(s) => PercentValue::Str(s.as_str().to_owned()),
            Value::Instance(_) => {
                let name = match want {
                    Want::Float => "__float__",
                    _ => "__int__",
                };
                match self.vm.user_dunder(&v, name) {
                    Some(m) => {
                        let r = self.vm.call_dunder(m, &v, &[])?;
                        match r {
                            Value::Int(i) => PercentValue::Int(i.into()),
                            Value::Float(f) => PercentValue::Float(f),
                            _ => PercentValue::Other,
                        }
                    }
                    None => PercentValue::Other,
                }
            }
            _ => PercentValue::Other,
        })
    }

    fn type_name(&mut self, arg: ArgId) -> String {
        let v = self.arg(arg);
        self.vm.type_name(&v)
    }
}

/// `PyStr` for a name known at compile time of the interpreter.
pub fn name(s: &str) -> Arc<PyStr> {
    Arc::new(PyStr::new(s))
}
