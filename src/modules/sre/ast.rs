//! The parsed form of a regular expression: what `parse.rs` builds and
//! `compile.rs` turns into a program. Flags that CPython lets a group scope
//! (`(?i:...)`, `(?s:...)`, `(?m:...)`, `(?a:...)`) are resolved into the
//! nodes here, so the compiler and matcher never track flag scopes.

/// CPython's flag bits (`re.I` is 2, ...), shared with `lib/re.py`.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// "No upper bound" for a repeat (CPython's MAXREPEAT).
pub const INF: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Assert {
    /// `^` without MULTILINE, `\A`
    Start,
    /// `^` with MULTILINE
    LineStart,
    /// `$` without MULTILINE: the end, or before a newline that ends the text
    EndOrFinalNewline,
    /// `$` with MULTILINE
    LineEnd,
    /// `\Z`
    End,
    /// `\b` (true: ASCII word characters only)
    WordBoundary(bool),
    /// `\B`
    NotWordBoundary(bool),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// One member of a character class.
#[derive(Clone, Copy, Debug)]
pub enum ClassItem {
    Range(u32, u32),
    /// `\d` (negated for `\D`)
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub items: Vec<ClassItem>,
    pub negated: bool,
    pub icase: bool,
    /// ASCII semantics for `\d \w \s` and case folding (bytes or `re.A`).
    pub ascii: bool,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A literal character; `icase` folds case.
    Char { c: u32, icase: bool, ascii: bool },
    /// `.`: `dotall` also matches a newline.
    Any { dotall: bool },
    Class(Box<ClassSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// A capturing group (index from 1).
    Group(usize, Box<Node>),
    Repeat { min: u32, max: u32, greed: Greed, node: Box<Node> },
    Assert(Assert),
    Backref { group: usize, icase: bool, ascii: bool },
    Look { behind: bool, negate: bool, node: Box<Node> },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`
    Cond { group: usize, yes: Box<Node>, no: Box<Node> },
}

impl Node {
    /// The fewest and most characters the node can match (`None`: unbounded).
    pub fn width(&self) -> (u64, Option<u64>) {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Any { .. } | Node::Class(_) => (1, Some(1)),
            Node::Cat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width();
                (lo.saturating_add(a), hi.and_then(|h| b.map(|b| h.saturating_add(b))))
            }),
            Node::Alt(items) => {
                let mut lo = u64::MAX;
                let mut hi = Some(0u64);
                for n in items {
                    let (a, b) = n.width();
                    lo = lo.min(a);
                    hi = hi.and_then(|h| b.map(|b| h.max(b)));
                }
                (if items.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(),
            Node::Repeat { min, max, node, .. } => {
                let (a, b) = node.width();
                let hi = if *max == INF { if b == Some(0) { Some(0) } else { None } } else { b.map(|b| b.saturating_mul(*max as u64)) };
                (a.saturating_mul(*min as u64), hi)
            }
            Node::Backref { .. } => (0, None),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), b.and_then(|b| d.map(|d| b.max(d))))
            }
        }
    }
}
