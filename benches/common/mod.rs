//! What both benchmark harnesses need: finding the interpreters, running a
//! process with a timeout, and small statistics.

#![allow(dead_code)]

use std::collections::HashMap;
use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

mod measured;
#[allow(unused_imports)] // not every harness measures memory
pub use measured::run_measured;

pub struct Run {
    pub wall: f64,
    pub exit: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident set size, where the runner could learn it (`run_measured`).
    pub peak_rss_kib: Option<u64>,
    /// User plus system CPU seconds of the process, likewise.
    pub cpu: Option<f64>,
}

impl Run {
    pub fn succeeded(&self) -> bool {
        !self.timed_out && self.exit == Some(0)
    }

    pub fn checksum(&self) -> Option<String> {
        self.stdout
            .lines()
            .find(|l| l.starts_with("checksum:"))
            .map(|l| l.trim_end().to_string())
    }

    pub fn describe_failure(&self) -> String {
        let how = if self.timed_out {
            format!("timed out after {:.0} s", self.wall)
        } else {
            match self.exit {
                Some(code) => format!("exited with status {code}"),
                None => "was killed by a signal".to_string(),
            }
        };
        let output = format!(
            "  stdout:\n{}  stderr:\n{}",
            tail(&self.stdout, 10),
            tail(&self.stderr, 30)
        );
        format!("{how}\n{}", output.trim_end())
    }
}

/// Runs `command` with stdin closed and output captured, and times it from
/// spawn to exit. Polls every half millisecond: far finer than the noise.
pub fn run_timed(mut command: Command, timeout: Duration) -> Result<Run, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not start {:?}: {e}", command.get_program()))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait().map_err(|e| e.to_string())?;
        }
        thread::sleep(Duration::from_micros(500));
    };
    let wall = start.elapsed().as_secs_f64();
    Ok(Run {
        wall,
        exit: status.code(),
        timed_out,
        stdout: collect(stdout),
        stderr: collect(stderr),
        peak_rss_kib: None,
        cpu: None,
    })
}

/// The output a reader thread gathered. A grandchild that outlives the
/// child (a wrapper script's `sleep`) keeps the pipe open, so wait at most
/// two seconds for it rather than for ever.
pub fn collect(reader: thread::JoinHandle<String>) -> String {
    let deadline = Instant::now() + Duration::from_secs(2);
    while !reader.is_finished() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(1));
    }
    if reader.is_finished() {
        reader.join().unwrap_or_default()
    } else {
        "(output not collected: the pipe is still held open by another process)".to_string()
    }
}

pub fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

pub fn tail(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(max_lines);
    let mut out = String::new();
    if lines.is_empty() {
        out.push_str("    (nothing)\n");
    }
    if skip > 0 {
        out.push_str(&format!("    ... ({skip} lines omitted)\n"));
    }
    for line in &lines[skip..] {
        out.push_str(&format!("    {line}\n"));
    }
    out
}

/// `GILPY_BIN`, or the crate's release binary, built first when it is
/// missing or older than any source (cargo bench does not build the bin).
pub fn locate_gilpy(manifest: &Path) -> Result<PathBuf, String> {
    if let Some(bin) = env::var_os("GILPY_BIN") {
        return Ok(absolute_if_path(bin.into()));
    }
    let target = env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| manifest.join("target"), |t| manifest.join(t));
    let binary = target
        .join("release")
        .join(format!("gilpy{}", env::consts::EXE_SUFFIX));
    let built = fs::metadata(&binary).and_then(|m| m.modified()).ok();
    let sources = newest_source(manifest);
    if built.is_none() || sources > built {
        let why = if built.is_none() {
            "missing"
        } else {
            "older than the sources"
        };
        eprintln!(
            "{} is {why}: running cargo build --release",
            binary.display()
        );
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release"])
            .current_dir(manifest)
            .status()
            .map_err(|e| format!("could not run cargo: {e}"))?;
        if !status.success() {
            return Err(format!("cargo build --release failed ({status})"));
        }
        if !binary.exists() {
            return Err(format!(
                "cargo build --release did not produce {}",
                binary.display()
            ));
        }
    }
    Ok(binary)
}

