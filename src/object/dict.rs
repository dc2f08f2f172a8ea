//! `dict`: a hash table keyed by Python equality that iterates in CPython
//! 2.7's order (a 2.7-style open-addressing index table, walked in slot
//! order, over a dense vector of entries).
//!
//! **Invariant:** the internal lock is held only for short stretches of Rust
//! code, never while Python code runs. Keys whose equality needs Python code
//! (instances with `__eq__`) are compared with the lock released, then the
//! entry is checked again under the lock.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::lock::{Mutex, MutexGuard};

use super::{PyResult, PyStr, Value};
use crate::vm::Vm;

#[derive(Default)]
pub struct Dict {
    inner: Mutex<DictInner>,
    /// Bumped on every change; lets callers cache lookups.
    version: AtomicU64,
    /// Bumped when a key is added or removed (not when a value is replaced,
    /// unless the key is `__builtins__`): a name found missing stays
    /// missing while it holds (LoadGlobal's cache of builtins).
    keys_version: AtomicU64,
    /// One bit per key ever inserted (bit `hash & 63`), never cleared while
    /// keys remain: a lookup whose bit is clear misses without taking the
    /// lock. Instances' dicts hold a few attribute names, so most lookups of
    /// a method or class attribute through an instance stop here.
    key_filter: AtomicU64,
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
}

#[inline(always)]
fn filter_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

/// A slot of the index table that no key ever used.
const EMPTY: u32 = u32::MAX;
/// Marks a slot whose key was deleted (2.7's dummy); the low bits keep the
/// index of its entry, which the next key stored in the slot reuses.
const DUMMY: u32 = 1 << 31;
/// The fewest slots of a table (2.7's `PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;

/// The table: 2.7's open addressing (so keys iterate in 2.7's order) over
/// indices into a dense `entries` vector.
///
/// **Invariants:** `slots` is empty (a fresh 8-slot table not yet made) or
/// a power of two long. Every non-empty slot holds a distinct entry index,
/// so `entries.len()` is 2.7's `fill` (live keys plus dummies). An entry
/// index stays the same until the next resize, which renumbers the entries
/// in slot order (hints are checked by key, so a stale one only misses).
#[derive(Default)]
struct DictInner {
    slots: Vec<u32>,
    /// Entries by index; a deleted one has `key == Value::Null`.
    entries: Vec<Entry>,
    used: usize,
    /// 2.7 keeps `popitem`'s search finger in slot 0's hash field: the
    /// hash of the last key stored in slot 0, or where the last pop stopped.
    finger: i64,
    /// Some key is an instance (its equality may need Python code).
    has_instances: bool,
}

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// 2.7's probe sequence over a table of `mask + 1` slots.
struct Path {
    i: u64,
    perturb: u64,
    mask: u64,
}

impl Path {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Path {
        Path { i: hash as u64 & mask as u64, perturb: hash as u64, mask: mask as u64 }
    }
    #[inline(always)]
    fn slot(&self) -> usize {
        (self.i & self.mask) as usize
    }
    #[inline(always)]
    fn advance(&mut self) {
        self.i = self.i.wrapping_mul(5).wrapping_add(self.perturb).wrapping_add(1);
        self.perturb >>= 5;
    }
}

/// Equality that needs no Python code, or `None` when Python code must decide.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_at(a, b, 0)
}

