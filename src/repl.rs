//! The interactive prompt: `gilpy` on a terminal, and `gilpy -i`.
//!
//! Lines are read with rustyline (editing, history in `~/.gilpy_history`,
//! Tab completion) while the GIL is released, so threads started at the
//! prompt keep running; what they print meanwhile goes through rustyline's
//! external printer and appears above the line being typed. A statement runs
//! once the parser says it is whole (see `statement`); its expression values
//! are echoed (`compile::Mode::Interactive`) and errors print a traceback
//! without ending the session.

mod completion;
mod statement;

use std::collections::VecDeque;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use crate::objects::Arc;

use parking_lot::{Condvar, Mutex};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Editor, ExternalPrinter};

use crate::objects::PyDict;
use crate::syntax::ast::Module;
use crate::vm::interp::OutputSink;
use crate::vm::{Blocking, Vm};
pub use completion::NameCompleter;
pub use statement::{judge, Verdict};

const PS1: &str = ">>> ";
const PS2: &str = "... ";
const HISTORY_FILE: &str = ".gilpy_history";
const STDIN: &str = "<stdin>";

/// Runs the prompt in `globals` until Ctrl-D, `exit()` or an uncaught
/// SystemExit; returns the exit status. The caller holds the GIL.
pub fn interact(vm: &mut Vm, globals: &Arc<PyDict>, banner: bool) -> i32 {
    let mut input = LineReader::new(vm, globals);
    if banner {
        let gil = if vm.interp.config.gil_enabled { "enabled" } else { "disabled" };
        eprintln!("gilpy {} (Python 3.11 subset) with the GIL {gil}", env!("CARGO_PKG_VERSION"));
        eprintln!("Type \"exit()\" or press Ctrl-D to leave; Tab completes names.");
    }
    loop {
        let status = match read_statement(vm, &mut input) {
            Statement::Complete(module, source) => run_statement(vm, globals, &module, &source),
            Statement::Invalid(error, source) => {
                vm.interp.flush_stdout();
                eprint!("{}", error.render(STDIN, &source));
                None
            }
            Statement::Interrupted => {
                eprintln!("KeyboardInterrupt");
                None
            }
            Statement::EndOfInput => Some(0),
        };
        input.save_history();
        if let Some(status) = status {
            return status;
        }
    }
}

enum Statement {
    /// A whole statement and the source it was parsed from.
    Complete(Module, String),
    Invalid(crate::syntax::SyntaxError, String),
    /// Ctrl-C while typing: the lines so far are dropped.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of a piped stdin.
    EndOfInput,
}

/// Reads lines (`>>> ` then `... `) until they make a statement.
fn read_statement(vm: &mut Vm, input: &mut LineReader) -> Statement {
    let mut lines: Vec<String> = Vec::new();
    loop {
        let prompt = if lines.is_empty() { PS1 } else { PS2 };
        let end_of_input = match input.read_line(vm, prompt) {
            Line::Text(text) => {
                lines.push(text);
                false
            }
            Line::Interrupted => return Statement::Interrupted,
            Line::EndOfInput if lines.is_empty() => return Statement::EndOfInput,
            // Ctrl-D at `... ` ends the statement, as an empty line would.
            Line::EndOfInput => true,
        };
        let source = lines.join("\n") + "\n";
        match statement::judge(&lines, end_of_input) {
            Verdict::Complete(module) => return Statement::Complete(module, source),
            Verdict::Invalid(error) => return Statement::Invalid(error, source),
            Verdict::NeedMore => {}
        }
    }
}

/// Compiles and runs one statement in `globals`. Returns the exit status
/// when it raised SystemExit (`exit()`), which ends the session.
fn run_statement(vm: &mut Vm, globals: &Arc<PyDict>, module: &Module, source: &str) -> Option<i32> {
    let result = match crate::compile::compile_module(module, source, STDIN, crate::compile::Mode::Interactive) {
        Ok(code) => vm.run_module_code(code, globals.clone()),
        Err(e) => Err(vm.syntax_error_value(&e, STDIN, source)),
    };
    vm.interp.flush_stdout();
    let err = result.err()?;
    if err.is(&vm.types().exceptions.system_exit.clone()) {
        return Some(crate::run::report_uncaught(vm, &err));
    }
    crate::run::print_exception(vm, &err);
    None
}

enum Line {
    Text(String),
    Interrupted,
    EndOfInput,
}

/// Where lines come from: rustyline on a terminal, plain reads otherwise
/// (`gilpy -i < file`, where CPython too prints its prompts to stderr).
struct LineReader {
    editor: Option<Editor<NameCompleter, FileHistory>>,
    history: Option<PathBuf>,
    /// The further lines of a multi-line paste, handed out one at a time.
    pasted: VecDeque<String>,
    diversion: Option<Diversion>,
}

