//! Asynchronous events the eval loop notices at its yield points.

use std::sync::atomic::Ordering;

use crate::vm::gil::GIL_DROP_REQUEST;
use crate::vm::{PyResult, Vm};

/// Called when the eval breaker is set: a thread waiting for the GIL asked
/// the running one to let it have a turn.
pub fn check(vm: &mut Vm) -> PyResult<()> {
    let bits = vm.interp.eval_breaker.load(Ordering::Relaxed);
    if bits & GIL_DROP_REQUEST != 0 {
        vm.interp.gil.yield_to_waiter(&vm.interp.eval_breaker);
    }
    Ok(())
}
