//! Recording what each thread does with the GIL, while the program runs.
//!
//! Every thread keeps its own `ThreadLog` (found through a thread-local), so
//! recording takes only that thread's uncontended mutex. The logs are also
//! listed in the `Recorder`, which reads them all at exit — including those
//! of threads that have ended or are still running (daemons).
//!
//! A thread is always in exactly one `State`; each change closes the slice
//! of the previous state. Slices of one thread therefore follow one another
//! and never overlap. A thread's "running" slice is closed *before* it lets
//! go of the GIL and opened *after* it has taken it, so with the GIL on two
//! threads' running slices cannot overlap either.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use crate::objects::Arc;
use std::time::Instant;

use parking_lot::Mutex;

use crate::objects::Value;
use crate::vm::gil::Blocking;
use crate::vm::Interpreter;

/// What a thread is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not running Python (before its start, after its end).
    Outside,
    /// Running Python: holding the GIL (or, with the GIL off, just running).
    Running,
    /// Waiting to take the GIL.
    WaitingGil,
    /// In a blocking call, without the GIL.
    Blocked(Blocking),
}

/// One closed slice of a thread's time, in nanoseconds since the start.
#[derive(Clone, Copy, Debug)]
pub struct Span {
    pub state: State,
    pub start_ns: u64,
    pub end_ns: u64,
}

/// Per-thread totals for `-X gil-stats`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub running_ns: u64,
    pub waiting_ns: u64,
    pub blocked_ns: u64,
    pub acquisitions: u64,
    pub forced_drops: u64,
    pub voluntary_releases: u64,
}

struct LogInner {
    state: State,
    since_ns: u64,
    totals: Totals,
    /// Closed slices (only when a trace file was asked for).
    spans: Vec<Span>,
    /// When this thread, waiting, asked the holder to drop the GIL.
    drop_requests: Vec<u64>,
}

/// One thread's record.
pub struct ThreadLog {
    pub ident: u64,
    inner: Mutex<LogInner>,
}

/// Everything recorded in one run (owned by the `Gil`, set up at start-up).
pub struct Recorder {
    /// Tells this recorder's thread logs from an earlier one's (in tests
    /// that run several interpreters in one process).
    id: u64,
    origin: Instant,
    /// Keep every slice (a trace was asked for), not only totals.
    keep_spans: bool,
    pub gil_enabled: bool,
    logs: Mutex<Vec<Arc<ThreadLog>>>,
    /// Python thread names seen so far, by ident.
    names: Mutex<HashMap<u64, String>>,
    /// The interpreter's `sys.modules`, where the thread names are read
    /// from (the `threading` module).
    modules: Arc<crate::objects::PyDict>,
    /// Set at exit: the logs have been read, later changes are ignored.
    sealed: AtomicBool,
}

thread_local! {
    /// This thread's log, with the id of the recorder it belongs to.
    static CURRENT: RefCell<Option<(u64, Arc<ThreadLog>)>> = const { RefCell::new(None) };
}

/// A snapshot of one thread's record, taken at exit.
pub struct ThreadRecord {
    pub ident: u64,
    pub name: String,
    pub totals: Totals,
    pub spans: Vec<Span>,
    pub drop_requests: Vec<u64>,
}

impl Recorder {
    pub fn new(interp: &Arc<Interpreter>, keep_spans: bool) -> Recorder {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        Recorder {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            origin: Instant::now(),
            keep_spans,
            gil_enabled: interp.config.gil_enabled,
            logs: Mutex::new(Vec::new()),
            names: Mutex::new(HashMap::new()),
            modules: interp.modules.clone(),
            sealed: AtomicBool::new(false),
        }
    }

    /// Nanoseconds since the recorder was made.
    pub fn now_ns(&self) -> u64 {
        self.origin.elapsed().as_nanos() as u64
    }

    /// The calling thread starts to run Python as thread `ident`: gives it a
    /// log (or keeps the one it has, when it comes back, as the REPL does).
    pub fn attach(&self, ident: u64) {
        let me = self.id;
        let fresh = CURRENT.with(|c| match &*c.borrow() {
            Some((owner, log)) => *owner != me || log.ident != ident,
            None => true,
        });
        if !fresh {
            return;
        }
        let log = Arc::new(ThreadLog {
            ident,
            inner: Mutex::new(LogInner {
                state: State::Outside,
                since_ns: self.now_ns(),
                totals: Totals::default(),
                spans: Vec::new(),
                drop_requests: Vec::new(),
            }),
        });
        self.logs.lock().push(log.clone());
        CURRENT.with(|c| *c.borrow_mut() = Some((me, log)));
    }

