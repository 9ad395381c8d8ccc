//! The names of Python threads by ident, kept where any thread can read
//! them without the GIL or an interpreter lock: a deadlock report and the
//! panic hook (src/fatal.rs) name threads from here. `threading` records
//! a thread's name when it starts and when it is renamed
//! (`_thread._set_thread_name`); the name goes when the thread ends.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::Duration;

use parking_lot::Mutex;

thread_local! {
    /// The `_thread.get_ident()` of the Python thread running on this OS
    /// thread, once it has a `Vm`.
    static CURRENT_IDENT: Cell<Option<u64>> = const { Cell::new(None) };
}

static NAMES: LazyLock<Mutex<HashMap<u64, String>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// Says that the calling OS thread runs the Python thread `ident`.
pub fn enter_thread(ident: u64) {
    CURRENT_IDENT.with(|c| c.set(Some(ident)));
}

/// The ident of the Python thread on this OS thread, if it runs one.
pub fn current_ident() -> Option<u64> {
    CURRENT_IDENT.with(Cell::get)
}

/// Records (or changes) the name of the Python thread `ident`.
pub fn set_name(ident: u64, name: &str) {
    NAMES.lock().insert(ident, name.to_owned());
}

/// Forgets the name of a thread that has ended.
pub fn forget(ident: u64) {
    NAMES.lock().remove(&ident);
}

/// The name of thread `ident`: `MainThread` for the main thread unless it
/// was renamed; `None` for a thread started with `_thread` alone. Gives up
/// after `patience` if the registry's lock is held (the panic hook must not
/// wait for a thread that panicked holding it).
pub fn name_of(ident: u64, patience: Duration) -> Option<String> {
    let recorded = NAMES.try_lock_for(patience).and_then(|names| names.get(&ident).cloned());
    recorded.or_else(|| (ident == crate::signals::MAIN_THREAD_IDENT).then(|| "MainThread".to_owned()))
}

/// Every recorded name, and the main thread's.
pub fn all() -> HashMap<u64, String> {
    let mut names = NAMES.lock().clone();
    names.entry(crate::signals::MAIN_THREAD_IDENT).or_insert_with(|| "MainThread".to_owned());
    names
}
