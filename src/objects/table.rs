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
    /// Lay keys out as CPython's sets do (linear probing, their growth
    /// policy) and iterate in slot order, so `{3, 1, 2}` prints `{1, 2, 3}`.
    set_mode: bool,
    /// Slots ever used (live or deleted) since the last rebuild: the growth
    /// policy of both layouts.
    fill: usize,
    /// One bit per `hash % 64` of every key inserted since the last
    /// `clear` (deleting does not unset): a zero bit proves a key absent.
    key_bits: u64,
    /// Bumped whenever a key is added or removed or the layout changes: a
    /// lookup that let the lock go to run a key's Python `__eq__` compares
    /// it before and after to know that its answer still holds.
    stamp: u64,
    /// Where the next `set.pop` starts looking (see `pop_first`).
    finger: usize,
}

/// The bit of `Table::key_bits` that a key with `hash` sets.
#[inline]
pub fn key_bit(hash: u64) -> u64 {
    1 << (hash & 63)
}

/// CPython's sets probe this many neighbouring slots before jumping.
const LINEAR_PROBES: usize = 9;

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
        // Bound methods are equal when bound to the same object.
        (Method(_), Method(_)) | (Builtin(_), Builtin(_)) => return Option::None,
        // Containers compare element by element, which may need Python code.
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) => return Option::None,
        (Native(_), _) | (_, Native(_)) => return super::bytes::simple_eq(a, b),
        _ => false,
    })
}

impl Drop for Table {
    fn drop(&mut self) {
        super::trash::drop_items(std::mem::take(&mut self.entries).into_iter().flat_map(|e| [e.key, e.value]));
    }
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    /// An empty table laid out as CPython lays out sets.
    pub fn new_set() -> Table {
        let mut t = Table::default();
        t.set_mode = true;
        t
    }