    /// Runs `f` on the calling thread's log, if it has one of this recorder.
    fn with_log(&self, f: impl FnOnce(&mut LogInner)) {
        if self.sealed.load(Ordering::Relaxed) {
            return;
        }
        let me = self.id;
        CURRENT.with(|c| {
            if let Some((owner, log)) = &*c.borrow() {
                if *owner == me {
                    f(&mut log.inner.lock());
                }
            }
        });
    }

    /// The calling thread changes state now.
    pub fn enter(&self, state: State) {
        let now = self.now_ns();
        let keep = self.keep_spans;
        self.with_log(|log| change_state(log, state, now, keep));
    }

    /// The calling thread has just taken the GIL.
    pub fn acquired(&self) {
        let now = self.now_ns();
        let keep = self.keep_spans;
        let counted = self.gil_enabled;
        self.with_log(|log| {
            if counted {
                log.totals.acquisitions += 1;
            }
            change_state(log, State::Running, now, keep);
        });
    }

    /// The holder lets go of the GIL on another thread's request.
    pub fn forced_drop(&self) {
        let now = self.now_ns();
        let keep = self.keep_spans;
        self.with_log(|log| {
            log.totals.forced_drops += 1;
            change_state(log, State::WaitingGil, now, keep);
        });
    }

    /// The holder lets go of the GIL for a blocking call.
    pub fn voluntary_release(&self, why: Blocking) {
        let now = self.now_ns();
        let keep = self.keep_spans;
        let counted = self.gil_enabled;
        self.with_log(|log| {
            if counted {
                log.totals.voluntary_releases += 1;
            }
            change_state(log, State::Blocked(why), now, keep);
        });
        self.learn_thread_names();
    }

    /// The calling thread, waiting for the GIL, asks the holder to drop it.
    pub fn drop_requested(&self) {
        if !self.keep_spans {
            return;
        }
        let now = self.now_ns();
        self.with_log(|log| log.drop_requests.push(now));
    }

    /// Reads the names of the Python threads from `threading`: those alive
    /// (`_active`) and those that have ended (`_ended_thread_names`, kept by
    /// `threading` once a recorder has put a dict there). Called while the
    /// GIL is held. A thread `threading` never knew keeps a name made from
    /// its ident.
    pub fn learn_thread_names(&self) {
        let Some(Value::Module(threading)) = self.modules.get_str(&crate::objects::PyStr::new("threading")) else { return };
        // `threading` keeps the names of ended threads only once given a
        // dict to keep them in: without a recorder, nothing grows.
        let ended = crate::objects::PyStr::new("_ended_thread_names");
        if matches!(threading.dict.get_str(&ended), Some(Value::None)) {
            threading.dict.set_str("_ended_thread_names", Value::Dict(Arc::new(crate::objects::PyDict::new())));
        }
        let mut found = Vec::new();
        for registry in ["_active", "_ended_thread_names"] {
            if let Some(Value::Dict(d)) = threading.dict.get_str(&crate::objects::PyStr::new(registry)) {
                for (key, value) in d.items() {
                    if let (Value::Int(ident), Some(name)) = (key, thread_name(&value)) {
                        found.push((ident as u64, name));
                    }
                }
            }
        }
        let mut names = self.names.lock();
        for (ident, name) in found {
            names.insert(ident, name);
        }
    }

    /// Stops recording and returns every thread's record, open slices closed
    /// now. Call it from the main thread while it holds the GIL.
    pub fn finish(&self) -> Vec<ThreadRecord> {
        self.learn_thread_names();
        let now = self.now_ns();
        self.sealed.store(true, Ordering::SeqCst);
        let names = self.names.lock().clone();
        let logs = self.logs.lock().clone();
        let mut records: Vec<ThreadRecord> = Vec::new();
        for log in logs {
            let mut inner = log.inner.lock();
            change_state(&mut inner, State::Outside, now, self.keep_spans);
            let name = names.get(&log.ident).cloned().unwrap_or_else(|| fallback_name(log.ident));
            // A thread that attached twice (the REPL's main thread) is one track.
            if let Some(r) = records.iter_mut().find(|r| r.ident == log.ident) {
                add_totals(&mut r.totals, &inner.totals);
                r.spans.extend(inner.spans.iter().copied());
                r.drop_requests.extend(inner.drop_requests.iter().copied());
                continue;
            }
            records.push(ThreadRecord {
                ident: log.ident,
                name,
                totals: inner.totals,
                spans: std::mem::take(&mut inner.spans),
                drop_requests: std::mem::take(&mut inner.drop_requests),
            });
        }
        records.sort_by_key(|r| r.ident);
        records
    }
}

