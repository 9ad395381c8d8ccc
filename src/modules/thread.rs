//! `_thread`: OS threads and the basic lock. Everything that blocks here
//! releases the GIL while it waits.

use std::any::Any;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use crate::objects::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::add_functions;
use crate::builtins::{add_method, check_args, kwarg};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::deadlock::{LockRole, Site};
use crate::vm::gil::HeadStart;
use crate::vm::{Blocking, Interpreter, PyResult, Types, Vm};

/// Threads started with `start_new_thread` and still running.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Stack of each thread. Python-to-Python calls never use it; native code
/// that calls back into Python (repr of nested containers, sort keys) does.
/// 8 MiB, as CPython's threads get on Linux: glibc keeps up to 40 MiB of
/// freed stacks for reuse, so small stacks make starting threads cheap
/// (32 MiB ones were mapped anew each time). Deeper native recursion raises
/// RecursionError (`Vm::set_stack_size`) instead of overflowing.
const THREAD_STACK: usize = 8 << 20;

/// The largest timeout a lock wait accepts, in seconds (CPython's value on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn fill(dict: &PyDict, interp: &Interpreter) {
    add_functions(
        dict,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("_start_with_head_start", start_with_head_start),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("_allocate_lock_for", allocate_lock_for),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("exit", exit),
            ("_format_exception", format_exception),
            ("_warn", warn),
            ("_set_thread_name", set_thread_name),
            ("_panic_for_tests", panic_for_tests),
        ],
    );
    dict.set_str("LockType", Value::Class(interp.types.lock.clone()));
    dict.set_str("_local", Value::Class(interp.types.thread_local.clone()));
    dict.set_str("error", Value::Class(interp.types.exceptions.runtime_error.clone()));
    dict.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
}

/// The lock's methods live on its class.
pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types.lock;
    add_method(t, "__new__", lock_new);
    add_method(t, "acquire", lock_acquire);
    add_method(t, "acquire_lock", lock_acquire);
    add_method(t, "__enter__", lock_acquire);
    add_method(t, "release", lock_release);
    add_method(t, "release_lock", lock_release);
    add_method(t, "__exit__", lock_release);
    add_method(t, "locked", lock_locked);
    add_method(t, "locked_lock", lock_locked);
    add_method(&interp.types.thread_local, "__new__", local_new);
}

/// `_thread._local.__new__(cls, *args, **kwargs)`: `threading.local` and
/// its subclasses (see src/vm/thread_local.rs).
fn local_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(vm.type_error("_local.__new__(X): X is not a type object"));
    };
    let instance = crate::vm::new_instance(cls);
    vm.new_thread_local(&instance, &args[1..], kw)?;
    Ok(instance)
}

fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "start_new_thread", args, 2, 3)?;
    spawn(vm, args, false)
}

/// `threading.Thread.start`'s way in: as `start_new_thread`, but with the
/// GIL off it returns only once the new thread's head start is over (see
/// `HeadStart`). CPython's `start()` gets the same order from the GIL,
/// which its wait for the new thread hands over; a bare `start_new_thread`
/// returns at once in both.
fn start_with_head_start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_start_with_head_start", args, 2, 2)?;
    spawn(vm, args, true)
}

fn spawn(vm: &mut Vm, args: &[Value], head_start: bool) -> PyResult<Value> {
    let func = args[0].clone();
    let targs = args[1].clone();
    if !matches!(targs, Value::Tuple(_)) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let tkw = match args.get(2) {
        None => None,
        Some(d @ Value::Dict(_)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let interp = vm.interp.clone();
    let ident = interp.next_thread_ident.fetch_add(1, Ordering::Relaxed);
    RUNNING.fetch_add(1, Ordering::SeqCst);
    interp.deadlock.thread_started();
    let stack = THREAD_STACK.max(interp.thread_stack_size.load(Ordering::Relaxed));
    let head_start = (head_start && !interp.gil.enabled()).then(HeadStart::new);
    let head = head_start.clone();
    let spawned = std::thread::Builder::new().stack_size(stack).spawn(move || {
        let mut t = Vm::with_ident(interp, ident);
        t.set_stack_size(stack);
        t.acquire_gil();
        if let Some(head) = &head {
            head.running();
        }
        t.head_start.set(head);
        if let Err(e) = t.call_ex(func.clone(), targs, tkw) {
            if !e.is(&t.types().exceptions.system_exit.clone()) {
                t.interp.flush_stdout();
                let shown = t.repr(&func).unwrap_or_default();
                let text = t.format_exception(&e);
                eprint!("Exception ignored in thread started by: {shown}\n{text}");
            }
        }
        t.forget_thread_locals();
        crate::vm::thread_names::forget(t.ident);
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        t.interp.deadlock.thread_finished(&t.interp);
        if let Some(head) = t.head_start.take() {
            head.over();
        }
        t.release_gil();
    });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        vm.interp.deadlock.thread_finished(&vm.interp);
        return Err(vm.runtime_error("can't start new thread"));
    }
    if let Some(head) = head_start {
        let interval = vm.interp.gil.switch_interval();
        let at = Arc::as_ptr(&head) as usize;
        vm.allow_threads(Blocking::Lock(at), || head.wait(interval));
    }
    Ok(Value::Int(ident as i64))
}

fn allocate_lock(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::native(Lock::new(LockRole::Lock, Site::of_caller(vm))))
}