    /// Converts to the set layout, keeping the keys (in their current order).
    pub fn ensure_set_mode(&mut self) {
        if self.set_mode {
            return;
        }
        let old: Vec<Entry> = self.iter().cloned().collect();
        let stamp = self.stamp;
        *self = Table::new_set();
        self.stamp = stamp + 1;
        for e in old {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// The slots a set probe visits for `hash`, in CPython's order.
    fn set_probe_sequence(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.indices.len() - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        let mut run: Option<std::ops::RangeInclusive<usize>> = None;
        std::iter::from_fn(move || loop {
            if let Some(r) = run.as_mut() {
                if let Some(slot) = r.next() {
                    return Some(slot);
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            run = Some(i..=i + probes);
        })
    }

    fn set_probe(&self, hash: u64, key: &Value) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mut undecided = false;
        for slot in self.set_probe_sequence(hash) {
            match self.indices[slot] {
                EMPTY => return if undecided { Probe::NeedsVm } else { Probe::Missing },
                DUMMY => {}
                ix => {
                    if self.matches(ix, hash, key, &mut undecided) {
                        return Probe::Found(ix as usize);
                    }
                }
            }
        }
        Probe::Missing
    }

    fn set_insert_new(&mut self, hash: u64, key: Value, value: Value) {
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; 8];
        }
        let mut freeslot = None;
        let mut target = 0;
        for slot in self.set_probe_sequence(hash) {
            match self.indices[slot] {
                EMPTY => {
                    target = slot;
                    break;
                }
                DUMMY => freeslot = Some(slot),
                _ => {}
            }
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.live += 1;
        self.key_bits |= key_bit(hash);
        if let Some(slot) = freeslot {
            self.indices[slot] = ix;
            return;
        }
        self.indices[target] = ix;
        self.fill += 1;
        let mask = self.indices.len() - 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.live > 50000 { self.live * 2 } else { self.live * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            self.set_resize(size);
        }
    }

    /// The slot that holds entry `ix` (found along its key's probe path).
    fn set_slot_of(&self, ix: usize) -> usize {
        let hash = self.entries[ix].hash;
        self.set_probe_sequence(hash).find(|&s| self.indices[s] == ix as u32).expect("a live entry has a slot")
    }

    /// A set's entries stay dense (iteration walks the slots, not the
    /// entries), so the last entry moves into the hole and its slot is
    /// pointed at the new place: adding and removing keys for ever does not
    /// grow the entry vector.
    fn set_remove_at(&mut self, ix: usize) -> Entry {
        let slot = self.set_slot_of(ix);
        self.indices[slot] = DUMMY;
        self.live -= 1;
        let last = self.entries.len() - 1;
        if ix != last {
            let moved = self.set_slot_of(last);
            self.indices[moved] = ix as u32;
        }
        self.entries.swap_remove(ix)
    }

    /// Rebuilds the set table at `size` slots, re-inserting in old slot order.
    fn set_resize(&mut self, size: usize) {
        self.stamp += 1;
        let old_indices = std::mem::replace(&mut self.indices, vec![EMPTY; size]);
        let mut old_entries = std::mem::take(&mut self.entries);
        for ix in old_indices {
            if ix < DUMMY {
                let e = std::mem::replace(&mut old_entries[ix as usize], Entry { hash: 0, key: Value::Undefined, value: Value::Undefined });
                let slot = self.set_probe_sequence(e.hash).find(|&s| self.indices[s] == EMPTY).expect("free slot");
                self.indices[slot] = self.entries.len() as u32;
                self.entries.push(e);
            }
        }
        self.fill = self.live;
    }

    /// Removes and returns the entry `set.pop` takes: CPython's sets scan
    /// the slots from a finger left where the last pop stopped, so popping
    /// a whole set is linear and pops in CPython's order.
    pub fn pop_first(&mut self) -> Option<Entry> {
        if self.live == 0 {
            return None;
        }
        if !self.set_mode {
            let ix = (0..self.entries.len()).find(|&i| self.entry(i).is_some())?;
            return Some(self.remove_at(ix));
        }
        let mask = self.indices.len() - 1;
        let mut slot = self.finger & mask;
        while self.indices[slot] >= DUMMY {
            slot = (slot + 1) & mask;
        }
        self.finger = slot + 1;
        let ix = self.indices[slot] as usize;
        Some(self.remove_at(ix))
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

    /// Live entries: insertion order for dicts, slot order for sets.
    pub fn iter(&self) -> Box<dyn Iterator<Item = &Entry> + '_> {
        if self.set_mode {
            Box::new(self.indices.iter().filter(|&&ix| ix < DUMMY).map(|&ix| &self.entries[ix as usize]))
        } else {
            Box::new(self.entries.iter().filter(|e| !matches!(e.key, Value::Undefined)))
        }
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

    /// Whether entry `ix` holds `key`; an entry whose equality needs Python
    /// code marks the probe `undecided` instead.
    #[inline]
    fn matches(&self, ix: u32, hash: u64, key: &Value, undecided: &mut bool) -> bool {
        let e = &self.entries[ix as usize];
        if e.hash != hash {
            return false;
        }
        match simple_eq(&e.key, key) {
            Some(equal) => equal,
            None => {
                *undecided = true;
                false
            }
        }
    }

    /// Finds `key` using equality that needs no Python code.
    pub fn probe(&self, hash: u64, key: &Value) -> Probe {
        if self.set_mode {
            return self.set_probe(hash, key);
        }
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
                    if self.matches(ix, hash, key, &mut undecided) {
                        return Probe::Found(ix as usize);
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

    /// The entries on `key`'s probe path whose hash equals `hash` and whose
    /// equality needs Python code: what the VM compares, outside the lock,
    /// when `probe` answered `NeedsVm`.
    pub fn candidates(&self, hash: u64, key: &Value) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        let mut visit = |ix: u32| {
            let e = &self.entries[ix as usize];
            if e.hash == hash && simple_eq(&e.key, key).is_none() {
                out.push((ix as usize, e.key.clone()));
            }
        };
        if self.indices.is_empty() {
            return out;
        }
        if self.set_mode {
            for slot in self.set_probe_sequence(hash) {
                match self.indices[slot] {
                    EMPTY => break,
                    DUMMY => {}
                    ix => visit(ix),
                }
            }
            return out;
        }
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        loop {
            match self.indices[slot] {
                EMPTY => break,
                DUMMY => {}
                ix => visit(ix),
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        out
    }

    /// The index of the entry whose key is `key` itself (identity, never
    /// `__eq__`): how a cache finds the entry of a key it holds.
    pub fn find_identical(&self, hash: u64, key: &Value) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let is_it = |ix: u32| {
            let e = &self.entries[ix as usize];
            e.hash == hash && e.key.is(key)
        };
        if self.set_mode {
            for slot in self.set_probe_sequence(hash) {
                match self.indices[slot] {
                    EMPTY => return None,
                    DUMMY => {}
                    ix if is_it(ix) => return Some(ix as usize),
                    _ => {}
                }
            }
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        loop {
            match self.indices[slot] {
                EMPTY => return None,
                DUMMY => {}
                ix if is_it(ix) => return Some(ix as usize),
                _ => {}
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// See `stamp` (the field).
    #[inline]
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The next live entry at or after iteration position `pos` (an entry
    /// index for dicts, a slot for sets), with the position after it.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        if self.set_mode {
            while pos < self.indices.len() {
                let ix = self.indices[pos];
                pos += 1;
                if ix < DUMMY {
                    return Some((pos, &self.entries[ix as usize]));
                }
            }
            return None;
        }
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            pos += 1;
            if !matches!(e.key, Value::Undefined) {
                return Some((pos, e));
            }
        }
        None
    }

    /// Empties the table and returns what it held, keeping its layout and
    /// stamping the change (so a lookup in flight notices it).
    pub fn take(&mut self) -> Table {
        self.replace(if self.set_mode { Table::new_set() } else { Table::new() })
    }

    /// Puts `other`'s contents in place of this table's and returns the old
    /// ones; the layout (dict or set) stays this table's.
    pub fn replace(&mut self, mut other: Table) -> Table {
        if self.set_mode {
            other.ensure_set_mode();
        }
        other.stamp = self.stamp.max(other.stamp) + 1;
        std::mem::replace(self, other)
    }

    pub fn value_at(&self, ix: usize) -> &Value {
        &self.entries[ix].value
    }

    pub fn key_at(&self, ix: usize) -> &Value {
        &self.entries[ix].key
    }

    pub fn value_mut(&mut self, ix: usize) -> &mut Value {
        &mut self.entries[ix].value
    }

    pub fn set_value_at(&mut self, ix: usize, value: Value) {
        self.entries[ix].value = value;
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        self.stamp += 1;
        if self.set_mode {
            return self.set_insert_new(hash, key, value);
        }
        // Deleted keys leave DUMMY slots behind (and trailing deleted entries
        // are dropped), so growth counts used slots, not entries: a probe
        // must always find an EMPTY slot to stop at.
        if (self.fill + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.live += 1;
        self.key_bits |= key_bit(hash);
        let mask = self.indices.len() - 1;
        let mut slot = hash as usize & mask;
        let mut perturb = hash;
        while self.indices[slot] < DUMMY {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        if self.indices[slot] == EMPTY {
            self.fill += 1;
        }
        self.indices[slot] = ix;
    }

    /// Removes the entry at `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Entry {
        self.stamp += 1;
        if self.set_mode {
            return self.set_remove_at(ix);
        }
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
        self.stamp += 1;
        self.entries.clear();
        self.indices.clear();
        self.live = 0;
        self.fill = 0;
        self.key_bits = 0;
    }

    /// See `key_bits` (the field).
    #[inline]
    pub fn key_bits(&self) -> u64 {
        self.key_bits
    }

    fn grow(&mut self) {
        self.stamp += 1;
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
        self.fill = self.entries.len();
    }
}
