//! Asynchronous events the eval loop notices at its yield points: a thread
//! waiting for the GIL, and Ctrl-C.
//!
//! Ctrl-C (SIGINT) is caught by a watcher thread (signal-hook's safe
//! iterator); it sets a flag and the eval-breaker bit, and wakes the main
//! thread if it sleeps. The main thread raises KeyboardInterrupt at its next
//! yield point, or when its wait (sleep, lock, join) notices the flag.

use std::sync::atomic::{AtomicBool, Ordering};
use crate::objects::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::vm::gil::GIL_DROP_REQUEST;
use crate::vm::{Interpreter, PyResult, Vm};

/// Eval-breaker bit: Ctrl-C was pressed.
pub const SIGINT_PENDING: u32 = 2;

/// The `_thread.get_ident()` of the main thread (the first `Vm`).
pub const MAIN_THREAD_IDENT: u64 = 1;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static WAKE: Condvar = Condvar::new();
static WAKE_LOCK: Mutex<()> = Mutex::new(());

/// Starts the Ctrl-C watcher for an interpreter (once per process).
pub fn install(interp: &Arc<Interpreter>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else {
        return;
    };
    let interp = interp.clone();
    let _ = std::thread::Builder::new().name("gilpy-signals".into()).spawn(move || {
        for _ in signals.forever() {
            INTERRUPTED.store(true, Ordering::SeqCst);
            interp.eval_breaker.fetch_or(SIGINT_PENDING, Ordering::SeqCst);
            let _guard = WAKE_LOCK.lock();
            WAKE.notify_all();
        }
    });
}

/// Whether Ctrl-C is pending for `vm` (only the main thread receives it).
pub fn interrupt_pending(vm: &Vm) -> bool {
    vm.ident == MAIN_THREAD_IDENT && INTERRUPTED.load(Ordering::SeqCst)
}

/// Raises KeyboardInterrupt if Ctrl-C is pending for this thread.
pub fn take_interrupt(vm: &mut Vm) -> PyResult<()> {
    if interrupt_pending(vm) {
        INTERRUPTED.store(false, Ordering::SeqCst);
        vm.interp.eval_breaker.fetch_and(!SIGINT_PENDING, Ordering::SeqCst);
        return Err(vm.error_no_args(&vm.types().exceptions.keyboard_interrupt.clone()));
    }
    Ok(())
}

/// Sleeps for `d`, or less when Ctrl-C arrives for the main thread.
pub fn interruptible_sleep(vm: &Vm, d: Duration) {
    let deadline = Instant::now() + d;
    let main = vm.ident == MAIN_THREAD_IDENT;
    let mut guard = WAKE_LOCK.lock();
    while Instant::now() < deadline {
        if main && INTERRUPTED.load(Ordering::SeqCst) {
            return;
        }
        WAKE.wait_until(&mut guard, deadline);
    }
}

/// Called when the eval breaker is set.
pub fn check(vm: &mut Vm) -> PyResult<()> {
    let bits = vm.interp.eval_breaker.load(Ordering::Relaxed);
    if bits & GIL_DROP_REQUEST != 0 {
        vm.interp.gil.yield_to_waiter(&vm.interp.eval_breaker);
        crate::objects::rc::merge_queued();
    }
    if bits & SIGINT_PENDING != 0 {
        take_interrupt(vm)?;
    }
    Ok(())
}
