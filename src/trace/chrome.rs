//! The Chrome trace-event format (what Perfetto and chrome://tracing open):
//! writing a timeline, and reading one back for `gilpy timeline`.
//!
//! Each thread is a track (`tid` = its ident) named by a `thread_name`
//! metadata event; its slices are complete events (`"ph": "X"`, `ts` and
//! `dur` in µs) and its drop requests thread-scoped instant events.

use std::fmt::Write;

use super::json::{self, Json};
use super::timeline::{Kind, Slice, Timeline, Track};

const PID: u32 = 1;

pub fn write(timeline: &Timeline) -> String {
    let mut events: Vec<String> = Vec::new();
    let mode = if timeline.gil_enabled { "gilpy (GIL on)" } else { "gilpy (GIL off)" };
    events.push(metadata("process_name", 0, mode));
    for track in &timeline.tracks {
        events.push(metadata("thread_name", track.tid, &track.name));
        events.push(format!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":{PID},"tid":{},"args":{{"sort_index":{}}}}}"#,
            track.tid, track.tid
        ));
    }
    for track in &timeline.tracks {
        for slice in &track.slices {
            let mut e = String::new();
            e.push_str(r#"{"name":"#);
            json::write_str(&mut e, slice.kind.label(timeline.gil_enabled));
            let _ = write!(
                e,
                r#","cat":"{}","ph":"X","ts":{},"dur":{},"pid":{PID},"tid":{}"#,
                slice.kind.category(),
                slice.start_us,
                slice.dur_us,
                track.tid
            );
            if let Some(object) = &slice.object {
                e.push_str(r#","args":{"lock":"#);
                json::write_str(&mut e, object);
                e.push('}');
            }
            e.push('}');
            events.push(e);
        }
        for at in &track.drop_requests {
            events.push(format!(
                r#"{{"name":"drop request","cat":"gil","ph":"i","s":"t","ts":{at},"pid":{PID},"tid":{}}}"#,
                track.tid
            ));
        }
    }
    let mut out = String::from("{\"traceEvents\":[\n");
    out.push_str(&events.join(",\n"));
    let _ = write!(
        out,
        "\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{{\"generator\":\"gilpy\",\"gil\":\"{}\",\"switch_interval_us\":{}}}}}\n",
        if timeline.gil_enabled { "on" } else { "off" },
        timeline.switch_interval_us
    );
    out
}

fn metadata(name: &str, tid: u64, value: &str) -> String {
    let mut e = format!(r#"{{"name":"{name}","ph":"M","pid":{PID},"tid":{tid},"args":{{"name":"#);
    json::write_str(&mut e, value);
    e.push_str("}}");
    e
}

/// Reads a trace written by `write` (other producers' events that do not
/// fit are skipped).
pub fn read(text: &str) -> Result<Timeline, String> {
    let doc = json::parse(text)?;
    let events = match &doc {
        Json::Array(items) => items,
        _ => match doc.get("traceEvents") {
            Some(Json::Array(items)) => items,
            _ => return Err("no \"traceEvents\" array".to_owned()),
        },
    };
    let other = doc.get("otherData");
    let gil_enabled = other.and_then(|o| o.get("gil")).and_then(Json::as_str) != Some("off");
    let switch_interval_us = other.and_then(|o| o.get("switch_interval_us")).and_then(Json::as_u64).unwrap_or(0);
    let mut tracks: Vec<Track> = Vec::new();
    for event in events {
        let Some(tid) = event.get("tid").and_then(Json::as_u64) else { continue };
        let name = event.get("name").and_then(Json::as_str).unwrap_or("");
        let phase = event.get("ph").and_then(Json::as_str).unwrap_or("");
        match phase {
            "M" if name == "thread_name" => {
                let thread = event.get("args").and_then(|a| a.get("name")).and_then(Json::as_str).unwrap_or("");
                track_of(&mut tracks, tid).name = thread.to_owned();
            }
            "X" => {
                let Some(kind) = Kind::from_label(name) else { continue };
                let (Some(start_us), Some(dur_us)) =
                    (event.get("ts").and_then(Json::as_u64), event.get("dur").and_then(Json::as_u64))
                else {
                    continue;
                };
                let object = event.get("args").and_then(|a| a.get("lock")).and_then(Json::as_str).map(str::to_owned);
                track_of(&mut tracks, tid).slices.push(Slice { start_us, dur_us, kind, object });
            }
            "i" | "I" if name == "drop request" => {
                if let Some(at) = event.get("ts").and_then(Json::as_u64) {
                    track_of(&mut tracks, tid).drop_requests.push(at);
                }
            }
            _ => {}
        }
    }
    tracks.sort_by_key(|t| t.tid);
    for t in &mut tracks {
        t.slices.sort_by_key(|s| s.start_us);
        if t.name.is_empty() {
            t.name = format!("thread {}", t.tid);
        }
    }
    Ok(Timeline { gil_enabled, switch_interval_us, tracks })
}

fn track_of(tracks: &mut Vec<Track>, tid: u64) -> &mut Track {
    let at = match tracks.iter().position(|t| t.tid == tid) {
        Some(at) => at,
        None => {
            tracks.push(Track { tid, name: String::new(), slices: Vec::new(), drop_requests: Vec::new() });
            tracks.len() - 1
        }
    };
    &mut tracks[at]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_timeline_reads_back_the_same() {
        let timeline = Timeline {
            gil_enabled: true,
            switch_interval_us: 5000,
            tracks: vec![
                Track {
                    tid: 1,
                    name: "Main \"quoted\"\n".into(),
                    slices: vec![
                        Slice { start_us: 0, dur_us: 10, kind: Kind::Running, object: None },
                        Slice { start_us: 10, dur_us: 90, kind: Kind::Join, object: Some("0x7f00".into()) },
                    ],
                    drop_requests: vec![],
                },
                Track {
                    tid: 2,
                    name: "worker".into(),
                    slices: vec![Slice { start_us: 12, dur_us: 5, kind: Kind::WaitingGil, object: None }],
                    drop_requests: vec![15],
                },
            ],
        };
        assert_eq!(read(&write(&timeline)), Ok(timeline));
    }
}