/// `fast_eq` on tuples nested `depth` deep: past a few levels the slow path
/// decides, which counts toward the recursion limit (no unbounded native
/// recursion on deeply nested tuples).
fn fast_eq_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::sync::Arc::ptr_eq(x, y) || x.as_bytes() == y.as_bytes(),
        (Int(x), Int(y)) => x == y,
        (None, None) => true,
        (Instance(_), _) | (_, Instance(_)) => return if a.is(b) { Some(true) } else { Option::None },
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            if depth >= 32 {
                return Option::None;
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !fast_eq_at(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Int(_) | Bool(_) | Float(_) | Long(_), Int(_) | Bool(_) | Float(_) | Long(_)) => {
            crate::object::number::num_eq(a, b)
        }
        (Str(x), Other(o)) | (Other(o), Str(x)) if matches!(&**o, crate::object::Object::Unicode(_)) => {
            let crate::object::Object::Unicode(u) = &**o else { return Option::None };
            if !x.as_bytes().is_ascii() {
                // 2.7 warns (UnicodeWarning): the slow path does that.
                return Option::None;
            }
            x.as_bytes() == u.as_bytes()
        }
        (Other(p), Other(q))
            if matches!((&**p, &**q), (crate::object::Object::Unicode(_), crate::object::Object::Unicode(_))) =>
        {
            let (crate::object::Object::Unicode(x), crate::object::Object::Unicode(y)) = (&**p, &**q) else {
                return Option::None;
            };
            x.as_bytes() == y.as_bytes()
        }
        // Code objects may be wrapped anew each time they are read
        // (`f.func_code`, `frame.f_code`): the same code is equal at once;
        // others compare by contents on the slow path.
        (Other(p), Other(q))
            if matches!((&**p, &**q), (crate::object::Object::Code(_), crate::object::Object::Code(_))) =>
        {
            match (&**p, &**q) {
                (crate::object::Object::Code(x), crate::object::Object::Code(y)) if x.id == y.id => true,
                _ => return Option::None,
            }
        }
        // A complex equals numbers of other types (1+0j == 1).
        (Other(o), _) | (_, Other(o)) if matches!(&**o, crate::object::Object::Complex(_)) => return Option::None,
        _ if a.is(b) => true,
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) | (Other(_), Other(_)) => return Option::None,
        _ => false,
    })
}

/// What to do after looking at the candidates under the lock.
enum Probe {
    Found(u32),
    Absent,
    /// These entries have the same hash but need Python equality.
    Ask(Vec<(u32, Value)>),
}

impl DictInner {
    /// The entry of a string key, compared by bytes.
    #[inline]
    fn find_str(&self, key: &[u8], hash: i64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mut p = Path::new(hash, self.slots.len() - 1);
        loop {
            let s = self.slots[p.slot()];
            if s == EMPTY {
                return None;
            }
            if s & DUMMY == 0 {
                let e = &self.entries[s as usize];
                // Interned names match by address, without a memcmp.
                if e.hash == hash
                    && matches!(&e.key, Value::Str(k) if std::ptr::eq(k.as_bytes(), key) || k.as_bytes() == key)
                {
                    return Some(s);
                }
            }
            p.advance();
        }
    }

