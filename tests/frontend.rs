//! Front-end tests: token streams, AST dumps and CPython-style syntax errors
//! as insta snapshots, plus a robustness test over prefixes and mutations.

#[path = "frontend/dump.rs"]
mod dump;

use gilpy::syntax::lexer::tokenize;
use gilpy::syntax::{parse_module, SyntaxError, SyntaxErrorKind};

fn tokens(source: &str) -> String {
    match tokenize(source) {
        Ok(tokens) => tokens.iter().map(|(l, t, r)| format!("{l}..{r} {t:?}\n")).collect(),
        Err(e) => format!("error: {e:?}\n"),
    }
}

fn ast(source: &str) -> String {
    match parse_module(source) {
        Ok(module) => dump::module(source, &module),
        Err(e) => panic!("unexpected syntax error:\n{}", e.render("<test>", source)),
    }
}

fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(module) => panic!("expected a syntax error, got {module:?}"),
        Err(e) => e,
    }
}

fn rendered(source: &str) -> String {
    error(source).render("bad.py", source)
}

// ----------------------------------------------------------------- tokens

#[test]
fn tokens_of_blocks() {
    let source = "def f(x):\n    if x:  # comment\n\n        return [1,\n  2]\n    return 0\nprint(f(1))\n";
    insta::assert_snapshot!(tokens(source));
}

#[test]
fn tokens_of_literals() {
    let source = "x = 0x_ff + 0o17 + 0b1 + 1_000 + 99999999999999999999 + 1.5 + .5 + 5. + 1e10\n\
                  s = 'a' \"b\\n\" r'\\d' b'\\x00' f'{x!r:>{w}}' '''t\nq'''\n\
                  y = a \\\n    + b\n";
    insta::assert_snapshot!(tokens(source));
}

#[test]
fn tokens_of_operators() {
    let source = "a **= b // c ** d -> e := f != g <= h >> i <<= j ... k @= l\n";
    insta::assert_snapshot!(tokens(source));
}

#[test]
fn tokens_dedent_to_several_levels_and_eof_without_newline() {
    insta::assert_snapshot!(tokens("if a:\n  if b:\n    c\nd\nif e:\n  f"));
}

// -------------------------------------------------------------------- AST

#[test]
fn ast_of_expressions() {
    let source = "\
-2**2, 2**-1, not a == b, a < b <= c, a is not b, a not in b
a or b and not c, x | y ^ z & w << 1 >> 2 + 3 - 4 * 5 / 6 // 7 % 8 @ 9, ~x
a if b else c, lambda: 0, lambda x, y=1, *a, k, **kw: x
f(*args, **kwargs), f(a, b=1, *c, **d), f(x for x in y), f(a)(b)[c].d
a[1:2], a[::2], a[1:2, 3], a[:]
[], [1, 2,], (), (1,), (1, 2), {}, {1: 2, **d}, {1, *s}
[x for x in y if x if not x], {k: v for k, v in d.items()}, (x for x in y for z in x)
[y := f(x), y**2]
x = yield
y = yield from z
x = 10000000000000000000, 9223372036854775807
";
    insta::assert_snapshot!(ast(source));
}

#[test]
fn ast_of_strings() {
    let source = r#"s = 'a' "b" '''c''' r'\n' "\x41\u00e9\101\t"
b = b'x' rb'\x' B"\x41"
f"a{x}b{y!r}c{z:>10}d{w!s:{width}.{prec}}e{{f}}g{x=}h{x = !s:^5}"
f'{a["b"]}' "plain" f"{c}"
f"{x:{y}}" f"" rf"\n{x}"
f"""{
    x + 1
}"""
"#;
    insta::assert_snapshot!(ast(source));
}

#[test]
fn ast_of_statements() {
    let source = "\
import os, sys as system
from ..pkg.mod import (a as b, c,)
from . import *
x, *y = a.b = c[0] = 1, 2
x += 1; n: int = 5; (m): int
del a, b[0], c.d
global g; assert x, 'msg'
if a: pass
elif b: pass
else: x = 1; y = 2
while x:
    break
else:
    continue
for k, v in d.items():
    pass
try:
    pass
except (A, B) as e:
    raise X from Y
except:
    raise
else:
    pass
finally:
    pass
with open(f) as g, h:
    pass
with (open(f) as g, open(h) as i,):
    pass

@decorator
def func(a, b: int = 1, /, c=2, *args: str, d, e=3, **kwargs) -> None:
    return a, b
@dec
class B(A, metaclass=M):
    def m(self): return self.x
";
    insta::assert_snapshot!(ast(source));
}

