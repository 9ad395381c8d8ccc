//! The interpreter shared by all threads: types, builtins, modules, output.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use crate::objects::Arc;

use parking_lot::Mutex;

use super::types::Types;
use crate::objects::{PyDict, Value};

/// Decided once at start-up; every part of gilpy reads it from here.
#[derive(Clone, Debug)]
pub struct Config {
    pub gil_enabled: bool,
    pub argv: Vec<String>,
    /// The start of `sys.path`: where `import m` looks for `m.py` and `m/`
    /// (the script's directory, as CPython puts it first).
    pub path: Vec<PathBuf>,
    /// The `-X` options, as given (`gil=0`, `gil-stats`, `trace=out.json`).
    pub xoptions: Vec<String>,
    /// `GILPY_LIB`: read the frozen `lib/` modules from this directory instead
    /// (for whoever is editing them).
    pub lib_dir: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config { gil_enabled: true, argv: vec![String::new()], path: vec![PathBuf::from(".")], xoptions: Vec::new(), lib_dir: None }
    }
}

pub struct Interpreter {
    pub config: Config,
    pub types: Types,
    pub builtins: Arc<PyDict>,
    /// `sys.modules`: a real dict, which programs may read and change.
    pub modules: Arc<PyDict>,
    /// `sys.path`: a list, which programs may change; imports read it.
    pub sys_path: Value,
    /// Modules whose body is running now, for the "partially initialized
    /// module" message of a circular `from m import x`.
    pub initializing: Mutex<Vec<String>>,
    /// Per-module import locks: a second thread importing a module another
    /// thread is loading waits for it (src/vm/import.rs).
    pub(crate) import_locks: Mutex<super::import::ImportLocks>,
    pub(crate) import_done: parking_lot::Condvar,
    /// Finds built-in and frozen modules (src/modules/mod.rs's `find`).
    pub(crate) module_registry: super::ModuleRegistry,
    /// Source text by file name, for the lines tracebacks show.
    pub sources: Mutex<HashMap<String, std::sync::Arc<str>>>,
    pub recursion_limit: AtomicUsize,
    /// Polled at backward jumps and calls; non-zero asks the running thread to stop and look.
    pub eval_breaker: AtomicU32,
    pub stdout: Mutex<Output>,
    /// The global interpreter lock (a no-op when `config.gil_enabled` is off).
    pub gil: super::gil::Gil,
    /// Hands out `_thread.get_ident()` numbers.
    pub next_thread_ident: std::sync::atomic::AtomicU64,
    /// `_thread.stack_size()` for threads started later (0: the default).
    pub thread_stack_size: AtomicUsize,
    /// Notices when every thread waits for ever (`-X deadlock=off` turns it off).
    pub deadlock: super::deadlock::DeadlockDetector,
    /// Locations warned about already (src/vm/warnings.rs).
    pub warnings: super::warnings::WarningRegistry,
}

/// Buffered standard output: flushed at exit, before `input()`, on
/// `flush=True`, and at every newline when it is a terminal (as CPython does).
/// Threads holding the GIL write through `Vm::write_stdout` (src/vm/output.rs).
pub struct Output {
    buf: Vec<u8>,
    line_buffered: bool,
    /// Takes flushed text instead of the process's stdout while set: the
    /// REPL shows other threads' output above the line being edited.
    sink: Option<OutputSink>,
}

/// Receives flushed standard output text (see `Output::set_sink`).
pub type OutputSink = Box<dyn FnMut(&str) + Send>;

impl Output {
    pub fn new(line_buffered: bool) -> Output {
        Output { buf: Vec::with_capacity(8192), line_buffered, sink: None }
    }

    /// Sends flushed text to `sink` instead of stdout (`None`: back to
    /// stdout); returns the sink that was set before.
    pub fn set_sink(&mut self, sink: Option<OutputSink>) -> Option<OutputSink> {
        std::mem::replace(&mut self.sink, sink)
    }

    /// Buffers `s`; true when the buffer should be flushed now.
    pub fn push(&mut self, s: &str) -> bool {
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.len() >= 8192 || (self.line_buffered && s.contains('\n'))
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Whether a sink takes the output (the REPL is reading a line).
    pub fn has_sink(&self) -> bool {
        self.sink.is_some()
    }

    /// Hands `s` to the sink at once, after the text buffered before it
    /// (stderr text while the REPL reads a line). No-op without a sink.
    pub fn send_to_sink(&mut self, s: &str) {
        self.flush();
        if let Some(sink) = &mut self.sink {
            sink(s);
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if let Some(sink) = &mut self.sink {
            sink(&String::from_utf8_lossy(&self.buf));
            self.buf.clear();
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

impl Interpreter {
    /// An interpreter whose imports find built-in and frozen modules with
    /// `module_registry` (the caller's: `vm/` does not know the registry).
    pub fn new(config: Config, module_registry: super::ModuleRegistry) -> Arc<Interpreter> {
        let types = Types::new();
        let builtins = Arc::new(PyDict::new());
        let is_tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
        let gil_enabled = config.gil_enabled;
        let deadlock = super::deadlock::DeadlockDetector::new(&config);
        let sys_path = config.path.iter().map(|p| Value::string(p.to_string_lossy().into_owned())).collect();
        let interp = Arc::new(Interpreter {
            config,
            types,
            builtins,
            modules: Arc::new(PyDict::new()),
            sys_path: Value::list(sys_path),
            initializing: Mutex::new(Vec::new()),
            import_locks: Mutex::new(Default::default()),
            module_registry,
            import_done: parking_lot::Condvar::new(),
            sources: Mutex::new(HashMap::new()),
            recursion_limit: AtomicUsize::new(1000),
            eval_breaker: AtomicU32::new(0),
            stdout: Mutex::new(Output::new(is_tty)),
            gil: super::gil::Gil::new(gil_enabled),
            next_thread_ident: std::sync::atomic::AtomicU64::new(1),
            thread_stack_size: AtomicUsize::new(0),
            deadlock,
            warnings: Default::default(),
        });
        crate::builtins::install(&interp);
        crate::signals::install(&interp);
        interp
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }

    pub fn flush_stdout(&self) {
        self.stdout.lock().flush();
    }

    /// Remembers a file's text for tracebacks. Pseudo-files (`<string>`,
    /// `<stdin>`) are not kept: CPython 3.11 shows no source line for them.
    pub fn add_source(&self, filename: &str, source: &str) {
        if filename.starts_with('<') {
            return;
        }
        self.sources.lock().insert(filename.to_owned(), std::sync::Arc::from(source));
    }

    /// Line `line` (1-based) of a registered source file.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let sources = self.sources.lock();
        let src = sources.get(filename)?;
        src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_owned())
    }
}