    fn probe(&self, hash: i64, key: &Value) -> Probe {
        if self.slots.is_empty() {
            return Probe::Absent;
        }
        let mut ask = Vec::new();
        let mut p = Path::new(hash, self.slots.len() - 1);
        loop {
            let s = self.slots[p.slot()];
            if s == EMPTY {
                break;
            }
            if s & DUMMY == 0 {
                let e = &self.entries[s as usize];
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Probe::Found(s),
                        Some(false) => {}
                        None => ask.push((s, e.key.clone())),
                    }
                }
            }
            p.advance();
        }
        if ask.is_empty() {
            Probe::Absent
        } else {
            Probe::Ask(ask)
        }
    }

    /// The slot a new key of this hash goes to: the first dummy on its
    /// path, else the empty slot that ends it (2.7's `freeslot`).
    #[inline]
    fn free_slot(&self, hash: i64) -> usize {
        let mut p = Path::new(hash, self.slots.len() - 1);
        while self.slots[p.slot()] != EMPTY && self.slots[p.slot()] & DUMMY == 0 {
            p.advance();
        }
        p.slot()
    }

    /// The slot holding live entry `idx`.
    fn slot_of(&self, idx: u32) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mut p = Path::new(self.entries.get(idx as usize)?.hash, self.slots.len() - 1);
        loop {
            match self.slots[p.slot()] {
                EMPTY => return None,
                s if s == idx => return Some(p.slot()),
                _ => p.advance(),
            }
        }
    }

    /// Room for one more entry, reserved fallibly: a dict or set grown
    /// without bound raises MemoryError instead of aborting the process.
    /// The first key makes the 8-slot table.
    fn room_for_one(&mut self) -> PyResult<()> {
        if self.slots.is_empty() {
            self.slots = super::alloc::with_capacity(MIN_SIZE)?;
            self.slots.resize(MIN_SIZE, EMPTY);
        }
        if self.entries.len() + 2 >= self.slots.len() {
            // Only after a resize that failed: keep an empty slot, which
            // ends every probe.
            self.resize(self.used * 4, 0)?;
        }
        if self.entries.len() == self.entries.capacity() {
            // Grow by half, never past the fill that makes the table resize
            // (a dict of a million keys holds few unused entries).
            let n = self.entries.len();
            let limit = (self.slots.len() * 2).div_ceil(3);
            let want = (n + n / 2).clamp(n + 1, limit.max(n + 1));
            self.entries.try_reserve_exact(want - n).map_err(|_| super::alloc::memory_error())?;
        }
        Ok(())
    }

    /// Stores a key known to be absent (after `room_for_one`); then, if
    /// `check`, resizes as 2.7 does when the table got two-thirds full.
    /// The new key's entry index.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value, check: bool) -> PyResult<u32> {
        // A unicode key may equal a str key: str lookups must not stop at the str fast path.
        if matches!(key, Value::Instance(_)) || crate::object::unicode::is_unicode(&key) {
            self.has_instances = true;
        }
        let slot = self.free_slot(hash);
        let idx = match self.slots[slot] {
            EMPTY => {
                self.entries.push(Entry { hash, key, value });
                (self.entries.len() - 1) as u32
            }
            dummy => {
                let idx = dummy & !DUMMY;
                // The dummy's key and value are already Null: nothing is dropped here.
                self.entries[idx as usize] = Entry { hash, key, value };
                idx
            }
        };
        self.slots[slot] = idx;
        if slot == 0 {
            self.finger = hash;
        }
        self.used += 1;
        if check && self.entries.len() * 3 >= self.slots.len() * 2 {
            let minused = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
            return self.resize(minused, idx);
        }
        Ok(idx)
    }

    /// 2.7's resize: a table of the smallest power of two above `minused`
    /// slots, the live entries moved in slot order (dummies dropped).
    /// Gives the new index of entry `track`.
    fn resize(&mut self, minused: usize, track: u32) -> PyResult<u32> {
        // Never fewer slots than live entries (a presize for fewer keys than
        // a non-empty dict holds would leave no empty slot to stop a probe).
        let minused = minused.max(self.used);
        let mut size = MIN_SIZE;
        while size <= minused {
            size = size.checked_mul(2).ok_or_else(super::alloc::memory_error)?;
        }
        if size > DUMMY as usize {
            return Err(super::alloc::memory_error());
        }
        let mut slots: Vec<u32> = super::alloc::with_capacity(size)?;
        slots.resize(size, EMPTY);
        let limit = (size * 2).div_ceil(3);
        let mut entries: Vec<Entry> = super::alloc::with_capacity((self.used + self.used / 2).clamp(self.used, limit))?;
        let old_slots = std::mem::take(&mut self.slots);
        let mut old = std::mem::take(&mut self.entries);
        let mut tracked = track;
        self.finger = 0;
        let mask = size - 1;
        for s in old_slots {
            if s == EMPTY || s & DUMMY != 0 {
                continue;
            }
            let e = std::mem::replace(&mut old[s as usize], Entry { hash: 0, key: Value::Null, value: Value::Null });
            let mut p = Path::new(e.hash, mask);
            while slots[p.slot()] != EMPTY {
                p.advance();
            }
            let idx = entries.len() as u32;
            if s == track {
                tracked = idx;
            }
            if p.slot() == 0 {
                self.finger = e.hash;
            }
            slots[p.slot()] = idx;
            entries.push(e);
        }
        self.slots = slots;
        self.entries = entries;
        Ok(tracked)
    }

    /// 2.7's presize before merging `n` keys in: one resize if they could
    /// fill the table two-thirds.
    fn presize(&mut self, n: usize) -> PyResult<()> {
        let size = self.slots.len().max(MIN_SIZE);
        if (self.entries.len() + n) * 3 >= size * 2 {
            self.resize((self.used + n) * 2, 0)?;
        }
        Ok(())
    }

    fn remove_at(&mut self, idx: u32) -> (Value, Value) {
        if let Some(slot) = self.slot_of(idx) {
            self.slots[slot] = idx | DUMMY;
        }
        let e = &mut self.entries[idx as usize];
        let k = std::mem::replace(&mut e.key, Value::Null);
        let v = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        (k, v)
    }

    /// The live entry indices in slot order (2.7's iteration order).
    fn live(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter(|&&s| s & DUMMY == 0).map(|&s| &self.entries[s as usize])
    }

    /// 2.7's `popitem`: slot 0 if live, else the first live slot from the
    /// finger on (wrapping past slot 0); the finger then moves past it.
    fn pop_finger(&mut self) -> Option<(Value, Value)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = 0usize;
        if self.slots[0] & DUMMY != 0 {
            i = if self.finger < 1 || self.finger as u64 > mask as u64 { 1 } else { self.finger as usize };
            while self.slots[i] & DUMMY != 0 {
                i += 1;
                if i > mask {
                    i = 1;
                }
            }
        }
        let idx = self.slots[i];
        let r = self.remove_at(idx);
        self.finger = i as i64 + 1;
        Some(r)
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let entries = std::mem::take(&mut self.inner.get_mut().entries);
        if !entries.is_empty() {
            super::trashcan::dispose(entries);
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }
    /// Marks a change. Only called with the lock held (the guard proves it),
    /// so a plain load and store will do: no atomic read-modify-write on
    /// every store into a dict.
    /// Adds a new entry (under the dict's lock) and records its key in the
    /// filter.
    /// `check`: resize afterwards if the table got too full (2.7 skips
    /// that while merging into a table presized for the merge).
    #[inline]
    fn insert(&self, g: &mut DictInner, hash: i64, key: Value, value: Value, check: bool) -> PyResult<u32> {
        g.room_for_one()?;
        let bits = self.key_filter.load(Ordering::Relaxed);
        self.key_filter.store(bits | filter_bit(hash), Ordering::Release);
        g.insert_new(hash, key, value, check)
    }

    fn bump(&self, _locked: &MutexGuard<'_, DictInner>) {
        self.version.store(self.version.load(Ordering::Relaxed).wrapping_add(1), Ordering::Release);
        self.keys_version.store(self.keys_version.load(Ordering::Relaxed).wrapping_add(1), Ordering::Release);
    }

    /// `bump` after a value was replaced under an existing key: the keys
    /// did not change, unless the value was `__builtins__` (which decides
    /// where missing globals are looked up).
    fn bump_value(&self, locked: &MutexGuard<'_, DictInner>, key: &[u8]) {
        if key == b"__builtins__" {
            return self.bump(locked);
        }
        self.version.store(self.version.load(Ordering::Relaxed).wrapping_add(1), Ordering::Release);
    }

    pub fn keys_version(&self) -> u64 {
        self.keys_version.load(Ordering::Acquire)
    }

    /// `find`, then the lock: the entry's index under the lock, or None when
    /// the key is absent. An entry that changed while the lock was released
    /// is looked for again under it (keys needing Python equality were asked).
    fn find_then_lock(
        &self,
        vm: &mut Vm,
        hash: i64,
        key: &Value,
    ) -> PyResult<(MutexGuard<'_, DictInner>, Option<u32>)> {
        let found = self.find(vm, hash, key)?;
        let g = self.inner.lock();
        let idx = match found {
            Some(i) if g.entries.get(i as usize).is_some_and(|e| !e.key.is_null()) => Some(i),
            _ => match g.probe(hash, key) {
                Probe::Found(i) => Some(i),
                Probe::Absent | Probe::Ask(_) => None,
            },
        };
        Ok((g, idx))
    }

    /// Finds the entry for `key`, calling Python `__eq__` with the lock released.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<u32>> {
        loop {
            let ask = match self.inner.lock().probe(hash, key) {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Absent => return Ok(None),
                Probe::Ask(a) => a,
            };
            let mut changed = false;
            for (idx, k) in ask {
                if vm.eq(&k, key)? {
                    let g = self.inner.lock();
                    match g.entries.get(idx as usize) {
                        Some(e) if e.key.is(&k) => return Ok(Some(idx)),
                        _ => changed = true,
                    }
                }
            }
            if !changed {
                return Ok(None);
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            if let Some(v) = self.get_str(s) {
                return Ok(Some(v));
            }
            // A str-subclass key equal to `s` may be stored as an instance.
            if !self.inner.lock().has_instances {
                return Ok(None);
            }
        }
        let hash = vm.hash(key)?;
        // One critical section when no Python equality is needed.
        {
            let g = self.inner.lock();
            match g.probe(hash, key) {
                Probe::Found(i) => return Ok(Some(g.entries[i as usize].value.clone())),
                Probe::Absent => return Ok(None),
                Probe::Ask(_) => {}
            }
        }
        let Some(i) = self.find(vm, hash, key)? else { return Ok(None) };
        Ok(self.inner.lock().entries.get(i as usize).map(|e| e.value.clone()).filter(|v| !v.is_null()))
    }

    /// Lookup with a string key (namespaces, attributes): no Python code runs.
    #[inline]
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        self.get_bytes(key.as_bytes(), key.hash())
    }

    /// Lookup by the bytes of a string key and their hash (no allocation).
    #[inline]
    pub fn get_bytes(&self, key: &[u8], hash: i64) -> Option<Value> {
        if self.key_filter.load(Ordering::Acquire) & filter_bit(hash) == 0 {
            return None;
        }
        let g = self.inner.lock();
        if g.used == 0 {
            return None;
        }
        g.find_str(key, hash).map(|i| g.entries[i as usize].value.clone())
    }

    /// The value of entry `hint` if its key is the string `key` (a lookup
    /// site's guess, `Vm::attr_hints`): one comparison instead of a probe.
    /// Sound whatever the hint: a key occurs at most once among the entries.
    #[inline]
    pub fn get_hinted(&self, hint: u32, key: &PyStr) -> Option<Value> {
        let g = self.inner.lock();
        let e = g.entries.get(hint as usize)?;
        match &e.key {
            Value::Str(s) if std::ptr::eq(s.as_bytes(), key.as_bytes()) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// `get_str` that also tells the entry index, for `get_hinted`.
    #[inline]
    pub fn get_str_at(&self, key: &PyStr) -> Option<(u32, Value)> {
        let hash = key.hash();
        if self.key_filter.load(Ordering::Acquire) & filter_bit(hash) == 0 {
            return None;
        }
        let g = self.inner.lock();
        if g.used == 0 {
            return None;
        }
        g.find_str(key.as_bytes(), hash).map(|i| (i, g.entries[i as usize].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, hash, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, hash, key, value)
    }

    /// `setdefault`: the stored value of `key`, else `dflt` stored under it;
    /// one hash (given) and each colliding key asked once for equality.
    pub fn setdefault_hashed(&self, vm: &mut Vm, hash: i64, key: Value, dflt: Value) -> PyResult<Value> {
        let (mut g, idx) = self.find_then_lock(vm, hash, &key)?;
        if let Some(i) = idx {
            return Ok(g.entries[i as usize].value.clone());
        }
        let r = self.insert(&mut g, hash, key, dflt.clone(), true);
        self.bump(&g);
        drop(g);
        r.map(|_| dflt)
    }

    /// `contains` with the key's hash already known.
    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(self.find(vm, hash, key)?.is_some())
    }

    /// `remove` with the key's hash already known.
    pub fn remove_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        let Some(i) = self.find(vm, hash, key)? else { return Ok(None) };
        let mut g = self.inner.lock();
        if g.entries.get(i as usize).map(|e| e.key.is_null()).unwrap_or(true) {
            return Ok(None);
        }
        let (_, v) = g.remove_at(i);
        self.bump(&g);
        drop(g);
        Ok(Some(v))
    }

    /// The keys with their stored hashes.
    pub fn keys_hashed(&self) -> Vec<(i64, Value)> {
        let g = self.inner.lock();
        g.live().map(|e| (e.hash, e.key.clone())).collect()
    }

    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        self.store_hashed(vm, hash, key, value, true, true)
    }

    /// Stores `key`: `replace` an existing key's value or leave it; `check`
    /// whether the table resizes after a new key (see `insert`).
    fn store_hashed(
        &self,
        vm: &mut Vm,
        hash: i64,
        key: Value,
        value: Value,
        replace: bool,
        check: bool,
    ) -> PyResult<()> {
        // One critical section when no Python equality is needed.
        {
            let mut g = self.inner.lock();
            match g.probe(hash, &key) {
                Probe::Found(_) if !replace => return Ok(()),
                Probe::Found(i) => {
                    let old = std::mem::replace(&mut g.entries[i as usize].value, value);
                    match &key {
                        Value::Str(s) => self.bump_value(&g, s.as_bytes()),
                        _ => self.bump(&g),
                    }
                    drop(g);
                    drop(old);
                    return Ok(());
                }
                Probe::Absent => {
                    let r = self.insert(&mut g, hash, key, value, check);
                    self.bump(&g);
                    drop(g);
                    return r.map(drop);
                }
                Probe::Ask(_) => {}
            }
        }
        let (mut g, idx) = self.find_then_lock(vm, hash, &key)?;
        let _old;
        let r = match idx {
            Some(_) if !replace => return Ok(()),
            Some(i) => {
                _old = std::mem::replace(&mut g.entries[i as usize].value, value);
                Ok(0)
            }
            None => self.insert(&mut g, hash, key, value, check),
        };
        self.bump(&g);
        drop(g);
        r.map(drop)
    }

    /// Sets a string key (namespaces, attributes).
    pub fn set_pystr(&self, key: std::sync::Arc<PyStr>, value: Value) {
        self.set_str_key(&key.clone(), value, || key)
    }

    /// Sets a string key shared with the caller (an interned name): a new
    /// entry takes a reference to it instead of a copy.
    pub fn set_shared(&self, key: &std::sync::Arc<PyStr>, value: Value) {
        self.set_str_key(key, value, || key.clone())
    }

    /// Sets a string key given by reference: allocates a key only when the
    /// entry is new (attribute stores on instances).
    pub fn set_ref(&self, key: &PyStr, value: Value) {
        self.set_str_key(key, value, || std::sync::Arc::new(PyStr::new(key.as_bytes().to_vec())))
    }

    /// Updates the entry for the string `key`, or inserts the key `make_key()`.
    fn set_str_key(&self, key: &PyStr, value: Value, make_key: impl FnOnce() -> std::sync::Arc<PyStr>) {
        self.set_str_key_at(key, value, make_key);
    }

    /// `set_str_key` that tells the entry index it wrote (for `set_hinted`).
    fn set_str_key_at(&self, key: &PyStr, value: Value, make_key: impl FnOnce() -> std::sync::Arc<PyStr>) -> u32 {
        let hash = key.hash();
        let mut g = self.inner.lock();
        let found = g.find_str(key.as_bytes(), hash);
        match found {
            Some(i) => {
                let old = std::mem::replace(&mut g.entries[i as usize].value, value);
                self.bump_value(&g, key.as_bytes());
                drop(g);
                drop(old);
                i
            }
            None => {
                // These stores cannot fail: only a failed allocation can
                // leave the key out (the table keeps an empty slot).
                let r = self.insert(&mut g, hash, Value::Str(make_key()), value, true);
                self.bump(&g);
                r.unwrap_or(u32::MAX)
            }
        }
    }

    /// `set_shared` that tells the entry index it wrote.
    pub fn set_shared_at(&self, key: &std::sync::Arc<PyStr>, value: Value) -> u32 {
        self.set_str_key_at(key, value, || key.clone())
    }

    /// Replaces the value of entry `hint` if its key is the string `key`
    /// (a store site's guess, as `get_hinted`); gives the value back when
    /// the hint was wrong. The old value is dropped after the lock.
    #[inline]
    pub fn set_hinted(&self, hint: u32, key: &PyStr, value: Value) -> Result<(), Value> {
        let mut g = self.inner.lock();
        let Some(e) = g.entries.get_mut(hint as usize) else { return Err(value) };
        match &e.key {
            Value::Str(s) if std::ptr::eq(s.as_bytes(), key.as_bytes()) => {
                let old = std::mem::replace(&mut e.value, value);
                self.bump_value(&g, key.as_bytes());
                drop(g);
                drop(old);
                Ok(())
            }
            _ => Err(value),
        }
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_pystr(std::sync::Arc::new(PyStr::from_str(key)), value)
    }

    /// Removes `key`; returns its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let Some(i) = self.find(vm, hash, key)? else { return Ok(None) };
        let mut g = self.inner.lock();
        if g.entries.get(i as usize).map(|e| e.key.is_null()).unwrap_or(true) {
            return Ok(None);
        }
        let (_, v) = g.remove_at(i);
        self.bump(&g);
        drop(g);
        Ok(Some(v))
    }

    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let mut g = self.inner.lock();
        let found = g.find_str(key.as_bytes(), key.hash())?;
        let (_, v) = g.remove_at(found);
        self.bump(&g);
        drop(g);
        Some(v)
    }

    /// Calls `f` on every key and value; false (nothing visited) when the
    /// lock is taken: the collector never waits for a lock.
    pub fn try_visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Some(g) = self.inner.try_lock() else { return false };
        for e in g.entries.iter().filter(|e| !e.key.is_null()) {
            f(&e.key);
            f(&e.value);
        }
        true
    }

    pub fn clear(&self) {
        let mut g = self.inner.lock();
        let old = std::mem::take(&mut *g);
        self.bump(&g);
        drop(g);
        drop(old);
    }

    /// Takes the table of `other` for its own (2.7's `set_swap_bodies`, as
    /// `s &= t` does): the order is `other`'s, finger included.
    pub fn take_body(&self, other: Dict) {
        let new = other.inner.lock().take_all();
        self.key_filter.fetch_or(other.key_filter.load(Ordering::Acquire), Ordering::AcqRel);
        let mut g = self.inner.lock();
        let old = std::mem::replace(&mut *g, new);
        self.bump(&g);
        drop(g);
        drop(old);
    }

    /// The live entry at or after slot `pos` (for iteration): (next pos, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let g = self.inner.lock();
        let mut p = pos;
        while p < g.slots.len() {
            let s = g.slots[p];
            if s & DUMMY == 0 {
                let e = &g.entries[s as usize];
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        let g = self.inner.lock();
        g.live().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    /// The stored hashes of the keys (a frozenset's hash is made of them,
    /// so nested frozensets are not hashed again at every level).
    pub fn key_hashes(&self) -> Vec<i64> {
        let g = self.inner.lock();
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.hash).collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        let g = self.inner.lock();
        g.live().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        let g = self.inner.lock();
        g.live().map(|e| e.value.clone()).collect()
    }

    /// Removes and returns an entry as 2.7's `popitem` and `set.pop` choose it.
    pub fn pop_item(&self) -> Option<(Value, Value)> {
        let mut g = self.inner.lock();
        let r = g.pop_finger()?;
        self.bump(&g);
        drop(g);
        Some(r)
    }

    /// A shallow copy, made as 2.7's `PyDict_Copy`: an empty table presized
    /// for the merge, the keys inserted in this table's slot order without
    /// resize checks (so a copy may iterate in another order).
    pub fn copy(&self) -> Dict {
        let g = self.inner.lock();
        let mut inner = DictInner::default();
        let mut filter = 0;
        if g.used > 0 {
            inner.slots = vec![EMPTY; MIN_SIZE];
            if g.used * 3 >= MIN_SIZE * 2 {
                let mut size = MIN_SIZE;
                while size <= g.used * 2 {
                    size *= 2;
                }
                inner.slots = vec![EMPTY; size];
            }
            inner.entries.reserve_exact(g.used);
            let mask = inner.slots.len() - 1;
            for e in g.live() {
                let mut p = Path::new(e.hash, mask);
                while inner.slots[p.slot()] != EMPTY {
                    p.advance();
                }
                if p.slot() == 0 {
                    inner.finger = e.hash;
                }
                inner.slots[p.slot()] = inner.entries.len() as u32;
                inner.entries.push(Entry { hash: e.hash, key: e.key.clone(), value: e.value.clone() });
                filter |= filter_bit(e.hash);
            }
            inner.used = g.used;
            inner.has_instances = g.has_instances;
        }
        Dict {
            inner: Mutex::new(inner),
            version: AtomicU64::new(0),
            keys_version: AtomicU64::new(0),
            key_filter: AtomicU64::new(filter),
            gc: Default::default(),
        }
    }

    /// Merges `other` in as 2.7's `PyDict_Merge` (and `set_merge`): one
    /// presize, then other's entries in its slot order, no resize checks;
    /// an existing key's value is replaced.
    pub fn update_from(&self, vm: &mut Vm, other: &Dict) -> PyResult<()> {
        self.merge(vm, other, true)
    }

    /// `update_from` that leaves the values of keys already present
    /// (a set's merge, where the first key stays).
    pub fn merge(&self, vm: &mut Vm, other: &Dict, replace: bool) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let entries: Vec<(i64, Value, Value)> = {
            let g = other.inner.lock();
            g.live().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect()
        };
        if entries.is_empty() {
            return Ok(());
        }
        self.presize(entries.len())?;
        for (h, k, v) in entries {
            self.store_hashed(vm, h, k, v, replace, false)?;
        }
        Ok(())
    }

    /// 2.7's presize before adding `n` keys: one resize if they could fill
    /// the table two-thirds (`set(d)`, merges, `dict.fromkeys`).
    pub fn presize(&self, n: usize) -> PyResult<()> {
        let mut g = self.inner.lock();
        g.presize(n)
    }

    /// Stores a key with no resize check (after `presize`, as 2.7's merges).
    pub fn set_unchecked(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        self.store_hashed(vm, hash, key, value, true, false)
    }

    /// An empty dict with a table for `n` keys if `n > 5` (2.7's presized
    /// `{...}` display).
    pub fn presized(n: usize) -> PyResult<Dict> {
        let d = Dict::new();
        if n > 5 {
            d.inner.lock().resize(n, 0)?;
        }
        Ok(d)
    }

    /// Remakes the table with more than `minused` slots (2.7's `dictresize`).
    pub fn resize_for(&self, minused: usize) -> PyResult<()> {
        self.inner.lock().resize(minused, 0).map(drop)
    }

    /// After a set's `difference_update`: 2.7 resizes the dummies away
    /// when they take a fifth of the table.
    pub fn shrink_dummies(&self) -> PyResult<()> {
        let mut g = self.inner.lock();
        if g.slots.is_empty() || (g.entries.len() - g.used) * 5 < g.slots.len() - 1 {
            return Ok(());
        }
        let minused = if g.used > 50_000 { g.used * 2 } else { g.used * 4 };
        g.resize(minused, 0).map(drop)
    }
}

impl DictInner {
    fn take_all(&mut self) -> DictInner {
        std::mem::take(self)
    }
}