fn change_state(log: &mut LogInner, state: State, now: u64, keep: bool) {
    if log.state == state {
        // Still the same slice (a forced switch waits, then acquires: one wait).
        return;
    }
    let start = log.since_ns;
    let spent = now.saturating_sub(start);
    match log.state {
        State::Outside => {}
        State::Running => log.totals.running_ns += spent,
        State::WaitingGil => log.totals.waiting_ns += spent,
        State::Blocked(_) => log.totals.blocked_ns += spent,
    }
    if keep && log.state != State::Outside && spent > 0 {
        log.spans.push(Span { state: log.state, start_ns: start, end_ns: now });
    }
    log.state = state;
    log.since_ns = now;
}

/// Adds `from`'s times and counts to `to`.
pub(crate) fn add_totals(to: &mut Totals, from: &Totals) {
    to.running_ns += from.running_ns;
    to.waiting_ns += from.waiting_ns;
    to.blocked_ns += from.blocked_ns;
    to.acquisitions += from.acquisitions;
    to.forced_drops += from.forced_drops;
    to.voluntary_releases += from.voluntary_releases;
}

/// A `threading.Thread` object's `_name`, or a name kept as a string.
fn thread_name(value: &Value) -> Option<String> {
    match value {
        Value::Str(s) => Some(s.as_str().to_owned()),
        Value::Instance(i) => match i.dict.get_str(&crate::objects::PyStr::new("_name")) {
            Some(Value::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        },
        _ => None,
    }
}

/// The name of a thread `threading` never knew (a bare `_thread` thread).
fn fallback_name(ident: u64) -> String {
    if ident == crate::signals::MAIN_THREAD_IDENT {
        "MainThread".to_owned()
    } else {
        format!("thread {ident}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::gil::GIL_DROP_REQUEST;
    use crate::vm::{Config, Interpreter};
    use std::sync::Barrier;

    /// Two OS threads go through the GIL as the eval loop would: both spin
    /// (polling the breaker) until each has seen the other run.
    fn record_two_spinners(gil_enabled: bool) -> Vec<ThreadRecord> {
        let interp = Interpreter::new(Config { gil_enabled, ..Config::default() }, crate::modules::find);
        let recorder = Arc::new(Recorder::new(&interp, true));
        interp.gil.set_recorder(recorder.clone());
        interp.gil.set_switch_interval(std::time::Duration::from_millis(1));
        let seen = Arc::new([AtomicBool::new(false), AtomicBool::new(false)]);
        let start = Arc::new(Barrier::new(2));
        let threads: Vec<_> = (0..2)
            .map(|i| {
                let (interp, seen, start) = (interp.clone(), seen.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    interp.gil.attach(10 + i as u64, &interp.eval_breaker);
                    seen[i].store(true, Ordering::SeqCst);
                    while !seen[1 - i].load(Ordering::SeqCst) {
                        if interp.eval_breaker.load(Ordering::Relaxed) & GIL_DROP_REQUEST != 0 {
                            interp.gil.yield_to_waiter(&interp.eval_breaker);
                        }
                        std::hint::spin_loop();
                    }
                    interp.gil.allow_threads_for(Blocking::Lock(0x1234), &interp.eval_breaker, || ());
                    interp.gil.detach();
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        recorder.finish()
    }

    fn running(r: &ThreadRecord) -> Vec<(u64, u64)> {
        r.spans.iter().filter(|s| s.state == State::Running).map(|s| (s.start_ns, s.end_ns)).collect()
    }

    #[test]
    fn gil_on_records_turns_that_never_overlap() {
        let records = record_two_spinners(true);
        assert_eq!(records.iter().map(|r| r.ident).collect::<Vec<_>>(), [10, 11]);
        let mut all: Vec<(u64, u64)> = records.iter().flat_map(running).collect();
        all.sort();
        assert!(all.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping turns: {all:?}");
        let forced: u64 = records.iter().map(|r| r.totals.forced_drops).sum();
        assert!(forced >= 1, "one spinner had to be asked to let go");
        assert!(records.iter().any(|r| !r.drop_requests.is_empty()));
        for r in &records {
            assert_eq!(r.totals.voluntary_releases, 1);
            assert!(r.spans.iter().any(|s| s.state == State::Blocked(Blocking::Lock(0x1234))));
            assert_eq!(r.name, format!("thread {}", r.ident));
            assert!(r.spans.windows(2).all(|w| w[0].end_ns <= w[1].start_ns));
        }
    }

    #[test]
    fn gil_off_records_threads_running_together() {
        let records = record_two_spinners(false);
        let (a, b) = (running(&records[0]), running(&records[1]));
        assert!(a.iter().any(|x| b.iter().any(|y| x.0.max(y.0) < x.1.min(y.1))), "{a:?} {b:?}");
        for r in &records {
            assert_eq!((r.totals.acquisitions, r.totals.forced_drops, r.totals.waiting_ns), (0, 0, 0));
        }
    }
}
