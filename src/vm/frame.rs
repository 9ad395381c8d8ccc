//! Frames: where a running code object keeps its place. Frames live in
//! `Vm::frames`, never on the Rust stack, so deep Python recursion cannot
//! overflow it.

use crate::objects::Arc;

use crate::compile::bytecode::CodeRef;
use crate::objects::{PyDict, Value};

pub struct Frame {
    pub code: CodeRef,
    /// Next instruction.
    pub pc: u32,
    /// Where this frame's slots start in `Vm::stack`; the operand stack follows them.
    pub base: u32,
    /// Where the stack is cut back to when the frame returns (below the callable).
    pub call_base: u32,
    pub globals: crate::objects::function::Globals,
    /// The locals dict of module and class bodies.
    pub locals: Option<Arc<PyDict>>,
    /// Set for `__init__` frames started by a class call: on return the
    /// instance, not the (None) result, goes to the caller.
    pub init_instance: Option<Value>,
    /// Distinguishes frame activations in tracebacks.
    pub id: u64,
}

impl Frame {
    /// Index in `Vm::stack` where the operand stack starts.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base as usize + self.code.nslots()
    }
}
