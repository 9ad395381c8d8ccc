//! Deadlock detection, in the spirit of Go's "all goroutines are asleep".
//!
//! Every wait of the threading primitives ends up in an untimed wait on a
//! `_thread` lock (`Lock::acquire`). A thread that has waited there for a
//! moment registers here as blocked. When every live thread is registered,
//! and each one's lock is still held, no thread is left that could release
//! anything: the program can never continue. The detector then prints who
//! waits for what, with each thread's Python traceback and the cycle, and
//! ends the process with status 1.
//!
//! Only untimed lock waits register. A thread that runs, sleeps, reads
//! input, does I/O or waits with a timeout is not blocked, so it keeps the
//! program alive. The registration happens with the lock's own mutex held
//! (the thread has just seen the lock held), and the check rereads every
//! registered lock's owner under the registry mutex: a release racing with
//! a registration is therefore always seen, and never gives a false report.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;

use parking_lot::Mutex;

use super::{Config, Interpreter, Vm};
use crate::compile::bytecode::CodeRef;
use crate::modules::thread::Lock;
use crate::objects::Value;

/// What a `_thread` lock stands for, so a report can say what a thread waits
/// for. `threading` and `queue` give their internal locks a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockRole {
    /// A plain lock (`threading.Lock`, `_thread.allocate_lock`).
    Lock,
    /// The lock inside an `RLock`.
    RLock,
    /// The lock a thread holds while it runs; `join` waits for it.
    Join,
    /// The per-waiter locks of `Condition.wait` and of the primitives built on it.
    Condition,
    Event,
    Semaphore,
    Barrier,
    QueueGet,
    QueuePut,
    QueueJoin,
}

impl LockRole {
    /// The private names `threading.py` and `queue.py` use.
    pub fn from_name(name: &str) -> Option<LockRole> {
        Some(match name {
            "lock" => LockRole::Lock,
            "rlock" => LockRole::RLock,
            "join" => LockRole::Join,
            "condition" => LockRole::Condition,
            "event" => LockRole::Event,
            "semaphore" => LockRole::Semaphore,
            "barrier" => LockRole::Barrier,
            "queue.get" => LockRole::QueueGet,
            "queue.put" => LockRole::QueuePut,
            "queue.join" => LockRole::QueueJoin,
            _ => return None,
        })
    }

    /// Whether the thread holding such a lock is the one that has to act
    /// (release it, or finish): true for locks and joins, false for the
    /// waiter locks that any thread may wake with a notify.
    fn waits_for_holder(self) -> bool {
        matches!(self, LockRole::Lock | LockRole::RLock | LockRole::Join)
    }

    /// The `Blocking` reason of a wait on such a lock.
    pub fn blocking(self, address: usize) -> super::Blocking {
        match self {
            LockRole::Join => super::Blocking::Join(address),
            LockRole::QueueGet | LockRole::QueuePut | LockRole::QueueJoin => super::Blocking::Queue(address),
            _ => super::Blocking::Lock(address),
        }
    }
}

/// A place in the program: a code object and an instruction in it. Cheap to
/// take; turned into `file:line` only when a report is printed.
#[derive(Clone, Copy)]
pub struct Site {
    code: CodeRef,
    pc: u32,
}

impl Site {
    /// The innermost frame of the program itself: frames of the built-in
    /// `threading` and `queue` modules are skipped, so a lock made inside
    /// `Event()` is placed at the line that called `Event()`.
    pub fn of_caller(vm: &Vm) -> Option<Site> {
        let frame = vm.frames.iter().rev().find(|f| !is_library(f.code))?;
        Some(Site { code: frame.code, pc: frame.pc.saturating_sub(1) })
    }

    fn line(&self) -> u32 {
        self.code.line_of(self.pc as usize)
    }
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.code.filename, self.line())
    }
}

/// Code of the modules compiled into gilpy (`<frozen threading>`).
fn is_library(code: CodeRef) -> bool {
    code.filename.starts_with("<frozen ")
}

/// A thread asleep in an untimed lock wait.
struct BlockedThread {
    ident: u64,
    /// The `_thread` lock it waits for.
    lock: Value,
    /// Its Python frames, outermost first: (code, instruction).
    frames: Vec<(CodeRef, u32)>,
}

impl BlockedThread {
    fn lock(&self) -> Option<&Lock> {
        match &self.lock {
            Value::Native(n) => n.downcast::<Lock>(),
            _ => None,
        }
    }
}

struct State {
    /// Threads whose Python code has not finished, the main thread included.
    live: usize,
    blocked: Vec<BlockedThread>,
}

pub struct DeadlockDetector {
    enabled: bool,
    state: Mutex<State>,
}

/// Unregisters a blocked thread when its wait ends, however it ends.
pub struct BlockedGuard<'a> {
    detector: &'a DeadlockDetector,
    ident: u64,
}

