//! The broad speed suite (issue 13): gilpy against CPython 3.11 on programs
//! it was not tuned on, so that a speed-up has to be general to show.
//!
//! ```text
//! cargo bench --bench programs                  every program, 3 rounds
//! cargo bench --bench programs -- nbody sched   only names containing these
//! GILPY_BENCH_ROUNDS=5 cargo bench --bench programs
//! ```
//!
//! The programs are found by glob, not listed here: every `*.py` in
//! `benches/programs/` whose leading comments carry a `# bench: STYLE` line
//! (optional `# args: ARGS`, and `# fails: WHY` for a program gilpy cannot
//! run yet: it is reported as "fails", not as a broken harness), plus the
//! single-thread scripts of `../shared/bench/` (those that do not import
//! `threading`), whose checksums must also equal `expected_checksums.txt`.
//!
//! Each round runs gilpy (GIL on), CPython and gilpy with `PYTHON_GIL=0`,
//! in an order that rotates from round to round so that a drifting machine
//! hits all three alike. A program's whole stdout must be the same under
//! all three. Printed: a Markdown table of medians, ratios and peak memory,
//! the geometric means (GIL on against CPython; GIL off against GIL on),
//! each also in CPU time (user + system, from `wait4`), which a busy shared
//! machine disturbs far less than the wall clock,
//! start-up time (`-c pass`) and the peak memory of `containers.py` and of
//! the three programs with the largest CPython peak.
//!
//! Environment (all optional):
//! - `GILPY_BIN`, `GILPY_PYTHON`, `GILPY_BENCH_TIMEOUT`: as for the
//!   `single_thread` bench (`benches/common/`).
//! - `GILPY_PYTHON_FLAGS`: CPython's flags (default `-S`: skip the
//!   site-packages `.pth`, ~60 ms of start-up that gilpy does not pay).
//! - `GILPY_BENCH_ROUNDS`: rounds (default 3).
//! - `GILPY_BENCH_FILTER`: names to run, as the command-line arguments.
//! - `GILPY_PROGRAMS_SHARED=0`: leave out `../shared/bench/`.
//! - `GILPY_PROGRAMS_GIL_OFF=0`: skip the GIL-off runs.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

mod common;
use common::*;

/// Where a program comes from: the two halves of the union have their own
/// geometric means as well as the union's.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    Suite,
    Shared,
}

struct Program {
    name: String,
    path: PathBuf,
    args: Vec<String>,
    /// `# fails: WHY`: gilpy is known not to run it yet.
    known_failure: Option<String>,
    /// The reference checksum line (the shared scripts only).
    expected: Option<String>,
    origin: Origin,
}

/// One interpreter configuration, as run for every program.
struct Interpreter {
    label: &'static str,
    program: PathBuf,
    flags: Vec<String>,
    gil_off: bool,
}

impl Interpreter {
    fn command(&self, program: &Program) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.flags)
            .arg(&program.path)
            .args(&program.args)
            .current_dir(program.path.parent().unwrap_or(Path::new(".")));
        if self.gil_off {
            c.env("PYTHON_GIL", "0");
        }
        c
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("programs bench: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<bool, String> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rounds: usize = env_number("GILPY_BENCH_ROUNDS", 3)?.max(1);
    let timeout = Duration::from_secs(env_number("GILPY_BENCH_TIMEOUT", 120)?);
    let with_shared = env_number("GILPY_PROGRAMS_SHARED", 1)? != 0;
    let with_gil_off = env_number("GILPY_PROGRAMS_GIL_OFF", 1)? != 0;
    let filters = filters_from_args_and_env();

    let mut programs = discover_suite(&manifest.join("benches/programs"))?;
    if with_shared {
        programs.extend(discover_shared(&manifest.join("../shared/bench"))?);
    }
    programs.retain(|p| filters.is_empty() || filters.iter().any(|f| p.name.contains(f.as_str())));
    if programs.is_empty() {
        return Err(format!("no program matches {filters:?}"));
    }

    let gilpy = locate_gilpy(&manifest)?;
    let python = locate_python()?;
    let python_flags: Vec<String> = env::var("GILPY_PYTHON_FLAGS")
        .unwrap_or_else(|_| "-S".to_string())
        .split_whitespace()
        .map(String::from)
        .collect();
    let mut interpreters = vec![
        Interpreter { label: "gilpy", program: gilpy.clone(), flags: vec![], gil_off: false },
        Interpreter { label: "CPython", program: python.clone(), flags: python_flags.clone(), gil_off: false },
    ];
    if with_gil_off {
        interpreters.push(Interpreter { label: "gilpy GIL off", program: gilpy.clone(), flags: vec![], gil_off: true });
    }

    println!("gilpy against CPython on the program suite (benches/programs.rs)");
    println!("  gilpy:    {}", gilpy.display());
    println!("  CPython:  {} {} ({})", python.display(), python_flags.join(" "), version_of(&python));
    println!("  rounds:   {rounds}, order rotating among {}; whole-process wall clock, medians", interpreters.len());
    println!("  machine:  {}", machine_note());
    println!();
    println!("| program | gilpy s | CPython s | ratio | CPU ratio | GIL off s | off/on | off/on CPU | gilpy MiB | CPython MiB | status |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");

    let mut results: Vec<Outcome> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut all_ok = true;
    for program in &programs {
        let outcome = measure(program, &interpreters, rounds, timeout, &mut notes);
        all_ok &= outcome.acceptable;
        println!("{}", outcome.row);
        let _ = std::io::stdout().flush();
        results.push(outcome);
    }

    summarise(&programs, &results, with_gil_off);
    startup(&gilpy, &python, &python_flags, timeout)?;
    for note in &notes {
        println!("\n{note}");
    }
    Ok(all_ok)
}

