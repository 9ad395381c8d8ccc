//! `Node` tree → a flat program for the backtracking matcher in `exec.rs`,
//! plus what lets a search skip start positions that cannot begin a match
//! (the set of possible first characters, and whether the pattern is
//! anchored at the start).

use super::ast::*;
use super::charclass::{fold, Class};

/// A test of one character.
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// The character's fold equals this (IGNORECASE; `ascii`: ASCII folding only).
    Fold(u32, bool),
    Any,
    AnyNoNewline,
    Class(usize),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(One),
    /// `one` repeated min..=max times, without a loop in the program.
    RepeatOne { one: One, min: u32, max: u32, kind: RepeatKind },
    Assert(Assert),
    /// Store the position in capture slot n (group n/2, start when even).
    Save(usize),
    /// Go on at the first target; on failure, at the second.
    Split(usize, usize),
    Jmp(usize),
    /// Reset repeat counter `reg` (the loop at the next instruction).
    RepInit(usize),
    /// Decide whether to run the loop body (next instruction) once more or leave for `exit`.
    RepLoop { reg: usize, min: u32, max: u32, greedy: bool, exit: usize },
    /// End of a loop body: count it and go back to `looping` (an empty pass
    /// leaves for `exit` once `min` passes are made).
    RepNext { reg: usize, looping: usize, exit: usize, min: u32 },
    Backref { group: usize, icase: bool, ascii: bool },
    /// Lookaround whose body follows (ending in `Succeed`); go on at `next`.
    Look { behind: Option<usize>, negate: bool, next: usize },
    /// Atomic group whose body follows (ending in `Succeed`).
    Atomic { next: usize },
    /// `(?(group)...)`: go on if the group matched, else at `no`.
    GroupExists { group: usize, no: usize },
    /// End of a lookaround or atomic body.
    Succeed,
    /// End of the whole pattern.
    Match,
}

/// Possible first characters of a match: a bitmap below 256, one bit above.
#[derive(Clone, Debug)]
pub struct FirstSet {
    pub low: [u64; 4],
    pub high: bool,
}

impl FirstSet {
    fn add(&mut self, c: u32) {
        if c < 256 {
            self.low[(c / 64) as usize] |= 1 << (c % 64);
        } else {
            self.high = true;
        }
    }
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c / 64) as usize] >> (c % 64) & 1 == 1
        } else {
            self.high
        }
    }
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    pub regs: usize,
    pub groups: usize,
    pub first: Option<FirstSet>,
    /// Starts with `^`/`\A` (no MULTILINE): only the first position can match.
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    classes: Vec<Class>,
    regs: usize,
}

pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler { insts: Vec::new(), classes: Vec::new(), regs: 0 };
    c.node(node);
    c.insts.push(Inst::Match);
    let mut first = FirstSet { low: [0; 4], high: false };
    let first = match first_chars(node, &mut first) {
        Some(false) => Some(first),
        _ => None,
    };
    Program { insts: c.insts, classes: c.classes, regs: c.regs, groups, first, anchored: anchored(node) }
}

fn anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assert::Start) => true,
        Node::Cat(items) => items.first().is_some_and(anchored),
        Node::Group(_, n) | Node::Atomic(n) => anchored(n),
        _ => false,
    }
}

