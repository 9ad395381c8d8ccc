//! The parser: runs the lalrpop grammar (`grammar/python.lalrpop`) over the
//! lexer's tokens and turns lalrpop's errors into CPython-style SyntaxErrors.

use lalrpop_util::{lalrpop_mod, ParseError};

use crate::syntax::actions::Top;
use crate::syntax::ast::{Expr, ExprKind, Module, Span};
use crate::syntax::error::{Caret, SpannedError};
use crate::syntax::lexer::{lex, line_of, LexErrorClass, Lexed, Mode, Spanned};
use crate::syntax::nesting::stmt_depth;
use crate::syntax::token::Token;

pub use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code)]
    python,
    "/python.rs"
);

/// Expressions may nest this deep (CPython fails somewhat later, with a
/// RecursionError from its compiler). Checking needs a walk of the tree, done
/// only for inputs whose tokens allow such depth.
const MAX_NESTING: usize = 1000;
/// Beyond this many nesting tokens in one logical line we do not even try.
const MAX_NESTING_TOKENS: usize = 100_000;
/// Stack for parsing and checking inputs that might nest deeply.
const DEEP_PARSE_STACK: usize = 256 << 20;

/// Parses a module's source text.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let lexed = lex(source, Mode::Module);
    let result = if lexed.max_nesting > MAX_NESTING {
        parse_deep(source, lexed)
    } else {
        parse_tokens(source, 0, lexed, 0)
    };
    match result {
        Ok(Top::Module(module)) => Ok(module),
        Ok(Top::Expression(_)) => {
            Err(SpannedError::at("invalid syntax", 0).into_syntax_error(source))
        }
        Err(error) => Err(error.into_syntax_error(source)),
    }
}

/// Parses the expression of an f-string field found at byte `offset`.
pub(crate) fn parse_fstring_expression(
    text: &str,
    offset: usize,
    fstring_depth: u32,
) -> Result<Expr, SpannedError> {
    let mut lexed = lex(text, Mode::Expression { base: offset });
    lexed
        .tokens
        .insert(0, (offset, Token::StartExpression, offset));
    match parse_tokens(text, offset, lexed, fstring_depth) {
        Ok(Top::Expression(mut expr)) => {
            // CPython parses the field as if parenthesized, so a bare tuple
            // (`f"{x, y}"`) spans the braces.
            let trimmed = text.trim();
            let bare = !(trimmed.starts_with('(') && trimmed.ends_with(')'));
            let leading = text.len() - text.trim_start().len();
            let covers_text =
                expr.span == Span::new(offset + leading, offset + leading + trimmed.len());
            if matches!(expr.kind, ExprKind::Tuple(_)) && bare && covers_text {
                expr.span = Span::new(offset.saturating_sub(1), offset + text.len() + 1);
            }
            Ok(expr)
        }
        Ok(Top::Module(_)) => Err(SpannedError::at("f-string: invalid syntax", offset)),
        Err(mut error) => {
            if !error.msg.starts_with("f-string") {
                error.msg = format!("f-string: {}", error.msg);
            }
            Err(error)
        }
    }
}

/// Parses on a thread with a large stack, then rejects trees nested too deeply
/// (dropping them there too, since dropping recurses as well).
fn parse_deep(source: &str, lexed: Lexed) -> Result<Top, SpannedError> {
    let too_deep = |at: usize| SpannedError::at("too many nested expressions", at);
    if lexed.max_nesting > MAX_NESTING_TOKENS {
        return Err(too_deep(lexed.max_nesting_at));
    }
    let owned = source.to_string();
    let worker = std::thread::Builder::new()
        .stack_size(DEEP_PARSE_STACK)
        .spawn(move || {
            let top = parse_tokens(&owned, 0, lexed, 0)?;
            if let Top::Module(module) = &top {
                if let Some(deep) = module.body.iter().find(|s| stmt_depth(s) > MAX_NESTING) {
                    return Err(too_deep(deep.span.start as usize));
                }
            }
            Ok(top)
        });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(result)) => result,
        _ => Err(too_deep(0)),
    }
}

