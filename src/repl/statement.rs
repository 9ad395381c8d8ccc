//! When the lines typed at the prompt make a statement to run.
//!
//! The parser decides: input that ends early (an open bracket, an open
//! triple-quoted string, a trailing backslash, a block header with no body)
//! fails with an `incomplete` SyntaxError, and the prompt asks for more. A
//! compound statement (`if`, `def`, `for` ...) is complete only when an empty
//! line closes it, as in CPython, so that `else:` or another method may follow.

use crate::syntax::ast::{Module, Span, StmtKind};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

pub enum Verdict {
    /// A whole statement (or a line of simple statements): run it.
    Complete(Module),
    /// Show the `... ` prompt and read another line.
    NeedMore,
    Invalid(SyntaxError),
}

/// Judges the lines typed so far for one statement. `end_of_input` is set
/// when Ctrl-D ended them: whatever is there is all there will be.
pub fn judge(lines: &[String], end_of_input: bool) -> Verdict {
    let source = lines.join("\n") + "\n";
    // Only an empty line closes a block: one of spaces does not (as CPython).
    let closing = end_of_input || (lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()));
    match crate::syntax::parse_module(&source) {
        Ok(module) => {
            let Some(first) = module.body.first() else {
                return Verdict::Complete(module);
            };
            if !opens_block(&first.kind) {
                return Verdict::Complete(module);
            }
            // One input is one statement: a line after the block that is not
            // indented into it is an error, reported as soon as it is typed.
            if let Some(second) = module.body.get(1) {
                return Verdict::Invalid(error_at_statement(&source, second.span));
            }
            if closing {
                Verdict::Complete(module)
            } else {
                Verdict::NeedMore
            }
        }
        Err(e) if e.incomplete => {
            // Inside a bracket or a triple-quoted string an empty line is
            // just part of it; after a block header it ends the input too early.
            if closing && (end_of_input || !inside_token_continuation(&source)) {
                Verdict::Invalid(at_closing_line(e, lines.len()))
            } else {
                Verdict::NeedMore
            }
        }
        Err(e) => Verdict::Invalid(e),
    }
}

fn opens_block(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    )
}

/// Whether the lexer itself wants more: an open bracket or triple-quoted
/// string (the parser would say "incomplete" for a block header too).
fn inside_token_continuation(source: &str) -> bool {
    matches!(crate::syntax::lexer::tokenize(source), Err(e) if e.incomplete)
}

/// CPython reports an input cut short by the closing empty line on that
/// line, with a caret at its start.
fn at_closing_line(mut e: SyntaxError, line_count: usize) -> SyntaxError {
    e.line = line_count as u32;
    e.col = 1;
    e.end_col = 2;
    e.incomplete = false;
    e
}

/// "invalid syntax" under the first token of the statement at `span`.
fn error_at_statement(source: &str, span: Span) -> SyntaxError {
    let start = span.start as usize;
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..start].chars().count() as u32 + 1;
    let rest = &source[start..];
    let word = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
    let width = rest[..word].chars().count().max(1) as u32;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        line: source[..start].matches('\n').count() as u32 + 1,
        col,
        end_col: col + width,
        incomplete: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(lines: &[&str]) -> &'static str {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        match judge(&lines, false) {
            Verdict::Complete(_) => "complete",
            Verdict::NeedMore => "more",
            Verdict::Invalid(_) => "invalid",
        }
    }

    fn error(lines: &[&str]) -> String {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        match judge(&lines, false) {
            Verdict::Invalid(e) => e.render("<stdin>", &(lines.join("\n") + "\n")),
            _ => panic!("expected an error"),
        }
    }

    #[test]
    fn simple_lines_are_complete() {
        assert_eq!(verdict(&["1 + 1"]), "complete");
        assert_eq!(verdict(&["x = 1; y = 2"]), "complete");
        assert_eq!(verdict(&[""]), "complete");
        assert_eq!(verdict(&["   "]), "complete");
        assert_eq!(verdict(&["# a comment"]), "complete");
        assert_eq!(verdict(&["1 +"]), "invalid");
    }

    #[test]
    fn brackets_strings_and_backslashes_continue() {
        assert_eq!(verdict(&["x = (1,"]), "more");
        assert_eq!(verdict(&["x = (1,", ""]), "more");
        assert_eq!(verdict(&["x = (1,", "2)"]), "complete");
        assert_eq!(verdict(&["s = '''a"]), "more");
        assert_eq!(verdict(&["s = '''a", ""]), "more");
        assert_eq!(verdict(&["s = '''a", "b'''"]), "complete");
        assert_eq!(verdict(&["s = \"\"\"a"]), "more");
        assert_eq!(verdict(&["x = 1 + \\"]), "more");
        assert_eq!(verdict(&["x = 1 + \\", "2"]), "complete");
        assert_eq!(verdict(&["x = 1 + \\", ""]), "invalid");
    }

    #[test]
    fn blocks_end_at_an_empty_line() {
        assert_eq!(verdict(&["if 1:"]), "more");
        assert_eq!(verdict(&["if 1:", "  x = 1"]), "more");
        assert_eq!(verdict(&["if 1:", "  x = 1", "  "]), "more");
        assert_eq!(verdict(&["if 1:", "  x = 1", "else:"]), "more");
        assert_eq!(verdict(&["if 1:", "  x = 1", "else:", "  y = 2", ""]), "complete");
        assert_eq!(verdict(&["for i in range(3): i"]), "more");
        assert_eq!(verdict(&["for i in range(3): i", ""]), "complete");
        assert_eq!(verdict(&["def f():", "  return (1,", "", "2)"]), "more");
        assert_eq!(verdict(&["def f():", "  return (1,", "", "2)", ""]), "complete");
        assert_eq!(verdict(&["@dec"]), "more");
        assert_eq!(verdict(&["try:", "  pass"]), "more");
        assert_eq!(verdict(&["class A:", "  def f(self):", "    return 1", "", ""]), "complete");
    }

    #[test]
    fn errors_read_as_cpython_prints_them() {
        assert_eq!(
            error(&["if 1:", ""]),
            "  File \"<stdin>\", line 2\n    \n    ^\n\
             IndentationError: expected an indented block after 'if' statement on line 1\n"
        );
        assert_eq!(
            error(&["try:", "  pass", ""]),
            "  File \"<stdin>\", line 3\n    \n    ^\nSyntaxError: expected 'except' or 'finally' block\n"
        );
        assert_eq!(
            error(&["if 1:", "  pass", "print(1)"]),
            "  File \"<stdin>\", line 3\n    print(1)\n    ^^^^^\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(error(&["@dec", ""]), "  File \"<stdin>\", line 2\n    \n    ^\nSyntaxError: invalid syntax\n");
        assert_eq!(error(&["x = 1 + \\", ""]), "  File \"<stdin>\", line 2\n    \n    ^\nSyntaxError: invalid syntax\n");
    }
}
