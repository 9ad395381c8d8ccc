//! Deadlock detection: a program whose threads all wait, without a timeout,
//! for one another stops with a report on stderr and exit status 1; a
//! program where some thread sleeps, reads input or waits with a timeout is
//! never reported. Every case runs with the GIL on and with it off.
//!
//! The fixtures in tests/deadlock/ synchronise with barriers and events, so
//! which thread holds what when the report is printed does not depend on
//! scheduling; the reports of both GIL modes must be the same.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/deadlock")
}

fn gilpy(script: &str, gil: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.arg(script).current_dir(fixtures()).env("PYTHON_GIL", gil);
    cmd
}

fn run(script: &str, gil: &str) -> Output {
    gilpy(script, gil).stdin(Stdio::null()).output().expect("run gilpy")
}

/// `0x7f3a…` becomes `0xADDR`; other text is kept.
fn mask_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let digits = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(if digits > 0 { "0xADDR" } else { "0x" });
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// `(ident 7)` becomes `(ident N)`: thread idents are counters, not names.
fn mask_idents(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("(ident ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 7..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(if digits > 0 { "(ident N" } else { "(ident " });
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Runs a deadlocking fixture with the GIL on and off; both must exit 1 with
/// the same report. Returns what the snapshot shows: the status, stdout and
/// the report with the fixture folder, addresses and idents masked.
fn deadlock_report(script: &str) -> String {
    let mut shown = Vec::new();
    for gil in ["1", "0"] {
        let started = Instant::now();
        let out = run(script, gil);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{script} PYTHON_GIL={gil}: {stderr}");
        assert!(started.elapsed() < Duration::from_secs(20), "{script} PYTHON_GIL={gil} took too long");
        let dir = fixtures().canonicalize().expect("fixtures").display().to_string();
        let stderr = mask_idents(&mask_addresses(&stderr.replace(&dir, "[DIR]")));
        shown.push(format!(
            "exit code: 1\n--- stdout\n{}--- stderr\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    assert_eq!(shown[0], shown[1], "{script}: the GIL on (left) and off (right) reports differ");
    shown.swap_remove(0)
}

#[test]
fn dining_philosophers_report_the_cycle() {
    insta::assert_snapshot!("dining_philosophers", deadlock_report("philosophers.py"));
}

#[test]
fn two_locks_taken_in_opposite_orders_report_the_cycle() {
    insta::assert_snapshot!("two_lock_cycle", deadlock_report("two_locks.py"));
}

#[test]
fn join_of_a_thread_waiting_for_an_unset_event_reports_the_chain() {
    insta::assert_snapshot!("join_event_nobody_sets", deadlock_report("join_event.py"));
}

#[test]
fn consumer_of_an_empty_queue_at_exit_reports_the_chain() {
    insta::assert_snapshot!("queue_get_at_exit", deadlock_report("queue_get.py"));
}

#[test]
fn lock_taken_twice_by_one_thread_reports_itself() {
    insta::assert_snapshot!("self_deadlock", deadlock_report("self_lock.py"));
}

/// Runs a fixture that must finish normally: status 0, nothing on stderr.
fn assert_no_report(script: &str, expected_stdout: &str) {
    for gil in ["1", "0"] {
        let out = run(script, gil);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.is_empty(), "{script} PYTHON_GIL={gil} printed:\n{stderr}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected_stdout, "{script} PYTHON_GIL={gil}");
        assert!(out.status.success(), "{script} PYTHON_GIL={gil}: {:?}", out.status);
    }
}

#[test]
fn a_wait_with_a_timeout_is_not_a_deadlock() {
    assert_no_report("timed_wait.py", "acquired: False\nnotified: False\ndone\n");
}

#[test]
fn a_sleeping_thread_is_not_a_deadlock() {
    assert_no_report("sleeping.py", "woken\ndone\n");
}

#[test]
fn handing_a_token_around_a_ring_of_locks_is_not_a_deadlock() {
    assert_no_report("token_ring.py", "120 [0, 1, 2, 0, 1, 2]\n");
}

#[test]
fn contended_locks_and_queues_are_not_a_deadlock() {
    assert_no_report("busy.py", "80000 [1999000]\n");
}

/// The other thread waits for ever for an event the main thread sets only
/// after `input()` returns; the line arrives 300 ms after the program said
/// it is ready, long after the waiter has settled into its wait.
#[test]
fn a_thread_reading_input_is_not_a_deadlock() {
    for gil in ["1", "0"] {
        let mut child = gilpy("input_wait.py", gil)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run gilpy");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read");
        assert_eq!(line, "ready\n", "PYTHON_GIL={gil}");
        std::thread::sleep(Duration::from_millis(300));
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(b"hello\n").expect("write");
        drop(stdin);
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut rest).expect("read");
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.is_empty(), "PYTHON_GIL={gil} printed:\n{stderr}");
        assert_eq!(rest, "woken\ngot hello\n", "PYTHON_GIL={gil}");
        assert!(out.status.success(), "PYTHON_GIL={gil}");
    }
}

/// With `-X deadlock=off` a deadlocked program hangs, as in CPython.
#[test]
fn x_deadlock_off_turns_detection_off() {
    for gil in ["1", "0"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
            .args(["-X", "deadlock=off", "self_lock.py"])
            .current_dir(fixtures())
            .env("PYTHON_GIL", gil)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run gilpy");
        // A report comes within milliseconds; a second of silence means none.
        let until = Instant::now() + Duration::from_secs(1);
        while Instant::now() < until {
            assert!(child.try_wait().expect("wait").is_none(), "PYTHON_GIL={gil}: exited although detection is off");
            std::thread::sleep(Duration::from_millis(50));
        }
        child.kill().expect("kill");
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("Deadlock"), "PYTHON_GIL={gil}: {stderr}");
    }
}

#[test]
fn masks_replace_addresses_and_idents_only() {
    assert_eq!(mask_addresses("at 0x7f3a12 and 0x"), "at 0xADDR and 0x");
    assert_eq!(mask_idents("Thread \"a\" (ident 12) and (ident x)"), "Thread \"a\" (ident N) and (ident x)");
}

#[test]
fn every_primitive_says_what_it_waits_for() {
    insta::assert_snapshot!("every_primitive", deadlock_report("every_primitive.py"));
}

#[test]
fn lock_held_by_an_ended_thread_says_so() {
    insta::assert_snapshot!("lock_left_held", deadlock_report("lock_left_held.py"));
}
