//! `code` and `frame` objects as Python sees them: `f.__code__`,
//! `sys._getframe()`, `tb.tb_frame`. A frame object is a snapshot taken
//! when it is asked for (its line, its locals, the frames below it): what
//! `logging`, `traceback` and `inspect`-style code read, never written back.

use std::any::Any;
use crate::objects::Arc;

use super::class::Class;
use super::native::NativeObject;
use super::value::Value;
use crate::compile::bytecode::{flags, CodeRef};
use crate::vm::Types;

/// A code object: the compiled body of a function, class or module.
pub struct CodeValue(pub CodeRef);

impl NativeObject for CodeValue {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.code
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut crate::vm::Vm) -> Option<crate::vm::PyResult<String>> {
        let c = self.0;
        let address = c as *const _ as usize;
        Some(Ok(format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, address, c.filename, c.first_line)))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        let c = self.0;
        let names = |v: &[Arc<super::PyStr>]| Value::tuple(v.iter().map(|n| Value::Str(n.clone())).collect());
        let nlocals = c.nlocals();
        Some(match name {
            "co_name" => Value::str(&c.name),
            "co_qualname" => Value::str(&c.qualname),
            "co_filename" => Value::str(&c.filename),
            "co_firstlineno" => Value::Int(c.first_line as i64),
            "co_argcount" => Value::Int(c.argcount as i64),
            "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
            "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
            "co_nlocals" => Value::Int(nlocals as i64),
            "co_varnames" => names(&c.varnames[..nlocals]),
            "co_cellvars" => names(&c.varnames[nlocals..nlocals + c.ncells as usize]),
            "co_freevars" => names(&c.varnames[nlocals + c.ncells as usize..]),
            "co_names" => names(&c.names),
            "co_consts" => Value::tuple(c.consts.clone()),
            "co_flags" => Value::Int(python_flags(c.flags)),
            _ => return None,
        })
    }
}

/// CPython's `co_flags` bits for the flags our compiler records.
fn python_flags(ours: u32) -> i64 {
    let mut out = 0;
    for (bit, python) in [(flags::VARARGS, 0x04), (flags::VARKEYWORDS, 0x08), (flags::GENERATOR, 0x20)] {
        if ours & bit != 0 {
            out |= python;
        }
    }
    out
}

/// A frame as it was when the snapshot was taken.
pub struct FrameObject {
    pub code: CodeRef,
    pub line: u32,
    /// The module namespace the frame ran in (an empty dict when unknown).
    pub globals: Value,
    pub locals: Value,
    pub back: Value,
}

impl NativeObject for FrameObject {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.frame
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut crate::vm::Vm) -> Option<crate::vm::PyResult<String>> {
        let address = self as *const _ as usize;
        Some(Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            address, self.code.filename, self.line, self.code.name
        )))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "f_code" => Value::native(CodeValue(self.code)),
            "f_lineno" => Value::Int(self.line as i64),
            "f_globals" => self.globals.clone(),
            "f_locals" => self.locals.clone(),
            "f_back" => self.back.clone(),
            "f_lasti" => Value::Int(-1),
            _ => return None,
        })
    }
}