impl Drop for BlockedGuard<'_> {
    fn drop(&mut self) {
        let mut state = self.detector.state.lock();
        if let Some(i) = state.blocked.iter().position(|b| b.ident == self.ident) {
            state.blocked.swap_remove(i);
        }
    }
}

impl DeadlockDetector {
    /// On unless the program runs with `-X deadlock=off`.
    pub fn new(config: &Config) -> DeadlockDetector {
        let off = config.xoptions.iter().any(|o| o == "deadlock=off" || o == "deadlock=0");
        DeadlockDetector { enabled: !off, state: Mutex::new(State { live: 1, blocked: Vec::new() }) }
    }

    #[inline]
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// A thread was started (it counts as live from now on).
    pub fn thread_started(&self) {
        self.state.lock().live += 1;
    }

    /// A thread's Python code has finished: it can release nothing any more,
    /// so the threads still waiting may now all be stuck.
    pub fn thread_finished(&self, interp: &Interpreter) {
        let mut state = self.state.lock();
        state.live -= 1;
        if self.enabled && is_deadlocked(&state) {
            report(interp, &state);
        }
    }

    /// Registers `vm`'s thread as asleep waiting for `lock`, which it has
    /// just seen held (the caller holds the lock's mutex). If that makes
    /// every live thread blocked, reports the deadlock and ends the process.
    pub fn block(&self, vm: &Vm, lock: &Value) -> BlockedGuard<'_> {
        let frames = vm.frames.iter().map(|f| (f.code, f.pc.saturating_sub(1))).collect();
        let mut state = self.state.lock();
        state.blocked.push(BlockedThread { ident: vm.ident, lock: lock.clone(), frames });
        if is_deadlocked(&state) {
            report(&vm.interp, &state);
        }
        BlockedGuard { detector: self, ident: vm.ident }
    }
}

/// Every live thread waits, and every lock waited for is still held: no
/// thread is left that could release one.
fn is_deadlocked(state: &State) -> bool {
    !state.blocked.is_empty()
        && state.blocked.len() >= state.live
        && state.blocked.iter().all(|b| b.lock().and_then(Lock::holder).is_some())
}

/// Prints the report to stderr and exits with status 1: nothing can ever run again.
fn report(interp: &Interpreter, state: &State) -> ! {
    interp.flush_stdout();
    let text = format_report(interp, &state.blocked);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
    std::process::exit(1);
}

struct Names {
    by_ident: HashMap<u64, String>,
    /// The blocked threads; any other thread has ended (all live ones are blocked).
    blocked: Vec<u64>,
}

impl Names {
    /// `philosopher-1`, or `thread 5` for a thread without a name.
    fn short(&self, ident: u64) -> String {
        match self.by_ident.get(&ident) {
            Some(name) => name.clone(),
            None => format!("thread {ident}"),
        }
    }

    /// `"philosopher-1"` as a report heading and `held by` show it.
    fn quoted(&self, ident: u64) -> String {
        match self.by_ident.get(&ident) {
            Some(name) => format!("\"{name}\""),
            None => format!("thread {ident}"),
        }
    }
}

/// What a blocked thread waits for, in words: `Lock at 0x… created at
/// f.py:7, held by "philosopher-1"`.
fn describe_wait(lock: &Lock, waiter: u64, names: &Names) -> String {
    let created = lock.site().map(|s| format!(" created at {s}")).unwrap_or_default();
    let holder = lock.holder().unwrap_or(0);
    let itself = if holder == waiter {
        " (itself)"
    } else if !names.blocked.contains(&holder) {
        ", which has ended"
    } else {
        ""
    };
    let held_by = || format!(", held by {}{itself}", names.quoted(holder));
    match lock.role() {
        LockRole::Lock => format!("Lock at {:#x}{created}{}", lock.address(), held_by()),
        LockRole::RLock => format!("RLock{created}{}", held_by()),
        LockRole::Join => format!("thread {} to finish (join)", names.quoted(holder)),
        LockRole::Condition => format!("a notify on Condition{created}"),
        LockRole::Event => format!("Event{created} to be set"),
        LockRole::Semaphore => format!("Semaphore{created} to be released"),
        LockRole::Barrier => format!("the other parties of Barrier{created}"),
        LockRole::QueueGet => format!("an item from queue{created}"),
        LockRole::QueuePut => format!("free space in queue{created}"),
        LockRole::QueueJoin => format!("all tasks of queue{created} to be done (join)"),
    }
}

/// One step of a cycle or chain: `a lock held by philosopher-1`.
fn describe_edge(role: LockRole, holder: u64, names: &Names) -> String {
    match role {
        LockRole::Join => format!("{} to finish", names.short(holder)),
        _ => format!("a lock held by {}", names.short(holder)),
    }
}

