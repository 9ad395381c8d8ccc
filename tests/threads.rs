//! Threading scripts, each run with the GIL on and with it off: stdout must
//! equal what CPython 3.11 printed (committed beside each script), and the
//! exit status must be 0. The scripts synchronise with joins, events and
//! queues, so their output does not depend on scheduling.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/threads");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/threads")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "py") && p.with_extension("out").exists())
        .collect();
    found.sort();
    found
}

fn run(script: &Path, gil: &str) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(script.file_name().expect("name"))
        .current_dir(script.parent().expect("dir"))
        .env("PYTHON_GIL", gil)
        .output()
        .map_err(|e| format!("cannot run gilpy: {e}"))?;
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout != expected || !out.status.success() {
        return Err(format!(
            "{} (PYTHON_GIL={gil}): status {:?}\n--- expected\n{expected}--- got\n{stdout}--- stderr\n{}",
            script.display(),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

#[test]
fn threading_scripts_with_gil_on_and_off() {
    let all = scripts();
    assert!(all.len() >= 5, "expected the threading scripts in tests/threads");
    let mut failures = Vec::new();
    for script in &all {
        for gil in ["1", "0"] {
            if let Err(e) = run(script, gil) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn uncaught_exception_in_a_thread_is_reported_and_others_go_on() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/threads/thread_basics.py");
    for gil in ["1", "0"] {
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
            .arg(&script)
            .env("PYTHON_GIL", gil)
            .output()
            .expect("run gilpy");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("Exception in thread exploder:"), "PYTHON_GIL={gil}: {stderr}");
        assert!(stderr.trim_end().ends_with("ValueError: bad thing"), "PYTHON_GIL={gil}: {stderr}");
        assert!(out.status.success());
    }
}

/// The first line `reader` gives, if it comes within 20 s (a generous bound
/// for a loaded machine: the tests wait for something that should take
/// milliseconds, and a missing line means a thread kept the GIL).
fn first_line_within_20s<R: std::io::BufRead + Send + 'static>(mut reader: R) -> Option<(String, R)> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send((line, reader));
    });
    rx.recv_timeout(std::time::Duration::from_secs(20)).ok()
}

/// Runs `script` with `args`; returns the child once its first stdout line
/// is `first_line` (or fails after 20 s: a thread blocked in I/O kept the
/// GIL, so the main thread could not print).
fn start_and_wait_for_line(script: &str, args: &[&str], gil: &str, first_line: &str) -> (std::process::Child, std::io::BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("-c")
        .arg(script)
        .args(args)
        .env("PYTHON_GIL", gil)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run gilpy");
    let out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    match first_line_within_20s(out) {
        Some((line, out)) => {
            assert_eq!(line.trim_end(), first_line, "PYTHON_GIL={gil}");
            (child, out)
        }
        None => {
            let _ = child.kill();
            panic!("PYTHON_GIL={gil}: the main thread did not run while another thread waited in I/O");
        }
    }
}

#[test]
fn blocking_file_io_releases_the_gil() {
    use std::io::Read;
    let script = "import sys, threading\n\
                  got = []\n\
                  def reader():\n    \
                      with open(sys.argv[1]) as f:\n        \
                          got.append(f.read())\n\
                  t = threading.Thread(target=reader)\n\
                  t.start()\n\
                  print('main runs while the reader waits', flush=True)\n\
                  t.join()\n\
                  print('reader got', got[0].strip())\n";
    for gil in ["1", "0"] {
        let dir = std::env::temp_dir().join(format!("gilpy-fifo-{}-{gil}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let fifo = dir.join("pipe");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success());
        let (mut child, mut out) = start_and_wait_for_line(script, &[fifo.to_str().expect("path")], gil, "main runs while the reader waits");
        std::fs::write(&fifo, "hello through a fifo\n").expect("write to the fifo");
        let mut rest = String::new();
        out.read_to_string(&mut rest).expect("read stdout");
        assert!(child.wait().expect("wait").success());
        assert_eq!(rest, "reader got hello through a fifo\n", "PYTHON_GIL={gil}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn reading_stdin_releases_the_gil() {
    use std::io::{Read, Write};
    let script = "import sys, threading\n\
                  got = []\n\
                  t = threading.Thread(target=lambda: got.append(sys.stdin.readline()))\n\
                  t.start()\n\
                  print('main runs while the reader waits', flush=True)\n\
                  t.join()\n\
                  print('reader got', got[0].strip())\n";
    for gil in ["1", "0"] {
        let (mut child, mut out) = start_and_wait_for_line(script, &[], gil, "main runs while the reader waits");
        child.stdin.take().expect("stdin").write_all(b"a line\n").expect("write stdin");
        let mut rest = String::new();
        out.read_to_string(&mut rest).expect("read stdout");
        assert!(child.wait().expect("wait").success());
        assert_eq!(rest, "reader got a line\n", "PYTHON_GIL={gil}");
    }
}

#[test]
fn a_thread_blocked_writing_stdout_does_not_hold_the_gil() {
    use std::io::Read;
    // The writer fills the stdout pipe (nobody reads it yet) and blocks in
    // write(2); the main thread must still run and say so on stderr.
    let script = "import sys, threading\n\
                  def flood():\n    \
                      for i in range(20000):\n        \
                          print('x' * 60)\n    \
                      sys.stdout.flush()\n\
                  t = threading.Thread(target=flood)\n\
                  t.start()\n\
                  n = 0\n\
                  for i in range(200000):\n    \
                      n += i\n\
                  print('main ran', n, file=sys.stderr)\n\
                  t.join()\n";
    for gil in ["1", "0"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
            .args(["-c", script])
            .env("PYTHON_GIL", gil)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run gilpy");
        let err = std::io::BufReader::new(child.stderr.take().expect("stderr"));
        let line = match first_line_within_20s(err) {
            Some((line, _)) => line,
            None => {
                let _ = child.kill();
                panic!("PYTHON_GIL={gil}: the main thread did not run while a thread was blocked writing stdout");
            }
        };
        assert_eq!(line, "main ran 19999900000\n", "PYTHON_GIL={gil}");
        let mut out = String::new();
        child.stdout.take().expect("stdout").read_to_string(&mut out).expect("read stdout");
        assert!(child.wait().expect("wait").success());
        assert_eq!(out.lines().count(), 20000, "PYTHON_GIL={gil}");
    }
}

#[test]
fn deep_native_recursion_in_a_thread_raises_recursion_error_not_a_crash() {
    // Python calling map calling Python...: each level nests the Rust stack.
    // With the limit raised, the thread's stack runs out first; that must be
    // a RecursionError (as in the main thread), never an overflow abort.
    let script = "import sys, threading\n\
                  sys.setrecursionlimit(1000000)\n\
                  def f(n):\n    \
                      return list(map(f, [n - 1]))[0] + 1 if n else 0\n\
                  out = []\n\
                  def run():\n    \
                      try:\n        \
                          out.append(f(200000))\n    \
                      except RecursionError as e:\n        \
                          out.append(str(e))\n\
                  t = threading.Thread(target=run)\n\
                  t.start()\n\
                  t.join()\n\
                  print(out)\n";
    for gil in ["1", "0"] {
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).args(["-c", script]).env("PYTHON_GIL", gil).output().expect("run gilpy");
        assert!(out.status.success(), "PYTHON_GIL={gil}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "['maximum recursion depth exceeded']\n", "PYTHON_GIL={gil}");
    }
}