fn lock_new(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::native(Lock::new(LockRole::Lock, Site::of_caller(vm))))
}

/// `_thread._allocate_lock_for(role, base=None)`: a lock `threading` or
/// `queue` uses for something more specific (an RLock, a join, the waiter
/// of a Condition, Event, ...), so a deadlock report can say what a thread
/// waits for. A waiter lock is placed where `base` (its Condition's lock)
/// was made.
fn allocate_lock_for(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_allocate_lock_for", args, 1, 2)?;
    let role = match &args[0] {
        Value::Str(s) => LockRole::from_name(s.as_str()),
        _ => None,
    };
    let Some(role) = role else {
        return Err(vm.value_error("unknown lock role"));
    };
    let site = match args.get(1) {
        Some(Value::Native(n)) => n.downcast::<Lock>().and_then(|base| base.site),
        _ if role == LockRole::Lock || role == LockRole::RLock || role == LockRole::Join => Site::of_caller(vm),
        _ => None,
    };
    Ok(Value::native(Lock::new(role, site)))
}

fn get_ident(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.ident as i64))
}

fn get_native_id(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64 * 1000 + vm.ident as i64))
}

fn count(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
}

/// `_thread.stack_size([size])`: sets the stack size for threads started
/// later and returns the one set before (0: the default). As in CPython the
/// size defaults to 0, so a bare call also resets it. Python frames live on
/// the heap in gilpy and the OS stack only holds native recursion, so a
/// thread never gets less than the default 8 MiB; a larger size is used.
fn stack_size(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "stack_size", args, 0, 1)?;
    let size = match args.first() {
        Some(size) => vm.index_value(size)?,
        None => 0,
    };
    if size < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if size != 0 && size < 32768 {
        return Err(vm.value_error(format!("size not valid: {size} bytes")));
    }
    let old = vm.interp.thread_stack_size.swap(size as usize, Ordering::Relaxed);
    Ok(Value::Int(old as i64))
}

fn exit(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.error_no_args(&vm.types().exceptions.system_exit.clone()))
}

/// `_thread._warn(message, category, stacklevel)`: `warnings.warn` for
/// `threading`'s deprecated names (there is no `warnings` module): shown as
/// CPython's default filters show it (see src/vm/warnings.rs), for the
/// code `stacklevel` frames up (1 = the function calling `_warn`).
fn warn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_warn", args, 3, 3)?;
    let message = vm.to_str(&args[0])?;
    let warning = vm.types().exceptions.warning.clone();
    let category = match &args[1] {
        Value::Class(c) if c.is_subclass(&warning) => c.clone(),
        other => {
            return Err(vm.type_error(format!("category must be a Warning subclass, not '{}'", vm.type_name(other))));
        }
    };
    let level = vm.index_value(&args[2])?.max(1) as usize;
    vm.warn(&category, &message, level);
    Ok(Value::None)
}

/// `_thread._set_thread_name(ident, name)`: `threading` records what a
/// thread is called (src/vm/thread_names.rs), when it starts and when it
/// is renamed, for deadlock reports and the panic hook.
fn set_thread_name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_set_thread_name", args, 2, 2)?;
    let ident = vm.index_value(&args[0])?;
    let name = vm.to_str(&args[1])?;
    crate::vm::thread_names::set_name(ident as u64, &name);
    Ok(Value::None)
}

/// `_thread._panic_for_tests(message, without_gil=False)`: INTERNAL, it
/// exists only so that tests/panic.rs can check what a Rust panic does
/// (src/fatal.rs: a message naming the thread, then the process exits).
/// It panics with `message`, holding the GIL, or inside `allow_threads`
/// when `without_gil` is true. No program should call it.
fn panic_for_tests(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_panic_for_tests", args, 1, 2)?;
    let message = vm.to_str(&args[0])?;
    let without_gil = match args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if without_gil {
        vm.allow_threads(Blocking::Sleep, || panic!("{message}"));
    }
    panic!("{message}");
}

/// The traceback text of an exception, for `threading`'s excepthook.
fn format_exception(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_format_exception", args, 1, 1)?;
    match vm.make_raisable(args[0].clone()) {
        Ok(e) => Ok(Value::string(vm.format_exception(&e))),
        Err(e) => Err(e),
    }
}

