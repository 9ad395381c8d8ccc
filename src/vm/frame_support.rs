//! Running code objects outside ordinary calls: modules, class bodies, and
//! the small protocols the eval loop hands off (with, `f(*a, **k)`).

use crate::objects::Arc;

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::compile::bytecode::CodeRef;
use crate::objects::{Class, Function, PyDict, PyStr, Value};

/// Runs a class body with `ns` as its locals; returns the `__classcell__` if any.
pub fn run_class_body(vm: &mut Vm, body: &Function, ns: Arc<PyDict>) -> PyResult<Option<Value>> {
    let depth = vm.frames.len();
    let base = vm.stack.len();
    vm.push_frame(body, base, base, None)?;
    vm.frames.last_mut().expect("frame").locals = Some(ns.clone());
    vm.native_depth += 1;
    let r = vm.run(depth);
    vm.native_depth -= 1;
    r?;
    Ok(ns.get_str(&PyStr::new("__classcell__")))
}

/// Zero-argument `super()`: the calling method's class cell and first argument.
pub fn implicit_super_args(vm: &mut Vm) -> PyResult<(Arc<Class>, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no arguments"));
    };
    let code = frame.code;
    let base = frame.base as usize;
    if code.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack[base].clone();
    if let Value::Cell(c) = &first {
        first = c.get();
    }
    // A first argument captured in a cell lives in its cell slot.
    if let Value::Undefined = first {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let class_slot = code.varnames.iter().position(|v| v.as_str() == "__class__");
    let cls = class_slot.and_then(|s| match &vm.stack[base + s] {
        Value::Cell(c) => match c.get() {
            Value::Class(cls) => Some(cls),
            _ => None,
        },
        _ => None,
    });
    // A method whose first argument is itself a cell: find the parameter's cell.
    if let Some(pos) = code.cell_from_param.iter().position(|p| *p == Some(0)) {
        let slot = code.nlocals() + pos;
        if let Value::Cell(c) = &vm.stack[base + slot] {
            first = c.get();
        }
    }
    match cls {
        Some(c) => Ok((c, first)),
        None => Err(vm.runtime_error("super(): __class__ cell not found")),
    }
}

