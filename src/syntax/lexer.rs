//! The lexer: logos finds the raw tokens; the layer here adds what Python's
//! tokenizer adds on top (NEWLINE, INDENT and DEDENT from indentation, implicit
//! line joining inside brackets, explicit joining after a backslash) and scans
//! numbers and strings by hand so that malformed ones get CPython's messages.

use logos::Logos;
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use crate::syntax::ast::Constant;
use crate::syntax::error::{SpannedError, SyntaxError, SyntaxErrorKind};
use crate::syntax::strings::scan_string;
use crate::syntax::token::{StringLiteral, Token};

pub type Spanned = (usize, Token, usize);

/// CPython's limits: brackets nest at most 200 deep, blocks 100.
const MAX_BRACKET_DEPTH: usize = 200;
const MAX_INDENT_DEPTH: usize = 100;

/// Lexes a whole module. Mainly for tests and debugging; the parser uses
/// `lex`, which keeps the tokens read before an error.
pub fn tokenize(source: &str) -> Result<Vec<Spanned>, SyntaxError> {
    let lexed = lex(source, Mode::Module);
    match lexed.error {
        Some(error) => Err(error.error.into_syntax_error(source)),
        None => Ok(lexed.tokens),
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mode {
    Module,
    /// The expression of an f-string field: lexed as if inside parentheses,
    /// with offsets shifted by `base` so they point into the whole source.
    Expression {
        base: usize,
    },
}

/// How a lexer error ranks against a parser error found earlier in the file:
/// CPython keeps tokenizing after a parse error and some tokenizer errors
/// found there replace it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LexErrorClass {
    /// Replaces an earlier parse error (bad literal, stray bracket, ...).
    Hard,
    /// A bracket left open at the end of input: replaces an earlier parse
    /// error found on or after the bracket's line.
    UnclosedBracket { line_offset: usize },
    /// Found only if the parser gets this far (indentation, stray characters).
    Soft,
}

#[derive(Debug)]
pub(crate) struct LexError {
    pub error: SpannedError,
    pub class: LexErrorClass,
}

pub(crate) struct Lexed {
    /// The tokens before the first error (all of them without one).
    pub tokens: Vec<Spanned>,
    pub error: Option<LexError>,
    /// An upper bound on how deeply the expressions of any one logical line
    /// can nest (see `parser::parse_module`).
    pub max_nesting: usize,
    /// Where the logical line with `max_nesting` starts.
    pub max_nesting_at: usize,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
enum Raw {
    #[regex(r"\r?\n")]
    Newline,
    /// A backslash ending a line joins it with the next.
    #[regex(r"\\\r?\n")]
    Continuation,
    #[regex(r"([A-Za-z_]|[^\x00-\x7F])([A-Za-z0-9_]|[^\x00-\x7F])*")]
    Name,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    StringStart,
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Ampersand,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semicolon,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmpersandEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl Raw {
    fn operator(self) -> Option<Token> {
        use Raw::*;
        Some(match self {
            Plus => Token::Plus,
            Minus => Token::Minus,
            Star => Token::Star,
            DoubleStar => Token::DoubleStar,
            Slash => Token::Slash,
            DoubleSlash => Token::DoubleSlash,
            Percent => Token::Percent,
            At => Token::At,
            LeftShift => Token::LeftShift,
            RightShift => Token::RightShift,
            Ampersand => Token::Ampersand,
            Pipe => Token::Pipe,
            Caret => Token::Caret,
            Tilde => Token::Tilde,
            ColonEqual => Token::ColonEqual,
            Less => Token::Less,
            Greater => Token::Greater,
            LessEqual => Token::LessEqual,
            GreaterEqual => Token::GreaterEqual,
            EqEqual => Token::EqEqual,
            NotEqual => Token::NotEqual,
            Lpar => Token::Lpar,
            Rpar => Token::Rpar,
            Lsqb => Token::Lsqb,
            Rsqb => Token::Rsqb,
            Lbrace => Token::Lbrace,
            Rbrace => Token::Rbrace,
            Comma => Token::Comma,
            Colon => Token::Colon,
            Dot => Token::Dot,
            Semicolon => Token::Semicolon,
            Equal => Token::Equal,
            Arrow => Token::Arrow,
            Ellipsis => Token::Ellipsis,
            PlusEqual => Token::PlusEqual,
            MinusEqual => Token::MinusEqual,
            StarEqual => Token::StarEqual,
            SlashEqual => Token::SlashEqual,
            DoubleSlashEqual => Token::DoubleSlashEqual,
            PercentEqual => Token::PercentEqual,
            AtEqual => Token::AtEqual,
            AmpersandEqual => Token::AmpersandEqual,
            PipeEqual => Token::PipeEqual,
            CaretEqual => Token::CaretEqual,
            RightShiftEqual => Token::RightShiftEqual,
            LeftShiftEqual => Token::LeftShiftEqual,
            DoubleStarEqual => Token::DoubleStarEqual,
            Newline | Continuation | Name | StringStart | NumberStart => return None,
        })
    }
}

/// One indentation level: its column with tabs to multiples of 8, and with
/// tabs as one column. The two must order levels the same way (TabError).
#[derive(Clone, Copy, PartialEq)]
struct Indentation {
    col: usize,
    alt_col: usize,
}

struct Layer<'s> {
    source: &'s str,
    raw: logos::Lexer<'s, Raw>,
    mode: Mode,
    tokens: Vec<Spanned>,
    /// Open brackets: the token and its offset.
    brackets: Vec<(Token, usize)>,
    indents: Vec<Indentation>,
    at_line_start: bool,
    /// Offset of a line-ending backslash not yet followed by any token.
    pending_continuation: Option<usize>,
    line_nesting: usize,
    line_start: usize,
    max_nesting: usize,
    max_nesting_at: usize,
}

pub(crate) fn lex(source: &str, mode: Mode) -> Lexed {
    let mut layer = Layer {
        source,
        raw: Raw::lexer(source),
        mode,
        tokens: Vec::new(),
        brackets: Vec::new(),
        indents: vec![Indentation { col: 0, alt_col: 0 }],
        at_line_start: true,
        pending_continuation: None,
        line_nesting: 0,
        line_start: 0,
        max_nesting: 0,
        max_nesting_at: 0,
    };
    let error = layer.run().err();
    layer.end_logical_line();
    let mut tokens = layer.tokens;
    mark_with_item_parentheses(&mut tokens);
    if let Mode::Expression { base } = mode {
        for (start, token, end) in &mut tokens {
            *start += base;
            *end += base;
            if let Token::String(StringLiteral::FString { offset, .. }) = token {
                *offset += base;
            }
        }
    }
    let error = error.map(|mut e| {
        if let Mode::Expression { base } = mode {
            e.error.caret = e.error.caret.shifted(base);
            if let LexErrorClass::UnclosedBracket { line_offset } = &mut e.class {
                *line_offset += base;
            }
        }
        e
    });
    let max_nesting_at = layer.max_nesting_at
        + if let Mode::Expression { base } = mode {
            base
        } else {
            0
        };
    Lexed {
        tokens,
        error,
        max_nesting: layer.max_nesting,
        max_nesting_at,
    }
}

fn hard(error: SpannedError) -> LexError {
    LexError {
        error,
        class: LexErrorClass::Hard,
    }
}

fn soft(error: SpannedError) -> LexError {
    LexError {
        error,
        class: LexErrorClass::Soft,
    }
}

impl<'s> Layer<'s> {
    fn run(&mut self) -> Result<(), LexError> {
        while let Some(raw) = self.raw.next() {
            let span = self.raw.span();
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => return Err(self.bad_character(span.start)),
            };
            if raw == Raw::Continuation {
                self.pending_continuation = Some(span.start);
                continue;
            }
            self.pending_continuation = None;
            if raw == Raw::Newline {
                if self.brackets.is_empty() && !self.at_line_start && self.mode == Mode::Module {
                    self.push(span.start, Token::Newline, span.end);
                    self.at_line_start = true;
                    self.end_logical_line();
                    self.line_start = span.end;
                }
                continue;
            }
            if self.at_line_start && self.mode == Mode::Module {
                self.indentation(span.start)?;
            }
            self.at_line_start = false;
            self.token(raw, span.start, span.end)?;
        }
        self.end_of_input()
    }

    fn end_logical_line(&mut self) {
        if self.line_nesting > self.max_nesting {
            self.max_nesting = self.line_nesting;
            self.max_nesting_at = self.line_start;
        }
        self.line_nesting = 0;
    }

    fn push(&mut self, start: usize, token: Token, end: usize) {
        self.tokens.push((start, token, end));
    }

    fn token(&mut self, raw: Raw, start: usize, end: usize) -> Result<(), LexError> {
        match raw {
            Raw::Name => {
                let text = &self.source[start..end];
                if let Some(bad) = text
                    .char_indices()
                    .find(|&(_, c)| !c.is_ascii() && !c.is_alphanumeric())
                {
                    return Err(hard(invalid_character(bad.1, start + bad.0)));
                }
                let token = Token::keyword(text).unwrap_or_else(|| Token::Name(text.to_string()));
                if !matches!(
                    token,
                    Token::Name(_) | Token::True | Token::False | Token::None
                ) {
                    self.line_nesting += 1;
                }
                self.push(start, token, end);
            }
            Raw::NumberStart => {
                let (value, number_end) = scan_number(self.source, start).map_err(hard)?;
                self.raw.bump(number_end - end);
                self.push(start, Token::Number(value), number_end);
            }
            Raw::StringStart => {
                let (literal, string_end) = scan_string(self.source, start, end).map_err(hard)?;
                self.raw.bump(string_end - end);
                if let StringLiteral::FString { body, .. } = &literal {
                    self.line_nesting += body.len();
                }
                self.push(start, Token::String(literal), string_end);
            }
            _ => {
                let token = raw
                    .operator()
                    .expect("every other raw token is an operator");
                if token.is_open_bracket() {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(hard(SpannedError::at("too many nested parentheses", start)));
                    }
                    self.brackets.push((token.clone(), start));
                } else if token.is_close_bracket() {
                    self.close_bracket(&token, start)?;
                }
                if !matches!(
                    token,
                    Token::Comma | Token::Rpar | Token::Rsqb | Token::Rbrace
                ) {
                    self.line_nesting += 1;
                }
                self.push(start, token, end);
            }
        }
        Ok(())
    }

    fn close_bracket(&mut self, token: &Token, start: usize) -> Result<(), LexError> {
        let close = token.text().unwrap_or("?");
        let Some((open_token, open_start)) = self.brackets.pop() else {
            return Err(hard(SpannedError::at(
                format!("unmatched '{close}'"),
                start,
            )));
        };
        let open = open_token.text().unwrap_or("?");
        let matches = matches!((open, close), ("(", ")") | ("[", "]") | ("{", "}"));
        if !matches {
            let open_line = line_of(self.source, open_start);
            let mut msg = format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            );
            if open_line != line_of(self.source, start) {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(hard(SpannedError::at(msg, start)));
        }
        Ok(())
    }

    /// Compares the indentation of the line whose first token starts at
    /// `token_start` with the enclosing blocks, emitting INDENT or DEDENTs.
    fn indentation(&mut self, token_start: usize) -> Result<(), LexError> {
        let line_start = self.source[..token_start].rfind('\n').map_or(0, |i| i + 1);
        let mut current = Indentation { col: 0, alt_col: 0 };
        for c in self.source[line_start..token_start].chars() {
            match c {
                ' ' => {
                    current.col += 1;
                    current.alt_col += 1;
                }
                '\t' => {
                    current.col = (current.col / 8 + 1) * 8;
                    current.alt_col += 1;
                }
                // A form feed resets the column, as in CPython.
                '\x0c' => current = Indentation { col: 0, alt_col: 0 },
                _ => {}
            }
        }
        let tab_error = || LexError {
            error: SpannedError {
                kind: SyntaxErrorKind::TabError,
                ..SpannedError::at(
                    "inconsistent use of tabs and spaces in indentation",
                    line_start,
                )
            },
            class: LexErrorClass::Soft,
        };
        let top = *self
            .indents
            .last()
            .expect("the outermost level is never popped");
        if current.col == top.col {
            if current.alt_col != top.alt_col {
                return Err(tab_error());
            }
        } else if current.col > top.col {
            if current.alt_col <= top.alt_col {
                return Err(tab_error());
            }
            if self.indents.len() > MAX_INDENT_DEPTH {
                let error = SpannedError::indentation(
                    "too many levels of indentation",
                    token_start,
                    token_start,
                );
                return Err(hard(error));
            }
            self.indents.push(current);
            self.push(line_start, Token::Indent, token_start);
        } else {
            while current.col < self.indents.last().map_or(0, |i| i.col) {
                self.indents.pop();
                self.push(token_start, Token::Dedent, token_start);
            }
            let top = *self
                .indents
                .last()
                .expect("the outermost level has column 0");
            if current.col != top.col {
                let line_end = self.source[token_start..]
                    .find(['\r', '\n'])
                    .map_or(self.source.len(), |i| token_start + i);
                let msg = "unindent does not match any outer indentation level";
                return Err(soft(SpannedError::indentation(msg, line_end, line_end)));
            }
            if current.alt_col != top.alt_col {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn end_of_input(&mut self) -> Result<(), LexError> {
        let end = self.source.len();
        if let Some(backslash) = self.pending_continuation {
            return Err(soft(
                SpannedError::at("unexpected EOF while parsing", backslash + 1).incomplete(),
            ));
        }
        if let Some((token, start)) = self.brackets.last() {
            let open = token.text().unwrap_or("(");
            let error = SpannedError::at(format!("'{open}' was never closed"), *start).incomplete();
            return Err(LexError {
                error,
                class: LexErrorClass::UnclosedBracket {
                    line_offset: *start,
                },
            });
        }
        if self.mode == Mode::Module {
            if !self.at_line_start {
                self.push(end, Token::Newline, end);
            }
            for _ in 1..self.indents.len() {
                self.push(end, Token::Dedent, end);
            }
        }
        Ok(())
    }

    fn bad_character(&self, start: usize) -> LexError {
        let c = self.source[start..].chars().next().unwrap_or(' ');
        if c == '\\' {
            let rest = self.source[start + 1..].trim_start_matches([' ', '\t', '\x0c']);
            if rest.is_empty() {
                let error =
                    SpannedError::at("unexpected EOF while parsing", start + 1).incomplete();
                return soft(error);
            }
            return hard(SpannedError::at(
                "unexpected character after line continuation character",
                start + 1,
            ));
        }
        if c == '\0' {
            return hard(SpannedError::at(
                "source code cannot contain null bytes",
                start,
            ));
        }
        if !c.is_ascii() {
            return hard(invalid_character(c, start));
        }
        soft(SpannedError::new(
            "invalid syntax",
            start,
            start + c.len_utf8(),
        ))
    }
}

fn invalid_character(c: char, offset: usize) -> SpannedError {
    SpannedError::at(
        format!("invalid character '{c}' (U+{:04X})", c as u32),
        offset,
    )
}

pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Marks a `(` right after `with` as opening with-items when its `)` is
/// followed by `:` (`with (open(a) as f, open(b) as g):`), the way CPython's
/// grammar tries that reading first.
fn mark_with_item_parentheses(tokens: &mut [Spanned]) {
    let mut open = Vec::new();
    let mut matching = vec![usize::MAX; tokens.len()];
    for (i, (_, token, _)) in tokens.iter().enumerate() {
        if token.is_open_bracket() {
            open.push(i);
        } else if token.is_close_bracket() {
            if let Some(o) = open.pop() {
                matching[o] = i;
            }
        }
    }
    for i in 1..tokens.len() {
        if tokens[i].1 == Token::Lpar && tokens[i - 1].1 == Token::With {
            let close = matching[i];
            // `with (yield x):` can only be a parenthesized expression.
            let is_yield = tokens.get(i + 1).is_some_and(|t| t.1 == Token::Yield);
            if close != usize::MAX
                && !is_yield
                && tokens.get(close + 1).is_some_and(|t| t.1 == Token::Colon)
            {
                tokens[i].1 = Token::WithItemsLpar;
            }
        }
    }
}

/// Scans the number starting at `start`; returns its value and end.
fn scan_number(source: &str, start: usize) -> Result<(Constant, usize), SpannedError> {
    let bytes = source.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    // Digits of a radix with single underscores between them; returns the end.
    let digits = |mut i: usize, ok: fn(u8) -> bool, kind: &str| -> Result<usize, SpannedError> {
        loop {
            while ok(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            if !ok(at(i + 1)) {
                return Err(SpannedError::at(format!("invalid {kind} literal"), i));
            }
            i += 1;
        }
    };
    let radix = match (at(start), at(start + 1).to_ascii_lowercase()) {
        (b'0', b'x') => Some((
            16,
            "hexadecimal",
            (|b: u8| b.is_ascii_hexdigit()) as fn(u8) -> bool,
        )),
        (b'0', b'o') => Some((
            8,
            "octal",
            (|b: u8| (b'0'..=b'7').contains(&b)) as fn(u8) -> bool,
        )),
        (b'0', b'b') => Some((
            2,
            "binary",
            (|b: u8| b == b'0' || b == b'1') as fn(u8) -> bool,
        )),
        _ => None,
    };
    if let Some((radix, kind, ok)) = radix {
        let mut i = start + 2;
        if at(i) == b'_' {
            i += 1;
        }
        if !ok(at(i)) {
            let bad = if at(i).is_ascii_digit() && radix < 10 {
                i
            } else {
                i - 1
            };
            return Err(SpannedError::at(format!("invalid {kind} literal"), bad));
        }
        let end = digits(i, ok, kind)?;
        check_end_of_number(source, end, kind)?;
        let text: String = source[start + 2..end]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        return Ok((int_constant(&text, radix), end));
    }

    let is_digit = (|b: u8| b.is_ascii_digit()) as fn(u8) -> bool;
    let mut end = digits(start, is_digit, "decimal")?;
    let mut is_float = false;
    if at(end) == b'.' {
        is_float = true;
        end += 1;
        if at(end).is_ascii_digit() {
            end = digits(end, is_digit, "decimal")?;
        }
    }
    if at(end) == b'e' || at(end) == b'E' {
        let mut i = end + 1;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        if at(i).is_ascii_digit() {
            end = digits(i, is_digit, "decimal")?;
            is_float = true;
        }
    }
    let text: String = source[start..end].chars().filter(|&c| c != '_').collect();
    if at(end) == b'j' || at(end) == b'J' {
        // `010j` is fine: an imaginary literal is always decimal.
        check_end_of_number(source, end + 1, "imaginary")?;
        return Ok((Constant::Imaginary(text.parse().unwrap_or(f64::INFINITY)), end + 1));
    }
    check_end_of_number(source, end, "decimal")?;
    if is_float {
        return Ok((Constant::Float(text.parse().unwrap_or(f64::INFINITY)), end));
    }
    if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
        let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        return Err(SpannedError::new(msg, start, start + 1));
    }
    Ok((int_constant(&text, 10), end))
}

/// A number directly followed by a letter (`1abc`) is an error, not two tokens.
fn check_end_of_number(source: &str, end: usize, kind: &str) -> Result<(), SpannedError> {
    match source[end..].chars().next() {
        Some(c)
            if c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && c.is_alphanumeric()) =>
        {
            Err(SpannedError::at(format!("invalid {kind} literal"), end - 1))
        }
        _ => Ok(()),
    }
}

fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(value),
        Err(_) => {
            let value = BigInt::from_str_radix(digits, radix).unwrap_or_default();
            match value.to_i64() {
                Some(small) => Constant::Int(small),
                None => Constant::BigInt(value),
            }
        }
    }
}
