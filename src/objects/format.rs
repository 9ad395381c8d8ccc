//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings),
//! float repr, `round(x, n)` for floats, and `repr()` of strings.
//!
//! Everything here mirrors CPython 3.11 (`Python/formatter_unicode.c`,
//! `Python/pystrtod.c`, `Objects/floatobject.c`, `Objects/unicodeobject.c`)
//! closely enough that outputs and error messages are identical.  The
//! module is independent of the VM's object model: callers hand in plain
//! Rust values.
//!
//! Errors are returned as the message of the exception CPython raises.  That
//! exception is `ValueError` except for the few messages recognised by
//! [`is_overflow_error`], which are `OverflowError`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::numparse;

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `align` is `None` when not given; the default depends on the formatted
/// type (right for numbers, left for strings, and `=` for numbers when the
/// `0` flag is present), so it is resolved by the `format_*` functions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character; `'0'` when the `0` flag supplied it.
    pub fill: char,
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` flag (3.11): turn negative zero results into positive zero.
    pub coerce_neg_zero: bool,
    pub alternate: bool,
    /// The `0` flag was given (and no explicit fill character).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            coerce_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// CPython's `Py_ssize_t` maximum, the bound for width and precision.
const SSIZE_MAX: usize = i64::MAX as usize;

impl FormatSpec {
    /// Parses a spec.  The "Invalid format specifier" message names the
    /// object's type, which this cannot know, so it says `object`; use
    /// [`FormatSpec::parse_for`] (or the `apply_*_spec` helpers) when the
    /// type is known.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        Self::parse_for(spec, "object")
    }

    /// Parses a spec for formatting an object whose type is `type_name`
    /// (only used in the "Invalid format specifier" message).
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        let mut fill_specified = false;

        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = chars[0];
            out.align = Some(chars[1]);
            fill_specified = true;
            pos = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        if pos < chars.len() && matches!(chars[pos], '+' | '-' | ' ') {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == 'z' {
            out.coerce_neg_zero = true;
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        // A leading '0' only means zero padding when no fill was given.
        if !fill_specified && pos < chars.len() && chars[pos] == '0' {
            out.fill = '0';
            out.zero_pad = true;
            pos += 1;
        }
        out.width = parse_decimal(&chars, &mut pos)?;
        if pos < chars.len() && chars[pos] == ',' {
            out.grouping = Some(',');
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == '_' {
            if out.grouping.is_some() {
                return Err("Cannot specify both ',' and '_'.".into());
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == ',' && out.grouping == Some('_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        if pos < chars.len() && chars[pos] == '.' {
            pos += 1;
            out.precision = parse_decimal(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err("Format specifier missing precision".into());
            }
        }
        if chars.len() - pos > 1 {
            return Err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ));
        }
        if pos < chars.len() {
            out.ty = Some(chars[pos]);
        }
        Ok(out)
    }

    /// CPython validates the grouping option against the type code while
    /// parsing, with a per-type default code (`d` for int, `s` for str,
    /// none for float); we do it here, first thing in each formatter, which
    /// gives the same error precedence.
    fn check_grouping(&self, default_ty: Option<char>) -> Result<(), String> {
        let Some(sep) = self.grouping else {
            return Ok(());
        };
        let ty = self.ty.or(default_ty);
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
            Some(t) => Err(if (t as u32) > 32 && (t as u32) < 128 {
                format!("Cannot specify '{}' with '{}'.", sep, t)
            } else {
                format!("Cannot specify '{}' with '\\x{:x}'.", sep, t as u32)
            }),
        }
    }

    /// Group size: hex/octal/binary group by four, decimal by three.
    fn group_size(&self) -> usize {
        match self.ty {
            Some('b' | 'o' | 'x' | 'X') => 4,
            _ => 3,
        }
    }
}

/// Reads an optional run of decimal digits (any Unicode decimal digit, as
/// CPython's `get_integer` does).
fn parse_decimal(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| numparse::decimal_value(c)) {
        if acc > (SSIZE_MAX - d as usize) / 10 {
            return Err("Too many decimal digits in format string".into());
        }
        acc = acc * 10 + d as usize;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc))
}

/// True for the error messages of this module that CPython raises as
/// `OverflowError` rather than `ValueError`.
pub fn is_overflow_error(msg: &str) -> bool {
    msg.starts_with("%c arg not in range")
        || msg.starts_with("Python int too large")
        || msg.starts_with("int too large to convert")
}

fn unknown_code(ty: char, type_name: &str) -> String {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        format!(
            "Unknown format code '{}' for object of type '{}'",
            ty, type_name
        )
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            ty as u32, type_name
        )
    }
}

// ---------------------------------------------------------------------------
// Number layout (CPython's calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// The pieces of a formatted number:
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    /// Decimal point present (it is followed by `remainder`).
    has_decimal: bool,
    /// Everything after the integer digits and decimal point: fraction,
    /// exponent, '%', or the whole text for "inf"/"nan"/'c'.
    remainder: &'a str,
}

fn layout_number(p: &NumberParts, spec: &FormatSpec, upper: bool) -> String {
    let sign = match (p.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let width = spec.width.map_or(-1, |w| w as isize);
    let n_nondigit = sign.is_some() as isize
        + p.prefix.len() as isize
        + p.has_decimal as isize
        + p.remainder.chars().count() as isize;
    // Zero padding with '=' goes *inside* the digit grouping ("0,001,234").
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_nondigit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        let sep = if spec.ty == Some('n') {
            None
        } else {
            spec.grouping
        };
        group_digits(p.digits, min_width, sep, spec.group_size())
    };
    let padding = (width - n_nondigit - grouped.chars().count() as isize).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(spec.fill, lpad));
    out.extend(sign);
    out.push_str(&if upper {
        p.prefix.to_uppercase()
    } else {
        p.prefix.to_string()
    });
    out.extend(std::iter::repeat_n(spec.fill, spad));
    out.push_str(&if upper {
        grouped.to_uppercase()
    } else {
        grouped
    });
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    out.extend(std::iter::repeat_n(spec.fill, rpad));
    out
}

/// Inserts separators every `group` digits from the right, zero-filling on
/// the left until at least `min_width` characters are produced (CPython's
/// `_PyUnicode_InsertThousandsGrouping`, which puts separators in the zero
/// padding too).
fn group_digits(digits: &str, min_width: isize, sep: Option<char>, group: usize) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    // Pieces are produced right to left and reversed at the end.
    let mut pieces: Vec<String> = Vec::new();
    let take = |remaining: &mut isize, l: isize, pieces: &mut Vec<String>| {
        let n_chars = (*remaining).min(l).max(0);
        let n_zeros = (l - *remaining).max(0);
        let end = *remaining as usize;
        let start = end - n_chars as usize;
        let mut piece = "0".repeat(n_zeros as usize);
        piece.push_str(std::str::from_utf8(&digits[start..end]).unwrap());
        pieces.push(piece);
        *remaining -= n_chars;
    };
    let Some(sep) = sep else {
        let l = remaining.max(min_width).max(1);
        take(&mut remaining, l, &mut pieces);
        return pieces.pop().unwrap();
    };
    loop {
        let l = (group as isize).min(remaining.max(min_width).max(1));
        take(&mut remaining, l, &mut pieces);
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator's width
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/// `format(v, spec)` for an int (types b c d o x X n, None, and e E f F g G %
/// via conversion to float).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_typed(v, spec, "int")
}

/// Like [`format_int`], naming `type_name` (e.g. "bool") in error messages.
pub fn format_int_typed(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match check_int_spec(spec, type_name)? {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float(numparse::bigint_to_f64(v)?, spec),
        'c' => format_char(v.to_i64(), spec),
        ty => {
            let digits = match int_radix(ty) {
                10 => numparse::int_to_decimal(&v.abs())?,
                radix => v.magnitude().to_str_radix(radix),
            };
            Ok(layout_int(v.is_negative(), &digits, ty, spec))
        }
    }
}

/// Fast path of [`format_int`] for machine-sized ints; identical results.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, String> {
    match check_int_spec(spec, "int")? {
        // `as` rounds to nearest, ties to even, like int.__float__.
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float(v as f64, spec),
        'c' => format_char(Some(v), spec),
        ty => {
            let m = v.unsigned_abs();
            let digits = match int_radix(ty) {
                2 => format!("{:b}", m),
                8 => format!("{:o}", m),
                16 => format!("{:x}", m),
                _ => m.to_string(),
            };
            Ok(layout_int(v < 0, &digits, ty, spec))
        }
    }
}

/// The spec checks CPython makes for ints, in its order; returns the
/// effective type code (float codes mean "convert to float").
fn check_int_spec(spec: &FormatSpec, type_name: &str) -> Result<char, String> {
    spec.check_grouping(Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return Ok(ty),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.coerce_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' && spec.sign.is_some() {
        return Err("Sign not allowed with integer format specifier 'c'".into());
    }
    if ty == 'c' && spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
    }
    Ok(ty)
}

fn int_radix(ty: char) -> u32 {
    match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// Lays out an int's magnitude digits with sign, `#` prefix and padding.
