//! Threads: what the GIL costs and what it does not, gilpy (GIL on and off)
//! against CPython 3.11, on the thread scripts in `../shared/bench/`.
//!
//! ```text
//! cargo bench --bench threads                       everything
//! cargo bench --bench threads -- threads_cpu spawn  only these (substring match)
//! ```
//!
//! 1. `threads_cpu.py` at T = 1, 2, 4. Each thread does the SAME fixed work,
//!    so time(T)/time(1) is 1.0 for perfect parallelism and T when the
//!    threads are fully serialized; speed-up = T * time(1) / time(T), at most
//!    the number of cores. Figures are the script's own `time:` line (the
//!    threaded section only), medians over the rounds.
//!    `benches/scripts/threads_containers.py` (ours) the same way: each
//!    thread appends to, indexes and updates a list, dict and set of its
//!    own, so with per-object locks the GIL-off speed-up should reach the
//!    core count as threads_cpu's does (issue 10 asks at least 1.7 on 2).
//!    `benches/scripts/deque_queue.py` (ours too): the threads share one
//!    `collections.deque` as a work queue (append, popleft), so with the
//!    GIL off they contend for its lock; it shows what a shared queue costs.
//! 2. `threads_io.py`, `lock_counter.py`, `spawn.py`, `switch_latency.py`,
//!    and ours `benches/scripts/thread_pool_map.py` (ThreadPoolExecutor.map
//!    over 10,000 small tasks):
//!    checksum, wall-clock medians and the medians of every number on the
//!    script's `time:` lines, with the ratio to CPython's in brackets.
//!
//! Configurations run alternately, in rotating order: gilpy with
//! `PYTHON_GIL=1`, gilpy with `PYTHON_GIL=0`, and CPython (no PYTHON_GIL; 3.11
//! always has its GIL). A configuration that fails (crash, timeout, wrong or
//! missing checksum) is reported with its stderr and skipped for the rest of
//! that script; the others go on, and the bench exits non-zero at the end.
//!
//! Environment (all optional), as in `single_thread.rs`: `GILPY_BIN`,
//! `GILPY_PYTHON`, `GILPY_PYTHON_FLAGS` (default `-S`), `GILPY_BENCH_DIR`,
//! `GILPY_BENCH_FILTER`, `GILPY_BENCH_ROUNDS` (default 5),
//! `GILPY_BENCH_TIMEOUT` (seconds, default 120) and `GILPY_BENCH_ARGS`
//! (`;`-separated `name=ARGS`; for threads_cpu the harness passes T itself and
//! the entry gives the rest, i.e. W: `threads_cpu=300000;spawn=200 20`).
//! Also `GILPY_THREADS_T`: the thread counts for threads_cpu (default `1,2,4`).
//!
//! The helpers at the bottom repeat those of `single_thread.rs`: each bench
//! is its own crate and both stay dependency-free.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

mod common;
use common::*;

