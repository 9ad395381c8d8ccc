//! Warnings on stderr, against what CPython 3.11 prints.
//!
//! `tests/warnings/NAME.py` runs with the GIL on and off; its stderr must
//! equal `NAME.stderr` (CPython's, with the script's folder written
//! `$DIR`) and its stdout `NAME.out`. Scripts without a `.stderr` (helper
//! modules, `_NAME.py`) are only imported by the others.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A run taking longer than this is a hang.
const TIMEOUT: Duration = Duration::from_secs(20);

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warnings");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/warnings")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "py") && p.with_extension("stderr").exists())
        .collect();
    found.sort();
    found
}

/// Runs gilpy with `args` in `dir`, `stdin` as its input; kills it after `TIMEOUT`.
fn run(dir: &Path, args: &[&str], gil: &str, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .current_dir(dir)
        .env("PYTHON_GIL", gil)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gilpy");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let readers = std::thread::spawn(move || {
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let _ = out.read_to_end(&mut o);
        let _ = err.read_to_end(&mut e);
        (o, e)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("gilpy {args:?} (PYTHON_GIL={gil}) still running after {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let (stdout, stderr) = readers.join().expect("readers");
    Output { status, stdout, stderr }
}

#[test]
fn warning_scripts_print_what_cpython_prints_on_stderr() {
    let all = scripts();
    assert!(all.len() >= 2, "expected the scripts in tests/warnings");
    let mut failures = Vec::new();
    for script in &all {
        let dir = script.parent().expect("dir");
        let name = script.file_name().expect("name").to_str().expect("utf-8");
        let want_err = std::fs::read_to_string(script.with_extension("stderr")).expect(".stderr");
        let want_out = std::fs::read_to_string(script.with_extension("out")).unwrap_or_default();
        for gil in ["1", "0"] {
            let out = run(dir, &[name], gil, "");
            let stderr = String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "$DIR");
            let stdout = String::from_utf8_lossy(&out.stdout);
            if stderr != want_err || stdout != want_out || !out.status.success() {
                failures.push(format!(
                    "{name} (PYTHON_GIL={gil}): status {:?}\n--- expected stderr\n{want_err}--- got\n{stderr}--- expected stdout\n{want_out}--- got\n{stdout}",
                    out.status.code()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// Code from `-c` or stdin has no file to show a line of: CPython prints
/// the warning line alone.
#[test]
fn warnings_from_c_and_stdin_have_no_source_line() {
    let program = "import threading\nthreading.currentThread(); threading.activeCount()\nthreading.currentThread()\n";
    let dir = std::env::temp_dir();
    for gil in ["1", "0"] {
        let out = run(&dir, &["-c", program], gil, "");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "<string>:2: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n\
             <string>:2: DeprecationWarning: activeCount() is deprecated, use active_count() instead\n\
             <string>:3: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n",
            "-c, PYTHON_GIL={gil}"
        );
        let out = run(&dir, &["-"], gil, program);
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "<stdin>:2: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n\
             <stdin>:2: DeprecationWarning: activeCount() is deprecated, use active_count() instead\n\
             <stdin>:3: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n",
            "stdin, PYTHON_GIL={gil}"
        );
    }
}
