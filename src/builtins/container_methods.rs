//! Methods of `list`, `tuple`, `dict` and `set`.

use std::sync::Arc;

use crate::vm::Interpreter;

pub fn register(_interp: &Arc<Interpreter>) {}
