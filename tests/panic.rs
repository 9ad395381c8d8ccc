//! A Rust panic in any thread ends the process at once (src/fatal.rs):
//! stderr says `Fatal Python error: gilpy panicked in thread NAME: ...`
//! and the status is 70, whether the panic is in the main thread, a
//! `threading.Thread` or a bare `_thread` thread, with the GIL held or
//! not, with the GIL on or off. Before, the panicking thread died alone
//! and the main thread waited in join (or for the GIL) for ever.
//!
//! The panics come from `_thread._panic_for_tests`, which exists only for
//! these tests.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The process must be gone well within this.
const TIMEOUT: Duration = Duration::from_secs(20);

/// The status src/fatal.rs exits with.
const PANIC_EXIT_STATUS: i32 = 70;

/// Runs `script` with `-c`; kills it and fails after `TIMEOUT`.
/// Returns the exit status and stderr.
fn run(script: &str, gil: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["-c", script])
        .env("PYTHON_GIL", gil)
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gilpy");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = err.read_to_string(&mut text);
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("PYTHON_GIL={gil}: still running {TIMEOUT:?} after a panic (a thread waits for ever):\n{script}\nstderr:\n{}", reader.join().unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    (status.code(), reader.join().expect("stderr reader"))
}

/// Runs `script` with the GIL on and off: it must exit with status 70 and
/// a first stderr line that starts with `first_line`, then the line that
/// says it is a bug.
fn check(script: &str, first_line: &str) {
    for gil in ["1", "0"] {
        let (status, stderr) = run(script, gil);
        assert_eq!(status, Some(PANIC_EXIT_STATUS), "PYTHON_GIL={gil}: status; stderr:\n{stderr}");
        let mut lines = stderr.lines();
        let first = lines.next().unwrap_or_default();
        assert!(first.starts_with(first_line), "PYTHON_GIL={gil}: got {first:?}, want it to start with {first_line:?}");
        assert!(first.contains(" at src/modules/thread.rs:"), "PYTHON_GIL={gil}: no location in {first:?}");
        let second = lines.next().unwrap_or_default();
        assert!(second.starts_with("This is a bug in gilpy"), "PYTHON_GIL={gil}: second line {second:?}");
    }
}

#[test]
fn a_panic_in_the_main_thread_holding_the_gil_ends_the_process() {
    check("import _thread\n_thread._panic_for_tests('main boom')\nprint('not reached')\n", "Fatal Python error: gilpy panicked in thread 'MainThread': main boom");
}

#[test]
fn a_panic_in_the_main_thread_without_the_gil_ends_the_process() {
    check("import _thread\n_thread._panic_for_tests('main boom', True)\n", "Fatal Python error: gilpy panicked in thread 'MainThread': main boom");
}

/// The main thread waits in join for the thread that panics.
#[test]
fn a_panic_in_a_threading_thread_ends_the_process_instead_of_leaving_join_waiting() {
    for without_gil in ["False", "True"] {
        let script = format!(
            "import threading, _thread\n\
             def worker():\n    \
                 _thread._panic_for_tests('worker boom', {without_gil})\n\
             t = threading.Thread(target=worker)\n\
             t.start()\n\
             t.join()\n\
             print('not reached')\n"
        );
        check(&script, "Fatal Python error: gilpy panicked in thread 'Thread-1 (worker)': worker boom");
    }
}

/// A thread renamed while it runs is reported by its new name.
#[test]
fn the_message_names_a_renamed_thread_by_its_new_name() {
    let script = "import threading, _thread\n\
                  def worker():\n    \
                      threading.current_thread().name = 'renamed'\n    \
                      _thread._panic_for_tests('boom')\n\
                  t = threading.Thread(target=worker, name='first name')\n\
                  t.start()\n\
                  t.join()\n";
    check(script, "Fatal Python error: gilpy panicked in thread 'renamed': boom");
}

/// The main thread waits for ever on a lock only the panicking thread would release.
#[test]
fn a_panic_in_a_bare_thread_ends_the_process_instead_of_leaving_the_main_thread_waiting() {
    for without_gil in ["False", "True"] {
        let script = format!(
            "import _thread\n\
             done = _thread.allocate_lock()\n\
             done.acquire()\n\
             def worker():\n    \
                 _thread._panic_for_tests('bare boom', {without_gil})\n    \
                 done.release()\n\
             _thread.start_new_thread(worker, ())\n\
             done.acquire()\n\
             print('not reached')\n"
        );
        check(&script, "Fatal Python error: gilpy panicked in thread ident 2 (started with _thread, without a threading name): bare boom");
    }
}

/// Other threads busy running Python (holding or wanting the GIL) do not
/// keep the process alive either.
#[test]
fn a_panic_while_other_threads_run_ends_the_process() {
    let script = "import threading, _thread\n\
                  def spin():\n    \
                      while True:\n        \
                          pass\n\
                  for i in range(3):\n    \
                      threading.Thread(target=spin, daemon=False).start()\n\
                  def worker():\n    \
                      _thread._panic_for_tests('boom among spinners')\n\
                  threading.Thread(target=worker, name='panicker').start()\n";
    check(script, "Fatal Python error: gilpy panicked in thread 'panicker': boom among spinners");
}
