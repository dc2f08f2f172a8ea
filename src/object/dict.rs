//! `dict`: an insertion-ordered hash table keyed by Python equality.
//!
//! **Invariant:** the internal lock is held only for short stretches of Rust
//! code, never while Python code runs. Keys whose equality needs Python code
//! (instances with `__eq__`) are compared with the lock released, then the
//! entry is checked again under the lock.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::lock::{Mutex, MutexGuard};
use hashbrown::HashTable;

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

#[derive(Default)]
struct DictInner {
    table: HashTable<u32>,
    /// Entries in insertion order; a removed entry has `key == Value::Null`.
    entries: Vec<Entry>,
    used: usize,
    /// Some key is an instance (its equality may need Python code).
    has_instances: bool,
}

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[inline]
fn mix(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
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
        let entries = &self.entries;
        self.table
            .find(mix(hash), |&i| {
                let e = &entries[i as usize];
                // Interned names match by address, without a memcmp.
                e.hash == hash
                    && matches!(&e.key, Value::Str(s) if std::ptr::eq(s.as_bytes(), key) || s.as_bytes() == key)
            })
            .copied()
    }

    fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut ask = Vec::new();
        let entries = &self.entries;
        let found = self.table.find(mix(hash), |&i| {
            let e = &entries[i as usize];
            if e.hash != hash {
                return false;
            }
            match fast_eq(&e.key, key) {
                Some(r) => r,
                None => {
                    ask.push((i, e.key.clone()));
                    false
                }
            }
        });
        match found {
            Some(&i) => Probe::Found(i),
            None if ask.is_empty() => Probe::Absent,
            None => Probe::Ask(ask),
        }
    }

    /// Room for one more entry, reserved fallibly: a dict or set grown
    /// without bound raises MemoryError instead of aborting the process.
    fn room_for_one(&mut self) -> PyResult<()> {
        super::alloc::reserve(&mut self.entries, 1)?;
        if self.table.len() < self.table.capacity() {
            return Ok(());
        }
        // A full table grows fourfold while small, as CPython's dicts do
        // (a dict filled from empty rehashed its keys half as often as by
        // doubling), and twofold past 50,000 keys to bound the waste.
        let n = self.table.len();
        let extra = if n < 50_000 { (3 * n).max(1) } else { n.max(1) };
        let entries = &self.entries;
        self.table.try_reserve(extra, |&i| mix(entries[i as usize].hash)).map_err(|_| super::alloc::memory_error())
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        let idx = self.entries.len() as u32;
        // A unicode key may equal a str key: str lookups must not stop at the str fast path.
        if matches!(key, Value::Instance(_)) || crate::object::unicode::is_unicode(&key) {
            self.has_instances = true;
        }
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.table.insert_unique(mix(hash), idx, |&i| mix(entries[i as usize].hash));
        self.used += 1;
    }

    fn remove_at(&mut self, idx: u32) -> (Value, Value) {
        let hash = self.entries[idx as usize].hash;
        if let Ok(e) = self.table.find_entry(mix(hash), |&i| i == idx) {
            e.remove();
        }
        let e = &mut self.entries[idx as usize];
        let k = std::mem::replace(&mut e.key, Value::Null);
        let v = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        (k, v)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.table.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            self.table.insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
        }
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
    #[inline]
    fn insert(&self, g: &mut DictInner, hash: i64, key: Value, value: Value) {
        g.insert_new(hash, key, value);
        let bits = self.key_filter.load(Ordering::Relaxed);
        self.key_filter.store(bits | filter_bit(hash), Ordering::Release);
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
        g.room_for_one()?;
        self.insert(&mut g, hash, key, dflt.clone());
        self.bump(&g);
        drop(g);
        Ok(dflt)
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
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.hash, e.key.clone())).collect()
    }

    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        // One critical section when no Python equality is needed.
        {
            let mut g = self.inner.lock();
            match g.probe(hash, &key) {
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
                    g.room_for_one()?;
                    self.insert(&mut g, hash, key, value);
                    self.bump(&g);
                    drop(g);
                    return Ok(());
                }
                Probe::Ask(_) => {}
            }
        }
        let (mut g, idx) = self.find_then_lock(vm, hash, &key)?;
        match idx {
            Some(i) => g.entries[i as usize].value = value,
            None => {
                g.room_for_one()?;
                self.insert(&mut g, hash, key, value)
            }
        }
        self.bump(&g);
        drop(g);
        Ok(())
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
                self.insert(&mut g, hash, Value::Str(make_key()), value);
                self.bump(&g);
                // `insert` may have compacted the entries: the new one is last.
                (g.entries.len() - 1) as u32
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

    /// The entry at or after position `pos` (for iteration): (next pos, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let g = self.inner.lock();
        let mut p = pos;
        while p < g.entries.len() {
            let e = &g.entries[p];
            if !e.key.is_null() {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        let g = self.inner.lock();
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    /// The stored hashes of the keys (a frozenset's hash is made of them,
    /// so nested frozensets are not hashed again at every level).
    pub fn key_hashes(&self) -> Vec<i64> {
        let g = self.inner.lock();
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.hash).collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        let g = self.inner.lock();
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        let g = self.inner.lock();
        g.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.value.clone()).collect()
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut g = self.inner.lock();
        let idx = g.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = g.remove_at(idx as u32);
        self.bump(&g);
        drop(g);
        Some(r)
    }

    /// A shallow copy.
    pub fn copy(&self) -> Dict {
        let g = self.inner.lock();
        let mut inner = DictInner::default();
        let mut filter = 0;
        for e in g.entries.iter().filter(|e| !e.key.is_null()) {
            inner.insert_new(e.hash, e.key.clone(), e.value.clone());
            filter |= filter_bit(e.hash);
        }
        Dict {
            inner: Mutex::new(inner),
            version: AtomicU64::new(0),
            keys_version: AtomicU64::new(0),
            key_filter: AtomicU64::new(filter),
            gc: Default::default(),
        }
    }

    /// Copies all entries of `other` into self (hashes are reused).
    pub fn update_from(&self, vm: &mut Vm, other: &Dict) -> PyResult<()> {
        let entries: Vec<(i64, Value, Value)> = {
            let g = other.inner.lock();
            g.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.hash, e.key.clone(), e.value.clone())).collect()
        };
        for (h, k, v) in entries {
            self.set_hashed(vm, h, k, v)?;
        }
        Ok(())
    }
}