fn format_report(interp: &Interpreter, blocked: &[BlockedThread]) -> String {
    let mut threads: Vec<&BlockedThread> = blocked.iter().collect();
    threads.sort_by_key(|b| b.ident);
    let names = Names { by_ident: super::thread_names::all(), blocked: threads.iter().map(|b| b.ident).collect() };
    let mut out = String::from("Deadlock detected\n");
    if threads.len() == 1 {
        out.push_str("The only thread is blocked without a timeout; it can never continue.\n");
    } else {
        let _ = writeln!(out, "All {} threads are blocked without a timeout; none of them can ever continue.", threads.len());
    }
    for thread in &threads {
        let Some(lock) = thread.lock() else { continue };
        let heading = match names.by_ident.get(&thread.ident) {
            Some(name) => format!("Thread \"{name}\" (ident {})", thread.ident),
            None => format!("Thread (ident {})", thread.ident),
        };
        let _ = writeln!(out, "\n{heading} waits for {}", describe_wait(lock, thread.ident, &names));
        out.push_str(&format_frames(interp, &thread.frames));
    }
    out.push('\n');
    out.push_str(&format_cycles(&threads, &names));
    out
}

/// CPython-style traceback lines (`File "f.py", line 7, in f` and the
/// source line), without the frames of gilpy's own `threading` and `queue`
/// unless there is nothing else; a wait in `threading._shutdown` says so instead.
fn format_frames(interp: &Interpreter, frames: &[(CodeRef, u32)]) -> String {
    let own: Vec<&(CodeRef, u32)> = frames.iter().filter(|(code, _)| !is_library(code)).collect();
    if own.is_empty() && frames.first().map_or(false, |(code, _)| code.name == "_shutdown") {
        return "At exit: the program waits for its threads that are not daemons.\n".to_owned();
    }
    let shown = if own.is_empty() { frames.iter().collect() } else { own };
    let mut out = String::from("Traceback (most recent call last):\n");
    for (code, pc) in shown {
        let line = code.line_of(*pc as usize);
        let _ = writeln!(out, "  File \"{}\", line {}, in {}", code.filename, line, code.name);
        if let Some(text) = interp.source_line(&code.filename, line) {
            let text = text.trim();
            if !text.is_empty() {
                let _ = writeln!(out, "    {text}");
            }
        }
    }
    out
}

/// `Cycle: a waits for a lock held by b, which waits for …, held by a.` for
/// each cycle of "waits for a lock held by" / "waits for … to finish"; when
/// there is none, the chains of waits from threads nobody waits for.
fn format_cycles(threads: &[&BlockedThread], names: &Names) -> String {
    // Each thread's one outgoing edge: (role, the thread that must act).
    let edge: HashMap<u64, (LockRole, u64)> = threads
        .iter()
        .filter_map(|t| {
            let lock = t.lock()?;
            let holder = lock.holder()?;
            let blocked = threads.iter().any(|o| o.ident == holder);
            (lock.role().waits_for_holder() && blocked).then_some((t.ident, (lock.role(), holder)))
        })
        .collect();
    let mut out = String::new();
    let mut in_cycle: Vec<u64> = Vec::new();
    for start in threads.iter().map(|t| t.ident) {
        if in_cycle.contains(&start) {
            continue;
        }
        // Walk from `start`; a cycle is found when the walk comes back to itself.
        let mut path = vec![start];
        let mut at = start;
        while let Some(&(_, next)) = edge.get(&at) {
            if let Some(i) = path.iter().position(|&p| p == next) {
                let cycle = &path[i..];
                if !cycle.iter().any(|c| in_cycle.contains(c)) {
                    in_cycle.extend_from_slice(cycle);
                    out.push_str(&describe_cycle(cycle, &edge, names));
                }
                break;
            }
            path.push(next);
            at = next;
        }
    }
    if !out.is_empty() {
        return out;
    }
    for t in threads {
        if edge.values().any(|&(_, to)| to == t.ident) {
            continue;
        }
        let mut text = format!("Chain: {}", names.short(t.ident));
        let mut at = t.ident;
        let mut first = true;
        loop {
            let step = match edge.get(&at) {
                Some(&(role, to)) => describe_edge(role, to, names),
                None => match threads.iter().find(|o| o.ident == at).and_then(|o| o.lock()) {
                    Some(lock) => describe_wait(lock, at, names),
                    None => "something".to_owned(),
                },
            };
            let _ = write!(text, "{} waits for {step}", if first { "" } else { ", which" });
            first = false;
            match edge.get(&at) {
                Some(&(_, to)) => at = to,
                None => break,
            }
        }
        let _ = writeln!(text, ".");
        out.push_str(&text);
    }
    out
}

fn describe_cycle(cycle: &[u64], edge: &HashMap<u64, (LockRole, u64)>, names: &Names) -> String {
    if let [only] = cycle {
        return format!("Cycle: {} waits for a lock it holds itself.\n", names.short(*only));
    }
    let mut text = format!("Cycle: {}", names.short(cycle[0]));
    for (k, at) in cycle.iter().enumerate() {
        let (role, to) = edge[at];
        let _ = write!(text, "{} waits for {}", if k == 0 { "" } else { ", which" }, describe_edge(role, to, names));
    }
    text.push_str(".\n");
    text
}
