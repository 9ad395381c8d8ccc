//! Civil time for the `time` module, computed from Unix time without the
//! C library: the proleptic Gregorian calendar (Howard Hinnant's
//! days-from-civil algorithms), the broken-down time of `gmtime`, its
//! inverse for `mktime`, and `strftime` with glibc's directives.
//!
//! Local time is UTC: gilpy reads no time-zone database (see `time.rs`).

/// A broken-down time, as C's `struct tm` but with CPython's conventions:
/// months 1-12, weekday 0 = Monday, day of the year from 1.
#[derive(Clone, Debug)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// Days since 1970-01-01 of a date (month 1-12, any day, normalised).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01: (year, month 1-12, day).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// `gmtime(secs)`: the UTC broken-down time of a Unix time.
pub fn gmtime(secs: i64, zone: &str) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: zone.to_owned(),
        gmtoff: 0,
    }
}

/// `mktime`: the Unix time of a broken-down UTC time, whose fields may lie
/// out of their ranges (they carry into the next field, as C's mktime).
pub fn timegm(tm: &Tm) -> i64 {
    let months = tm.mon - 1;
    let year = tm.year + months.div_euclid(12);
    let mon = months.rem_euclid(12) + 1;
    let days = days_from_civil(year, mon, 1) + tm.mday - 1;
    days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).clamp(0, 11) as usize]
}

/// `asctime`: 'Thu Jan  1 00:00:00 1970'.
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday = tm.wday; // Monday = 0
    let yday0 = tm.yday - 1;
    let week = (yday0 - wday + 10) / 7;
    if week < 1 {
        let prev = tm.year - 1;
        let prev_days = if is_leap(prev) { 366 } else { 365 };
        let (_, w) = iso_week(&Tm { year: prev, yday: tm.yday + prev_days, ..tm.clone() });
        return (prev, w);
    }
    let days_in_year = if is_leap(tm.year) { 366 } else { 365 };
    if week == 53 && yday0 - wday + 3 >= days_in_year {
        return (tm.year + 1, 1);
    }
    (tm.year, week)
}

/// How a numeric field is padded: glibc's `-` (none), `_` (spaces), `0`.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Default,
    None,
    Space,
    Zero,
}

fn number(out: &mut String, n: i64, width: usize, default_pad: char, pad: Pad, min_width: Option<usize>) {
    let width = min_width.unwrap_or(width);
    let fill = match pad {
        Pad::None => {
            out.push_str(&n.to_string());
            return;
        }
        Pad::Space => ' ',
        Pad::Zero => '0',
        Pad::Default => default_pad,
    };
    let digits = n.abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    let len = digits.len() + sign.len();
    if fill == '0' {
        out.push_str(sign);
        out.extend(std::iter::repeat('0').take(width.saturating_sub(len)));
    } else {
        out.extend(std::iter::repeat(' ').take(width.saturating_sub(len)));
        out.push_str(sign);
    }
    out.push_str(&digits);
}

/// `strftime(format, tm)` with the directives of glibc.
pub fn strftime(format: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad = Pad::Default;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            pad = match chars[i] {
                '-' => Pad::None,
                '_' => Pad::Space,
                '0' => Pad::Zero,
                _ => pad,
            };
            i += 1;
        }
        let mut width = None;
        let mut w = 0usize;
        while i < chars.len() && chars[i].is_ascii_digit() {
            w = w * 10 + chars[i].to_digit(10).unwrap_or(0) as usize;
            width = Some(w);
            i += 1;
        }
        while i < chars.len() && matches!(chars[i], 'E' | 'O') {
            i += 1;
        }
        let Some(&d) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let text = |out: &mut String, s: &str| {
            if let Some(w) = width {
                out.extend(std::iter::repeat(' ').take(w.saturating_sub(s.chars().count())));
            }
            out.push_str(s);
        };
        match d {
            'Y' => number(&mut out, tm.year, 1, '0', pad, width),
            'C' => number(&mut out, tm.year.div_euclid(100), 2, '0', pad, width),
            'y' => number(&mut out, tm.year.rem_euclid(100), 2, '0', pad, width),
            'm' => number(&mut out, tm.mon, 2, '0', pad, width),
            'd' => number(&mut out, tm.mday, 2, '0', pad, width),
            'e' => number(&mut out, tm.mday, 2, ' ', pad, width),
            'H' => number(&mut out, tm.hour, 2, '0', pad, width),
            'k' => number(&mut out, tm.hour, 2, ' ', pad, width),
            'I' => number(&mut out, hour12, 2, '0', pad, width),
            'l' => number(&mut out, hour12, 2, ' ', pad, width),
            'M' => number(&mut out, tm.min, 2, '0', pad, width),
            'S' => number(&mut out, tm.sec, 2, '0', pad, width),
            'j' => number(&mut out, tm.yday, 3, '0', pad, width),
            'w' => number(&mut out, (tm.wday + 1) % 7, 1, '0', pad, width),
            'u' => number(&mut out, tm.wday + 1, 1, '0', pad, width),
            'U' => number(&mut out, (tm.yday - 1 + 7 - (tm.wday + 1) % 7) / 7, 2, '0', pad, width),
            'W' => number(&mut out, (tm.yday - 1 + 7 - tm.wday) / 7, 2, '0', pad, width),
            'G' => number(&mut out, iso_week(tm).0, 1, '0', pad, width),
            'g' => number(&mut out, iso_week(tm).0.rem_euclid(100), 2, '0', pad, width),
            'V' => number(&mut out, iso_week(tm).1, 2, '0', pad, width),
            's' => number(&mut out, timegm(tm) - tm.gmtoff, 1, '0', pad, width),
            'a' => text(&mut out, &day_name(tm)[..3]),
            'A' => text(&mut out, day_name(tm)),
            'b' | 'h' => text(&mut out, &month_name(tm)[..3]),
            'B' => text(&mut out, month_name(tm)),
            'p' => text(&mut out, if tm.hour < 12 { "AM" } else { "PM" }),
            'P' => text(&mut out, if tm.hour < 12 { "am" } else { "pm" }),
            'Z' => text(&mut out, &tm.zone),
            'z' => {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.abs();
                out.push_str(&format!("{sign}{:02}{:02}", off / 3600, off % 3600 / 60));
            }
            'c' => out.push_str(&asctime(tm)),
            'x' => out.push_str(&strftime("%m/%d/%y", tm)),
            'D' => out.push_str(&strftime("%m/%d/%y", tm)),
            'X' | 'T' => out.push_str(&strftime("%H:%M:%S", tm)),
            'F' => out.push_str(&strftime("%Y-%m-%d", tm)),
            'R' => out.push_str(&strftime("%H:%M", tm)),
            'r' => out.push_str(&strftime("%I:%M:%S %p", tm)),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            _ => out.extend(&chars[start..i]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_days() {
        for z in [-800_000, -1, 0, 1, 59, 60, 10_957, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(10_957), (2000, 1, 1));
    }
}
