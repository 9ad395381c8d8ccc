//! One measured run of the script: a fresh child process of this very gilpy
//! binary, with the GIL on or off, its output captured. Measured from
//! outside (wall time; CPU time of the child from `getrusage`) and from
//! inside (the child writes its GIL totals with `-X gil-stats=json:PATH`).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::trace::Summary;

/// GIL on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    On,
    Off,
}

impl Mode {
    pub const BOTH: [Mode; 2] = [Mode::On, Mode::Off];

    pub fn name(self) -> &'static str {
        match self {
            Mode::On => "GIL on",
            Mode::Off => "GIL off",
        }
    }

    fn flag(self) -> &'static str {
        match self {
            Mode::On => "gil=1",
            Mode::Off => "gil=0",
        }
    }
}

/// What one run measured.
#[derive(Clone, Debug)]
pub struct Measured {
    pub wall: Duration,
    /// User plus system time of the child and all its threads.
    pub cpu: Duration,
    pub gil: Summary,
    pub stdout: String,
    pub stderr: String,
}

/// A run that did not finish well.
#[derive(Debug)]
pub struct Failed {
    /// The child's exit status (1 when a signal ended it or it never started).
    pub status: i32,
    pub message: String,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `script args` once in `mode` and waits for it.
pub fn run_once(script: &str, args: &[String], mode: Mode) -> Result<Measured, Failed> {
    let failed = |message: String| Failed { status: 1, message, stdout: String::new(), stderr: String::new() };
    let exe = std::env::current_exe().map_err(|e| failed(format!("can't find the gilpy binary: {e}")))?;
    let stats = StatsFile::new();
    let mut command = Command::new(exe);
    command
        .args(["-X", mode.flag(), "-X"])
        .arg(format!("gil-stats=json:{}", stats.0.display()))
        .arg(script)
        .args(args)
        // The -X flag decides; a PYTHON_GIL in our environment must not confuse a reader.
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Children are run one at a time, so the change in the children's
    // usage across this one is this child's.
    let cpu_before = children_cpu_time();
    let started = Instant::now();
    let output = command.output().map_err(|e| failed(format!("can't start gilpy: {e}")))?;
    let wall = started.elapsed();
    let cpu = children_cpu_time().saturating_sub(cpu_before);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        let status = output.status.code().filter(|&c| c != 0).unwrap_or(1);
        let how = match output.status.code() {
            Some(c) => format!("exit status {c}"),
            None => format!("{}", output.status),
        };
        return Err(Failed { status, message: format!("the script failed ({how})"), stdout, stderr });
    }
    let gil = match std::fs::read_to_string(&stats.0).map_err(|e| e.to_string()).and_then(|t| Summary::from_json(&t)) {
        Ok(s) => s,
        Err(e) => {
            let message = format!("the script left no GIL statistics in '{}' ({e}); did it end with os._exit?", stats.0.display());
            return Err(Failed { status: 1, message, stdout, stderr });
        }
    };
    Ok(Measured { wall, cpu, gil, stdout, stderr })
}

/// A temporary file name for one child's statistics, removed when dropped.
struct StatsFile(PathBuf);

impl StatsFile {
    fn new() -> StatsFile {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        StatsFile(std::env::temp_dir().join(format!("gilpy-compare-{}-{n}.json", std::process::id())))
    }
}

impl Drop for StatsFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// User plus system time of all the children this process has waited for.
///
/// std has no `getrusage`, and a crate for one call is more than it is worth:
/// the C library std links anyway has it.
#[cfg(unix)]
pub fn children_cpu_time() -> Duration {
    use std::os::raw::{c_int, c_long};

    #[repr(C)]
    struct Timeval {
        tv_sec: c_long,
        tv_usec: c_long,
    }

    /// `struct rusage` as Linux and the BSDs lay it out: two timevals, then
    /// fourteen longs that we do not read.
    #[repr(C)]
    struct Rusage {
        ru_utime: Timeval,
        ru_stime: Timeval,
        _rest: [c_long; 14],
    }

    extern "C" {
        fn getrusage(who: c_int, usage: *mut Rusage) -> c_int;
    }
    const RUSAGE_CHILDREN: c_int = -1;

    let mut usage = Rusage {
        ru_utime: Timeval { tv_sec: 0, tv_usec: 0 },
        ru_stime: Timeval { tv_sec: 0, tv_usec: 0 },
        _rest: [0; 14],
    };
    // SAFETY: `usage` is a live, writable `struct rusage` with the C layout
    // (repr(C), the full size), and getrusage writes nothing else.
    let rc = unsafe { getrusage(RUSAGE_CHILDREN, &mut usage) };
    if rc != 0 {
        return Duration::ZERO;
    }
    let micros = |t: &Timeval| Duration::from_secs(t.tv_sec.max(0) as u64) + Duration::from_micros(t.tv_usec.max(0) as u64);
    micros(&usage.ru_utime) + micros(&usage.ru_stime)
}

#[cfg(not(unix))]
pub fn children_cpu_time() -> Duration {
    Duration::ZERO
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_busy_child_shows_cpu_time() {
        let before = children_cpu_time();
        let status = Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"])
            .status()
            .expect("run sh");
        assert!(status.success());
        let used = children_cpu_time().saturating_sub(before);
        assert!(used > Duration::from_millis(10), "{used:?}");
        assert!(used < Duration::from_secs(600), "{used:?}");
    }
}
