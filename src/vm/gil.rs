//! The global interpreter lock, after CPython's `Python/ceval_gil.c`.
//!
//! - A thread must hold the GIL to run bytecode. A thread that wants it waits
//!   on a condition variable for one switch interval; when a whole interval
//!   passes with no switch, it sets a drop request (and the eval breaker
//!   bit, which the running thread polls at backward jumps and calls).
//! - The holder, seeing the request, releases the GIL and does not take it
//!   back until another thread has taken it ("forced switching": no convoy,
//!   no starvation of the waiter).
//! - Blocking calls release it through `allow_threads`, which always takes it
//!   back, also when the closure panics.
//! - With the GIL off (`-X gil=0`, `PYTHON_GIL=0`) every operation is a no-op.
//! - With `-X gil-stats` or `-X trace=FILE` a `Recorder` (src/trace/) notes
//!   each thread's changes of state here — also with the GIL off, so a trace
//!   shows threads running in parallel. Without those options the recording
//!   costs one predictable branch per acquire or release, and nothing in the
//!   eval loop.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use crate::objects::Arc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::trace::record::{Recorder, State as ThreadState};

/// Eval-breaker bit: another thread asks the GIL holder to drop it.
pub const GIL_DROP_REQUEST: u32 = 1;

/// Default `sys.getswitchinterval()`: 5 ms.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

struct State {
    locked: bool,
    /// Bumped at every acquisition: a waiter compares it to know whether a
    /// switch happened during its wait.
    switch_number: u64,
    waiters: usize,
}

/// What a thread waits for while it runs without the GIL (the argument of
/// `Vm::allow_threads`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocking {
    /// `time.sleep`.
    Sleep,
    /// A wait on a `_thread` lock: `Lock`/`RLock` acquire, and the
    /// Condition, Event, Semaphore and Barrier waits built on locks. The
    /// lock's address identifies it.
    Lock(usize),
    /// `Thread.join()`: a wait on the lock the joined thread holds while it
    /// runs (identified by its address, as `Lock`).
    Join(usize),
    /// A `queue` `get`/`put` wait (the address of the lock waited on).
    Queue(usize),
    /// `input()` waiting for a line.
    Input,
    /// File or stream I/O.
    Io,
}

/// The head start a new thread gets when the GIL is off.
///
/// With the GIL on, a thread that has just been started keeps the GIL until
/// it blocks, ends, or its switch interval runs out; only then does the
/// thread that started it go on. Programs (and the tutorial's expected
/// output) take that order for granted: `Starting to sleep inside` comes
/// before the `print` after `start()`. With the GIL off nothing would order
/// them, so `Thread.start()` waits for the same moment: until the new
/// thread blocks on something other than I/O, ends, or has run for one
/// switch interval.
pub struct HeadStart {
    phase: Mutex<Phase>,
    changed: Condvar,
}

enum Phase {
    /// The OS thread has not started running Python yet.
    Waiting,
    Running(Instant),
    Over,
}

impl HeadStart {
    pub fn new() -> Arc<HeadStart> {
        Arc::new(HeadStart { phase: Mutex::new(Phase::Waiting), changed: Condvar::new() })
    }

    /// The new thread starts running Python.
    pub fn running(&self) {
        let mut phase = self.phase.lock();
        if let Phase::Waiting = *phase {
            *phase = Phase::Running(Instant::now());
            self.changed.notify_all();
        }
    }

    /// The new thread blocks or ends: its head start is over.
    pub fn over(&self) {
        let mut phase = self.phase.lock();
        if !matches!(*phase, Phase::Over) {
            *phase = Phase::Over;
            self.changed.notify_all();
        }
    }

    /// The starting thread waits for the head start to end.
    pub fn wait(&self, interval: Duration) {
        let mut phase = self.phase.lock();
        loop {
            match *phase {
                Phase::Waiting => self.changed.wait(&mut phase),
                Phase::Running(since) => {
                    if self.changed.wait_until(&mut phase, since + interval).timed_out() {
                        return;
                    }
                }
                Phase::Over => return,
            }
        }
    }
}

/// Counters for `-X gil-stats` (totals over all threads).
#[derive(Default)]
pub struct GilCounters {
    pub acquisitions: AtomicU64,
    pub forced_drops: AtomicU64,
    pub voluntary_releases: AtomicU64,
    pub wait_nanos: AtomicU64,
}

pub struct Gil {
    enabled: bool,
    state: Mutex<State>,
    /// Waiters for the GIL.
    released: Condvar,
    /// A holder that dropped on request waits here until someone took it.
    switched: Condvar,
    drop_request: AtomicBool,
    switch_interval_micros: AtomicU64,
    pub counters: GilCounters,
    /// Set once at start-up when `-X gil-stats` or `-X trace` asks for it.
    recorder: OnceLock<Arc<Recorder>>,
}

