//! The abstract syntax tree the parser produces and the compiler consumes.
//!
//! Every statement and expression carries the byte span of its source text;
//! line numbers are computed from spans (see `LineIndex`), so the tree stays
//! small and every instruction can still be mapped back to a line.

use num_bigint::BigInt;

/// Byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`; `simple` when the target is a bare name.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Del(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .mod import a as b, c` (`level` counts the dots); `from m import *` has
    /// one alias named `*`.
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name as written: `os.path`.
    pub name: String,
    pub asname: Option<String>,
}

/// A function's parameter list, in CPython's grouping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    /// Before a `/`.
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub span: Span,
    pub name: String,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string: literal pieces and formatted values, in order.
    JoinedStr(Vec<FStringPart>),
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` is one BoolOp with three values.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c`: left = a, ops = [<, <=], comparators = [b, c].
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// Positional arguments may include `Starred`; a keyword with `arg: None` is `**map`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    Attribute { value: Box<Expr>, attr: String },
    /// `value[index]`; a slice index is an `ExprKind::Slice`, `a[1:2, 3]` a Tuple.
    Subscript { value: Box<Expr>, index: Box<Expr> },
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    Starred(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key marks `**m` (its value is `m`).
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    Lambda { params: Box<Parameters>, body: Box<Expr> },
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `target := value`
    NamedExpr { target: String, value: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal too large for i64.
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal (`2.5j`): the imaginary part.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:format_spec}`; `f"{x=}"` is desugared by the parser into
    /// a literal `x=` followed by this with conversion `r` (when no spec is given).
    Formatted { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Vec<FStringPart>> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// Maps byte offsets to 1-based line and column numbers.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// 1-based line containing byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0)
    }
}
