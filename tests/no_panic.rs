//! No input makes the front end or the compiler panic or hang.
//!
//! Every test program (`tests/scripts/**/*.py` and `examples/*.py`) is cut
//! at every prefix and mutated byte by byte; each input goes through
//! `parse_module` and `compile_module`, which must return a module or a
//! `SyntaxError`, never panic. A watchdog fails the test if one input takes
//! longer than `STALL` (a hang).
//!
//! Long programs in debug builds get a sample of prefixes (see
//! `prefix_cuts`); `cargo test --release` checks every char boundary.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use gilpy::compile::{compile_module, Mode};
use gilpy::syntax::parse_module;

/// Mutated copies per program.
const MUTATIONS: usize = 50;
/// One input taking longer than this counts as a hang.
const STALL: Duration = Duration::from_secs(20);
/// In debug builds, programs longer than this get sampled prefixes.
const DEBUG_FULL_PREFIX_LIMIT: usize = 400;
/// Extra sampled char boundaries past the first `DEBUG_FULL_PREFIX_LIMIT` bytes.
const DEBUG_SAMPLED_CUTS: usize = 200;
/// Bytes a mutation inserts or writes, besides random ones.
const INTERESTING: &[u8] = b"()[]{}:;,.'\"\\\n\t #=+*";

struct Program {
    name: String,
    source: String,
}

struct Failure {
    program: String,
    what: String,
    input: String,
    message: String,
}

fn collect_py(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            if recursive {
                collect_py(&path, true, out);
            }
        } else if path.extension().map_or(false, |e| e == "py") {
            out.push(path);
        }
    }
}

fn programs() -> Vec<Program> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    collect_py(&root.join("tests").join("scripts"), true, &mut paths);
    collect_py(&root.join("examples"), false, &mut paths);
    paths
        .into_iter()
        .map(|path| Program {
            name: path.strip_prefix(root).unwrap_or(&path).display().to_string(),
            source: String::from_utf8_lossy(&fs::read(&path).expect("read program")).into_owned(),
        })
        .collect()
}

