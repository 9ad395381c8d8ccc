//! The scaling plot of `gilpy compare -o PLOT.svg`: speed-up against thread
//! count, a line for GIL on, one for GIL off, a dashed ideal line and the
//! number of cores marked. Drawn in the timeline's style (src/trace/svg.rs:
//! its fonts, greys, title and legend), with its colours: red as the
//! timeline's "waiting for GIL", green as its "running". A pure function.

use std::fmt::Write;

use super::table::Row;
use crate::trace::escape_xml as escape;

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 500.0;
const LEFT: f64 = 70.0;
/// Room on the right for the lines' end values.
const RIGHT: f64 = WIDTH - 70.0;
const TOP: f64 = 46.0;
const BOTTOM: f64 = HEIGHT - 92.0;
const GIL_ON: &str = "#d62728";
const GIL_OFF: &str = "#2ca02c";
const IDEAL: &str = "#7f7f7f";
const CORES: &str = "#9467bd";

/// `title` names the script; `rows` must carry thread counts and speed-ups.
pub fn draw(title: &str, rows: &[Row], cores: usize) -> String {
    let points = |pick: fn(&Row) -> Option<f64>| -> Vec<(usize, f64)> {
        rows.iter().filter_map(|r| Some((r.threads?, pick(r)?))).collect()
    };
    let on = points(|r| r.on.speedup);
    let off = points(|r| r.off.speedup);
    let ideal = points(|r| r.ideal);
    let most_threads = rows.iter().filter_map(|r| r.threads).max().unwrap_or(1).max(1);
    // The cores are marked on the plot when they are near it (an 8-core
    // machine beside a 1,2 run); a far larger count only goes in the legend.
    let cores_shown = cores <= most_threads * 2;
    let x_end = most_threads.max(if cores_shown { cores } else { 1 }) as f64 * 1.04;
    let top_speedup = on.iter().chain(&off).chain(&ideal).map(|p| p.1).fold(1.0, f64::max);
    let y_step = tick_step(top_speedup);
    let y_end = (top_speedup / y_step).ceil() * y_step;
    let x_of = |t: f64| LEFT + t / x_end * (RIGHT - LEFT);
    let y_of = |s: f64| BOTTOM - s / y_end * (BOTTOM - TOP);

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(out, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(out, r#"<text x="{LEFT}" y="24" font-size="15" font-weight="bold">{}</text>"#, escape(title));

    // The grid and axes first, so the lines are drawn over them.
    let _ = writeln!(out, r##"<g id="axis" stroke="#cccccc" stroke-width="1">"##);
    for k in 0..=(y_end / y_step).round() as usize {
        let s = k as f64 * y_step;
        let y = y_of(s);
        let _ = writeln!(out, r#"<line x1="{LEFT}" y1="{y:.2}" x2="{RIGHT}" y2="{y:.2}"/>"#);
        let _ = writeln!(
            out,
            r##"<text x="{}" y="{y:.2}" text-anchor="end" dominant-baseline="middle" stroke="none" fill="#333333">{}x</text>"##,
            LEFT - 6.0,
            number(s)
        );
    }
    for row in rows {
        let Some(t) = row.threads else { continue };
        let x = x_of(t as f64);
        let _ = writeln!(out, r#"<line x1="{x:.2}" y1="{TOP}" x2="{x:.2}" y2="{}"/>"#, BOTTOM + 4.0);
        let _ = writeln!(
            out,
            r##"<text x="{x:.2}" y="{}" text-anchor="middle" stroke="none" fill="#333333">{t}</text>"##,
            BOTTOM + 18.0
        );
    }
    let _ = writeln!(out, r##"<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="#333333"/>"##);
    let _ = writeln!(out, r##"<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{BOTTOM}" stroke="#333333"/>"##);
    let _ = writeln!(
        out,
        r##"<text x="{RIGHT}" y="{}" text-anchor="end" stroke="none" fill="#333333">threads</text>"##,
        BOTTOM + 34.0
    );
    let _ = writeln!(
        out,
        r##"<text x="18" y="{:.1}" text-anchor="middle" stroke="none" fill="#333333" transform="rotate(-90 18 {:.1})">speed-up over {} thread{}</text>"##,
        (TOP + BOTTOM) / 2.0,
        (TOP + BOTTOM) / 2.0,
        ideal.first().map_or(1, |p| p.0),
        if ideal.first().map_or(1, |p| p.0) == 1 { "" } else { "s" }
    );
    out.push_str("</g>\n");

    // The cores: past this count, threads can only wait in parallel, not compute.
    if cores_shown {
        let x = x_of(cores as f64);
        let _ = writeln!(
            out,
            r#"<g id="cores"><line x1="{x:.2}" y1="{TOP}" x2="{x:.2}" y2="{BOTTOM}" stroke="{CORES}" stroke-width="1.5" stroke-dasharray="2 3"/><text x="{:.2}" y="{}" fill="{CORES}">{cores} core{}</text></g>"#,
            x + 4.0,
            TOP + 12.0,
            if cores == 1 { "" } else { "s" }
        );
    }

    series(&mut out, "ideal", "ideal (linear)", IDEAL, Some("6 4"), &ideal, &x_of, &y_of);
    series(&mut out, "gil-on", "GIL on", GIL_ON, None, &on, &x_of, &y_of);
    series(&mut out, "gil-off", "GIL off", GIL_OFF, None, &off, &x_of, &y_of);

    // The last value of each measured line, where the eye ends up: to the
    // right of its last point, pushed apart when the two would overlap.
    if let (Some(&(t_on, s_on)), Some(&(t_off, s_off))) = (on.last(), off.last()) {
        let (mut y_on, mut y_off) = (y_of(s_on), y_of(s_off));
        const APART: f64 = 14.0;
        if (y_on - y_off).abs() < APART {
            let middle = (y_on + y_off) / 2.0;
            let (upper, lower) = (middle - APART / 2.0, middle + APART / 2.0);
            (y_on, y_off) = if s_on >= s_off { (upper, lower) } else { (lower, upper) };
        }
        for (t, s, y, color) in [(t_on, s_on, y_on, GIL_ON), (t_off, s_off, y_off, GIL_OFF)] {
            let _ = writeln!(
                out,
                r#"<text class="end-value" x="{:.2}" y="{y:.2}" dominant-baseline="middle" fill="{color}" font-weight="bold">{s:.2}x</text>"#,
                x_of(t as f64) + 8.0,
            );
        }
    }

    // The legend, in a row under the axis as the timeline's.
    let legend_y = BOTTOM + 62.0;
    let mut x = LEFT;
    out.push_str("<g id=\"legend\">\n");
    let cores_label = format!(
        "{cores} core{} this process may use{}",
        if cores == 1 { "" } else { "s" },
        if cores_shown { "" } else { " (off the plot)" }
    );
    let entries: [(&str, &str, Option<&str>); 4] = [
        (GIL_ON, "GIL on", None),
        (GIL_OFF, "GIL off", None),
        (IDEAL, "ideal (linear)", Some("6 4")),
        (CORES, &cores_label, Some("2 3")),
    ];
    for (color, label, dash) in entries {
        let dash = dash.map_or(String::new(), |d| format!(r#" stroke-dasharray="{d}""#));
        let _ = writeln!(
            out,
            r#"<line x1="{x:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{color}" stroke-width="2.5"{dash}/>"#,
            legend_y - 4.0,
            x + 22.0,
            legend_y - 4.0
        );
        let _ = writeln!(out, r#"<text class="legend-entry" x="{:.1}" y="{legend_y}">{}</text>"#, x + 28.0, escape(label));
        // About 7 px a character at 12 px, plus the swatch.
        x += 28.0 + label.chars().count() as f64 * 7.0 + 24.0;
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// One line with a dot at each point (each dot's tooltip gives its value).
#[allow(clippy::too_many_arguments)]
fn series(
    out: &mut String,
    id: &str,
    name: &str,
    color: &str,
    dash: Option<&str>,
    points: &[(usize, f64)],
    x_of: &dyn Fn(f64) -> f64,
    y_of: &dyn Fn(f64) -> f64,
) {
    if points.is_empty() {
        return;
    }
    let path: Vec<String> = points.iter().map(|&(t, s)| format!("{:.2},{:.2}", x_of(t as f64), y_of(s))).collect();
    let dash = dash.map_or(String::new(), |d| format!(r#" stroke-dasharray="{d}""#));
    let _ = writeln!(out, r#"<g id="{id}" class="series">"#);
    let _ = writeln!(
        out,
        r#"<polyline points="{}" fill="none" stroke="{color}" stroke-width="2.5" stroke-linejoin="round"{dash}/>"#,
        path.join(" ")
    );
    for &(t, s) in points {
        let _ = writeln!(
            out,
            r#"<circle cx="{:.2}" cy="{:.2}" r="4" fill="{color}"><title>{}</title></circle>"#,
            x_of(t as f64),
            y_of(s),
            escape(&format!("{name}, {t} thread{}: {s:.2}x", if t == 1 { "" } else { "s" }))
        );
    }
    out.push_str("</g>\n");
}

/// A round step (1, 2 or 5 times a power of ten) giving at most 10 ticks up to `end`.
fn tick_step(end: f64) -> f64 {
    let mut step = 0.1;
    loop {
        for m in [1.0, 2.0, 5.0] {
            if end / (step * m) <= 10.0 {
                return step * m;
            }
        }
        step *= 10.0;
    }
}

/// 0.5, 1, 2.5: without trailing zeros.
fn number(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(1.0), 0.1);
        assert_eq!(tick_step(4.0), 0.5);
        assert_eq!(tick_step(8.0), 1.0);
        assert_eq!(tick_step(16.0), 2.0);
        assert_eq!(number(2.0), "2");
        assert_eq!(number(2.5), "2.5");
    }
}