/// What one program's runs came to.
struct Outcome {
    row: String,
    /// gilpy / CPython, GIL off / GIL on (when measured and correct), by
    /// wall clock and by CPU time.
    ratio: Option<f64>,
    off_ratio: Option<f64>,
    cpu_ratio: Option<f64>,
    off_cpu_ratio: Option<f64>,
    /// Median peak RSS in KiB: gilpy GIL on, CPython.
    peaks: Option<(f64, f64)>,
    /// False when something went wrong that was not already known.
    acceptable: bool,
}

fn measure(
    program: &Program,
    interpreters: &[Interpreter],
    rounds: usize,
    timeout: Duration,
    notes: &mut Vec<String>,
) -> Outcome {
    let name = &program.name;
    let blank = |status: String, acceptable| Outcome {
        row: format!("| {name} | - | - | - | - | - | - | - | - | - | {status} |"),
        ratio: None,
        off_ratio: None,
        cpu_ratio: None,
        off_cpu_ratio: None,
        peaks: None,
        acceptable,
    };
    let mut series: Vec<Series> = interpreters.iter().map(|_| Series::default()).collect();
    if let Some(why) = &program.known_failure {
        // One try first: a known failure costs one run, not the rounds.
        series[0].add(interpreters[0].command(program), timeout);
        if let Some(failure) = &series[0].failure {
            let first = failure.lines().find(|l| l.contains("Error")).unwrap_or("").trim();
            notes.push(format!("{name}: fails as its header says ({why}); gilpy: {first}"));
            return blank("fails (known)".to_string(), true);
        }
        notes.push(format!("{name}: marked `# fails: {why}` but gilpy runs it now: drop the header"));
    }
    for round in 0..rounds {
        for k in 0..interpreters.len() {
            let which = (k + round) % interpreters.len();
            if program.known_failure.is_some() && round == 0 && which == 0 {
                continue; // the trial run above counts as this one
            }
            series[which].add(interpreters[which].command(program), timeout);
        }
        if series.iter().any(|s| s.failure.is_some()) {
            break;
        }
    }
    for (s, interpreter) in series.iter().zip(interpreters) {
        if let Some(why) = &s.failure {
            notes.push(format!("{name}: {} {why}", interpreter.label));
            return blank(format!("FAILED ({})", interpreter.label), false);
        }
    }
    let reference = &series[1].outputs;
    for (s, interpreter) in series.iter().zip(interpreters) {
        if s.outputs != *reference || reference.len() != 1 {
            notes.push(format!(
                "{name}: output MISMATCH\n  {}: {:?}\n  CPython: {:?}",
                interpreter.label,
                s.outputs.iter().map(|o| tail(o, 3)).collect::<Vec<_>>(),
                reference.iter().map(|o| tail(o, 3)).collect::<Vec<_>>()
            ));
            return blank(format!("MISMATCH ({})", interpreter.label), false);
        }
    }
    if let Some(expected) = &program.expected {
        if !reference[0].lines().any(|l| l.trim_end() == expected) {
            notes.push(format!("{name}: checksum differs from expected_checksums.txt ({expected})"));
            return blank("MISMATCH (reference)".to_string(), false);
        }
    }

    let on = median(&series[0].walls);
    let cpython = median(&series[1].walls);
    let ratio = on / cpython;
    let off = series.get(2).map(|s| median(&s.walls));
    let off_ratio = off.map(|o| o / on);
    let cpu = |k: usize| series.get(k).and_then(|s| median_of(&s.cpus));
    let cpu_ratio = cpu(0).zip(cpu(1)).map(|(g, c)| g / c);
    let off_cpu_ratio = cpu(2).zip(cpu(0)).map(|(off, on)| off / on);
    let peaks = match (median_of(&series[0].peaks), median_of(&series[1].peaks)) {
        (Some(g), Some(c)) => Some((g, c)),
        _ => None,
    };
    let cell = |v: Option<f64>, digits: usize| v.map_or("-".to_string(), |v| format!("{v:.digits$}"));
    let mib = |kib: Option<f64>| cell(kib.map(|k| k / 1024.0), 1);
    let row = format!(
        "| {name} | {on:.3} | {cpython:.3} | {ratio:.2} | {} | {} | {} | {} | {} | {} | ok |",
        cell(cpu_ratio, 2),
        cell(off, 3),
        cell(off_ratio, 2),
        cell(off_cpu_ratio, 2),
        mib(peaks.map(|p| p.0)),
        mib(peaks.map(|p| p.1)),
    );
    Outcome { row, ratio: Some(ratio), off_ratio, cpu_ratio, off_cpu_ratio, peaks, acceptable: true }
}

