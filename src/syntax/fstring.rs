//! f-strings: splitting the text between the quotes into literal pieces and
//! `{expression!conversion:spec}` fields, as CPython 3.11 does (PEP 498).
//! Field expressions are parsed by calling the parser again on their text.

use crate::syntax::ast::FStringPart;
use crate::syntax::error::SpannedError;
use crate::syntax::parser::parse_fstring_expression;
use crate::syntax::strings::decode_str;

/// f-strings inside f-string fields nest at most this deep; format specs
/// nest at most two deep, as in CPython.
const MAX_FSTRING_DEPTH: u32 = 8;
const MAX_SPEC_DEPTH: u32 = 2;

/// Parses the body of an f-string found at byte `offset` of the source.
/// `depth` counts the f-strings this one is nested in. Errors in the f-string
/// itself (rather than in a field's expression) point at `error_at`, the end
/// of the literal, as CPython's do.
pub(crate) fn parse_fstring(
    body: &str,
    raw: bool,
    offset: usize,
    depth: u32,
    error_at: usize,
) -> Result<Vec<FStringPart>, SpannedError> {
    if depth > MAX_FSTRING_DEPTH {
        return Err(SpannedError::at(
            "f-string: expressions nested too deeply",
            error_at,
        ));
    }
    let splitter = Splitter {
        body,
        bytes: body.as_bytes(),
        raw,
        offset,
        depth,
        error_at,
    };
    let (parts, _) = splitter.parts(0, 0)?;
    Ok(parts)
}

struct Splitter<'a> {
    body: &'a str,
    bytes: &'a [u8],
    raw: bool,
    offset: usize,
    depth: u32,
    error_at: usize,
}

impl Splitter<'_> {
    fn error(&self, msg: &str) -> SpannedError {
        SpannedError::at(format!("f-string: {msg}"), self.error_at)
    }

    /// Literal text and fields from `i` up to the end of the body, or, inside
    /// a format spec (`spec_depth > 0`), up to the `}` closing the field.
    fn parts(
        &self,
        mut i: usize,
        spec_depth: u32,
    ) -> Result<(Vec<FStringPart>, usize), SpannedError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        loop {
            let Some(&c) = self.bytes.get(i) else {
                if spec_depth > 0 {
                    return Err(self.error("expecting '}'"));
                }
                break;
            };
            match c {
                b'{' if self.bytes.get(i + 1) == Some(&b'{') => {
                    literal.push('{');
                    i += 2;
                }
                b'{' => {
                    self.flush(&mut literal, &mut parts)?;
                    if spec_depth >= MAX_SPEC_DEPTH {
                        return Err(self.error("expressions nested too deeply"));
                    }
                    i = self.field(i + 1, spec_depth, &mut parts)?;
                }
                b'}' if spec_depth > 0 => break,
                b'}' if self.bytes.get(i + 1) == Some(&b'}') => {
                    literal.push('}');
                    i += 2;
                }
                b'}' => return Err(self.error("single '}' is not allowed")),
                _ => {
                    let ch = self.body[i..].chars().next().unwrap_or('\u{FFFD}');
                    literal.push(ch);
                    i += ch.len_utf8();
                }
            }
        }
        self.flush(&mut literal, &mut parts)?;
        Ok((parts, i))
    }

    fn flush(
        &self,
        literal: &mut String,
        parts: &mut Vec<FStringPart>,
    ) -> Result<(), SpannedError> {
        if literal.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(literal);
        let text = if self.raw {
            text
        } else {
            decode_str(&text).map_err(|msg| SpannedError::at(msg, self.error_at))?
        };
        push_literal(parts, text);
        Ok(())
    }

    /// Parses the field whose expression starts at `start` (just after `{`);
    /// returns the offset after its closing `}`.
    fn field(
        &self,
        start: usize,
        spec_depth: u32,
        parts: &mut Vec<FStringPart>,
    ) -> Result<usize, SpannedError> {
        let expr_end = self.expression_end(start)?;
        let expr_text = &self.body[start..expr_end];
        if expr_text
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            return Err(self.error("empty expression not allowed"));
        }
        let mut i = expr_end;
        let mut debug_text = None;
        if self.bytes.get(i) == Some(&b'=') {
            i += 1;
            while matches!(self.bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                i += 1;
            }
            debug_text = Some(&self.body[start..i]);
        }
        let mut conversion = None;
        if self.bytes.get(i) == Some(&b'!') {
            match self.bytes.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a'))
                    if matches!(self.bytes.get(i + 2), Some(b':' | b'}')) =>
                {
                    conversion = Some(c as char);
                    i += 2;
                }
                Some(b':' | b'}') | None => return Err(self.error("missing conversion character")),
                _ => {
                    return Err(
                        self.error("invalid conversion character: expected 's', 'r', or 'a'")
                    )
                }
            }
        }
        let mut format_spec = None;
        if self.bytes.get(i) == Some(&b':') {
            let (spec, end) = self.parts(i + 1, spec_depth + 1)?;
            format_spec = Some(spec);
            i = end;
        }
        if self.bytes.get(i) != Some(&b'}') {
            return Err(self.error("expecting '}'"));
        }
        let value = parse_fstring_expression(expr_text, self.offset + start, self.depth + 1)?;
        if let Some(text) = debug_text {
            push_literal(parts, text.to_string());
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        parts.push(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            format_spec,
        });
        Ok(i + 1)
    }

    /// Where the expression starting at `start` ends: at a `}`, `!`, `:` or
    /// `=` outside brackets and strings.
    fn expression_end(&self, start: usize) -> Result<usize, SpannedError> {
        let bytes = self.bytes;
        let mut brackets = Vec::new();
        let mut i = start;
        loop {
            let Some(&c) = bytes.get(i) else {
                return Err(self.error("expecting '}'"));
            };
            let next = bytes.get(i + 1).copied();
            match c {
                b'\\' => return Err(self.error("expression part cannot include a backslash")),
                b'#' => return Err(self.error("expression part cannot include '#'")),
                b'\'' | b'"' => {
                    i = self.skip_string(i)?;
                    continue;
                }
                b'(' | b'[' | b'{' => brackets.push(c),
                b')' | b']' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        if c == b'}' {
                            return Ok(i);
                        }
                        return Err(self.error(&format!("unmatched '{}'", c as char)));
                    };
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        return Err(self.error(&msg));
                    }
                }
                _ if !brackets.is_empty() => {}
                b'!' if next != Some(b'=') => return Ok(i),
                b':' => return Ok(i),
                b'=' if next != Some(b'=')
                    && i > start
                    && !matches!(bytes[i - 1], b'=' | b'!' | b'<' | b'>') =>
                {
                    return Ok(i)
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Skips a string literal inside a field expression; returns its end.
    fn skip_string(&self, start: usize) -> Result<usize, SpannedError> {
        let quote = self.bytes[start];
        let triple = self.bytes[start..].starts_with(&[quote, quote, quote]);
        let mut i = start + if triple { 3 } else { 1 };
        while i < self.bytes.len() {
            if self.bytes[i] == quote
                && (!triple || self.bytes[i..].starts_with(&[quote, quote, quote]))
            {
                return Ok(i + if triple { 3 } else { 1 });
            }
            i += 1;
        }
        Err(self.error("unterminated string"))
    }
}

/// Appends literal text, merging it with a literal just before it.
pub(crate) fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(previous)) = parts.last_mut() {
        previous.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}
