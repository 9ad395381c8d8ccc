//! Asynchronous events the eval loop notices at its yield points.

use crate::vm::{PyResult, Vm};

/// Called when the eval breaker is set.
pub fn check(_vm: &mut Vm) -> PyResult<()> {
    Ok(())
}
