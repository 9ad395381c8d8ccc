//! `traceback` objects: what `sys.exc_info()[2]` and `exc.__traceback__`
//! give, one link per frame the exception passed through, outermost first.

use std::any::Any;
use crate::objects::Arc;

use crate::objects::class::TraceEntry;
use crate::objects::{Class, NativeObject, Value};
use crate::vm::Types;

pub struct Traceback {
    /// Outermost frame first, as `tb_next` walks.
    entries: std::sync::Arc<[TraceEntry]>,
    at: usize,
}

/// The traceback of an exception that passed through `entries` (recorded
/// as it unwound, innermost first), or None when it has not been raised.
pub fn traceback_of(entries: &[TraceEntry]) -> Value {
    if entries.is_empty() {
        return Value::None;
    }
    Value::native(Traceback { entries: entries.iter().rev().cloned().collect(), at: 0 })
}

impl Traceback {
    /// The entries from this link on, outermost first (for `_traceback`).
    pub fn remaining(&self) -> &[TraceEntry] {
        &self.entries[self.at..]
    }
}

/// The entries (innermost first, as an exception records them) from `tb`
/// on, or None when `tb` is not a traceback.
pub fn entries_of(tb: &Value) -> Option<Vec<TraceEntry>> {
    let Value::Native(n) = tb else { return None };
    let tb = n.downcast::<Traceback>()?;
    Some(tb.entries[tb.at..].iter().rev().cloned().collect())
}

impl NativeObject for Traceback {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.traceback
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn attr(&self, name: &str) -> Option<Value> {
        let entry = &self.entries[self.at];
        match name {
            "tb_lineno" => Some(Value::Int(entry.line as i64)),
            // The frame as far as the traceback knows it: its code and line.
            "tb_frame" => Some(Value::native(crate::objects::frame_object::FrameObject {
                code: entry.code,
                line: entry.line,
                globals: Value::Dict(crate::objects::Arc::new(crate::objects::PyDict::new())),
                locals: Value::Dict(crate::objects::Arc::new(crate::objects::PyDict::new())),
                back: Value::None,
            })),
            "tb_lasti" => Some(Value::Int(-1)),
            "tb_next" => Some(if self.at + 1 < self.entries.len() {
                Value::native(Traceback { entries: self.entries.clone(), at: self.at + 1 })
            } else {
                Value::None
            }),
            _ => None,
        }
    }
}