impl Vm {
    /// Runs a module's top-level code with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: CodeRef, globals: Arc<PyDict>) -> PyResult<Value> {
        self.run_code_in(code, crate::objects::function::leak_globals(globals), None)
    }

    /// Runs top-level code in `globals`, with `locals` as its local
    /// namespace when that is another dict (`exec(src, g, l)`).
    pub fn run_code_in(&mut self, code: CodeRef, globals: crate::objects::function::Globals, locals: Option<Arc<PyDict>>) -> PyResult<Value> {
        let depth = self.frames.len();
        let base = self.stack.len();
        let id = self.next_id();
        self.frames.push(Frame {
            code,
            pc: 0,
            base: base as u32,
            call_base: base as u32,
            globals,
            locals,
            init_instance: None,
            id,
        });
        self.native_depth += 1;
        let r = self.run(depth);
        self.native_depth -= 1;
        r
    }

    /// `with mgr:` — returns (bound `__exit__`, result of `__enter__`).
    pub fn enter_context(&mut self, mgr: Value) -> PyResult<(Value, Value, Value)> {
        // Special methods are looked up on the type, as CPython does.
        let cls = self.class_of(&mgr).clone();
        let enter = self.class_cache.lookup_str(&cls, "__enter__");
        let exit = self.class_cache.lookup_str(&cls, "__exit__");
        let has_enter = enter.is_some();
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missed = if has_enter { " (missed __exit__ method)" } else { "" };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missed}",
                self.type_name(&mgr)
            )));
        };
        // Plain functions are called with the manager as first argument
        // (no bound method is made); anything else is bound the usual way.
        let plain = |f: &Value| matches!(f, Value::Function(_) | Value::StaticFunction(_) | Value::Builtin(_) | Value::StaticBuiltin(_));
        let entered = if plain(&enter) {
            self.call(enter, &[mgr.clone()])?
        } else {
            let bound = self.get_attr(&mgr, &Arc::new(PyStr::new("__enter__")))?;
            self.call(bound, &[])?
        };
        if plain(&exit) {
            Ok((exit, mgr, entered))
        } else {
            Ok((self.get_attr(&mgr, &Arc::new(PyStr::new("__exit__")))?, Value::Undefined, entered))
        }
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Option<Value>) -> PyResult<Value> {
        let args = match &args {
            Value::Tuple(t) => t.as_slice().to_vec(),
            other => self.collect(other)?,
        };
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.items() {
                match k {
                    Value::Str(s) => kw.push((s, v)),
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_kw(func, &args, &kw)
    }

    /// The interactive echo of an expression statement.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        // As sys.displayhook: `_` is None while repr runs, so a failing repr leaves it None.
        self.interp.builtins.set_str("_", Value::None);
        let text = self.repr(&v)?;
        self.write_stdout(&text);
        self.write_stdout("\n");
        self.interp.builtins.set_str("_", v);
        Ok(())
    }

    /// Compiles source text, turning a syntax error into a Python SyntaxError.
    pub fn compile_source(&mut self, source: &str, filename: &str) -> PyResult<CodeRef> {
        self.interp.add_source(filename, source);
        let parsed = crate::syntax::parse_module(source)
            .and_then(|m| crate::compile::compile_module(&m, source, filename, crate::compile::Mode::Exec));
        parsed.map_err(|e| self.syntax_error_value(&e, filename, source))
    }

    pub fn syntax_error_value(&mut self, e: &crate::syntax::SyntaxError, filename: &str, source: &str) -> super::PyErr {
        let ex = &self.types().exceptions;
        let cls = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => ex.syntax_error.clone(),
            crate::syntax::SyntaxErrorKind::IndentationError => ex.indentation_error.clone(),
            crate::syntax::SyntaxErrorKind::TabError => ex.tab_error.clone(),
        };
        let err = self.error(&cls, e.msg.clone());
        if let Value::Instance(i) = &err.value {
            i.dict.set_str("msg", Value::str(&e.msg));
            i.dict.set_str("lineno", Value::Int(e.line as i64));
            i.dict.set_str("offset", Value::Int(e.col as i64));
            i.dict.set_str("filename", Value::str(filename));
            i.dict.set_str("_rendered", Value::string(e.render(filename, source)));
        }
        err
    }
}

impl Vm {
    /// A frame's local namespace: the real dict of a module or class body,
    /// a snapshot of the slots of a function (`locals()`, `f_locals`).
    pub fn locals_of(&self, frame: &Frame) -> Value {
        if let Some(locals) = &frame.locals {
            return Value::Dict(locals.clone());
        }
        if frame.code.flags & crate::compile::bytecode::flags::DICT_LOCALS != 0 {
            // Module bodies run with their globals as locals.
            return Value::Dict(frame.globals.clone());
        }
        let snapshot = PyDict::new();
        let base = frame.base as usize;
        for (i, name) in frame.code.varnames.iter().enumerate() {
            let value = match self.stack.get(base + i) {
                Some(Value::Cell(c)) => c.get(),
                Some(v) => v.clone(),
                None => continue,
            };
            if !matches!(value, Value::Undefined | Value::Cell(_)) {
                snapshot.set_str(name.as_str(), value);
            }
        }
        Value::Dict(Arc::new(snapshot))
    }

    /// `sys._getframe(depth)`: a snapshot of the frame `depth` calls below
    /// the running one, with its chain of `f_back` snapshots; `None` when
    /// the stack is not that deep.
    pub fn frame_snapshot(&self, depth: usize) -> Option<Value> {
        let top = self.frames.len().checked_sub(1 + depth)?;
        let mut back = Value::None;
        for frame in &self.frames[..=top] {
            let locals = self.locals_of(frame);
            back = Value::native(crate::objects::frame_object::FrameObject {
                code: frame.code,
                line: frame.code.line_of(frame.pc.saturating_sub(1) as usize),
                globals: Value::Dict(frame.globals.clone()),
                locals,
                back,
            });
        }
        Some(back)
    }
}
