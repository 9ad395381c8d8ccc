//! `-X trace=FILE` (a Chrome trace, or an SVG picture), `-X gil-stats` and
//! `gilpy timeline`, driven through the built binary with the GIL on and off.
//!
//! The scripts synchronise without sleeps that hope: the two workers each
//! raise a flag and spin until they see the other's, so both are running
//! at one moment — in parallel with the GIL off, by forced switches with it
//! on (which also makes at least one drop request certain).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

const TWO_WORKERS: &str = r#"
import threading
import time

flags = [False, False]

def work(i):
    flags[i] = True
    while not flags[1 - i]:
        pass
    n = 20000
    while n > 0:
        n -= 1

a = threading.Thread(target=work, args=(0,), name="worker-a")
b = threading.Thread(target=work, args=(1,), name="worker-b")
a.start()
b.start()
a.join()
b.join()
# Certain blocked slices: a sleep, and a wait on a lock nobody releases.
time.sleep(0.002)
held = threading.Lock()
held.acquire()
held.acquire(timeout=0.002)
print("done")
"#;

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("trace").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn gilpy(dir: &PathBuf, gil: &str, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .current_dir(dir)
        .env("PYTHON_GIL", gil)
        .output()
        .expect("run gilpy");
    assert!(
        out.status.success(),
        "gilpy {args:?} (PYTHON_GIL={gil}) failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs the two-worker script with `-X trace=trace.json`; returns the parsed trace.
fn traced_run(name: &str, gil: &str) -> Value {
    let dir = scratch(name);
    std::fs::write(dir.join("two.py"), TWO_WORKERS).expect("script");
    let out = gilpy(&dir, gil, &["-X", "trace=trace.json", "two.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    let text = std::fs::read_to_string(dir.join("trace.json")).expect("trace written");
    serde_json::from_str(&text).expect("the trace is JSON")
}

struct Slice {
    name: String,
    start: u64,
    end: u64,
    args: Option<Value>,
}

/// Thread names and complete-event slices by tid.
fn tracks(trace: &Value) -> (HashMap<u64, String>, HashMap<u64, Vec<Slice>>) {
    let events = trace["traceEvents"].as_array().expect("traceEvents");
    let mut names = HashMap::new();
    let mut slices: HashMap<u64, Vec<Slice>> = HashMap::new();
    for e in events {
        let tid = e["tid"].as_u64().expect("tid");
        match e["ph"].as_str().expect("ph") {
            "M" if e["name"] == "thread_name" => {
                let name = e["args"]["name"].as_str().expect("thread name").to_owned();
                assert!(names.insert(tid, name).is_none(), "two thread_name events for tid {tid}");
            }
            "X" => {
                let start = e["ts"].as_u64().expect("ts");
                let dur = e["dur"].as_u64().expect("dur");
                let name = e["name"].as_str().expect("name").to_owned();
                slices.entry(tid).or_default().push(Slice { name, start, end: start + dur, args: e.get("args").cloned() });
            }
            _ => {}
        }
    }
    for list in slices.values_mut() {
        list.sort_by_key(|s| s.start);
    }
    (names, slices)
}

fn assert_no_overlap(slices: &[&Slice], what: &str) {
    for pair in slices.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{what}: '{}' {}..{} overlaps '{}' {}..{}",
            pair[0].name,
            pair[0].start,
            pair[0].end,
            pair[1].name,
            pair[1].start,
            pair[1].end
        );
    }
}

fn running(slices: &HashMap<u64, Vec<Slice>>, names: &HashMap<u64, String>, thread: &str) -> Vec<(u64, u64)> {
    let tid = names.iter().find(|(_, n)| *n == thread).map(|(t, _)| *t).unwrap_or_else(|| panic!("no track {thread}"));
    slices[&tid].iter().filter(|s| s.name.starts_with("running")).map(|s| (s.start, s.end)).collect()
}

#[test]
fn trace_has_one_named_track_per_thread_and_no_overlapping_slices() {
    for gil in ["1", "0"] {
        let trace = traced_run(&format!("tracks-{gil}"), gil);
        let (names, slices) = tracks(&trace);
        let mut shown: Vec<&str> = names.values().map(String::as_str).collect();
        shown.sort();
        assert_eq!(shown, ["MainThread", "worker-a", "worker-b"], "GIL={gil}");
        for (tid, list) in &slices {
            assert!(names.contains_key(tid), "slices on an unnamed track {tid}");
            let refs: Vec<&Slice> = list.iter().collect();
            assert_no_overlap(&refs, &format!("GIL={gil}, track {}", names[tid]));
        }
        let running_name = if gil == "1" { "running (holds GIL)" } else { "running (no GIL)" };
        assert!(slices.values().flatten().any(|s| s.name == running_name), "GIL={gil}");
        // Blocked slices say what they wait for, and on which object.
        let main = names.iter().find(|(_, n)| *n == "MainThread").map(|(t, _)| *t).expect("main");
        assert!(slices[&main].iter().any(|s| s.name == "blocked: sleep"));
        let lock_wait = slices[&main].iter().find(|s| s.name == "blocked: lock").expect("a lock wait");
        let object = lock_wait.args.as_ref().and_then(|a| a["lock"].as_str()).expect("the lock as argument");
        assert!(object.starts_with("0x"), "{object}");
        assert_eq!(trace["otherData"]["gil"], if gil == "1" { "on" } else { "off" });
    }
}

#[test]
fn gil_on_running_slices_of_threads_never_overlap() {
    let trace = traced_run("gil-on", "1");
    let (_, slices) = tracks(&trace);
    let mut all: Vec<&Slice> = slices.values().flatten().filter(|s| s.name == "running (holds GIL)").collect();
    all.sort_by_key(|s| s.start);
    assert!(all.len() >= 4, "expected several running slices, got {}", all.len());
    assert_no_overlap(&all, "two threads held the GIL at once");
    // The spinning holder could only let the other worker in on request.
    let events = trace["traceEvents"].as_array().expect("events");
    assert!(events.iter().any(|e| e["ph"] == "i" && e["name"] == "drop request" && e["s"] == "t"));
}

#[test]
fn gil_off_running_slices_of_two_cpu_threads_overlap() {
    let trace = traced_run("gil-off", "0");
    let (names, slices) = tracks(&trace);
    let a = running(&slices, &names, "worker-a");
    let b = running(&slices, &names, "worker-b");
    let together = a.iter().any(|&(s1, e1)| b.iter().any(|&(s2, e2)| s1.max(s2) < e1.min(e2)));
    assert!(together, "the workers never ran at the same time: {a:?} {b:?}");
    let events = trace["traceEvents"].as_array().expect("events");
    assert!(!events.iter().any(|e| e["name"] == "waiting for GIL" || e["name"] == "drop request"));
}

/// Numbers vary from run to run; the shape of the table must not. Each
/// number becomes `N`, right-aligned where the number ended, so the columns
/// keep their places; the title line's spaces are collapsed.
fn without_numbers(table: &str) -> String {
    let mut out = String::new();
    for (i, line) in table.lines().enumerate() {
        let mut shaped = String::new();
        let mut rest = line;
        while !rest.is_empty() {
            let word_end = rest.find(' ').unwrap_or(rest.len());
            let word = &rest[..word_end];
            let number = word.trim_end_matches([';', ')']);
            if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '.') {
                shaped.push_str(&" ".repeat(number.len() - 1));
                shaped.push('N');
                shaped.push_str(&word[number.len()..]);
            } else {
                shaped.push_str(word);
            }
            let spaces = rest[word_end..].len() - rest[word_end..].trim_start_matches(' ').len();
            shaped.push_str(&rest[word_end..word_end + spaces]);
            rest = &rest[word_end + spaces..];
        }
        if i == 0 {
            shaped = shaped.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        out.push_str(&shaped);
        out.push('\n');
    }
    out
}

#[test]
fn gil_stats_table() {
    let dir = scratch("stats");
    std::fs::write(dir.join("two.py"), TWO_WORKERS).expect("script");
    let out = gilpy(&dir, "1", &["-X", "gil-stats", "two.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    insta::assert_snapshot!(without_numbers(&stderr));
    // At least one forced drop, in the total row's forced-drops column.
    let total = stderr.lines().find(|l| l.starts_with("total")).expect("total row");
    let cells: Vec<&str> = total.split_whitespace().collect();
    assert!(cells[6].parse::<u64>().expect("forced drops") >= 1, "{total}");
    // With the GIL off nobody holds or waits for it.
    let out = gilpy(&dir, "0", &["-X", "gil-stats", "two.py"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("GIL statistics (GIL off;"), "{stderr}");
    let total = stderr.lines().find(|l| l.starts_with("total")).expect("total row");
    let cells: Vec<&str> = total.split_whitespace().collect();
    assert_eq!(&cells[2..], ["0.0", "0.0", cells[4], "0", "0", "0"], "{total}");
}

#[test]
fn without_the_options_nothing_is_recorded_or_printed() {
    let dir = scratch("quiet");
    std::fs::write(dir.join("two.py"), TWO_WORKERS).expect("script");
    let out = gilpy(&dir, "1", &["two.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 1);
}

/// Tags open and close in order, attributes are quoted, entities are known.
fn assert_well_formed_xml(text: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let content = &rest[..at];
        for (i, _) in content.match_indices('&') {
            let entity = &content[i..content[i..].find(';').map_or(content.len(), |e| i + e + 1)];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity), "bad entity {entity}");
        }
        let end = rest[at..].find('>').expect("unclosed tag") + at;
        let tag = &rest[at + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name.trim()), "mismatched </{name}>");
        } else if !tag.starts_with('?') && !tag.starts_with('!') {
            let name = tag.split_whitespace().next().expect("tag name").trim_end_matches('/').to_owned();
            assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in <{tag}>");
            if !tag.ends_with('/') {
                open.push(name);
            }
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "unclosed elements: {open:?}");
}

fn check_picture(svg: &str, gil_on: bool) {
    assert_well_formed_xml(svg);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<g class=\"lane\"").count(), 3, "one lane per thread");
    for name in ["MainThread", "worker-a", "worker-b"] {
        assert!(svg.contains(&format!(">{name}</text>")), "no label {name}");
    }
    let legend = &svg[svg.find("<g id=\"legend\">").expect("a legend")..];
    let running = if gil_on { "running (holds GIL)" } else { "running (no GIL)" };
    for entry in [running, "waiting for GIL", "blocked: sleep", "blocked: lock", "drop request"] {
        assert!(legend.contains(&format!(">{entry}</text>")), "legend lacks {entry}");
    }
    assert!(svg.contains("time (ms)"), "no time axis");
}

#[test]
fn timeline_pictures_from_a_trace_and_directly() {
    for gil in ["1", "0"] {
        let dir = scratch(&format!("svg-{gil}"));
        std::fs::write(dir.join("two.py"), TWO_WORKERS).expect("script");
        gilpy(&dir, gil, &["-X", "trace=trace.json", "two.py"]);
        gilpy(&dir, gil, &["timeline", "trace.json", "-o", "drawn.svg"]);
        check_picture(&std::fs::read_to_string(dir.join("drawn.svg")).expect("drawn.svg"), gil == "1");
        gilpy(&dir, gil, &["-X", "trace=direct.svg", "two.py"]);
        check_picture(&std::fs::read_to_string(dir.join("direct.svg")).expect("direct.svg"), gil == "1");
    }
}

#[test]
fn timeline_reports_a_file_that_is_not_a_trace() {
    let dir = scratch("bad");
    std::fs::write(dir.join("bad.json"), "{\"traceEvents\": [").expect("file");
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["timeline", "bad.json"])
        .current_dir(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("gilpy timeline: 'bad.json' is not a trace:"));
    assert!(!dir.join("bad.svg").exists());
}

