//! The hash table behind `dict` and `set`: insertion-ordered entries plus an
//! open-addressing index, the layout CPython has used since 3.6.
//!
//! The table itself never calls back into Python. Keys whose equality needs
//! Python code (instances with `__eq__`) make a probe answer `NeedsVm`; the
//! VM then compares outside the lock (see `vm::hashing`).

use super::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Default)]
pub struct Table {
    /// In insertion order; a deleted entry has `key == Value::Undefined`.
    entries: Vec<Entry>,
    /// Slots holding entry indices, EMPTY or DUMMY; length is a power of two.
    indices: Vec<u32>,
    live: usize,
}

/// The answer of a probe that may not be decidable without running Python code.
pub enum Probe {
    Found(usize),
    Missing,
    NeedsVm,
}

/// Equality that needs no Python code, or `None` when it does.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x.hash() == y.hash() && x.as_str() == y.as_str(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            use num_traits::ToPrimitive;
            y.fract() == 0.0 && x.to_f64() == Some(*y) && num_bigint::BigInt::from(*y as i128) == **x
        }
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.as_slice().iter().zip(y.as_slice()) {
                if !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        // Containers compare element by element, which may need Python code.
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) => return Option::None,
        (Native(_), _) | (_, Native(_)) => return Option::None,
        _ => false,
    })
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    pub fn with_capacity(n: usize) -> Table {
        let mut t = Table::default();
        if n > 0 {
            t.entries.reserve(n);
            t.indices = vec![EMPTY; (n * 3 / 2 + 1).next_power_of_two().max(8)];
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Number of entry slots (live or deleted); iterators walk `0..capacity_index()`.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `i`, if any.
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !matches!(e.key, Value::Undefined))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !matches!(e.key, Value::Undefined))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Finds `key` using equality that needs no Python code.
    pub fn probe(&self, hash: u64, key: &Value) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        let mut undecided = false;
        loop {
            match self.indices[slot] {
                EMPTY => return if undecided { Probe::NeedsVm } else { Probe::Missing },
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash {
                        match simple_eq(&e.key, key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => undecided = true,
                        }
                    }
                }
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Finds a str key without building a `Value` (globals, attributes).
    #[inline]
    pub fn find_str(&self, key: &super::str::PyStr) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let hash = key.hash();
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        loop {
            match self.indices[slot] {
                EMPTY => return None,
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash {
                        if let Value::Str(k) = &e.key {
                            if std::ptr::eq(&**k, key) || k.as_str() == key.as_str() {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Entry indices whose hash equals `hash`: the candidates the VM compares
    /// with Python equality when `probe` answered `NeedsVm`.
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hash == hash && !matches!(e.key, Value::Undefined))
            .map(|(i, e)| (i, e.key.clone()))
            .collect()
    }

    pub fn value_at(&self, ix: usize) -> &Value {
        &self.entries[ix].value
    }

    pub fn key_at(&self, ix: usize) -> &Value {
        &self.entries[ix].key
    }

    pub fn set_value_at(&mut self, ix: usize, value: Value) {
        self.entries[ix].value = value;
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.live += 1;
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        while self.indices[slot] < DUMMY {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[slot] = ix;
    }

    /// Removes the entry at `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Entry {
        let hash = self.entries[ix].hash;
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        while self.indices[slot] != ix as u32 {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[slot] = DUMMY;
        self.live -= 1;
        let removed = std::mem::replace(
            &mut self.entries[ix],
            Entry { hash: 0, key: Value::Undefined, value: Value::Undefined },
        );
        // Trailing deleted entries can go at once: keeps popitem O(1).
        while matches!(self.entries.last(), Some(e) if matches!(e.key, Value::Undefined)) {
            self.entries.pop();
        }
        removed
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.live = 0;
    }

    fn grow(&mut self) {
        let want = (self.live * 3).max(8).next_power_of_two();
        self.entries.retain(|e| !matches!(e.key, Value::Undefined));
        self.indices = vec![EMPTY; want];
        let mask = want - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let mut slot = e.hash as usize & mask;
            let mut perturb = e.hash;
            while self.indices[slot] != EMPTY {
                perturb >>= 5;
                slot = (slot * 5 + 1 + perturb as usize) & mask;
            }
            self.indices[slot] = ix as u32;
        }
    }
}
