//! Drawing a timeline as an SVG picture: a lane per thread coloured by what
//! the thread does, drop requests as small marks, a time axis in ms and a
//! legend. A pure function of the timeline.

use std::fmt::Write;

use super::timeline::{Kind, Timeline};

const WIDTH: f64 = 1000.0;
const LABEL_WIDTH: f64 = 150.0;
const PLOT_LEFT: f64 = LABEL_WIDTH + 10.0;
const PLOT_RIGHT: f64 = WIDTH - 25.0;
const TOP: f64 = 46.0;
const LANE_HEIGHT: f64 = 24.0;
const LANE_GAP: f64 = 12.0;
const DROP_MARK_COLOR: &str = "#222222";
/// Slices narrower than this (in pixels) are not drawn: nobody could see them.
const MIN_WIDTH: f64 = 0.05;

pub fn draw(timeline: &Timeline) -> String {
    let end_us = timeline.end_us().max(1);
    let scale = (PLOT_RIGHT - PLOT_LEFT) / end_us as f64;
    let x_of = |us: u64| PLOT_LEFT + us as f64 * scale;
    let lanes = timeline.tracks.len();
    let axis_y = TOP + lanes as f64 * (LANE_HEIGHT + LANE_GAP);
    let legend_y = axis_y + 44.0;
    let kinds = kinds_shown(timeline);
    let legend_rows = legend_layout(&kinds, timeline.gil_enabled).last().map_or(1, |e| e.row + 1);
    let height = legend_y + legend_rows as f64 * 20.0 + 8.0;

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(out, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let mode = if timeline.gil_enabled {
        format!("GIL on (switch interval {} ms)", trim_ms(timeline.switch_interval_us as f64 / 1000.0))
    } else {
        "GIL off".to_owned()
    };
    let threads = if lanes == 1 { "1 thread".to_owned() } else { format!("{lanes} threads") };
    let _ = writeln!(
        out,
        r#"<text x="{PLOT_LEFT}" y="24" font-size="15" font-weight="bold">{}</text>"#,
        escape(&format!("gilpy timeline — {mode}, {threads}, {} ms", trim_ms((end_us as f64 / 100.0).round() / 10.0)))
    );

    // Grid lines and the axis first, so the lanes are drawn over them.
    let step = tick_step_us(end_us);
    let _ = writeln!(out, r##"<g id="axis" stroke="#cccccc" stroke-width="1">"##);
    let mut t = 0;
    while t <= end_us {
        let x = x_of(t);
        let _ = writeln!(out, r#"<line x1="{x:.2}" y1="{}" x2="{x:.2}" y2="{}"/>"#, TOP - 6.0, axis_y + 4.0);
        let _ = writeln!(
            out,
            r##"<text x="{x:.2}" y="{}" text-anchor="middle" stroke="none" fill="#333333">{}</text>"##,
            axis_y + 18.0,
            trim_ms(t as f64 / 1000.0)
        );
        t += step;
    }
    let _ = writeln!(
        out,
        r##"<line x1="{PLOT_LEFT}" y1="{axis_y}" x2="{PLOT_RIGHT}" y2="{axis_y}" stroke="#333333"/>"##
    );
    let _ = writeln!(
        out,
        r##"<text x="{PLOT_RIGHT}" y="{}" text-anchor="end" stroke="none" fill="#333333">time (ms)</text>"##,
        axis_y + 34.0
    );
    out.push_str("</g>\n");

    for (i, track) in timeline.tracks.iter().enumerate() {
        let y = TOP + i as f64 * (LANE_HEIGHT + LANE_GAP);
        let _ = writeln!(out, r#"<g class="lane" data-tid="{}">"#, track.tid);
        let _ = writeln!(
            out,
            r#"<text x="{LABEL_WIDTH}" y="{:.1}" text-anchor="end" dominant-baseline="middle">{}</text>"#,
            y + LANE_HEIGHT / 2.0,
            escape(&track.name)
        );
        let _ = writeln!(
            out,
            r##"<rect x="{PLOT_LEFT}" y="{y}" width="{:.2}" height="{LANE_HEIGHT}" fill="#f2f2f2"/>"##,
            PLOT_RIGHT - PLOT_LEFT
        );
        for s in &track.slices {
            let width = s.dur_us as f64 * scale;
            if width < MIN_WIDTH {
                continue;
            }
            let mut tip = format!(
                "{}: {}–{} ms",
                s.kind.label(timeline.gil_enabled),
                trim_ms(s.start_us as f64 / 1000.0),
                trim_ms(s.end_us() as f64 / 1000.0)
            );
            if let Some(object) = &s.object {
                let _ = write!(tip, " ({object})");
            }
            let _ = writeln!(
                out,
                r#"<rect x="{:.2}" y="{y}" width="{width:.2}" height="{LANE_HEIGHT}" fill="{}"><title>{}</title></rect>"#,
                x_of(s.start_us),
                s.kind.color(),
                escape(&tip)
            );
        }
        for &at in &track.drop_requests {
            let x = x_of(at);
            let _ = writeln!(
                out,
                r#"<path d="M{:.2} {} l4 -6 h-8 z" fill="{DROP_MARK_COLOR}"><title>drop request at {} ms</title></path>"#,
                x,
                y - 1.0,
                trim_ms(at as f64 / 1000.0)
            );
        }
        out.push_str("</g>\n");
    }

    out.push_str("<g id=\"legend\">\n");
    for entry in legend_layout(&kinds, timeline.gil_enabled) {
        let x = PLOT_LEFT + entry.column;
        let y = legend_y + entry.row as f64 * 20.0;
        match entry.kind {
            Some(kind) => {
                let _ = writeln!(out, r#"<rect x="{x:.1}" y="{}" width="14" height="12" fill="{}"/>"#, y - 10.0, kind.color());
            }
            None => {
                let _ = writeln!(out, r#"<path d="M{:.1} {} l5 -8 h-10 z" fill="{DROP_MARK_COLOR}"/>"#, x + 7.0, y + 1.0);
            }
        }
        let _ = writeln!(out, r#"<text class="legend-entry" x="{:.1}" y="{y}">{}</text>"#, x + 19.0, escape(&entry.label));
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// The kinds in the legend: running and waiting always, the others when they occur.
fn kinds_shown(timeline: &Timeline) -> Vec<Kind> {
    Kind::ALL
        .into_iter()
        .filter(|k| {
            matches!(k, Kind::Running | Kind::WaitingGil)
                || timeline.tracks.iter().any(|t| t.slices.iter().any(|s| s.kind == *k))
        })
        .collect()
}

struct LegendEntry {
    /// `None`: the drop-request mark.
    kind: Option<Kind>,
    label: String,
    row: usize,
    column: f64,
}

fn legend_layout(kinds: &[Kind], gil_enabled: bool) -> Vec<LegendEntry> {
    let mut entries: Vec<(Option<Kind>, String)> =
        kinds.iter().map(|k| (Some(*k), k.label(gil_enabled).to_owned())).collect();
    entries.push((None, "drop request".to_owned()));
    let mut laid = Vec::new();
    let (mut row, mut column) = (0, 0.0);
    for (kind, label) in entries {
        // About 7 px a character at 12 px, plus the swatch.
        let width = 19.0 + label.chars().count() as f64 * 7.0 + 22.0;
        if column > 0.0 && PLOT_LEFT + column + width > WIDTH {
            row += 1;
            column = 0.0;
        }
        laid.push(LegendEntry { kind, label, row, column });
        column += width;
    }
    laid
}

/// A round tick step (1, 2 or 5 times a power of ten µs) giving 5 to 12 ticks.
fn tick_step_us(end_us: u64) -> u64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if end_us / (step * m) <= 10 {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// Milliseconds without trailing zeros: 5, 2.5, 0.125.
fn trim_ms(ms: f64) -> String {
    let s = format!("{ms:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 text.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_steps_are_round() {
        assert_eq!(tick_step_us(1), 1);
        assert_eq!(tick_step_us(95), 10);
        assert_eq!(tick_step_us(1_000_000), 100_000);
        assert_eq!(tick_step_us(4_300_000), 500_000);
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
