//! The call protocol: binding arguments to parameters, pushing frames,
//! calling built-ins, instantiating classes.

use crate::objects::Arc;

use super::{PyResult, Vm};
use crate::compile::bytecode::flags;
use crate::objects::{BaseKind, Cell, Class, Function, Instance, KwArgs, Payload, PyDict, PyStr, Value};

/// What a call started from the eval loop turned into.
pub(super) enum Called {
    /// A Python frame was pushed; the loop continues in it.
    Frame,
    /// The call finished with this value.
    Done(Value),
}

impl Vm {
    /// Calls any callable from Rust with positional arguments.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Calls any callable from Rust.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        match &f {
            Value::Function(_) | Value::StaticFunction(_) => {
                let func = f.as_function().expect("function");
                if kwargs.is_empty() && is_exact_call(func, args.len()) {
                    return self.run_exact(func, args);
                }
                let slots = self.bind_args(func, args, kwargs)?;
                self.run_function(func, slots, None)
            }
            Value::StaticBuiltin(b) => (b.func)(self, args, kwargs),
            Value::Builtin(b) => match &b.bound {
                None => (b.func)(self, args, kwargs),
                Some(receiver) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(receiver.clone());
                    all.extend_from_slice(args);
                    (b.func)(self, &all, kwargs)
                }
            },
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.clone());
                all.extend_from_slice(args);
                let func = m.func.clone();
                self.call_kw(func, &all, kwargs)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                if cls.metaclass.is_some() {
                    if let Some(call) = self.user_dunder(&f, "__call__") {
                        let bound = self.bind_descriptor(call, &f)?.expect("bound __call__");
                        return self.call_kw(bound, args, kwargs);
                    }
                }
                self.instantiate(&cls, args, kwargs)
            }
            _ => {
                if let Value::Native(n) = &f {
                    if let Some(r) = n.call(self, args, kwargs) {
                        return r;
                    }
                }
                let native_call = match &f {
                    Value::Native(_) => self.class_of(&f).lookup(&PyStr::new("__call__")),
                    _ => None,
                };
                if let Some(m) = native_call.or_else(|| self.user_dunder(&f, "__call__")) {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(f.clone());
                    all.extend_from_slice(args);
                    return self.call_kw(m, &all, kwargs);
                }
                Err(self.type_error(format!("'{}' object is not callable", self.type_name(&f))))
            }
        }
    }

    /// Runs a Python function to completion on a nested eval loop (or makes a
    /// generator), with its parameter slots already bound.
    pub fn run_function(&mut self, func: &Function, slots: Vec<Value>, init: Option<Value>) -> PyResult<Value> {
        if func.code.flags & flags::GENERATOR != 0 {
            return Ok(self.make_generator(func, slots));
        }
        self.check_native_stack()?;
        let depth = self.frames.len();
        let base = self.stack.len();
        self.stack.extend(slots);
        self.push_frame(func, base, base, init)?;
        self.native_depth += 1;
        let r = self.run(depth);
        self.native_depth -= 1;
        r
    }

    /// `run_function` for arguments that are the parameters as they are
    /// (`is_exact_call`): they go straight onto the stack, no slot vector.
    fn run_exact(&mut self, func: &Function, args: &[Value]) -> PyResult<Value> {
        self.check_native_stack()?;
        let depth = self.frames.len();
        let base = self.stack.len();
        self.stack.extend_from_slice(args);
        self.push_frame(func, base, base, None)?;
        self.native_depth += 1;
        let r = self.run(depth);
        self.native_depth -= 1;
        r
    }

    /// Pushes a frame whose parameter slots start at `base` in the stack; the
    /// remaining slots are filled here. On return the stack is cut to `call_base`.
    #[inline(always)]
    pub(super) fn push_frame(&mut self, func: &Function, base: usize, call_base: usize, init: Option<Value>) -> PyResult<()> {
        if self.frames.len() + self.native_depth > self.interp.recursion_limit() {
            self.stack.truncate(call_base);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let code = &func.code;
        // Locals beyond the arguments start unbound.
        let top = base + code.nlocals();
        if self.stack.len() < top {
            self.stack.resize_with(top, || Value::Undefined);
        }
        if code.ncells != 0 || code.nfree != 0 {
            self.push_cells(func, base);
        }
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        let len = self.frames.len();
        if len == self.frames.capacity() {
            self.frames.reserve(len.max(16));
        }
        // The frame is written field by field into its slot: building it in a
        // temporary and copying that whole made the copy's wide loads wait on
        // the narrow stores that had just filled the temporary.
        // SAFETY: slot `len` is within the capacity and every field is
        // written before `set_len` counts it.
        unsafe {
            let dst = self.frames.as_mut_ptr().add(len);
            std::ptr::addr_of_mut!((*dst).code).write(func.code);
            std::ptr::addr_of_mut!((*dst).pc).write(0);
            std::ptr::addr_of_mut!((*dst).base).write(base as u32);
            std::ptr::addr_of_mut!((*dst).call_base).write(call_base as u32);
            std::ptr::addr_of_mut!((*dst).globals).write(func.globals);
            std::ptr::addr_of_mut!((*dst).locals).write(None);
            // Matched, not moved whole: `None` is then one tag store.
            let init_slot = std::ptr::addr_of_mut!((*dst).init_instance);
            match init {
                None => init_slot.write(None),
                Some(v) => init_slot.write(Some(v)),
            }
            std::ptr::addr_of_mut!((*dst).id).write(id);
            self.frames.set_len(len + 1);
        }
        Ok(())
    }

    #[cold]
    fn push_cells(&mut self, func: &Function, base: usize) {
        let code = &func.code;
        for from in &code.cell_from_param {
            let v = match from {
                Some(p) => self.stack[base + *p as usize].clone(),
                None => Value::Undefined,
            };
            self.stack.push(Value::Cell(Arc::new(Cell::new(v))));
        }
        for cell in &func.closure {
            self.stack.push(Value::Cell(cell.clone()));
        }
    }

    /// Calls the callable at `stack[func_pos]` with the `nargs` values from
    /// `args_start`, the last `kwnames.len()` of them keywords.
    pub(super) fn call_from_stack(&mut self, func_pos: usize, args_start: usize, nargs: usize, kwnames: Option<&[Value]>) -> PyResult<Called> {
        // Plain calls of Python functions borrow the callable from its stack
        // slot (moved out and back, so no reference counting).
        if let Value::StaticFunction(func) = self.stack[func_pos] {
            if kwnames.is_none() && is_exact_call(func, nargs) {
                self.push_frame(func, args_start, func_pos, None)?;
                return Ok(Called::Frame);
            }
        }
        if let Value::Function(func) = &self.stack[func_pos] {
            let code = &func.code;
            if kwnames.is_none()
                && nargs == code.argcount as usize
                && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
                && code.kwonlyargcount == 0
            {
                let callable = std::mem::replace(&mut self.stack[func_pos], Value::Undefined);
                let Value::Function(func) = &callable else { unreachable!() };
                let pushed = self.push_frame(func, args_start, func_pos, None);
                if pushed.is_ok() {
                    self.give_back(func_pos, callable);
                }
                pushed?;
                return Ok(Called::Frame);
            }
        }
        let callable = self.stack[func_pos].clone();
        match &callable {
            Value::Function(_) | Value::StaticFunction(_) => {
                let func = callable.as_function().expect("function");
                let code = &func.code;
                let args: Vec<Value> = self.stack.drain(args_start..).collect();
                let kw = split_kwargs(&args, kwnames);
                let slots = self.bind_args(func, &args[..args.len() - kw.len()], &kw)?;
                self.stack.truncate(func_pos);
                if code.flags & flags::GENERATOR != 0 {
                    return Ok(Called::Done(self.make_generator(func, slots)));
                }
                let base = self.stack.len();
                self.stack.extend(slots);
                self.push_frame(func, base, base, None)?;
                Ok(Called::Frame)
            }
            Value::Class(cls) if !cls.builtin && kwnames.is_none() && cls.metaclass.is_none() => {
                // `Cls(args)` with a Python __init__ runs __init__ as a frame of this loop.
                let init = self.class_cache.lookup_str(cls, "__init__");
                let new = self.class_cache.lookup_str(cls, "__new__");
                let default_new = matches!(new, None | Some(Value::Builtin(_) | Value::StaticBuiltin(_)));
                if let (Some(init), true, BaseKind::Object) = (init.as_ref().and_then(|i| i.as_function()), default_new, cls.base_kind) {
                    let instance = new_instance(cls);
                    let code = &init.code;
                    self.stack.insert(args_start, instance.clone());
                    if nargs + 1 == code.argcount as usize
                        && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
                        && code.kwonlyargcount == 0
                    {
                        self.push_frame(init, args_start, func_pos, Some(instance))?;
                        return Ok(Called::Frame);
                    }
                    let args: Vec<Value> = self.stack.drain(args_start..).collect();
                    let slots = self.bind_args(init, &args, &[])?;
                    self.stack.truncate(func_pos);
                    let base = self.stack.len();
                    self.stack.extend(slots);
                    self.push_frame(init, base, base, Some(instance))?;
                    return Ok(Called::Frame);
                }
                self.call_native_from_stack(callable, func_pos, args_start, nargs, kwnames)
            }
            _ => self.call_native_from_stack(callable, func_pos, args_start, nargs, kwnames),
        }
    }

    fn call_native_from_stack(&mut self, callable: Value, func_pos: usize, args_start: usize, _nargs: usize, kwnames: Option<&[Value]>) -> PyResult<Called> {
        let mut buf = self.take_arg_buf();
        self.stack.move_top_into(args_start, &mut buf);
        self.stack.truncate(func_pos);
        let result = match kwnames {
            None => match &callable {
                Value::StaticBuiltin(b) => (b.func)(self, &buf, &[]),
                Value::Builtin(b) if b.bound.is_none() => (b.func)(self, &buf, &[]),
                _ => self.call_kw(callable, &buf, &[]),
            },
            Some(names) => {
                let kw = split_kwargs(&buf, Some(names));
                let npos = buf.len() - kw.len();
                self.call_kw(callable, &buf[..npos], &kw)
            }
        };
        self.give_arg_buf(buf);
        result.map(Called::Done)
    }

    /// Binds positional and keyword arguments to a function's parameter slots.
    pub fn bind_args(&mut self, func: &Function, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<Value>> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let nparams = argcount + kwonly + has_varargs as usize + has_varkw as usize;
        let mut slots = vec![Value::Undefined; nparams];
        let name = &func.qualname;

        let npos = args.len().min(argcount);
        slots[..npos].clone_from_slice(&args[..npos]);
        let varargs_slot = argcount + kwonly;
        if args.len() > argcount {
            if has_varargs {
                slots[varargs_slot] = Value::tuple(args[argcount..].to_vec());
            } else {
                let ndefaults = func.defaults.len();
                let takes = if ndefaults > 0 {
                    format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
                } else {
                    format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
                };
                let given = args.len();
                let kw_given = kwargs.iter().filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly].iter().any(|v| v.as_str() == k.as_str())
                }).count();
                let extra = if kw_given > 0 {
                    format!(" positional argument{} (and {} keyword-only argument{})", if given == 1 { "" } else { "s" }, kw_given, if kw_given == 1 { "" } else { "s" })
                } else {
                    String::new()
                };
                let was = if given == 1 { "was" } else { "were" };
                return Err(if extra.is_empty() {
                    self.type_error(format!("{name}() takes {takes} but {given} {was} given"))
                } else {
                    self.type_error(format!("{name}() takes {takes} but {given}{extra} were given"))
                });
            }
        } else if has_varargs {
            slots[varargs_slot] = Value::tuple(Vec::new());
        }
        let varkw = if has_varkw { Some(Arc::new(PyDict::new())) } else { None };
        for (key, value) in kwargs {
            let pos = code.varnames[code.posonlyargcount as usize..argcount + kwonly]
                .iter()
                .position(|v| v.as_str() == key.as_str())
                .map(|p| p + code.posonlyargcount as usize);
            match pos {
                Some(p) => {
                    if !matches!(slots[p], Value::Undefined) {
                        return Err(self.type_error(format!("{name}() got multiple values for argument '{}'", key.as_str())));
                    }
                    slots[p] = value.clone();
                }
                None => match &varkw {
                    Some(d) => {
                        let k = Value::Str(key.clone());
                        self.dict_set(d, k, value.clone())?;
                    }
                    None => {
                        let posonly = code.varnames[..code.posonlyargcount as usize].iter().any(|v| v.as_str() == key.as_str());
                        return Err(self.type_error(if posonly {
                            format!("{name}() got some positional-only arguments passed as keyword arguments: '{}'", key.as_str())
                        } else {
                            format!("{name}() got an unexpected keyword argument '{}'", key.as_str())
                        }));
                    }
                },
            }
        }
        if let Some(d) = varkw {
            slots[nparams - 1] = Value::Dict(d);
        }
        // Defaults for missing positional parameters.
        let first_default = argcount - func.defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(slots[i], Value::Undefined) {
                if i >= first_default {
                    slots[i] = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(name, "positional", &missing)));
        }
        for i in argcount..argcount + kwonly {
            if matches!(slots[i], Value::Undefined) {
                let pname = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k.as_str() == pname.as_str()) {
                    Some((_, v)) => slots[i] = v.clone(),
                    None => missing.push(pname.as_str().to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(name, "keyword-only", &missing)));
        }
        Ok(slots)
    }

    /// `Cls(args)`: `__new__` then `__init__`.
    pub fn instantiate(&mut self, cls: &Arc<Class>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        let new = cls.lookup(&PyStr::new("__new__"));
        let instance = match new {
            Some(ref f @ (Value::Builtin(_) | Value::StaticBuiltin(_))) => {
                let b = f.as_builtin().expect("builtin");
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Class(cls.clone()));
                all.extend_from_slice(args);
                (b.func)(self, &all, kwargs)?
            }
            Some(other) => {
                let f = match &other {
                    Value::Native(n) => match n.downcast::<crate::builtins::descriptors::StaticMethod>() {
                        Some(s) => s.func.clone(),
                        None => other.clone(),
                    },
                    _ => other.clone(),
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Class(cls.clone()));
                all.extend_from_slice(args);
                self.call_kw(f, &all, kwargs)?
            }
            None => new_instance(cls),
        };
        if cls.builtin {
            return Ok(instance);
        }
        // __init__ runs only when __new__ returned an instance of the class.
        if !self.class_of(&instance).is_subclass(cls) {
            return Ok(instance);
        }
        match cls.lookup(&PyStr::new("__init__")) {
            Some(ref f @ (Value::Builtin(_) | Value::StaticBuiltin(_))) => {
                let b = f.as_builtin().expect("builtin");
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(instance.clone());
                all.extend_from_slice(args);
                (b.func)(self, &all, kwargs)?;
            }
            Some(init) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(instance.clone());
                all.extend_from_slice(args);
                let r = self.call_kw(init, &all, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
            }
            None => {
                if (!args.is_empty() || !kwargs.is_empty()) && cls.lookup(&PyStr::new("__new__")).is_none() {
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
        }
        Ok(instance)
    }
}

