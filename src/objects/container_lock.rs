//! The lock inside every mutable container (list, dict, set).
//!
//! With the GIL off, threads really do touch one list at the same time, and
//! the lock is what keeps `append` from losing items. With the GIL on it is
//! never contended: every access to a container happens under the GIL, and
//! no guard is held across a point where the GIL can be let go (guards are
//! never held while calling back into Python, which is also what keeps the
//! real lock from deadlocking). Taking and releasing it still costs two
//! atomic read-modify-writes, about a fifth of an attribute-heavy program's
//! time. So a process that runs a single interpreter with the GIL on (the
//! `gilpy` command) can declare that once, and from then on `lock` hands
//! out the data without touching the mutex.
//!
//! The library default is to lock: tests and embedders may run several
//! interpreters, some with the GIL off, in one process.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

static GIL_GUARDS_ALL: AtomicBool = AtomicBool::new(false);

/// Declares that from now on every container is only ever touched by a
/// thread holding the GIL of the one interpreter in this process, so the
/// container locks can be skipped.
///
/// # Safety
/// The caller must run exactly one interpreter in this process, with the
/// GIL enabled, and call this before that interpreter runs any code.
/// Whatever reads a container outside the eval loop (the REPL's completer)
/// must take the GIL first.
pub unsafe fn trust_the_gil() {
    GIL_GUARDS_ALL.store(true, Ordering::Relaxed);
}

#[inline(always)]
fn gil_guards_all() -> bool {
    GIL_GUARDS_ALL.load(Ordering::Relaxed)
}

pub struct ContainerLock<T> {
    inner: Mutex<T>,
}

/// Access to a container's data; unlocks (if it locked) when dropped.
pub struct ContainerGuard<'a, T> {
    data: NonNull<T>,
    locked: Option<&'a Mutex<T>>,
    _borrow: PhantomData<&'a mut T>,
}

impl<T> ContainerLock<T> {
    pub const fn new(data: T) -> ContainerLock<T> {
        ContainerLock { inner: Mutex::new(data) }
    }

    /// Locks, or, when the GIL guards everything, just hands out the data.
    #[inline(always)]
    pub fn lock(&self) -> ContainerGuard<'_, T> {
        let locked = if gil_guards_all() {
            None
        } else {
            std::mem::forget(self.inner.lock());
            Some(&self.inner)
        };
        // SAFETY: the data pointer of a live mutex is valid; exclusive
        // access comes from the lock just taken, or from the GIL (see
        // `trust_the_gil`).
        ContainerGuard { data: unsafe { NonNull::new_unchecked(self.inner.data_ptr()) }, locked, _borrow: PhantomData }
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.inner.get_mut()
    }

    pub fn into_inner(self) -> T {
        self.inner.into_inner()
    }
}

impl<T> Drop for ContainerGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(m) = self.locked {
            // SAFETY: this guard took the lock in `lock` and forgot its own guard.
            unsafe { m.force_unlock() }
        }
    }
}

impl<T> Deref for ContainerGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: see `ContainerLock::lock`.
        unsafe { self.data.as_ref() }
    }
}

impl<T> DerefMut for ContainerGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: see `ContainerLock::lock`.
        unsafe { self.data.as_mut() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_and_unlocks_by_default() {
        let l = ContainerLock::new(vec![1]);
        {
            let mut g = l.lock();
            g.push(2);
            assert!(l.inner.is_locked());
        }
        assert!(!l.inner.is_locked());
        assert_eq!(*l.lock(), vec![1, 2]);
    }
}
