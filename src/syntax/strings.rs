//! String literals: finding where one ends, and decoding its escapes.

use crate::syntax::error::SpannedError;
use crate::syntax::token::StringLiteral;

/// Scans the string literal whose prefix starts at `start` (the prefix and
/// opening quote end at `quote_end`). Returns the literal and where it ends.
pub(crate) fn scan_string(
    source: &str,
    start: usize,
    quote_end: usize,
) -> Result<(StringLiteral, usize), SpannedError> {
    let prefix = source[start..quote_end - 1].to_ascii_lowercase();
    let quote = source.as_bytes()[quote_end - 1];
    let triple = source.as_bytes()[quote_end..].starts_with(&[quote, quote]);
    let body_start = if triple { quote_end + 2 } else { quote_end };
    let bytes = source.as_bytes();
    let mut i = body_start;
    let body_end = loop {
        match bytes.get(i) {
            None => {
                return Err(unterminated(source, start, triple));
            }
            Some(b'\\') => {
                i += if bytes[i + 1..].starts_with(b"\r\n") {
                    3
                } else {
                    2
                }
            }
            Some(b'\n') if !triple => return Err(unterminated(source, start, triple)),
            Some(&b) if b == quote => {
                if !triple {
                    break i;
                }
                if bytes[i..].starts_with(&[quote, quote, quote]) {
                    break i;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    };
    let end = body_end + if triple { 3 } else { 1 };
    let body = &source[body_start..body_end];
    let raw = prefix.contains('r');
    let literal = if prefix.contains('f') {
        StringLiteral::FString {
            body: body.to_string(),
            raw,
            offset: body_start,
        }
    } else if prefix.contains('b') {
        if !body.is_ascii() {
            return Err(SpannedError::new(
                "bytes can only contain ASCII literal characters",
                start,
                end,
            ));
        }
        if raw {
            StringLiteral::Bytes(body.as_bytes().to_vec())
        } else {
            StringLiteral::Bytes(decode_bytes(body).map_err(|msg| SpannedError::at(msg, end))?)
        }
    } else if raw {
        StringLiteral::Str(body.to_string())
    } else {
        StringLiteral::Str(decode_str(body).map_err(|msg| SpannedError::at(msg, end))?)
    };
    Ok((literal, end))
}

fn unterminated(source: &str, start: usize, triple: bool) -> SpannedError {
    let last_line = source.trim_end_matches(['\n', '\r']).matches('\n').count() + 1;
    if triple {
        let msg =
            format!("unterminated triple-quoted string literal (detected at line {last_line})");
        SpannedError::at(msg, start).incomplete()
    } else {
        let line = source[..start].matches('\n').count() + 1;
        SpannedError::at(
            format!("unterminated string literal (detected at line {line})"),
            start,
        )
    }
}

/// Decodes the escapes of a `str` literal body. Errors are CPython's messages.
pub(crate) fn decode_str(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        // A lone backslash at the end is only possible in an f-string piece
        // before a field (`f"\{x}"`), where CPython keeps it.
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            'x' | 'u' | 'U' => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let (value, digits) = hex_digits(&mut chars, width);
                if digits < width {
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(pos, pos + 1 + digits, what));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot live in a Rust string.
                    None if value <= 0x10FFFF => out.push('\u{FFFD}'),
                    None => {
                        return Err(unicode_error(
                            pos,
                            pos + 1 + digits,
                            "illegal Unicode character",
                        ))
                    }
                }
            }
            'N' => {
                return Err(unicode_error(
                    pos,
                    pos + 1,
                    "\\N{...} escapes are not supported",
                ))
            }
            _ => match simple_escape(e, &mut chars) {
                Some(value) => out.push(char::from_u32(value).unwrap_or('\u{FFFD}')),
                None => {
                    out.push('\\');
                    out.push(e);
                }
            },
        }
    }
    Ok(out)
}

fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            'x' => {
                let (value, digits) = hex_digits(&mut chars, 2);
                if digits < 2 {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {pos}"
                    ));
                }
                out.push(value as u8);
            }
            _ => match simple_escape(e, &mut chars) {
                Some(value) => out.push(value as u8),
                None => {
                    out.push(b'\\');
                    out.push(e as u8);
                }
            },
        }
    }
    Ok(out)
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// The escapes `str` and `bytes` share: single characters and octal.
fn simple_escape(e: char, chars: &mut Chars<'_>) -> Option<u32> {
    Some(match e {
        '\\' => '\\' as u32,
        '\'' => '\'' as u32,
        '"' => '"' as u32,
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0c,
        'n' => '\n' as u32,
        'r' => '\r' as u32,
        't' => '\t' as u32,
        'v' => 0x0b,
        '0'..='7' => {
            let mut value = e as u32 - '0' as u32;
            for _ in 0..2 {
                match chars.peek() {
                    Some(&(_, d @ '0'..='7')) => {
                        value = value * 8 + (d as u32 - '0' as u32);
                        chars.next();
                    }
                    _ => break,
                }
            }
            value
        }
        _ => return None,
    })
}

fn hex_digits(chars: &mut Chars<'_>, width: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut digits = 0;
    while digits < width {
        match chars.peek().and_then(|&(_, c)| c.to_digit(16)) {
            Some(d) => {
                value = value.wrapping_mul(16).wrapping_add(d);
                digits += 1;
                chars.next();
            }
            None => break,
        }
    }
    (value, digits)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}