impl LineReader {
    fn new(vm: &Vm, globals: &Arc<PyDict>) -> LineReader {
        let mut reader = LineReader { editor: None, history: None, pasted: VecDeque::new(), diversion: None };
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return reader;
        }
        let config = rustyline::Config::builder()
            .completion_type(rustyline::CompletionType::List)
            .max_history_size(1000)
            .unwrap_or_else(|_| rustyline::Config::builder())
            .auto_add_history(false)
            // A terminal that does not answer the cursor-position query
            // would cost every prompt a 100 ms wait.
            .check_cursor_position(false)
            .build();
        let Ok(mut editor) = Editor::<NameCompleter, FileHistory>::with_config(config) else {
            return reader;
        };
        editor.set_helper(Some(NameCompleter::new(vm.interp.clone(), globals.clone())));
        reader.history = std::env::var_os("HOME").map(|home| PathBuf::from(home).join(HISTORY_FILE));
        if let Some(path) = &reader.history {
            let _ = editor.load_history(path);
        }
        if let Ok(printer) = editor.create_external_printer() {
            reader.diversion = Diversion::new(Box::new(printer));
        }
        reader.editor = Some(editor);
        reader
    }

    fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        if let Some(line) = self.pasted.pop_front() {
            return Line::Text(line);
        }
        vm.interp.flush_stdout();
        // A Ctrl-C that came while nothing ran counts as one at the prompt.
        if crate::signals::take_interrupt(vm).is_err() {
            return Line::Interrupted;
        }
        let result = match &mut self.editor {
            Some(editor) => {
                if let Some(d) = &mut self.diversion {
                    d.start(vm);
                }
                let result = vm.allow_threads(Blocking::Input, || editor.readline(prompt));
                if let Some(d) = &mut self.diversion {
                    d.stop(vm);
                }
                if let Ok(text) = &result {
                    if !text.trim().is_empty() {
                        let _ = editor.add_history_entry(text.as_str());
                    }
                }
                result
            }
            None => {
                eprint!("{prompt}");
                let mut text = String::new();
                match vm.allow_threads(Blocking::Input, || std::io::stdin().lock().read_line(&mut text)) {
                    Ok(0) => Err(ReadlineError::Eof),
                    Ok(_) => Ok(text.strip_suffix('\n').unwrap_or(&text).to_owned()),
                    Err(e) => Err(ReadlineError::Io(e)),
                }
            }
        };
        // Ctrl-C that raised SIGINT while the line was read (no raw mode on
        // this terminal, or a kill -INT) drops the line, as CPython does.
        if crate::signals::take_interrupt(vm).is_err() {
            return Line::Interrupted;
        }
        match result {
            Ok(text) => {
                let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned());
                let first = lines.next().unwrap_or_default();
                self.pasted.extend(lines);
                Line::Text(first)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(ReadlineError::Eof) => {
                if self.editor.is_none() {
                    eprintln!();
                }
                Line::EndOfInput
            }
            Err(e) => {
                eprintln!("gilpy: cannot read input: {e}");
                Line::EndOfInput
            }
        }
    }

    fn save_history(&mut self) {
        if let (Some(editor), Some(path)) = (&mut self.editor, &self.history) {
            let _ = editor.append_history(path);
        }
        let _ = std::io::stderr().flush();
    }
}

/// While the prompt waits, standard output flushed by other threads goes to
/// rustyline's external printer, which prints it above the line being
/// edited. Only whole lines are printed there; a partial one waits for its end.
///
/// The printer can block (its channel holds one message until the prompt
/// takes it), so it is called from a thread of its own: the sink, which runs
/// under the interpreter's output lock, only queues text and never waits.
struct Diversion {
    queue: Arc<PrintQueue>,
    /// The sink, while it is not installed in the interpreter's `Output`.
    sink: Option<OutputSink>,
}

struct PrintQueue {
    state: Mutex<Queued>,
    ready: Condvar,
}

#[derive(Default)]
struct Queued {
    lines: VecDeque<String>,
    partial: String,
}

impl Diversion {
    fn new(mut printer: Box<dyn ExternalPrinter + Send>) -> Option<Diversion> {
        let queue = Arc::new(PrintQueue { state: Mutex::new(Queued::default()), ready: Condvar::new() });
        let from_queue = queue.clone();
        std::thread::Builder::new()
            .name("gilpy-repl-printer".into())
            .spawn(move || loop {
                let text = {
                    let mut state = from_queue.state.lock();
                    while state.lines.is_empty() {
                        from_queue.ready.wait(&mut state);
                    }
                    state.lines.pop_front().unwrap_or_default()
                };
                let _ = printer.print(text);
            })
            .ok()?;
        let to_queue = queue.clone();
        let sink: OutputSink = Box::new(move |text: &str| {
            let mut state = to_queue.state.lock();
            state.partial.push_str(text);
            if let Some(end) = state.partial.rfind('\n') {
                let lines: String = state.partial.drain(..=end).collect();
                state.lines.push_back(lines);
                to_queue.ready.notify_one();
            }
        });
        Some(Diversion { queue, sink: Some(sink) })
    }

    fn start(&mut self, vm: &Vm) {
        let mut out = vm.interp.stdout.lock();
        out.set_sink(self.sink.take());
    }

    /// Back to the terminal. What the printer thread has not taken yet is
    /// written now, still under the output lock, so nothing printed later
    /// can come before it.
    fn stop(&mut self, vm: &Vm) {
        let mut out = vm.interp.stdout.lock();
        self.sink = out.set_sink(None);
        let rest: String = {
            let mut state = self.queue.state.lock();
            let partial = std::mem::take(&mut state.partial);
            state.lines.drain(..).chain(std::iter::once(partial)).collect()
        };
        if !rest.is_empty() {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(rest.as_bytes());
            let _ = stdout.flush();
        }
    }
}