const OTHER_SCRIPTS: [&str; 4] = ["threads_io", "lock_counter", "spawn", "switch_latency"];
/// Ours, in `benches/scripts/`, run as the OTHER_SCRIPTS are.
const OUR_OTHER_SCRIPTS: [&str; 1] = ["thread_pool_map"];
/// Our own fixed-work-per-thread scripts, in `benches/scripts/`.
const OUR_SCALING: [&str; 2] = ["threads_containers", "deque_queue"];

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("threads bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// One way of running a script: an interpreter, its flags and the GIL switch.
struct Config {
    label: &'static str,
    program: PathBuf,
    flags: Vec<String>,
    /// Value for PYTHON_GIL; None removes the variable (CPython).
    gil: Option<&'static str>,
}

impl Config {
    fn command(&self, dir: &Path, script: &Path, args: &[String]) -> Command {
        let mut command = Command::new(&self.program);
        command
            .args(&self.flags)
            .arg(script)
            .args(args)
            .current_dir(dir);
        match self.gil {
            Some(value) => command.env("PYTHON_GIL", value),
            None => command.env_remove("PYTHON_GIL"),
        };
        command
    }

    fn is_reference(&self) -> bool {
        self.gil.is_none()
    }
}

struct Settings {
    bench_dir: PathBuf,
    rounds: usize,
    timeout: Duration,
    args: ScriptArgs,
    expected: HashMap<String, String>,
    configs: Vec<Config>,
}

fn run() -> Result<bool, String> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bench_dir = env::var_os("GILPY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/bench"));
    let bench_dir = fs::canonicalize(&bench_dir)
        .map_err(|e| format!("bench scripts at {}: {e}", bench_dir.display()))?;
    let thread_counts: Vec<usize> = env::var("GILPY_THREADS_T")
        .unwrap_or_else(|_| "1,2,4".to_string())
        .split([',', ' '])
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse()
                .map_err(|_| format!("GILPY_THREADS_T: {s:?} is not a number"))
        })
        .collect::<Result<_, _>>()?;
    let filters = filters_from_args_and_env();
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    let others: Vec<&str> = OTHER_SCRIPTS
        .iter()
        .copied()
        .filter(|n| wanted(n))
        .collect();
    let ours: Vec<&str> = OUR_OTHER_SCRIPTS
        .iter()
        .copied()
        .filter(|n| wanted(n))
        .collect();
    if !wanted("threads_cpu") && !OUR_SCALING.iter().any(|n| wanted(n)) && others.is_empty() && ours.is_empty() {
        return Err(format!("no script matches {filters:?}"));
    }

    let gilpy = locate_gilpy(&manifest)?;
    let python = locate_python()?;
    let python_flags: Vec<String> = env::var("GILPY_PYTHON_FLAGS")
        .unwrap_or_else(|_| "-S".to_string())
        .split_whitespace()
        .map(String::from)
        .collect();
    let settings = Settings {
        rounds: env_number("GILPY_BENCH_ROUNDS", 5)?.max(1),
        timeout: Duration::from_secs(env_number("GILPY_BENCH_TIMEOUT", 120)?),
        args: ScriptArgs::from_env(),
        expected: read_expected(&bench_dir.join("expected_checksums.txt"))?,
        configs: vec![
            Config {
                label: "gilpy GIL=1",
                program: gilpy.clone(),
                flags: vec![],
                gil: Some("1"),
            },
            Config {
                label: "gilpy GIL=0",
                program: gilpy.clone(),
                flags: vec![],
                gil: Some("0"),
            },
            Config {
                label: "CPython",
                program: python.clone(),
                flags: python_flags.clone(),
                gil: None,
            },
        ],
        bench_dir,
    };

    println!("gilpy thread benchmarks: GIL on (PYTHON_GIL=1), GIL off (PYTHON_GIL=0), CPython");
    println!("  gilpy:    {}", gilpy.display());
    println!(
        "  CPython:  {} {} ({})",
        python.display(),
        python_flags.join(" "),
        version_of(&python)
    );
    println!("  scripts:  {}", settings.bench_dir.display());
    println!(
        "  rounds:   {} per configuration, alternating",
        settings.rounds
    );
    println!("  machine:  {}", machine_note());

    let mut notes = Vec::new();
    let mut all_ok = true;
    if wanted("threads_cpu") {
        all_ok &= scaling(&settings, &settings.bench_dir, "threads_cpu", &thread_counts, &mut notes);
    }
    for name in OUR_SCALING.iter().filter(|n| wanted(n)) {
        let ours = manifest.join("benches/scripts");
        all_ok &= scaling(&settings, &ours, name, &thread_counts, &mut notes);
    }
    for name in others {
        all_ok &= other_script(&settings, &settings.bench_dir, name, &mut notes);
    }
    for name in ours {
        all_ok &= other_script(&settings, &manifest.join("benches/scripts"), name, &mut notes);
    }
    for note in &notes {
        println!("\n{note}");
    }
    if !all_ok {
        println!("\nsome configurations failed or mismatched (see above)");
    }
    Ok(all_ok)
}