fn layout_int(negative: bool, digits: &str, ty: char, spec: &FormatSpec) -> String {
    let prefix = match ty {
        'b' => "0b",
        'o' => "0o",
        'x' | 'X' => "0x",
        _ => "",
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, ty == 'X')
}

/// Type 'c': the character with code `code` (None: did not fit a C long).
fn format_char(code: Option<i64>, spec: &FormatSpec) -> Result<String, String> {
    let x = code.ok_or("Python int too large to convert to C long")?;
    let ch = u32::try_from(x)
        .ok()
        .filter(|&x| x <= 0x10FFFF)
        .ok_or("%c arg not in range(0x110000)")?;
    // Lone surrogates cannot live in a Rust string; U+FFFD stands in.
    let s = char::from_u32(ch).unwrap_or('\u{FFFD}').to_string();
    // Like CPython, treat the character as a "remainder" (never grouped).
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &s,
    };
    Ok(layout_number(&parts, spec, false))
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

/// How many digits to ask of the binary-to-decimal conversion (the modes of
/// David Gay's `_Py_dg_dtoa` that CPython uses).
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: shortest string that round-trips.
    Shortest,
    /// Mode 2: this many significant digits (>= 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// Correctly rounded decimal digits of the finite, non-negative `v`:
/// `(digits, decpt)` meaning `0.<digits> * 10**decpt`, with no leading or
/// trailing zeros (except `"0"` for zero).  Rust's float formatting is
/// exact (shortest round-trip for `{:e}`, round-half-even on the exact
/// binary value with a precision), which is what dtoa computes.
fn dtoa(v: f64, mode: DtoaMode) -> (Vec<u8>, i32) {
    if v == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let from_exp = |s: String| {
        let (mant, exp) = s.split_once('e').unwrap();
        let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        (digits, exp.parse::<i32>().unwrap() + 1)
    };
    match mode {
        DtoaMode::Shortest => {
            let (digits, decpt) = from_exp(format!("{:e}", v));
            // When two shortest candidates are equally close to v, dtoa
            // takes the even one while Rust's may not.  Ties need 16+
            // digits (shorter candidates are too far apart for both to
            // round-trip), so only then compare with the correctly rounded
            // string of the same length, preferred whenever it round-trips.
            if digits.len() >= 16 {
                let rounded = format!("{:.*e}", digits.len() - 1, v);
                if rounded.parse::<f64>() == Ok(v) {
                    return from_exp(rounded);
                }
            }
            (digits, decpt)
        }
        DtoaMode::Significant(n) => from_exp(format!("{:.*e}", n - 1, v)),
        DtoaMode::Fixed(p) => {
            let s = format!("{:.*}", p, v);
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = int_part.len() as i32;
            let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
            let lead = digits.iter().take_while(|&&b| b == b'0').count();
            digits.drain(..lead);
            decpt -= lead as i32;
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            if digits.is_empty() {
                // Rounded to zero: dtoa reports no digits at -precision.
                decpt = -(p as i32);
            }
            (digits, decpt)
        }
    }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtsFlags {
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
}

/// `PyOS_double_to_string(v, code, precision, flags)`: `code` is one of
/// e E f F g G r.  Returns the text including a leading '-' if negative.
fn double_to_string(v: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if v.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    let mut negative = v.is_sign_negative();
    if v.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if negative {
            format!("-{}", s)
        } else {
            s.into()
        };
    }
    let mut precision = precision as i64;
    let mode = match code {
        'e' => {
            precision += 1;
            DtoaMode::Significant(precision as usize)
        }
        'f' => DtoaMode::Fixed(precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            DtoaMode::Significant(precision as usize)
        }
        _ => DtoaMode::Shortest,
    };
    let (digits, decpt) = dtoa(v.abs(), mode);
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16, // repr switches at 1e16
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Output the slice [vdigits_start, vdigits_end) of the digit string
    // extended with zeros on both sides, with the point at decpt.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8) as usize);
    if negative {
        out.push('-');
    }
    let digit_at = |i: i64| {
        if i >= 0 && i < digits_len {
            digits[i as usize] as char
        } else {
            '0'
        }
    };
    for i in vdigits_start..vdigits_end {
        if i == decpt {
            out.push('.');
        }
        out.push(digit_at(i));
    }
    if vdigits_end == decpt {
        out.push('.');
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let e = if upper { 'E' } else { 'e' };
        out.push_str(&format!(
            "{}{}{:02}",
            e,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// `repr(v)` / `str(v)` for a float.
pub fn float_repr(v: f64) -> String {
    double_to_string(
        v,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}

/// `repr(v)` without the ".0" an integral value gets: a part of a complex's repr.
pub fn float_repr_short(v: f64) -> String {
    double_to_string(v, 'r', 0, DtsFlags::default())
}

/// `'%.{precision}{code}' % v` style conversion, used by `%`-formatting:
/// `code` in e E f F g G; `alt` is the `#` flag.
pub fn float_to_string(v: f64, code: char, precision: usize, alt: bool) -> String {
    double_to_string(
        v,
        code,
        precision,
        DtsFlags {
            alt,
            ..Default::default()
        },
    )
}

/// `format(v, spec)` for a float (types e E f F g G n % and None).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_typed(v, spec, "float")
}

/// Like [`format_float`], naming `type_name` in error messages.
pub fn format_float_typed(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    spec.check_grouping(None)?;
    let mut code = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => t,
        Some('n') => 'g',
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let flags = DtsFlags {
        alt: spec.alternate,
        // No type: like repr, or 'g' keeping at least one fractional digit.
        add_dot_0: spec.ty.is_none(),
        no_neg_0: spec.coerce_neg_zero,
    };
    let mut v = v;
    let pct = code == '%';
    if pct {
        code = 'f';
        v *= 100.0;
    }
    let precision = match spec.precision {
        None if code == 'r' => 0,
        None => 6,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(v, code, precision, flags);
    if pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let has_decimal = body[n_int..].starts_with('.');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..n_int],
        has_decimal,
        remainder: &body[n_int + has_decimal as usize..],
    };
    Ok(layout_number(&parts, spec, false))
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a str (type 's' or None; precision truncates).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    spec.check_grouping(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.coerce_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let mut len = s.chars().count();
    let body = match spec.precision {
        Some(p) if p < len => {
            len = p;
            s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i])
        }
        _ => s,
    };
    Ok(pad(
        body,
        len,
        spec.width.unwrap_or(0),
        spec.fill,
        spec.align.unwrap_or('<'),
    ))
}

/// Pads `s` (of `len` chars) to `width` with `fill`, aligned per `align`.
fn pad(s: &str, len: usize, width: usize, fill: char, align: char) -> String {
    if width <= len {
        return s.to_string();
    }
    let total = width - len;
    let left = match align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, total - left));
    out
}

