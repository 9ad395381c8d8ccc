//! The tokens the lexer hands to the parser.

use std::fmt;

use crate::syntax::ast::Constant;

/// A string literal as written, before adjacent literals are concatenated.
#[derive(Clone, PartialEq)]
pub enum StringLiteral {
    /// A plain or raw `str` literal, escapes already decoded.
    Str(String),
    /// A `bytes` literal, escapes already decoded.
    Bytes(Vec<u8>),
    /// An f-string: its text between the quotes, undecoded, since the
    /// expressions inside are parsed later. `offset` is where `body` starts
    /// in the source, so those expressions get absolute spans.
    FString {
        body: String,
        raw: bool,
        offset: usize,
    },
}

#[derive(Clone, PartialEq)]
pub enum Token {
    Name(String),
    /// An `int` (`Int` or `BigInt`) or a `float` constant.
    Number(Constant),
    String(StringLiteral),
    Newline,
    Indent,
    Dedent,
    /// Only at the very start of the token stream of an f-string expression:
    /// selects the expression entry of the grammar.
    StartExpression,
    /// A `(` right after `with` whose matching `)` is followed by `:`; it opens
    /// a parenthesized list of with-items rather than an expression.
    WithItemsLpar,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Ampersand,
    Pipe,
    Caret,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Semicolon,
    Equal,
    Arrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmpersandEqual,
    PipeEqual,
    CaretEqual,
    RightShiftEqual,
    LeftShiftEqual,
    DoubleStarEqual,
}

impl Token {
    /// The token's text when it is a keyword, operator or delimiter.
    pub fn text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LeftShift => "<<",
            RightShift => ">>",
            Ampersand => "&",
            Pipe => "|",
            Caret => "^",
            Tilde => "~",
            ColonEqual => ":=",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            Lpar | WithItemsLpar => "(",
            Rpar => ")",
            Lsqb => "[",
            Rsqb => "]",
            Lbrace => "{",
            Rbrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Semicolon => ";",
            Equal => "=",
            Arrow => "->",
            Ellipsis => "...",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            AmpersandEqual => "&=",
            PipeEqual => "|=",
            CaretEqual => "^=",
            RightShiftEqual => ">>=",
            LeftShiftEqual => "<<=",
            DoubleStarEqual => "**=",
            Name(_) | Number(_) | String(_) | Newline | Indent | Dedent | StartExpression => {
                return Option::None
            }
        })
    }

    pub fn keyword(name: &str) -> Option<Token> {
        use Token::*;
        Some(match name {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    pub fn is_open_bracket(&self) -> bool {
        matches!(
            self,
            Token::Lpar | Token::WithItemsLpar | Token::Lsqb | Token::Lbrace
        )
    }

    pub fn is_close_bracket(&self) -> bool {
        matches!(self, Token::Rpar | Token::Rsqb | Token::Rbrace)
    }
}

impl fmt::Debug for StringLiteral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StringLiteral::Str(s) => write!(f, "{s:?}"),
            StringLiteral::Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            StringLiteral::FString { body, raw, .. } => {
                write!(f, "{}f{body:?}", if *raw { "r" } else { "" })
            }
        }
    }
}

/// Compact, readable form for token-stream snapshots: `Name(x)`, `Int(1)`,
/// `String("a")`, `'if'`, `'+'`, `Newline`.
impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = self.text() {
            if matches!(self, Token::WithItemsLpar) {
                return write!(f, "'(' (with-items)");
            }
            return write!(f, "'{text}'");
        }
        match self {
            Token::Name(name) => write!(f, "Name({name})"),
            Token::Number(Constant::Int(i)) => write!(f, "Int({i})"),
            Token::Number(Constant::BigInt(i)) => write!(f, "Int({i})"),
            Token::Number(Constant::Float(x)) => write!(f, "Float({x:?})"),
            Token::Number(Constant::Imaginary(x)) => write!(f, "Imaginary({x:?})"),
            Token::Number(other) => write!(f, "Number({other:?})"),
            Token::String(s) => write!(f, "String({s:?})"),
            Token::Newline => write!(f, "Newline"),
            Token::Indent => write!(f, "Indent"),
            Token::Dedent => write!(f, "Dedent"),
            Token::StartExpression => write!(f, "StartExpression"),
            _ => unreachable!("tokens with text are handled above"),
        }
    }
}
