//! The `-X gil-stats` table printed at exit, and its totals as a small JSON
//! document (`-X gil-stats=json:PATH`) that `gilpy compare` reads from its
//! child processes instead of parsing the table.

use std::fmt::Write;

use super::json::{self, Json};
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

/// The totals over all threads of one run: what `-X gil-stats=json:PATH` writes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    pub gil_enabled: bool,
    pub wall_ns: u64,
    pub threads: u64,
    pub running_ns: u64,
    pub waiting_ns: u64,
    pub blocked_ns: u64,
    pub acquisitions: u64,
    pub forced_drops: u64,
    pub voluntary_releases: u64,
}

/// The fields of `Summary` in its JSON form, in order (all but `gil_enabled`).
const SUMMARY_NUMBERS: [&str; 8] = [
    "wall_ns",
    "threads",
    "running_ns",
    "waiting_ns",
    "blocked_ns",
    "acquisitions",
    "forced_drops",
    "voluntary_releases",
];

impl Summary {
    pub fn of(records: &[ThreadRecord], gil_enabled: bool, wall_ns: u64) -> Summary {
        let mut total = Totals::default();
        for r in records {
            add_totals(&mut total, &r.totals);
        }
        Summary {
            gil_enabled,
            wall_ns,
            threads: records.len() as u64,
            running_ns: total.running_ns,
            waiting_ns: total.waiting_ns,
            blocked_ns: total.blocked_ns,
            acquisitions: total.acquisitions,
            forced_drops: total.forced_drops,
            voluntary_releases: total.voluntary_releases,
        }
    }

    fn numbers(&self) -> [u64; 8] {
        [
            self.wall_ns,
            self.threads,
            self.running_ns,
            self.waiting_ns,
            self.blocked_ns,
            self.acquisitions,
            self.forced_drops,
            self.voluntary_releases,
        ]
    }

    /// One JSON object on one line.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\"gil_enabled\": {}", self.gil_enabled);
        for (name, n) in SUMMARY_NUMBERS.iter().zip(self.numbers()) {
            let _ = write!(out, ", ");
            json::write_str(&mut out, name);
            let _ = write!(out, ": {n}");
        }
        out.push_str("}\n");
        out
    }

    pub fn from_json(text: &str) -> Result<Summary, String> {
        let doc = json::parse(text)?;
        let gil_enabled = match doc.get("gil_enabled") {
            Some(Json::Bool(b)) => *b,
            _ => return Err("no \"gil_enabled\"".to_owned()),
        };
        let mut n = [0u64; 8];
        for (slot, name) in n.iter_mut().zip(SUMMARY_NUMBERS) {
            *slot = doc.get(name).and_then(Json::as_u64).ok_or_else(|| format!("no number \"{name}\""))?;
        }
        let [wall_ns, threads, running_ns, waiting_ns, blocked_ns, acquisitions, forced_drops, voluntary_releases] = n;
        Ok(Summary {
            gil_enabled,
            wall_ns,
            threads,
            running_ns,
            waiting_ns,
            blocked_ns,
            acquisitions,
            forced_drops,
            voluntary_releases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reads_back_what_it_writes() {
        let s = Summary { gil_enabled: true, wall_ns: 12, threads: 3, waiting_ns: 7, forced_drops: 41, ..Summary::default() };
        assert_eq!(Summary::from_json(&s.to_json()), Ok(s));
        assert!(Summary::from_json("{\"gil_enabled\": true}").is_err());
    }
}