// ---------------------------------------------------------------------------
// Entry points taking the spec as text
// ---------------------------------------------------------------------------

/// `format(v, spec)` for an int-like object: empty spec gives `str_value`
/// (what `str()` of the object is, e.g. "True" for bools).
pub fn apply_int_spec(
    v: &BigInt,
    spec: &str,
    type_name: &str,
    str_value: impl FnOnce() -> String,
) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(str_value());
    }
    format_int_typed(v, &FormatSpec::parse_for(spec, type_name)?, type_name)
}

/// `format(v, spec)` for a float (empty spec gives `str(v)`).
pub fn apply_float_spec(v: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    format_float(v, &FormatSpec::parse_for(spec, "float")?)
}

/// `format(s, spec)` for a str.
pub fn apply_str_spec(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &FormatSpec::parse_for(spec, "str")?)
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(v, ndigits)` for a float: the exact binary value rounded
/// half-to-even to `ndigits` decimal places, then correctly rounded back to
/// a float.  Err is the message of CPython's `OverflowError`.
pub fn round_float(v: f64, ndigits: i64) -> Result<f64, String> {
    // Beyond these bounds the result is v itself / a signed zero.
    // CPython: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and
    // -(DBL_MAX_EXP + 1) * 0.30103, truncated.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !v.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(v);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * v);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, v)
    } else {
        // Round to a multiple of 10**k exactly with big integers.
        let k = (-ndigits) as u32;
        let (mant, exp) = decompose(v.abs());
        let (num, den) = if exp >= 0 {
            (
                BigInt::from(mant) << exp as usize,
                BigInt::from(10u32).pow(k),
            )
        } else {
            (
                BigInt::from(mant),
                BigInt::from(10u32).pow(k) << (-exp) as usize,
            )
        };
        let (q, r) = num_integer::Integer::div_rem(&num, &den);
        let twice: BigInt = r << 1usize;
        let q = if twice > den || (twice == den && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        format!("{}{}e{}", if v < 0.0 { "-" } else { "" }, q, k)
    };
    let r: f64 = text.parse().unwrap();
    if r.is_infinite() {
        return Err("rounded value too large to represent".into());
    }
    // "-0.00" parses to -0.0 as in CPython; keep the sign for zero results.
    Ok(if r == 0.0 { 0.0f64.copysign(v) } else { r })
}

/// `round(v)` with no ndigits: nearest integer, ties to even (as a float;
/// convert with `numparse::float_to_int`).
pub fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() == 0.5 {
        2.0 * (v / 2.0).round()
    } else {
        r
    }
}

/// Splits a finite non-negative float into `mant * 2**exp` exactly.
fn decompose(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let e = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if e == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), e - 1075)
    }
}

// ---------------------------------------------------------------------------
// str repr / ascii
// ---------------------------------------------------------------------------

/// `repr(s)`: single quotes unless the text contains `'` and no `"`;
/// backslash escapes for the quote, `\\`, `\t \n \r`, other ASCII control
/// characters and non-printable characters; printable non-ASCII kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7F => push_hex_escape(&mut out, c),
            c if (c as u32) < 0x7F => out.push(c),
            c if is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` applied to a repr: escapes every non-ASCII character
/// (`\xNN`, `\uNNNN`, `\UNNNNNNNN`), as `PyObject_ASCII` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

fn push_hex_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n <= 0xFF {
        out.push_str(&format!("\\x{:02x}", n));
    } else if n <= 0xFFFF {
        out.push_str(&format!("\\u{:04x}", n));
    } else {
        out.push_str(&format!("\\U{:08x}", n));
    }
}

/// `str.isprintable()` for one character (Unicode 14.0, as in CPython 3.11).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return (0x20..0x7F).contains(&n);
    }
    // Binary search for a non-printable range containing n.
    let i = NON_PRINTABLE.partition_point(|&(_, hi)| hi < n);
    !(i < NON_PRINTABLE.len() && NON_PRINTABLE[i].0 <= n)
}

/// Ranges (inclusive) of non-printable characters at or above U+0080:
/// categories Cc Cf Cs Co Cn Zl Zp Zs.  Generated from CPython 3.11's
/// `str.isprintable`.
#[rustfmt::skip]
static NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B), (0x38D, 0x38D),
    (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C), (0x590, 0x590),
    (0x5C8, 0x5CF), (0x5EB, 0x5EE), (0x5F5, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70E, 0x70F), (0x74B, 0x74C), (0x7B2, 0x7BF), (0x7FB, 0x7FC), (0x82E, 0x82F),
    (0x83F, 0x83F), (0x85C, 0x85D), (0x85F, 0x85F), (0x86B, 0x86F), (0x88F, 0x897),
    (0x8E2, 0x8E2), (0x984, 0x984), (0x98D, 0x98E), (0x991, 0x992), (0x9A9, 0x9A9),
    (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB), (0x9C5, 0x9C6), (0x9C9, 0x9CA),
    (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5), (0x9FF, 0xA00),
    (0xA04, 0xA04), (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29), (0xA31, 0xA31),
    (0xA34, 0xA34), (0xA37, 0xA37), (0xA3A, 0xA3B), (0xA3D, 0xA3D), (0xA43, 0xA46),
    (0xA49, 0xA4A), (0xA4E, 0xA50), (0xA52, 0xA58), (0xA5D, 0xA5D), (0xA5F, 0xA65),
    (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E), (0xA92, 0xA92), (0xAA9, 0xAA9),
    (0xAB1, 0xAB1), (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6), (0xACA, 0xACA),
    (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5), (0xAF2, 0xAF8), (0xB00, 0xB00),
    (0xB04, 0xB04), (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29), (0xB31, 0xB31),
    (0xB34, 0xB34), (0xB3A, 0xB3B), (0xB45, 0xB46), (0xB49, 0xB4A), (0xB4E, 0xB54),
    (0xB58, 0xB5B), (0xB5E, 0xB5E), (0xB64, 0xB65), (0xB78, 0xB81), (0xB84, 0xB84),
    (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98), (0xB9B, 0xB9B), (0xB9D, 0xB9D),
    (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD), (0xBC3, 0xBC5),
    (0xBC9, 0xBC9), (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5), (0xBFB, 0xBFF),
    (0xC0D, 0xC0D), (0xC11, 0xC11), (0xC29, 0xC29), (0xC3A, 0xC3B), (0xC45, 0xC45),
    (0xC49, 0xC49), (0xC4E, 0xC54), (0xC57, 0xC57), (0xC5B, 0xC5C), (0xC5E, 0xC5F),
    (0xC64, 0xC65), (0xC70, 0xC76), (0xC8D, 0xC8D), (0xC91, 0xC91), (0xCA9, 0xCA9),
    (0xCB4, 0xCB4), (0xCBA, 0xCBB), (0xCC5, 0xCC5), (0xCC9, 0xCC9), (0xCCE, 0xCD4),
    (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0), (0xCF3, 0xCFF),
    (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49), (0xD50, 0xD53),
    (0xD64, 0xD65), (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99), (0xDB2, 0xDB2),
    (0xDBC, 0xDBC), (0xDBE, 0xDBF), (0xDC7, 0xDC9), (0xDCB, 0xDCE), (0xDD5, 0xDD5),
    (0xDD7, 0xDD7), (0xDE0, 0xDE5), (0xDF0, 0xDF1), (0xDF5, 0xE00), (0xE3B, 0xE3E),
    (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85), (0xE8B, 0xE8B), (0xEA4, 0xEA4),
    (0xEA6, 0xEA6), (0xEBE, 0xEBF), (0xEC5, 0xEC5), (0xEC7, 0xEC7), (0xECE, 0xECF),
    (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70), (0xF98, 0xF98),
    (0xFBD, 0xFBD), (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6), (0x10C8, 0x10CC),
    (0x10CE, 0x10CF), (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257), (0x1259, 0x1259),
    (0x125E, 0x125F), (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1), (0x12B6, 0x12B7),
    (0x12BF, 0x12BF), (0x12C1, 0x12C1), (0x12C6, 0x12C7), (0x12D7, 0x12D7), (0x1311, 0x1311),
    (0x1316, 0x1317), (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F), (0x13F6, 0x13F7),
    (0x13FE, 0x13FF), (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF), (0x1716, 0x171E),
    (0x1737, 0x173F), (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771), (0x1774, 0x177F),
    (0x17DE, 0x17DF), (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E), (0x181A, 0x181F),
    (0x1879, 0x187F), (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F), (0x192C, 0x192F),
    (0x193C, 0x193F), (0x1941, 0x1943), (0x196E, 0x196F), (0x1975, 0x197F), (0x19AC, 0x19AF),
    (0x19CA, 0x19CF), (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F), (0x1A7D, 0x1A7E),
    (0x1A8A, 0x1A8F), (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF), (0x1B4D, 0x1B4F),
    (0x1B7F, 0x1B7F), (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C), (0x1C89, 0x1C8F),
    (0x1CBB, 0x1CBC), (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17), (0x1F1E, 0x1F1F),
    (0x1F46, 0x1F47), (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A), (0x1F5C, 0x1F5C),
    (0x1F5E, 0x1F5E), (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5), (0x1FD4, 0x1FD5),
    (0x1FDC, 0x1FDC), (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F), (0x2028, 0x202F),
    (0x205F, 0x206F), (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F), (0x20C1, 0x20CF),
    (0x20F1, 0x20FF), (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F), (0x2B74, 0x2B75),
    (0x2B96, 0x2B96), (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C), (0x2D2E, 0x2D2F),
    (0x2D68, 0x2D6E), (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7), (0x2DAF, 0x2DAF),
    (0x2DB7, 0x2DB7), (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF), (0x2DD7, 0x2DD7),
    (0x2DDF, 0x2DDF), (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF), (0x2FD6, 0x2FEF),
    (0x2FFC, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130),
    (0x318F, 0x318F), (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F), (0xA4C7, 0xA4CF),
    (0xA62C, 0xA63F), (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4),
    (0xA7DA, 0xA7F1), (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F), (0xA8C6, 0xA8CD),
    (0xA8DA, 0xA8DF), (0xA954, 0xA95E), (0xA97D, 0xA97F), (0xA9CE, 0xA9CE), (0xA9DA, 0xA9DD),
    (0xA9FF, 0xA9FF), (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B), (0xAAC3, 0xAADA),
    (0xAAF7, 0xAB00), (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F), (0xAB27, 0xAB27),
    (0xAB2F, 0xAB2F), (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF), (0xD7A4, 0xD7AF),
    (0xD7C7, 0xD7CA), (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF), (0xFB07, 0xFB12),
    (0xFB18, 0xFB1C), (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F), (0xFB42, 0xFB42),
    (0xFB45, 0xFB45), (0xFBC3, 0xFBD2), (0xFD90, 0xFD91), (0xFDC8, 0xFDCE), (0xFDD0, 0xFDEF),
    (0xFE1A, 0xFE1F), (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F), (0xFE75, 0xFE75),
    (0xFEFD, 0xFF00), (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1), (0xFFD8, 0xFFD9),
    (0xFFDD, 0xFFDF), (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF), (0x1000C, 0x1000C),
    (0x10027, 0x10027), (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F),
    (0x1005E, 0x1007F), (0x100FB, 0x100FF), (0x10103, 0x10106), (0x10134, 0x10136),
    (0x1018F, 0x1018F), (0x1019D, 0x1019F), (0x101A1, 0x101CF), (0x101FE, 0x1027F),
    (0x1029D, 0x1029F), (0x102D1, 0x102DF), (0x102FC, 0x102FF), (0x10324, 0x1032C),
    (0x1034B, 0x1034F), (0x1037B, 0x1037F), (0x1039E, 0x1039E), (0x103C4, 0x103C7),
    (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7),
    (0x104FC, 0x104FF), (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B),
    (0x1058B, 0x1058B), (0x10593, 0x10593), (0x10596, 0x10596), (0x105A2, 0x105A2),
    (0x105B2, 0x105B2), (0x105BA, 0x105BA), (0x105BD, 0x105FF), (0x10737, 0x1073F),
    (0x10756, 0x1075F), (0x10768, 0x1077F), (0x10786, 0x10786), (0x107B1, 0x107B1),
    (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836),
    (0x10839, 0x1083B), (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6),
    (0x108B0, 0x108DF), (0x108F3, 0x108F3), (0x108F6, 0x108FA), (0x1091C, 0x1091E),
    (0x1093A, 0x1093E), (0x10940, 0x1097F), (0x109B8, 0x109BB), (0x109D0, 0x109D1),
    (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A14, 0x10A14), (0x10A18, 0x10A18),
    (0x10A36, 0x10A37), (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F),
    (0x10AA0, 0x10ABF), (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF), (0x10B36, 0x10B38),
    (0x10B56, 0x10B57), (0x10B73, 0x10B77), (0x10B92, 0x10B98), (0x10B9D, 0x10BA8),
    (0x10BB0, 0x10BFF), (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9),
    (0x10D28, 0x10D2F), (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F), (0x10EAA, 0x10EAA),
    (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F),
    (0x10F8A, 0x10FAF), (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051),
    (0x11076, 0x1107E), (0x110BD, 0x110BD), (0x110C3, 0x110CF), (0x110E9, 0x110EF),
    (0x110FA, 0x110FF), (0x11135, 0x11135), (0x11148, 0x1114F), (0x11177, 0x1117F),
    (0x111E0, 0x111E0), (0x111F5, 0x111FF), (0x11212, 0x11212), (0x1123F, 0x1127F),
    (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E),
    (0x112AA, 0x112AF), (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304),
    (0x1130D, 0x1130E), (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331),
    (0x11334, 0x11334), (0x1133A, 0x1133A), (0x11345, 0x11346), (0x11349, 0x1134A),
    (0x1134E, 0x1134F), (0x11351, 0x11356), (0x11358, 0x1135C), (0x11364, 0x11365),
    (0x1136D, 0x1136F), (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F),
    (0x114C8, 0x114CF), (0x114DA, 0x1157F), (0x115B6, 0x115B7), (0x115DE, 0x115FF),
    (0x11645, 0x1164F), (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116BA, 0x116BF),
    (0x116CA, 0x116FF), (0x1171B, 0x1171C), (0x1172C, 0x1172F), (0x11747, 0x117FF),
    (0x1183C, 0x1189F), (0x118F3, 0x118FE), (0x11907, 0x11908), (0x1190A, 0x1190B),
    (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A),
    (0x11947, 0x1194F), (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9),
    (0x119E5, 0x119FF), (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF),
    (0x11C09, 0x11C09), (0x11C37, 0x11C37), (0x11C46, 0x11C4F), (0x11C6D, 0x11C6F),
    (0x11C90, 0x11C91), (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF), (0x11D07, 0x11D07),
    (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B), (0x11D3E, 0x11D3E),
    (0x11D48, 0x11D4F), (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69),
    (0x11D8F, 0x11D8F), (0x11D92, 0x11D92), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF),
    (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE), (0x1239A, 0x123FF),
    (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF),
    (0x1342F, 0x143FF), (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F),
    (0x16A6A, 0x16A6D), (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF), (0x16AEE, 0x16AEF),
    (0x16AF6, 0x16AFF), (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A), (0x16B62, 0x16B62),
    (0x16B78, 0x16B7C), (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E),
    (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF), (0x16FF2, 0x16FFF),
    (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4),
    (0x1AFFC, 0x1AFFC), (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163),
    (0x1B168, 0x1B16F), (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F), (0x1BC7D, 0x1BC7F),
    (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF), (0x1CF2E, 0x1CF2F),
    (0x1CF47, 0x1CF4F), (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128),
    (0x1D173, 0x1D17A), (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF),
    (0x1D357, 0x1D35F), (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D),
    (0x1D4A0, 0x1D4A1), (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD),
    (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4), (0x1D506, 0x1D506),
    (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A),
    (0x1D53F, 0x1D53F), (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551),
    (0x1D6A6, 0x1D6A7), (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0),
    (0x1DAB0, 0x1DEFF), (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007), (0x1E019, 0x1E01A),
    (0x1E022, 0x1E022), (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF), (0x1E12D, 0x1E12F),
    (0x1E13E, 0x1E13F), (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F), (0x1E2AF, 0x1E2BF),
    (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC),
    (0x1E7EF, 0x1E7EF), (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF),
    (0x1E94C, 0x1E94F), (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70), (0x1ECB5, 0x1ED00),
    (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20), (0x1EE23, 0x1EE23),
    (0x1EE25, 0x1EE26), (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33), (0x1EE38, 0x1EE38),
    (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46), (0x1EE48, 0x1EE48),
    (0x1EE4A, 0x1EE4A), (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53),
    (0x1EE55, 0x1EE56), (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C),
    (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63), (0x1EE65, 0x1EE66),
    (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78), (0x1EE7D, 0x1EE7D),
    (0x1EE7F, 0x1EE7F), (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4),
    (0x1EEAA, 0x1EEAA), (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF), (0x1F02C, 0x1F02F),
    (0x1F094, 0x1F09F), (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0),
    (0x1F0F6, 0x1F0FF), (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F), (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF), (0x1F6D8, 0x1F6DC),
    (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF),
    (0x1F7EC, 0x1F7EF), (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF), (0x1F8B2, 0x1F8FF),
    (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77), (0x1FA7D, 0x1FA7F),
    (0x1FA87, 0x1FA8F), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FACF),
    (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF), (0x1FB93, 0x1FB93),
    (0x1FBCB, 0x1FBEF), (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F),
    (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF),
    (0x3134B, 0xE00FF), (0xE01F0, 0x10FFFF),
];

#[cfg(test)]
#[rustfmt::skip]
mod tests {
    //! Expected strings were produced by CPython 3.11 (`format`, `repr`,
    //! `round`); errors are the exception messages.
    use super::*;

    const INT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("0", "", Ok("0")),
        ("0", "d", Ok("0")),
        ("42", "5", Ok("   42")),
        ("42", "<5", Ok("42   ")),
        ("42", "^6", Ok("  42  ")),
        ("-42", "=+8", Ok("-     42")),
        ("42", "+", Ok("+42")),
        ("42", " ", Ok(" 42")),
        ("-42", " ", Ok("-42")),
        ("255", "x", Ok("ff")),
        ("255", "#X", Ok("0XFF")),
        ("255", "#010x", Ok("0x000000ff")),
        ("-255", "#b", Ok("-0b11111111")),
        ("8", "#o", Ok("0o10")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("-1234567", "015,", Ok("-00,001,234,567")),
        ("1234", "0=10,", Ok("00,001,234")),
        ("1234", "08,", Ok("0,001,234")),
        ("3735928559", "_x", Ok("dead_beef")),
        ("3735928559", "#_b", Ok("0b1101_1110_1010_1101_1011_1110_1110_1111")),
        ("65", "c", Ok("A")),
        ("128512", "^5c", Ok("  \u{1f600}  ")),
        ("1000000000000000000000000000000", ",", Ok("1,000,000,000,000,000,000,000,000,000,000")),
        ("12345", "n", Ok("12345")),
        ("5", "<05", Ok("50000")),
        ("5", "0>5", Ok("00005")),
        ("5", " >05", Ok("    5")),
        ("5", "x^9", Ok("xxxx5xxxx")),
        ("3", "e", Ok("3.000000e+00")),
        ("3", ".2f", Ok("3.00")),
        ("7", "%", Ok("700.000000%")),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", ".3e", Ok("8.988e+307")),
        ("100000000000000000000", "g", Ok("1e+20")),
        ("1", ".2", Err("Precision not allowed in integer format specifier")),
        ("1", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("1", ",c", Err("Cannot specify ',' with 'c'.")),
        ("1", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("1", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
        ("1", "y", Err("Unknown format code 'y' for object of type 'int'")),
        ("1", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("1", "_n", Err("Cannot specify '_' with 'n'.")),
        ("1", ",_", Err("Cannot specify both ',' and '_'.")),
        ("1", "_,", Err("Cannot specify both ',' and '_'.")),
        ("1", ".", Err("Format specifier missing precision")),
        ("1", "abc", Err("Invalid format specifier 'abc' for object of type 'int'")),
        ("1", ",x", Err("Cannot specify ',' with 'x'.")),
        ("1", "99999999999999999999", Err("Too many decimal digits in format string")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "e", Err("int too large to convert to float")),
    ];
    const FLOAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("0.0", "", Ok("0.0")),
        ("-0.0", "", Ok("-0.0")),
        ("1.0", "", Ok("1.0")),
        ("1.5", "f", Ok("1.500000")),
        ("1.5", ".0f", Ok("2")),
        ("2.5", ".0f", Ok("2")),
        ("0.125", ".2f", Ok("0.12")),
        ("0.375", ".2f", Ok("0.38")),
        ("2.675", ".2f", Ok("2.67")),
        ("1e+16", "", Ok("1e+16")),
        ("1e+16", ".17", Ok("1e+16")),
        ("123.0", ".3", Ok("1.23e+02")),
        ("123.0", ".2", Ok("1.2e+02")),
        ("1.0", "#", Ok("1.0")),
        ("1e+20", "#", Ok("1.e+20")),
        ("1.0", "#.0e", Ok("1.e+00")),
        ("1.0", "#g", Ok("1.00000")),
        ("0.0001", "g", Ok("0.0001")),
        ("1e-05", "g", Ok("1e-05")),
        ("1e-05", "", Ok("1e-05")),
        ("123456789.0", "g", Ok("1.23457e+08")),
        ("123456789.0", ".12g", Ok("123456789")),
        ("1234567.891", ",", Ok("1,234,567.891")),
        ("1234567.891", "_.2f", Ok("1_234_567.89")),
        ("1234567.891", "0=20,.3f", Ok("0,000,001,234,567.891")),
        ("1234567.891", "020,", Ok("0,000,001,234,567.891")),
        ("-1234.5", "+015,.1f", Ok("-0,000,001,234.5")),
        ("3.14159", "^+12.3e", Ok(" +3.142e+00 ")),
        ("3.14159", "E", Ok("3.141590E+00")),
        ("1e+300", ".3G", Ok("1E+300")),
        ("inf", "", Ok("inf")),
        ("-inf", "F", Ok("-INF")),
        ("nan", "+010", Ok("+000000nan")),
        ("inf", "010", Ok("0000000inf")),
        ("nan", "E", Ok("NAN")),
        ("0.25", "%", Ok("25.000000%")),
        ("0.25", ".0%", Ok("25%")),
        ("-1e-07", "z.3f", Ok("0.000")),
        ("-0.0", "z", Ok("0.0")),
        ("-0.0", "z.0e", Ok("0e+00")),
        ("-1e-07", ".3f", Ok("-0.000")),
        ("12.5", "n", Ok("12.5")),
        ("1e+300", ",.0f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160")),
        ("0.1", ".30f", Ok("0.100000000000000005551115123126")),
        ("5e-324", ".3e", Ok("4.941e-324")),
        ("5e-324", "", Ok("5e-324")),
        ("1.7976931348623157e+308", "", Ok("1.7976931348623157e+308")),
        ("1.5", ".1000f", Ok("1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("1.5", "d", Err("Unknown format code 'd' for object of type 'float'")),
        ("1.5", "x", Err("Unknown format code 'x' for object of type 'float'")),
        ("1.5", "s", Err("Unknown format code 's' for object of type 'float'")),
        ("1.5", "#c", Err("Unknown format code 'c' for object of type 'float'")),
        ("1.5", ".3000000000f", Err("precision too big")),
        ("1.5", "_x", Err("Unknown format code 'x' for object of type 'float'")),
        ("1.5", "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
    ];
    const STR_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("abc", "", Ok("abc")),
        ("abc", "5", Ok("abc  ")),
        ("abc", ">5", Ok("  abc")),
        ("abc", "^6", Ok(" abc  ")),
        ("abc", "*^7", Ok("**abc**")),
        ("abc", ".2", Ok("ab")),
        ("abc", "10.1", Ok("a         ")),
        ("h\u{e9}llo", "^9", Ok("  h\u{e9}llo  ")),
        ("\u{65e5}\u{672c}\u{8a9e}", ">6", Ok("   \u{65e5}\u{672c}\u{8a9e}")),
        ("abc", "05", Ok("abc00")),
        ("abc", "s", Ok("abc")),
        ("abc", "+", Err("Sign not allowed in string format specifier")),
        ("abc", " ", Err("Space not allowed in string format specifier")),
        ("abc", "#", Err("Alternate form (#) not allowed in string format specifier")),
        ("abc", "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        ("abc", "=5", Err("'=' alignment not allowed in string format specifier")),
        ("abc", ",", Err("Cannot specify ',' with 's'.")),
        ("abc", "d", Err("Unknown format code 'd' for object of type 'str'")),
        ("abc", ".", Err("Format specifier missing precision")),
        ("abc", "xx5", Err("Invalid format specifier 'xx5' for object of type 'str'")),
    ];
    const REPR_CASES: &[(&str, &str)] = &[
        ("0.0", "0.0"),
        ("-0.0", "-0.0"),
        ("1.0", "1.0"),
        ("0.1", "0.1"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e+16", "1e+16"),
        ("1000000000000000.0", "1000000000000000.0"),
        ("1e-05", "1e-05"),
        ("0.0001", "0.0001"),
        ("1.2345678901234568e+17", "1.2345678901234568e+17"),
        ("1e+22", "1e+22"),
        ("1e+23", "1e+23"),
        ("5e-324", "5e-324"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("nan", "nan"),
        ("-578514068326514.2", "-578514068326514.2"),
        ("166281469691312.62", "166281469691312.62"),
        ("1.5e-323", "1.5e-323"),
        ("0.3333333333333333", "0.3333333333333333"),
        ("0.6666666666666666", "0.6666666666666666"),
        ("100.0", "100.0"),
        ("1e+100", "1e+100"),
        ("-1.5e-10", "-1.5e-10"),
    ];
    const ROUND_CASES: &[(&str, i64, Result<&str, &str>)] = &[
        ("2.675", 2, Ok("2.67")),
        ("0.5", 0, Ok("0.0")),
        ("1.5", 0, Ok("2.0")),
        ("2.5", 0, Ok("2.0")),
        ("-2.5", 0, Ok("-2.0")),
        ("0.125", 2, Ok("0.12")),
        ("0.375", 2, Ok("0.38")),
        ("12345.0", -2, Ok("12300.0")),
        ("15.0", -1, Ok("20.0")),
        ("25.0", -1, Ok("20.0")),
        ("-25.0", -1, Ok("-20.0")),
        ("1.7976931348623157e+308", -308, Err("rounded value too large to represent")),
        ("1.7976931348623157e+308", -307, Err("rounded value too large to represent")),
        ("1e+300", -301, Ok("0.0")),
        ("5e-324", 323, Ok("0.0")),
        ("5e-324", 324, Ok("5e-324")),
        ("0.1", 400, Ok("0.1")),
        ("123.456", -400, Ok("0.0")),
        ("-123.456", -400, Ok("-0.0")),
        ("1.23456789", 5, Ok("1.23457")),
        ("-0.0", 2, Ok("-0.0")),
        ("inf", 2, Ok("inf")),
        ("1e-10", 3, Ok("0.0")),
        ("-1e-10", 3, Ok("-0.0")),
    ];
    const STR_REPR_CASES: &[(&str, &str)] = &[
        ("", "''"),
        ("a", "'a'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("tab\there\nnl\rcr\\", "'tab\\there\\nnl\\rcr\\\\'"),
        ("\u{0}\u{7}\u{1f}\u{7f}\u{80}\u{9f}\u{a0}\u{ad}", "'\\x00\\x07\\x1f\\x7f\\x80\\x9f\\xa0\\xad'"),
        ("h\u{e9}llo w\u{f6}rld", "'h\u{e9}llo w\u{f6}rld'"),
        ("\u{65e5}\u{672c}", "'\u{65e5}\u{672c}'"),
        ("\u{200b}\u{2028}\u{3000}", "'\\u200b\\u2028\\u3000'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{e000}\u{ffff}", "'\\ue000\\uffff'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{378}", "'\\u0378'"),
        ("e\u{301}", "'e\u{301}'"),
    ];

    fn as_str(r: &Result<String, String>) -> Result<&str, &str> {
        r.as_ref().map(|s| s.as_str()).map_err(|e| e.as_str())
    }

    #[test]
    fn int_specs_match_cpython() {
        for &(v, spec, want) in INT_CASES {
            let big: BigInt = v.parse().unwrap();
            let got = apply_int_spec(&big, spec, "int", || big.to_string());
            assert_eq!(as_str(&got), want, "format({}, {:?})", v, spec);
            if let (Some(small), Ok(parsed)) = (big.to_i64(), FormatSpec::parse_for(spec, "int")) {
                if !spec.is_empty() {
                    assert_eq!(as_str(&format_i64(small, &parsed)), want, "format_i64({}, {:?})", v, spec);
                }
            }
        }
    }

    #[test]
    fn float_specs_match_cpython() {
        for &(v, spec, want) in FLOAT_CASES {
            let x: f64 = v.parse().unwrap();
            assert_eq!(as_str(&apply_float_spec(x, spec)), want, "format({}, {:?})", v, spec);
        }
    }

    #[test]
    fn str_specs_match_cpython() {
        for &(v, spec, want) in STR_CASES {
            assert_eq!(as_str(&apply_str_spec(v, spec)), want, "format({:?}, {:?})", v, spec);
        }
    }

    #[test]
    fn float_repr_matches_cpython() {
        for &(v, want) in REPR_CASES {
            let x: f64 = v.parse().unwrap();
            assert_eq!(float_repr(x), want);
        }
        // Ties between two shortest candidates go to the even digit.
        assert_eq!(float_repr(-578514068326514.25), "-578514068326514.2");
    }

    #[test]
    fn round_matches_cpython() {
        for &(v, n, want) in ROUND_CASES {
            let x: f64 = v.parse().unwrap();
            let got = round_float(x, n).map(float_repr);
            assert_eq!(as_str(&got), want, "round({}, {})", v, n);
        }
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(2.6), 3.0);
    }

    #[test]
    fn str_repr_matches_cpython() {
        for &(s, want) in STR_REPR_CASES {
            assert_eq!(str_repr(s), want, "repr({:?})", s);
        }
        assert_eq!(ascii_escape("'h\u{e9}\u{65e5}\u{1f600}'"), "'h\\xe9\\u65e5\\U0001f600'");
    }

    #[test]
    fn printable_table() {
        assert!(is_printable('a') && is_printable(' ') && is_printable('\u{e9}') && is_printable('\u{301}'));
        assert!(!is_printable('\n') && !is_printable('\u{7f}') && !is_printable('\u{a0}') && !is_printable('\u{ad}'));
        assert!(!is_printable('\u{378}') && !is_printable('\u{10ffff}') && !is_printable('\u{e000}'));
        assert!(is_printable('\u{1f600}') && is_printable('\u{3042}'));
    }

    #[test]
    fn spec_parsing() {
        let s = FormatSpec::parse("*^+z#012,.3f").unwrap();
        assert_eq!(s, FormatSpec { fill: '*', align: Some('^'), sign: Some('+'), coerce_neg_zero: true, alternate: true,
            zero_pad: false, width: Some(12), grouping: Some(','), precision: Some(3), ty: Some('f') });
        let s = FormatSpec::parse("010").unwrap();
        assert_eq!((s.fill, s.zero_pad, s.width, s.align), ('0', true, Some(10), None));
        // An explicit fill disables the '0' flag: the zero is part of the width.
        let s = FormatSpec::parse(" >05").unwrap();
        assert_eq!((s.fill, s.zero_pad, s.width), (' ', false, Some(5)));
        assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
        assert_eq!(FormatSpec::parse("abc").unwrap_err(), "Invalid format specifier 'abc' for object of type 'object'");
        assert_eq!(FormatSpec::parse_for("5.", "int").unwrap_err(), "Format specifier missing precision");
    }

    #[test]
    fn error_types() {
        let big = BigInt::from(10).pow(5000);
        assert_eq!(format_int(&big, &FormatSpec::parse("d").unwrap()).unwrap_err(),
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        assert!(format_int(&big, &FormatSpec::parse("x").unwrap()).is_ok());
        let e = format_int(&BigInt::from(-1), &FormatSpec::parse("c").unwrap()).unwrap_err();
        assert!(is_overflow_error(&e));
        let e = format_int(&(BigInt::from(1) << 1024usize), &FormatSpec::parse("e").unwrap()).unwrap_err();
        assert!(is_overflow_error(&e));
        assert!(!is_overflow_error("Unknown format code 'd' for object of type 'float'"));
        assert_eq!(apply_int_spec(&BigInt::from(1), "y", "bool", || "True".into()).unwrap_err(),
            "Unknown format code 'y' for object of type 'bool'");
        assert_eq!(apply_int_spec(&BigInt::from(1), "", "bool", || "True".into()).unwrap(), "True");
    }
}
