//! Seeing the GIL at work: `-X gil-stats` (a table per thread at exit;
//! `-X gil-stats=json:PATH` writes the totals to PATH as JSON instead),
//! `-X trace=FILE.json` (a Chrome trace for Perfetto), `-X trace=FILE.svg`
//! and `gilpy timeline FILE.json -o FILE.svg` (a picture of the run).
//!
//! The `Gil` notes each thread's changes of state in a `record::Recorder`
//! (only when one of the options asked for it); at exit `finish` turns the
//! records into the table, the trace file or the picture.

mod chrome;
mod json;
pub mod record;
mod stats;
mod svg;
mod timeline;

use std::path::{Path, PathBuf};
use crate::objects::Arc;

pub use stats::Summary;
pub use timeline::{Kind, Slice, Timeline, Track};

use crate::vm::Vm;

/// What the `-X` options ask for.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub stats: bool,
    /// `-X gil-stats=json:PATH`: the totals, for a program to read.
    pub stats_json: Option<PathBuf>,
    pub trace: Option<PathBuf>,
}

impl Options {
    pub fn from_xoptions(xoptions: &[String]) -> Options {
        let mut options = Options::default();
        for opt in xoptions {
            if opt == "gil-stats" {
                options.stats = true;
            } else if let Some(path) = opt.strip_prefix("gil-stats=json:") {
                options.stats_json = Some(PathBuf::from(path));
            } else if let Some(path) = opt.strip_prefix("trace=") {
                options.trace = Some(PathBuf::from(path));
            }
        }
        options
    }

    fn wanted(&self) -> bool {
        self.stats || self.stats_json.is_some() || self.trace.is_some()
    }
}

/// At start-up, before the main thread takes the GIL: starts recording if
/// `-X gil-stats` or `-X trace=FILE` asks for it.
pub fn start(vm: &Vm) {
    let options = Options::from_xoptions(&vm.interp.config.xoptions);
    if options.wanted() {
        let recorder = record::Recorder::new(&vm.interp, options.trace.is_some());
        vm.interp.gil.set_recorder(Arc::new(recorder));
    }
}

/// At exit, from the main thread holding the GIL (after stdout is flushed):
/// prints the statistics and writes the trace.
pub fn finish(vm: &Vm) {
    let Some(recorder) = vm.interp.gil.recorder().cloned() else { return };
    let wall_ns = recorder.now_ns();
    let records = recorder.finish();
    let options = Options::from_xoptions(&vm.interp.config.xoptions);
    let gil_enabled = vm.interp.gil.enabled();
    let switch_interval_us = vm.interp.gil.switch_interval().as_micros() as u64;
    if options.stats {
        eprint!("{}", stats::render(&records, gil_enabled, switch_interval_us, wall_ns));
    }
    if let Some(path) = &options.stats_json {
        let summary = Summary::of(&records, gil_enabled, wall_ns);
        if let Err(e) = std::fs::write(path, summary.to_json()) {
            eprintln!("gilpy: can't write GIL statistics '{}': {e}", path.display());
        }
    }
    if let Some(path) = options.trace {
        let timeline = Timeline::from_records(&records, gil_enabled, switch_interval_us);
        if let Err(e) = save(&timeline, &path) {
            eprintln!("gilpy: can't write trace '{}': {e}", path.display());
        }
    }
}

/// Writes a trace file, or its picture when the name ends in `.svg`.
fn save(timeline: &Timeline, path: &Path) -> std::io::Result<()> {
    let text = if is_svg(path) { draw_svg(timeline) } else { chrome_trace(timeline) };
    std::fs::write(path, text)
}

fn is_svg(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// The timeline as a Chrome trace-event JSON document.
pub fn chrome_trace(timeline: &Timeline) -> String {
    chrome::write(timeline)
}

/// Reads a trace written by `-X trace=FILE.json`.
pub fn read_chrome_trace(text: &str) -> Result<Timeline, String> {
    chrome::read(text)
}

/// The timeline as an SVG picture.
pub fn draw_svg(timeline: &Timeline) -> String {
    svg::draw(timeline)
}

/// Text made safe for an SVG (XML) document: the one escaping both our
/// pictures use (the timeline and `gilpy compare`'s plot).
pub fn escape_xml(s: &str) -> String {
    svg::escape(s)
}

const TIMELINE_USAGE: &str = "usage: gilpy timeline TRACE.json [-o PICTURE.svg]
Draws a trace written by `gilpy -X trace=TRACE.json script.py` as an SVG
timeline: a lane per thread, coloured by what the thread was doing.
Without -o the picture goes beside the trace, with the extension .svg.
";

/// `gilpy timeline TRACE.json -o PICTURE.svg` (`args` follow the word `timeline`).
pub fn timeline_main(args: &[String]) -> i32 {
    let mut input = None;
    let mut output = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-h" | "--help" => {
                print!("{TIMELINE_USAGE}");
                return 0;
            }
            "-o" => {
                let Some(path) = args.get(i + 1) else {
                    eprint!("gilpy timeline: -o needs a file name\n{TIMELINE_USAGE}");
                    return 2;
                };
                output = Some(PathBuf::from(path));
                i += 1;
            }
            a if input.is_none() && !a.starts_with('-') => input = Some(PathBuf::from(a)),
            a => {
                eprint!("gilpy timeline: unexpected argument '{a}'\n{TIMELINE_USAGE}");
                return 2;
            }
        }
        i += 1;
    }
    let Some(input) = input else {
        eprint!("{TIMELINE_USAGE}");
        return 2;
    };
    let output = output.unwrap_or_else(|| input.with_extension("svg"));
    let text = match std::fs::read_to_string(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("gilpy timeline: can't read '{}': {e}", input.display());
            return 1;
        }
    };
    let timeline = match read_chrome_trace(&text) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("gilpy timeline: '{}' is not a trace: {e}", input.display());
            return 1;
        }
    };
    if let Err(e) = std::fs::write(&output, draw_svg(&timeline)) {
        eprintln!("gilpy timeline: can't write '{}': {e}", output.display());
        return 1;
    }
    0
}
