//! Soak: every torture script in `tests/torture/` run many times with the
//! GIL on and with it off, because a race that shows once in fifty runs
//! passes `cargo test` most days. Prints, per script and mode, the runs and
//! the failures (wrong output, non-zero exit, hang) with the first
//! failure's details, and exits non-zero if any run failed.
//!
//! ```text
//! cargo bench --bench soak                          every script, 100 runs per mode
//! GILPY_SOAK_N=500 GILPY_SOAK_FILTER=dict cargo bench --bench soak
//! cargo bench --bench soak -- set_ops list_ops      only these (substring match)
//! ```
//!
//! Environment (all optional): `GILPY_SOAK_N` (runs per script and mode,
//! default 100), `GILPY_SOAK_FILTER` (substrings of script names, comma or
//! space separated), `GILPY_SOAK_TIMEOUT` (seconds per run, default 60, as
//! in `tests/torture.rs`; a run that takes longer is killed and counted as
//! hung) and `GILPY_BIN` (the binary to soak; default the crate's release
//! binary, rebuilt first when older than the sources).
//!
//! The checks repeat those of `tests/torture.rs`: a bench and a test are
//! separate crates, and both stay dependency-free.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

mod common;
use common::{env_number, locate_gilpy, run_timed, tail, Run};

fn main() -> ExitCode {
    match soak() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("soak: {message}");
            ExitCode::FAILURE
        }
    }
}

const MODES: [&str; 2] = ["1", "0"];

/// Failures of one script in one mode, by kind, and the first one in full.
#[derive(Default)]
struct Tally {
    runs: usize,
    wrong_output: usize,
    bad_exit: usize,
    hung: usize,
    first: Option<String>,
}

impl Tally {
    fn failures(&self) -> usize {
        self.wrong_output + self.bad_exit + self.hung
    }

    fn add(&mut self, run: &Run, expected: &str, timeout: Duration) {
        self.runs += 1;
        let kind = if run.timed_out {
            self.hung += 1;
            format!("hung (killed after {} s)", timeout.as_secs())
        } else if run.exit != Some(0) {
            self.bad_exit += 1;
            match run.exit {
                Some(code) => format!("exit status {code}"),
                None => "killed by a signal".to_string(),
            }
        } else if run.stdout != expected {
            self.wrong_output += 1;
            "wrong output".to_string()
        } else {
            return;
        };
        if self.first.is_none() {
            self.first = Some(format!(
                "first failure (run {}): {kind}\n  expected stdout:\n{}  stdout:\n{}  stderr (its start: the first panic or traceback):\n{}",
                self.runs,
                tail(expected, 20),
                tail(&run.stdout, 20),
                head(&run.stderr, 30)
            ));
        }
    }

    fn summary(&self) -> String {
        if self.failures() == 0 {
            return format!("runs {:>4}  failures    0", self.runs);
        }
        format!(
            "runs {:>4}  failures {:>4}  (wrong output {}, non-zero exit {}, hung {})",
            self.runs,
            self.failures(),
            self.wrong_output,
            self.bad_exit,
            self.hung
        )
    }
}

fn soak() -> Result<bool, String> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = manifest.join("tests/torture");
    let runs: usize = env_number("GILPY_SOAK_N", 100)?;
    let timeout = Duration::from_secs(env_number("GILPY_SOAK_TIMEOUT", 60)?);
    let filters = filters();
    let scripts = scripts(&dir, &filters)?;
    let gilpy = locate_gilpy(&manifest)?;
    println!(
        "soaking {} with {} torture script(s), {runs} runs per script and mode, timeout {} s",
        gilpy.display(),
        scripts.len(),
        timeout.as_secs()
    );

    let started = Instant::now();
    let mut all_ok = true;
    for script in &scripts {
        let name = script.file_name().expect("name").to_string_lossy().into_owned();
        let expected = fs::read_to_string(script.with_extension("out"))
            .map_err(|e| format!("cannot read the expected output of {name}: {e}"))?;
        for gil in MODES {
            print!("{name:<32} PYTHON_GIL={gil}  ");
            let _ = std::io::stdout().flush();
            let mut tally = Tally::default();
            for _ in 0..runs {
                let mut command = Command::new(&gilpy);
                command.arg(&name).current_dir(&dir).env("PYTHON_GIL", gil);
                let run = run_timed(command, timeout)?;
                tally.add(&run, &expected, timeout);
            }
            println!("{}", tally.summary());
            if let Some(first) = &tally.first {
                all_ok = false;
                println!("{first}");
            }
        }
    }
    println!(
        "{} in {:.0} s",
        if all_ok { "all runs passed" } else { "SOME RUNS FAILED" },
        started.elapsed().as_secs_f64()
    );
    Ok(all_ok)
}

/// The first `max_lines` lines of `text`, indented as `common::tail` does.
fn head(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return "    (nothing)\n".to_string();
    }
    let mut out: String = lines.iter().take(max_lines).map(|l| format!("    {l}\n")).collect();
    if lines.len() > max_lines {
        out.push_str(&format!("    ... ({} more lines)\n", lines.len() - max_lines));
    }
    out
}

/// Substrings from `GILPY_SOAK_FILTER` and from the command line (`cargo
/// bench` passes `--bench`: flags are skipped).
fn filters() -> Vec<String> {
    let from_env = env::var("GILPY_SOAK_FILTER").unwrap_or_default();
    env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .chain(from_env.split([',', ' ']).filter(|s| !s.is_empty()).map(String::from))
        .collect()
}

/// The scripts with an expected output beside them, in name order.
fn scripts(dir: &Path, filters: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "py") && p.with_extension("out").exists())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    found.sort();
    if found.is_empty() {
        return Err(format!("no torture script in {} matches {filters:?}", dir.display()));
    }
    Ok(found)
}
