//! The `-X gil-stats` table printed at exit.

use std::fmt::Write;

use super::record::{add_totals, ThreadRecord, Totals};

const COLUMNS: [&str; 7] =
    ["running ms", "holds GIL ms", "waits GIL ms", "blocked ms", "acquisitions", "forced drops", "voluntary releases"];

/// The table: a row per thread, a total row and a footer that defines the columns.
pub fn render(records: &[ThreadRecord], gil_enabled: bool, switch_interval_us: u64, wall_ns: u64) -> String {
    let mut out = String::new();
    let mode = if gil_enabled {
        format!("GIL on, switch interval {} ms", millis(switch_interval_us * 1000))
    } else {
        "GIL off".to_owned()
    };
    let _ = writeln!(out, "GIL statistics ({mode}; wall time {} ms)", millis(wall_ns));
    let mut total = Totals::default();
    let mut rows: Vec<(String, [String; 7])> = Vec::new();
    for r in records {
        let t = &r.totals;
        add_totals(&mut total, t);
        rows.push((r.name.clone(), cells(t, gil_enabled)));
    }
    rows.push(("total".to_owned(), cells(&total, gil_enabled)));
    let name_width = rows.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0).max("thread".len());
    let _ = write!(out, "{:<name_width$}", "thread");
    for c in COLUMNS {
        let _ = write!(out, "  {c}");
    }
    out.push('\n');
    for (name, cells) in &rows {
        let _ = write!(out, "{name:<name_width$}");
        for (cell, c) in cells.iter().zip(COLUMNS) {
            let _ = write!(out, "  {cell:>w$}", w = c.len());
        }
        out.push('\n');
    }
    out.push_str(
        "running: time a thread ran Python, outside blocking calls and GIL waits.\n\
         holds GIL: time from taking the GIL to letting it go; with the GIL on it equals running, with it off there is no GIL to hold.\n\
         waits GIL: time spent waiting to take the GIL (at start, after a forced drop or a blocking call).\n\
         blocked: time in blocking calls (sleep, lock, join, queue, input, I/O), without the GIL.\n\
         forced drops: GIL given up because a waiter asked after a switch interval; voluntary releases: given up for a blocking call.\n",
    );
    out
}

fn cells(t: &Totals, gil_enabled: bool) -> [String; 7] {
    let held = if gil_enabled { t.running_ns } else { 0 };
    [
        millis(t.running_ns),
        millis(held),
        millis(t.waiting_ns),
        millis(t.blocked_ns),
        t.acquisitions.to_string(),
        t.forced_drops.to_string(),
        t.voluntary_releases.to_string(),
    ]
}

/// Nanoseconds as milliseconds with one decimal.
fn millis(ns: u64) -> String {
    format!("{:.1}", ns as f64 / 1e6)
}