/// Scaling table for a fixed-work-per-thread script (`threads_cpu.py`, or
/// our `threads_containers.py`) in `dir`. Returns false if anything failed.
fn scaling(settings: &Settings, dir: &Path, name: &str, thread_counts: &[usize], notes: &mut Vec<String>) -> bool {
    let script = dir.join(format!("{name}.py"));
    let extra = settings.args.for_script(name);
    println!(
        "\n{name}.py (W: {}): fixed work per thread, so t(T)/t(1) is 1.00 for perfect \
         parallelism and T when serialized; speed-up = T*t(1)/t(T)",
        shown_args(&extra)
    );
    let configs = &settings.configs;
    // series[config][i] holds the runs at thread_counts[i].
    let mut series: Vec<Vec<Series>> = configs
        .iter()
        .map(|_| thread_counts.iter().map(|_| Series::default()).collect())
        .collect();
    for round in 0..settings.rounds {
        for (i, t) in thread_counts.iter().enumerate() {
            let mut args = vec![t.to_string()];
            args.extend(extra.iter().cloned());
            for c in rotated(configs.len(), round) {
                series[c][i].add(
                    configs[c].command(dir, &script, &args),
                    settings.timeout,
                );
            }
        }
        print!(".");
        let _ = std::io::stdout().flush();
    }
    println!();

    println!(
        "{:<12} {:>2} {:>9} {:>9} {:>9} {:>8} {:>10} {:>9}  checksum",
        "config", "T", "time med", "time min", "t(T)/t(1)", "speed-up", "vs CPython", "wall med"
    );
    let reference_index = configs.iter().position(Config::is_reference);
    let mut all_ok = true;
    for (c, config) in configs.iter().enumerate() {
        for (i, t) in thread_counts.iter().enumerate() {
            let key = format!("{name}_t{t}");
            // The checksum line does not depend on T, only on W.
            let reference = if extra.is_empty() {
                settings
                    .expected
                    .get(&key)
                    .or_else(|| settings.expected.get(&format!("{name}_t1")))
            } else {
                None
            };
            let cpython = reference_index.map(|r| &series[r][i]);
            let figure = |s: &Series| s.first_time_figures();
            let this = figure(&series[c][i]);
            let mut status =
                series[c][i].status(reference, cpython.filter(|_| !config.is_reference()));
            if status.starts_with("ok") && this.is_empty() {
                status = "FAILED (no `time:` line)".to_string();
            }
            if !status.starts_with("ok") {
                all_ok = false;
                notes.push(format!(
                    "{name} T={t}, {}: {}",
                    config.label,
                    series[c][i].explain(&status)
                ));
                println!("{:<12} {:>2} {:>9}  {status}", config.label, t, "-");
                continue;
            }
            let one = thread_counts
                .iter()
                .position(|&n| n == 1)
                .map(|j| figure(&series[c][j]));
            let (relative, speed_up) = match one.filter(|v| !v.is_empty()) {
                Some(one) => {
                    let r = median(&this) / median(&one);
                    (format!("{r:.2}"), format!("{:.2}", *t as f64 / r))
                }
                None => ("-".to_string(), "-".to_string()),
            };
            let versus = match cpython
                .filter(|_| !config.is_reference())
                .map(figure)
                .filter(|v| !v.is_empty())
            {
                Some(reference) => format!("{:.2}x", median(&this) / median(&reference)),
                None => "-".to_string(),
            };
            println!(
                "{:<12} {:>2} {:>9.4} {:>9.4} {:>9} {:>8} {:>10} {:>9.3}  {status}",
                config.label,
                t,
                median(&this),
                min(&this),
                relative,
                speed_up,
                versus,
                median(&series[c][i].walls)
            );
        }
    }
    all_ok
}

/// Side-by-side table for one of the other thread scripts.
fn other_script(settings: &Settings, dir: &Path, name: &str, notes: &mut Vec<String>) -> bool {
    let script = dir.join(format!("{name}.py"));
    let args = settings.args.for_script(name);
    print!("\n{name}.py (args: {}) ", shown_args(&args));
    let configs = &settings.configs;
    let mut series: Vec<Series> = configs.iter().map(|_| Series::default()).collect();
    for round in 0..settings.rounds {
        for c in rotated(configs.len(), round) {
            series[c].add(
                configs[c].command(dir, &script, &args),
                settings.timeout,
            );
        }
        print!(".");
        let _ = std::io::stdout().flush();
    }
    println!();

    let reference = if args.is_empty() {
        settings.expected.get(name)
    } else {
        None
    };
    let reference_index = configs.iter().position(Config::is_reference);
    let cpython = reference_index.map(|r| &series[r]);
    let cpython_times = cpython.map(|s| summarize_time_lines(&s.time_lines));
    println!(
        "{:<12} {:>9} {:>9} {:>10}  checksum",
        "config", "wall med", "wall min", "vs CPython"
    );
    let mut all_ok = true;
    for (c, config) in configs.iter().enumerate() {
        let runs = &series[c];
        let status = runs.status(reference, cpython.filter(|_| !config.is_reference()));
        if !status.starts_with("ok") {
            all_ok = false;
            notes.push(format!(
                "{name}, {}: {}",
                config.label,
                runs.explain(&status)
            ));
            println!(
                "{:<12} {:>9} {:>9} {:>10}  {status}",
                config.label, "-", "-", "-"
            );
            continue;
        }
        let versus = match cpython.filter(|s| !s.walls.is_empty() && !config.is_reference()) {
            Some(reference) => format!("{:.2}x", median(&runs.walls) / median(&reference.walls)),
            None => "-".to_string(),
        };
        println!(
            "{:<12} {:>9.3} {:>9.3} {:>10}  {status}",
            config.label,
            median(&runs.walls),
            min(&runs.walls),
            versus
        );
        let against = if config.is_reference() {
            None
        } else {
            cpython_times.as_deref()
        };
        for line in render_time_lines(&summarize_time_lines(&runs.time_lines), against) {
            println!("{:<14}{line}", "");
        }
    }
    all_ok
}