/// `_thread.lock`: a plain (non-reentrant) lock any thread may release.
pub struct Lock {
    locked: Mutex<bool>,
    freed: Condvar,
    /// The ident of the thread that took it, 0 while free. Written with
    /// `locked` held; the deadlock detector reads it without that mutex.
    owner: AtomicU64,
    role: LockRole,
    /// Where the program made it (for reports; `None` inside the library).
    site: Option<Site>,
}

/// How long a waiter sleeps before it registers with the deadlock
/// detector: a lock that is handed over quickly (the usual case under
/// contention) costs the detector nothing.
const DEADLOCK_PATIENCE: Duration = Duration::from_millis(1);

/// The main thread looks up this often from a lock wait to notice Ctrl-C.
const INTERRUPT_POLL: Duration = Duration::from_millis(50);

impl NativeObject for Lock {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.lock
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let state = if *self.locked.lock() { "locked" } else { "unlocked" };
        Some(Ok(format!("<{state} _thread.lock object at {:#x}>", self.address())))
    }
}

impl Lock {
    pub fn new(role: LockRole, site: Option<Site>) -> Lock {
        Lock { locked: Mutex::new(false), freed: Condvar::new(), owner: AtomicU64::new(0), role, site }
    }

    /// Takes the lock; waits (without the GIL) up to `timeout`, for ever
    /// when `None`. Returns whether it was taken. `handle` is the Python
    /// object of this lock (the deadlock detector keeps it while it waits).
    pub fn acquire(&self, vm: &Vm, handle: &Value, blocking: bool, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        // Only a wait without a timeout can be part of a deadlock.
        let watch = deadline.is_none() && vm.interp.deadlock.enabled();
        loop {
            {
                let mut held = self.locked.lock();
                if !*held {
                    *held = true;
                    self.owner.store(vm.ident, Ordering::Relaxed);
                    return true;
                }
            }
            if !blocking || deadline.map_or(false, |d| Instant::now() >= d) {
                return false;
            }
            // Wait without the GIL until the lock looks free, then go back to
            // taking it with the GIL held. A woken waiter does not take the
            // lock while it cannot run: handing it over to a thread that has
            // no GIL yet made every later acquire of a busy thread block
            // (a lock convoy).
            vm.allow_threads(self.role.blocking(self.address()), || {
                let patience = Instant::now() + DEADLOCK_PATIENCE;
                let mut registered = None;
                let mut held = self.locked.lock();
                while *held {
                    if crate::signals::interrupt_pending(vm) {
                        return;
                    }
                    let now = Instant::now();
                    if watch && registered.is_none() && now >= patience {
                        // Seen held, with its mutex held: a release cannot slip in.
                        registered = Some(vm.interp.deadlock.block(vm, handle));
                    }
                    let mut until = now + INTERRUPT_POLL;
                    if let Some(d) = deadline {
                        until = until.min(d);
                    }
                    if watch && registered.is_none() {
                        until = until.min(patience);
                    }
                    if self.freed.wait_until(&mut held, until).timed_out() && deadline.map_or(false, |d| Instant::now() >= d) {
                        return;
                    }
                }
            });
            if crate::signals::interrupt_pending(vm) {
                return false;
            }
        }
    }

    /// Releases; false when it was not locked.
    pub fn release(&self) -> bool {
        let mut held = self.locked.lock();
        if !*held {
            return false;
        }
        *held = false;
        self.owner.store(0, Ordering::Relaxed);
        drop(held);
        self.freed.notify_one();
        true
    }

    /// The ident of the thread that holds it, if any.
    pub fn holder(&self) -> Option<u64> {
        match self.owner.load(Ordering::Relaxed) {
            0 => None,
            ident => Some(ident),
        }
    }

    pub fn role(&self) -> LockRole {
        self.role
    }

    pub fn site(&self) -> Option<Site> {
        self.site
    }

    /// The address its repr shows.
    pub fn address(&self) -> usize {
        self as *const Lock as usize
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

fn this_lock<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Lock> {
    match v {
        Value::Native(n) => n.downcast::<Lock>().ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object")),
        _ => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

/// `acquire(blocking=True, timeout=-1)`.
fn lock_acquire(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this = args[0].clone();
    let lock = this_lock(vm, &this)?;
    // __enter__ is acquire() with no arguments.
    let blocking_v = args.get(1).or_else(|| kwarg(kw, "blocking")).cloned();
    let timeout_v = args.get(2).or_else(|| kwarg(kw, "timeout")).cloned();
    let blocking = match &blocking_v {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match &timeout_v {
        None => -1.0,
        Some(v) => super::time::seconds_arg(vm, v)?,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    let limit = (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout));
    let taken = lock.acquire(vm, &this, blocking, limit);
    crate::signals::take_interrupt(vm)?;
    Ok(Value::Bool(taken))
}

fn lock_release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let this = args[0].clone();
    if !this_lock(vm, &this)?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let this = args[0].clone();
    Ok(Value::Bool(this_lock(vm, &this)?.is_locked()))
}
