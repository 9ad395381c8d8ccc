//! Standard output from a thread that holds the GIL: the write to the OS
//! happens without it, as CPython's file writes do, so a thread blocked on
//! a full pipe or a slow terminal does not stop the others.

use parking_lot::MutexGuard;

use super::interp::Output;
use super::{Blocking, Vm};

impl Vm {
    /// Buffers `s` for stdout; flushes (without the GIL) when a line is
    /// complete on a terminal or the buffer is full.
    pub fn write_stdout(&self, s: &str) {
        let mut out = self.lock_stdout();
        if out.push(s) {
            self.allow_threads(Blocking::Io, || out.flush());
        }
    }

    /// Hands buffered stdout text to the OS, without the GIL.
    pub fn flush_stdout(&self) {
        let mut out = self.lock_stdout();
        if !out.is_empty() {
            self.allow_threads(Blocking::Io, || out.flush());
        }
    }

    /// The stdout buffer's lock. Its holder may be writing without the GIL,
    /// so a thread that finds it taken waits without the GIL too.
    fn lock_stdout(&self) -> MutexGuard<'_, Output> {
        match self.interp.stdout.try_lock() {
            Some(out) => out,
            None => self.allow_threads(Blocking::Io, || self.interp.stdout.lock()),
        }
    }
}
