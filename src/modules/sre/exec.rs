//! The backtracking matcher. Choice points, and the old values of captures
//! and repeat counters, live on an explicit heap stack: no Rust recursion
//! grows with the input, so a long string cannot overflow the Rust stack.
//! The only recursion is one level per lookaround or atomic group, bounded
//! by the nesting the parser accepts.
//!
//! Text is a slice of `u8` (bytes, and ASCII str without copying) or `u32`
//! (other str), indexed by character as Python indexes.

use super::ast::Assert;
use super::charclass::{fold, is_word};
use super::compile::{Inst, One, Program, RepeatKind};

const UNSET: usize = usize::MAX;

enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize },
    /// Restore capture slot `slot` (and `lastindex`).
    Slot { slot: usize, old: usize, last: usize },
    /// Restore repeat counter `reg`.
    Rep { reg: usize, count: u32, start: usize },
    /// A lazy loop not yet entered: enter its body at `pc` from `pos`.
    LazyEnter { reg: usize, pc: usize, pos: usize },
    /// A greedy RepeatOne may give back characters down to `min_pos`.
    Greedy { pc: usize, min_pos: usize, cur: usize },
    /// A lazy RepeatOne (at `pc`) may take `left` more characters from `pos`.
    Lazy { pc: usize, pos: usize, left: u32 },
}

pub struct Machine<'p, 't, T> {
    prog: &'p Program,
    text: &'t [T],
    end: usize,
    pub slots: Vec<usize>,
    pub lastindex: usize,
    counts: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    /// Reject an empty match at `search_start` (the scan after an empty match).
    pub must_advance: bool,
    search_start: usize,
    full: bool,
}

/// 0: match at pos, 1: fullmatch, 2: search.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Full,
    Search,
}

