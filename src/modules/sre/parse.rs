//! Pattern text → `Node` tree, with CPython 3.11's error messages and
//! positions (users compare them). The pattern is a slice of code points
//! (bytes patterns are widened), so positions count characters as CPython's
//! do. Nesting is capped so that a hostile pattern cannot exhaust the Rust
//! stack (CPython raises RecursionError at a similar depth).

use super::ast::*;

pub struct Error {
    pub msg: String,
    pub pos: Option<usize>,
    /// CPython raises OverflowError, not re.error, for a huge repeat count.
    pub overflow: bool,
    pub recursion: bool,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
    Err(Error { msg: msg.into(), pos: Some(pos), overflow: false, recursion: false })
}

pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

const MAX_DEPTH: usize = 500;

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    is_str: bool,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    depth: usize,
    /// The top-level sequence has had only global-flag groups so far.
    at_start: bool,
    /// `(?(n)...)` references, checked once every group is known.
    cond_refs: Vec<(usize, usize)>,
}

pub fn parse(pattern: &[u32], is_str: bool, flags: u32) -> Result<Parsed, Error> {
    let mut p = Parser { p: pattern, i: 0, is_str, flags, groups: 0, names: Vec::new(), open: Vec::new(), depth: 0, at_start: true, cond_refs: Vec::new() };
    let node = p.alternation(true)?;
    if p.i < p.p.len() {
        // Only a `)` stops the top level early.
        return err("unbalanced parenthesis", p.i);
    }
    if let Some(&(g, at)) = p.cond_refs.iter().find(|&&(g, _)| g > p.groups) {
        return err(format!("invalid group reference {g}"), at);
    }
    let mut flags = p.flags;
    if is_str && flags & ASCII == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed { node, groups: p.groups, names: p.names, flags })
}