/// The geometric means over the suite, the shared scripts and their union,
/// the GIL-off cost, and the memory of the programs the issue names.
fn summarise(programs: &[Program], results: &[Outcome], with_gil_off: bool) {
    println!();
    let pick = |origin: Option<Origin>, cpu: bool| -> Vec<f64> {
        programs
            .iter()
            .zip(results)
            .filter(|(p, _)| origin.map_or(true, |o| p.origin == o))
            .filter_map(|(_, r)| if cpu { r.cpu_ratio } else { r.ratio })
            .collect()
    };
    for (label, origin) in [
        ("benches/programs", Some(Origin::Suite)),
        ("../shared/bench", Some(Origin::Shared)),
        ("union", None),
    ] {
        for (clock, cpu) in [("wall", false), ("CPU", true)] {
            let ratios = pick(origin, cpu);
            if ratios.is_empty() {
                continue;
            }
            let worst = ratios.iter().copied().fold(0.0, f64::max);
            let above = ratios.iter().filter(|r| **r > 1.3).count();
            println!(
                "geometric mean gilpy/CPython ({clock}), {label}: {:.2} over {} programs (worst {worst:.2}; {above} above 1.3)",
                geometric_mean(&ratios),
                ratios.len()
            );
        }
    }
    let failing = results.iter().filter(|r| r.ratio.is_none()).count();
    if failing > 0 {
        println!("({failing} programs not in the means: see their status)");
    }
    if with_gil_off {
        for (clock, off) in [
            ("wall", results.iter().filter_map(|r| r.off_ratio).collect::<Vec<f64>>()),
            ("CPU", results.iter().filter_map(|r| r.off_cpu_ratio).collect()),
        ] {
            if !off.is_empty() {
                println!(
                    "geometric mean gilpy GIL off / GIL on (one thread, {clock}), union: {:.2} over {} programs",
                    geometric_mean(&off),
                    off.len()
                );
            }
        }
    }

    // Peak memory: containers.py and the three largest CPython peaks of the suite.
    let mut heavy: Vec<(&Program, (f64, f64))> = programs
        .iter()
        .zip(results)
        .filter(|(p, _)| p.origin == Origin::Suite)
        .filter_map(|(p, r)| r.peaks.map(|k| (p, k)))
        .collect();
    heavy.sort_by(|a, b| b.1 .1.total_cmp(&a.1 .1));
    heavy.truncate(3);
    if let Some(containers) = programs
        .iter()
        .zip(results)
        .find(|(p, _)| p.origin == Origin::Shared && p.name == "containers")
        .and_then(|(p, r)| r.peaks.map(|k| (p, k)))
    {
        heavy.insert(0, containers);
    }
    if !heavy.is_empty() {
        println!("peak RSS (median of runs), gilpy GIL on against CPython:");
        for (p, (g, c)) in heavy {
            println!(
                "  {:<18} gilpy {:>7.1} MiB  CPython {:>7.1} MiB  ratio {:.2}",
                p.name,
                g / 1024.0,
                c / 1024.0,
                g / c
            );
        }
    }
}

