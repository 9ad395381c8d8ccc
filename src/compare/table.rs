//! From the runs to what is printed: medians per thread count and mode,
//! speed-ups, the table, its footer, the sentence that reads the result,
//! and the check that both modes printed the same thing.

use std::fmt::Write;
use std::time::Duration;

use super::run::{Measured, Mode};

/// The medians of one mode at one thread count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub wall: Duration,
    pub cpu: Duration,
    /// Summed over the threads.
    pub gil_wait: Duration,
    /// Time the threads ran Python (not blocked, not waiting for the GIL),
    /// summed over the threads: more than the CPU time when the machine
    /// gave the process less than it asked for.
    pub running: Duration,
    pub forced_drops: u64,
    /// Over the same mode's run at the smallest thread count.
    pub speedup: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// `None`: the script was run without a `{threads}` placeholder.
    pub threads: Option<usize>,
    pub on: Cell,
    pub off: Cell,
    /// The thread count over the smallest one: perfect scaling.
    pub ideal: Option<f64>,
}

/// The rows of the table, from every round's runs: `runs[count][mode]` holds
/// one `Measured` per round.
pub fn rows(counts: &[Option<usize>], runs: &[[Vec<Measured>; 2]]) -> Vec<Row> {
    let mut rows: Vec<Row> = counts
        .iter()
        .zip(runs)
        .map(|(&threads, [on, off])| Row { threads, on: medians(on), off: medians(off), ideal: None })
        .collect();
    let Some(Row { threads: Some(base), on: base_on, off: base_off, .. }) = rows.first().copied() else {
        return rows;
    };
    for row in &mut rows {
        let t = row.threads.unwrap_or(base);
        row.ideal = Some(t as f64 / base as f64);
        row.on.speedup = Some(ratio(base_on.wall, row.on.wall));
        row.off.speedup = Some(ratio(base_off.wall, row.off.wall));
    }
    rows
}

fn ratio(base: Duration, this: Duration) -> f64 {
    base.as_secs_f64() / this.as_secs_f64().max(1e-9)
}

fn medians(runs: &[Measured]) -> Cell {
    let nanos = |d: Duration| d.as_nanos().min(u64::MAX as u128) as u64;
    Cell {
        wall: Duration::from_nanos(median(runs.iter().map(|m| nanos(m.wall)))),
        cpu: Duration::from_nanos(median(runs.iter().map(|m| nanos(m.cpu)))),
        gil_wait: Duration::from_nanos(median(runs.iter().map(|m| m.gil.waiting_ns))),
        running: Duration::from_nanos(median(runs.iter().map(|m| m.gil.running_ns))),
        forced_drops: median(runs.iter().map(|m| m.gil.forced_drops)),
        speedup: None,
    }
}

/// The middle value; with an even count, the mean of the middle two.
fn median(values: impl Iterator<Item = u64>) -> u64 {
    let mut v: Vec<u64> = values.collect();
    v.sort_unstable();
    match v.len() {
        0 => 0,
        n if n % 2 == 1 => v[n / 2],
        n => v[n / 2 - 1] / 2 + v[n / 2] / 2 + (v[n / 2 - 1] % 2 + v[n / 2] % 2) / 2,
    }
}

// Column widths: `12.345 s` fits the times, `123.45x` the speed-ups.
const W_THREADS: usize = 7;
const W_TIME: usize = 9;
const W_SPEEDUP: usize = 8;
const W_WAIT: usize = 9;
const W_DROPS: usize = 6;

/// The table: a title, two header lines and a row per thread count.
pub fn render(title: &str, rows: &[Row]) -> String {
    let mut out = format!("{title}\n\n");
    let on_width = W_TIME * 2 + W_SPEEDUP + W_WAIT + W_DROPS + 8;
    let off_width = W_TIME * 2 + W_SPEEDUP + 4;
    let _ = writeln!(out, "{:W_THREADS$}  {}  {}", "", banner("GIL on", on_width), banner("GIL off", off_width));
    let _ = writeln!(
        out,
        "{:>W_THREADS$}  {:>W_TIME$}  {:>W_TIME$}  {:>W_SPEEDUP$}  {:>W_WAIT$}  {:>W_DROPS$}  {:>W_TIME$}  {:>W_TIME$}  {:>W_SPEEDUP$}  {:>W_SPEEDUP$}",
        "threads", "wall", "CPU", "speed-up", "waits GIL", "drops", "wall", "CPU", "speed-up", "ideal"
    );
    for row in rows {
        let threads = row.threads.map_or("-".to_owned(), |t| t.to_string());
        let _ = writeln!(
            out,
            "{threads:>W_THREADS$}  {:>W_TIME$}  {:>W_TIME$}  {:>W_SPEEDUP$}  {:>W_WAIT$}  {:>W_DROPS$}  {:>W_TIME$}  {:>W_TIME$}  {:>W_SPEEDUP$}  {:>W_SPEEDUP$}",
            seconds(row.on.wall),
            seconds(row.on.cpu),
            times(row.on.speedup),
            seconds(row.on.gil_wait),
            row.on.forced_drops,
            seconds(row.off.wall),
            seconds(row.off.cpu),
            times(row.off.speedup),
            times(row.ideal),
        );
    }
    out
}

