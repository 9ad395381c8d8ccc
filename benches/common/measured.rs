//! Running a process and learning its peak memory and CPU time as well as
//! its wall time: `wait4` returns the child's own `rusage` (peak resident set
//! size; user and system time, which a busy machine disturbs far less than
//! the wall clock), which
//! `std::process` does not expose, so the child is reaped here instead.
//! Linux only, as the project's machine is; elsewhere the peak is `None`.

use super::{collect, drain, Run};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Like `run_timed`, and also fills `Run::peak_rss_kib` and `Run::cpu`.
pub fn run_measured(mut command: Command, timeout: Duration) -> Result<Run, String> {
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
    let pid = child.id() as i32;
    let mut timed_out = false;
    let (status, usage) = loop {
        if let Some(done) = reap(pid, false)? {
            break done;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            // Not reaped yet, so the pid still names our child.
            let _ = child.kill();
            match reap(pid, true)? {
                Some(done) => break done,
                None => return Err("wait4 returned without a status".to_string()),
            }
        }
        thread::sleep(Duration::from_micros(500));
    };
    let wall = start.elapsed().as_secs_f64();
    // The child is reaped: dropping `child` neither waits nor kills.
    drop(child);
    let exited = status & 0x7f == 0;
    Ok(Run {
        wall,
        exit: exited.then_some((status >> 8) & 0xff),
        timed_out,
        stdout: collect(stdout),
        stderr: collect(stderr),
        peak_rss_kib: usage.as_ref().map(|u| u.peak_rss_kib),
        cpu: usage.map(|u| u.cpu),
    })
}

/// What `wait4` reports of a finished child.
struct Usage {
    peak_rss_kib: u64,
    cpu: f64,
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn reap(pid: i32, block: bool) -> Result<Option<(i32, Option<Usage>)>, String> {
    extern "C" {
        fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut [i64; 18]) -> i32;
    }
    const WNOHANG: i32 = 1;
    let mut status = 0i32;
    // struct rusage on 64-bit Linux: two timevals (user, system: seconds and
    // microseconds each), then 14 longs, the first of which is ru_maxrss in KiB.
    let mut usage = [0i64; 18];
    // SAFETY: wait4 writes one int to `status` and one struct rusage (144
    // bytes, the size of `usage`) to `usage`; both outlive the call.
    let got = unsafe { wait4(pid, &mut status, if block { 0 } else { WNOHANG }, &mut usage) };
    match got {
        0 => Ok(None),
        p if p == pid => {
            let seconds = |sec: i64, usec: i64| sec as f64 + usec as f64 * 1e-6;
            Ok(Some((
                status,
                Some(Usage {
                    peak_rss_kib: usage[4].max(0) as u64,
                    cpu: seconds(usage[0], usage[1]) + seconds(usage[2], usage[3]),
                }),
            )))
        }
        _ => Err(format!("wait4({pid}): {}", std::io::Error::last_os_error())),
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn reap(_pid: i32, _block: bool) -> Result<Option<(i32, Option<Usage>)>, String> {
    Err("peak memory is measured on 64-bit Linux only".to_string())
}