/// Runs the grammar over `lexed`. `source` is the text the tokens came from,
/// starting at byte `base` of the whole input.
fn parse_tokens(
    source: &str,
    base: usize,
    lexed: Lexed,
    fstring_depth: u32,
) -> Result<Top, SpannedError> {
    let Lexed {
        tokens,
        error: lex_error,
        ..
    } = lexed;
    let stream = tokens
        .iter()
        .cloned()
        .map(Ok)
        .chain(lex_error.as_ref().map(|e| Err(e.error.clone())));
    let (parse_error, failed_at) = match python::TopParser::new().parse(fstring_depth, stream) {
        Ok(top) => return Ok(top),
        Err(ParseError::User { error }) if lex_error.as_ref().is_some_and(|e| e.error == error) => {
            return Err(error)
        }
        Err(error) => {
            let failed_at = match &error {
                ParseError::UnrecognizedToken {
                    token: (l, _, _), ..
                }
                | ParseError::ExtraToken { token: (l, _, _) } => *l,
                ParseError::UnrecognizedEof { location, .. }
                | ParseError::InvalidToken { location } => *location,
                ParseError::User { error } => error.start(),
            };
            (
                Diagnosis {
                    source,
                    base,
                    tokens: &tokens,
                }
                .describe(error),
                failed_at,
            )
        }
    };
    // CPython goes on tokenizing after a parse error; some tokenizer errors
    // found further on are reported instead.
    let Some(lex_error) = lex_error else {
        return Err(parse_error);
    };
    let line = |offset: usize| line_of(source, offset.saturating_sub(base));
    match lex_error.class {
        LexErrorClass::Hard => Err(lex_error.error),
        LexErrorClass::UnclosedBracket { line_offset } => {
            // CPython also reports the bracket when it had to read to the
            // end of the input to find the parse error.
            let at_last_token = tokens.last().is_some_and(|t| t.0 <= failed_at);
            if line(failed_at) > line(line_offset) || at_last_token {
                Err(lex_error.error)
            } else {
                Err(parse_error)
            }
        }
        LexErrorClass::Soft => Err(parse_error),
    }
}

/// Turns a lalrpop error into the message CPython gives for the same mistake.
struct Diagnosis<'a> {
    source: &'a str,
    base: usize,
    tokens: &'a [Spanned],
}

