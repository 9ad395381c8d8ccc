//! Raising exceptions from Rust, and printing tracebacks as CPython 3.11 does.

use crate::objects::Arc;

use parking_lot::Mutex;

use super::{PyResult, Vm};
use crate::objects::class::{ExceptionState, TraceEntry};
use crate::objects::{Class, Instance, Payload, PyDict, Value};

/// A raised Python exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr {
    pub value: Value,
}

impl PyErr {
    pub fn instance(&self) -> &Arc<Instance> {
        match &self.value {
            Value::Instance(i) => i,
            _ => unreachable!("exceptions are instances"),
        }
    }

    pub fn class(&self) -> &Arc<Class> {
        &self.instance().class
    }

    pub fn is(&self, cls: &Arc<Class>) -> bool {
        self.class().is_subclass(cls)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let args = self.instance().exception().map(|s| format!("{:?}", s.args)).unwrap_or_default();
        write!(f, "{}{}", self.class().name, args)
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let more = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", more, if more == 1 { "" } else { "s" }));
    }
}

/// Makes an exception instance of `cls` with `args`.
pub fn new_exception(cls: &Arc<Class>, args: Vec<Value>) -> Value {
    Value::Instance(Arc::new(Instance {
        class: cls.clone(),
        dict: Arc::new(PyDict::new()),
        payload: Payload::Exception(Mutex::new(ExceptionState { args, ..Default::default() })),
    }))
}

macro_rules! error_constructors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        impl Vm {
            $(
                pub fn $fn_name(&self, msg: impl Into<String>) -> PyErr {
                    self.error(&self.types().exceptions.$field.clone(), msg)
                }
            )*
        }
    };
}

error_constructors! {
    type_error => type_error,
    value_error => value_error,
    name_error => name_error,
    attribute_error => attribute_error,
    index_error => index_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    unbound_local_error => unbound_local_error,
    import_error => import_error,
    os_error => os_error,
    not_implemented_error => not_implemented_error,
}

impl Vm {
    /// An exception of `cls` whose single argument is `msg`.
    pub fn error(&self, cls: &Arc<Class>, msg: impl Into<String>) -> PyErr {
        PyErr { value: new_exception(cls, vec![Value::string(msg.into())]) }
    }

    pub fn error_no_args(&self, cls: &Arc<Class>) -> PyErr {
        PyErr { value: new_exception(cls, Vec::new()) }
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr { value: new_exception(&self.types().exceptions.key_error.clone(), vec![key]) }
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr { value: new_exception(&self.types().exceptions.stop_iteration.clone(), args) }
    }

    /// `'int' object is not subscriptable` and friends.
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).tp_name().into_owned()
    }

    /// Turns a raised value (a class or an instance) into an exception.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if matches!(i.payload, Payload::Exception(_)) => Ok(PyErr { value: v }),
            Value::Class(c) if c.is_subclass(&self.types().exceptions.base_exception) => {
                let inst = self.call(v.clone(), &[])?;
                match &inst {
                    Value::Instance(i) if matches!(i.payload, Payload::Exception(_)) => Ok(PyErr { value: inst }),
                    _ => {
                        // CPython names both sides by their class reprs here.
                        let called = self.repr(&v)?;
                        let got = self.repr(&Value::Class(self.class_of(&inst).clone()))?;
                        Err(self.type_error(format!(
                            "calling {called} should have returned an instance of BaseException, not {got}"
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `str(exc)`.
    pub fn exception_str(&mut self, exc: &Value) -> String {
        match self.to_str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_owned(),
        }
    }

    /// The text of an uncaught exception: chained causes and contexts first,
    /// then `Traceback (most recent call last):`, the frames, and `Type: message`.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&err.value, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.address());
        let Value::Instance(inst) = exc else { return };
        let (cause, context, suppress, tb) = match inst.exception() {
            Some(s) => (s.cause.clone(), s.context.clone(), s.suppress_context, s.traceback.clone()),
            None => (None, None, false, Vec::new()),
        };
        if let Some(c) = cause.filter(|c| !c.is_none() && !seen.contains(&c.address())) {
            self.format_chain(&c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !suppress && !c.is_none() && !seen.contains(&c.address())) {
            self.format_chain(&c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Like CPython, a run of more than three identical entries is summarised.
            let mut last: Option<(usize, u32)> = None;
            let mut repeats = 0;
            for entry in tb.iter().rev() {
                let key = (entry.code as *const crate::compile::bytecode::CodeObject as usize, entry.line);
                if last == Some(key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                out.push_str(&self.format_trace_entry(entry));
            }
            flush_repeats(out, repeats);
        }
        out.push_str(&self.exception_last_line(exc));
        out.push('\n');
        // 3.11: the notes of `add_note`, one per line after the message.
        if let Some(Value::List(notes)) = inst.dict.get_str(&crate::objects::PyStr::new("__notes__")) {
            for note in notes.snapshot() {
                out.push_str(&self.to_str(&note).unwrap_or_else(|_| "<note str() failed>".to_owned()));
                out.push('\n');
            }
        }
    }

    /// Assignment to the attributes an exception keeps in its state
    /// (`args`, `__cause__`, `__context__`, `__suppress_context__`,
    /// `__traceback__`); false for any other name.
    pub(super) fn set_exception_attr(&mut self, inst: &Arc<Instance>, name: &str, value: &Value) -> PyResult<bool> {
        let is_exception = |vm: &Vm, v: &Value| v.is_none() || vm.isinstance(v, &vm.types().exceptions.base_exception);
        match name {
            "args" => {
                let args = self.collect(value)?;
                if let Some(mut st) = inst.exception() {
                    st.args = args;
                }
            }
            "__cause__" | "__context__" => {
                if !is_exception(self, value) {
                    let what = if name == "__cause__" { "cause" } else { "context" };
                    return Err(self.type_error(format!("exception {what} must be None or derive from BaseException")));
                }
                let v = (!value.is_none()).then(|| value.clone());
                if let Some(mut st) = inst.exception() {
                    if name == "__cause__" {
                        st.cause = v;
                        st.suppress_context = true;
                    } else {
                        st.context = v;
                    }
                }
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                if let Some(mut st) = inst.exception() {
                    st.suppress_context = b;
                }
            }
            "__traceback__" => crate::builtins::exception_methods::set_traceback(self, inst, value)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn format_trace_entry(&self, entry: &TraceEntry) -> String {
        let code = &entry.code;
        let mut s = format!("  File \"{}\", line {}, in {}\n", code.filename, entry.line, code.name);
        if let Some(line) = self.interp.source_line(&code.filename, entry.line) {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                s.push_str(&format!("    {trimmed}\n"));
            }
        }
        s
    }

    /// `ZeroDivisionError: division by zero`, `mymod.MyError: text`, `KeyError: 'k'`.
    pub fn exception_last_line(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc).clone();
        let module = cls.module_name();
        let name = if module == "builtins" || module == "__main__" {
            cls.qualname.clone()
        } else {
            format!("{}.{}", module, cls.qualname)
        };
        let msg = self.exception_str(exc);
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// Records that `err` passed through the current top frame.
    pub(super) fn add_traceback(&mut self, err: &PyErr) {
        let Some(frame) = self.frames.last() else { return };
        let pc = frame.pc.saturating_sub(1) as usize;
        let line = frame.code.line_of(pc);
        let code = frame.code;
        let id = frame.id;
        if let Some(mut state) = err.instance().exception() {
            if state.traceback.last().map(|e| e.frame_id) == Some(id) {
                return;
            }
            state.traceback.push(TraceEntry { code, line, frame_id: id });
        }
    }
}
