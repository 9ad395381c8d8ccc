//! A Rust panic is a bug in gilpy, never something a program can catch: in
//! any thread it ends the whole process at once, with a message in the
//! style of CPython's `Fatal Python error:` that names the Python thread.
//! Without this a panicking thread died alone and left the others (the
//! main thread in `join`, or everyone when it held the GIL) waiting for ever.
//!
//! The `gilpy` command installs the hook (`install_panic_hook`) before it
//! runs anything. The exit status is `PANIC_EXIT_STATUS`. Thread names come
//! from src/vm/thread_names.rs, so the hook needs neither the GIL nor any
//! interpreter lock.

use std::io::Write;
use std::time::Duration;

use crate::vm::thread_names;

/// The exit status after a panic: 70, BSD's EX_SOFTWARE ("internal
/// software error"). CPython's fatal errors abort (134 in a shell); gilpy
/// exits instead, so no core dump is written and the status is the same
/// whatever the signal settings.
pub const PANIC_EXIT_STATUS: i32 = 70;

/// How the panic message names the calling thread: `'Thread-1 (worker)'`,
/// `'MainThread'`, or for a thread without a Python name its ident (or the
/// OS thread's name when it runs no Python at all).
fn current_thread_description() -> String {
    let Some(ident) = thread_names::current_ident() else {
        let os = std::thread::current();
        return format!("'{}' (runs no Python code)", os.name().unwrap_or("<unnamed>"));
    };
    match thread_names::name_of(ident, Duration::from_millis(100)) {
        Some(name) => format!("'{name}'"),
        None => format!("ident {ident} (started with _thread, without a threading name)"),
    }
}

/// The text a panic prints, without the backtrace.
fn panic_message(thread: &str, what: &str, location: Option<&std::panic::Location<'_>>) -> String {
    let at = location.map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
    format!(
        "Fatal Python error: gilpy panicked in thread {thread}: {what}{at}\n\
         This is a bug in gilpy, not in the Python program: please report it with the script that triggers it.\n"
    )
}

/// Replaces Rust's panic hook: print the message (and a backtrace when
/// RUST_BACKTRACE asks for one), then exit with `PANIC_EXIT_STATUS`
/// without unwinding, so no other thread is left waiting for this one.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = match (info.payload().downcast_ref::<&str>(), info.payload().downcast_ref::<String>()) {
            (Some(s), _) => (*s).to_owned(),
            (_, Some(s)) => s.clone(),
            _ => "(a panic without a message)".to_owned(),
        };
        let mut text = panic_message(&current_thread_description(), &what, info.location());
        let backtrace = std::backtrace::Backtrace::capture();
        if backtrace.status() == std::backtrace::BacktraceStatus::Captured {
            text.push_str(&format!("Rust backtrace:\n{backtrace}\n"));
        }
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
        std::process::exit(PANIC_EXIT_STATUS);
    }));
}

#[cfg(test)]
mod tests {
    use super::panic_message;

    #[test]
    fn the_message_names_the_thread_the_panic_and_where_it_happened() {
        let text = panic_message("'Thread-1 (worker)'", "boom", Some(std::panic::Location::caller()));
        let first = text.lines().next().unwrap();
        assert!(first.starts_with("Fatal Python error: gilpy panicked in thread 'Thread-1 (worker)': boom at src/fatal.rs:"), "{first}");
        assert!(text.lines().nth(1).unwrap().starts_with("This is a bug in gilpy"));
    }
}