impl Diagnosis<'_> {
    fn describe(&self, error: ParseError<usize, Token, SpannedError>) -> SpannedError {
        match error {
            ParseError::User { error } => error,
            ParseError::UnrecognizedEof { location, expected } => {
                self.at_end(location, &expected).incomplete()
            }
            ParseError::UnrecognizedToken {
                token: (l, token, r),
                expected,
            } => {
                let index = self
                    .tokens
                    .iter()
                    .position(|t| t.0 == l && t.1 == token)
                    .unwrap_or(self.tokens.len());
                self.unexpected(index, l, &token, r, &expected)
            }
            ParseError::ExtraToken { token: (l, _, r) } => {
                SpannedError::new("invalid syntax", l, r)
            }
            ParseError::InvalidToken { location } => SpannedError::at("invalid syntax", location),
        }
    }

    /// The input ended where more was needed.
    fn at_end(&self, location: usize, expected: &[String]) -> SpannedError {
        let last_content = self.base + self.source.trim_end().len().saturating_sub(1);
        let mut error = if expects(expected, "Indent") {
            SpannedError::indentation(self.expected_block(self.tokens.len()), location, location)
        } else if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
            SpannedError::at("expected 'except' or 'finally' block", location)
        } else {
            SpannedError::at("invalid syntax", location)
        };
        error.caret = Caret::LineOnly(last_content);
        error
    }

    fn unexpected(
        &self,
        index: usize,
        l: usize,
        token: &Token,
        r: usize,
        expected: &[String],
    ) -> SpannedError {
        let at_end = l >= self.base + self.source.len();
        if *token == Token::Indent {
            return SpannedError::indentation("unexpected indent", r.saturating_sub(1), r);
        }
        if expects(expected, "Indent") {
            let error = SpannedError::indentation(self.expected_block(index), l, r);
            return if at_end {
                self.at_end(l, expected).incomplete()
            } else {
                error
            };
        }
        if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
            if at_end {
                return self.at_end(l, expected).incomplete();
            }
            return SpannedError::new("expected 'except' or 'finally' block", l, r);
        }
        let line_start = self.logical_line_start(index);
        let first = self.tokens.get(line_start).map(|t| &t.1);
        let starts_block = first.is_some_and(is_block_keyword);
        if *token == Token::Newline && expects(expected, "\":\"") && starts_block {
            return SpannedError::at("expected ':'", l);
        }
        if *token == Token::Equal && matches!(first, Some(Token::If | Token::Elif | Token::While)) {
            let end = self.expression_end(index + 1);
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return SpannedError::new(msg, self.tokens[line_start + 1].0, end);
        }
        if let Some(error) = self.dictionary_value(index, line_start, token, expected) {
            return error;
        }
        if let Some(error) = self.missing_else(index, line_start, expected) {
            return error;
        }
        if let Some(error) = self.legacy_print(index, line_start, token) {
            return error;
        }
        if let Some(error) = self.missing_comma(index, line_start, token) {
            return error;
        }
        SpannedError::new("invalid syntax", l, r)
    }

    /// "expected an indented block after 'if' statement on line 3", for the
    /// block header ending just before token `index`.
    fn expected_block(&self, index: usize) -> String {
        let header_end = index.saturating_sub(1);
        let header = self.logical_line_start(header_end);
        let Some((offset, keyword, _)) = self.tokens.get(header) else {
            return "expected an indented block".to_string();
        };
        let line = line_of(self.source, offset.saturating_sub(self.base));
        let what = match keyword {
            Token::Def => "function definition".to_string(),
            Token::Class => "class definition".to_string(),
            keyword if is_block_keyword(keyword) => {
                format!("'{}' statement", keyword.text().unwrap_or("?"))
            }
            _ => return "expected an indented block".to_string(),
        };
        format!("expected an indented block after {what} on line {line}")
    }

    /// Index of the first token of the logical line containing token `index`.
    fn logical_line_start(&self, index: usize) -> usize {
        let mut i = index.min(self.tokens.len());
        while i > 0
            && !matches!(
                self.tokens[i - 1].1,
                Token::Newline | Token::Indent | Token::Dedent
            )
        {
            i -= 1;
        }
        i
    }

    /// Where the expression starting at token `start` ends (byte offset).
    fn expression_end(&self, start: usize) -> usize {
        let mut depth = 0usize;
        let mut end = self.tokens.get(start).map_or(0, |t| t.2);
        for (_, token, r) in &self.tokens[start.min(self.tokens.len())..] {
            if token.is_open_bracket() {
                depth += 1;
            } else if token.is_close_bracket() {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && ends_expression(token) {
                break;
            }
            end = *r;
        }
        end
    }

    /// Index of the first token of the expression ending just before `index`,
    /// scanning back no further than `line_start`.
    fn expression_start(&self, index: usize, line_start: usize) -> usize {
        let mut depth = 0usize;
        let mut i = index;
        while i > line_start {
            let token = &self.tokens[i - 1].1;
            if token.is_close_bracket() {
                depth += 1;
            } else if token.is_open_bracket() {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 {
                let unary_star = matches!(token, Token::Star | Token::DoubleStar)
                    && (i - 1 == line_start
                        || matches!(self.tokens[i - 2].1, Token::Comma)
                        || self.tokens[i - 2].1.is_open_bracket());
                if unary_star || starts_after(token) {
                    break;
                }
            }
            i -= 1;
        }
        i
    }

    /// `invalid syntax. Perhaps you forgot a comma?` for two expressions side
    /// by side inside brackets: `[1, 2 3]`.
    fn missing_comma(
        &self,
        index: usize,
        line_start: usize,
        token: &Token,
    ) -> Option<SpannedError> {
        let previous = &self.tokens.get(index.checked_sub(1)?)?.1;
        if index <= line_start || !ends_atom(previous) || !starts_atom(token) {
            return None;
        }
        let mut depth = 0i32;
        for (_, t, _) in &self.tokens[line_start..index] {
            if t.is_open_bracket() || *t == Token::StartExpression {
                depth += 1;
            } else if t.is_close_bracket() {
                depth -= 1;
            }
        }
        if depth <= 0 {
            return None;
        }
        let start = self.expression_start(index, line_start);
        // CPython leaves `print "x"`-like pairs (a name then a string) alone.
        let name_then_string = matches!(self.tokens[start].1, Token::Name(_))
            && matches!(
                self.tokens.get(start + 1).map(|t| &t.1),
                Some(Token::String(_))
            );
        if name_then_string {
            return None;
        }
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        Some(SpannedError::new(
            msg,
            self.tokens[start].0,
            self.expression_end(index),
        ))
    }

    /// `{1: 2, 3}` and `{1: 2, 3: }`.
    fn dictionary_value(
        &self,
        index: usize,
        line_start: usize,
        token: &Token,
        expected: &[String],
    ) -> Option<SpannedError> {
        if !matches!(token, Token::Comma | Token::Rbrace) || index <= line_start {
            return None;
        }
        let mut depth = 0usize;
        let innermost = (line_start..index).rev().find_map(|i| {
            let t = &self.tokens[i].1;
            if t.is_close_bracket() {
                depth += 1;
            } else if t.is_open_bracket() {
                if depth == 0 {
                    return Some(t.clone());
                }
                depth -= 1;
            }
            None
        });
        if innermost != Some(Token::Lbrace) {
            return None;
        }
        let (colon, _, colon_end) = &self.tokens[index - 1];
        if self.tokens[index - 1].1 == Token::Colon {
            return Some(SpannedError::new(
                "expression expected after dictionary key and ':'",
                *colon,
                *colon_end,
            ));
        }
        if !expects(expected, "\":\"") {
            return None;
        }
        let start = self.tokens[self.expression_start(index, line_start)].0;
        Some(SpannedError::at("':' expected after dictionary key", start))
    }

    /// `x = 1 if y` (no `else`).
    fn missing_else(
        &self,
        index: usize,
        line_start: usize,
        expected: &[String],
    ) -> Option<SpannedError> {
        if !expects(expected, "\"else\"") || index <= line_start {
            return None;
        }
        let mut depth = 0usize;
        let mut if_index = None;
        for i in (line_start..index).rev() {
            let token = &self.tokens[i].1;
            if token.is_close_bracket() {
                depth += 1;
            } else if token.is_open_bracket() {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && *token == Token::If {
                if_index = Some(i);
                break;
            }
        }
        let if_index = if_index.filter(|&i| i > line_start)?;
        let start = self.expression_start(if_index, line_start);
        let end = self.tokens[index - 1].2;
        Some(SpannedError::new(
            "expected 'else' after 'if' expression",
            self.tokens[start].0,
            end,
        ))
    }

    /// `print "hello"`.
    fn legacy_print(&self, index: usize, line_start: usize, token: &Token) -> Option<SpannedError> {
        let Token::Name(name) = &self.tokens.get(line_start)?.1 else {
            return None;
        };
        if index != line_start + 1 || !(name == "print" || name == "exec") || !starts_atom(token) {
            return None;
        }
        let end = self.tokens[index..]
            .iter()
            .take_while(|t| t.1 != Token::Newline)
            .last()
            .map_or(0, |t| t.2);
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        Some(SpannedError::new(msg, self.tokens[line_start].0, end))
    }
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn is_block_keyword(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        If | Elif | Else | While | For | Try | Except | Finally | With | Def | Class
    )
}

/// Tokens after which an expression can start but which are not part of it.
fn starts_after(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Comma
            | Equal
            | Colon
            | ColonEqual
            | Semicolon
            | Arrow
            | If
            | Else
            | For
            | In
            | Lambda
            | Yield
            | Return
            | Del
            | Assert
            | Import
            | From
            | As
            | Raise
            | While
            | Elif
            | With
            | Global
            | Nonlocal
            | At
            | PlusEqual
            | MinusEqual
            | StarEqual
            | SlashEqual
            | DoubleSlashEqual
            | PercentEqual
            | AtEqual
            | AmpersandEqual
            | PipeEqual
            | CaretEqual
            | RightShiftEqual
            | LeftShiftEqual
            | DoubleStarEqual
    )
}

/// Tokens that end the expression they follow.
fn ends_expression(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Comma | Equal | Colon | ColonEqual | For | Newline | Semicolon | As
    ) || starts_after(token) && !matches!(token, If | Else | In | Lambda)
}

fn ends_atom(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Name(_) | Number(_) | String(_) | Rpar | Rsqb | Rbrace | True | False | None | Ellipsis
    )
}

fn starts_atom(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Name(_)
            | Number(_)
            | String(_)
            | Lpar
            | Lsqb
            | Lbrace
            | True
            | False
            | None
            | Ellipsis
            | Lambda
            | Tilde
    )
}
