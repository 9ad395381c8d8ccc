//! Freeing deeply nested containers without deep recursion.
//!
//! Dropping a list that holds the only reference to another list drops that
//! one from inside the first drop, and so on: a million-deep nesting (or a
//! long linked list of instances) would overflow the thread's stack. As
//! CPython's "trashcan" does, containers hand their items to a per-thread
//! queue while one drop is already running, and the outermost drop frees
//! them one by one, so the stack stays flat whatever the depth.

use std::cell::{Cell, RefCell};

use super::value::Value;

thread_local! {
    /// Whether a drop of container items is running on this thread.
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// Items waiting to be dropped by the running drop.
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops `items` (a container's contents) without recursing into nested
/// containers more than one level at a time.
pub fn drop_items(items: impl IntoIterator<Item = Value>) {
    // Immediates need no care; most containers hold only them.
    let mut items = items.into_iter().filter(Value::is_heap).peekable();
    if items.peek().is_none() {
        return;
    }
    // During thread teardown the queue may be gone: plain drops then.
    let Ok(draining) = DRAINING.try_with(|d| d.replace(true)) else {
        return;
    };
    if draining {
        let mut items = Some(items);
        let _ = PENDING.try_with(|p| p.borrow_mut().extend(items.take().into_iter().flatten()));
        return;
    }
    for v in items {
        drop(v);
        drain_pending();
    }
    let _ = DRAINING.try_with(|d| d.set(false));
}

/// Drops everything queued, including what those drops queue in turn.
fn drain_pending() {
    while let Some(v) = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
        drop(v);
    }
}