/// Newest modification time among the files the binary is built from.
pub fn newest_source(manifest: &Path) -> Option<SystemTime> {
    pub fn walk(path: &Path, newest: &mut Option<SystemTime>) {
        let Ok(meta) = fs::metadata(path) else { return };
        if meta.is_dir() {
            for entry in fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), newest);
            }
        } else if let Ok(modified) = meta.modified() {
            *newest = (*newest).max(Some(modified));
        }
    }
    let mut newest = None;
    for part in ["src", "grammar", "build.rs", "Cargo.toml", "Cargo.lock"] {
        walk(&manifest.join(part), &mut newest);
    }
    newest
}

/// `GILPY_PYTHON`, or the executable `python3` really runs: where python3 is
/// a pyenv shim, the shim would add 50-100 ms to every run.
pub fn locate_python() -> Result<PathBuf, String> {
    if let Some(python) = env::var_os("GILPY_PYTHON") {
        return Ok(absolute_if_path(python.into()));
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("could not run python3 (set GILPY_PYTHON): {e}"))?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || path.is_empty() {
        return Err("python3 did not report sys.executable (set GILPY_PYTHON)".to_string());
    }
    Ok(PathBuf::from(path))
}

/// Scripts run in the bench folder, so a relative path given by the user
/// (`target/release/gilpy`) is made absolute first; a bare name (`python3`)
/// is left for the PATH search.
pub fn absolute_if_path(program: PathBuf) -> PathBuf {
    if program.is_relative() && program.components().count() > 1 {
        if let Ok(cwd) = env::current_dir() {
            return cwd.join(program);
        }
    }
    program
}

pub fn version_of(python: &Path) -> String {
    Command::new(python)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "version unknown".to_string())
}

pub fn machine_note() -> String {
    let cores = thread::available_parallelism().map_or("?".to_string(), |n| n.to_string());
    let load = fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".to_string());
    format!("nproc {cores}, load average {load}; shared with other jobs and noisy: trust ratios, not absolute times")
}

pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

pub fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

pub fn env_number<T: std::str::FromStr>(name: &str, default: T) -> Result<T, String> {
    match env::var(name) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .map_err(|_| format!("{name}={v:?} is not a number")),
        _ => Ok(default),
    }
}

/// `expected_checksums.txt`: `NAME<TAB>checksum: ...`, `#` comments.
pub fn read_expected(path: &Path) -> Result<HashMap<String, String>, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(name, line)| (name.trim().to_string(), line.trim_end().to_string()))
        .collect())
}

/// Script arguments from `GILPY_BENCH_ARGS` (see the top of this file).
pub struct ScriptArgs {
    pub default: Vec<String>,
    pub by_name: HashMap<String, Vec<String>>,
}

impl ScriptArgs {
    pub fn from_env() -> Self {
        let mut parsed = ScriptArgs {
            default: Vec::new(),
            by_name: HashMap::new(),
        };
        let spec = env::var("GILPY_BENCH_ARGS").unwrap_or_default();
        for entry in spec.split(';').map(str::trim).filter(|e| !e.is_empty()) {
            let words = |s: &str| s.split_whitespace().map(String::from).collect();
            match entry.split_once('=') {
                Some((name, rest)) => {
                    parsed.by_name.insert(name.trim().to_string(), words(rest));
                }
                None => parsed.default = words(entry),
            }
        }
        parsed
    }

    pub fn for_script(&self, name: &str) -> Vec<String> {
        self.by_name.get(name).unwrap_or(&self.default).clone()
    }
}

pub fn shown_args(args: &[String]) -> String {
    if args.is_empty() {
        "default".to_string()
    } else {
        args.join(" ")
    }
}

/// Filters from the command line (`cargo bench` adds `--bench`: flags are
/// skipped) and from `GILPY_BENCH_FILTER`.
pub fn filters_from_args_and_env() -> Vec<String> {
    let from_env = env::var("GILPY_BENCH_FILTER").unwrap_or_default();
    env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .chain(
            from_env
                .split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(String::from),
        )
        .collect()
}