/// A fixed-seed linear congruential generator (Knuth's MMIX constants), so
/// every run feeds the same inputs and failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seed_for(name: &str) -> u64 {
    // FNV-1a of the program name: each program gets its own stream.
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Where to cut `source`: every char boundary, or in debug builds for long
/// programs every line boundary, every char boundary in the first
/// `DEBUG_FULL_PREFIX_LIMIT` bytes and a deterministic sample of the rest.
fn prefix_cuts(source: &str, rng: &mut Lcg) -> Vec<usize> {
    let boundaries: Vec<usize> = source.char_indices().map(|(i, _)| i).chain([source.len()]).collect();
    if !cfg!(debug_assertions) || source.len() <= DEBUG_FULL_PREFIX_LIMIT {
        return boundaries;
    }
    let mut cuts: Vec<usize> = boundaries.iter().copied().filter(|&i| i <= DEBUG_FULL_PREFIX_LIMIT).collect();
    cuts.extend(source.match_indices('\n').flat_map(|(i, _)| [i, i + 1]));
    cuts.push(source.len());
    for _ in 0..DEBUG_SAMPLED_CUTS {
        cuts.push(boundaries[rng.below(boundaries.len())]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

fn mutate(source: &str, rng: &mut Lcg) -> (String, String) {
    let mut bytes = source.as_bytes().to_vec();
    let at = rng.below(bytes.len() + 1);
    let byte = if rng.below(4) == 0 { rng.next() as u8 } else { INTERESTING[rng.below(INTERESTING.len())] };
    let what = match rng.below(3) {
        0 if at < bytes.len() => {
            bytes.remove(at);
            format!("delete byte {at}")
        }
        1 if at < bytes.len() => {
            bytes[at] = byte;
            format!("replace byte {at} with {byte:#04x}")
        }
        _ => {
            bytes.insert(at, byte);
            format!("insert {byte:#04x} at byte {at}")
        }
    };
    (what, String::from_utf8_lossy(&bytes).into_owned())
}

thread_local! {
    /// The message of the last panic on this thread, captured by the hook.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Parses and compiles `input`; returns the panic message if either panicked.
fn check(input: &str) -> Option<String> {
    let outcome = std::panic::catch_unwind(|| {
        if let Ok(module) = parse_module(input) {
            let _ = compile_module(&module, input, "<fuzz>", Mode::Exec);
        }
    });
    outcome.err().map(|_| LAST_PANIC.with(|p| p.borrow().clone()))
}

/// The shortest prefix of `input` that still panics, to make reports small.
fn shrink(input: &str) -> String {
    for (i, _) in input.char_indices().chain([(input.len(), ' ')]) {
        if check(&input[..i]).is_some() {
            return input[..i].to_owned();
        }
    }
    input.to_owned()
}

/// What one worker is doing, for the hang watchdog.
#[derive(Clone, Default)]
struct Current {
    started: Option<Instant>,
    program: String,
    what: String,
    input: String,
}

fn run_program(program: &Program, current: &Mutex<Current>, failures: &Mutex<Vec<Failure>>) -> usize {
    let mut rng = Lcg(seed_for(&program.name));
    let source = &program.source;
    let mut inputs: Vec<(String, String)> = Vec::new();
    for cut in prefix_cuts(source, &mut rng) {
        inputs.push((format!("prefix of {cut} bytes"), source[..cut].to_owned()));
    }
    for _ in 0..MUTATIONS {
        inputs.push(mutate(source, &mut rng));
    }
    let count = inputs.len();
    for (what, input) in inputs {
        *current.lock().unwrap() = Current {
            started: Some(Instant::now()),
            program: program.name.clone(),
            what: what.clone(),
            input: input.clone(),
        };
        if let Some(message) = check(&input) {
            let minimal = if what.starts_with("prefix") { input } else { shrink(&input) };
            failures.lock().unwrap().push(Failure { program: program.name.clone(), what, input: minimal, message });
        }
    }
    current.lock().unwrap().started = None;
    count
}

#[test]
fn front_end_and_compiler_never_panic_or_hang() {
    let programs = Arc::new(programs());
    assert!(programs.len() > 10, "found only {} programs", programs.len());

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "<non-string panic>".to_owned());
        LAST_PANIC.with(|p| *p.borrow_mut() = format!("{payload}{location}"));
    }));

    let started = Instant::now();
    let workers = thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let next = Arc::new(AtomicUsize::new(0));
    let inputs_checked = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let currents: Vec<Arc<Mutex<Current>>> = (0..workers).map(|_| Arc::default()).collect();
    let (done_tx, done_rx) = mpsc::channel();
    for current in &currents {
        let (programs, next, inputs_checked, failures, current, done_tx) =
            (programs.clone(), next.clone(), inputs_checked.clone(), failures.clone(), current.clone(), done_tx.clone());
        thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(i) else { break };
                    let n = run_program(program, &current, &failures);
                    inputs_checked.fetch_add(n, Ordering::Relaxed);
                }
                let _ = done_tx.send(());
            })
            .expect("spawn worker");
    }
    drop(done_tx);

    let mut finished = 0;
    let mut hang = None;
    while finished < workers {
        match done_rx.recv_timeout(Duration::from_millis(500)) {
            Ok(()) => finished += 1,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let stalled = currents.iter().find_map(|c| {
                    let c = c.lock().unwrap();
                    c.started.filter(|s| s.elapsed() > STALL).map(|_| c.clone())
                });
                if let Some(c) = stalled {
                    hang = Some(c);
                    break;
                }
            }
        }
    }
    std::panic::set_hook(default_hook);

    if let Some(c) = hang {
        // The stuck worker cannot be stopped; fail and let the process exit.
        panic!(
            "parse/compile took over {STALL:?} (hang?) on {} ({}):\n{:?}",
            c.program, c.what, c.input
        );
    }
    let failures = failures.lock().unwrap();
    eprintln!(
        "checked {} inputs from {} programs in {:.1?} ({})",
        inputs_checked.load(Ordering::Relaxed),
        programs.len(),
        started.elapsed(),
        if cfg!(debug_assertions) { "debug: long programs sampled" } else { "release: every prefix" }
    );
    if !failures.is_empty() {
        // One entry per distinct panic, with its shortest input.
        let mut by_message: BTreeMap<&str, Vec<&Failure>> = BTreeMap::new();
        for f in failures.iter() {
            by_message.entry(&f.message).or_default().push(f);
        }
        let mut report = format!(
            "{} inputs made the front end or compiler panic ({} distinct panics):\n",
            failures.len(),
            by_message.len()
        );
        for (message, group) in &by_message {
            let shortest = group.iter().min_by_key(|f| f.input.len()).unwrap();
            report += &format!(
                "\n{message}\n  {} inputs, shortest from {} ({}):\n  {:?}\n",
                group.len(),
                shortest.program,
                shortest.what,
                shortest.input
            );
        }
        panic!("{report}");
    }
}