/// Config indices for one round, starting one further along each round so
/// that no configuration always runs first.
fn rotated(n: usize, round: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (k + round) % n)
}

/// The runs of one configuration: wall times, each run's `time:` lines, the
/// distinct checksum lines seen, and why it stopped early, if it did.
#[derive(Default)]
struct Series {
    walls: Vec<f64>,
    time_lines: Vec<Vec<String>>,
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
                    self.time_lines.push(
                        run.stdout
                            .lines()
                            .filter(|l| l.starts_with("time:"))
                            .map(String::from)
                            .collect(),
                    );
                }
            },
        }
    }

    /// "ok", "FAILED" or "MISMATCH", against CPython 3.11's reference line
    /// (default sizes only) and, for gilpy, against this run's CPython.
    fn status(&self, reference: Option<&String>, cpython: Option<&Series>) -> String {
        if self.failure.is_some() {
            return "FAILED".to_string();
        }
        let consistent = self.checksums.len() == 1;
        let matches_reference = reference.is_none_or(|r| self.checksums.first() == Some(r));
        let matches_cpython = cpython
            .filter(|c| c.failure.is_none())
            .is_none_or(|c| c.checksums == self.checksums);
        match (
            consistent && matches_reference && matches_cpython,
            reference.is_some(),
        ) {
            (false, _) => format!(
                "MISMATCH (expected {})",
                reference.map_or("CPython's line", |r| r.as_str())
            ),
            (true, true) => "ok".to_string(),
            (true, false) => "ok (no reference line at these sizes)".to_string(),
        }
    }

    fn explain(&self, status: &str) -> String {
        match &self.failure {
            Some(why) => why.clone(),
            None => format!("{status}; got {:?}", self.checksums),
        }
    }

    /// The first number on the first `time:` line of each run.
    fn first_time_figures(&self) -> Vec<f64> {
        self.time_lines
            .iter()
            .filter_map(|lines| lines.first())
            .filter_map(|line| line.split_whitespace().find_map(|w| w.parse::<f64>().ok()))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Medians of `time:` lines, word by word.

enum Word {
    Text(String),
    /// Median over the runs, printed with the decimals the script used.
    Number {
        median: f64,
        decimals: usize,
    },
}

/// Per line index, the words of the first run's line with every number
/// replaced by its median over all runs (runs whose line has a different
/// shape are left out of that number).
fn summarize_time_lines(runs: &[Vec<String>]) -> Vec<Vec<Word>> {
    let Some(first) = runs.first() else {
        return Vec::new();
    };
    first
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let shape: Vec<&str> = line.split_whitespace().collect();
            shape
                .iter()
                .enumerate()
                .map(|(j, word)| {
                    if word.parse::<f64>().is_err() {
                        return Word::Text(word.to_string());
                    }
                    let values: Vec<f64> = runs
                        .iter()
                        .filter_map(|run| run.get(i))
                        .map(|l| l.split_whitespace().collect::<Vec<_>>())
                        .filter(|words| words.len() == shape.len())
                        .filter_map(|words| words[j].parse::<f64>().ok())
                        .collect();
                    let decimals = word.split_once('.').map_or(0, |(_, d)| d.len());
                    Word::Number {
                        median: median(&values),
                        decimals,
                    }
                })
                .collect()
        })
        .collect()
}

/// Renders summarized lines; with `against`, each number is followed by its
/// ratio to the number at the same place there, e.g. `0.2105 [1.01x]`.
fn render_time_lines(lines: &[Vec<Word>], against: Option<&[Vec<Word>]>) -> Vec<String> {
    lines
        .iter()
        .enumerate()
        .map(|(i, words)| {
            let rendered: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(j, word)| match word {
                    Word::Text(text) => text.clone(),
                    Word::Number { median, decimals } => {
                        let other = against.and_then(|a| a.get(i)).and_then(|l| l.get(j));
                        match other {
                            Some(Word::Number { median: theirs, .. }) if *theirs > 0.0 => {
                                format!("{median:.decimals$} [{:.2}x]", median / theirs)
                            }
                            _ => format!("{median:.decimals$}"),
                        }
                    }
                })
                .collect();
            rendered.join(" ")
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Running a process with a timeout (std only); as in single_thread.rs.

// ---------------------------------------------------------------------------
// Finding the interpreters; as in single_thread.rs.

// ---------------------------------------------------------------------------
// Configuration; as in single_thread.rs.