fn chr(c: u32) -> String {
    char::from_u32(c).map(String::from).unwrap_or_default()
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// What an escape stands for: a character or something else.
enum Escape {
    Char(u32),
    Node(Node),
    Class(ClassItem),
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn text(&self, from: usize, to: usize) -> String {
        self.p[from..to.min(self.p.len())].iter().map(|&c| chr(c)).collect()
    }
    fn ascii(&self, fl: u32) -> bool {
        !self.is_str || fl & ASCII != 0 || fl & LOCALE != 0
    }

    /// Branches separated by `|`, up to an unconsumed `)` or the end.
    fn alternation(&mut self, top: bool) -> Result<Node, Error> {
        let mut branches = vec![self.sequence(top)?];
        while self.eat('|') {
            branches.push(self.sequence(false)?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d) {
                self.i += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn sequence(&mut self, top: bool) -> Result<Node, Error> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repeat (another quantifier is "multiple repeat").
        let mut last_repeat = false;
        // Whether the last item is a bare `^`, `$` or `\b`-style assertion
        // (not repeatable; a group holding one is).
        let mut last_assert = false;
        loop {
            if self.flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            let fl = self.flags;
            let Some(c) = self.peek() else { break };
            let start = self.i;
            let ch = char::from_u32(c).unwrap_or('\0');
            if ch == '|' || ch == ')' {
                break;
            }
            match ch {
                '*' | '+' | '?' | '{' => {
                    self.i += 1;
                    let (min, max) = match ch {
                        '*' => (0, INF),
                        '+' => (1, INF),
                        '?' => (0, 1),
                        _ => match self.braces()? {
                            Some(r) => r,
                            None => {
                                items.push(Node::Char { c, icase: false, ascii: true });
                                last_repeat = false;
                                last_assert = false;
                                continue;
                            }
                        },
                    };
                    let Some(item) = items.pop() else { return err("nothing to repeat", start) };
                    if last_assert {
                        return err("nothing to repeat", start);
                    }
                    if last_repeat {
                        return err("multiple repeat", start);
                    }
                    let greed = if self.eat('?') {
                        Greed::Lazy
                    } else if self.eat('+') {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    items.push(Node::Repeat { min, max, greed, node: Box::new(item) });
                    last_repeat = true;
                    continue;
                }
                _ => {}
            }
            last_repeat = false;
            last_assert = false;
            self.i += 1;
            let node = match ch {
                '.' => Node::Any { dotall: fl & DOTALL != 0 },
                '^' => Node::Assert(if fl & MULTILINE != 0 { Assert::LineStart } else { Assert::Start }),
                '$' => Node::Assert(if fl & MULTILINE != 0 { Assert::LineEnd } else { Assert::EndOrFinalNewline }),
                '[' => self.class(start, fl)?,
                '(' => match self.group(start, top)? {
                    Some(n) => n,
                    None => continue,
                },
                '\\' => match self.escape(start, fl, false)? {
                    Escape::Char(c) => self.literal(c, fl),
                    Escape::Node(n) => n,
                    Escape::Class(item) => {
                        Node::Class(Box::new(ClassSet { items: vec![item], negated: false, icase: false, ascii: self.ascii(fl) }))
                    }
                },
                _ => self.literal(c, fl),
            };
            if top {
                self.at_start = false;
            }
            last_assert = matches!(node, Node::Assert(_)) && ch != '(';
            items.push(node);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        })
    }

    fn literal(&self, c: u32, fl: u32) -> Node {
        Node::Char { c, icase: fl & IGNORECASE != 0, ascii: self.ascii(fl) }
    }

    /// After `{`: a repeat range, or None (the brace is a literal; nothing consumed).
    fn braces(&mut self) -> Result<Option<(u32, u32)>, Error> {
        let save = self.i;
        let lo_start = self.i;
        while self.peek().is_some_and(is_digit) {
            self.i += 1;
        }
        let lo_text = self.text(lo_start, self.i);
        let mut hi_text = lo_text.clone();
        if self.eat(',') {
            let s = self.i;
            while self.peek().is_some_and(is_digit) {
                self.i += 1;
            }
            hi_text = self.text(s, self.i);
        }
        if self.i == lo_start || !self.eat('}') {
            self.i = save;
            return Ok(None);
        }
        let number = |t: &str| -> Result<u32, Error> {
            match t.parse::<u64>() {
                Ok(n) if n < INF as u64 => Ok(n as u32),
                _ => Err(Error { msg: "the repetition number is too large".into(), pos: None, overflow: true, recursion: false }),
            }
        };
        let lo = if lo_text.is_empty() { 0 } else { number(&lo_text)? };
        let hi = if hi_text.is_empty() { INF } else { number(&hi_text)? };
        if hi < lo {
            return err("min repeat greater than max repeat", lo_start);
        }
        Ok(Some((lo, hi)))
    }

    /// A name up to `end` (`what` names it in errors); returns it and where it begins.
    fn name(&mut self, end: char, what: &str) -> Result<(String, usize), Error> {
        let start = self.i;
        loop {
            match self.peek() {
                None if self.i == start => return err(format!("missing {what}"), start),
                None => return err(format!("missing {end}, unterminated name"), start),
                Some(c) if c == end as u32 => break,
                _ => self.i += 1,
            }
        }
        let name = self.text(start, self.i);
        self.i += 1;
        if name.is_empty() {
            return err(format!("missing {what}"), start);
        }
        Ok((name, start))
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error { msg: "maximum recursion depth exceeded".into(), pos: None, overflow: false, recursion: true });
        }
        Ok(())
    }

    /// The body of a group up to its `)`, with `flags` in force inside.
    fn body(&mut self, start: usize, flags: u32, what: &str) -> Result<Node, Error> {
        self.enter()?;
        let saved = self.flags;
        self.flags = flags;
        let node = self.alternation(false);
        self.flags = saved;
        self.depth -= 1;
        let node = node?;
        if !self.eat(')') {
            return err(format!("missing ), {what}"), start);
        }
        Ok(node)
    }

    /// After `(` at `start`: the group's node, or None for `(?#...)` and global flags.
    fn group(&mut self, start: usize, top: bool) -> Result<Option<Node>, Error> {
        let flags = self.flags;
        if !self.eat('?') {
            self.groups += 1;
            let g = self.groups;
            self.open.push(g);
            let body = self.body(start, flags, "unterminated subpattern")?;
            self.open.retain(|&o| o != g);
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
        let ch = char::from_u32(c).unwrap_or('\0');
        self.i += 1;
        let sub = |p: &mut Self| p.body(start, flags, "unterminated subpattern");
        let node = match ch {
            ':' => sub(self)?,
            '>' => Node::Atomic(Box::new(sub(self)?)),
            '=' | '!' => Node::Look { behind: false, negate: ch == '!', node: Box::new(sub(self)?) },
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", start),
                        Some(c) if c == ')' as u32 => break,
                        _ => self.i += 1,
                    }
                }
                self.i += 1;
                return Ok(None);
            }
            '<' => {
                let Some(d) = self.peek() else { return err("unexpected end of pattern", self.i) };
                self.i += 1;
                if d != '=' as u32 && d != '!' as u32 {
                    return err(format!("unknown extension ?<{}", chr(d)), start + 1);
                }
                let node = sub(self)?;
                let (lo, hi) = node.width();
                if hi != Some(lo) {
                    return Err(Error { msg: "look-behind requires fixed-width pattern".into(), pos: None, overflow: false, recursion: false });
                }
                Node::Look { behind: true, negate: d == '!' as u32, node: Box::new(node) }
            }
            'P' => {
                let Some(d) = self.peek() else { return err("unexpected end of pattern", self.i) };
                self.i += 1;
                if d == '<' as u32 {
                    let (name, at) = self.name('>', "group name")?;
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), at);
                    }
                    self.groups += 1;
                    let g = self.groups;
                    if let Some(old) = self.lookup(&name) {
                        return err(format!("redefinition of group name '{name}' as group {g}; was group {old}"), at);
                    }
                    self.names.push((name, g));
                    self.open.push(g);
                    let body = sub(self)?;
                    self.open.retain(|&o| o != g);
                    Node::Group(g, Box::new(body))
                } else if d == '=' as u32 {
                    let (name, at) = self.name(')', "group name")?;
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), at);
                    }
                    let Some(g) = self.lookup(&name) else { return err(format!("unknown group name '{name}'"), at) };
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", at);
                    }
                    return Ok(Some(Node::Backref { group: g, icase: flags & IGNORECASE != 0, ascii: self.ascii(flags) }));
                } else {
                    return err(format!("unknown extension ?P{}", chr(d)), start + 1);
                }
            }
            '(' => self.conditional(start, flags)?,
            _ if "aiLmsux-".contains(ch) => {
                self.i -= 1;
                let (on, off, global) = self.inline_flags(start)?;
                if global {
                    if !top || !self.at_start {
                        return err("global flags not at the start of the expression", start);
                    }
                    self.flags |= on;
                    return Ok(None);
                }
                let mut inner = (flags | on) & !off;
                if on & (ASCII | LOCALE | UNICODE) != 0 {
                    inner = (inner & !(ASCII | LOCALE | UNICODE)) | (on & (ASCII | LOCALE | UNICODE));
                }
                return Ok(Some(self.body(start, inner, "unterminated subpattern")?));
            }
            _ => return err(format!("unknown extension ?{ch}"), start + 1),
        };
        Ok(Some(node))
    }

    /// `aiLmsux-imsx` then `)` (global) or `:` (scoped).
    fn inline_flags(&mut self, _start: usize) -> Result<(u32, u32, bool), Error> {
        let letter = |c: u32| match char::from_u32(c).unwrap_or('\0') {
            'a' => Some(ASCII),
            'i' => Some(IGNORECASE),
            'L' => Some(LOCALE),
            'm' => Some(MULTILINE),
            's' => Some(DOTALL),
            'u' => Some(UNICODE),
            'x' => Some(VERBOSE),
            _ => None,
        };
        let mut on = 0;
        while let Some(f) = self.peek().and_then(letter) {
            self.i += 1;
            if f == LOCALE && self.is_str {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
            }
            if f == UNICODE && !self.is_str {
                return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i);
            }
            on |= f;
            if (on & (ASCII | LOCALE | UNICODE)).count_ones() > 1 {
                return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
            }
        }
        match self.peek() {
            None => return err("missing -, : or )", self.i),
            Some(c) if c == ')' as u32 => {
                self.i += 1;
                return Ok((on, 0, true));
            }
            Some(c) if c == ':' as u32 => {
                self.i += 1;
                return Ok((on, 0, false));
            }
            Some(c) if c == '-' as u32 => self.i += 1,
            Some(c) => {
                let msg = if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) { "unknown flag" } else { "missing -, : or )" };
                return err(msg, self.i);
            }
        }
        let mut off = 0;
        loop {
            let Some(c) = self.peek() else { return err("missing flag", self.i) };
            match letter(c) {
                Some(f) if f & (ASCII | LOCALE | UNICODE) != 0 => {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1);
                }
                Some(f) => {
                    self.i += 1;
                    off |= f;
                }
                None if off == 0 => {
                    let msg = if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) { "unknown flag" } else { "missing flag" };
                    return err(msg, self.i);
                }
                None => break,
            }
        }
        if on & off != 0 {
            return err("bad inline flags: flag turned on and off", self.i);
        }
        match self.peek() {
            Some(c) if c == ':' as u32 => {
                self.i += 1;
                Ok((on, off, false))
            }
            Some(c) if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) => err("unknown flag", self.i),
            _ => err("missing :", self.i),
        }
    }

    /// After `(?(`: `cond)yes|no)`.
    fn conditional(&mut self, start: usize, flags: u32) -> Result<Node, Error> {
        let (name, at) = self.name(')', "group name")?;
        let group = if name.chars().all(|c| c.is_ascii_digit()) {
            let g: usize = name.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return err("bad group number", at);
            }
            self.cond_refs.push((g, at));
            g
        } else {
            if !is_identifier(&name) {
                return err(format!("bad character in group name '{name}'"), at);
            }
            match self.lookup(&name) {
                Some(g) => g,
                None => return err(format!("unknown group name '{name}'"), at),
            }
        };
        self.enter()?;
        let saved = self.flags;
        self.flags = flags;
        let yes = self.sequence(false);
        let mut no = Ok(Node::Empty);
        let mut third = None;
        if yes.is_ok() && self.eat('|') {
            no = self.sequence(false);
            if self.peek_is('|') {
                third = Some(self.i);
            }
        }
        self.flags = saved;
        self.depth -= 1;
        let (yes, no) = (yes?, no?);
        if let Some(at) = third {
            return err("conditional backref with more than two branches", at);
        }
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) })
    }

    /// `[...]` after its `[` at `start`.
    fn class(&mut self, start: usize, fl: u32) -> Result<Node, Error> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            if c == ']' as u32 && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_atom(fl)?;
            if self.peek_is('-') && self.p.get(self.i + 1).is_some_and(|&n| n != ']' as u32) {
                self.i += 1;
                let hi = self.class_atom(fl)?;
                match (lo, hi) {
                    (Escape::Char(a), Escape::Char(b)) => {
                        if b < a {
                            return err(format!("bad character range {}", self.text(item_start, self.i)), item_start);
                        }
                        items.push(ClassItem::Range(a, b));
                    }
                    _ => return err(format!("bad character range {}", self.text(item_start, self.i)), item_start),
                }
                continue;
            }
            match lo {
                Escape::Char(a) => items.push(ClassItem::Range(a, a)),
                Escape::Class(item) => items.push(item),
                Escape::Node(_) => {}
            }
        }
        Ok(Node::Class(Box::new(ClassSet { items, negated, icase: fl & IGNORECASE != 0, ascii: self.ascii(fl) })))
    }

    fn class_atom(&mut self, fl: u32) -> Result<Escape, Error> {
        let Some(c) = self.peek() else { return err("unterminated character set", self.i) };
        let at = self.i;
        self.i += 1;
        if c == '\\' as u32 {
            return self.escape(at, fl, true);
        }
        Ok(Escape::Char(c))
    }

    fn hex_digits(&mut self, at: usize, n: usize) -> Result<u32, Error> {
        let mut v = 0u32;
        for _ in 0..n {
            match self.peek().and_then(hex_value) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => return err(format!("incomplete escape {}", self.text(at, self.i)), at),
            }
        }
        Ok(v)
    }

    /// After `\` at `at`: what the escape means (`in_class`: inside `[...]`).
    fn escape(&mut self, at: usize, fl: u32, in_class: bool) -> Result<Escape, Error> {
        let Some(c) = self.peek() else { return err("bad escape (end of pattern)", at) };
        self.i += 1;
        let ascii = self.ascii(fl);
        let ch = char::from_u32(c).unwrap_or('\0');
        let simple = |c: char| Ok(Escape::Char(c as u32));
        match ch {
            'a' => simple('\x07'),
            'f' => simple('\x0c'),
            'n' => simple('\n'),
            'r' => simple('\r'),
            't' => simple('\t'),
            'v' => simple('\x0b'),
            '\\' => simple('\\'),
            'd' | 'D' => Ok(Escape::Class(ClassItem::Digit(ch == 'D'))),
            'w' | 'W' => Ok(Escape::Class(ClassItem::Word(ch == 'W'))),
            's' | 'S' => Ok(Escape::Class(ClassItem::Space(ch == 'S'))),
            'b' if in_class => simple('\x08'),
            'b' => Ok(Escape::Node(Node::Assert(Assert::WordBoundary(ascii)))),
            'B' if !in_class => Ok(Escape::Node(Node::Assert(Assert::NotWordBoundary(ascii)))),
            'A' if !in_class => Ok(Escape::Node(Node::Assert(Assert::Start))),
            'Z' if !in_class => Ok(Escape::Node(Node::Assert(Assert::End))),
            'x' => Ok(Escape::Char(self.hex_digits(at, 2)?)),
            'u' | 'U' if self.is_str => {
                let v = self.hex_digits(at, if ch == 'u' { 4 } else { 8 })?;
                if char::from_u32(v).is_none() && v > 0x10ffff {
                    return err(format!("bad escape {}", self.text(at, self.i)), at);
                }
                Ok(Escape::Char(v))
            }
            'N' if self.is_str => {
                if !self.eat('{') {
                    return err("missing {", self.i);
                }
                let (name, name_at) = self.name('}', "character name")?;
                match unicode_name(&name) {
                    Some(v) => Ok(Escape::Char(v)),
                    None => err(format!("undefined character name '{name}'"), name_at - 3),
                }
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if is_octal(d) => {
                            v = v * 8 + (d - '0' as u32);
                            self.i += 1;
                        }
                        _ => break,
                    }
                }
                Ok(Escape::Char(v))
            }
            '1'..='9' => {
                let d1 = c - '0' as u32;
                let n2 = self.peek().filter(|&d| is_digit(d));
                if is_octal(c) {
                    if let (Some(d2), Some(d3)) = (n2, self.p.get(self.i + 1).copied()) {
                        if is_octal(d2) && is_octal(d3) {
                            self.i += 2;
                            let v = d1 * 64 + (d2 - '0' as u32) * 8 + (d3 - '0' as u32);
                            if v > 0o377 {
                                return err(format!("octal escape value {} outside of range 0-0o377", self.text(at, self.i)), at);
                            }
                            return Ok(Escape::Char(v));
                        }
                    }
                }
                if in_class {
                    if is_octal(c) {
                        let mut v = d1;
                        if let Some(d2) = self.peek().filter(|&d| is_octal(d)) {
                            self.i += 1;
                            v = v * 8 + (d2 - '0' as u32);
                        }
                        return Ok(Escape::Char(v));
                    }
                    return err(format!("bad escape {}", self.text(at, self.i)), at);
                }
                let mut g = d1 as usize;
                if let Some(d2) = n2 {
                    self.i += 1;
                    g = g * 10 + (d2 - '0' as u32) as usize;
                }
                if g > self.groups {
                    return err(format!("invalid group reference {g}"), at + 1);
                }
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", at);
                }
                Ok(Escape::Node(Node::Backref { group: g, icase: fl & IGNORECASE != 0, ascii }))
            }
            _ if ch.is_ascii_alphanumeric() => err(format!("bad escape \\{ch}"), at),
            _ => Ok(Escape::Char(c)),
        }
    }
}

