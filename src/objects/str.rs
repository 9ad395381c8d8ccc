//! `str`: immutable text with a cached hash.

use std::hash::Hasher;

/// A Python str. Indexing is by code point; ASCII strings (the common case)
/// index bytes directly.
pub struct PyStr {
    /// Kept as built (no shrinking reallocation).
    text: String,
    /// Computed on first use (0 = not yet): most strings are never hashed.
    hash: std::sync::atomic::AtomicU64,
    char_len: u32,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }

    pub fn from_string(s: String) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() } as u32;
        PyStr { text: s, hash: std::sync::atomic::AtomicU64::new(0), char_len }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.load(std::sync::atomic::Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        // Racing threads compute the same value; either store is fine.
        let h = hash_str(&self.text);
        self.hash.store(h, std::sync::atomic::Ordering::Relaxed);
        h
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Length in code points, as Python's `len`.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len as usize
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len as usize == self.text.len()
    }

    /// The code point at char index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Substring by char indices `[start, end)`.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.text[start..end]
        } else {
            let mut indices = self.text.char_indices().map(|(i, _)| i).chain(std::iter::once(self.text.len()));
            let s = indices.nth(start).unwrap_or(self.text.len());
            let e = if end > start { indices.nth(end - start - 1).unwrap_or(self.text.len()) } else { s };
            &self.text[s..e]
        }
    }
}

/// FNV-1a over the bytes: stable within a run, cheap, and good enough for
/// dict probing. (Python's str hash is randomised per process anyway.)
pub fn hash_str(s: &str) -> u64 {
    let mut h = FnvHasher::default();
    h.write(s.as_bytes());
    // 0 marks "not computed yet" in PyStr.
    h.finish().max(1)
}

pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
