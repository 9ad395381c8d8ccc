//! Helpers shared by the integration tests: the gilpy binary built for the
//! test profile, a scratch directory per test, and one run of the binary.
//! (Each `tests/*.rs` that wants them says `mod common;`.)

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `gilpy` binary cargo built for this test run's profile.
pub fn gilpy_bin() -> &'static str {
    env!("CARGO_BIN_EXE_gilpy")
}

/// A fresh, empty directory for one test's files: `<target tmp>/<area>/<name>`.
pub fn scratch(area: &str, name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(area).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs `gilpy args...` in `dir` with stdin empty and no PYTHON_GIL from
/// the environment, and waits for it.
pub fn run_gilpy(dir: &Path, args: &[&str]) -> Output {
    Command::new(gilpy_bin())
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::null())
        .output()
        .expect("run gilpy")
}

pub fn stdout_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