#[test]
fn drawing_is_a_function_of_the_timeline() {
    use gilpy::trace::{draw_svg, Kind, Slice, Timeline, Track};
    let slice = |start_us, dur_us, kind| Slice { start_us, dur_us, kind, object: None };
    let timeline = Timeline {
        gil_enabled: true,
        switch_interval_us: 5000,
        tracks: vec![
            Track { tid: 1, name: "Main <&>".into(), slices: vec![slice(0, 4000, Kind::Running), slice(4000, 6000, Kind::Join)], drop_requests: vec![] },
            Track {
                tid: 2,
                name: "worker".into(),
                slices: vec![slice(0, 4000, Kind::WaitingGil), slice(4000, 6000, Kind::Running)],
                drop_requests: vec![3000],
            },
        ],
    };
    let svg = draw_svg(&timeline);
    assert_eq!(svg, draw_svg(&timeline));
    assert_well_formed_xml(&svg);
    assert_eq!(svg.matches("<g class=\"lane\"").count(), 2);
    assert!(svg.contains(">Main &lt;&amp;&gt;</text>"));
    assert!(svg.contains("blocked: join"));
    assert!(svg.contains("drop request at 3 ms"));
}

#[test]
fn threads_still_running_at_exit_and_bare_threads_get_tracks() {
    let script = r#"
import threading, _thread
ready = threading.Event()
def spin():
    ready.set()
    while True:
        pass
threading.Thread(target=spin, daemon=True, name="forever").start()
ready.wait()
done = threading.Lock()
done.acquire()
def bare():
    done.release()
_thread.start_new_thread(bare, ())
done.acquire()
print("bye")
"#;
    for gil in ["1", "0"] {
        let dir = scratch(&format!("daemon-{gil}"));
        std::fs::write(dir.join("daemon.py"), script).expect("script");
        let out = gilpy(&dir, gil, &["-X", "trace=trace.json", "daemon.py"]);
        assert_eq!(String::from_utf8_lossy(&out.stdout), "bye\n");
        let text = std::fs::read_to_string(dir.join("trace.json")).expect("trace");
        let trace: Value = serde_json::from_str(&text).expect("JSON");
        let (names, slices) = tracks(&trace);
        let mut shown: Vec<&str> = names.values().map(String::as_str).collect();
        shown.sort();
        assert_eq!(shown.len(), 3, "GIL={gil}: {shown:?}");
        assert_eq!(&shown[..2], ["MainThread", "forever"], "GIL={gil}");
        assert!(shown[2].starts_with("thread "), "a bare _thread thread is named by its ident: {shown:?}");
        // The spinner's last slice was closed at exit.
        let forever = names.iter().find(|(_, n)| *n == "forever").map(|(t, _)| *t).expect("forever");
        assert!(slices[&forever].iter().any(|s| s.name.starts_with("running")), "GIL={gil}");
    }
}
