//! The GIL-off torture suite (issue 10): every script in `tests/torture/`
//! hammers one shared object from many threads, with invariants that a
//! lost or doubled update breaks. Each runs once with the GIL on and once
//! with it off; stdout must equal what CPython 3.11 printed (committed
//! beside it) and the exit status must be 0. A run that takes longer than
//! the timeout is killed and reported as hung, so a deadlock or an endless
//! probe loop fails the test instead of hanging CI. `cargo bench --bench
//! soak` runs the same scripts many times.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Far above what any script needs (a few seconds even on a loaded
/// machine), so only a real hang reaches it.
const TIMEOUT: Duration = Duration::from_secs(60);

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/torture");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/torture")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "py") && p.with_extension("out").exists())
        .collect();
    found.sort();
    found
}

/// Reads a pipe to the end on a thread of its own, so a child that fills
/// one pipe while we wait on the other cannot block.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// The start of stderr: the first panic or traceback (the ones after it
/// are mostly other threads stopping at the broken barrier).
fn head(text: &str, lines: usize) -> String {
    text.lines().take(lines).collect::<Vec<_>>().join("\n")
}

fn run(script: &Path, gil: &str) -> Result<(), String> {
    let name = script.file_name().expect("name");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(name)
        .current_dir(script.parent().expect("dir"))
        .env("PYTHON_GIL", gil)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gilpy: {e}"))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let how = match status {
        None => format!("hung (killed after {} s)", TIMEOUT.as_secs()),
        Some(s) if !s.success() => format!("exit status {:?}", s.code()),
        Some(_) if stdout != expected => "wrong output".to_string(),
        Some(_) => return Ok(()),
    };
    Err(format!(
        "{} (PYTHON_GIL={gil}): {how}\n--- expected\n{expected}--- got\n{stdout}--- stderr (first 40 lines)\n{}\n",
        name.to_string_lossy(),
        head(&stderr, 40)
    ))
}

#[test]
fn torture_scripts_with_gil_on_and_off() {
    let all = scripts();
    assert!(all.len() >= 10, "expected the torture scripts in tests/torture");
    let mut failures = Vec::new();
    for script in &all {
        for gil in ["1", "0"] {
            if let Err(e) = run(script, gil) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} runs failed:\n{}", failures.len(), all.len() * 2, failures.join("\n"));
}
