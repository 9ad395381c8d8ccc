//! Single-thread speed: gilpy against CPython on the peer benchmark scripts
//! in `../shared/bench/` (see its README).
//!
//! ```text
//! cargo bench --bench single_thread                 all six scripts
//! cargo bench --bench single_thread -- fib loop     only these (substring match)
//! ```
//!
//! Each script runs under gilpy and CPython alternately (ABBA order, so a
//! drifting machine hits both alike), timing the wall clock of the whole
//! process. Every run's `checksum:` line must be the same for both
//! interpreters and, at the default sizes, equal CPython 3.11's line in
//! `expected_checksums.txt`. Quote the ratio of medians: the machine is
//! shared and noisy, so an absolute time means little on its own.
//!
//! Environment (all optional):
//! - `GILPY_BIN`: interpreter under test (default `target/release/gilpy`,
//!   rebuilt with `cargo build --release` when missing or older than the
//!   sources). Any program that runs `PROG script.py ARGS` will do, e.g.
//!   `python3` to check the harness itself.
//! - `GILPY_PYTHON`: CPython (default: the real executable behind `python3`,
//!   not the pyenv shim, which adds start-up time).
//! - `GILPY_PYTHON_FLAGS`: flags for CPython (default `-S`: skip the
//!   site-packages `.pth` that costs ~60 ms of start-up gilpy does not pay).
//! - `GILPY_BENCH_DIR`: the scripts (default `../shared/bench`).
//! - `GILPY_BENCH_FILTER`: names to run, comma or space separated.
//! - `GILPY_BENCH_ROUNDS`: runs per interpreter and script (default 5).
//! - `GILPY_BENCH_ARGS`: script arguments, `;`-separated entries `name=ARGS`
//!   or plain `ARGS` for every script without its own entry, e.g.
//!   `fib=20;loop=100000;float=50`. Non-default sizes have no reference
//!   checksum, so only gilpy and CPython are compared.
//! - `GILPY_BENCH_TIMEOUT`: seconds before a run is killed (default 120).

use std::env;
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Duration;

mod common;
use common::*;