/// `---- GIL on ----`, `width` wide.
fn banner(name: &str, width: usize) -> String {
    let dashes = width.saturating_sub(name.len() + 2);
    format!("{} {name} {}", "-".repeat(dashes / 2), "-".repeat(dashes - dashes / 2))
}

fn seconds(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn times(x: Option<f64>) -> String {
    x.map_or("-".to_owned(), |x| format!("{x:.2}x"))
}

/// The lines under the table: what the columns mean, the cores, and the
/// sentence that reads the result.
pub fn footer(rows: &[Row], cores: usize) -> String {
    let mut out = String::new();
    let most = rows.iter().filter_map(|r| r.threads).max();
    if let Some(base) = rows.first().and_then(|r| r.threads) {
        let _ = writeln!(
            out,
            "speed-up: the wall time at {base} thread{} over this row's, in the same mode; ideal: {}.",
            plural(base),
            if base == 1 { "the thread count" } else { "the thread count over the first row's" }
        );
    }
    out.push_str(
        "waits GIL: time the threads spent waiting to take the GIL, added up; drops: forced drops (the GIL handed on after a switch interval).\n",
    );
    let _ = write!(out, "cores this process may use: {cores}");
    if let Some(most) = most.filter(|&t| t > cores) {
        let _ = write!(
            out,
            " (fewer than {most} threads: running in parallel can give at most {}x)",
            trim(cores as f64 / rows[0].threads.unwrap_or(1) as f64)
        );
    }
    out.push('\n');
    if let Some(share) = busy_machine(rows) {
        let _ = writeln!(
            out,
            "the machine is busy: running alone, the script got {share:.2} of a core (CPU time over running time); the speed-ups understate what it can do."
        );
    }
    out.push_str(&reading(rows, cores));
    out.push('\n');
    out
}

/// The share of a core the first row's GIL-on run got while it ran Python,
/// when that is clearly less than one: other programs had the cores.
fn busy_machine(rows: &[Row]) -> Option<f64> {
    let first = rows.first()?.on;
    // Too short a run says nothing (start-up alone is a few ms of CPU).
    if first.running < Duration::from_millis(50) {
        return None;
    }
    let share = first.cpu.as_secs_f64() / first.running.as_secs_f64();
    (share < 0.75).then_some(share)
}

/// One sentence that says what the numbers mean.
pub fn reading(rows: &[Row], cores: usize) -> String {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else { return String::new() };
    let (Some(base), Some(most)) = (first.threads, last.threads) else {
        // One run per mode: compare the modes with each other.
        let x = ratio(first.on.wall, first.off.wall);
        return if x >= 1.1 {
            format!("GIL off: {x:.1}x as fast as GIL on.")
        } else if x <= 0.9 {
            format!("GIL off: {:.1}x slower than GIL on (its per-object locks cost more than they gained).", 1.0 / x)
        } else {
            "GIL on and off took about as long: the GIL did not hold this program back.".to_owned()
        };
    };
    if rows.len() < 2 {
        return format!("only one thread count ({base}): add more with --threads to see scaling.");
    }
    let ideal = most as f64 / base as f64;
    let parallel_limit = (cores.min(most) as f64 / base as f64).max(1.0);
    let off = last.off.speedup.unwrap_or(1.0);
    let on = last.on.speedup.unwrap_or(1.0);
    let mut off_part = format!("GIL off: {}x at {most} threads, {}% of ideal", trim(off), percent(off / ideal));
    if most > cores {
        if off <= parallel_limit * 1.1 {
            let _ = write!(off_part, " ({}% of the {}x that {cores} cores allow)", percent(off / parallel_limit), trim(parallel_limit));
        } else {
            off_part.push_str(" (more than the cores allow: the threads spend their time waiting, not computing)");
        }
    } else if off < 1.25 {
        off_part.push_str(" (the work does not spread over the threads)");
    }
    let on_part = if on < 0.9 {
        format!("GIL on: {}x, slower than one thread: the threads took turns and paid for the handovers", trim(on))
    } else if on < 1.25 {
        format!("GIL on: {}x, the threads took turns", trim(on))
    } else if on >= 0.8 * off {
        format!("GIL on: {}x too, the threads spend their time outside the GIL (waiting), where it does not hold them back", trim(on))
    } else {
        format!("GIL on: {}x, the threads overlap only while they are outside the GIL", trim(on))
    };
    format!("{off_part}; {on_part}.")
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A speed-up in a sentence: one decimal.
fn trim(x: f64) -> String {
    format!("{x:.1}")
}

fn percent(x: f64) -> String {
    format!("{:.0}", x * 100.0)
}

/// The first difference between a GIL-on and a GIL-off run's stdout, lines
/// starting with `time:` aside: (line number among the compared lines, the
/// GIL-on line, the GIL-off line; `None` where an output ended first).
pub type Difference = (usize, Option<String>, Option<String>);

pub fn first_difference(on: &str, off: &str) -> Option<Difference> {
    let kept = |s: &str| s.lines().filter(|l| !l.starts_with("time:")).map(String::from).collect::<Vec<_>>();
    let (on, off) = (kept(on), kept(off));
    let n = on.len().max(off.len());
    (0..n).find(|&i| on.get(i) != off.get(i)).map(|i| (i + 1, on.get(i).cloned(), off.get(i).cloned()))
}

/// What is said about the outputs: that they match, or where they first differ.
pub fn output_verdict(difference: Option<(&str, Difference)>, pairs: usize, differing: usize) -> String {
    let Some((which, (line, on, off))) = difference else {
        return "output: the same with the GIL on and off (lines starting with time: aside).\n".to_owned();
    };
    let shown = |l: Option<String>| l.map_or("(no such line: the output ended)".to_owned(), |l| format!("{l:?}"));
    let mut out = format!(
        "output: DIFFERS between GIL on and GIL off ({differing} of {pairs} pairs of runs); first in {which}, line {line} (time: lines aside):\n"
    );
    let _ = writeln!(out, "  {:8} {}", Mode::On.name(), shown(on));
    let _ = writeln!(out, "  {:8} {}", Mode::Off.name(), shown(off));
    out.push_str("A race that the GIL was hiding? Look at what the threads share.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(wall_ms: u64) -> Cell {
        let wall = Duration::from_millis(wall_ms);
        Cell { wall, cpu: wall, gil_wait: Duration::ZERO, running: wall, forced_drops: 0, speedup: None }
    }

    fn scaled(points: &[(usize, u64, u64)]) -> Vec<Row> {
        let mut rows: Vec<Row> = points.iter().map(|&(t, on, off)| Row { threads: Some(t), on: cell(on), off: cell(off), ideal: None }).collect();
        let (b_on, b_off, b_t) = (rows[0].on.wall, rows[0].off.wall, points[0].0);
        for r in &mut rows {
            r.on.speedup = Some(ratio(b_on, r.on.wall));
            r.off.speedup = Some(ratio(b_off, r.off.wall));
            r.ideal = Some(r.threads.unwrap() as f64 / b_t as f64);
        }
        rows
    }

    #[test]
    fn medians_take_the_middle() {
        let m = |v: &[u64]| median(v.iter().copied());
        assert_eq!(m(&[3, 1, 2]), 2);
        assert_eq!(m(&[4, 1, 2, 3000]), 3);
        assert_eq!(m(&[u64::MAX, u64::MAX]), u64::MAX);
        assert_eq!(m(&[]), 0);
    }

    #[test]
    fn cpu_bound_reads_as_taking_turns() {
        let rows = scaled(&[(1, 1000, 1000), (2, 1000, 520), (4, 1010, 270)]);
        assert_eq!(
            reading(&rows, 8),
            "GIL off: 3.7x at 4 threads, 93% of ideal; GIL on: 1.0x, the threads took turns."
        );
        assert!(reading(&rows, 2).contains("(more than the cores allow"), "{}", reading(&rows, 2));
        let rows = scaled(&[(1, 1000, 1000), (2, 1000, 520), (4, 1010, 510)]);
        assert!(reading(&rows, 2).contains("(98% of the 2.0x that 2 cores allow)"), "{}", reading(&rows, 2));
    }

    #[test]
    fn io_bound_reads_as_outside_the_gil() {
        let rows = scaled(&[(1, 1000, 1000), (4, 260, 255)]);
        assert!(reading(&rows, 8).contains("GIL on: 3.8x too"), "{}", reading(&rows, 8));
    }

    #[test]
    fn a_busy_machine_is_said_to_be_busy() {
        let mut rows = scaled(&[(1, 1000, 1000), (2, 1000, 600)]);
        assert!(!footer(&rows, 2).contains("busy"));
        rows[0].on.cpu = Duration::from_millis(300);
        assert!(footer(&rows, 2).contains("the machine is busy: running alone, the script got 0.30 of a core"), "{}", footer(&rows, 2));
    }

    #[test]
    fn differences_skip_time_lines() {
        assert_eq!(first_difference("a\ntime: 1\nb\n", "a\ntime: 2\nb\n"), None);
        assert_eq!(first_difference("a\nTrue\n", "time: 3\na\nFalse\n"), Some((2, Some("True".into()), Some("False".into()))));
        assert_eq!(first_difference("a\n", "a\nb\n"), Some((2, None, Some("b".into()))));
    }
}
