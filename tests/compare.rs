//! `gilpy compare`, driven through the built binary: the table's shape (an
//! insta snapshot with every measured number masked), the plot, the check
//! that both GIL modes print the same, a failing child, and usage errors.
//! Nothing here depends on how fast the machine is: only shapes and words
//! are checked, never timings.

mod common;

use std::path::Path;

use common::{run_gilpy, scratch, stderr_of, stdout_of};

/// Splits a little work between `sys.argv[1]` threads; the checksum is the
/// same for every count, the `time:` line is not.
const TINY: &str = r#"
import sys
import threading
import time

n = int(sys.argv[1])
results = [0] * n

def work(k):
    total = 0
    for i in range(k, 20000, n):
        total += i
    results[k] = total

started = time.perf_counter()
threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum:", sum(results))
print("time:", time.perf_counter() - started)
"#;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write script");
}

/// Masks what changes from run to run and machine to machine: every number
/// in a table row but its thread count (each run of digits becomes one `#`,
/// right-aligned in the same width, so the columns stay put), the core
/// count, and the reading of the result.
fn masked(stdout: &str) -> String {
    let mut out = String::new();
    for line in stdout.lines() {
        let line = if line.starts_with("cores this process may use:") {
            "cores this process may use: [cores]".to_owned()
        } else if line.starts_with("GIL off:") {
            "GIL off: [the reading of the result]".to_owned()
        } else if line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            let first_end = line.len() - line.trim_start().len() + line.trim_start().find(' ').unwrap_or(0);
            format!("{}{}", &line[..first_end], mask_numbers(&line[first_end..]))
        } else {
            line.to_owned()
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn mask_numbers(s: &str) -> String {
    let mut out = String::new();
    let mut run = 0;
    for c in s.chars() {
        if c.is_ascii_digit() || (run > 0 && c == '.') {
            run += 1;
            continue;
        }
        if run > 0 {
            out.push_str(&" ".repeat(run - 1));
            out.push('#');
            run = 0;
        }
        out.push(c);
    }
    if run > 0 {
        out.push_str(&" ".repeat(run - 1));
        out.push('#');
    }
    out
}

#[test]
fn table_shape_and_plot() {
    let dir = scratch("compare", "table");
    write(&dir, "tiny.py", TINY);
    let out = run_gilpy(&dir, &["compare", "--threads", "1,2", "--runs", "1", "-o", "plot.svg", "tiny.py", "{threads}"]);
    let stdout = stdout_of(&out);
    assert!(out.status.success(), "status {}\n{stdout}\n{}", out.status, stderr_of(&out));
    // The child's own output stays out of the way.
    assert!(!stdout.contains("checksum"), "{stdout}");
    insta::assert_snapshot!(masked(&stdout));

    let svg = std::fs::read_to_string(dir.join("plot.svg")).expect("the plot is written");
    check_well_formed(&svg);
    for id in ["gil-on", "gil-off", "ideal"] {
        let start = svg.find(&format!(r#"<g id="{id}" class="series">"#)).unwrap_or_else(|| panic!("no {id} line:\n{svg}"));
        let group = &svg[start..start + svg[start..].find("</g>").expect("group ends")];
        let polyline = group.split("points=\"").nth(1).expect("a polyline").split('"').next().unwrap();
        assert_eq!(polyline.split_whitespace().count(), 2, "{id}: a point per thread count: {polyline}");
        assert_eq!(group.matches("<circle").count(), 2, "{id}");
    }
    assert!(svg.contains(r#"stroke-dasharray="6 4""#), "the ideal line is dashed");
    assert!(svg.contains("this process may use"), "the cores are in the legend");
}

/// A small XML well-formedness check: tags nest and close, attributes are
/// quoted, `&` starts an entity; enough to catch a broken writer.
fn check_well_formed(xml: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = xml.trim_start();
    assert!(rest.starts_with("<svg"), "starts with <svg");
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt]);
        let gt = rest[lt..].find('>').expect("every tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name.trim()), "closing tag matches");
        } else {
            let self_closing = tag.ends_with('/');
            let body = tag.trim_end_matches('/');
            let name = body.split_whitespace().next().expect("tag name");
            assert_eq!(body.matches('"').count() % 2, 0, "quotes pair in <{tag}>");
            let attrs = &body[name.len()..];
            for part in attrs.split('"').step_by(2) {
                let part = part.trim();
                assert!(part.is_empty() || part.ends_with('='), "attribute values are quoted in <{tag}>");
            }
            if !self_closing {
                open.push(name);
            }
        }
        if open.is_empty() {
            break;
        }
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    assert!(rest.trim().is_empty(), "nothing after the root: {rest:?}");
}

#[test]
#[should_panic(expected = "closing tag matches")]
fn the_xml_check_can_fail() {
    check_well_formed("<svg><g></svg>");
}

fn check_text(text: &str) {
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
        assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity), "bad entity {entity:?}");
    }
    assert!(!text.contains('>'), "stray > in text {text:?}");
}

#[test]
fn output_that_differs_between_modes_is_shown() {
    let dir = scratch("compare", "differs");
    write(&dir, "gil.py", "import sys\nprint('same')\nprint(sys._is_gil_enabled())\nprint('time: 1')\n");
    let out = run_gilpy(&dir, &["compare", "--runs", "2", "gil.py"]);
    let stdout = stdout_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", stderr_of(&out));
    assert!(stdout.contains("output: DIFFERS between GIL on and GIL off (2 of 2 pairs of runs); first in round 1, line 2"), "{stdout}");
    assert!(stdout.contains("  GIL on   \"True\"\n  GIL off  \"False\"\n"), "{stdout}");
    // Without a {threads} placeholder: one row, no speed-ups.
    assert!(stdout.lines().any(|l| l.trim_start().starts_with("- ") && l.trim_end().ends_with('-')), "{stdout}");
}

#[test]
fn the_same_output_is_said_to_be_the_same() {
    let dir = scratch("compare", "same");
    write(&dir, "same.py", "import time\nprint('hello')\nprint('time:', time.perf_counter())\n");
    let out = run_gilpy(&dir, &["compare", "--runs", "1", "--show-output", "same.py"]);
    let stdout = stdout_of(&out);
    assert!(out.status.success(), "{stdout}\n{}", stderr_of(&out));
    assert!(stdout.contains("output: the same with the GIL on and off (lines starting with time: aside)."), "{stdout}");
    // --show-output lets each run's output through, under a heading.
    assert!(stdout.contains("--- GIL on, round 1 ---\nhello\n"), "{stdout}");
    assert!(stdout.contains("--- GIL off, round 1 ---\nhello\n"), "{stdout}");
}

#[test]
fn a_failing_child_stops_the_comparison() {
    let dir = scratch("compare", "fails");
    write(&dir, "fails.py", "import sys\nprint('partial')\nif int(sys.argv[1]) == 2:\n    sys.stderr.write('boom\\n')\n    sys.exit(3)\n");
    let out = run_gilpy(&dir, &["compare", "--threads", "1,2", "--runs", "1", "fails.py", "{threads}"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert_eq!(stdout_of(&out), "", "no table, and no child output without --show-output");
    assert_eq!(stderr, "gilpy compare: the script failed (exit status 3) with the GIL on (2 threads, round 1); its stderr:\nboom\n");

    write(&dir, "raises.py", "print(1 / 0)\n");
    let out = run_gilpy(&dir, &["compare", "--runs", "1", "raises.py"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("exit status 1) with the GIL on (round 1); its stderr:\nTraceback (most recent call last):"), "{stderr}");
    assert!(stderr.ends_with("ZeroDivisionError: division by zero\n"), "{stderr}");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let dir = scratch("compare", "usage");
    write(&dir, "ok.py", "pass\n");
    for (args, said) in [
        (&["--threads", "0", "ok.py", "{threads}"][..], "gilpy compare: --threads takes whole numbers from 1 to 4096 (separated by commas for --threads), not '0'\n"),
        (&["--threads", "x", "ok.py"][..], "gilpy compare: --threads takes whole numbers from 1 to 4096 (separated by commas for --threads), not 'x'\n"),
        (&["--runs", "-1", "ok.py"][..], "not '-1'"),
        (&["--frobnicate", "ok.py"][..], "gilpy compare: unknown option '--frobnicate'\n"),
        (&[][..], "gilpy compare: no script given\n"),
        (&["missing.py"][..], "missing.py': [Errno 2] No such file or directory\n"),
    ] {
        let mut words = vec!["compare"];
        words.extend_from_slice(args);
        let out = run_gilpy(&dir, &words);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        assert!(stderr.contains("usage: gilpy compare"), "{args:?}: {stderr}");
        assert_eq!(stdout_of(&out), "", "{args:?}");
    }
    let out = run_gilpy(&dir, &["compare", "--help"]);
    assert!(out.status.success());
    assert!(stdout_of(&out).starts_with("usage: gilpy compare"));
}

#[test]
fn gil_stats_json_gives_the_totals() {
    let dir = scratch("compare", "stats-json");
    write(&dir, "tiny.py", TINY);
    for gil in ["1", "0"] {
        let flag = format!("gil={gil}");
        let out = run_gilpy(&dir, &["-X", &flag, "-X", "gil-stats=json:stats.json", "tiny.py", "3"]);
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(stderr_of(&out), "", "the JSON form prints no table");
        let text = std::fs::read_to_string(dir.join("stats.json")).expect("stats written");
        let stats: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(stats["gil_enabled"], serde_json::Value::Bool(gil == "1"), "{text}");
        assert_eq!(stats["threads"], 4, "the main thread and three workers: {text}");
        for key in ["wall_ns", "running_ns", "waiting_ns", "blocked_ns", "acquisitions", "forced_drops", "voluntary_releases"] {
            assert!(stats[key].is_u64(), "{key}: {text}");
        }
        if gil == "0" {
            assert_eq!(stats["forced_drops"], 0, "{text}");
        }
    }
}