/// Adds to `set` the characters a match of `node` can begin with; returns
/// whether the node can match empty (then what follows counts too), or
/// None when the set cannot be known.
fn first_chars(node: &Node, set: &mut FirstSet) -> Option<bool> {
    match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => Some(true),
        Node::Char { c, icase, ascii } => {
            if *icase {
                let f = fold(*c, *ascii);
                for x in 0..256 {
                    if fold(x, *ascii) == f {
                        set.add(x);
                    }
                }
                if !*ascii {
                    set.high = true;
                }
            }
            set.add(*c);
            Some(false)
        }
        Node::Any { .. } | Node::Backref { .. } | Node::Cond { .. } => None,
        Node::Class(cs) => {
            let class = Class::new((**cs).clone());
            for x in 0..256 {
                if class.matches(x) {
                    set.add(x);
                }
            }
            set.high |= class.may_match_high();
            Some(false)
        }
        Node::Cat(items) => {
            for item in items {
                if !first_chars(item, set)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        Node::Alt(items) => {
            let mut nullable = false;
            for item in items {
                nullable |= first_chars(item, set)?;
            }
            Some(nullable)
        }
        Node::Group(_, n) | Node::Atomic(n) => first_chars(n, set),
        Node::Repeat { min, max, node, .. } => {
            if *max == 0 {
                return Some(true);
            }
            Some(first_chars(node, set)? || *min == 0)
        }
    }
}

impl Compiler {
    fn here(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    /// The node as a one-character test, when it is one.
    fn one(&mut self, node: &Node) -> Option<One> {
        Some(match node {
            Node::Char { c, icase: false, .. } => One::Char(*c),
            Node::Char { c, icase: true, ascii } => One::Fold(fold(*c, *ascii), *ascii),
            Node::Any { dotall } => if *dotall { One::Any } else { One::AnyNoNewline },
            Node::Class(cs) => {
                self.classes.push(Class::new((**cs).clone()));
                One::Class(self.classes.len() - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Class(_) => {
                if let Some(one) = self.one(node) {
                    self.emit(Inst::One(one));
                }
            }
            Node::Cat(items) => items.iter().for_each(|n| self.node(n)),
            Node::Alt(items) => self.alternation(items),
            Node::Group(g, body) => {
                self.emit(Inst::Save(2 * g));
                self.node(body);
                self.emit(Inst::Save(2 * g + 1));
            }
            Node::Assert(a) => {
                self.emit(Inst::Assert(*a));
            }
            Node::Backref { group, icase, ascii } => {
                self.emit(Inst::Backref { group: *group, icase: *icase, ascii: *ascii });
            }
            Node::Look { behind, negate, node } => {
                let behind = if *behind { Some(node.width().0 as usize) } else { None };
                let at = self.emit(Inst::Look { behind, negate: *negate, next: 0 });
                self.node(node);
                self.emit(Inst::Succeed);
                let next = self.here();
                self.insts[at] = Inst::Look { behind, negate: *negate, next };
            }
            Node::Atomic(body) => self.atomic(body),
            Node::Cond { group, yes, no } => {
                let at = self.emit(Inst::GroupExists { group: *group, no: 0 });
                self.node(yes);
                let jump = self.emit(Inst::Jmp(0));
                let no_pc = self.here();
                self.node(no);
                let end = self.here();
                self.insts[at] = Inst::GroupExists { group: *group, no: no_pc };
                self.insts[jump] = Inst::Jmp(end);
            }
            Node::Repeat { min, max, greed, node } => self.repeat(*min, *max, *greed, node),
        }
    }

    fn atomic(&mut self, body: &Node) {
        let at = self.emit(Inst::Atomic { next: 0 });
        self.node(body);
        self.emit(Inst::Succeed);
        let next = self.here();
        self.insts[at] = Inst::Atomic { next };
    }

    fn alternation(&mut self, items: &[Node]) {
        let mut jumps = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i + 1 == items.len() {
                self.node(item);
                break;
            }
            let split = self.emit(Inst::Split(0, 0));
            self.node(item);
            jumps.push(self.emit(Inst::Jmp(0)));
            let next = self.here();
            self.insts[split] = Inst::Split(split + 1, next);
        }
        let end = self.here();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
    }

    fn repeat(&mut self, min: u32, max: u32, greed: Greed, node: &Node) {
        if max == 0 {
            return;
        }
        let kind = match greed {
            Greed::Greedy => RepeatKind::Greedy,
            Greed::Lazy => RepeatKind::Lazy,
            Greed::Possessive => RepeatKind::Possessive,
        };
        if let Some(one) = self.one(node) {
            self.emit(Inst::RepeatOne { one, min, max, kind });
            return;
        }
        if kind == RepeatKind::Possessive {
            let at = self.emit(Inst::Atomic { next: 0 });
            self.repeat(min, max, Greed::Greedy, node);
            self.emit(Inst::Succeed);
            let next = self.here();
            self.insts[at] = Inst::Atomic { next };
            return;
        }
        if min == 1 && max == 1 {
            self.node(node);
            return;
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepInit(reg));
        let looping = self.emit(Inst::RepLoop { reg, min, max, greedy: kind == RepeatKind::Greedy, exit: 0 });
        self.node(node);
        let next = self.emit(Inst::RepNext { reg, looping, exit: 0, min });
        let exit = self.here();
        self.insts[looping] = Inst::RepLoop { reg, min, max, greedy: kind == RepeatKind::Greedy, exit };
        self.insts[next] = Inst::RepNext { reg, looping, exit, min };
    }
}
