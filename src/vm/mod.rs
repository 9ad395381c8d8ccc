//! The virtual machine: the shared interpreter and the per-thread `Vm`
//! that runs bytecode on it.

mod attr;
mod attr_cache;
mod call;
pub mod class_cache;
pub mod deadlock;
mod eval;
pub mod exceptions;
mod frame;
pub mod frame_support;
pub mod gil;
mod import;
pub mod interp;
pub mod iter;
mod ops;
mod stack;
mod output;
pub mod slots;
mod thread_local;
pub mod thread_names;
pub mod types;
pub mod warnings;
mod yield_from;

use crate::objects::Arc;

pub use exceptions::PyErr;
pub use gil::Blocking;
pub use frame::Frame;
pub use import::{ModuleRegistry, ModuleSource};
pub use interp::{Config, Interpreter};
pub use types::Types;

use crate::objects::Value;

pub type PyResult<T> = Result<T, PyErr>;

/// One OS thread's view of the interpreter: its value stack and frames.
pub struct Vm {
    pub interp: Arc<Interpreter>,
    /// Every frame's local slots and operand stack, one after another.
    pub stack: stack::Stack,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<Value>,
    /// Nested native-to-Python calls, counted against the recursion limit.
    pub native_depth: usize,
    /// The lowest stack address native recursion may reach before it raises
    /// RecursionError instead of overflowing the OS stack (0: unchecked).
    stack_floor: usize,
    /// Spare argument buffers, so native calls do not allocate.
    arg_pool: Vec<Vec<Value>>,
    next_frame_id: u64,
    /// Per-thread cache of global-name lookups, indexed by code `cache_base` + name.
    global_cache: Vec<GlobalCacheEntry>,
    /// Attribute lookups along class MROs, remembered.
    pub class_cache: class_cache::ClassCacheCell,
    /// Inline caches of attribute instructions, by code `cache_base` + name.
    attr_sites: Vec<attr_cache::SiteEntry>,
    /// `_thread.get_ident()` of this thread.
    pub ident: u64,
    /// Containers being repr'd, to print `[...]` for self-references.
    pub repr_guard: Vec<usize>,
    /// With the GIL off, the head start of this (new) thread that its
    /// starter waits out (see `gil::HeadStart`); taken when it ends.
    pub head_start: std::cell::Cell<Option<Arc<gil::HeadStart>>>,
    /// The `threading.local` objects this thread has a dict in, so that
    /// the dicts go when the thread ends (`forget_thread_locals`).
    thread_locals: Vec<std::sync::Weak<crate::objects::thread_local::ThreadLocalDicts>>,
}

/// A remembered `LoadGlobal` result, valid while both dicts keep their versions.
#[derive(Clone)]
struct GlobalCacheEntry {
    globals: usize,
    globals_version: u64,
    builtins_version: u64,
    value: Value,
}

pub use attr::bind as bind_value;
pub use call::new_instance;
pub use ops::builtin_value as ops_builtin_value;
pub use ops::{float_pow, hash_f64, to_bigint as ops_to_bigint};

/// Stack kept free below the recursion check: room for the native code
/// between two checks and for reporting the error.
const STACK_MARGIN: usize = 1 << 20;

/// An address in the current stack frame.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    /// A VM for a new thread, with the next `_thread.get_ident()` number.
    pub fn new(interp: Arc<Interpreter>) -> Vm {
        let ident = interp.next_thread_ident.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Vm::with_ident(interp, ident)
    }

    /// Tells the VM that the calling thread's stack is `size` bytes, so
    /// that deep native recursion (Python called from Rust called from
    /// Python...) raises RecursionError before it overflows.
    pub fn set_stack_size(&mut self, size: usize) {
        self.stack_floor = stack_address().saturating_sub(size.saturating_sub(STACK_MARGIN));
    }

    /// RecursionError when the OS stack is nearly used up (see `set_stack_size`).
    #[inline]
    pub(crate) fn check_native_stack(&self) -> PyResult<()> {
        self.check_native_stack_while("")
    }

    /// As `check_native_stack`, with CPython's words for what was going on
    /// (`" while getting the repr of an object"`, `" in comparison"`).
    #[inline]
    pub(crate) fn check_native_stack_while(&self, doing: &str) -> PyResult<()> {
        if stack_address() < self.stack_floor {
            return Err(self.recursion_error(&format!("maximum recursion depth exceeded{doing}")));
        }
        Ok(())
    }

    /// A VM for a thread whose ident was handed out already.
    pub fn with_ident(interp: Arc<Interpreter>, ident: u64) -> Vm {
        // A Vm runs on the OS thread that makes it: a panic there names it.
        thread_names::enter_thread(ident);
        let mut vm = Vm::bare(interp);
        vm.ident = ident;
        vm
    }

    fn bare(interp: Arc<Interpreter>) -> Vm {
        Vm {
            interp,
            stack: stack::Stack::with_capacity(1024),
            frames: Vec::with_capacity(64),
            exc_info: None,
            native_depth: 0,
            stack_floor: 0,
            arg_pool: Vec::new(),
            next_frame_id: 1,
            repr_guard: Vec::new(),
            ident: 0,
            attr_sites: Vec::new(),
            class_cache: Default::default(),
            global_cache: Vec::new(),
            head_start: std::cell::Cell::new(None),
            thread_locals: Vec::new(),
        }
    }

    #[inline]
    pub fn types(&self) -> &Types {
        &self.interp.types
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        id
    }

    /// Runs a blocking operation without the GIL (see `Gil::allow_threads_for`);
    /// `why` says what the thread waits for.
    pub fn allow_threads<R>(&self, why: Blocking, f: impl FnOnce() -> R) -> R {
        if why != Blocking::Io {
            if let Some(head) = self.head_start.take() {
                head.over();
            }
        }
        let result = self.interp.gil.allow_threads_for(why, &self.interp.eval_breaker, f);
        // Back from waiting: free what other threads let go of meanwhile.
        crate::objects::rc::merge_queued();
        result
    }

    /// Takes the GIL for this thread (at start-up of a thread).
    pub fn acquire_gil(&self) {
        self.interp.gil.attach(self.ident, &self.interp.eval_breaker);
    }

    /// Lets go of the GIL for good (at the end of a thread).
    pub fn release_gil(&self) {
        self.interp.gil.detach();
    }

    fn take_arg_buf(&mut self) -> Vec<Value> {
        self.arg_pool.pop().unwrap_or_default()
    }

    fn give_arg_buf(&mut self, mut buf: Vec<Value>) {
        buf.clear();
        if self.arg_pool.len() < 16 {
            self.arg_pool.push(buf);
        }
    }
}
