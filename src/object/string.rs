//! `str`: an immutable byte string with a cached hash (Python 2 semantics).

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    /// A Vec, not a boxed slice: making one from the Vec that built the
    /// text needs no shrinking reallocation.
    bytes: Vec<u8>,
    /// 0 = not computed yet (a string whose hash is 0, such as `''`, is
    /// simply hashed again: cheap for the empty string, rare otherwise).
    hash: AtomicI64,
}

/// The one shared copy of an identifier. Code objects intern their names,
/// so a dict keyed by attribute names (an instance's) holds the very keys
/// that lookups bring: keys compare by address before bytes, and instances
/// share their key strings instead of copying them. Called by the compiler
/// only, so the table's lock is off every hot path.
pub fn intern(name: &str) -> std::sync::Arc<PyStr> {
    let mut table = intern_table();
    if let Some(s) = table.get(name) {
        return s.clone();
    }
    let s = std::sync::Arc::new(PyStr::from_str(name));
    table.insert(name.into(), s.clone());
    s
}

type InternTable = std::collections::HashMap<Box<str>, std::sync::Arc<PyStr>>;

fn intern_table() -> std::sync::MutexGuard<'static, InternTable> {
    use std::sync::{Mutex, OnceLock};
    static TABLE: OnceLock<Mutex<InternTable>> = OnceLock::new();
    TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner())
}

/// The builtin `intern(s)`: the shared copy of s's text (the one code
/// objects use for names), or s itself, which becomes the shared copy.
pub fn intern_str(s: &std::sync::Arc<PyStr>) -> std::sync::Arc<PyStr> {
    let Ok(text) = std::str::from_utf8(s.as_bytes()) else { return s.clone() };
    let mut table = intern_table();
    if let Some(shared) = table.get(text) {
        return shared.clone();
    }
    table.insert(text.into(), s.clone());
    s.clone()
}

impl PyStr {
    pub fn new(bytes: Vec<u8>) -> PyStr {
        PyStr { bytes, hash: AtomicI64::new(0) }
    }
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> PyStr {
        PyStr::new(s.as_bytes().to_vec())
    }
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
    pub fn len(&self) -> usize {
        self.bytes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    /// The text for messages and Rust-side use (invalid UTF-8 is replaced).
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.bytes)
    }
    /// Python's `hash(s)`; cached after the first call.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = hash_bytes(&self.bytes);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// CPython 2.7's string hash (64-bit, without `-R` randomization), so that
/// `hash(s)` and the order of dicts and sets keyed by strings are 2.7's:
/// the empty string hashes to 0, -1 becomes -2.
pub fn hash_bytes(b: &[u8]) -> i64 {
    hash_units(b.iter().map(|&c| c as u32), b.len())
}

/// The same hash over code units (bytes of a `str`, code points of a
/// `unicode`): 2.7 runs one algorithm over both, so `hash(u'abc') ==
/// hash('abc')`.
pub fn hash_units(mut units: impl Iterator<Item = u32>, len: usize) -> i64 {
    let Some(first) = units.next() else { return 0 };
    let mut x: i64 = (first as i64) << 7;
    x = x.wrapping_mul(1000003) ^ first as i64;
    for c in units {
        x = x.wrapping_mul(1000003) ^ c as i64;
    }
    x ^= len as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.bytes == other.bytes
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::new(s.into_bytes())
    }
}

/// Position of `needle` in `hay` at or after `start`.
pub fn find(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if start > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..].windows(needle.len()).position(|w| w == needle).map(|p| p + start)
}
