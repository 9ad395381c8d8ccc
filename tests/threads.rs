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