#[test]
fn walrus_and_spans_of_calls_and_decorated_defs() {
    let module = parse_module("@d\ndef f(): pass\nobj.method(1)\n").unwrap();
    assert_eq!(module.body[0].span.start, 3, "a decorated def starts at `def`");
    assert_eq!(module.body[1].span.start, 17, "a call starts at its function");
    assert!(parse_module("if (n := 10) > 5: pass\n").is_ok());
    assert!(parse_module("x := 1\n").is_err());
}

#[test]
fn integer_sizes() {
    use gilpy::syntax::ast::{Constant, ExprKind, StmtKind};
    let constant = |source: &str| match parse_module(source).unwrap().body.remove(0).kind {
        StmtKind::Expr(e) => match e.kind {
            ExprKind::Constant(c) => c,
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(constant("9223372036854775807\n"), Constant::Int(i64::MAX));
    assert!(matches!(constant("9223372036854775808\n"), Constant::BigInt(_)));
    assert!(matches!(constant("0x1_0000_0000_0000_0000\n"), Constant::BigInt(_)));
    assert_eq!(constant("1_000.5\n"), Constant::Float(1000.5));
}

// --------------------------------------------------------- syntax errors

/// Each of these was run through CPython 3.11 (`python3 bad.py`) and the
/// snapshot compared with what it printed.
const BAD_PROGRAMS: &[(&str, &str)] = &[
    ("missing_colon", "x = 1\nif x\n    pass\n"),
    ("unexpected_indent", "x = 1\n  y = 2\n"),
    ("expected_indented_block_if", "if x:\npass\n"),
    ("expected_indented_block_def", "def f():\nreturn 1\n"),
    ("expected_indented_block_at_eof", "for x in y:\n"),
    ("unindent_mismatch", "if x:\n    a = 1\n  b = 2\n"),
    ("unterminated_string", "x = \"abc\ny = 2\n"),
    ("unterminated_triple_quoted", "x = 1\ny = \"\"\"abc\n\nz\n"),
    ("paren_never_closed", "x = (1,\n2\n"),
    ("paren_never_closed_later_line", "print(\"a\"\nx = 1\n"),
    ("unmatched_paren", "x = 1)\n"),
    ("mismatched_paren", "x = (1, 2]\n"),
    ("forgot_comma", "f(a b)\n"),
    ("forgot_comma_in_list", "x = [1, 2 3]\n"),
    ("assign_to_literal", "1 = x\n"),
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_call_in_tuple", "a, f() = 1\n"),
    ("invalid_decimal_literal", "x = 1abc\n"),
    ("positional_after_keyword", "f(a=1, b)\n"),
    ("non_default_after_default", "def f(a=1, b):\n    pass\n"),
    ("invalid_syntax", "x = = 1\n"),
    ("assignment_in_if", "if x = 1:\n    pass\n"),
    ("delete_call", "del f()\n"),
    ("augmented_assign_to_call", "f() += 1\n"),
    ("invalid_character", "x = 5\u{20ac}\n"),
    ("line_continuation", "x = 1 \\ y\n"),
    ("fstring_empty_expression", "x = f\"{}\"\n"),
    ("fstring_bad_conversion", "x = f\"{x!z}\"\n"),
    ("leading_zeros", "x = 0777\n"),
    ("tab_error", "if x:\n\tx = 1\n        y = 2\n"),
    ("dict_missing_value", "x = {1: 2, 3}\n"),
    ("missing_else", "x = 1 if y\n"),
    ("legacy_print", "print \"hello\"\n"),
    ("try_without_except", "try:\n    pass\nx = 1\n"),
];

#[test]
fn syntax_errors_render_like_cpython() {
    let mut out = String::new();
    for (name, source) in BAD_PROGRAMS {
        out.push_str(&format!("--- {name}\n{}", rendered(source)));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn error_fields() {
    let e = error("x = 1\nif x\n    pass\n");
    assert_eq!((e.line, e.col, e.end_col, e.incomplete), (2, 5, 6, false));
    let e = error("x = 1\n  y = 2\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    let e = error("f() = 1\n");
    assert_eq!((e.line, e.col, e.end_col), (1, 1, 4));
}

#[test]
fn incomplete_input_is_flagged_for_the_repl() {
    for source in ["if x:\n", "def f():\n    if y:\n", "x = (1,\n", "s = '''abc\n", "x = \\\n", "try:\n    pass\n", "@d\n"] {
        assert!(error(source).incomplete, "{source:?} should be incomplete");
    }
    for source in ["x = 1 +\n", "x = )\n", "if x\n", "s = 'abc\n"] {
        assert!(!error(source).incomplete, "{source:?} should not be incomplete");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let parens = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
    assert_eq!(error(&parens).msg, "too many nested parentheses");
    assert!(parse_module(&format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200))).is_ok());
    let unary = format!("x = {}1\n", "-".repeat(100_000));
    assert_eq!(error(&unary).msg, "too many nested expressions");
    let sum = format!("x = {}1\n", "1 + ".repeat(5_000));
    assert_eq!(error(&sum).msg, "too many nested expressions");
    // Long but flat: fine.
    let flat = format!("x = [{}]\n", "-1, ".repeat(5_000));
    assert!(parse_module(&flat).is_ok());
    let blocks: String = (0..150).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
    assert_eq!(error(&blocks).msg, "too many levels of indentation");
}

// ------------------------------------------------------------- robustness

const CORPUS: &str = r#"import os, sys as system
from ..pkg.mod import (a as b, c,)
x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890
f = 1.5 + .5 + 5. + 1e10 + 1_000.5 + 2.5e-3
s = 'a' "b" '''c''' """d""" r'\n' "\x41\u00e9\U0001F600\101"
t = "line \
continued"
x, y = y, x
[a, *b] = c
a.b.c = d[1][2] = 3
x += 1; x -= 1; x **= 2; x //= 2; x @= y
n: int = 5
del a, b[0], c.d
assert x > 0, "message"
print(-2**2, 2**-1, not a == b, a < b <= c != d, a is not b, a not in b)
print(a if b else c, lambda: 0, lambda x, y=1, *a, k, **kw: x)
print(f(*args, **kwargs), f(a, b=1, *c, **d), f(x for x in y), f(a)(b)[c].d)
print(a[1:2], a[::2], a[1:2, 3], a[:], {1: 2, **d}, {1, 2, *s}, (), (1,))
print([x for x in y if x], {k: v for k, v in d.items()}, [y := f(x), y**2])
while x:
    x -= 1
    if x == 5:
        break
    elif x == 6:
        continue
    else:
        x = 0
else:
    pass
for k, v in d.items():
    print(k, v)
try:
    pass
except (TypeError, KeyError) as e:
    raise X from Y
except:
    raise
finally:
    pass
with open(f) as g, open(h) as (i, j):
    pass
with (open(f) as g, open(h) as i,):
    pass

@decorator.attr(arg)
def func(a, b: int = 1, /, c=2, *args: str, d, e=3, **kwargs) -> None:
    """Docstring."""
    x = yield
    y = yield from z
    return x, y
class B(A, metaclass=M):
    def m(self): return self.x
if x: y = 1; z = 2
s = f"a{x}b{y!r}c{z:>10}d{w!s:{width}.{prec}}e{{f}}g{x=}h{ {'a': 1}['a'] }"
s = f'{a["b"]}' f"{c}" "d" rf"\n{x}"
s = f"""{
    x
}"""
"#;

fn must_not_panic(source: &str) {
    let outcome = std::panic::catch_unwind(|| {
        let _ = tokenize(source);
        if let Err(e) = parse_module(source) {
            let _ = e.render("fuzz.py", source);
        }
    });
    assert!(outcome.is_ok(), "the front end panicked on {source:?}");
}

#[test]
fn every_prefix_parses_or_fails_cleanly() {
    assert!(parse_module(CORPUS).is_ok(), "{}", parse_module(CORPUS).unwrap_err().render("corpus.py", CORPUS));
    for (i, _) in CORPUS.char_indices() {
        must_not_panic(&CORPUS[..i]);
    }
}

#[test]
fn byte_mutations_fail_cleanly() {
    // A small deterministic generator (xorshift) so failures reproduce.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let interesting = b"()[]{}'\"\\:\n\t #=.,*fbr0x_e{}!";
    let bytes = CORPUS.as_bytes();
    for _ in 0..3000 {
        // Mutate a window of the corpus: smaller inputs keep the test quick.
        let start = (next() % bytes.len() as u64) as usize;
        let end = (start + 300 + (next() % 300) as usize).min(bytes.len());
        let mut mutated = bytes[start..end].to_vec();
        for _ in 0..1 + next() % 3 {
            if mutated.is_empty() {
                break;
            }
            let at = (next() % mutated.len() as u64) as usize;
            let byte = interesting[(next() % interesting.len() as u64) as usize];
            match next() % 3 {
                0 => {
                    mutated.remove(at);
                }
                1 => mutated.insert(at, byte),
                _ => mutated[at] = byte,
            }
        }
        must_not_panic(&String::from_utf8_lossy(&mutated));
    }
}