/// `\N{name}` for the names programs use most; gilpy carries no full
/// Unicode name table.
fn unicode_name(name: &str) -> Option<u32> {
    let upper = name.to_ascii_uppercase();
    let table: &[(&str, u32)] = &[
        ("SPACE", 0x20), ("NO-BREAK SPACE", 0xa0), ("EM DASH", 0x2014), ("EN DASH", 0x2013),
        ("BULLET", 0x2022), ("HORIZONTAL ELLIPSIS", 0x2026), ("EURO SIGN", 0x20ac),
        ("LATIN SMALL LETTER E WITH ACUTE", 0xe9), ("GREEK SMALL LETTER ALPHA", 0x3b1),
        ("SNOWMAN", 0x2603), ("DIGIT ZERO", 0x30), ("DIGIT ONE", 0x31), ("DIGIT TWO", 0x32),
        ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xab), ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xbb),
        ("LINE FEED", 0x0a), ("CHARACTER TABULATION", 0x09), ("COPYRIGHT SIGN", 0xa9), ("DEGREE SIGN", 0xb0),
    ];
    if let Some(rest) = upper.strip_prefix("LATIN CAPITAL LETTER ").filter(|r| r.len() == 1) {
        return Some(rest.as_bytes()[0] as u32);
    }
    if let Some(rest) = upper.strip_prefix("LATIN SMALL LETTER ").filter(|r| r.len() == 1) {
        return Some(rest.as_bytes()[0].to_ascii_lowercase() as u32);
    }
    table.iter().find(|(n, _)| *n == upper).map(|&(_, v)| v)
}