impl Gil {
    pub fn new(enabled: bool) -> Gil {
        Gil {
            enabled,
            state: Mutex::new(State { locked: false, switch_number: 0, waiters: 0 }),
            released: Condvar::new(),
            switched: Condvar::new(),
            drop_request: AtomicBool::new(false),
            switch_interval_micros: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_micros() as u64),
            counters: GilCounters::default(),
            recorder: OnceLock::new(),
        }
    }

    /// Starts recording every thread's GIL states (once; later calls are ignored).
    pub fn set_recorder(&self, recorder: Arc<Recorder>) {
        let _ = self.recorder.set(recorder);
    }

    pub fn recorder(&self) -> Option<&Arc<Recorder>> {
        self.recorder.get()
    }

    /// The calling thread starts to run Python as thread `ident`: takes the GIL.
    pub fn attach(&self, ident: u64, breaker: &AtomicU32) {
        if let Some(rec) = self.recorder.get() {
            rec.attach(ident);
        }
        self.acquire(breaker);
    }

    /// The calling thread stops running Python: lets go of the GIL.
    pub fn detach(&self) {
        if let Some(rec) = self.recorder.get() {
            rec.enter(ThreadState::Outside);
        }
        self.release();
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.switch_interval_micros.load(Ordering::Relaxed))
    }

    /// `sys.setswitchinterval`: at least one microsecond.
    pub fn set_switch_interval(&self, interval: Duration) {
        self.switch_interval_micros.store(interval.as_micros().max(1) as u64, Ordering::Relaxed);
    }

    /// Whether a waiter has asked the holder to drop the GIL.
    #[inline]
    pub fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    /// Takes the GIL, waiting as long as it takes. `breaker` is the eval
    /// breaker word the holder polls; the drop request is posted there.
    pub fn acquire(&self, breaker: &AtomicU32) {
        let recorder = self.recorder.get();
        if !self.enabled {
            if let Some(rec) = recorder {
                rec.acquired();
            }
            return;
        }
        if let Some(rec) = recorder {
            rec.enter(ThreadState::WaitingGil);
        }
        let started = Instant::now();
        let mut st = self.state.lock();
        if st.locked {
            st.waiters += 1;
            while st.locked {
                let seen = st.switch_number;
                let timed_out = self.released.wait_for(&mut st, self.switch_interval()).timed_out();
                if timed_out && st.locked && st.switch_number == seen {
                    // A whole interval without a switch: ask the holder to let go.
                    self.drop_request.store(true, Ordering::Relaxed);
                    breaker.fetch_or(GIL_DROP_REQUEST, Ordering::Relaxed);
                    if let Some(rec) = recorder {
                        rec.drop_requested();
                    }
                }
            }
            st.waiters -= 1;
        }
        st.locked = true;
        st.switch_number += 1;
        // Any pending request was aimed at the previous holder.
        if self.drop_request.swap(false, Ordering::Relaxed) {
            breaker.fetch_and(!GIL_DROP_REQUEST, Ordering::Relaxed);
        }
        drop(st);
        // Noted once the GIL is ours: no other thread's running slice can overlap.
        if let Some(rec) = recorder {
            rec.acquired();
        }
        self.switched.notify_all();
        self.counters.acquisitions.fetch_add(1, Ordering::Relaxed);
        self.counters.wait_nanos.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }

    /// Lets go of the GIL.
    pub fn release(&self) {
        if !self.enabled {
            return;
        }
        let mut st = self.state.lock();
        st.locked = false;
        drop(st);
        self.released.notify_one();
    }

    /// Runs `f` holding the GIL, for a thread that has let it go to block
    /// (the REPL reading a line) but must read Python objects meanwhile (its
    /// completer). The thread goes back to blocking, for `why`, afterwards.
    pub fn with_held<R>(&self, why: Blocking, breaker: &AtomicU32, f: impl FnOnce() -> R) -> R {
        struct Release<'a> {
            gil: &'a Gil,
            why: Blocking,
        }
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                if let Some(rec) = self.gil.recorder.get() {
                    rec.voluntary_release(self.why);
                }
                self.gil.release();
            }
        }
        self.acquire(breaker);
        let _release = Release { gil: self, why };
        f()
    }

    /// Called by the holder when the eval breaker shows a drop request:
    /// releases, waits until another thread has taken the GIL, then takes it
    /// back (forced switching).
    pub fn yield_to_waiter(&self, breaker: &AtomicU32) {
        if !self.enabled {
            return;
        }
        let recorder = self.recorder.get();
        if let Some(rec) = recorder {
            // While we still hold the GIL: the names of threads that may end
            // before anyone looks again.
            rec.learn_thread_names();
        }
        let mut st = self.state.lock();
        let before = st.switch_number;
        let forced = self.drop_request.load(Ordering::Relaxed);
        if let Some(rec) = recorder {
            if forced {
                rec.forced_drop();
            } else {
                rec.enter(ThreadState::WaitingGil);
            }
        }
        st.locked = false;
        self.released.notify_one();
        if forced {
            self.counters.forced_drops.fetch_add(1, Ordering::Relaxed);
            while st.switch_number == before && st.waiters > 0 {
                self.switched.wait(&mut st);
            }
        }
        drop(st);
        self.acquire(breaker);
    }

    /// Runs `f` without the GIL (a blocking call: sleep, a lock wait, I/O;
    /// `why` says which) and takes the GIL back afterwards, also if `f` panics.
    pub fn allow_threads_for<R>(&self, why: Blocking, breaker: &AtomicU32, f: impl FnOnce() -> R) -> R {
        struct Reacquire<'a> {
            gil: &'a Gil,
            breaker: &'a AtomicU32,
        }
        impl Drop for Reacquire<'_> {
            fn drop(&mut self) {
                self.gil.acquire(self.breaker);
            }
        }
        let recorder = self.recorder.get();
        if let Some(rec) = recorder {
            rec.voluntary_release(why);
        }
        if !self.enabled {
            let _back = recorder.map(|rec| RunAgain { rec });
            return f();
        }
        self.counters.voluntary_releases.fetch_add(1, Ordering::Relaxed);
        self.release();
        let _back = Reacquire { gil: self, breaker };
        f()
    }
}

