//! `SyntaxError`, shaped and printed the way CPython 3.11 does it.

use crate::syntax::ast::LineIndex;

#[derive(Clone, Debug, PartialEq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(&self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character column of the caret, like CPython's `offset`; 0 means
    /// no caret is shown.
    pub col: u32,
    /// Exclusive end column; `col + 1` for a single caret.
    pub end_col: u32,
    /// True when the only problem is that the input ended early (unclosed
    /// bracket, unterminated triple-quoted string, block header at the end):
    /// a REPL then asks for more lines.
    pub incomplete: bool,
}

impl SyntaxError {
    /// What CPython 3.11 prints for this error when it is uncaught, e.g.
    ///
    /// ```text
    ///   File "x.py", line 2
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = format!("  File \"{filename}\", line {}\n", self.line);
        if let Some(text) = source_line(source, self.line) {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let stripped_chars = (text.chars().count() - stripped.chars().count()) as i64;
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            let line_chars = text.chars().count() as i64;
            let offset = self.col as i64 - 1 - stripped_chars;
            if offset >= 0 {
                let offset = offset.min(line_chars - stripped_chars);
                let end_col = (self.end_col as i64).min(line_chars + 1);
                let carets = match self.kind {
                    // CPython shows a single caret for indentation errors.
                    SyntaxErrorKind::SyntaxError if end_col > self.col as i64 => {
                        end_col - self.col as i64
                    }
                    _ => 1,
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(offset as usize));
                out.push_str(&"^".repeat(carets as usize));
                out.push('\n');
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}

fn source_line(source: &str, line: u32) -> Option<&str> {
    let text = source.split('\n').nth(line.checked_sub(1)? as usize)?;
    Some(text.strip_suffix('\r').unwrap_or(text))
}

/// Where an error points, before line and column are known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Caret {
    /// Carets under the byte range `[start, end)`; a single caret when empty.
    Range(usize, usize),
    /// On the line containing this byte offset, but with no caret (CPython's
    /// offset 0, used for errors found at the end of the input).
    LineOnly(usize),
}

impl Caret {
    /// The same position in a text that starts `base` bytes later.
    pub fn shifted(self, base: usize) -> Caret {
        match self {
            Caret::Range(start, end) => Caret::Range(start + base, end + base),
            Caret::LineOnly(offset) => Caret::LineOnly(offset + base),
        }
    }
}

/// A syntax error located by byte offsets, as the lexer and the grammar
/// actions produce it; `into_syntax_error` turns it into lines and columns.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SpannedError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub caret: Caret,
    pub incomplete: bool,
}

impl SpannedError {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> SpannedError {
        SpannedError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            caret: Caret::Range(start, end),
            incomplete: false,
        }
    }

    pub fn at(msg: impl Into<String>, offset: usize) -> SpannedError {
        SpannedError::new(msg, offset, offset)
    }

    pub fn indentation(msg: impl Into<String>, start: usize, end: usize) -> SpannedError {
        SpannedError {
            kind: SyntaxErrorKind::IndentationError,
            ..SpannedError::new(msg, start, end)
        }
    }

    pub fn incomplete(mut self) -> SpannedError {
        self.incomplete = true;
        self
    }

    pub fn start(&self) -> usize {
        match self.caret {
            Caret::Range(start, _) | Caret::LineOnly(start) => start,
        }
    }

    pub fn into_syntax_error(self, source: &str) -> SyntaxError {
        let index = LineIndex::new(source);
        let column = |offset: usize| -> (u32, u32) {
            let offset = floor_char_boundary(source, offset);
            let line = index.line(offset as u32);
            let line_start = index.line_start(line) as usize;
            let col = source[line_start.min(offset)..offset].chars().count() as u32 + 1;
            (line, col)
        };
        let (line, col, end_col) = match self.caret {
            Caret::Range(start, end) => {
                let (line, col) = column(start);
                let (end_line, end_col) = column(end.max(start));
                let end_col = if end_line == line {
                    end_col
                } else {
                    let text = source_line(source, line).unwrap_or("");
                    text.chars().count() as u32 + 1
                };
                (line, col, end_col.max(col + 1))
            }
            Caret::LineOnly(offset) => (column(offset).0, 0, 1),
        };
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            line,
            col,
            end_col,
            incomplete: self.incomplete,
        }
    }
}

fn floor_char_boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