/// Start-up: `-c pass`, 20 alternating runs each.
fn startup(gilpy: &Path, python: &Path, python_flags: &[String], timeout: Duration) -> Result<(), String> {
    let mut g = Vec::new();
    let mut c = Vec::new();
    for _ in 0..20 {
        let mut gc = Command::new(gilpy);
        gc.args(["-c", "pass"]);
        g.push(run_timed(gc, timeout)?.wall);
        let mut pc = Command::new(python);
        pc.args(python_flags).args(["-c", "pass"]);
        c.push(run_timed(pc, timeout)?.wall);
    }
    println!(
        "start-up (-c pass, median of 20): gilpy {:.1} ms, CPython {} {:.1} ms",
        median(&g) * 1e3,
        python_flags.join(" "),
        median(&c) * 1e3
    );
    Ok(())
}

fn geometric_mean(values: &[f64]) -> f64 {
    (values.iter().map(|r| r.ln()).sum::<f64>() / values.len() as f64).exp()
}

fn median_of(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| median(values))
}

/// The runs of one interpreter on one program.
#[derive(Default)]
struct Series {
    walls: Vec<f64>,
    cpus: Vec<f64>,
    peaks: Vec<f64>,
    /// The distinct stdouts seen (one, when all is well).
    outputs: Vec<String>,
    failure: Option<String>,
}

impl Series {
    fn add(&mut self, command: Command, timeout: Duration) {
        if self.failure.is_some() {
            return;
        }
        match run_measured(command, timeout) {
            Err(why) => self.failure = Some(why),
            Ok(run) if !run.succeeded() => self.failure = Some(run.describe_failure()),
            Ok(run) if run.checksum().is_none() => {
                self.failure = Some(format!("printed no `checksum:` line\n{}", run.describe_failure()))
            }
            Ok(run) => {
                if !self.outputs.contains(&run.stdout) {
                    self.outputs.push(run.stdout.clone());
                }
                self.walls.push(run.wall);
                if let Some(cpu) = run.cpu {
                    self.cpus.push(cpu);
                }
                if let Some(kib) = run.peak_rss_kib {
                    self.peaks.push(kib as f64);
                }
            }
        }
    }
}

/// The `*.py` files of `dir` that carry a `# bench:` header, by name.
fn discover_suite(dir: &Path) -> Result<Vec<Program>, String> {
    let mut programs = Vec::new();
    for path in python_files(dir)? {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let header = |key: &str| {
            text.lines()
                .take_while(|l| l.starts_with('#'))
                .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()))
        };
        if header("# bench:").is_none() {
            continue;
        }
        programs.push(Program {
            name: stem(&path),
            args: header("# args:").map_or_else(Vec::new, |a| a.split_whitespace().map(String::from).collect()),
            known_failure: header("# fails:"),
            expected: None,
            origin: Origin::Suite,
            path,
        });
    }
    if programs.is_empty() {
        return Err(format!("no `# bench:` program in {}", dir.display()));
    }
    Ok(programs)
}

/// The single-thread scripts of the shared peer suite: those that do not
/// start threads (the `threads` bench measures those).
fn discover_shared(dir: &Path) -> Result<Vec<Program>, String> {
    let dir = fs::canonicalize(dir).map_err(|e| format!("shared scripts at {}: {e}", dir.display()))?;
    let expected = read_expected(&dir.join("expected_checksums.txt"))?;
    let mut programs = Vec::new();
    for path in python_files(&dir)? {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if text.contains("import threading") {
            continue;
        }
        let name = stem(&path);
        programs.push(Program {
            expected: expected.get(&name).cloned(),
            name,
            args: Vec::new(),
            known_failure: None,
            origin: Origin::Shared,
            path,
        });
    }
    Ok(programs)
}

fn python_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    Ok(paths)
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}
