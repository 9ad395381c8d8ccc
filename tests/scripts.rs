//! Script corpus harness: runs every `tests/scripts/**/<name>.py` that has a
//! `<name>.out` beside it through the gilpy binary and compares the results
//! with the CPython 3.11 outputs recorded by `tests/scripts/regen.sh`.
//!
//! Per script:
//! * stdout must equal `<name>.out` exactly;
//! * if `<name>.err` exists (line 1: exit code, line 2: last stderr line), the
//!   exit code and the last line of stderr must match; otherwise the exit code
//!   must be 0;
//! * if `<name>.stderr` exists, the whole stderr must match after normalising
//!   both sides: the absolute script path inside `File "..."` is replaced by
//!   the bare file name, and caret marker lines (only spaces, `~` and `^`) are
//!   dropped.
//!
//! Scripts run with cwd = the script's folder, argument = the file name,
//! stdin = null, and a 30 s timeout (the child is killed and reported as a hang).
//! Scripts under `stdlib/` run twice, with the GIL on and with it off, and
//! must print the same both times.
//!
//! Both sides are compared after masking addresses (`0x7f3a...` becomes
//! `0x...`). A script whose leading comment block has the line
//! `# sorted-output` (threads that print in no fixed order) is compared with
//! the lines of stdout, and of stderr, sorted.
//!
//! Environment:
//! * `GILPY_BIN` — interpreter to run instead of the cargo-built `gilpy`
//!   (e.g. `GILPY_BIN=python3` to sanity-check the corpus);
//! * `GILPY_SCRIPT_FILTER` — only run scripts whose relative path contains
//!   this substring.
//!
//! `tests/scripts/EXPECTED_FAILURES` lists known failures (one relative path a
//! line, `#` comments). A listed failing script does not fail the test; a listed
//! script that passes does ("now passes: remove it from EXPECTED_FAILURES").

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
/// Cap on captured output per stream, so a runaway print loop cannot eat memory.
const OUTPUT_CAP: usize = 16 * 1024 * 1024;
const DIFF_LINES: usize = 15;

struct Script {
    /// Path relative to tests/scripts, with `/` separators.
    rel: String,
    path: PathBuf,
}

struct Outcome {
    rel: String,
    /// Empty when the script passed.
    problems: Vec<String>,
}

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("scripts")
}

fn interpreter() -> PathBuf {
    match std::env::var_os("GILPY_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_gilpy")),
    }
}

fn collect_scripts(dir: &Path, root: &Path, out: &mut Vec<Script>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("cannot read {}: {}", dir.display(), e),
    };
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_scripts(&path, root, out);
        } else if path.extension().map_or(false, |e| e == "py") && path.with_extension("out").is_file() {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Script { rel, path });
        }
    }
}

fn load_expected_failures(root: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(root.join("EXPECTED_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("./").replace('\\', "/"))
        .collect()
}

/// Reads a pipe on a helper thread, forwarding chunks until EOF.
fn drain<R: Read + Send + 'static>(mut r: R) -> Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            match r.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
    });
    rx
}

