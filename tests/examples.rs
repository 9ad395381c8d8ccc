//! Runs every `examples/<name>.py` with the `gilpy` binary (cwd = examples/)
//! and checks that it exits with 0 and prints exactly `examples/<name>.out`,
//! apart from lines starting with `time:` (a measured time, different on
//! every run; `gilpy compare` sets the same lines aside).
//! All mismatches are reported, each with a short diff, before failing.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const DIFF_LINES: usize = 12;
const STDERR_LINES: usize = 5;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

/// Runs one example, killing it after `TIMEOUT`.
fn run(file_name: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(file_name)
        .current_dir(examples_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    // Drain both pipes on threads so a chatty program cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for gilpy") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait for killed gilpy");
        }
        thread::sleep(Duration::from_millis(10));
    };
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
        timed_out,
    }
}

fn without_time_lines(text: &str) -> String {
    text.split_inclusive('\n').filter(|l| !l.starts_with("time:")).collect()
}

/// A short line diff: the first differing line and a few lines after it.
fn short_diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let first = expected.iter().zip(&actual).take_while(|(e, a)| e == a).count();
    if first == expected.len() && first == actual.len() {
        return "    stdout differs only in its final newline\n".to_owned();
    }
    let mut out = format!("    first difference at line {}:\n", first + 1);
    for line in expected.iter().skip(first).take(DIFF_LINES) {
        out += &format!("    - {line}\n");
    }
    for line in actual.iter().skip(first).take(DIFF_LINES) {
        out += &format!("    + {line}\n");
    }
    out
}

#[test]
fn examples_print_their_expected_output() {
    let mut names: Vec<String> = fs::read_dir(examples_dir())
        .expect("read examples/")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no examples found");

    let mut problems = Vec::new();
    for name in &names {
        let expected_path = examples_dir().join(name.replace(".py", ".out"));
        let Ok(expected) = fs::read_to_string(&expected_path) else {
            problems.push(format!("{name}: missing {}", expected_path.display()));
            continue;
        };
        let mut run = run(name);
        let expected = without_time_lines(&expected);
        run.stdout = without_time_lines(&run.stdout);
        let mut issues = String::new();
        if run.timed_out {
            issues += &format!("    timed out after {TIMEOUT:?}\n");
        } else if run.code != Some(0) {
            issues += &format!("    exit code {:?}, expected 0\n", run.code);
        }
        if run.stdout != expected {
            issues += &short_diff(&expected, &run.stdout);
        }
        if !issues.is_empty() {
            let stderr: Vec<&str> = run.stderr.lines().collect();
            let tail = &stderr[stderr.len().saturating_sub(STDERR_LINES)..];
            for line in tail {
                issues += &format!("    stderr: {line}\n");
            }
            problems.push(format!("{name}:\n{issues}"));
        }
    }
    if !problems.is_empty() {
        panic!("{} of {} examples failed:\n\n{}", problems.len(), names.len(), problems.join("\n"));
    }
}
