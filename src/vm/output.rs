//! Standard output from a thread that holds the GIL: the write to the OS
//! happens without it, as CPython's file writes do, so a thread blocked on
//! a full pipe or a slow terminal does not stop the others.

use std::io::Write;

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

    /// Writes `s` to stderr (unbuffered), without the GIL. While the REPL
    /// reads a line, it goes where stdout goes then: above the prompt.
    pub fn write_stderr(&self, s: &str) {
        // Only a free stdout lock is taken: its holder may be blocked writing
        // to a full pipe, and stderr must not wait for stdout. (A sink's
        // holder only queues text, so a busy lock rarely hides one.)
        if let Some(mut out) = self.interp.stdout.try_lock() {
            if out.has_sink() {
                out.send_to_sink(s);
                return;
            }
        }
        self.allow_threads(Blocking::Io, || {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(s.as_bytes());
            let _ = err.flush();
        });
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