impl<'p, 't, T: Copy + Into<u32>> Machine<'p, 't, T> {
    pub fn new(prog: &'p Program, text: &'t [T]) -> Self {
        Machine {
            prog,
            text,
            end: text.len(),
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            lastindex: 0,
            counts: vec![(0, UNSET); prog.regs],
            stack: Vec::new(),
            must_advance: false,
            search_start: 0,
            full: false,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    /// Finds a match from `pos` (a search tries each later start too);
    /// on success the slots hold the groups' spans.
    pub fn find(&mut self, pos: usize, mode: Mode) -> bool {
        self.full = mode == Mode::Full;
        for s in self.slots.iter_mut() {
            *s = UNSET;
        }
        self.lastindex = 0;
        let last = if mode == Mode::Search && !self.prog.anchored { self.end } else { pos };
        let mut start = pos;
        while start <= last {
            if let Some(first) = &self.prog.first {
                while start < self.end && start <= last && !first.contains(self.at(start)) {
                    start += 1;
                }
                if start >= self.end || start > last {
                    return false;
                }
            }
            self.search_start = start;
            if let Some(e) = self.run(0, start) {
                self.slots[0] = start;
                self.slots[1] = e;
                self.stack.clear();
                return true;
            }
            self.must_advance = false;
            start += 1;
        }
        false
    }

    #[inline]
    fn one(&self, one: One, c: u32) -> bool {
        match one {
            One::Char(x) => c == x,
            One::Fold(x, ascii) => fold(c, ascii) == x,
            One::Any => true,
            One::AnyNoNewline => c != 10,
            One::Class(i) => self.prog.classes[i].matches(c),
        }
    }

    fn word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && is_word(self.at(i), ascii)
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        match a {
            Assert::Start => pos == 0,
            Assert::LineStart => pos == 0 || self.at(pos - 1) == 10,
            Assert::End => pos == self.end,
            Assert::LineEnd => pos == self.end || self.at(pos) == 10,
            Assert::EndOrFinalNewline => pos == self.end || (pos + 1 == self.end && self.at(pos) == 10),
            // As in CPython, `\B` never matches in an empty text.
            Assert::NotWordBoundary(_) if self.end == 0 => false,
            Assert::WordBoundary(ascii) | Assert::NotWordBoundary(ascii) => {
                let before = pos > 0 && self.word_at(pos - 1, ascii);
                let after = self.word_at(pos, ascii);
                (before != after) == matches!(a, Assert::WordBoundary(_))
            }
        }
    }

    fn backref(&self, group: usize, icase: bool, ascii: bool, pos: usize) -> Option<usize> {
        let (s, e) = (*self.slots.get(2 * group)?, *self.slots.get(2 * group + 1)?);
        if s == UNSET || e == UNSET || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > self.end {
            return None;
        }
        for k in 0..n {
            let (a, b) = (self.at(s + k), self.at(pos + k));
            if a != b && !(icase && fold(a, ascii) == fold(b, ascii)) {
                return None;
            }
        }
        Some(pos + n)
    }

    /// Pops back to `base`, undoing every change recorded above it.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Slot { slot, old, last }) => {
                    self.slots[slot] = old;
                    self.lastindex = last;
                }
                Some(Bt::Rep { reg, count, start }) => self.counts[reg] = (count, start),
                _ => {}
            }
        }
    }

    /// Drops the choice points above `base` (an atomic group succeeded)
    /// but keeps the undo records, which outer backtracking still needs.
    fn cut(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Slot { .. } | Bt::Rep { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn set_count(&mut self, reg: usize, value: (u32, usize)) {
        let (count, start) = self.counts[reg];
        self.stack.push(Bt::Rep { reg, count, start });
        self.counts[reg] = value;
    }

    /// Runs from `pc` at `pos` until `Match`/`Succeed` (Some(end)) or until
    /// every choice above the current stack height has failed (None).
    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let insts = &self.prog.insts;
        'outer: loop {
            let ok = match insts[pc] {
                Inst::One(one) => {
                    if pos < self.end && self.one(one, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepeatOne { one, min, max, kind } => {
                    let room = self.end - pos;
                    let want = if kind == RepeatKind::Lazy { min as usize } else { (max as usize).min(room) };
                    let mut n = 0;
                    while n < want && pos + n < self.end && self.one(one, self.at(pos + n)) {
                        n += 1;
                    }
                    if n < min as usize {
                        false
                    } else {
                        match kind {
                            RepeatKind::Greedy if n > min as usize => {
                                self.stack.push(Bt::Greedy { pc: pc + 1, min_pos: pos + min as usize, cur: pos + n })
                            }
                            RepeatKind::Lazy if max > min => self.stack.push(Bt::Lazy { pc, pos: pos + n, left: max - min }),
                            _ => {}
                        }
                        pos += n;
                        pc += 1;
                        true
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert(a, pos)
                }
                Inst::Save(slot) => {
                    self.stack.push(Bt::Slot { slot, old: self.slots[slot], last: self.lastindex });
                    self.slots[slot] = pos;
                    if slot % 2 == 1 {
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepInit(reg) => {
                    self.set_count(reg, (0, UNSET));
                    pc += 1;
                    true
                }
                Inst::RepLoop { reg, min, max, greedy, exit } => {
                    let (count, _) = self.counts[reg];
                    if count < min {
                        self.set_count(reg, (count, pos));
                        pc += 1;
                    } else if count >= max {
                        pc = exit;
                    } else if greedy {
                        self.stack.push(Bt::Alt { pc: exit, pos });
                        self.set_count(reg, (count, pos));
                        pc += 1;
                    } else {
                        self.stack.push(Bt::LazyEnter { reg, pc: pc + 1, pos });
                        pc = exit;
                    }
                    true
                }
                Inst::RepNext { reg, looping, exit, min } => {
                    let (count, start) = self.counts[reg];
                    self.set_count(reg, (count + 1, start));
                    // An empty pass ends the loop once the minimum is met
                    // (below it, CPython still makes the required passes).
                    pc = if pos == start && count + 1 >= min { exit } else { looping };
                    true
                }
                Inst::Backref { group, icase, ascii } => match self.backref(group, icase, ascii, pos) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Look { behind, negate, next } => {
                    let mark = self.stack.len();
                    let from = match behind {
                        Some(w) => pos.checked_sub(w),
                        None => Some(pos),
                    };
                    let found = from.is_some_and(|f| self.run(pc + 1, f).is_some());
                    if found && negate {
                        self.unwind(mark);
                    } else if found {
                        self.cut(mark);
                    }
                    pc = next;
                    found != negate
                }
                Inst::Atomic { next } => {
                    let mark = self.stack.len();
                    match self.run(pc + 1, pos) {
                        Some(p) => {
                            self.cut(mark);
                            pos = p;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::GroupExists { group, no } => {
                    let set = self.slots.get(2 * group + 1).is_some_and(|&e| e != UNSET);
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::Succeed => return Some(pos),
                Inst::Match => {
                    if (self.full && pos != self.end) || (self.must_advance && pos == self.search_start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the most recent choice point above `base`.
            loop {
                if self.stack.len() <= base {
                    return None;
                }
                let Some(top) = self.stack.pop() else { return None };
                match top {
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Slot { slot, old, last } => {
                        self.slots[slot] = old;
                        self.lastindex = last;
                    }
                    Bt::Rep { reg, count, start } => self.counts[reg] = (count, start),
                    Bt::LazyEnter { reg, pc: p, pos: q } => {
                        let (count, _) = self.counts[reg];
                        self.set_count(reg, (count, q));
                        pc = p;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Greedy { pc: p, min_pos, cur } => {
                        let mut c = cur - 1;
                        if let Some(Inst::One(One::Char(x))) = insts.get(p) {
                            while c > min_pos && self.at(c) != *x {
                                c -= 1;
                            }
                        }
                        if c > min_pos {
                            self.stack.push(Bt::Greedy { pc: p, min_pos, cur: c });
                        }
                        pc = p;
                        pos = c;
                        continue 'outer;
                    }
                    Bt::Lazy { pc: p, pos: q, left } => {
                        let Inst::RepeatOne { one, .. } = insts[p] else { continue };
                        if q < self.end && self.one(one, self.at(q)) {
                            if left > 1 {
                                self.stack.push(Bt::Lazy { pc: p, pos: q + 1, left: left - 1 });
                            }
                            pc = p + 1;
                            pos = q + 1;
                            continue 'outer;
                        }
                    }
                }
            }
        }
    }
}
