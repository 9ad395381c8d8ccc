//! Character predicates the matcher asks about one code point: `\d \w \s`
//! (Unicode for str patterns, ASCII for bytes and `re.ASCII`), simple case
//! folding for IGNORECASE, and compiled `[...]` classes whose answer for the
//! first 256 code points is a precomputed bitmap (the common case costs one
//! load).

use super::ast::{ClassItem, ClassSet};
use crate::objects::numparse::{decimal_value, is_py_space};

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (0x30..=0x39).contains(&c);
    }
    char::from_u32(c).is_some_and(|ch| decimal_value(ch).is_some())
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if ascii {
        return matches!(c, 0x09..=0x0d | 0x20);
    }
    char::from_u32(c).is_some_and(is_py_space)
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if ascii {
        return false;
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
}

/// Simple case folding: the lower case of the upper case, when each is one
/// character (so `ſ`, `s` and `S` fold together, as in CPython).
pub fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let mut up = ch.to_uppercase();
    let u = match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => ch,
    };
    let mut low = u.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) => l as u32,
        _ => {
            let mut low = ch.to_lowercase();
            match (low.next(), low.next()) {
                (Some(l), None) => l as u32,
                _ => c,
            }
        }
    }
}

/// The other spellings of `c` under IGNORECASE (lower, upper, folded).
fn case_variants(c: u32, ascii: bool) -> [u32; 3] {
    if c < 128 {
        let b = c as u8;
        return [b.to_ascii_lowercase() as u32, b.to_ascii_uppercase() as u32, c];
    }
    if ascii {
        return [c, c, c];
    }
    let Some(ch) = char::from_u32(c) else { return [c, c, c] };
    [single(ch.to_lowercase(), c), single(ch.to_uppercase(), c), fold(c, false)]
}

fn single(mut it: impl Iterator<Item = char>, c: u32) -> u32 {
    match (it.next(), it.next()) {
        (Some(x), None) => x as u32,
        _ => c,
    }
}

/// A `[...]` class ready for matching.
#[derive(Debug)]
pub struct Class {
    low: [u64; 4],
    set: ClassSet,
}

impl Class {
    pub fn new(set: ClassSet) -> Class {
        let mut class = Class { low: [0; 4], set };
        for c in 0..256u32 {
            if class.slow(c) {
                class.low[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        class
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c / 64) as usize] >> (c % 64) & 1 == 1;
        }
        self.slow(c)
    }

    /// True when some code point of 256 or more could match.
    pub fn may_match_high(&self) -> bool {
        self.set.negated
            || self.set.items.iter().any(|item| match item {
                ClassItem::Range(_, hi) => *hi >= 256 || self.set.icase,
                _ => !self.set.ascii || matches!(item, ClassItem::Digit(true) | ClassItem::Word(true) | ClassItem::Space(true)),
            })
    }

    fn raw(&self, c: u32) -> bool {
        let ascii = self.set.ascii;
        self.set.items.iter().any(|item| match *item {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Digit(neg) => is_digit(c, ascii) != neg,
            ClassItem::Word(neg) => is_word(c, ascii) != neg,
            ClassItem::Space(neg) => is_space(c, ascii) != neg,
        })
    }

    fn slow(&self, c: u32) -> bool {
        let mut hit = self.raw(c);
        if !hit && self.set.icase {
            hit = case_variants(c, self.set.ascii).iter().any(|&v| v != c && self.raw(v));
        }
        hit != self.set.negated
    }
}
