//! The timeline of a run: one track per thread, each a row of slices
//! (running, waiting for the GIL, blocked) and the moments the thread asked
//! for the GIL to be dropped. Built from the recorder at exit, or read back
//! from a trace file; written as a Chrome trace or drawn as an SVG.

use super::record::{Span, State, ThreadRecord};
use crate::vm::gil::Blocking;

/// What a slice shows a thread doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Running,
    WaitingGil,
    Sleep,
    Lock,
    Join,
    Queue,
    Input,
    Io,
}

impl Kind {
    pub const ALL: [Kind; 8] =
        [Kind::Running, Kind::WaitingGil, Kind::Sleep, Kind::Lock, Kind::Join, Kind::Queue, Kind::Input, Kind::Io];

    /// The slice's name in a trace (what Perfetto shows on it).
    pub fn label(self, gil_enabled: bool) -> &'static str {
        match self {
            Kind::Running if gil_enabled => "running (holds GIL)",
            Kind::Running => "running (no GIL)",
            Kind::WaitingGil => "waiting for GIL",
            Kind::Sleep => "blocked: sleep",
            Kind::Lock => "blocked: lock",
            Kind::Join => "blocked: join",
            Kind::Queue => "blocked: queue",
            Kind::Input => "blocked: input",
            Kind::Io => "blocked: io",
        }
    }

    /// The trace-event category: `running`, `waiting` or `blocked`.
    pub fn category(self) -> &'static str {
        match self {
            Kind::Running => "running",
            Kind::WaitingGil => "waiting",
            _ => "blocked",
        }
    }

    pub fn from_label(label: &str) -> Option<Kind> {
        if label.starts_with("running") {
            return Some(Kind::Running);
        }
        Kind::ALL.into_iter().find(|k| k.label(true) == label)
    }

    /// Fill colour in the SVG.
    pub fn color(self) -> &'static str {
        match self {
            Kind::Running => "#2ca02c",
            Kind::WaitingGil => "#d62728",
            Kind::Sleep => "#9ecae1",
            Kind::Lock => "#9467bd",
            Kind::Join => "#8c564b",
            Kind::Queue => "#e377c2",
            Kind::Input => "#bcbd22",
            Kind::Io => "#7f7f7f",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slice {
    pub start_us: u64,
    pub dur_us: u64,
    pub kind: Kind,
    /// The object waited for (a lock's address), if any.
    pub object: Option<String>,
}

impl Slice {
    pub fn end_us(&self) -> u64 {
        self.start_us + self.dur_us
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    /// The thread's `_thread.get_ident()`.
    pub tid: u64,
    pub name: String,
    pub slices: Vec<Slice>,
    /// When this thread, waiting for the GIL, asked the holder to drop it (µs).
    pub drop_requests: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub gil_enabled: bool,
    pub switch_interval_us: u64,
    pub tracks: Vec<Track>,
}

impl Timeline {
    pub fn from_records(records: &[ThreadRecord], gil_enabled: bool, switch_interval_us: u64) -> Timeline {
        let tracks = records
            .iter()
            .map(|r| Track {
                tid: r.ident,
                name: r.name.clone(),
                slices: r.spans.iter().filter_map(slice_of).collect(),
                drop_requests: r.drop_requests.iter().map(|ns| ns / 1000).collect(),
            })
            .collect();
        Timeline { gil_enabled, switch_interval_us, tracks }
    }

    /// The end of the last slice or mark, in µs.
    pub fn end_us(&self) -> u64 {
        let slices = self.tracks.iter().flat_map(|t| t.slices.iter().map(Slice::end_us));
        let marks = self.tracks.iter().flat_map(|t| t.drop_requests.iter().copied());
        slices.chain(marks).max().unwrap_or(0)
    }
}

/// A recorded span in whole microseconds. Both ends are rounded down, so
/// spans that followed one another (or did not overlap) still do not; a span
/// that rounds to nothing is left out.
fn slice_of(span: &Span) -> Option<Slice> {
    let start_us = span.start_ns / 1000;
    let end_us = span.end_ns / 1000;
    if end_us <= start_us {
        return None;
    }
    let (kind, object) = match span.state {
        State::Outside => return None,
        State::Running => (Kind::Running, None),
        State::WaitingGil => (Kind::WaitingGil, None),
        State::Blocked(why) => match why {
            Blocking::Sleep => (Kind::Sleep, None),
            Blocking::Lock(a) => (Kind::Lock, Some(format!("{a:#x}"))),
            Blocking::Join(a) => (Kind::Join, Some(format!("{a:#x}"))),
            Blocking::Queue(a) => (Kind::Queue, Some(format!("{a:#x}"))),
            Blocking::Input => (Kind::Input, None),
            Blocking::Io => (Kind::Io, None),
        },
    };
    Some(Slice { start_us, dur_us: end_us - start_us, kind, object })
}