/// With the GIL off, the end of a blocking call as the recorder sees it.
struct RunAgain<'a> {
    rec: &'a Recorder,
}

impl Drop for RunAgain<'_> {
    fn drop(&mut self) {
        self.rec.acquired();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use crate::objects::Arc;
    use std::sync::{mpsc, Barrier};

    fn breaker() -> AtomicU32 {
        AtomicU32::new(0)
    }

    #[test]
    fn gil_on_excludes_other_threads() {
        let gil = Arc::new(Gil::new(true));
        let inside = Arc::new(AtomicBool::new(false));
        let entries = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (gil, inside, entries) = (gil.clone(), inside.clone(), entries.clone());
                std::thread::spawn(move || {
                    let b = breaker();
                    for _ in 0..200 {
                        gil.acquire(&b);
                        assert!(!inside.swap(true, Ordering::SeqCst), "two threads held the GIL");
                        entries.fetch_add(1, Ordering::SeqCst);
                        inside.store(false, Ordering::SeqCst);
                        gil.release();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        assert_eq!(entries.load(Ordering::SeqCst), 800);
        assert_eq!(gil.counters.acquisitions.load(Ordering::SeqCst), 800);
    }

    /// A holder that polls the breaker, as the eval loop will, lets a
    /// waiting thread in: the waiter cannot be starved.
    #[test]
    fn gil_on_waiter_gets_a_turn_from_a_busy_holder() {
        let gil = Arc::new(Gil::new(true));
        gil.set_switch_interval(Duration::from_millis(1));
        let holder_breaker = Arc::new(breaker());
        let waiter_done = Arc::new(AtomicBool::new(false));
        let started = Arc::new(Barrier::new(2));
        let busy = {
            let (gil, b, done, started) = (gil.clone(), holder_breaker.clone(), waiter_done.clone(), started.clone());
            std::thread::spawn(move || {
                gil.acquire(&b);
                started.wait();
                // "Bytecode" until the waiter has had its turn.
                while !done.load(Ordering::SeqCst) {
                    if b.load(Ordering::Relaxed) & GIL_DROP_REQUEST != 0 {
                        gil.yield_to_waiter(&b);
                    }
                    std::hint::spin_loop();
                }
                gil.release();
            })
        };
        started.wait();
        // The waiter posts its request on the holder's breaker word.
        gil.acquire(&holder_breaker);
        waiter_done.store(true, Ordering::SeqCst);
        gil.release();
        busy.join().expect("busy thread");
        assert!(gil.counters.forced_drops.load(Ordering::SeqCst) >= 1);
    }

    #[test]
    fn allow_threads_releases_and_takes_back() {
        let gil = Arc::new(Gil::new(true));
        let b = breaker();
        gil.acquire(&b);
        let (tx, rx) = mpsc::channel();
        let other = {
            let gil = gil.clone();
            std::thread::spawn(move || {
                let b = breaker();
                gil.acquire(&b);
                tx.send(()).expect("send");
                gil.release();
            })
        };
        // While "sleeping" without the GIL, the other thread can run.
        gil.allow_threads_for(Blocking::Sleep, &b, || rx.recv_timeout(Duration::from_secs(10)).expect("other thread ran"));
        other.join().expect("other");
        // We hold it again.
        assert!(gil.state.lock().locked, "GIL was not taken back");
        gil.release();
    }

    #[test]
    fn allow_threads_takes_back_on_panic() {
        let gil = Arc::new(Gil::new(true));
        let b = breaker();
        gil.acquire(&b);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| gil.allow_threads_for(Blocking::Sleep, &b, || panic!("boom"))));
        assert!(r.is_err());
        assert!(gil.state.lock().locked, "the GIL is held again after the panic");
        gil.release();
    }

    #[test]
    fn gil_off_lets_threads_run_together() {
        let gil = Arc::new(Gil::new(false));
        // Both threads must be "inside" at once to pass the barrier.
        let together = Arc::new(Barrier::new(2));
        let threads: Vec<_> = (0..2)
            .map(|_| {
                let (gil, together) = (gil.clone(), together.clone());
                std::thread::spawn(move || {
                    let b = breaker();
                    gil.acquire(&b);
                    together.wait();
                    gil.release();
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        assert_eq!(gil.counters.acquisitions.load(Ordering::SeqCst), 0);
    }
}