const SCRIPTS: [&str; 6] = ["fib", "loop", "float", "strings", "containers", "objects"];

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("single_thread bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Returns Ok(false) when a checksum mismatched or an interpreter failed.
fn run() -> Result<bool, String> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bench_dir = env::var_os("GILPY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/bench"));
    let bench_dir = fs::canonicalize(&bench_dir)
        .map_err(|e| format!("bench scripts at {}: {e}", bench_dir.display()))?;
    let rounds: usize = env_number("GILPY_BENCH_ROUNDS", 5)?.max(1);
    let timeout = Duration::from_secs(env_number("GILPY_BENCH_TIMEOUT", 120)?);
    let args = ScriptArgs::from_env();
    let expected = read_expected(&bench_dir.join("expected_checksums.txt"))?;
    let filters = filters_from_args_and_env();
    let selected: Vec<&str> = SCRIPTS
        .iter()
        .copied()
        .filter(|name| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .collect();
    if selected.is_empty() {
        return Err(format!(
            "no script matches {filters:?}; scripts are {SCRIPTS:?}"
        ));
    }

    let gilpy = locate_gilpy(&manifest)?;
    let python = locate_python()?;
    let python_flags: Vec<String> = env::var("GILPY_PYTHON_FLAGS")
        .unwrap_or_else(|_| "-S".to_string())
        .split_whitespace()
        .map(String::from)
        .collect();

    println!("gilpy single-thread benchmarks against CPython");
    println!("  gilpy:    {}", gilpy.display());
    println!(
        "  CPython:  {} {} ({})",
        python.display(),
        python_flags.join(" "),
        version_of(&python)
    );
    println!("  scripts:  {}", bench_dir.display());
    println!(
        "  rounds:   {rounds} per interpreter, alternating; times are whole-process wall clock"
    );
    println!("  machine:  {}", machine_note());
    println!();
    println!(
        "{:<11} {:<10} {:>10} {:>11} {:>8} {:>10} {:>11}  checksum",
        "script", "args", "gilpy med", "CPython med", "ratio", "gilpy min", "CPython min"
    );

    let mut notes: Vec<String> = Vec::new();
    let mut ratios: Vec<f64> = Vec::new();
    let mut all_ok = true;
    for name in selected {
        let script = bench_dir.join(format!("{name}.py"));
        let script_args = args.for_script(name);
        print!("{:<11} {:<10} ", name, shown_args(&script_args));
        let _ = std::io::stdout().flush();

        let gilpy_cmd = || {
            let mut c = Command::new(&gilpy);
            c.arg(&script).args(&script_args).current_dir(&bench_dir);
            c
        };
        let python_cmd = || {
            let mut c = Command::new(&python);
            c.args(&python_flags)
                .arg(&script)
                .args(&script_args)
                .current_dir(&bench_dir);
            c
        };
        let mut gilpy_runs = Series::default();
        let mut python_runs = Series::default();
        for round in 0..rounds {
            // ABBA: who goes first alternates, so neither always runs on a warmer machine.
            if round % 2 == 0 {
                gilpy_runs.add(gilpy_cmd(), timeout);
                python_runs.add(python_cmd(), timeout);
            } else {
                python_runs.add(python_cmd(), timeout);
                gilpy_runs.add(gilpy_cmd(), timeout);
            }
            if gilpy_runs.failure.is_some() || python_runs.failure.is_some() {
                break;
            }
        }

        let reference = if script_args.is_empty() {
            expected.get(name)
        } else {
            None
        };
        let status = if let Some(why) = &gilpy_runs.failure {
            notes.push(format!("{name}: gilpy {why}"));
            "FAILED (gilpy)"
        } else if let Some(why) = &python_runs.failure {
            notes.push(format!("{name}: CPython {why}"));
            "FAILED (CPython)"
        } else if gilpy_runs.checksums != python_runs.checksums
            || gilpy_runs.checksums.len() != 1
            || reference.is_some_and(|r| *r != gilpy_runs.checksums[0])
        {
            notes.push(format!(
                "{name}: checksum MISMATCH\n  gilpy:    {:?}\n  CPython:  {:?}\n  expected: {}",
                gilpy_runs.checksums,
                python_runs.checksums,
                reference.map_or("(none for these args)", |r| r.as_str())
            ));
            "MISMATCH"
        } else if reference.is_some() {
            "ok"
        } else {
            "ok (= CPython; no reference at these sizes)"
        };
        if status.starts_with("ok") {
            let ratio = median(&gilpy_runs.walls) / median(&python_runs.walls);
            ratios.push(ratio);
            println!(
                "{:>10.3} {:>11.3} {:>7.2}x {:>10.3} {:>11.3}  {status}",
                median(&gilpy_runs.walls),
                median(&python_runs.walls),
                ratio,
                min(&gilpy_runs.walls),
                min(&python_runs.walls)
            );
        } else {
            all_ok = false;
            println!(
                "{:>10} {:>11} {:>8} {:>10} {:>11}  {status}",
                "-", "-", "-", "-", "-"
            );
        }
    }

    if !ratios.is_empty() {
        let geomean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!(
            "\ngeometric mean of the ratios (gilpy/CPython): {geomean:.2}x over {} scripts",
            ratios.len()
        );
    }
    for note in &notes {
        println!("\n{note}");
    }
    Ok(all_ok)
}

/// The runs of one interpreter on one script: wall times, the distinct
/// checksum lines seen, and why it stopped early, if it did.
#[derive(Default)]
struct Series {
    walls: Vec<f64>,
    checksums: Vec<String>,
    failure: Option<String>,
}

impl Series {
    fn add(&mut self, command: Command, timeout: Duration) {
        if self.failure.is_some() {
            return;
        }
        match run_timed(command, timeout) {
            Err(why) => self.failure = Some(why),
            Ok(run) if !run.succeeded() => self.failure = Some(run.describe_failure()),
            Ok(run) => match run.checksum() {
                None => {
                    self.failure = Some(format!(
                        "printed no `checksum:` line\n{}",
                        run.describe_failure()
                    ))
                }
                Some(line) => {
                    if !self.checksums.contains(&line) {
                        self.checksums.push(line);
                    }
                    self.walls.push(run.wall);
                }
            },
        }
    }
}

// ---------------------------------------------------------------------------
// Running a process with a timeout (std only).

// ---------------------------------------------------------------------------
// Finding the interpreters.

// ---------------------------------------------------------------------------
// Configuration.