/// Gathers a drained pipe until EOF or `deadline` (a grandchild that inherited
/// the pipe must not block the harness), keeping at most OUTPUT_CAP bytes.
fn gather(rx: &Receiver<Vec<u8>>, deadline: Instant) -> Vec<u8> {
    let mut kept = Vec::new();
    loop {
        let wait = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wait) {
            Ok(chunk) => {
                let room = OUTPUT_CAP.saturating_sub(kept.len());
                kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    kept
}

struct RunResult {
    status: Option<ExitStatus>,
    timed_out: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn run_script(bin: &Path, script: &Path, gil: &str) -> Result<RunResult, String> {
    let dir = script.parent().unwrap();
    let name = script.file_name().unwrap();
    let mut child = Command::new(bin)
        .arg(name)
        .env("PYTHON_GIL", gil)
        .current_dir(dir)
        // Keeps CPython (when used via GILPY_BIN) from littering __pycache__.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {}", bin.display(), e))?;
    let out_h = drain(child.stdout.take().unwrap());
    let err_h = drain(child.stderr.take().unwrap());
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {
                if start.elapsed() >= TIMEOUT {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("waiting for child failed: {}", e)),
        }
    };
    // The child is gone, so only what is still buffered in the pipes remains
    // (unless a grandchild inherited them): allow a short grace period.
    let deadline = Instant::now() + Duration::from_secs(2);
    let stdout = gather(&out_h, deadline);
    let stderr = gather(&err_h, deadline);
    Ok(RunResult { status, timed_out, stdout, stderr })
}

fn split_lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

/// A short unified-style diff of expected vs actual (at most DIFF_LINES changed lines).
fn diff(expected: &str, actual: &str) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    let mut out = String::new();
    // LCS table is O(n*m); fall back to a positional diff for huge outputs.
    let ops: Vec<(char, &str)> = if a.len().saturating_mul(b.len()) <= 4_000_000 {
        let (n, m) = (a.len(), b.len());
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        let mut ops = Vec::new();
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                ops.push((' ', a[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.push(('-', a[i]));
                i += 1;
            } else {
                ops.push(('+', b[j]));
                j += 1;
            }
        }
        ops
    } else {
        let mut ops = Vec::new();
        for k in 0..a.len().max(b.len()) {
            match (a.get(k), b.get(k)) {
                (Some(x), Some(y)) if x == y => ops.push((' ', *x)),
                (x, y) => {
                    if let Some(x) = x {
                        ops.push(('-', *x));
                    }
                    if let Some(y) = y {
                        ops.push(('+', *y));
                    }
                }
            }
        }
        ops
    };
    // Print changed lines with one line of context, stopping after DIFF_LINES changes.
    let changed: Vec<usize> = ops.iter().enumerate().filter(|(_, o)| o.0 != ' ').map(|(k, _)| k).collect();
    if changed.is_empty() {
        // Only trailing-newline / line-ending differences remain.
        out.push_str("      (outputs differ only in line endings or a trailing newline)\n");
        return out;
    }
    let mut shown = 0;
    let mut last_printed: Option<usize> = None;
    for &k in &changed {
        if shown >= DIFF_LINES {
            out.push_str(&format!("      ... ({} more differing lines)\n", changed.len() - shown));
            break;
        }
        let from = k.saturating_sub(1);
        let from = match last_printed {
            Some(p) if p + 1 >= from => p + 1,
            Some(_) => {
                out.push_str("      @@\n");
                from
            }
            None => from,
        };
        for idx in from..=k {
            let (tag, line) = ops[idx];
            out.push_str(&format!("      {}{}\n", tag, line));
        }
        last_printed = Some(k);
        shown += 1;
    }
    if let Some(p) = last_printed {
        if p + 1 < ops.len() && ops[p + 1].0 == ' ' && shown < DIFF_LINES {
            out.push_str(&format!("       {}\n", ops[p + 1].1));
        }
    }
    out
}

fn is_marker_line(line: &str) -> bool {
    !line.trim().is_empty() && line.chars().all(|c| c == ' ' || c == '~' || c == '^')
}

/// Normalises a traceback: absolute script path -> bare name; drop caret lines.
fn normalize_stderr(text: &str, script: &Path) -> String {
    let name = script.file_name().unwrap().to_string_lossy().into_owned();
    let mut paths = vec![script.to_string_lossy().into_owned()];
    if let Ok(canon) = script.canonicalize() {
        paths.push(canon.to_string_lossy().into_owned());
    }
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if is_marker_line(line) {
            continue;
        }
        let mut l = line.to_string();
        for p in &paths {
            l = l.replace(&format!("File \"{}\"", p), &format!("File \"{}\"", name));
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// The `# word` directives of the script's leading comment block.
fn directives(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim().to_owned())
        .collect()
}

/// Replaces every hex address (`0x` and at least 6 hex digits) with `0x...`.
fn mask_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0' && bytes.get(i + 1) == Some(&b'x') {
            let digits = bytes[i + 2..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
            if digits >= 6 {
                out.push_str("0x...");
                i += 2 + digits;
                continue;
            }
        }
        let ch = text[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// What a comparison sees of an output: addresses masked, lines sorted when asked.
fn comparable(text: &str, sorted: bool) -> String {
    let masked = mask_addresses(text);
    if !sorted {
        return masked;
    }
    let mut lines: Vec<&str> = masked.lines().collect();
    lines.sort_unstable();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

fn check(bin: &Path, script: &Script) -> Outcome {
    let modes: &[&str] = if script.rel.starts_with("stdlib/") { &["1", "0"] } else { &["1"] };
    let mut problems = Vec::new();
    for gil in modes {
        let found = check_mode(bin, script, gil);
        let label = if modes.len() > 1 { format!("[PYTHON_GIL={gil}] ") } else { String::new() };
        problems.extend(found.into_iter().map(|p| format!("{label}{p}")));
    }
    Outcome { rel: script.rel.clone(), problems }
}

fn check_mode(bin: &Path, script: &Script, gil: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let path = &script.path;
    let sorted = directives(path).iter().any(|d| d == "sorted-output");
    let expected_out = fs::read(path.with_extension("out")).unwrap_or_default();
    let err_spec = fs::read_to_string(path.with_extension("err")).ok();
    let stderr_spec = fs::read_to_string(path.with_extension("stderr")).ok();
    let res = match run_script(bin, path, gil) {
        Ok(r) => r,
        Err(e) => {
            problems.push(e);
            return problems;
        }
    };
    let stderr_text = String::from_utf8_lossy(&res.stderr).into_owned();
    let stderr_tail = || -> String {
        let lines: Vec<&str> = stderr_text.lines().collect();
        let start = lines.len().saturating_sub(5);
        lines[start..].iter().map(|l| format!("      | {}\n", l)).collect()
    };
    if res.timed_out {
        problems.push(format!("HANG: killed after {} s", TIMEOUT.as_secs()));
    }
    let exp = comparable(&String::from_utf8_lossy(&expected_out), sorted);
    let act = comparable(&String::from_utf8_lossy(&res.stdout), sorted);
    if exp != act {
        problems.push(format!("stdout differs (-expected +actual):\n{}", diff(&exp, &act)));
    }
    let code = res.status.and_then(|s| s.code());
    match &err_spec {
        Some(spec) => {
            let mut lines = spec.lines();
            let want_code: Option<i32> = lines.next().and_then(|l| l.trim().parse().ok());
            let want_last = lines.next().unwrap_or("").trim_end_matches('\r');
            if !res.timed_out && code != want_code {
                problems.push(format!(
                    "exit code {} (expected {})\n{}",
                    code.map_or("<signal>".to_string(), |c| c.to_string()),
                    want_code.map_or("?".to_string(), |c| c.to_string()),
                    stderr_tail()
                ));
            }
            let got_last = stderr_text.lines().last().unwrap_or("").trim_end_matches('\r');
            if stderr_spec.is_none() && got_last != want_last {
                problems.push(format!(
                    "last stderr line differs:\n      -{}\n      +{}",
                    want_last, got_last
                ));
            }
        }
        None => {
            if !res.timed_out && code != Some(0) {
                problems.push(format!(
                    "exit code {} (expected 0); stderr ends with:\n{}",
                    code.map_or("<signal>".to_string(), |c| c.to_string()),
                    stderr_tail()
                ));
            }
        }
    }
    if let Some(spec) = &stderr_spec {
        let want = comparable(&normalize_stderr(spec, path), sorted);
        let got = comparable(&normalize_stderr(&stderr_text, path), sorted);
        if want != got {
            problems.push(format!("stderr differs (-expected +actual):\n{}", diff(&want, &got)));
        }
    }
    problems
}

#[test]
fn scripts() {
    let root = scripts_dir();
    let bin = interpreter();
    let mut all = Vec::new();
    collect_scripts(&root, &root, &mut all);
    let filter = std::env::var("GILPY_SCRIPT_FILTER").unwrap_or_default();
    let scripts: Vec<Script> = all.into_iter().filter(|s| s.rel.contains(filter.as_str())).collect();
    let expected_failures = load_expected_failures(&root);

    let mut report = String::new();
    let mut failed = 0usize;
    if filter.is_empty() {
        let known: BTreeSet<&str> = scripts.iter().map(|s| s.rel.as_str()).collect();
        for entry in &expected_failures {
            if !known.contains(entry.as_str()) {
                failed += 1;
                report.push_str(&format!(
                    "FAIL {}: listed in EXPECTED_FAILURES but no such script (with a .out) exists\n",
                    entry
                ));
            }
        }
    }

    let workers = thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4);
    let scripts = Arc::new(scripts);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Outcome>>> = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (scripts, next, results, bin) = (scripts.clone(), next.clone(), results.clone(), bin.clone());
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(script) = scripts.get(i) else { break };
                let outcome = check(&bin, script);
                results.lock().unwrap().push(outcome);
            })
        })
        .collect();
    for h in handles {
        h.join().expect("script worker panicked");
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.rel.cmp(&b.rel));

    let (mut passed, mut xfail) = (0usize, 0usize);
    for r in &results {
        let listed = expected_failures.contains(&r.rel);
        match (r.problems.is_empty(), listed) {
            (true, false) => passed += 1,
            (true, true) => {
                failed += 1;
                report.push_str(&format!("FAIL {}: now passes: remove it from EXPECTED_FAILURES\n", r.rel));
            }
            (false, true) => {
                xfail += 1;
                report.push_str(&format!("expected failure: {}\n", r.rel));
            }
            (false, false) => {
                failed += 1;
                report.push_str(&format!("FAIL {}\n", r.rel));
                for p in &r.problems {
                    report.push_str(&format!("    {}\n", p.trim_end()));
                }
            }
        }
    }
    let summary = format!(
        "scripts: {} passed, {} failed, {} expected failures (interpreter: {}, {} workers{})",
        passed,
        failed,
        xfail,
        bin.display(),
        workers,
        if filter.is_empty() { String::new() } else { format!(", filter {:?}", filter) }
    );
    println!("{}{}", report, summary);
    if failed > 0 {
        panic!("{} script failure(s); see the report above", failed);
    }
}