/// A fresh instance of a Python class, carrying the state its built-in base needs.
pub fn new_instance(cls: &Arc<Class>) -> Value {
    let payload = match cls.base_kind {
        BaseKind::Object => Payload::None,
        BaseKind::Exception => Payload::Exception(Default::default()),
        BaseKind::List => Payload::List(crate::objects::PyList::new(Vec::new())),
        BaseKind::Dict => Payload::Dict(PyDict::new()),
        BaseKind::Set => Payload::Set(crate::objects::PySet::new(Default::default(), false)),
        BaseKind::Immutable => Payload::Immutable(Value::None),
        BaseKind::ThreadLocal => Payload::ThreadLocal(Default::default()),
        // Only `type.__new__` makes instances of a metaclass; this one has no use.
        BaseKind::Type => Payload::None,
    };
    Value::Instance(Arc::new(Instance { class: cls.clone(), dict: Arc::new(PyDict::new()), payload }))
}

/// A call that binds its arguments to the first slots as they are.
#[inline]
fn is_exact_call(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    nargs == code.argcount as usize
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
        && code.kwonlyargcount == 0
}

fn split_kwargs(args: &[Value], kwnames: Option<&[Value]>) -> Vec<(Arc<PyStr>, Value)> {
    let Some(names) = kwnames else { return Vec::new() };
    let start = args.len() - names.len();
    names
        .iter()
        .zip(&args[start..])
        .map(|(n, v)| match n {
            Value::Str(s) => (s.clone(), v.clone()),
            _ => (Arc::new(PyStr::new("?")), v.clone()),
        })
        .collect()
}

fn missing_message(name: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    format!(
        "{name}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}
